package glassdyn.epm;

/**
 * Time-origin averaged correlation functions of one EPM-Q run (see {@link DynamicCorrelations}) and the time scales
 * read from them. Arrays are indexed by lag.
 *
 * @param t       lags (sweeps)
 * @param p       persistence &lt;P(t)&gt;
 * @param chi4    dynamic susceptibility chi_4(t) (SI Eq. 19)
 * @param cs      stress autocorrelation C_s(t) (SI Eq. 17), NaN where not measured
 * @param cp      plastic-strain correlation C_p(t) (SI Eq. 18), NaN where not measured
 * @param samples number of time origins read at each lag
 * @param gamma   yield rate Gamma: plastic events per site per sweep in the window
 * @param origins number of time origins opened
 * @param tauAlphaError standard error of tau_alpha from blocks of origins (NaN if unknown)
 * @param chi4PeakError standard error of the chi_4 peak from blocks of origins (NaN if unknown)
 */
public record Correlations(double[] t, double[] p, double[] chi4, double[] cs, double[] cp, double[] samples,
                           double gamma, long origins, double tauAlphaError, double chi4PeakError) {

    /** tau_alpha from &lt;P(tau_alpha)&gt; = 1/2 (paper, caption of Fig. 1), linear in (ln t, P); NaN if not reached. */
    public double tauAlpha() { return crossing(t, p, 0.5); }

    /** tau_alpha from C_s(tau) = 1/2 (SI Fig. 6b). */
    public double tauStress() { return crossing(t, cs, 0.5); }

    /** tau_alpha from C_p(tau) = 1/2. */
    public double tauPlastic() { return crossing(t, cp, 0.5); }

    /** The maximum of chi_4 over the lags, refined by a parabola in ln t through the three points around it. */
    public double chi4Peak() { return peak()[1]; }

    /** The lag of the chi_4 maximum (parabola-refined in ln t). */
    public double chi4PeakTime() { return peak()[0]; }

    private double[] peak() {
        int best = -1;
        for (int k = 0; k < chi4.length; k++) if (best < 0 || chi4[k] > chi4[best]) best = k;
        if (best < 0) return new double[] {Double.NaN, Double.NaN};
        if (best == 0 || best == chi4.length - 1) return new double[] {t[best], chi4[best]};
        double x0 = Math.log(t[best - 1]), x1 = Math.log(t[best]), x2 = Math.log(t[best + 1]);
        double y0 = chi4[best - 1], y1 = chi4[best], y2 = chi4[best + 1];
        double d1 = (y1 - y0) / (x1 - x0), d2 = (y2 - y1) / (x2 - x1);
        double a = (d2 - d1) / (x2 - x0);          // Newton form y = y0 + d1 (x - x0) + a (x - x0)(x - x1)
        if (!(a < 0)) return new double[] {t[best], y1};
        double xm = 0.5 * (x0 + x1) - d1 / (2 * a);
        xm = Math.max(x0, Math.min(x2, xm));
        double ym = y0 + d1 * (xm - x0) + a * (xm - x0) * (xm - x1);
        return new double[] {Math.exp(xm), Math.max(ym, y1)};
    }

    /** First downward crossing of {@code level} of y(t), interpolated linearly in ln t; NaN if y never reaches it. */
    public static double crossing(double[] t, double[] y, double level) {
        for (int k = 0; k < y.length; k++) {
            if (Double.isNaN(y[k])) continue;
            if (y[k] <= level) {
                int j = k - 1;
                while (j >= 0 && Double.isNaN(y[j])) j--;
                if (j < 0) return t[k];
                double f = (y[j] - level) / (y[j] - y[k]);
                return Math.exp(Math.log(t[j]) + f * (Math.log(t[k]) - Math.log(t[j])));
            }
        }
        return Double.NaN;
    }
}
