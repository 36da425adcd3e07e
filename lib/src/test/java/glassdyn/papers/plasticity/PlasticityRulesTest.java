package glassdyn.papers.plasticity;

import glassdyn.claims.Status;
import glassdyn.claims.Verdict;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each decision rule of paper 003 on planted numbers: one input that must pass, one that must fail or stay not shown. */
class PlasticityRulesTest {
    static final double[] NAN = {Double.NaN, Double.NaN};

    @Test
    void beats() {
        assertEquals(Status.PASS, PlasticityRules.beats("M", "rho", 0.5, new double[] {0.3, 0.7}, 20).status());
        assertEquals(Status.FAIL, PlasticityRules.beats("M", "rho", -0.5, new double[] {-0.7, -0.3}, 20).status());
        Verdict open = PlasticityRules.beats("M", "rho", -0.1, new double[] {-0.3, 0.1}, 20);
        assertEquals(Status.NOT_SHOWN, open.status());
        assertTrue(open.reason().contains("against the claim"), open.reason());
        assertTrue(open.needs().contains("glasses"), open.needs());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.beats("M", "rho", 0.5, NAN, 2).status());
    }

    @Test
    void nearOne() {
        assertEquals(Status.PASS, PlasticityRules.nearOne(0.9, new double[] {0.8, 0.95}, 20).status());
        assertEquals(Status.FAIL, PlasticityRules.nearOne(0.5, new double[] {0.4, 0.6}, 20).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.nearOne(0.75, new double[] {0.6, 0.85}, 20).status());
    }

    @Test
    void noCorrelation() {
        assertEquals(Status.PASS, PlasticityRules.noCorrelation(0.02, new double[] {-0.1, 0.12}, 60).status());
        Verdict neg = PlasticityRules.noCorrelation(-0.17, new double[] {-0.28, -0.06}, 60);
        assertEquals(Status.FAIL, neg.status());
        assertTrue(neg.reason().contains("negative"));
    }

    @Test
    void svmAccuracy() {
        assertEquals(Status.PASS, PlasticityRules.svmAccuracy(0.86, new double[] {0.82, 0.90}, 200).status());
        assertEquals(Status.FAIL, PlasticityRules.svmAccuracy(0.76, new double[] {0.70, 0.82}, 200).status(), "0.76 passed the old 0.75 rule");
        assertEquals(Status.NOT_SHOWN, PlasticityRules.svmAccuracy(Double.NaN, NAN, 0).status());
    }

    @Test
    void sameRanking() {
        assertEquals(Status.PASS, PlasticityRules.sameRanking(0.9, new double[] {0.8, 0.95}).status());
        assertEquals(Status.FAIL, PlasticityRules.sameRanking(0.1, new double[] {-0.2, 0.4}).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.sameRanking(0.6, new double[] {0.3, 0.8}).status());
    }

    @Test
    void allAndMajority() {
        Verdict p = Verdict.pass(), f = Verdict.fail("x"), o = Verdict.notShown("y", "z");
        assertEquals(Status.PASS, PlasticityRules.all(p, p).status());
        assertEquals(Status.FAIL, PlasticityRules.all(p, f, o).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.all(p, o).status());
        assertEquals(Status.PASS, PlasticityRules.majority(p, p, o, f, p).status());
        assertEquals(Status.FAIL, PlasticityRules.majority(f, f, f, p, o).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.majority(p, p, o, o, f).status());
    }

    @Test
    void figureNamesAreTypedAndAnUnknownNameThrows() {
        for (PlasticityFigure f : PlasticityFigure.values()) assertEquals(f, PlasticityFigure.byCsv(f.csv()));
        assertThrows(IllegalArgumentException.class, () -> PlasticityFigure.byCsv("fig4ik_c_delta_gama"));
    }

    @Test
    void pairedIntervalResolvesWhatUnpairedCannot() {
        // planted: B = A - 0.05 + tiny noise on the same glasses; glass-to-glass spread 0.6 dominates each score
        java.util.Random rng = new java.util.Random(1);
        int n = 20;
        double[] a = new double[n], b = new double[n];
        for (int g = 0; g < n; g++) { a[g] = 0.2 + 0.6 * rng.nextDouble(); b[g] = a[g] - 0.05 + 0.01 * rng.nextGaussian(); }
        double[] paired = ScoreIntervals.paired(a, b, 7), unpaired = ScoreIntervals.unpaired(a, b, 7);
        assertTrue(paired[0] > 0, "paired interval above 0: " + paired[0]);
        assertTrue(unpaired[0] < 0, "unpaired interval holds 0: " + unpaired[0]);
    }

    @Test
    void swapDriftFlagsAPlantedTrend() {
        double[] flat = {1, 1.01, 0.99, 1, 1.02, 0.98, 1, 1.01, 0.99, 1};
        double[] trend = {1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1};
        double[] d = SwapEquilibration.drift(flat), t = SwapEquilibration.drift(trend);
        assertTrue(Math.abs(d[0]) < d[1]);
        assertTrue(Math.abs(t[0]) > t[1]);
    }
    @Test
    void wilsonIntervalOfAFraction() {
        double[] all = PlasticityRules.wilson90(15, 15), half = PlasticityRules.wilson90(5, 10);
        assertTrue(all[0] > 0.8 && all[1] == 1, java.util.Arrays.toString(all));
        assertTrue(half[0] < 0.5 && half[1] > 0.5);
        assertTrue(Double.isNaN(PlasticityRules.wilson90(0, 0)[0]));
    }

    @Test
    void mostGlassesOverlapTheCriticalMode() {
        assertEquals(Status.PASS, PlasticityRules.mostGlasses("overlap > 0.95", 14, 15).status());
        assertEquals(Status.FAIL, PlasticityRules.mostGlasses("overlap > 0.95", 2, 15).status());
        Verdict open = PlasticityRules.mostGlasses("overlap > 0.95", 8, 15);
        assertEquals(Status.NOT_SHOWN, open.status());
        assertTrue(open.needs().contains("glasses"), open.needs());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.mostGlasses("overlap > 0.95", 2, 2).status());
    }

    @Test
    void noRankSwitch() {
        assertEquals(Status.PASS, PlasticityRules.noRankSwitch(0, 15).status());
        assertEquals(Status.FAIL, PlasticityRules.noRankSwitch(1, 15).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.noRankSwitch(0, 2).status());
    }
    @Test
    void affineNonaffineThetaRecoversTheOnset() {
        double[] up = {0.2, 0.4};
        assertEquals(Status.PASS, PlasticityRules.recoversOnset(0.3, up, 0.1, new double[] {0.02, 0.18}, 20).status());
        assertEquals(Status.FAIL, PlasticityRules.recoversOnset(0.3, up, -0.12, new double[] {-0.2, -0.04}, 20).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.recoversOnset(0.3, up, 0.0, new double[] {-0.08, 0.08}, 20).status());
        Verdict noGain = PlasticityRules.recoversOnset(0.02, new double[] {-0.1, 0.14}, 0.1, new double[] {0.02, 0.18}, 20);
        assertEquals(Status.NOT_SHOWN, noGain.status());
        assertTrue(noGain.reason().contains("no resolved gain"), noGain.reason());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.recoversOnset(0.3, NAN, 0.1, NAN, 2).status());
    }
    @Test
    void specialBlockOfTheSpearmanMatrix() {
        assertEquals(Status.PASS, PlasticityRules.specialBlock(0.2, new double[] {0.1, 0.3}, 0.01, 20).status());
        assertEquals(Status.FAIL, PlasticityRules.specialBlock(-0.2, new double[] {-0.3, -0.1}, 0.9, 20).status());
        assertEquals(Status.FAIL, PlasticityRules.specialBlock(0.02, new double[] {0.01, 0.03}, 0.7, 20).status(), "a typical block of the same size");
        assertEquals(Status.NOT_SHOWN, PlasticityRules.specialBlock(0.1, new double[] {0.05, 0.15}, 0.2, 20).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.specialBlock(0.1, NAN, 0.01, 2).status());
    }

    @Test
    void blockContrastAndItsSameSizeNull() {
        // planted: fields 0-2 correlate 0.9 among themselves, everything else 0.1
        int n = 6;
        double[][] c = new double[n][n];
        for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) c[a][b] = a == b ? 1 : (a < 3 && b < 3 ? 0.9 : -0.1);
        int[] fields = {0, 1, 2, 3, 4, 5};
        double d = CorrelationBlocks.contrast(c, fields, i -> i < 3);
        assertEquals(0.8, d, 1e-12);
        assertEquals(1.0 / 20, CorrelationBlocks.nullP(c, fields, 3, d), 1e-12, "only the planted block among C(6,3) = 20 reaches it");
        double dRandom = CorrelationBlocks.contrast(c, fields, i -> i == 0 || i == 3 || i == 4);
        assertTrue(CorrelationBlocks.nullP(c, fields, 3, dRandom) > 0.5, "a mixed block is typical");
    }
    @Test
    void stressDropPeak() {
        assertEquals(Status.PASS, PlasticityRules.sharpPeak(20, new double[] {12, 30}, 10).status());
        assertEquals(Status.FAIL, PlasticityRules.sharpPeak(2, new double[] {1.5, 2.5}, 10).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.sharpPeak(6, new double[] {3, 9}, 10).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.sharpPeak(6, NAN, 1).status());
        double[] s = StressDropClaims.sharpness(new double[] {0.01, 0.05, 0.07}, new double[] {0.001, 0.02, 0.003});
        assertEquals(10, s[0], 1e-12);
        assertEquals(0.05, s[1], 0);
        assertTrue(Double.isNaN(StressDropClaims.sharpness(new double[] {0.01}, new double[] {0.001})[0]));
    }

    @Test
    void moreOftenDepletedByAndWithinWindow() {
        assertEquals(Status.PASS, PlasticityRules.moreOften("r", "a", "b", 0.5, new double[] {0.3, 0.7}, 20, 20).status());
        assertEquals(Status.FAIL, PlasticityRules.moreOften("r", "a", "b", -0.3, new double[] {-0.5, -0.1}, 20, 20).status());
        Verdict open = PlasticityRules.moreOften("r", "a", "b", -0.1, new double[] {-0.3, 0.1}, 20, 20);
        assertEquals(Status.NOT_SHOWN, open.status());
        assertTrue(open.reason().contains("against the claim"), open.reason());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.moreOften("r", "a", "b", 0.5, NAN, 2, 2).status());
        assertEquals(Status.PASS, PlasticityRules.depletedBy("d", 100, new double[] {40, Double.POSITIVE_INFINITY}, 31.6, 10).status());
        assertEquals(Status.FAIL, PlasticityRules.depletedBy("d", 3, new double[] {2, 5}, 31.6, 10).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.depletedBy("d", 30, new double[] {10, 90}, 31.6, 10).status());
        assertEquals(Status.PASS, PlasticityRules.withinWindow("t", 10, new double[] {5, 20}, 3.16, 31.6, 10).status());
        assertEquals(Status.FAIL, PlasticityRules.withinWindow("t", 1, new double[] {0.8, 1.2}, 3.16, 31.6, 10).status());
        assertEquals(Status.FAIL, PlasticityRules.withinWindow("t", 300, new double[] {100, 900}, 3.16, 31.6, 10).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.withinWindow("t", 10, new double[] {2, 20}, 3.16, 31.6, 10).status());
    }

    /** Sec. III.B, Fig. 6(d): Gamma of the brittle glass orders of magnitude below the ductile one's. */
    @Test
    void ordersLower() {
        assertEquals(Status.PASS, PlasticityRules.ordersLower("g", 1e-4, new double[] {-2e-4, 5e-4}, 1e-3, 1e-2, 10).status());
        assertEquals(Status.FAIL, PlasticityRules.ordersLower("g", 0.2, new double[] {0.05, 0.4}, 1e-3, 1e-2, 10).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.ordersLower("g", 3e-3, new double[] {1e-4, 2e-2}, 1e-3, 1e-2, 10).status());
        assertEquals(Status.NOT_SHOWN, PlasticityRules.ordersLower("g", 1e-4, NAN, 1e-3, 1e-2, 2).status());
    }

    /** Gamma of a planted path: the energy drops per particle up to the strain, times the density; NaN short of it. */
    @Test
    void dissipationOfAPlantedPath() {
        GlassRecord r = new GlassRecord().put("curve.strain", new double[] {0, 0.02, 0.05}).put("event.strain", new double[] {0.01, 0.03, 0.045})
            .put("event.energy_drop", new double[] {1e-3, 2e-3, 4e-3});
        assertEquals(3e-3 * 1.2, PathClaims.dissipationAt(r, 0.04, 1.2), 1e-15);
        assertEquals(7e-3, PathClaims.dissipationAt(r, 0.05, 1.0), 1e-15);
        assertTrue(Double.isNaN(PathClaims.dissipationAt(r, 0.06, 1.0)), "the path stops at 0.05");
    }
}
