package glassdyn.papers.taulc;

import glassdyn.dynamics.RandomStream;
import glassdyn.stats.LineFit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Split-half reliability on planted isoconfigurational data: propensity p_i ~ N(20, 2^2), replica times p_i + N(0, 4^2),
 * 4 replicas, so the exact reliability of the 4-replica mean is 4 / (4 + 16/4) = 0.5. Binning by that noisy mean and
 * averaging an independent 4-replica mean (the "tau_sh" of a shear that does nothing) gives a bin curve of slope 0.5,
 * not the identity: the regression dilution the tau-lc-duality report guards against.
 */
class PropensityReliabilityTest {
    @Test
    void recoversThePlantedReliabilityAndItsDilution() {
        int n = 40000, reps = 4;
        RandomStream rnd = new RandomStream(9);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) p[i] = 20 + 2 * rnd.nextGaussian();
        double[][] lc = new double[reps][n], sh = new double[reps][n];
        for (int k = 0; k < reps; k++)
            for (int i = 0; i < n; i++) { lc[k][i] = p[i] + 4 * rnd.nextGaussian(); sh[k][i] = p[i] + 4 * rnd.nextGaussian(); }
        // two "ensembles" pooled (two configurations of one state)
        double[][] a = new double[reps][], b = new double[reps][];
        for (int k = 0; k < reps; k++) { a[k] = java.util.Arrays.copyOf(lc[k], n / 2); b[k] = java.util.Arrays.copyOfRange(lc[k], n / 2, n); }
        PropensityReliability r = PropensityReliability.of(List.of(a, b), false);
        assertEquals(n, r.particles());
        assertEquals(1.0 / 3, r.splitHalf(), 0.015);   // 2-replica halves: 4 / (4 + 16/2)
        assertEquals(0.5, r.reliability(), 0.015);
        assertEquals(Math.sqrt(0.5), r.pearsonCeiling(), 0.015);

        double[] mlc = new double[n], msh = new double[n];
        for (int i = 0; i < n; i++) for (int k = 0; k < reps; k++) { mlc[i] += lc[k][i] / reps; msh[i] += sh[k][i] / reps; }
        // 40000 particles give 12 bins of TauShRelation.MAX_BINS; fit a line through the bin means
        TauShRelation rel = new TauShRelation(mlc, msh);
        var bins = rel.bins();
        LineFit line = LineFit.of(bins.doubleColumn("tau_LC").asDoubleArray(), bins.doubleColumn("tau_sh").asDoubleArray());
        assertEquals(0.5, line.slope(), 0.05);
    }
}
