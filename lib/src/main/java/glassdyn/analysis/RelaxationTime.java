package glassdyn.analysis;

import tech.tablesaw.api.Table;

/** Characteristic times read off a time-correlation curve: a level crossing (tau_alpha) or a peak (tau_2, t_chi). */
public final class RelaxationTime {
    private RelaxationTime() {}

    /** The 1/e level that defines tau_alpha from F_s(q, tau_alpha) = 1/e (Kob and Andersen, PRE 52, 4134 (1995)). */
    public static final double ONE_OVER_E = Math.exp(-1);

    /**
     * The first time at which {@code f} falls to {@code level}, interpolated linearly in log t between the two
     * bracketing samples (f is sampled on log-spaced t); NaN when it never gets there. When {@code f} starts at or
     * below the level this returns the first time, which is only a bound: {@link #crossingWithin} says so instead.
     */
    public static double firstCrossing(double[] t, double[] f, double level) {
        for (int k = 0; k < t.length; k++) {
            if (f[k] <= level) {
                if (k == 0) return t[0];
                double a = (f[k - 1] - level) / (f[k - 1] - f[k]);
                if (t[k - 1] > 0) return Math.exp(Math.log(t[k - 1]) + a * (Math.log(t[k]) - Math.log(t[k - 1])));
                return t[k - 1] + a * (t[k] - t[k - 1]);
            }
        }
        return Double.NaN;
    }

    /**
     * The time of the maximum of {@code f}, refined by a parabola through the top sample and its two neighbours in
     * log t (the sample itself when the maximum is at an end, which is only a bound: {@link #peakWithin} says so).
     */
    public static double peak(double[] t, double[] f) {
        int m = 0;
        for (int k = 1; k < f.length; k++) if (f[k] > f[m]) m = k;
        if (m == 0 || m == f.length - 1 || t[m - 1] <= 0) return t[m];
        double x0 = Math.log(t[m - 1]), x1 = Math.log(t[m]), x2 = Math.log(t[m + 1]);
        double y0 = f[m - 1], y1 = f[m], y2 = f[m + 1];
        double d = (x0 - x1) * (x0 - x2) * (x1 - x2);
        double a = (x2 * (y1 - y0) + x1 * (y0 - y2) + x0 * (y2 - y1)) / d;
        double b = (x2 * x2 * (y0 - y1) + x1 * x1 * (y2 - y0) + x0 * x0 * (y1 - y2)) / d;
        if (!(a < 0)) return t[m];
        double xv = -b / (2 * a);
        return Math.exp(Math.max(x0, Math.min(x2, xv)));
    }

    /**
     * A characteristic time read off a sampled curve, or why it cannot be: {@code value} is NaN and {@code reason}
     * says where the feature lies when it is outside the sampled window (an end sample is not a measurement).
     */
    public record Estimate(double value, String reason) {
        public boolean resolved() { return reason == null; }
        /** The value, or null when unresolved (for JSON). */
        public Double orNull() { return reason == null ? value : null; }
    }

    /**
     * The first crossing of {@code level} (as {@link #firstCrossing}) when it lies inside the sampled window: unresolved
     * when {@code f} is already at or below the level at the first sampled time (the crossing is earlier than the
     * window) or never gets there (later than the window). {@code what} names the curve in the reason.
     */
    public static Estimate crossingWithin(double[] t, double[] f, double level, String what) {
        if (t.length == 0) return new Estimate(Double.NaN, "no lags sampled");
        if (f[0] <= level)
            return new Estimate(Double.NaN, what + " = " + f[0] + " is already at or below " + level + " at the first sampled time t = "
                + t[0] + ": the crossing is earlier than the sampled window (dump more often)");
        double v = firstCrossing(t, f, level);
        if (Double.isNaN(v))
            return new Estimate(Double.NaN, what + " stays above " + level + " up to the last sampled time t = " + t[t.length - 1]
                + " (last value " + f[f.length - 1] + "): the crossing is later than the sampled window (run longer)");
        return new Estimate(v, null);
    }

    /**
     * The peak time (as {@link #peak}) when the maximum is inside the sampled window: unresolved when the largest
     * sample is the first or the last one (the peak may lie outside the window).
     */
    public static Estimate peakWithin(double[] t, double[] f, String what) {
        if (t.length == 0) return new Estimate(Double.NaN, "no lags sampled");
        int m = 0;
        for (int k = 1; k < f.length; k++) if (f[k] > f[m]) m = k;
        if (m == 0) return new Estimate(Double.NaN, what + " is largest at the first sampled time t = " + t[0]
            + ": its peak is at or before the start of the sampled window (dump more often)");
        if (m == f.length - 1) return new Estimate(Double.NaN, what + " is largest at the last sampled time t = " + t[m]
            + ": its peak is at or after the end of the sampled window (run longer)");
        return new Estimate(peak(t, f), null);
    }

    /** {@link #crossingWithin} on the columns {@code t} and {@code column} of a table. */
    public static Estimate crossingWithin(Table table, String column, double level) {
        return crossingWithin(table.doubleColumn("t").asDoubleArray(), table.doubleColumn(column).asDoubleArray(), level, column);
    }

    /** {@link #peakWithin} on the columns {@code t} and {@code column} of a table. */
    public static Estimate peakWithin(Table table, String column) {
        return peakWithin(table.doubleColumn("t").asDoubleArray(), table.doubleColumn(column).asDoubleArray(), column);
    }

    /** {@link #firstCrossing} on the columns {@code t} and {@code column} of a table. */
    public static double firstCrossing(Table table, String column, double level) {
        return firstCrossing(table.doubleColumn("t").asDoubleArray(), table.doubleColumn(column).asDoubleArray(), level);
    }

    /** {@link #peak} on the columns {@code t} and {@code column} of a table. */
    public static double peak(Table table, String column) {
        return peak(table.doubleColumn("t").asDoubleArray(), table.doubleColumn(column).asDoubleArray());
    }
}
