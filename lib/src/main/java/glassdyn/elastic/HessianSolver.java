package glassdyn.elastic;

/**
 * Solves {@code M x = b} for the Hessian of a mechanically stable configuration in the space orthogonal to the
 * {@code dim} global translations (spec 004 section 2.5, "translation handling"): {@code b} must be
 * translation-free (zero sum per Cartesian component, as every dipole and every affine force field is); the
 * returned {@code x} is the translation-free solution, i.e. {@code x = M^+ b} with {@code M^+} the pseudo-inverse.
 *
 * <p>Three implementations, chosen by size and number of solves in {@link #forSolves} ({@link #auto}): {@link DenseCholeskySolver} (particle 0 pinned, EJML
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
    /**
     * Solves from which the dense factorisation pays over CG in 3D: 2.7 s / (0.17 - 0.07) s, about 30 (KA). Paper 004's
     * IPL, whose shorter cutoff makes CG cheaper, measured 2.8 s + 0.047 s vs CG 0.059 s at 3000 dof (pays from about
     * 230; sparse 3.0 s + 0.0099 s there, see {@link #SPARSE_MIN_SOLVES_3D}); kept, so that the small 3D systems of
     * the quick and long scales keep their solver.
     */
    int DENSE_MIN_SOLVES = 30;
    /**
     * 2D: the sparse Cholesky (nested dissection) pays over CG from this many solves. Measured (warm): N = 1000 setup
     * 0.36 s + 0.0025 s per solve vs CG 0.04-0.11 s per solve (pays from about 5), N = 4000 3.0 s + 0.035 s vs 0.31 s
     * (about 11; 1.3 s setup in a less loaded run: 5), N = 16000 16 s + 0.12 s vs 4.0 s (about 4).
     */
    int SPARSE_MIN_SOLVES_2D = 5;
    /**
     * 2D size above which AUTO keeps to CG whatever the number of solves: the factor had 1.1e7 nonzeros at 32000 dof
     * (measured) and grows about as dof log dof, so about 1e8 (1 GB with indices) near this size (extrapolated).
     */
    int SPARSE_MAX_DOF_2D = 200_000;
    /**
     * 3D: the sparse Cholesky pays over CG from {@code SPARSE_MIN_SOLVES_3D (dof / 12000)^SPARSE_SOLVES_EXPONENT_3D}
     * solves ({@link #sparseMinSolves3d}). Measured with {@code environment/benchmark-solver-crossover} (paper 004's
     * IPL at rho 0.82, one FIRE-quenched glass per N; 3 interleaved rounds of setup + 20 dipole solves per solver;
     * medians of the thread-CPU times, 2026-12-07 19:37-19:54 UTC, niced beside other work at load average 10-14, where
     * the wall times measured only the share of the 2 cores): N = 1000 (3000 dof) sparse 1.01 s + 0.0043 s per solve
     * vs CG 0.0345 s: 34 solves; N = 2000 (6000 dof) 7.7 s + 0.0147 s vs 0.083 s: 113; N = 4000 (12000 dof) 33 s +
     * 0.049 s vs 0.214 s: 200 (the KA run of {@code environment/benchmark-elastic}, 75 s + 0.066 s vs 0.47 s wall at
     * load 3-7, gives 186). The exponent is the least-squares slope of log crossover against log dof over the three;
     * it predicts 486 at 24000 dof, where one round at N = 8000 measured 165 s + 0.145 s vs 0.49 s: 477 (0.73 GB of
     * heap in use with the factor).
     */
    int SPARSE_MIN_SOLVES_3D = 200;
    /** Exponent of the 3D crossover's growth with dof (see {@link #SPARSE_MIN_SOLVES_3D}). */
    double SPARSE_SOLVES_EXPONENT_3D = 1.28;
    /**
     * 3D size above which AUTO keeps to CG whatever the number of solves (memory): the nested-dissection factor has
     * (EJML symbolic analysis, same IPL glasses) 1.6e6 nonzeros at 3000 dof, 5.6e6 at 6000, 1.6e7 at 12000 (heap in
     * use 0.24 GB with it) and 5.4e7 at 24000 (0.65 GB at 12 bytes each): about dof^1.68, so about 8e7 (1 GB) at this
     * size (extrapolated), where the factorisation takes about 6 CPU-minutes (setup about dof^2.5).
     */
    int SPARSE_MAX_DOF_3D = 30_000;

    /** Writes {@code x = M^+ b}; {@code b} translation-free. */
    void solve(double[] b, double[] x);

    /** A short name for reports: {@code dense-cholesky}, {@code sparse-cholesky-nd}, {@code cg-block-jacobi}. */
    String name();

    /** The solver of the given kind; {@link Kind#AUTO} picks for a single solve. */
    static HessianSolver of(Hessian h, Kind kind) { return of(h, kind, 1); }

    /**
     * The solver of the given kind; {@link Kind#AUTO} picks the fastest for {@code solves} right-hand sides by the
     * measured crossovers ({@link #auto}).
     */
    static HessianSolver of(Hessian h, Kind kind, int solves) {
        Kind k = kind == Kind.AUTO ? auto(h.dim(), h.size(), solves) : kind;
        return switch (k) {
            case DENSE -> new DenseCholeskySolver(h);
            case SPARSE -> new SparseCholeskySolver(h, true);
            case CG -> new ConjugateGradientSolver(h, ConjugateGradientSolver.DEFAULT_TOLERANCE);
            case AUTO -> throw new AssertionError();
        };
    }

    /**
     * What {@link Kind#AUTO} picks for {@code solves} right-hand sides of a {@code dof}-dimensional Hessian: in 2D the
     * sparse Cholesky from {@link #SPARSE_MIN_SOLVES_2D} solves (up to {@link #SPARSE_MAX_DOF_2D}); in 3D the dense
     * Cholesky up to {@link #DENSE_MAX_DOF} from {@link #DENSE_MIN_SOLVES} solves (unchanged since it was measured on KA;
     * at these sizes the three solvers are within a few seconds of each other), above it the sparse Cholesky from
     * {@link #sparseMinSolves3d} solves up to {@link #SPARSE_MAX_DOF_3D}; CG otherwise.
     */
    static Kind auto(int dim, int dof, int solves) {
        if (dim == 2) return solves >= SPARSE_MIN_SOLVES_2D && dof <= SPARSE_MAX_DOF_2D ? Kind.SPARSE : Kind.CG;
        if (dof <= DENSE_MAX_DOF) return solves >= DENSE_MIN_SOLVES ? Kind.DENSE : Kind.CG;
        return dof <= SPARSE_MAX_DOF_3D && solves >= sparseMinSolves3d(dof) ? Kind.SPARSE : Kind.CG;
    }

    /** Solves from which the 3D sparse Cholesky pays over CG at {@code dof} degrees of freedom ({@link #SPARSE_MIN_SOLVES_3D}). */
    static int sparseMinSolves3d(int dof) {
        return (int) Math.ceil(SPARSE_MIN_SOLVES_3D * Math.pow(dof / 12000.0, SPARSE_SOLVES_EXPONENT_3D));
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
