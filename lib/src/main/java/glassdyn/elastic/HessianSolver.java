package glassdyn.elastic;

/**
 * Solves {@code M x = b} for the Hessian of a mechanically stable configuration in the space orthogonal to the
 * {@code dim} global translations (spec 004 section 2.5, "translation handling"): {@code b} must be
 * translation-free (zero sum per Cartesian component, as every dipole and every affine force field is); the
 * returned {@code x} is the translation-free solution, i.e. {@code x = M^+ b} with {@code M^+} the pseudo-inverse.
 *
 * <p>Three implementations, chosen by size and number of solves in {@link #forSolves}: {@link DenseCholeskySolver} (particle 0 pinned, EJML
 * blocked dense Cholesky), {@link SparseCholeskySolver} (pinned, EJML up-looking sparse Cholesky after a
 * nested-dissection ordering) and {@link ConjugateGradientSolver} (block-Jacobi preconditioned CG in the
 * translation-free subspace, paper 004 Appendix A: "solved with the Conjugate Gradient Method").
 */
public interface HessianSolver {
    /** Which solver. */
    enum Kind { DENSE, SPARSE, CG, AUTO }

    /**
     * Largest number of degrees of freedom (dim N) that {@link Kind#AUTO} factorises densely (3D). Measured with
     * {@code environment/benchmark-elastic} (KA glasses, warm JIT, 2 cores shared with other work): 3D N = 1000
     * (3000 dof): dense Cholesky 2.7 s + 0.07 s per solve, sparse Cholesky 9.6 s + 0.03 s, CG 0.17 s per solve.
     */
    int DENSE_MAX_DOF = 3000;
    /** Solves from which the dense factorisation pays over CG in 3D: 2.7 s / (0.17 - 0.07) s, about 30. */
    int DENSE_MIN_SOLVES = 30;
    /**
     * 2D: the sparse Cholesky (nested dissection) pays over CG from {@code max(SPARSE_MIN_SOLVES_2D, dof /
     * SPARSE_DOF_PER_SOLVE)} solves. Measured: N = 1000 setup 0.36 s + 0.0025 s per solve vs CG 0.04-0.11 s per solve
     * (pays from about 5), N = 4000 1.3-3.0 s + 0.035 s vs 0.31 s (5-10), N = 16000 27 s + 0.22 s vs 2.5-3.4 s (10).
     */
    int SPARSE_MIN_SOLVES_2D = 5;
    /** See {@link #SPARSE_MIN_SOLVES_2D}. */
    int SPARSE_DOF_PER_SOLVE = 3200;

    /** Writes {@code x = M^+ b}; {@code b} translation-free. */
    void solve(double[] b, double[] x);

    /** A short name for reports: {@code dense-cholesky}, {@code sparse-cholesky-nd}, {@code cg-block-jacobi}. */
    String name();

    /** The solver of the given kind; {@link Kind#AUTO} picks for a single solve. */
    static HessianSolver of(Hessian h, Kind kind) { return of(h, kind, 1); }

    /**
     * The solver of the given kind; {@link Kind#AUTO} picks the fastest for {@code solves} right-hand sides by the
     * measured crossovers: in 2D the sparse Cholesky from {@code max(SPARSE_MIN_SOLVES_2D, dof / SPARSE_DOF_PER_SOLVE)} solves, in 3D the
     * dense Cholesky up to {@link #DENSE_MAX_DOF} from {@link #DENSE_MIN_SOLVES} solves (EJML's up-looking sparse
     * Cholesky fills in too much in 3D to beat either), CG otherwise.
     */
    static HessianSolver of(Hessian h, Kind kind, int solves) {
        Kind k = kind;
        if (k == Kind.AUTO) {
            int dof = h.size();
            if (h.dim() == 2) k = solves >= Math.max(SPARSE_MIN_SOLVES_2D, dof / SPARSE_DOF_PER_SOLVE) ? Kind.SPARSE : Kind.CG;
            else k = dof <= DENSE_MAX_DOF && solves >= DENSE_MIN_SOLVES ? Kind.DENSE : Kind.CG;
        }
        return switch (k) {
            case DENSE -> new DenseCholeskySolver(h);
            case SPARSE -> new SparseCholeskySolver(h, true);
            case CG -> new ConjugateGradientSolver(h, ConjugateGradientSolver.DEFAULT_TOLERANCE);
            case AUTO -> throw new AssertionError();
        };
    }

    /** {@link Kind#AUTO} for {@code solves} right-hand sides. */
    static HessianSolver forSolves(Hessian h, int solves) { return of(h, Kind.AUTO, solves); }

    /** Puts the pinned solution {@code xp} (particle 0 held at zero) into {@code x} and removes the translation. */
    static void unpin(double[] xp, double[] x, int dim) {
        for (int a = 0; a < dim; a++) x[a] = 0;
        System.arraycopy(xp, 0, x, dim, xp.length);
        Displacements.removeTranslation(x, dim);
    }
}
