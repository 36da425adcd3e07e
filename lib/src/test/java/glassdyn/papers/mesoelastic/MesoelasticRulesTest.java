package glassdyn.papers.mesoelastic;

import glassdyn.claims.Status;
import glassdyn.claims.Verdict;
import org.junit.jupiter.api.Test;

import static glassdyn.papers.mesoelastic.MesoelasticRules.*;
import static org.junit.jupiter.api.Assertions.*;

/** Every decision rule of paper 004's checks on a planted pass and a planted fail (or not-shown). */
class MesoelasticRulesTest {
    static void is(Status s, Verdict v) { assertEquals(s, v.status(), String.valueOf(v.reason())); }

    @Test void kappaVsG() {
        is(Status.PASS, kappaGrowsMoreThanG(0.17, 0.05, new double[] {0.05, 0.2}, "n"));
        is(Status.FAIL, kappaGrowsMoreThanG(0.01, 0.1, new double[] {-0.15, -0.03}, "n"));
        is(Status.FAIL, kappaGrowsMoreThanG(-0.01, -0.1, new double[] {0.03, 0.15}, "n"));   // both fell: kappa did not grow
        Verdict v = kappaGrowsMoreThanG(-0.038, -0.012, new double[] {-0.08, 0.03}, "more IS");
        is(Status.NOT_SHOWN, v);
        assertTrue(v.reason().contains("against the claim"), v.reason());              // the point estimate's sign is reported
        is(Status.NOT_SHOWN, kappaGrowsMoreThanG(0.1, 0.0, new double[] {Double.NaN, Double.NaN}, "n"));
    }

    @Test void eq3() {
        is(Status.PASS, eq3Holds(4, true, 0.14, 0.36, 0.01, 0.05, 0.1, 0.4));
        is(Status.FAIL, eq3Holds(4, true, 1.2e-3, 0.49, 0.01, 0.05, 0.1, 0.4));   // Arrhenius-like t~
        is(Status.FAIL, eq3Holds(4, true, 0.14, 0.36, 0.05, 0.01, 0.1, 0.4));     // the competitor fits better
        is(Status.FAIL, eq3Holds(4, true, 0.14, Double.NaN, 0.05, 0.01, 0.1, 0.4)); // negative slope
        is(Status.NOT_SHOWN, eq3Holds(2, true, 0.14, 0.36, 0, 0.05, 0.1, 0.4));
        is(Status.NOT_SHOWN, eq3Holds(4, false, 0.14, 0.36, 0.01, 0.05, 0.1, 0.4));
    }

    @Test void eq3BySsDensity() {
        // Fig. 6 a1-a3: broken at rho 0.6 and 0.7 (absurd t~ or no positive slope), valid at 0.95
        DensityFit lo = new DensityFit("0.6", 3, 0.5, 1e-9), mid = new DensityFit("0.7", 4, 0.3, 1e-5), hi = new DensityFit("0.95", 3, 0.02, 0.2);
        is(Status.PASS, eq3BreaksAtLowDensity(lo, mid, hi));
        is(Status.PASS, eq3BreaksAtLowDensity(new DensityFit("0.6", 3, -0.1, 1), new DensityFit("0.7", 3, -0.2, 3), hi));
        is(Status.FAIL, eq3BreaksAtLowDensity(new DensityFit("0.6", 3, 0.5, 0.05), mid, hi));     // rho 0.6 looks like a valid Eq. 3
        Verdict midValid = eq3BreaksAtLowDensity(lo, new DensityFit("0.7", 3, 0.3, 0.08), hi);  // rho 0.7 valid: the intermediate density contradicts
        is(Status.FAIL, midValid);
        assertTrue(midValid.reason().contains("rho 0.7"), midValid.reason());
        is(Status.FAIL, eq3BreaksAtLowDensity(lo, mid, new DensityFit("0.95", 3, 0.02, 1e-6)));  // rho 0.95 absurd too
        is(Status.FAIL, eq3BreaksAtLowDensity(new DensityFit("0.6", 2, 0.5, 1e-9), mid, new DensityFit("0.95", 3, 0.02, 1e-6))); // a judged contradiction fails
        is(Status.NOT_SHOWN, eq3BreaksAtLowDensity(new DensityFit("0.6", 2, 0.5, 1e-9), mid, hi));
        Verdict midShort = eq3BreaksAtLowDensity(lo, new DensityFit("0.7", 2, 0.3, 1e-5), hi);    // rho 0.7 with 2 activated points
        is(Status.NOT_SHOWN, midShort);
        assertTrue(midShort.reason().contains("rho 0.7 2"), midShort.reason());
        is(Status.NOT_SHOWN, eq3BreaksAtLowDensity(lo, null, hi));                               // a preset without rho 0.7
        // SW (Fig. 4 d4): broken by an absurd t~ or a non-positive slope; an IPL-like fit fails the claim
        is(Status.PASS, eq3Breaks("SW", 4, 0.3, 1e-7));
        is(Status.PASS, eq3Breaks("SW", 3, -0.2, 5));
        is(Status.FAIL, eq3Breaks("SW", 4, 0.3, 0.08));
        is(Status.NOT_SHOWN, eq3Breaks("SW", 2, 0.3, 1e-7));
    }

    @Test void ballisticAndStokesEinstein() {
        is(Status.PASS, ballisticEnd(0.06, 0.09));
        is(Status.FAIL, ballisticEnd(0.02, 0.09));
        is(Status.NOT_SHOWN, ballisticEnd(Double.NaN, Double.NaN));
        is(Status.PASS, stokesEinstein(5, 0.8, 0.05, 0.1));
        is(Status.FAIL, stokesEinstein(5, 0.97, 0.05, 0.1));
        is(Status.NOT_SHOWN, stokesEinstein(5, 0.86, 0.22, 0.1));
        is(Status.NOT_SHOWN, stokesEinstein(2, 0.86, Double.NaN, 0.1));
    }

