package glassdyn.papers.mesoelastic;

import glassdyn.Scale;
import glassdyn.claims.Claim;
import glassdyn.papers.StageResult;
import glassdyn.papers.mesoelastic.MesoelasticPresets.Preset;
import glassdyn.papers.mesoelastic.MesoelasticPresets.SystemSpec;
import glassdyn.table.Tables;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The kappa system-size check (review 004 §6.11) from a planted {@link KappaSizeStage} table, and without the stage. */
class KappaSizeTest {
    private static MesoelasticResults results(Map<String, StageResult> stages) {
        return new MesoelasticResults(MesoelasticPresets.preset(Scale.QUICK), 1, stages);
    }

    @Test void plantedTenPercentStifferAtFourTimesN() {
        Preset p = MesoelasticPresets.preset(Scale.QUICK);
        SystemSpec ipl = p.system("ipl");
        int m = KappaSizeStage.inherentStructures(p), large = KappaSizeStage.SIZE_FACTOR * ipl.n();
        double[] n = new double[2 * m], is = new double[2 * m], kappa = new double[2 * m], g = new double[2 * m];
        for (int i = 0; i < m; i++) {
            double wobble = 0.2 * ((i % 3) - 1);        // -0.2, 0, +0.2: the same scatter at both N
            n[i] = ipl.n(); kappa[i] = 20 + wobble; g[i] = 15;
            n[m + i] = large; kappa[m + i] = 22 + wobble * 1.1; g[m + i] = 15;
            is[i] = is[m + i] = i;
        }
        StageResult st = StageResult.of(Map.of("kappa_size", Tables.of("kappa_size", "N", n, "is", is, "kappa_mean", kappa, "G", g)), Map.of("T", 1.0));
        MesoelasticResults r = results(Map.of(KappaSizeStage.KEY, st));
        Claim c = new MesoelasticCoverageClaims(r, new MesoelasticFigures(r)).systemSizeCost();
        String json = String.valueOf(c.measured());
        assertTrue(json.contains("relative_change=0.1"), json);
        assertTrue(c.interval()[0] > 0.05 && c.interval()[1] < 0.15, java.util.Arrays.toString(c.interval()));
    }

    @Test void withoutTheStageOnlyTheCost() {
        MesoelasticResults r = results(Map.of());
        Claim c = new MesoelasticCoverageClaims(r, new MesoelasticFigures(r)).systemSizeCost();
        assertTrue(String.valueOf(c.reason()).startsWith("not measured"), String.valueOf(c.reason()));
    }

    @Test void stageKeyedByBothSizesAndPricedAtBoth() {
        Preset p = MesoelasticPresets.preset(Scale.QUICK);
        SystemSpec ipl = p.system("ipl");
        assertTrue(KappaSizeStage.params(p, ipl, 7).contains("n=400,1600"), KappaSizeStage.params(p, ipl, 7));
        assertEquals(10, KappaSizeStage.inherentStructures(p));
        double h = MesoelasticUnitCost.sizeCoreHours(p, ipl);
        assertTrue(h > 0.01 && h < 0.1, "quick kappa-size unit " + h + " core-hours");
    }
}
