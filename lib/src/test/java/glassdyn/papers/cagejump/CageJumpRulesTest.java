package glassdyn.papers.cagejump;

import glassdyn.claims.Status;
import glassdyn.claims.Verdict;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every decision rule of paper 000 on a planted pass, a planted fail and a planted not-shown. */
class CageJumpRulesTest {
    static final double[] NAN = {Double.NaN, Double.NaN};

    @Test
    void positive() {
        assertEquals(Status.PASS, CageJumpRules.positive("l", 0.5, new double[] {0.2, 0.8}, 3, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.positive("l", -0.1, new double[] {-0.3, 0.1}, 3, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.positive("l", 0.1, new double[] {-0.1, 0.3}, 3, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.positive("l", 0.5, new double[] {0.2, 0.8}, 2, "x").status());
    }

    @Test
    void closerAgreement() {
        assertEquals(Status.PASS, CageJumpRules.closerAgreement("nu_c", 0.02, true, 0.15, true, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.closerAgreement("nu_c", 0.2, true, 0.15, true, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.closerAgreement("nu_c", 0.15, true, 0.15, true, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.closerAgreement("nu_c", 0.02, false, 0.15, true, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.closerAgreement("nu_c", 0.02, true, Double.NaN, true, "x").status());
    }

    @Test
    void rateIndependent() {
        double l = Math.log(1.5);
        double[] up = {1.5, 2.0}, flat = {0.9, 1.1};
        assertEquals(Status.PASS, CageJumpRules.rateIndependent("g", 0.05, new double[] {-0.2, 0.3}, 10, up, up, 1, 1.5, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.rateIndependent("g", Math.log(2.5), new double[] {0.6, 1.2}, 10, up, up, 1, 1.5, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.rateIndependent("g", -Math.log(2.5), new double[] {-1.2, -0.6}, 10, up, up, 1, 1.5, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.rateIndependent("g", 0.1, new double[] {-0.1, l + 0.2}, 10, up, up, 1, 1.5, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.rateIndependent("g", 0.0, new double[] {-0.1, 0.1}, 2, up, up, 1, 1.5, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.rateIndependent("g", Double.NaN, new double[] {-0.1, 0.1}, 10, up, up, 1, 1.5, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.rateIndependent("g", 0.0, new double[] {-0.1, 0.1}, 10, flat, up, 1, 1.5, "x").status(),
            "flat g_cj = 1 is independent of the rate trivially");
    }

    @Test
    void allPositive() {
        assertEquals(Status.PASS, CageJumpRules.allPositive("d", new double[] {1, 2}, new double[] {0.5, 1}).status());
        assertEquals(Status.FAIL, CageJumpRules.allPositive("d", new double[] {1, -2}, new double[] {0.5, -3}).status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.allPositive("d", new double[] {1, 2}, new double[] {0.5, -1}).status());
    }

    @Test
    void near() {
        assertEquals(Status.PASS, CageJumpRules.near("P_c", 0.7, NAN, 0.78, 0.2).status());
        assertEquals(Status.FAIL, CageJumpRules.near("P_c", 0.2, NAN, 0.78, 0.2).status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.near("P_c", Double.NaN, NAN, 0.78, 0.2).status());
    }

    /** xi_c / xi_LER = 0.8 "for all conditions": every phi near 0.8, one off, one with too few regions, one too wide. */
    @Test
    void nearAtEvery() {
        String[] c = {"phi = 0.45", "phi = 0.425"};
        double[][] tight = {{0.75, 0.85}, {0.7, 0.9}};
        assertEquals(Status.PASS, CageJumpRules.nearAtEvery("r", c, new double[] {0.8, 0.82}, tight, new int[] {10, 8}, 0.8, 0.3, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.nearAtEvery("r", c, new double[] {0.8, 1.3}, new double[][] {{0.75, 0.85}, {1.2, 1.4}},
            new int[] {10, 8}, 0.8, 0.3, "x").status(), "42.5% off 0.8");
        assertEquals(Status.FAIL, CageJumpRules.nearAtEvery("r", c, new double[] {0.3, 0.8}, new double[][] {{0.2, 0.4}, {0.7, 0.9}},
            new int[] {10, 2}, 0.8, 0.3, "x").status(), "a fail at one phi is not hidden by too few units at the other");
        assertEquals(Status.NOT_SHOWN, CageJumpRules.nearAtEvery("r", c, new double[] {0.8, 0.8}, tight, new int[] {10, 2}, 0.8, 0.3, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.nearAtEvery("r", c, new double[] {0.8, Double.NaN}, tight, new int[] {10, 8}, 0.8, 0.3, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.nearAtEvery("r", c, new double[] {0.8, 1.0}, new double[][] {{0.75, 0.85}, {0.8, 1.2}},
            new int[] {10, 8}, 0.8, 0.3, "x").status(), "interval beyond 1.1");
        assertEquals(Status.NOT_SHOWN, CageJumpRules.nearAtEvery("r", new String[0], new double[0], new double[0][], new int[0], 0.8, 0.3, "x").status());
    }

    /** Planted regions of radius 2 d_b at two rates against xi_LER = 2.5 d_b: ratio 0.8, a point interval, the fewest regions. */
    @Test
    void xiRatioOfPlantedRegions() {
        double v = 4 * Math.PI / 3 * 8;
        double[][] vols = {{v, v, v, v}, {v, v, v}};
        CageJumpClaims.XiRatio r = CageJumpClaims.XiRatio.of(vols, new double[] {2.5, 2.5});
        assertEquals(0.8, r.ratio(), 1e-12);
        assertEquals(0.8, r.interval()[0], 1e-12);
        assertEquals(0.8, r.interval()[1], 1e-12);
        assertEquals(3, r.units());
        // radii 1 and 3 at one rate: the interval spans the resampled means, the point is the mean volume's radius
        double[][] mixed = {{4 * Math.PI / 3, 4 * Math.PI / 3 * 27, 4 * Math.PI / 3, 4 * Math.PI / 3 * 27}};
        CageJumpClaims.XiRatio m = CageJumpClaims.XiRatio.of(mixed, new double[] {2.5});
        assertEquals(Math.cbrt(14) / 2.5, m.ratio(), 1e-12);
        assertEquals(true, m.interval()[0] < m.ratio() && m.ratio() < m.interval()[1]);
        assertEquals(2, CageJumpClaims.XiRatio.of(new double[][] {{v, v}}, new double[] {2.5}).units());
    }

    @Test
    void typicalAgainstNull() {
        assertEquals(Status.PASS, CageJumpRules.typicalAgainstNull("f", 0.8, new double[] {0.7, 0.9}, 20, 0.05, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.typicalAgainstNull("f", 0.1, new double[] {0, 0.2}, 20, 0.05, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.typicalAgainstNull("f", 0.7, new double[] {0.6, 0.8}, 20, 0.75, "x").status(), "not above the null");
        assertEquals(Status.NOT_SHOWN, CageJumpRules.typicalAgainstNull("f", 0.6, new double[] {0.4, 0.8}, 20, 0.05, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.typicalAgainstNull("f", 1, new double[] {1, 1}, 2, 0, "x").status());
    }

    @Test
    void withinFactor() {
        assertEquals(Status.PASS, CageJumpRules.withinFactor("r", new double[] {1, 1.2}, new double[] {0.8, 0.9}, new double[] {1.3, 1.5}, 2).status());
        assertEquals(Status.FAIL, CageJumpRules.withinFactor("r", new double[] {1, 0.3}, new double[] {0.8, 0.2}, new double[] {1.3, 0.4}, 2).status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.withinFactor("r", new double[] {1, 1.8}, new double[] {0.8, 1.2}, new double[] {1.3, 2.5}, 2).status());
    }

    @Test
    void exponentsAgree() {
        assertEquals(Status.PASS, CageJumpRules.exponentsAgree("nu", 0.16, 0.02, 0.15, 0.05).status());
        assertEquals(Status.FAIL, CageJumpRules.exponentsAgree("nu", -0.01, 0.02, 0.155, 0.05).status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.exponentsAgree("nu", Double.NaN, 0.02, 0.155, 0.05).status());
    }

    @Test
    void agreementAgainstNull() {
        double[] c = {0.9, 1.1};
        assertEquals(Status.PASS, CageJumpRules.agreementAgainstNull("r", 1, c, 10, 3, new double[] {2.5, 3.5}, 10, "x").status());
        assertEquals(Status.PASS, CageJumpRules.agreementAgainstNull("r", 1, c, 10, Double.NaN, NAN, 0, "x").status(), "null never has the life cycle");
        assertEquals(Status.FAIL, CageJumpRules.agreementAgainstNull("r", 3, new double[] {2.5, 3.5}, 10, 1, c, 10, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.agreementAgainstNull("r", 1, c, 10, 1.05, new double[] {0.95, 1.15}, 10, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.agreementAgainstNull("r", 1, c, 2, 3, NAN, 0, "x").status());
    }

    @Test
    void aboveHalf() {
        assertEquals(Status.PASS, CageJumpRules.aboveHalf("p", 0.6, new double[] {0.55, 0.65}, 10, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.aboveHalf("p", 0.45, new double[] {0.4, 0.5}, 10, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.aboveHalf("p", 0.52, new double[] {0.48, 0.56}, 10, "x").status());
    }

    @Test
    void differsFromNull() {
        assertEquals(Status.PASS, CageJumpRules.differsFromNull("s", 0.5, new double[] {0.2, 0.8}, 10, 30, 1, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.differsFromNull("s", -0.5, new double[] {-0.8, -0.2}, 10, 30, 1, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.differsFromNull("s", 0.1, new double[] {-0.2, 0.4}, 10, 30, 1, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.differsFromNull("s", 0.5, new double[] {0.2, 0.8}, 2, 30, 1, "x").status());
    }

    @Test
    void alphaRange() {
        double[] bins = {6, 5, 4};
        assertEquals(Status.PASS, CageJumpRules.alphaRange(bins, new double[] {2, 2.5, 3}, true, 0.8, 0.8).status());
        assertEquals(Status.FAIL, CageJumpRules.alphaRange(bins, new double[] {2, Double.NaN, 3}, true, 0.8, 0.8).status(), "no break is a result");
        assertEquals(Status.FAIL, CageJumpRules.alphaRange(bins, new double[] {3, 2.5, 2}, false, 0.8, 0.8).status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.alphaRange(new double[] {6, 2, 4}, new double[] {2, Double.NaN, 3}, true, 0.8, 0.8).status());
    }

    @Test
    void significant() {
        assertEquals(Status.PASS, CageJumpRules.significant("phm", 0.01, 10, 3, 0.05, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.significant("phm", 0.3, 10, 3, 0.05, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.significant("phm", 0.01, 2, 3, 0.05, "x").status());
    }

    @Test
    void figureNamesAreTyped() {
        assertEquals(CageJumpFigure.CLUSTER_LIFE, CageJumpFigure.of("fig2abcd_cluster_life"));
        assertEquals(CageJumpFigure.CLUSTER_JUMPS, CageJumpFigure.of("CLUSTER_JUMPS"));
        assertThrows(IllegalArgumentException.class, () -> CageJumpFigure.of("cluster_series"));
    }

    @Test
    void worstOfSeveralNulls() {
        assertEquals(Status.PASS, CageJumpRules.worst(Verdict.pass(), Verdict.pass()).status());
        Verdict ns = CageJumpRules.worst(Verdict.pass(), Verdict.notShown("a", "more"), Verdict.notShown("b", "x"));
        assertEquals(Status.NOT_SHOWN, ns.status());
        assertEquals("a; b", ns.reason());
        assertEquals("more", ns.needs());
        Verdict f = CageJumpRules.worst(Verdict.notShown("a", "more"), Verdict.fail("c"), Verdict.pass());
        assertEquals(Status.FAIL, f.status());
        assertEquals("c", f.reason());
    }
}
