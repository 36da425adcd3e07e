package glassdyn.papers.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import glassdyn.Scale;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import org.junit.jupiter.api.Test;

/**
 * The plan's cost of a scored glass counts what its index carries (strain path, Delta tau_y, SPS), and the long preset's
 * LJ budget replaces the POLY counts for LJ protocols only. Reference: the measured unit CPU of the session-8/9 long
 * plan (lj-htl-test-2, path + Delta tau_y: 836 CPU-s; POLY T_ini = inf Delta tau_y glasses 54-74 CPU-s).
 */
class PlasticityUnitCostTest {
    private static Protocol byName(Preset p, String name) {
        return p.protocols().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void longPresetGivesLjItsOwnFieldBudget() {
        Preset p = PlasticityIndicators.preset(Scale.LONG);
        Protocol lj = byName(p, "lj-htl"), poly = byName(p, "poly-inf");
        assertEquals(3, p.yieldSamples(lj));
        assertEquals(0, p.pathSamples(lj));
        assertEquals(0, p.spsSamples(lj));
        assertEquals(5, p.yieldSamples(poly));
        assertEquals(10, p.pathSamples(poly));
        assertEquals(1, p.spsSamples(poly));
        Preset quick = PlasticityIndicators.preset(Scale.QUICK);
        for (Protocol q : quick.protocols()) assertEquals(quick.yieldSamples(), quick.yieldSamples(q));
    }

    @Test
    void scoredGlassCostCountsItsFields() {
        Preset p = PlasticityIndicators.preset(Scale.LONG);
        Protocol lj = byName(p, "lj-htl"), poly = byName(p, "poly-inf");
        double ljYield = PlasticityUnitCost.scoredCoreHours(Scale.LONG, p, lj, 2) * 3600;
        double ljPlain = PlasticityUnitCost.scoredCoreHours(Scale.LONG, p, lj, 3) * 3600;
        double ljDetector = PlasticityUnitCost.POLY_DETECTOR_SECONDS_324 * PlasticityUnitCost.LJ_GLASS_SECONDS_324 / PlasticityUnitCost.POLY_GLASS_SECONDS_324;
        assertEquals(PlasticityUnitCost.glassCoreHours(Scale.LONG, p, lj) * 3600 + ljDetector, ljPlain, 1e-9);
        // measured 836 CPU-s with path + Delta tau_y; the long LJ budget has no path: 55 + 2 + 350 s, + the detector variant
        assertEquals(407 + ljDetector, ljYield, 1);
        double polyYieldPath = PlasticityUnitCost.scoredCoreHours(Scale.LONG, p, poly, 1) * 3600;
        assertTrue(polyYieldPath > 54 && polyYieldPath < 100, "POLY Delta tau_y + path glass " + polyYieldPath + " s vs 54-74 measured");
        double polySps = PlasticityUnitCost.scoredCoreHours(Scale.LONG, p, poly, 0) * 3600;
        assertTrue(polySps > 150 && polySps < 250, "POLY SPS glass " + polySps + " s vs 185 measured");
    }
}
