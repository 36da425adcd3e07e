package glassdyn.elastic;

import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A planted soft spot: in a quenched KA glass, the bonds among the particles within {@link #SPOT_RADIUS} of one
 * particle get their radial stiffness u'' scaled by a factor from {@link #WEAKENING}. This is the Hessian of the same inherent
 * structure under a pair potential with a per-bond correction {@code (w - 1) u''(r0) (r - r0)^2 / 2}, which has no
 * force at the bond's length r0, so the configuration stays a minimum and nothing else moves. The softest
 * pseudo-harmonic mode found from random dipole seeds must be localised on the spot (its largest displacement on a
 * particle of the spot, most of its core {@code sum |pi_i|^4} there); without the planting it is not.
 */
class PseudoHarmonicModesTest {
    static final double SPOT_RADIUS = 1.3;
    /**
     * Factors tried on u'' of the spot's bonds, strongest last: the planting uses the strongest that keeps the glass
     * stable (its pinned Hessian positive definite), so the spot is as soft as the glass allows.
     */
    static final double[] WEAKENING = {0.5, 0.35, 0.25, 0.18, 0.12, 0.08, 0.05};
    /** The region where the planted mode must live: the weakened particles plus one neighbour shell (KA sigma_AA). */
    static final double NEIGHBOUR_SHELL = 1.0;
    /** Seeds: the softest SEEDS of SCANNED random dipoles of the glass. */
    static final int SEEDS = 8, SCANNED = 1500;

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void softestModeSitsOnThePlantedSpot(int dim) {
        KobAndersen ka = new KobAndersen();
        Configuration c = TestGlasses.random(dim, dim == 2 ? 400 : 300, 1.2, 0.0, 41 + dim);
        TestGlasses.fire(c, ka, 1e-10, 200_000);
        // weakened bonds join particles within SPOT_RADIUS of particle 0; the mode is looked for one shell further out
        boolean[] weak = new boolean[c.n], spot = new boolean[c.n];
        double[] d = new double[3];
        double shell = SPOT_RADIUS + NEIGHBOUR_SHELL;
        for (int i = 0; i < c.n; i++) {
            d[0] = c.x[i] - c.x[0]; d[1] = c.y[i] - c.y[0]; d[2] = c.z[i] - c.z[0];
            c.box.minimumImage(d);
            double r2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
            weak[i] = r2 < SPOT_RADIUS * SPOT_RADIUS;
            spot[i] = r2 < shell * shell;
        }
        InteractingPairs pairs = InteractingPairs.of(c, ka);
        PseudoHarmonicModes.Mode before = onSpot(modes(pairs).subList(0, 1), spot, dim);
        double[] original = pairs.d2u.clone();
        double w = 1;
        Hessian h = null;
        HessianSolver solver = null;
        for (double candidate : WEAKENING) {
            for (int p = 0; p < pairs.count; p++) if (weak[pairs.i[p]] && weak[pairs.j[p]]) pairs.d2u[p] = candidate * original[p];
            try {
                Hessian hc = Hessian.of(pairs);
                solver = new SparseCholeskySolver(hc, true);
                h = hc;
                w = candidate;
            } catch (IllegalStateException unstable) {
                break;
            }
        }
        assertTrue(h != null, "even the mildest weakening destabilises the glass");
        for (int p = 0; p < pairs.count; p++) if (weak[pairs.i[p]] && weak[pairs.j[p]]) pairs.d2u[p] = w * original[p];
        solver = new SparseCholeskySolver(h, true);
        List<PseudoHarmonicModes.Mode> modes = modes(pairs);
        PseudoHarmonicModes.Mode found = onSpot(modes, spot, dim);
        VibrationalModes.Modes harmonic = VibrationalModes.lanczos(h, solver, 1, 3);
        System.out.printf("%dD N=%d, %d particles weakened by %.2f, %d in the spot region: %d distinct PH modes, softest %.4g"
                + " (lowest eigenvalue %.4g); the mode on the spot: rank %d, stiffness %.4g, %.3f of its core on the spot"
                + " (softest before planting on the spot: %s), participation ratio %.3f%n",
            dim, c.n, count(weak), w, count(spot), modes.size(), modes.get(0).stiffness(), harmonic.eigenvalues()[0],
            found == null ? -1 : modes.indexOf(found), found == null ? Double.NaN : found.stiffness(),
            found == null ? 0 : coreOn(found.vector(), spot, dim), before == null ? "no" : "yes",
            found == null ? Double.NaN : VibrationalModes.participationRatio(found.vector(), dim));
        assertTrue(before == null, "the softest mode already sat on the spot before planting");
        assertTrue(found != null, "no pseudo-harmonic mode on the planted spot");
        assertTrue(modes.indexOf(found) == 0, "the planted mode is not the softest");
        PseudoHarmonicModes.Mode soft = modes.get(0);
        assertTrue(soft.stiffness() >= harmonic.eigenvalues()[0] * (1 - 1e-9), "a unit vector cannot be softer than the lowest mode");
        // the cost function is at a local minimum: small random perturbations do not lower it
        PseudoHarmonicModes ph = new PseudoHarmonicModes(h, pairs, solver);
        double c0 = ph.cost(soft.vector());
        java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
        for (int t = 0; t < 5; t++) {
            double[] z = soft.vector().clone();
            for (int a = 0; a < z.length; a++) z[a] += 1e-4 * (rng.nextDouble() - 0.5);
            Displacements.removeTranslation(z, dim);
            assertTrue(ph.cost(z) >= c0 * (1 - 1e-9), "perturbation lowered the cost: " + ph.cost(z) + " < " + c0);
        }
    }

    /** Pseudo-harmonic modes seeded by the {@link #SEEDS} softest of {@link #SCANNED} dipoles, softest first. */
    private static List<PseudoHarmonicModes.Mode> modes(InteractingPairs pairs) {
        Hessian h = Hessian.of(pairs);
        List<PseudoHarmonicModes.Mode> modes = new PseudoHarmonicModes(h, pairs, new SparseCholeskySolver(h, true))
            .fromSoftestDipoles(SEEDS, SCANNED, 17);
        assertTrue(!modes.isEmpty(), "no pseudo-harmonic mode converged");
        return modes;
    }

    /** The first (softest) mode with its largest displacement and most of its core in the spot region, or null. */
    private static PseudoHarmonicModes.Mode onSpot(List<PseudoHarmonicModes.Mode> modes, boolean[] spot, int dim) {
        for (PseudoHarmonicModes.Mode m : modes)
            if (spot[peak(m.vector(), dim)] && coreOn(m.vector(), spot, dim) > 0.5) return m;
        return null;
    }

    /** Fraction of the mode's core, sum |pi_i|^4 (the weight of the participation ratio), on the particles of {@code set}. */
    private static double coreOn(double[] v, boolean[] set, int dim) {
        double in = 0, all = 0;
        for (int i = 0; i < set.length; i++) {
            double q = 0;
            for (int a = 0; a < dim; a++) q += v[i * dim + a] * v[i * dim + a];
            all += q * q;
            if (set[i]) in += q * q;
        }
        return in / all;
    }

    private static int peak(double[] v, int dim) {
        int best = 0;
        double max = -1;
        for (int i = 0; i < v.length / dim; i++) {
            double q = 0;
            for (int a = 0; a < dim; a++) q += v[i * dim + a] * v[i * dim + a];
            if (q > max) { max = q; best = i; }
        }
        return best;
    }

    private static int count(boolean[] b) {
        int k = 0;
        for (boolean x : b) if (x) k++;
        return k;
    }
}
