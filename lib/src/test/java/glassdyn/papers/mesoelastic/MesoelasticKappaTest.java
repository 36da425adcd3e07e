package glassdyn.papers.mesoelastic;

import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.stats.Bootstrap;
import glassdyn.space.Box;
import glassdyn.table.Tables;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** The pipeline's small computes against planted inputs: mobility extremes, D, end of the ballistic regime. */
class MesoelasticKappaTest {

    @Test void extremesFindPlantedMobileAndImmobileParticles() {
        // large particles on a 4x4x4 cubic lattice of spacing 2 (periodic), neighbours within 2.1 = the 6 nearest
        int side = 4, n = side * side * side;
        Configuration c = new Configuration(n, Box.cubic(3, 2 * side));
        c.mass = new double[] {1, 1};
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            c.x[i] = 2 * (i % side); c.y[i] = 2 * ((i / side) % side); c.z[i] = 2 * (i / (side * side)); c.type[i] = 1;
            mu[i] = 1 + 0.01 * ((i * 37) % 11);       // a weakly varying background in [1, 1.1]
        }
        int[] mobile = {0, 21, 42}, immobile = {5, 26, 63};
        mu[0] = 5; mu[21] = 4; mu[42] = 3;
        mu[5] = 0.1; mu[26] = 0.2; mu[63] = 0.3;
        int[] cls = MobilityStage.extremes(c, mu, 2.1);
        for (int i : mobile) assertEquals(1, cls[i], "planted mobile " + i);
        for (int i : immobile) assertEquals(-1, cls[i], "planted immobile " + i);
        int plus = 0, minus = 0;
        for (int v : cls) { if (v == 1) plus++; if (v == -1) minus++; }
        assertEquals(MesoelasticPresets.EXTREMES_PER_IS, plus);
        assertEquals(MesoelasticPresets.EXTREMES_PER_IS, minus);
        // every particle flagged is a local extremum among its 6 lattice neighbours
        for (int i = 0; i < n; i++) {
            if (cls[i] == 0) continue;
            int ix = i % side, iy = (i / side) % side, iz = i / (side * side);
            int[][] nb = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
            for (int[] d : nb) {
                int j = Math.floorMod(ix + d[0], side) + side * Math.floorMod(iy + d[1], side) + side * side * Math.floorMod(iz + d[2], side);
                if (cls[i] == 1) assertTrue(mu[i] >= mu[j]); else assertTrue(mu[i] <= mu[j]);
            }
        }
    }

    @Test void diffusionAndBallisticEndFromPlantedCurves() {
        double a0 = 1.07, t0 = 1.2, d = 0.013, tc = 0.1 * t0;
        int m = 400;
        double[] t = new double[m], msd = new double[m];
        for (int i = 0; i < m; i++) {
            t[i] = 1e-3 * Math.pow(10, 6.0 * i / (m - 1));
            double x = t[i] / t0;
            // ballistic 3 (t/t0)^2 a0^2 times a planted suppression that reaches 0.8 exactly at t = tc, then diffusive
            double ballistic = 3 * x * x * a0 * a0 * Math.exp(Math.log(0.8) * (t[i] / tc) * (t[i] / tc));
            msd[i] = Math.max(ballistic, 0) + (t[i] > 10 ? 6 * d * t[i] : 0);
        }
        double end = MesoelasticObservables.ballisticEnd(t, msd, a0, t0);
        double step = Math.pow(10, 6.0 / (m - 1));
        assertTrue(end >= 0.1 && end <= 0.1 * step * 1.0001, "ballistic end " + end);
        assertEquals(d, MesoelasticObservables.diffusion(t, msd, a0), 1e-12);
    }

    @Test void tauAlphaIgnoresLagsFromOneOrigin() {
        // planted F_s = 1 - 0.2 ln t on well-averaged lags: F_s = 0.2 at t = e^4 exactly (log-linear interpolation);
        // single-origin lags interleaved below 0.2 (as the off-grid first coarse frame produced) must not move it
        double[] t = {1, 2, 5, 10, 10.5, 20, 30, 40, 50, 50.5, 60, 80};
        double[] pairs = {200, 190, 180, 170, 1, 160, 150, 140, 130, 1, 120, 100};
        double[] fs = new double[t.length];
        for (int i = 0; i < t.length; i++) fs[i] = pairs[i] == 1 ? 0.1 : 1 - 0.2 * Math.log(t[i]);
        Table self = Tables.of("self", "t", t, "fs_2", fs, "msd_2", t.clone(), "pairs", pairs);
        StageResult u = StageResult.of(Map.of("self", self), Map.of("a0", 1.0));
        assertEquals(Math.exp(4), MesoelasticObservables.tauAlpha(u), 1e-9);
        // the merge of a fine and a coarse window drops them too
        Table merged = MesoelasticObservables.merge(self.where(self.doubleColumn("t").isLessThanOrEqualTo(10.5)),
            self.where(self.doubleColumn("t").isGreaterThan(10.5)));
        for (double p : merged.doubleColumn("pairs").asDoubleArray()) assertTrue(p >= MesoelasticPresets.MIN_TIME_ORIGINS);
        assertEquals(10, merged.rowCount());
    }

    @Test void blockBootstrapWidensForCorrelatedInherentStructures() {
        // 40 independent values, each repeated 5 times (5 IS within one tau_alpha): the mean's standard error is that
        // of 40 values, which the block bootstrap recovers and the naive one underestimates by sqrt(5)
        SplittableRandom r = new SplittableRandom(3);
        int groups = 40, per = 5;
        double[] v = new double[groups * per], g = new double[groups];
        for (int k = 0; k < groups; k++) { g[k] = r.nextGaussian(); for (int j = 0; j < per; j++) v[per * k + j] = g[k]; }
        double mean = java.util.Arrays.stream(g).average().orElseThrow(), var = 0;
        for (double x : g) var += (x - mean) * (x - mean);
        double expected = 1.645 * Math.sqrt(var / groups) / Math.sqrt(groups);
        double[] naive = Bootstrap.meanInterval(v, 1, 7), block = Bootstrap.meanInterval(v, per, 7);
        double hb = 0.5 * (block[1] - block[0]), hn = 0.5 * (naive[1] - naive[0]);
        assertEquals(1, hb / expected, 0.15, "block half-width " + hb + " vs " + expected);
        assertEquals(1 / Math.sqrt(per), hn / expected, 0.1, "naive half-width " + hn);
        // fewer than MIN_BLOCKS blocks: no interval
        assertTrue(Double.isNaN(Bootstrap.meanInterval(v, v.length / 2, 7)[0]));
    }

    @Test void separationBootstrapOfPlantedExtremes() {
        // 10 IS, each with 2 mobile at 0.8 + 0.01 is and 2 immobile at 1.2 + 0.01 is, plus unclassified rows:
        // every resample has the same IS-weighted shift on both sides, so the separation is 0.4 exactly
        int m = 10;
        double[] k = new double[6 * m], cls = new double[6 * m], is = new double[6 * m];
        for (int s = 0; s < m; s++)
            for (int j = 0; j < 6; j++) {
                int r = 6 * s + j;
                is[r] = s;
                cls[r] = j < 2 ? 1 : j < 4 ? -1 : 0;
                k[r] = (j < 2 ? 0.8 : j < 4 ? 1.2 : 5) + 0.01 * s;
            }
        double[] ci = Bootstrap.percentiles90(MesoelasticObservables.separationBootstrap(k, cls, is, 3));
        assertEquals(0.4, ci[0], 1e-12);
        assertEquals(0.4, ci[1], 1e-12);
        // fewer IS than MIN_BLOCKS: no interval
        double[] one = MesoelasticObservables.separationBootstrap(java.util.Arrays.copyOf(k, 6), java.util.Arrays.copyOf(cls, 6), new double[6], 3);
        assertTrue(Double.isNaN(Bootstrap.percentiles90(one)[0]));
    }
}
