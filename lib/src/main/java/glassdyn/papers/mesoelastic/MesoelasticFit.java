package glassdyn.papers.mesoelastic;

import glassdyn.stats.LineFit;

/**
 * The "mesoelastic model" of paper 004, Eq. 3:
 * <pre>
 *   ln(tau_alpha / t0) = (l~ a0)^2 kappa(T) / T + ln t~,      kappa(T) = kappa(T_p = T),
 * </pre>
 * fitted by least squares of {@code y = ln(tau_alpha/t0)} against {@code x = kappa/T}: slope {@code (l~ a0)^2},
 * intercept {@code ln t~}. The log base is not stated in the paper; the natural log is the reading consistent with its
 * Eq. 1 (spec 004 A3), the log10 reading is {@link #ofLog10}. Paper 004 values: (t~, l~) = (0.1, 0.4) for IPL,
 * (0.02, 0.4) for mBLJ.
 */
public record MesoelasticFit(double tTilde, double lTilde, double slope, double intercept, double rSquared, int points) {

    /** The fit with the natural log over all points given. */
    public static MesoelasticFit of(double[] kappaOverT, double[] tauOverT0, double a0) {
        return fit(kappaOverT, tauOverT0, a0, false);
    }

    /** The same with log10 in place of ln (t~ = 10^intercept). */
    public static MesoelasticFit ofLog10(double[] kappaOverT, double[] tauOverT0, double a0) {
        return fit(kappaOverT, tauOverT0, a0, true);
    }

    private static MesoelasticFit fit(double[] x, double[] tau, double a0, boolean log10) {
        if (x.length != tau.length || x.length < 2) throw new IllegalArgumentException("Eq. 3 fit needs at least two points");
        double[] y = new double[tau.length];
        for (int k = 0; k < y.length; k++) y[k] = log10 ? Math.log10(tau[k]) : Math.log(tau[k]);
        LineFit f = LineFit.of(x, y);
        double l = f.slope() > 0 ? Math.sqrt(f.slope()) / a0 : Double.NaN;
        double t = log10 ? Math.pow(10, f.intercept()) : Math.exp(f.intercept());
        return new MesoelasticFit(t, l, f.slope(), f.intercept(), f.rSquared(), f.points());
    }
}
