package glassdyn.papers.epmq;

/**
 * Mean, standard error and 90% interval over independent trajectories (the unit of every interval in the EPM-Q
 * report): Student-t interval mean +- t_{0.95, n-1} SE, which stays honest with the 2-10 trajectories of the quick
 * and long scales (a percentile bootstrap of 4 values is too narrow).
 */
public final class TrajectoryStats {
    private TrajectoryStats() {}

    /** t_{0.95, df} for df = 1..30 (two-sided 90%); the normal 1.645 beyond. */
    private static final double[] T95 = {6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833, 1.812, 1.796,
        1.782, 1.771, 1.761, 1.753, 1.746, 1.740, 1.734, 1.729, 1.725, 1.721, 1.717, 1.714, 1.711, 1.708, 1.706, 1.703,
        1.701, 1.699, 1.697};

    public static double t95(int df) {
        if (df < 1) return Double.NaN;
        return df <= T95.length ? T95[df - 1] : 1.645;
    }

    /** Mean of the finite values. */
    public static double mean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) if (Double.isFinite(x)) { s += x; n++; }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Number of finite values. */
    public static int count(double[] v) {
        int n = 0;
        for (double x : v) if (Double.isFinite(x)) n++;
        return n;
    }

    /** Standard error of the mean of the finite values; NaN with fewer than 2. */
    public static double standardError(double[] v) {
        int n = count(v);
        if (n < 2) return Double.NaN;
        double m = mean(v), s2 = 0;
        for (double x : v) if (Double.isFinite(x)) s2 += (x - m) * (x - m);
        return Math.sqrt(s2 / (n - 1) / n);
    }

    /** 90% Student-t interval of the mean; {NaN, NaN} with fewer than 2 finite values. */
    public static double[] interval90(double[] v) {
        double m = mean(v), se = standardError(v), h = t95(count(v) - 1) * se;
        return new double[] {m - h, m + h};
    }

    /** The natural logarithm of each value. */
    public static double[] log(double[] v) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) o[i] = Math.log(v[i]);
        return o;
    }
}