    @Test void transitionRates() {
        is(Status.PASS, rateRatio(124, 0.88, null, null));
        is(Status.FAIL, rateRatio(5, 0.88, null, null));
        is(Status.NOT_SHOWN, rateRatio(12, 1, new double[] {5, 20}, new double[] {0.5, 1.5}));
        // SW against IPL (Fig. 5 b): planted pass, fail, not shown
        is(Status.PASS, rateRatio("SW", 50, 0.5, new double[] {30, 80}, new double[] {0.2, 1.0}));
        is(Status.FAIL, rateRatio("SW", 3, 0.5, new double[] {2, 4}, new double[] {0.2, 1.0}));
        is(Status.NOT_SHOWN, rateRatio("SW", 12, 1, new double[] {5, 20}, new double[] {0.5, 1.5}));
        // IPL without a transition: interval [0, 0], its one-transition bound 2 decides (24 < 10 x 2 is not a pass)
        is(Status.NOT_SHOWN, rateRatio("SW", 24, 2, new double[] {19, 30}, new double[] {0, 0}));
        is(Status.PASS, rateRatio("SW", 40, 2, new double[] {21, 60}, new double[] {0, 0}));
        is(Status.PASS, twoDecades(150, true, false));
        is(Status.FAIL, twoDecades(20, false, false));
        is(Status.NOT_SHOWN, twoDecades(39, true, false));
        is(Status.NOT_SHOWN, twoDecades(39, true, true));
    }

    @Test void comparisonsOverIntervals() {
        is(Status.PASS, larger(0.215, new double[] {0.18, 0.25}, 0.011, new double[] {-0.02, 0.04}, "C_s"));
        is(Status.FAIL, larger(0.011, new double[] {-0.02, 0.04}, 0.215, new double[] {0.18, 0.25}, "C_s"));
        is(Status.NOT_SHOWN, larger(0.1, new double[] {0.0, 0.2}, 0.05, new double[] {-0.05, 0.15}, "C_s"));
        is(Status.PASS, separationShrinks(0.3, new double[] {0.2, 0.4}, 0.25, new double[] {0.1, 0.4}));
        is(Status.FAIL, separationShrinks(-0.3, new double[] {-0.4, -0.2}, -0.25, new double[] {-0.4, -0.1}));
        is(Status.NOT_SHOWN, separationShrinks(0.3, new double[] {-0.1, 0.4}, 0.25, new double[] {0.1, 0.4}));
        is(Status.PASS, attractiveMany(0.4, new double[] {0.35, 0.45}, 0.25));
        is(Status.FAIL, attractiveMany(0.1, new double[] {0.05, 0.15}, 0.25));
        is(Status.NOT_SHOWN, attractiveMany(0.26, new double[] {0.2, 0.3}, 0.25));
        is(Status.NOT_SHOWN, attractiveMany(0.26, new double[] {Double.NaN, Double.NaN}, 0.25));
    }

    @Test void immobileStiffness() {
        is(Status.PASS, immobileStiff(0.7, new double[] {0.6, 0.8}));
        is(Status.FAIL, immobileStiff(0.3, new double[] {0.2, 0.4}));
        is(Status.NOT_SHOWN, immobileStiff(0.55, new double[] {0.4, 0.7}));
        is(Status.NOT_SHOWN, immobileStiff(0.55, new double[] {Double.NaN, Double.NaN}));
    }

    @Test void firstPeakOfStructureFactor() {
        is(Status.PASS, firstPeak(6.45, 6.35));
        is(Status.FAIL, firstPeak(7.1, 6.35));
        is(Status.NOT_SHOWN, firstPeak(Double.NaN, 6.35));
    }

    @Test void unknownFigureNameThrows() {
        assertEquals(MesoelasticFigure.FIG4_EQ3, MesoelasticFigure.of("fig4_4_eq3"));
        assertEquals(MesoelasticFigure.FIG4_EQ3, MesoelasticFigure.of("FIG4_EQ3"));
        assertThrows(IllegalArgumentException.class, () -> MesoelasticFigure.of("fig2efgh_cluster_jumps"));
    }

    @Test void arrheniusCompetitorAndResiduals() {
        // planted Eq. 3 with (0.1, 0.4) and a kappa that grows on cooling: the Eq. 3 line fits exactly, Arrhenius does not
        double a0 = Math.pow(0.82, -1.0 / 3);
        double[] t = {0.8, 0.75, 0.7, 0.65}, kappa = {24, 24.6, 25.5, 29.2}, x = new double[4], y = new double[4];
        for (int i = 0; i < 4; i++) { x[i] = kappa[i] / t[i]; y[i] = 0.1 * Math.exp(0.16 * a0 * a0 * x[i]); }
        int[] use = MesoelasticClaims.activated(y);
        MesoelasticFit f = MesoelasticFit.of(x, y, a0);
        double rssEq3 = MesoelasticClaims.rss(use, x, y, f.slope(), f.intercept());
        double[] arr = MesoelasticClaims.arrhenius(use, t, x, y, a0);
        assertEquals(0, rssEq3, 1e-20);
        assertTrue(arr[2] > 1e-4, "Arrhenius residuals " + arr[2]);
        is(Status.PASS, eq3Holds(use.length, true, f.tTilde(), f.lTilde(), rssEq3, arr[2], 0.1, 0.4));
    }
}
