package glassdyn.indicators;

import glassdyn.elastic.Hessian;
import glassdyn.elastic.HessianSolver;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.SparseCholeskySolver;
import glassdyn.elastic.VibrationalModes;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

/**
 * The harmonic analysis of a 2D inherent structure shared by the linear-response indicators of paper 003 (Appendix B,
 * family iii and iv): the interacting pairs, the Hessian M, a factorised solver for {@code M^+}, the third-order
 * contraction {@code U3:uu}, and the vibrational modes: every non-zero mode by dense diagonalisation when
 * {@code 2N <= denseLimit} (the paper's "full diagonalization"), else the lowest {@code lowModes} by shift-invert
 * Lanczos. Then VIB (B13), c_alpha (B12) and alpha stay exact full-spectrum sums, computed from the columns of
 * {@code M^+} by 2N solves (PseudoInverseColumns); only naf mu (B16, a mode sum that is no entry of a matrix function of
 * M) is truncated to the held modes, with its error against the dense spectrum measured in {@code FullSpectrumSumsTest}.
 * Every preset below {@code paper} has N = 324 (2N = 648): dense.
 */
public final class HarmonicAnalysis {
    /** Largest matrix size 2N diagonalised densely (N = 500: a few seconds with EJML, spec 003 section 5.2). */
    public static final int DENSE_LIMIT = 1000;

    public final Configuration configuration;
    public final InteractingPairs pairs;
    public final Hessian hessian;
    public final HessianSolver solver;
    public final ThirdOrderContraction contraction;
    public final VibrationalModes.Modes modes;
    /** True when {@link #modes} holds every non-zero mode. */
    public final boolean complete;

    public HarmonicAnalysis(Configuration c, PairPotential p, int lowModes, int denseLimit, long seed) {
        if (c.dim() != 2) throw new IllegalArgumentException("paper 003 is 2D");
        configuration = c;
        pairs = InteractingPairs.of(c, p);
        hessian = Hessian.of(pairs);
        solver = new SparseCholeskySolver(hessian, true);
        contraction = new ThirdOrderContraction(pairs, c, p);
        complete = hessian.size() <= denseLimit;
        modes = complete ? VibrationalModes.dense(hessian, hessian.size())
            : VibrationalModes.lanczos(hessian, solver, Math.min(lowModes, hessian.size() - 2), seed);
    }

    /** The default: dense up to {@link #DENSE_LIMIT}, else {@code lowModes} Lanczos modes. */
    public static HarmonicAnalysis of(Configuration c, PairPotential p, int lowModes) {
        return new HarmonicAnalysis(c, p, lowModes, DENSE_LIMIT, 1);
    }

    public int n() { return configuration.n; }

    /** Number of modes held. */
    public int modeCount() { return modes.eigenvalues().length; }
}
