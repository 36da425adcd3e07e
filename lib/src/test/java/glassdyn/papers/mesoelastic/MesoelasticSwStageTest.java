package glassdyn.papers.mesoelastic;

import glassdyn.Scale;
import glassdyn.papers.StageResult;
import glassdyn.papers.mesoelastic.MesoelasticPresets.Preset;
import glassdyn.papers.mesoelastic.MesoelasticPresets.SystemSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The SW row of paper 004 at the smoke scale through the pipeline's stages: NVT MD with the three-body force field,
 * FIRE inherent structures, G from the analytic three-body Hessian and strain derivatives, kappa_ij of the pairs within
 * the cutoff, and the IS-transition trajectory at dt/10.
 */
class MesoelasticSwStageTest {
    @Test
    void swRunsThroughLiquidAndTransitionStages() {
        Preset p = MesoelasticPresets.preset(Scale.SMOKE);
        SystemSpec s = p.system("sw");
        assertTrue(s.stillingerWeber());
        assertThrows(IllegalStateException.class, s::potential, "SW has no pair potential");
        LiquidStage.Output out = new LiquidStage(p, s, 0, 11, null).compute();
        StageResult r = out.result();
        double[] g = MesoelasticObservables.col(r.table("is"), "G"), k = MesoelasticObservables.col(r.table("is"), "kappa_mean"),
            f = MesoelasticObservables.col(r.table("is"), "max_force"), a = MesoelasticObservables.col(r.table("is"), "attractive_fraction");
        assertEquals(p.isPerT(), g.length);
        for (int i = 0; i < g.length; i++) {
            assertTrue(f[i] < MesoelasticPresets.IS_FORCE_TOLERANCE, "IS not converged: " + f[i]);
            assertTrue(g[i] > 0 && g[i] < 10, "G " + g[i]);
            assertTrue(k[i] > 0 && Double.isFinite(k[i]), "kappa " + k[i]);
            assertTrue(a[i] >= 0 && a[i] <= 1);
        }
        assertTrue(r.value("tau_alpha") > 0, "tau_alpha " + r.value("tau_alpha"));
        assertTrue(r.value("q_peak_large") > 3, "one species: the total S(q) is the large species'");
        // Fig. 12: the one-species g(r) of liquid and IS with the two-body term; g vanishes inside the core
        tech.tablesaw.api.Table gr = r.table("gr");
        assertEquals(java.util.List.of("r", "g", "g_IS", "u_1_1"), gr.columnNames(), "one species: no partial columns");
        assertEquals(0, gr.doubleColumn("g").get(0), 0, "no pair closer than 0.01");
        assertTrue(gr.doubleColumn("g_IS").max() > gr.doubleColumn("g").max(), "the IS first peak is sharper than the liquid's");
        StageResult t = new TransitionStage(p, s, null).compute(out.end(), 12);
        assertEquals(p.transitionQuenches() * s.transitionDt(), t.value("duration"), 1e-9);
        assertTrue(t.value("transitions") >= 0);
    }
}
