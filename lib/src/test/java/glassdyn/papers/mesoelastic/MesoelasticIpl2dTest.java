package glassdyn.papers.mesoelastic;

import glassdyn.claims.Status;
import glassdyn.dynamics.RandomStream;
import org.junit.jupiter.api.Test;

import java.util.List;

import static glassdyn.papers.mesoelastic.MesoelasticRulesTest.is;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The 2D IPL checks of paper 004 Figs. 1-2: the decision rules on planted numbers, and the torus-shift co-location
 * statistics on planted point patterns (soft bonds on the cores and on a high-propensity patch: pass; far from them:
 * the statistic lies on the wrong side of its null).
 */
class MesoelasticIpl2dTest {
    @Test void colocatedRule() {
        is(Status.PASS, MesoelasticIpl2dRules.colocated(1.0, 3.0, 0.001, true, "n"));
        is(Status.PASS, MesoelasticIpl2dRules.colocated(1.6, 1.0, 0.01, false, "n"));
        is(Status.FAIL, MesoelasticIpl2dRules.colocated(5.0, 3.0, 0.99, true, "n"));
        var v = MesoelasticIpl2dRules.colocated(2.8, 3.0, 0.2, true, "more samples");
        is(Status.NOT_SHOWN, v);
        assertTrue(v.reason().contains("for the claim"), v.reason());
        assertTrue(MesoelasticIpl2dRules.colocated(3.1, 3.0, 0.6, true, "n").reason().contains("against the claim"));
        is(Status.NOT_SHOWN, MesoelasticIpl2dRules.colocated(Double.NaN, 3.0, Double.NaN, true, "n"));
    }

    @Test void similarityRule() {
        double[] nul = {0.01, 0.02, 0.05, 0.1, 0.2, 0.03};
        is(Status.PASS, MesoelasticIpl2dRules.similarToDipole(0.8, nul, "n"));
        is(Status.FAIL, MesoelasticIpl2dRules.similarToDipole(0.02, nul, "n"));
        is(Status.NOT_SHOWN, MesoelasticIpl2dRules.similarToDipole(0.15, nul, "n"));
        is(Status.NOT_SHOWN, MesoelasticIpl2dRules.similarToDipole(0.8, new double[] {0.1}, "n"));
    }

    @Test void softestSelectsTheLowestFivePercent() {
        double[] k = new double[100];
        for (int a = 0; a < 100; a++) k[a] = 100 - a;
        int[] s = MesoelasticColocation.softest(k);
        assertEquals(5, s.length);
        for (int i : s) assertTrue(k[i] <= 5);
    }

    @Test void torusDistanceUsesTheMinimumImage() {
        assertEquals(0.25, MesoelasticColocation.distance2(9.5, 0.0, 10), 1e-12);
        assertEquals(2.0, MesoelasticColocation.distance2(1, 11, 10), 1e-12);
        assertEquals(0.25, MesoelasticColocation.distance2(-9.5, 0, 10), 1e-12);
    }

    /** Cores planted on the soft bonds: distance far below the shifted null; cores planted opposite: p near 1. */
    @Test void plantedCoresOnSoftBonds() {
        double side = 20;
        RandomStream rnd = new RandomStream(3);
        int m = 400;
        double[] ax = new double[m], ay = new double[m];
        for (int a = 0; a < m; a++) { ax[a] = rnd.nextDouble() * side; ay[a] = rnd.nextDouble() * side; }
        // soft bonds clustered round 3 centres; cores at those centres (pass) or half a box away (fail)
        double[][] centres = {{3, 3}, {12, 6}, {7, 15}};
        double[] sx = new double[30], sy = new double[30];
        for (int a = 0; a < 30; a++) { sx[a] = centres[a % 3][0] + rnd.nextDouble() - 0.5; sy[a] = centres[a % 3][1] + rnd.nextDouble() - 0.5; }
        var soft = new MesoelasticColocation.Points(sx, sy);
        var all = new MesoelasticColocation.Points(ax, ay);
        var on = new MesoelasticColocation.Points(new double[] {3, 12, 7}, new double[] {3, 6, 15});
        var t = MesoelasticColocation.qlmDistance(side, List.of(soft), List.of(all), List.of(on), 5);
        assertTrue(t.p() < 0.01, "p " + t.p());
        assertTrue(t.observed() < t.nullLo());
        // one soft cluster at (5, 5) and one core at the farthest point of the torus: no shift puts them farther apart
        double[] fx = new double[10], fy = new double[10];
        for (int a = 0; a < 10; a++) { fx[a] = 5 + 0.3 * rnd.nextDouble(); fy[a] = 5 + 0.3 * rnd.nextDouble(); }
        var far = new MesoelasticColocation.Points(new double[] {15.15}, new double[] {15.15});
        var f = MesoelasticColocation.qlmDistance(side, List.of(new MesoelasticColocation.Points(fx, fy)), List.of(all), List.of(far), 5);
        assertTrue(f.p() > 0.95, "p " + f.p());
        is(Status.FAIL, MesoelasticIpl2dRules.colocated(f.observed(), f.nullMean(), f.p(), true, "n"));
    }

    /** A propensity field high near the soft bonds (pass), and one low there (the opposite tail). */
    @Test void plantedPropensityPatch() {
        double side = 20;
        RandomStream rnd = new RandomStream(4);
        int n = 400;
        double[] px = new double[n], py = new double[n], high = new double[n], low = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = rnd.nextDouble() * side; py[i] = rnd.nextDouble() * side;
            double d2 = MesoelasticColocation.distance2(px[i] - 5, py[i] - 5, side);
            high[i] = 1 + 3 * Math.exp(-d2 / 4) + 0.2 * rnd.nextDouble();
            low[i] = 4 - 3 * Math.exp(-d2 / 4) + 0.2 * rnd.nextDouble();
        }
        double[] sx = new double[20], sy = new double[20];
        for (int a = 0; a < 20; a++) { sx[a] = 5 + rnd.nextDouble() - 0.5; sy[a] = 5 + rnd.nextDouble() - 0.5; }
        var soft = new MesoelasticColocation.Points(sx, sy);
        var pts = new MesoelasticColocation.Points(px, py);
        var t = MesoelasticColocation.propensity(side, List.of(soft), List.of(pts), List.of(pts), List.of(high), 6);
        assertTrue(t.observed() > 1.5 && t.p() < 0.01, t.toString());
        is(Status.PASS, MesoelasticIpl2dRules.colocated(t.observed(), t.nullMean(), t.p(), false, "n"));
        var f = MesoelasticColocation.propensity(side, List.of(soft), List.of(pts), List.of(pts), List.of(low), 6);
        assertTrue(f.p() > 0.95, f.toString());
    }

    @Test void coreIsTheParticleWithTheLargestDisplacement() {
        double[] one = new double[20];
        one[6] = 1;                                                    // particle 3, 2D
        one[9] = 0.5;
        assertEquals(3, MesoelasticIpl2dStage.core(one, 2));
    }
}
