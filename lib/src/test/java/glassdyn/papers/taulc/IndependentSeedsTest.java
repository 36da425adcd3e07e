package glassdyn.papers.taulc;

import glassdyn.analysis.CageJumpDetector;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.protocols.IsoconfigurationalEnsemble;
import glassdyn.protocols.LiquidPreparation;
import glassdyn.space.Box;
import glassdyn.stats.RidgeRegression;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review 001, M8: the tau_LC and tau_sh ensembles of one origin must not share velocity draws. Zero-rate control: the
 * cessation and continuation ensembles of a rate, run at rate 0 with the pipeline's seeds, are two independent
 * equilibrium ensembles; replica k of one is then as (un)correlated with replica k of the other as with any other
 * replica (trajectory noise independent; only the common propensity correlates them). With the old shared seeds
 * (both seed + 7) the paired replicas are identical: correlation 1.
 */
class IndependentSeedsTest {
    @Test
    void ensemblesOfOneOriginDrawIndependentVelocities() {
        KobAndersen ka = new KobAndersen();
        Configuration c = LiquidPreparation.liquid(ka, Box.cubic(3, Math.cbrt(200 / 1.2)), LiquidPreparation.kobAndersenCounts(200),
            1.0, 5, 11, 1);
        c.time = 0;
        IsoconfigurationalEnsemble ice = new IsoconfigurationalEnsemble(ka, 1.0, 0, TauLcDuality.DT, TauLcDuality.TDAMP).sampleInterval(0.1);
        CageJumpDetector det = new CageJumpDetector(0.02);
        int m = 4;
        double[][] a = ice.run(c, m, 8, det, Seeds.of(2025, "cessation-0.1"), 1, null).tauReplica();
        double[][] b = ice.run(c, m, 8, det, Seeds.of(2025, "steady-0.1"), 1, null).tauReplica();
        double paired = 0, unpaired = 0;
        int nu = 0;
        for (int k = 0; k < m; k++) {
            paired += RidgeRegression.pearson(a[k], b[k]) / m;
            for (int j = 0; j < m; j++) if (j != k) { unpaired += RidgeRegression.pearson(a[k], b[j]); nu++; }
        }
        unpaired /= nu;
        assertTrue(paired < 0.5, "paired replicas correlate " + paired);
        assertEquals(unpaired, paired, 0.15, "paired " + paired + " vs unpaired " + unpaired);
        // planted fail: the old shared seed makes the paired replicas identical
        double[][] shared = ice.run(c, m, 8, det, 2025 + 7, 1, null).tauReplica(), again = ice.run(c, m, 8, det, 2025 + 7, 1, null).tauReplica();
        assertEquals(1.0, RidgeRegression.pearson(shared[0], again[0]), 1e-12);
    }

    @Test
    void pipelineSeedsAreFarApart() {
        String[] keys = {"plateau", "eq-0", "eq-1", "control-0", "startup-0.100000-0", "cessation-0.0100000", "steady-0.0100000",
            "cessation-0.100000", "steady-0.100000", "switch-0.0100000-to-0.100000", LerTrajectory.KEY, "ler-cessation-0", "ler-cessation-1",
            "ler-cessation-2"};
        Set<Long> seen = new HashSet<>();
        for (String k : keys) {
            long s = Seeds.of(2025, k);
            for (long t : seen) assertTrue(Math.abs(s - t) > 100_000, k);
            seen.add(s);
        }
    }
}
