package glassdyn.papers.cagejump;

import glassdyn.Scale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stage keys of the shear chains: what is computed per (phi, rate) is part of the key, so no stale stage is reused. */
class ShearChainsTest {
    private static CageJumpLer.Preset withClusterRates425(CageJumpLer.Preset p, double[] r425) {
        return new CageJumpLer.Preset(p.n(), p.rates(), p.clusterRates(), r425, p.dt(), p.firstEquilibration(), p.clusterProduction(),
            p.flowProduction(), p.range(), p.equilibrationStrain());
    }

    @Test
    void clusterRatesAtPhi425ChangeOnlyThe425Keys() {
        CageJumpLer.Preset quick = CageJumpLer.preset(Scale.QUICK);
        ShearChains both = new ShearChains(quick, 1, null, 1), only45 = new ShearChains(withClusterRates425(quick, new double[0]), 1, null, 1);
        double lo = CageJumpLer.PHIS[1], hi = CageJumpLer.PHIS[0];
        assertTrue(both.clusterRate(lo, 3) && !only45.clusterRate(lo, 3));
        for (double r : quick.rates()) {
            // phi = 45%: unchanged key (its stored stages stay valid); 42.5%: the cluster rates change every state of the chain
            assertEquals(only45.params(hi, r), both.params(hi, r));
            assertEquals(only45.analysisParams(hi, r), both.analysisParams(hi, r));
            assertNotEquals(only45.params(lo, r), both.params(lo, r));
            assertNotEquals(only45.analysisParams(lo, r), both.analysisParams(lo, r));
        }
        assertTrue(both.analysisParams(lo, 3).contains("phm=no") && !both.analysisParams(hi, 3).contains("phm=no"));
        assertTrue(both.analysisParams(lo, 3).contains("analysis=" + RateAnalysis.VERSION));
        // the keys of the two 42.5% presets with different cluster rates also differ
        ShearChains one = new ShearChains(withClusterRates425(quick, new double[] {3}), 1, null, 1);
        assertNotEquals(one.params(lo, 10), both.params(lo, 10));
        assertFalse(ShearChains.modes(lo));
    }

    @Test
    void everyScaleAnalysesClustersAtBothPhi() {
        for (Scale s : Scale.values()) {
            CageJumpLer.Preset p = CageJumpLer.preset(s);
            assertTrue(p.clusterRates(CageJumpLer.PHIS[1]).length > 0, s + " has no 42.5% cluster rate");
            for (double r : p.clusterRates(CageJumpLer.PHIS[1])) assertTrue(java.util.Arrays.stream(p.rates()).anyMatch(x -> x == r), s + ": " + r);
        }
    }
}
