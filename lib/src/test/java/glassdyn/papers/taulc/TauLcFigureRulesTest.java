package glassdyn.papers.taulc;

import glassdyn.claims.Status;
import glassdyn.claims.Verdict;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figure-claim rules of paper 001 on planted passes and planted fails or not-shown, and their statistics on planted fields. */
class TauLcFigureRulesTest {
    private static void is(Status s, Verdict v) { assertEquals(s, v.status(), String.valueOf(v.reason())); }

    @Test
    void aboveNull() {
        is(Status.PASS, TauLcFigureRules.aboveNull(new double[] {0.3, 0.2}, new double[] {0.1, 0.1}, "origin"));
        is(Status.FAIL, TauLcFigureRules.aboveNull(new double[] {0.3, 0.05}, new double[] {0.1, 0.1}, "origin"));
        is(Status.NOT_SHOWN, TauLcFigureRules.aboveNull(new double[0], new double[0], "origin"));
    }

    @Test
    void identityThenFlattening() {
        double[] r = {0.003, 0.01, 0.03, 0.1};
        double[] q = {0.95, 0.7, 0.4, 0.15}, lo = {0.85, 0.6, 0.3, 0.1}, hi = {1.05, 0.8, 0.5, 0.2};
        is(Status.PASS, TauLcFigureRules.identityThenFlattening(r, q, lo, hi, true, 0.8));
        // the lowest rate in the thinning regime: identity untested, flattening alone is not enough
        is(Status.NOT_SHOWN, TauLcFigureRules.identityThenFlattening(r, q, lo, hi, false, 0.8));
        // identity rejected at a small rate (the measured quick run's shape: 0.69 with a tight interval)
        is(Status.FAIL, TauLcFigureRules.identityThenFlattening(r, new double[] {0.69, 0.55, 0.4, 0.15},
            new double[] {0.6, 0.5, 0.3, 0.1}, new double[] {0.75, 0.6, 0.5, 0.2}, true, 0.8));
        // no flattening: the highest rate's ratio above the lowest's
        is(Status.FAIL, TauLcFigureRules.identityThenFlattening(r, new double[] {0.9, 0.95, 1.0, 1.2},
            new double[] {0.85, 0.9, 0.95, 1.1}, new double[] {0.95, 1.0, 1.05, 1.3}, true, 0.8));
        // overlapping intervals: not shown
        is(Status.NOT_SHOWN, TauLcFigureRules.identityThenFlattening(r, new double[] {0.95, 0.9, 0.88, 0.85},
            new double[] {0.82, 0.7, 0.7, 0.6}, new double[] {1.1, 1.0, 1.0, 1.0}, true, 0.8));
        is(Status.NOT_SHOWN, TauLcFigureRules.identityThenFlattening(new double[] {0.01}, new double[] {1}, new double[] {1},
            new double[] {1}, true, 0.8));
    }

    /** Planted ensembles: tau_sh = tau_LC (an independent draw) gives the control's slope; a saturating tau_sh a smaller one. */
    @Test
    void binnedSlopeOnPlantedEnsembles() {
        SplittableRandom rng = new SplittableRandom(3);
        int np = 600, m = 20;
        double[] truth = new double[np];
        for (int i = 0; i < np; i++) truth[i] = 5 + 25 * rng.nextDouble();
        double[][] a = new double[m][np], b = new double[m][np], c = new double[m][np];
        for (int k = 0; k < m; k++)
            for (int i = 0; i < np; i++) {
                a[k][i] = truth[i] * (0.5 + rng.nextDouble());
                b[k][i] = truth[i] * (0.5 + rng.nextDouble());
                c[k][i] = 8 * -Math.expm1(-truth[i] / 8) * (0.5 + rng.nextDouble());
            }
        double identity = TauLcFigureClaims.binnedSlope(a, b, null);
        double flat = TauLcFigureClaims.binnedSlope(a, c, null);
        assertTrue(identity > 0.8 && identity < 1.1, "identity slope " + identity);
        assertTrue(flat < 0.35 * identity, "saturating slope " + flat + " vs " + identity);
        double boot = TauLcFigureClaims.binnedSlope(a, b, new SplittableRandom(1));
        assertTrue(Math.abs(boot - identity) < 0.1, "one bootstrap resample " + boot);
    }

