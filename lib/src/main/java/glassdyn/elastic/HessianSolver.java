package glassdyn.elastic;

/**
 * Solves {@code M x = b} for the Hessian of a mechanically stable configuration in the space orthogonal to the
 * {@code dim} global translations (spec 004 section 2.5, "translation handling"): {@code b} must be
 * translation-free (zero sum per Cartesian component, as every dipole and every affine force field is); the
 * returned {@code x} is the translation-free solution, i.e. {@code x = M^+ b} with {@code M^+} the pseudo-inverse.
 *
 * <p>Three implementations, chosen by size in {@link #forSize}: {@link DenseCholeskySolver} (particle 0 pinned, EJML
 * blocked dense Cholesky), {@link SparseCholeskySolver} (pinned, EJML up-looking sparse Cholesky after a
 * nested-dissection ordering) and {@link ConjugateGradientSolver} (block-Jacobi preconditioned CG in the
 * translation-free subspace, paper 004 Appendix A: "solved with the Conjugate Gradient Method").
 */
public interface HessianSolver {
    /** Which solver. */
    enum Kind { DENSE, SPARSE, CG, AUTO }

    /**
     * Largest number of degrees of freedom (dim N) solved densely by {@link Kind#AUTO}: below it the dense blocked
     * Cholesky is at least as fast as the sparse one (measured, {@code environment/benchmark-elastic}).
     */
    int DENSE_MAX_DOF = 1200;
    /**
     * Largest number of degrees of freedom factorised by the sparse Cholesky under {@link Kind#AUTO} in 3D (fill grows
     * as (dim N)^(4/3) with nested dissection, and CG wins above this size; measured, {@code environment/benchmark-elastic}).
     */
    int SPARSE_MAX_DOF_3D = 50_000;
    /** Same for 2D, where nested-dissection fill grows only as N log N. */
    int SPARSE_MAX_DOF_2D = 200_000;

    /** Writes {@code x = M^+ b}; {@code b} translation-free. */
    void solve(double[] b, double[] x);

    /** A short name for reports: {@code dense-cholesky}, {@code sparse-cholesky-nd}, {@code cg-block-jacobi}. */
    String name();

    /** The solver of the given kind ({@link Kind#AUTO}: by size, see {@link #DENSE_MAX_DOF}). */
    static HessianSolver of(Hessian h, Kind kind) {
        Kind k = kind;
        if (k == Kind.AUTO) {
            int dof = h.size();
            int sparseMax = h.dim() == 3 ? SPARSE_MAX_DOF_3D : SPARSE_MAX_DOF_2D;
            k = dof <= DENSE_MAX_DOF ? Kind.DENSE : dof <= sparseMax ? Kind.SPARSE : Kind.CG;
        }
        return switch (k) {
            case DENSE -> new DenseCholeskySolver(h);
            case SPARSE -> new SparseCholeskySolver(h, true);
            case CG -> new ConjugateGradientSolver(h, ConjugateGradientSolver.DEFAULT_TOLERANCE);
            case AUTO -> throw new AssertionError();
        };
    }

    /** {@link Kind#AUTO}. */
    static HessianSolver forSize(Hessian h) { return of(h, Kind.AUTO); }

    /** Puts the pinned solution {@code xp} (particle 0 held at zero) into {@code x} and removes the translation. */
    static void unpin(double[] xp, double[] x, int dim) {
        for (int a = 0; a < dim; a++) x[a] = 0;
        System.arraycopy(xp, 0, x, dim, xp.length);
        Displacements.removeTranslation(x, dim);
    }
}
