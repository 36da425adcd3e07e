package glassdyn.papers.mesoelastic;

import glassdyn.claims.Status;
import glassdyn.stats.Bootstrap;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static glassdyn.papers.mesoelastic.MesoelasticCoverage.*;
import static org.junit.jupiter.api.Assertions.*;

/** The computes behind the coverage claims of paper 004 on planted inputs, and their decision rules. */
class MesoelasticCoverageTest {
    static double[] logTimes(double from, double to, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = from * Math.pow(to / from, (double) i / (n - 1));
        return t;
    }

    @Test void twoStepFoundInAPlantedPlateauAndNotInAnExponential() {
        double[] t = logTimes(0.01, 1e4, 400), two = new double[t.length], one = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            two[i] = 0.3 * Math.exp(-Math.pow(t[i] / 0.3, 2)) + 0.7 * Math.exp(-Math.pow(t[i] / 50, 0.8));
            one[i] = Math.exp(-t[i] / 5);
        }
        double[] s2 = twoStepShape(t, two, 0.02), s1 = twoStepShape(t, one, 0.02);
        assertTrue(s2[1] / Math.min(s2[0], s2[2]) < 0.2, java.util.Arrays.toString(s2));
        assertEquals(Status.PASS, MesoelasticRules.twoStep(true, s2[0], s2[1], s2[2]).status());
        assertTrue(Double.isNaN(s1[1]), java.util.Arrays.toString(s1));
        assertEquals(Status.FAIL, MesoelasticRules.twoStep(true, s1[0], s1[1], s1[2]).status());
        assertEquals(0.368, s1[2], 0.02);   // max of (t/tau) exp(-t/tau) is 1/e
    }

    @Test void totalVariationOfIdenticalAndShiftedHistograms() {
        int bins = 100;
        double[] p = new double[bins], q = new double[bins], far = new double[bins];
        for (int i = 0; i < bins; i++) {
            double x = (i + 0.5) / 50;
            p[i] = x * x * Math.exp(-x * x / 0.1);
            q[i] = p[i];
            far[i] = x * x * Math.exp(-x * x / 0.3);
        }
        assertEquals(0, totalVariation(p, q), 1e-12);
        assertEquals(1, totalVariation(new double[] {1, 0}, new double[] {0, 3}), 1e-12);
        double[] same = Bootstrap.percentiles90(maxTotalVariationReplicas(new double[][] {p, q}, new int[] {4000, 4000}, 500, 1));
        double[] diff = Bootstrap.percentiles90(maxTotalVariationReplicas(new double[][] {p, q, far}, new int[] {4000, 4000, 4000}, 500, 2));
        assertEquals(Status.PASS, MesoelasticRules.almostIdentical(totalVariation(p, q), same, 0.1).status());
        assertEquals(Status.FAIL, MesoelasticRules.almostIdentical(maxTotalVariation(new double[][] {p, q, far}), diff, 0.1).status());
        // small samples: identical distributions drawn 300 times each sit about 0.1-0.2 apart by sampling alone; the null removes it
        int[] few = {300, 300};
        double[] raw = maxTotalVariationReplicas(new double[][] {p, q}, few, 500, 3);
        double bias = nullMaxTotalVariation(new double[][] {p, q}, few, 500, 4);
        assertTrue(bias > 0.1, "sampling bias " + bias);
        for (int b = 0; b < raw.length; b++) raw[b] -= bias;
        double[] ci = Bootstrap.percentiles90(raw);
        assertTrue(ci[0] < 0.02 && ci[1] < 0.1, java.util.Arrays.toString(ci));
        assertArrayEquals(new double[] {3, 7, 5}, rebin(new double[] {1, 2, 3, 4, 5}, 2), 1e-12);
    }

    @Test void halfDriftSeesAPlantedTrend() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] flat = new double[60], trend = new double[60];
        for (int i = 0; i < 60; i++) { flat[i] = rng.nextGaussian(); trend[i] = flat[i] - 0.1 * i; }
        assertTrue(Math.abs(halfDrift(flat, 3)[2]) < 3, "stationary");
        assertTrue(halfDrift(trend, 3)[2] < -5, "drift down");
        assertEquals(-3.0, halfDrift(trend, 3)[0], 0.8);
        assertTrue(Double.isNaN(halfDrift(flat, 30)[1]), "one block per half: no error");
    }

    @Test void temperatureOfAGivenTauOnAnArrheniusLaw() {
        double[] temps = {1.0, 0.8, 0.7, 0.6}, tau = new double[4];
        for (int i = 0; i < 4; i++) tau[i] = 0.5 * Math.exp(3 / temps[i]);
        double target = 0.5 * Math.exp(3 / 0.75);
        double[] tm = temperatureAt(temps, tau, target);
        assertEquals(0.75, tm[0], 1e-12);
        assertEquals(0.75, tm[1], 1e-9);
        assertTrue(Double.isNaN(temperatureAt(temps, tau, 1e9)[0]), "no extrapolation");
    }

    @Test void suppressedStiffeningRule() {
        assertEquals(Status.PASS, MesoelasticRules.suppressedStiffening("SS", 0.3, 0.03, new double[] {0.2, 0.35}).status());
        assertEquals(Status.FAIL, MesoelasticRules.suppressedStiffening("SS", 0.3, 0.5, new double[] {-0.3, -0.1}).status());
        assertEquals(Status.FAIL, MesoelasticRules.suppressedStiffening("SS", 0.3, 0.2, new double[] {0.02, 0.2}).status());
        assertEquals(Status.NOT_SHOWN, MesoelasticRules.suppressedStiffening("SS", 0.3, 0.1, new double[] {-0.1, 0.4}).status());
        assertEquals(Status.NOT_SHOWN, MesoelasticRules.suppressedStiffening("SS", 0.3, 0.1, new double[] {Double.NaN, Double.NaN}).status());
    }

    @Test void twoStepAndIdenticalRulesEdges() {
        assertEquals(Status.NOT_SHOWN, MesoelasticRules.twoStep(false, 1, 0.1, 1).status());
        assertEquals(Status.FAIL, MesoelasticRules.twoStep(true, 1, 0.9, 1).status());
        assertEquals(Status.NOT_SHOWN, MesoelasticRules.twoStep(true, 1, 0.6, 1).status());
        assertEquals(Status.NOT_SHOWN, MesoelasticRules.almostIdentical(0.08, new double[] {0.05, 0.12}, 0.1).status());
    }
}
