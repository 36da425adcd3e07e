package glassdyn.elastic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pseudo-harmonic modes: quasilocalised soft modes that do not hybridise with phonons (Kapteijns, Richard &amp; Lerner,
 * PRE 101, 032130 (2020), paper 004 Ref. 62; used in paper 004 Appendix B / Fig. 2). A pseudo-harmonic mode is a local
 * minimum of the scale-invariant cost
 * <pre>
 *   C(z) = (M : z z)^2 / sum_(ij interacting) (z_ij . z_ij)^2,      z_ij = z_j - z_i,
 * </pre>
 * (spec 004 section 2.10). Its stationarity condition {@code M z = [(M:zz) / (4 Q)] grad Q}, with
 * {@code Q = sum (z_ij . z_ij)^2}, gives the fixed-point map {@code z <- M^+ grad Q(z) / |M^+ grad Q(z)|} that is
 * iterated here from a normalised dipole response (paper 004: "we calculate the dipole response ... which we use as an
 * initial condition to minimize the cost function"). Converged modes that coincide (overlap above
 * {@link #SAME_MODE_OVERLAP}) are kept once. The stiffness of a mode is {@code lambda = pi . M . pi}.
 */
public final class PseudoHarmonicModes {
    /** Modes with |overlap| above this are the same mode (spec 004 A22). */
    public static final double SAME_MODE_OVERLAP = 0.9;
    /** Convergence: change of the normalised mode per iteration (spec 004 section 2.10: 1e-10). */
    public static final double TOLERANCE = 1e-10;
    /** Iteration cap of the fixed-point map per seed. */
    public static final int MAX_ITERATIONS = 2000;

    /** A converged mode: unit, translation-free vector, stiffness {@code pi.M.pi}, cost C, seed pair, iterations. */
    public record Mode(double[] vector, double stiffness, double cost, int seedPair, int iterations) {}

    private final Hessian hessian;
    private final InteractingPairs pairs;
    private final HessianSolver solver;

    public PseudoHarmonicModes(Hessian hessian, InteractingPairs pairs, HessianSolver solver) {
        this.hessian = hessian; this.pairs = pairs; this.solver = solver;
    }

    /** Whether some pair has a fixed partner: then translations are not zero modes and are kept. */
    private boolean clamped() {
        for (int p = 0; p < pairs.count; p++) if (pairs.j[p] < 0) return true;
        return false;
    }

    /** The cost C(z) of a (not necessarily normalised) field. */
    public double cost(double[] z) {
        double a = hessian.quadraticForm(z);
        return a * a / quartic(z, null);
    }

    /** {@code Q = sum (z_ij.z_ij)^2}; its gradient into {@code grad} when not null. */
    private double quartic(double[] z, double[] grad) {
        int dim = pairs.dim;
        if (grad != null) java.util.Arrays.fill(grad, 0);
        double q = 0;
        for (int p = 0; p < pairs.count; p++) {
            int i = pairs.i[p] * dim, j = pairs.j[p] * dim; // j < 0: a fixed partner (InteractingPairs.clamped), z_j = 0
            double s = 0;
            for (int c = 0; c < dim; c++) { double e = (j < 0 ? 0 : z[j + c]) - z[i + c]; s += e * e; }
            q += s * s;
            if (grad != null)
                for (int c = 0; c < dim; c++) {
                    double g = 4 * s * ((j < 0 ? 0 : z[j + c]) - z[i + c]);
                    if (j >= 0) grad[j + c] += g;
                    grad[i + c] -= g;
                }
        }
        return q;
    }

    /** Minimises C from the initial field {@code z0}; null when the map does not converge. */
    public Mode fromInitial(double[] z0, int seedPair) {
        int size = z0.length, dim = pairs.dim;
        double[] z = z0.clone(), grad = new double[size], next = new double[size];
        if (!clamped()) Displacements.removeTranslation(z, dim);
        Displacements.normalize(z);
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            quartic(z, grad);
            solver.solve(grad, next);
            Displacements.normalize(next);
            if (Displacements.dot(next, z) < 0) for (int a = 0; a < size; a++) next[a] = -next[a];
            double change = 0;
            for (int a = 0; a < size; a++) { double e = next[a] - z[a]; change += e * e; }
            double[] t = z; z = next; next = t;
            if (Math.sqrt(change) < TOLERANCE)
                return new Mode(z, hessian.quadraticForm(z), cost(z), seedPair, it);
        }
        return null;
    }

    /**
     * Pseudo-harmonic modes seeded by the dipole responses of the {@code seeds} softest of {@code scanned} dipoles drawn
     * uniformly among the interacting pairs with {@code seed} (all pairs when {@code scanned} is at least their number):
     * soft dipoles sit on soft quasilocalised modes (paper 004, Fig. 2 and its discussion). Deduplicated, softest first.
     */
    public List<Mode> fromSoftestDipoles(int seeds, int scanned, long seed) {
        int m = Math.min(scanned, pairs.count);
        int[] drawn = new int[m];
        double[] kappa = new DipoleStiffness(pairs, solver).sample(m, seed, drawn);
        Integer[] order = new Integer[m];
        for (int a = 0; a < m; a++) order[a] = a;
        java.util.Arrays.sort(order, Comparator.comparingDouble(a -> kappa[a]));
        int[] chosen = new int[Math.min(seeds, m)];
        for (int s = 0; s < chosen.length; s++) chosen[s] = drawn[order[s]];
        return fromDipoles(chosen);
    }

    /**
     * Pseudo-harmonic modes seeded by the dipole responses of the given pairs (indices into {@link InteractingPairs}),
     * deduplicated, sorted by stiffness (softest first).
     */
    public List<Mode> fromDipoles(int[] seedPairs) {
        DipoleStiffness dipoles = new DipoleStiffness(pairs, solver);
        List<Mode> modes = new ArrayList<>();
        for (int p : seedPairs) {
            Mode m = fromInitial(dipoles.response(p), p);
            if (m == null) continue;
            boolean seen = false;
            for (Mode o : modes)
                if (Math.abs(Displacements.dot(o.vector(), m.vector())) > SAME_MODE_OVERLAP) { seen = true; break; }
            if (!seen) modes.add(m);
        }
        modes.sort(Comparator.comparingDouble(Mode::stiffness));
        return modes;
    }
}
