package glassdyn.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap over independent units (samples, clusters, replicas, trajectories, or blocks of consecutive
 * entries longer than the correlation time): the interval behind every claim of a report (Efron &amp; Tibshirani 1993,
 * ch. 13; non-overlapping block bootstrap, Carlstein 1986, for correlated sequences). Deterministic for a seed.
 */
public final class Bootstrap {
    private Bootstrap() {}

    /** Default number of bootstrap replicas. */
    public static final int REPLICAS = 2000;

    /** Fewer independent units (or blocks) than this give no interval (NaN): two units are no estimate of spread. */
    public static final int MIN_UNITS = 3;

    /**
     * One block-bootstrap resample of the indices 0..n-1: non-overlapping blocks of {@code block} consecutive indices
     * drawn with replacement, concatenated and cut at n ({@code block = 1}: the ordinary bootstrap).
     */
    public static int[] resample(int n, int block, SplittableRandom rng) {
        int blocks = (n + block - 1) / block;
        int[] idx = new int[n];
        int o = 0;
        while (o < n) {
            int start = rng.nextInt(blocks) * block;
            for (int j = start; j < Math.min(n, start + block) && o < n; j++) idx[o++] = j;
        }
        return idx;
    }

    /** The 5% and 95% percentiles of bootstrap replicas (sorted copy; NaN replicas sort last). */
    public static double[] percentiles90(double[] replicas) {
        double[] d = replicas.clone();
        Arrays.sort(d);
        return new double[] {d[(int) (0.05 * d.length)], d[(int) (0.95 * d.length) - 1]};
    }

    /** 90% interval of the mean of independent values {@code v}. */
    public static double[] meanInterval(double[] v, long seed) { return meanInterval(v, 1, seed); }

    /**
     * 90% block-bootstrap interval of the mean of {@code v}, blocks of {@code block} consecutive entries; NaN with fewer
     * than {@link #MIN_UNITS} blocks.
     */
    public static double[] meanInterval(double[] v, int block, long seed) {
        if (v.length == 0 || v.length < MIN_UNITS * block) return new double[] {Double.NaN, Double.NaN};
        SplittableRandom rng = new SplittableRandom(seed);
        double[] means = new double[REPLICAS];
        for (int b = 0; b < REPLICAS; b++) {
            double s = 0;
            for (int k : resample(v.length, block, rng)) s += v[k];
            means[b] = s / v.length;
        }
        return percentiles90(means);
    }

    /**
     * 90% interval of any statistic of {@code units} independent units: {@code statistic} receives the resampled unit
     * indices (with repetition) and returns the statistic of that resample. NaN with fewer than {@link #MIN_UNITS}.
     */
    public static double[] interval(int units, ToDoubleFunction<int[]> statistic, long seed) {
        return percentiles90(replicas(units, statistic, REPLICAS, seed));
    }

    /** The bootstrap replicas of a statistic over {@code units} independent units (all NaN below {@link #MIN_UNITS}). */
    public static double[] replicas(int units, ToDoubleFunction<int[]> statistic, int replicas, long seed) {
        double[] out = new double[replicas];
        if (units < MIN_UNITS) { Arrays.fill(out, Double.NaN); return out; }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int b = 0; b < replicas; b++) out[b] = statistic.applyAsDouble(resample(units, 1, rng));
        return out;
    }

    /**
     * Paired bootstrap of "A beats B": the 90% interval of mean(a) - mean(b) over units measured by both (a[i] and b[i]
     * from the same unit i), so that the unit-to-unit variation common to both cancels.
     */
    public static double[] pairedDifference(double[] a, double[] b, long seed) {
        if (a.length != b.length) throw new IllegalArgumentException("paired values need equal lengths");
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) d[i] = a[i] - b[i];
        return meanInterval(d, seed);
    }

    /** Whether a 90% interval lies entirely above {@code x} (false for NaN ends). */
    public static boolean above(double[] interval, double x) { return interval[0] > x; }

    /** Whether a 90% interval lies entirely below {@code x} (false for NaN ends). */
    public static boolean below(double[] interval, double x) { return interval[1] < x; }

    /** Whether a 90% interval contains {@code x} (false for NaN ends). */
    public static boolean contains(double[] interval, double x) { return interval[0] <= x && x <= interval[1]; }
}
