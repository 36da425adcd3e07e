package glassdyn.papers.plasticity;

import glassdyn.stats.Bootstrap;

/**
 * 90% bootstrap intervals of the score C = 2 &lt;r_x&gt; - 1 (Eq. 1) over glasses, the independent units (one first
 * event per glass): of C itself, of the paired difference C_A - C_B on the same glasses, and of the difference of two
 * independent sets of glasses (two protocols).
 */
final class ScoreIntervals {
    private ScoreIntervals() {}

    static double c(double[] rx) {
        if (rx.length == 0) return Double.NaN;
        double s = 0;
        for (double x : rx) s += x;
        return 2 * s / rx.length - 1;
    }

    static double[] c(double[] rx, long seed) {
        double[] m = Bootstrap.meanInterval(rx, seed);
        return new double[] {2 * m[0] - 1, 2 * m[1] - 1};
    }

    /** Interval of C_A - C_B from r_x of A and B on the same glasses. */
    static double[] paired(double[] ra, double[] rb, long seed) {
        double[] d = Bootstrap.pairedDifference(ra, rb, seed);
        return new double[] {2 * d[0], 2 * d[1]};
    }

    /** Interval of C_A - C_B from r_x of A and B on independent glasses (each resampled by itself). */
    static double[] unpaired(double[] ra, double[] rb, long seed) {
        double[] a = Bootstrap.replicas(ra.length, ix -> mean(ra, ix), Bootstrap.REPLICAS, seed);
        double[] b = Bootstrap.replicas(rb.length, ix -> mean(rb, ix), Bootstrap.REPLICAS, seed + 1);
        double[] d = new double[a.length];
        for (int k = 0; k < d.length; k++) d[k] = 2 * (a[k] - b[k]);
        return Bootstrap.percentiles90(d);
    }

    /** Interval of mean(a) - mean(b) over independent units (each set resampled by itself). */
    static double[] unpairedMean(double[] a, double[] b, long seed) {
        double[] ra = Bootstrap.replicas(a.length, ix -> mean(a, ix), Bootstrap.REPLICAS, seed);
        double[] rb = Bootstrap.replicas(b.length, ix -> mean(b, ix), Bootstrap.REPLICAS, seed + 1);
        double[] d = new double[ra.length];
        for (int k = 0; k < d.length; k++) d[k] = ra[k] - rb[k];
        return Bootstrap.percentiles90(d);
    }

    static double mean(double[] v, int[] ix) {
        double s = 0;
        for (int i : ix) s += v[i];
        return s / ix.length;
    }
}
