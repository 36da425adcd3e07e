package glassdyn.stats;

/**
 * Ordinary least-squares line y = intercept + slope x with standard errors, for the Arrhenius fits
 * (ln tau_alpha vs 1/T, paper Fig. 1b) and chi_4 peak vs 1/T (SI Fig. 7).
 */
public record LineFit(double intercept, double slope, double slopeError, double rSquared, int points) {

    public static LineFit of(double[] x, double[] y) {
        int m = 0;
        double sx = 0, sy = 0;
        for (int i = 0; i < x.length; i++) if (Double.isFinite(x[i]) && Double.isFinite(y[i])) { m++; sx += x[i]; sy += y[i]; }
        if (m < 2) return new LineFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, m);
        double mx = sx / m, my = sy / m, sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!(Double.isFinite(x[i]) && Double.isFinite(y[i]))) continue;
            double dx = x[i] - mx, dy = y[i] - my;
            sxx += dx * dx; sxy += dx * dy; syy += dy * dy;
        }
        double slope = sxy / sxx, intercept = my - slope * mx;
        double rss = Math.max(0, syy - slope * sxy);
        double err = m > 2 ? Math.sqrt(rss / (m - 2) / sxx) : Double.NaN;
        return new LineFit(intercept, slope, err, syy > 0 ? 1 - rss / syy : 1, m);
    }

    /** Arrhenius fit ln tau = ln tau_inf + E_act / T: slope() is E_act. */
    public static LineFit arrhenius(double[] temperature, double[] tau) {
        double[] x = new double[temperature.length], y = new double[tau.length];
        for (int i = 0; i < x.length; i++) { x[i] = 1 / temperature[i]; y[i] = tau[i] > 0 ? Math.log(tau[i]) : Double.NaN; }
        return of(x, y);
    }

    public double at(double x) { return intercept + slope * x; }
}
