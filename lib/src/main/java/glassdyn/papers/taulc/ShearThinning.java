package glassdyn.papers.taulc;

import glassdyn.stats.LineFit;

/**
 * The flow curve eta(rate) of paper 001 (Fig. 1, Sec. III B) and its shear-thinning exponent.
 *
 * <p>The paper calls "shear-thinning regime" the rates where {@code eta ~ rate^-lambda} holds, and fits lambda there
 * only (Fig. 1: the Newtonian and crossover regimes, left of the dashed lines, are excluded). It also writes the whole
 * flow curve in the Cross form {@code eta = eta_eq / [1 + (tau_eta rate)^lambda]} with the same lambda (Sec. III B,
 * refs [2, 43, 96]), whose local exponent is
 * <pre>
 *   -d ln eta / d ln rate = lambda (1 - eta / eta_eq).
 * </pre>
 * So the power law holds to within {@code d lambda} of lambda only where {@code eta / eta_eq <= d lambda / lambda}:
 * {@link #powerLawRegime} selects those rates, and {@link #powerLaw} fits lambda over them (the paper's procedure); a
 * flow curve whose top rate has not reached that ratio has no power-law regime to fit. {@link #fitCross} fits the Cross
 * form itself to every rate, a diagnostic of where the curve is headed.
 */
public final class ShearThinning {
    /** Range scanned for the Cross exponent (thinning exponents of glass formers lie well inside). */
    public static final double LAMBDA_MIN = 0.05, LAMBDA_MAX = 2.0;

    private ShearThinning() {}

    /** The Cross form with its fitted parameters and the rms residual of ln eta. */
    public record Cross(double etaEq, double tauEta, double lambda, double rmsLog) {
        public double at(double rate) { return etaEq / (1 + Math.pow(tauEta * rate, lambda)); }
        /** Local exponent {@code -d ln eta / d ln rate = lambda x / (1 + x)}, {@code x = (tau_eta rate)^lambda}. */
        public double localExponent(double rate) {
            double x = Math.pow(tauEta * rate, lambda);
            return lambda * x / (1 + x);
        }
    }

    /**
     * Least squares of ln eta against the Cross form over every rate: for fixed (tau_eta, lambda) the best ln eta_eq is
     * the mean residual, so only (ln tau_eta, lambda) are searched, on a grid and then by a shrinking pattern search.
     */
    public static Cross fitCross(double[] rate, double[] eta) {
        if (rate.length != eta.length || rate.length < 3) throw new IllegalArgumentException("the Cross form needs >= 3 rates");
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (double r : rate) { lo = Math.min(lo, r); hi = Math.max(hi, r); }
        double uLo = Math.log(1e-3 / hi), uHi = Math.log(1e3 / lo);
        int grid = 200;
        double bestU = uLo, bestL = LAMBDA_MIN, best = Double.POSITIVE_INFINITY;
        for (int a = 0; a <= grid; a++)
            for (int b = 0; b <= grid; b++) {
                double u = uLo + (uHi - uLo) * a / grid, l = LAMBDA_MIN + (LAMBDA_MAX - LAMBDA_MIN) * b / grid;
                double r = residual(rate, eta, u, l);
                if (r < best) { best = r; bestU = u; bestL = l; }
            }
        double du = (uHi - uLo) / grid, dl = (LAMBDA_MAX - LAMBDA_MIN) / grid;
        for (int it = 0; it < 200 && (du > 1e-12 || dl > 1e-12); it++) {
            boolean moved = false;
            for (int k = 0; k < 4; k++) {
                double u = bestU + (k == 0 ? du : k == 1 ? -du : 0), l = bestL + (k == 2 ? dl : k == 3 ? -dl : 0);
                if (l < LAMBDA_MIN || l > LAMBDA_MAX) continue;
                double r = residual(rate, eta, u, l);
                if (r < best) { best = r; bestU = u; bestL = l; moved = true; }
            }
            if (!moved) { du /= 2; dl /= 2; }
        }
        double lnEq = logEtaEq(rate, eta, bestU, bestL);
        return new Cross(Math.exp(lnEq), Math.exp(bestU), bestL, Math.sqrt(best / rate.length));
    }

    private static double logEtaEq(double[] rate, double[] eta, double u, double l) {
        double s = 0;
        for (int i = 0; i < rate.length; i++) s += Math.log(eta[i]) + Math.log1p(Math.exp(l * (u + Math.log(rate[i]))));
        return s / rate.length;
    }

    private static double residual(double[] rate, double[] eta, double u, double l) {
        double c = logEtaEq(rate, eta, u, l), r = 0;
        for (int i = 0; i < rate.length; i++) {
            double e = Math.log(eta[i]) - c + Math.log1p(Math.exp(l * (u + Math.log(rate[i]))));
            r += e * e;
        }
        return r;
    }

    /**
     * The rates in the power-law regime: {@code eta <= maxRatio * etaEq}, where the Cross form's local exponent is
     * within {@code maxRatio * lambda} of lambda (take {@code maxRatio = tolerance / lambda}).
     */
    public static boolean[] powerLawRegime(double[] eta, double etaEq, double maxRatio) {
        boolean[] in = new boolean[eta.length];
        for (int i = 0; i < eta.length; i++) in[i] = eta[i] <= maxRatio * etaEq;
        return in;
    }

    /** Least-squares line of ln eta vs ln rate over the selected rates; lambda = -slope (NaN slope with fewer than 2). */
    public static LineFit powerLaw(double[] rate, double[] eta, boolean[] use) {
        double[] x = new double[rate.length], y = new double[rate.length];
        for (int i = 0; i < rate.length; i++) {
            x[i] = use[i] ? Math.log(rate[i]) : Double.NaN;
            y[i] = use[i] ? Math.log(eta[i]) : Double.NaN;
        }
        return LineFit.of(x, y);
    }

    /** The power law eta = exp(intercept) rate^slope of a log-log line fit (Fig. 1), evaluated at a rate. */
    public record PowerLaw(LineFit fit) {
        public double at(double rate) { return Math.exp(fit.at(Math.log(rate))); }
        /** The shear-thinning exponent lambda = -slope. */
        public double lambda() { return -fit.slope(); }
    }
}
