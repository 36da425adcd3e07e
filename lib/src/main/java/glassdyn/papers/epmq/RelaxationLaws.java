package glassdyn.papers.epmq;

/**
 * Weighted fits of ln tau_alpha against 1/T (Fig. 1b): Arrhenius ln tau = a + E/T and Vogel-Fulcher-Tammann
 * ln tau = a + B/(T - T0) (T0 on a grid in [0, 0.95 T_min)), with weights 1/SE^2 of ln tau over trajectories; the
 * Akaike criterion AIC = chi^2 + 2k compares them.
 */
public final class RelaxationLaws {
    private RelaxationLaws() {}

    /** A weighted straight line y = a + b x: slope SE from the weights, scaled by sqrt(chi^2/dof) when above 1. */
    public record Fit(double intercept, double slope, double slopeError, double chi2, int points) {
        public double at(double x) { return intercept + slope * x; }
        public double chi2PerDof() { return points > 2 ? chi2 / (points - 2) : Double.NaN; }
    }

    /** Weighted least squares over the finite (x, y, sigma &gt; 0) points. */
    public static Fit line(double[] x, double[] y, double[] sigma) {
        double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!(Double.isFinite(x[i]) && Double.isFinite(y[i]) && sigma[i] > 0)) continue;
            double w = 1 / (sigma[i] * sigma[i]);
            sw += w; sx += w * x[i]; sy += w * y[i]; sxx += w * x[i] * x[i]; sxy += w * x[i] * y[i];
            n++;
        }
        double det = sw * sxx - sx * sx;
        if (n < 2 || !(det > 0)) return new Fit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
        double b = (sw * sxy - sx * sy) / det, a = (sy - b * sx) / sw;
        double chi2 = 0;
        for (int i = 0; i < x.length; i++) {
            if (!(Double.isFinite(x[i]) && Double.isFinite(y[i]) && sigma[i] > 0)) continue;
            double r = (y[i] - a - b * x[i]) / sigma[i];
            chi2 += r * r;
        }
        double se = Math.sqrt(sw / det) * (n > 2 ? Math.sqrt(Math.max(1, chi2 / (n - 2))) : 1);
        return new Fit(a, b, se, chi2, n);
    }

    /** Arrhenius fit of ln tau vs 1/T; E_act is the slope. */
    public static Fit arrhenius(double[] T, double[] lnTau, double[] sigma) {
        double[] x = new double[T.length];
        for (int i = 0; i < T.length; i++) x[i] = 1 / T[i];
        return line(x, lnTau, sigma);
    }

    /** {AIC of Arrhenius, AIC of the best VFT, best T0}. */
    public static double[] aic(double[] T, double[] lnTau, double[] sigma) {
        Fit a = arrhenius(T, lnTau, sigma);
        double tMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < T.length; i++) if (Double.isFinite(lnTau[i]) && sigma[i] > 0) tMin = Math.min(tMin, T[i]);
        double best = a.chi2(), bestT0 = 0;
        for (int g = 1; g < 200; g++) {
            double t0 = 0.95 * tMin * g / 200;
            double[] x = new double[T.length];
            for (int i = 0; i < T.length; i++) x[i] = 1 / (T[i] - t0);
            Fit v = line(x, lnTau, sigma);
            if (v.chi2() < best) { best = v.chi2(); bestT0 = t0; }
        }
        return new double[] {a.chi2() + 4, best + 6, bestT0};
    }
}
