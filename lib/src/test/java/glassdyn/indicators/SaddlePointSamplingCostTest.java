package glassdyn.indicators;

import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.protocols.GlassPreparation;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cost of SPS per cluster with local forces does not grow with N: a quenched POLY glass of N = 1111 and its 3 x 3
 * periodic tiling (N = 9999, the same local environments) give identical events and force-call counts on the same
 * centres, and the CPU time per cluster (process CPU, JIT warmed up on other centres first) agrees within 20%. With
 * global forces one search costs about N / N_region times more (printed, from the smaller glass).
 */
class SaddlePointSamplingCostTest {
    static final PairPotential POLY = new PolydisperseSoftDisks();

    /** The k x k periodic tiling of a 2D configuration (an inherent structure stays one). */
    static Configuration tile(Configuration c, int k) {
        Box b = c.box;
        Configuration t = new Configuration(c.n * k * k, Box.orthogonal(2, k * b.lx(), k * b.ly(), 1));
        t.mass = c.mass.clone();
        int m = 0;
        for (int a = 0; a < k; a++)
            for (int q = 0; q < k; q++)
                for (int i = 0; i < c.n; i++, m++) {
                    t.x[m] = c.x[i] + a * b.lx(); t.y[m] = c.y[i] + q * b.ly();
                    t.type[m] = c.type[i]; t.diameter[m] = c.diameter[i]; t.id[m] = m + 1;
                }
        return t;
    }

    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() * 1e-9;
    }

    @Test
    void localCostPerClusterDoesNotGrowWithN() {
        Configuration small = GlassPreparation.poly(1111, Double.POSITIVE_INFINITY, 0, 7);
        small.wrapAll();
        Configuration large = tile(small, 3);
        int clusters = 12;
        int[] centres = new int[clusters], warm = new int[clusters];
        for (int k = 0; k < clusters; k++) { centres[k] = 37 * k + 5; warm[k] = 37 * k + 20; }
        SaddlePointSampling sps = new SaddlePointSampling(POLY, SaddlePointSampling.EVENTS_PER_CLUSTER, 1, 3, 1, SaddlePointSampling.BUFFER);
        assertTrue(sps.isLocal(small) && sps.isLocal(large));
        sps.compute(small, warm);
        sps.compute(large, warm);
        double t0 = cpu();
        SaddlePointSampling.Result rs = sps.compute(small, centres);
        double t1 = cpu();
        SaddlePointSampling.Result rl = sps.compute(large, centres);
        double t2 = cpu();
        double perSmall = (t1 - t0) / clusters, perLarge = (t2 - t1) / clusters;
        System.out.printf("SPS local forces (buffer %.0f): N = %d %.4f CPU-s per cluster, N = %d %.4f CPU-s per cluster (ratio %.3f); "
                + "%d searches, %d events (%.2f per cluster, %.0f%% of clusters reached %d), %.0f force calls per search%n",
            SaddlePointSampling.BUFFER, small.n, perSmall, large.n, perLarge, perLarge / perSmall, rs.searches(), rs.events().size(),
            rs.eventsPerCluster(), 100 * rs.fullClusters(SaddlePointSampling.EVENTS_PER_CLUSTER), SaddlePointSampling.EVENTS_PER_CLUSTER,
            (double) rs.evaluations() / rs.searches());
        assertEquals(rs.evaluations(), rl.evaluations(), "same searches in the same local environments");
        assertEquals(rs.events().size(), rl.events().size());
        for (int k = 0; k < rs.events().size(); k++) assertEquals(rs.events().get(k).barrier(), rl.events().get(k).barrier(), 1e-9);
        assertEquals(1.0, perLarge / perSmall, 0.2, "CPU per cluster N = 9999 vs 1111");
        SaddlePointSampling global = new SaddlePointSampling(POLY, 1, 1, 3, 1);
        double g0 = cpu();
        SaddlePointSampling.Result rg = global.compute(small, new int[] {centres[0]});
        double g1 = cpu();
        System.out.printf("SPS global forces, N = %d: %.3f CPU-s for 1 cluster at 1 event (%d searches, %.0f force calls per search)%n",
            small.n, g1 - g0, rg.searches(), (double) rg.evaluations() / rg.searches());
    }
}
