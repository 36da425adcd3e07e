package glassdyn.papers.epmq;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics behind the EPM-Q checks on planted inputs: trajectory intervals, the weighted fits and AIC, the
 * facilitation count against its null, and the typed figure names. */
class EpmQStatisticsTest {

    @Test
    void studentIntervalOfFourValues() {
        double[] v = {1, 2, 3, 4};
        double se = Math.sqrt(5.0 / 3 / 4);
        double[] iv = TrajectoryStats.interval90(v);
        assertEquals(2.5 - 2.353 * se, iv[0], 1e-12);
        assertEquals(2.5 + 2.353 * se, iv[1], 1e-12);
        assertTrue(Double.isNaN(TrajectoryStats.interval90(new double[] {1})[0]));
    }

    @Test
    void arrheniusDataPrefersArrheniusAndVftDataPrefersVft() {
        double[] T = {0.03, 0.025, 0.02, 0.018, 0.015, 0.013}, sig = new double[T.length];
        double[] arr = new double[T.length], vft = new double[T.length];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < T.length; i++) {
            sig[i] = 0.05;
            arr[i] = 1 + 0.175 / T[i] + 0.05 * r.nextGaussian();
            vft[i] = 1 + 0.05 / (T[i] - 0.010) + 0.05 * r.nextGaussian();
        }
        RelaxationLaws.Fit f = RelaxationLaws.arrhenius(T, arr, sig);
        assertEquals(0.175, f.slope(), 3 * f.slopeError());
        double[] a = RelaxationLaws.aic(T, arr, sig), b = RelaxationLaws.aic(T, vft, sig);
        assertTrue(a[0] - a[1] <= 2, "Arrhenius data: " + a[0] + " vs " + a[1]);
        assertTrue(b[0] - b[1] > 2, "VFT data: " + b[0] + " vs " + b[1]);
    }

    /** Growth from seeds (each new mobile site next to a mobile one) against the same number placed at random. */
    @Test
    void facilitationCountsClusteredGrowthAboveTheNull() {
        int L = 32, n = L * L;
        SplittableRandom r = new SplittableRandom(7);
        List<int[]> grown = new ArrayList<>(), random = new ArrayList<>();
        int[] g = new int[n], q = new int[n];
        java.util.Arrays.fill(g, 1);
        java.util.Arrays.fill(q, 1);
        for (int s = 0; s < 5; s++) { int i = r.nextInt(n); g[i] = 0; q[r.nextInt(n)] = 0; }
        grown.add(g.clone());
        random.add(q.clone());
        for (int step = 0; step < 6; step++) {
            int[] ng = g.clone();
            for (int i = 0; i < n; i++) if (g[i] == 1 && MobilityFacilitation.hasMobileNeighbour(g, L, i) && r.nextDouble() < 0.5) ng[i] = 0;
            int added = 0;
            for (int i = 0; i < n; i++) if (ng[i] != g[i]) added++;
            g = ng;
            grown.add(g.clone());
            for (int k = 0; k < added; k++) q[r.nextInt(n)] = 0;
            random.add(q.clone());
        }
        double[] c = MobilityFacilitation.counts(grown, L, 0.3, 1), z = MobilityFacilitation.counts(random, L, 0.3, 1);
        assertTrue(c[0] / c[1] > 2, "clustered growth ratio " + c[0] / c[1]);
        assertEquals(1, z[0] / z[1], 0.25, "random placement ratio " + z[0] / z[1]);
    }

    @Test
    void unknownFigureNameThrows() {
        assertEquals(EpmQFigure.FIG10, EpmQFigure.of("fig10"));
        assertEquals(EpmQFigure.KERNEL_STUDY, EpmQFigure.of("KERNEL_STUDY"));
        assertThrows(IllegalArgumentException.class, () -> EpmQFigure.of("fig2abcd_cluster_life"));
    }

    @Test
    void mobileClustersOfABlockAreLargerThanRandom() {
        int L = 32;
        int[] m = new int[L * L];
        java.util.Arrays.fill(m, 1);
        for (int x = 0; x < 10; x++) for (int y = 0; y < 10; y++) m[x * L + y] = 0;     // one 10 x 10 mobile cluster
        assertEquals(100, MobileClusters.weightedSize(m, L), 1e-12);
        assertTrue(MobileClusters.ratioToRandom(m, L, 1) > 20);
        int[] r = new int[L * L];
        SplittableRandom g = new SplittableRandom(5);
        for (int i = 0; i < r.length; i++) r[i] = g.nextDouble() < 0.2 ? 0 : 1;
        assertEquals(1, MobileClusters.ratioToRandom(r, L, 2), 0.3);
    }

    @Test
    void pooledChi4IsTheVarianceOverAllTrajectoryOriginSamples() {
        // two trajectories, N = 4: within-trajectory variances chi4/N = 0.25 and 0.5, means 0.5 and 0.7
        glassdyn.epm.Correlations a = new glassdyn.epm.Correlations(new double[] {1}, new double[] {0.5}, new double[] {1},
            new double[] {1}, new double[] {1}, new double[] {10}, 0.1, 10, Double.NaN, Double.NaN);
        glassdyn.epm.Correlations b = new glassdyn.epm.Correlations(new double[] {1}, new double[] {0.7}, new double[] {2},
            new double[] {1}, new double[] {1}, new double[] {10}, 0.1, 10, Double.NaN, Double.NaN);
        glassdyn.epm.Correlations p = EpmTrajectories.average(List.of(a, b), 4);
        assertEquals(0.6, p.p()[0], 1e-12);
        assertEquals(4 * ((0.25 + 0.5) / 2 + 0.01), p.chi4()[0], 1e-12);
    }
}