    @Test
    void shiftsLeft() {
        double[] r = {0.01, 0.03, 0.1};
        is(Status.PASS, TauLcFigureRules.shiftsLeft(r, new double[] {10, 8, 6}, 2));
        is(Status.FAIL, TauLcFigureRules.shiftsLeft(r, new double[] {10, 8, 6}, -0.5));
        is(Status.FAIL, TauLcFigureRules.shiftsLeft(new double[] {0.01, 0.03, 0.1, 0.3}, new double[] {10, 12, 13, 9}, 0.5));
        is(Status.NOT_SHOWN, TauLcFigureRules.shiftsLeft(new double[] {0.1}, new double[] {5}, 1));
    }

    @Test
    void yieldStrainOverestimated() {
        boolean[] thin = {false, true};
        double[] md = {0.1, 0.12}, sig = {1, 5};
        is(Status.PASS, TauLcFigureRules.yieldStrainOverestimated(new double[] {0.05, 0.3}, md, sig, thin, 2));
        is(Status.FAIL, TauLcFigureRules.yieldStrainOverestimated(new double[] {0.5, 0.1}, md, sig, thin, 2));
        is(Status.NOT_SHOWN, TauLcFigureRules.yieldStrainOverestimated(new double[] {0.05, 0.3}, md, new double[] {5, 1}, thin, 2));
        is(Status.NOT_SHOWN, TauLcFigureRules.yieldStrainOverestimated(new double[] {0.3}, new double[] {0.1}, new double[] {5}, new boolean[] {false}, 2));
    }

    @Test
    void overshootGrowsWithRate() {
        double[] sig = {3, 4};
        is(Status.PASS, TauLcFigureRules.overshootGrowsWithRate(new double[] {1.1, 1.3}, new double[] {0.08, 0.12}, sig,
            new double[] {1.05, 1.4}, new double[] {0.1, 0.2}, 2));
        is(Status.FAIL, TauLcFigureRules.overshootGrowsWithRate(new double[] {1.1, 1.3}, new double[] {0.08, 0.12}, sig,
            new double[] {1.4, 1.05}, new double[] {0.1, 0.2}, 2));
        is(Status.NOT_SHOWN, TauLcFigureRules.overshootGrowsWithRate(new double[] {1.1, 1.3}, new double[] {0.08, 0.12}, new double[] {1, 4},
            new double[] {1.05, 1.4}, new double[] {0.1, 0.2}, 2));
        is(Status.NOT_SHOWN, TauLcFigureRules.overshootGrowsWithRate(new double[] {1.1}, new double[] {0.08}, new double[] {3},
            new double[] {1.05}, new double[] {0.1}, 2));
    }

    @Test
    void curvesCoincide() {
        is(Status.PASS, TauLcFigureRules.curvesCoincide(1.2, 9, 4, 1));
        is(Status.FAIL, TauLcFigureRules.curvesCoincide(6, 9, 4, 1));
        is(Status.NOT_SHOWN, TauLcFigureRules.curvesCoincide(1.2, 2, 4, 1));
        is(Status.NOT_SHOWN, TauLcFigureRules.curvesCoincide(0, 9, 4, 0));
    }

    @Test
    void growsWithRate() {
        is(Status.PASS, TauLcFigureRules.growsWithRate(new double[][] {{0.1, 0.2, 0.3}, {0.05, 0.1, 0.2}}));
        is(Status.FAIL, TauLcFigureRules.growsWithRate(new double[][] {{0.1, 0.2, 0.3}, {0.2, 0.1, 0.15}}));
        is(Status.NOT_SHOWN, TauLcFigureRules.growsWithRate(new double[][] {{0.1}, {0.2}}));
    }

    @Test
    void omegaRises() {
        is(Status.PASS, TauLcFigureRules.omegaRises(4, 3, 0.95, 0.9, 0.2, 0.5));
        is(Status.FAIL, TauLcFigureRules.omegaRises(4, -3, 0.95, 0.9, 0.2, 0.5));
        is(Status.FAIL, TauLcFigureRules.omegaRises(4, 3, 0.95, 0.9, 0.6, 0.5));
        is(Status.NOT_SHOWN, TauLcFigureRules.omegaRises(2, 3, 1, 0.9, 0.2, 0.5));
    }

