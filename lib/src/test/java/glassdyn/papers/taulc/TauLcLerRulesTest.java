package glassdyn.papers.taulc;

import glassdyn.claims.Status;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Fig. 10 / Fig. 12 decision rules, each with a planted pass and a planted fail (and its not-shown case). */
class TauLcLerRulesTest {
    private static double[] gaussian(int n, double mean, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble(), w = r.nextDouble();
            v[i] = mean + Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * w);
        }
        return v;
    }

    @Test
    void pValueAndQuantile() {
        double[] nul = {1, 2, 3, 4};
        assertEquals(1.0 / 5, TauLcLerRules.pAbove(5, nul), 1e-12);
        assertEquals(5.0 / 5, TauLcLerRules.pAbove(0, nul), 1e-12);
        assertEquals(2.5, TauLcLerRules.quantile(nul, 0.5), 1e-12);
        assertEquals(4, TauLcLerRules.quantile(new double[] {4, Double.NaN}, 0.95), 1e-12);
    }

    @Test
    void lerParticlesSlowerThanSameSizeRegions() {
        double[] nul = gaussian(200, 0, 1);
        assertEquals(Status.PASS, TauLcLerRules.lerSlowerThanNull(3.0, nul, 40, 10).status(), "planted: LERs 3 sd slower than the null");
        assertEquals(Status.FAIL, TauLcLerRules.lerSlowerThanNull(0.2, nul, 40, 10).status(), "planted: LERs like random regions");
        assertEquals(Status.NOT_SHOWN, TauLcLerRules.lerSlowerThanNull(3.0, nul, 4, 10).status(), "too few LER particles");
    }

    @Test
    void lerStressAccumulatesAndFastClusterStressDoesNot() {
        double[] q = {0.1, 0.1, 0.1};
        assertEquals(Status.PASS, TauLcLerRules.stressAccumulation(new double[] {0.5, 0.4, 0.0}, q, new double[] {0.0, -0.2}, new double[] {0.1, 0.1})
            .status(), "planted: two of three LERs accumulate, no fast cluster does");
        assertEquals(Status.FAIL, TauLcLerRules.stressAccumulation(new double[] {0.05, 0.4, 0.0}, q, new double[] {0.0}, new double[] {0.1})
            .status(), "planted: one of three LERs accumulates");
        assertEquals(Status.FAIL, TauLcLerRules.stressAccumulation(new double[] {0.5, 0.4, 0.3}, q, new double[] {0.3, 0.4}, new double[] {0.1, 0.1})
            .status(), "planted: fast clusters accumulate like LERs");
        assertEquals(Status.NOT_SHOWN, TauLcLerRules.stressAccumulation(new double[0], new double[0], new double[] {0.0}, new double[] {0.1})
            .status(), "no elastic-stage LER");
    }

    @Test
    void rcjCrossoverOfLersNotOfFastClusters() {
        assertEquals(Status.PASS, TauLcLerRules.jumpRatioCrossover(new double[] {0.03, 0.02}, new double[] {0.01, 0.01}, new double[] {0.0},
            new double[] {0.01}).status(), "planted: LERs cross over, the fast cluster is linear");
        assertEquals(Status.FAIL, TauLcLerRules.jumpRatioCrossover(new double[] {0.0, 0.02}, new double[] {0.01, 0.01}, new double[] {0.0},
            new double[] {0.01}).status(), "planted: half the LERs linear");
        assertEquals(Status.FAIL, TauLcLerRules.jumpRatioCrossover(new double[] {0.03}, new double[] {0.01}, new double[] {0.05},
            new double[] {0.01}).status(), "planted: the fast cluster crosses over too");
        assertEquals(Status.NOT_SHOWN, TauLcLerRules.jumpRatioCrossover(new double[] {0.03}, new double[] {0.01}, new double[0], new double[0])
            .status(), "no fast cluster");
    }
}
