package glassdyn.papers.mesoelastic;

import glassdyn.Scale;
import glassdyn.papers.mesoelastic.MesoelasticPresets.Preset;
import glassdyn.papers.mesoelastic.MesoelasticPresets.SystemSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local kappa term of the mobility stage's cost: dense inverse at small N, sparse Cholesky at the paper's N. */
class MesoelasticUnitCostTest {
    private static SystemSpec system(Scale scale, String key) {
        return MesoelasticPresets.preset(scale).systems().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test void localKappaPricedByTheSolverThatRunsIt() {
        // N = 400 (1200 dof): the dense inverse, 1 CPU-s
        assertEquals(1.0, MesoelasticUnitCost.localKappaSeconds(system(Scale.QUICK, "ss-0.95")), 1e-12);
        // paper, N = 4000 (12000 dof): sparse setup 33 s + 7.5 x 4000 pairs x 0.05 s
        assertEquals(33 + 30000 * 0.05, MesoelasticUnitCost.localKappaSeconds(system(Scale.PAPER, "ss-0.95")), 1e-9);
        // paper rho 0.6, N = 3000 (9000 dof): between
        double mid = MesoelasticUnitCost.localKappaSeconds(system(Scale.PAPER, "ss-0.6"));
        assertTrue(mid > 100 && mid < 1533, "N = 3000: " + mid);
        // the mobility unit of the paper scale now carries 240 of these (about 100 h at N = 4000) beside its runs
        Preset p = MesoelasticPresets.preset(Scale.PAPER);
        SystemSpec s = system(Scale.PAPER, "ss-0.95");
        double runs = p.mobilityIS() * p.mobilityRuns() * MesoelasticUnitCost.SECONDS_PER_MOBILITY_RUN_400 * s.n() / 400.0 / 3600;
        assertEquals(runs + p.mobilityIS() * 1533 / 3600.0, MesoelasticUnitCost.mobilityCoreHours(p, s), 1e-3);
    }
}