    @Test
    void retentionLinear() {
        is(Status.PASS, TauLcFigureRules.linearAndRateInsensitive(new double[] {-0.5, -0.6}, new double[] {0.95, 0.97}, 0.9, 1.5));
        is(Status.FAIL, TauLcFigureRules.linearAndRateInsensitive(new double[] {-0.5, -0.6}, new double[] {0.95, 0.5}, 0.9, 1.5));
        is(Status.FAIL, TauLcFigureRules.linearAndRateInsensitive(new double[] {-0.2, -0.6}, new double[] {0.95, 0.97}, 0.9, 1.5));
        is(Status.FAIL, TauLcFigureRules.linearAndRateInsensitive(new double[] {0.5, 0.6}, new double[] {0.95, 0.97}, 0.9, 1.5));
        is(Status.NOT_SHOWN, TauLcFigureRules.linearAndRateInsensitive(new double[] {-0.5}, new double[] {0.95}, 0.9, 1.5));
    }

    @Test
    void tracksModel() {
        is(Status.PASS, TauLcFigureRules.tracksModel(new double[] {1, 0.8}, 4, 0.8));
        is(Status.FAIL, TauLcFigureRules.tracksModel(new double[] {1, 0.4}, 4, 0.8));
        is(Status.NOT_SHOWN, TauLcFigureRules.tracksModel(new double[] {1}, 2, 0.8));
        is(Status.NOT_SHOWN, TauLcFigureRules.tracksModel(new double[0], 4, 0.8));
    }

    @Test
    void topElements() {
        is(Status.PASS, TauLcFigureRules.topElementsSuffice(30, 0.58, 0.6, 0.3, 0.05));
        is(Status.FAIL, TauLcFigureRules.topElementsSuffice(30, 0.4, 0.6, 0.3, 0.05));
        is(Status.FAIL, TauLcFigureRules.topElementsSuffice(30, 0.58, 0.6, 0.59, 0.05));
        is(Status.NOT_SHOWN, TauLcFigureRules.topElementsSuffice(30, Double.NaN, 0.6, 0.3, 0.05));
    }

    /** A field smooth in x (planted clusters) correlates with its neighbours' mean; white noise does not; the lattice is exact. */
    @Test
    void neighbourCorrelationOnPlantedFields() {
        int side = 8, n = side * side * side;
        Configuration c = new Configuration(n, Box.cubic(3, side));
        for (int i = 0; i < n; i++) { c.x[i] = i % side + 0.5; c.y[i] = (i / side) % side + 0.5; c.z[i] = i / (side * side) + 0.5; }
        int[][] nb = TauLcFigureClaims.neighbours(c, 1.1);
        for (int[] a : nb) assertEquals(6, a.length, "simple cubic lattice: 6 nearest neighbours");
        double[] smooth = new double[n], noise = new double[n];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < n; i++) { smooth[i] = Math.sin(2 * Math.PI * c.x[i] / side) + 0.2 * rng.nextGaussian(); noise[i] = rng.nextGaussian(); }
        double cs = TauLcFigureRules.neighbourCorrelation(smooth, nb), cn = TauLcFigureRules.neighbourCorrelation(noise, nb);
        assertTrue(cs > 0.8, "clustered field: " + cs);
        assertTrue(Math.abs(cn) < 0.15, "white noise: " + cn);
    }

    /** Two curves equal within their errors give chi^2 ~ 1; a shift of 3 combined standard errors gives ~9; disjoint ranges NaN. */
    @Test
    void twoCurveChi2() {
        double[] x = {1, 2, 3, 4}, e = {0.1, 0.1, 0.1, 0.1};
        double s = Math.sqrt(0.02);
        double[] y = {1, 2, 3, 4}, shifted = {1 + 3 * s, 2 + 3 * s, 3 + 3 * s, 4 + 3 * s};
        assertEquals(0, TauLcFigureRules.twoCurveChi2(x, y, e, x, y, e), 1e-12);
        assertEquals(9, TauLcFigureRules.twoCurveChi2(x, shifted, e, x, y, e), 1e-9);
        // interpolation: A's bins half-way between B's on a straight line
        assertEquals(0, TauLcFigureRules.twoCurveChi2(new double[] {1.5, 2.5}, new double[] {1.5, 2.5}, new double[] {0.1, 0.1}, x, y, e), 1e-12);
        assertTrue(Double.isNaN(TauLcFigureRules.twoCurveChi2(new double[] {9}, new double[] {9}, new double[] {0.1}, x, y, e)));
    }
}
