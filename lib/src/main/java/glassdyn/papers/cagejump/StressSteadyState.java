package glassdyn.papers.cagejump;

/**
 * Steady state of a shear-stress series (spec 000 section 4.3; not a claim of paper 000, an informational diagnostic
 * of the chained runs): the integrated autocorrelation time tau (in samples: the autocorrelation of the fluctuations
 * about a fitted straight line, summed up to its first non-positive value), the standard error of the mean
 * sd sqrt(2 tau / n), and the drift between the means of the first and the second half with the standard error from
 * the same tau. Steady when the drift lies within 1.645 combined standard errors (90% two-sided) and each half holds
 * at least four correlation times.
 */
public final class StressSteadyState {
    /** 90% two-sided normal quantile. */
    public static final double Z90 = 1.645;

    /** Mean, its standard error, tau (samples), drift (second half - first half), its standard error, the verdict. */
    public record Result(double mean, double error, double tau, double drift, double driftError, boolean steady) {}

    private StressSteadyState() {}

    public static Result of(double[] s) {
        int n = s.length;
        double mean = 0;
        for (double v : s) mean += v / n;
        // fluctuations about a straight line, so that a drift does not pass for a long correlation time
        double tm = (n - 1) / 2.0, sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) { sxy += (i - tm) * (s[i] - mean); sxx += (i - tm) * (i - tm); }
        double slope = sxx > 0 ? sxy / sxx : 0;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) e[i] = s[i] - mean - slope * (i - tm);
        double var = 0;
        for (double v : e) var += v * v / n;
        double tau = 0.5;
        if (var > 0)
            for (int lag = 1; lag < n / 2; lag++) {
                double c = 0;
                for (int i = 0; i + lag < n; i++) c += e[i] * e[i + lag];
                c /= (n - lag) * var;
                if (c <= 0) break;
                tau += c;
            }
        double sd = Math.sqrt(var);
        double error = sd * Math.sqrt(2 * tau / n);
        int h = n / 2;
        double m1 = 0, m2 = 0;
        for (int i = 0; i < h; i++) m1 += s[i] / h;
        for (int i = h; i < 2 * h; i++) m2 += s[i] / h;
        double halfError = sd * Math.sqrt(2 * tau / Math.max(1, h));
        double driftError = Math.sqrt(2) * halfError;
        boolean steady = h >= 4 * tau && Math.abs(m2 - m1) <= Z90 * driftError;
        return new Result(mean, error, tau, m2 - m1, driftError, steady);
    }
}
