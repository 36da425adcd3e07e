package glassdyn.analysis;

import tech.tablesaw.api.Table;

/** Characteristic times read off a time-correlation curve: a level crossing (tau_alpha) or a peak (tau_2, t_chi). */
public final class RelaxationTime {
    private RelaxationTime() {}

    /** The 1/e level that defines tau_alpha from F_s(q, tau_alpha) = 1/e (Kob and Andersen, PRE 52, 4134 (1995)). */
    public static final double ONE_OVER_E = Math.exp(-1);

    /**
     * The first time at which {@code f} falls to {@code level}, interpolated linearly in log t between the two
     * bracketing samples (f is sampled on log-spaced t); NaN when it never gets there.
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
     * log t (the sample itself when the maximum is at an end).
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

    /** {@link #firstCrossing} on the columns {@code t} and {@code column} of a table. */
    public static double firstCrossing(Table table, String column, double level) {
        return firstCrossing(table.doubleColumn("t").asDoubleArray(), table.doubleColumn(column).asDoubleArray(), level);
    }

    /** {@link #peak} on the columns {@code t} and {@code column} of a table. */
    public static double peak(Table table, String column) {
        return peak(table.doubleColumn("t").asDoubleArray(), table.doubleColumn(column).asDoubleArray());
    }
}
