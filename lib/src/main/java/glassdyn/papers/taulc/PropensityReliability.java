package glassdyn.papers.taulc;

import glassdyn.stats.RidgeRegression;

import java.util.List;

/**
 * How much of an isoconfigurational mean (tau_LC of paper 001, the mean first-jump time over n_ICE trajectories from
 * one configuration) is the configuration's own propensity and how much is trajectory noise: the split-half
 * reliability. The replicas are split into two halves, the particles' half means are correlated (Pearson r over all
 * particles), and the Spearman-Brown formula {@code R = 2 r / (1 + r)} extrapolates to the mean of all n replicas
 * (twice a half; for odd n the halves are n/2 rounded down and up). R is the fraction of the variance of the n-replica mean that is propensity.
 *
 * <p>Two consequences used by the tau-lc-duality report: binning particles by a noisy tau_LC and averaging an
 * independent tau_sh flattens the curve to a slope ~R even without shear (regression dilution), and no predictor can
 * reach a Pearson correlation above sqrt(R) with the noisy target.
 */
public record PropensityReliability(double splitHalf, double reliability, int replicas, int particles) {

    /** Ceiling of the Pearson correlation of any predictor with the n-replica mean: sqrt(R). */
    public double pearsonCeiling() { return Math.sqrt(Math.max(0, reliability)); }

    /**
     * Split-half reliability pooled over ensembles ({@code [replica][particle]} each, the same replica count), of the
     * replica mean itself or, with {@code log}, of its logarithm (the ridge target ln tau_LC).
     */
    public static PropensityReliability of(List<double[][]> ensembles, boolean log) {
        int n = ensembles.get(0).length;
        if (n < 2) throw new IllegalArgumentException("split-half reliability needs >= 2 replicas, got " + n);
        int half = n / 2, m = 0;
        for (double[][] e : ensembles) {
            if (e.length != n) throw new IllegalArgumentException("ensembles with different replica counts");
            m += e[0].length;
        }
        double[] a = new double[m], b = new double[m];
        int off = 0;
        for (double[][] e : ensembles) {
            for (int i = 0; i < e[0].length; i++) {
                double sa = 0, sb = 0;
                for (int k = 0; k < half; k++) sa += e[k][i] / half;
                for (int k = half; k < n; k++) sb += e[k][i] / (n - half);
                a[off + i] = log ? Math.log(sa) : sa;
                b[off + i] = log ? Math.log(sb) : sb;
            }
            off += e[0].length;
        }
        double r = RidgeRegression.pearson(a, b);
        double rel = 2 * r / (1 + r);  // Spearman-Brown, k = 2: the full mean has twice a half's replicas
        return new PropensityReliability(r, rel, n, m);
    }
}
