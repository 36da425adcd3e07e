package glassdyn.analysis;

import glassdyn.stats.LineFit;

/**
 * The self-diffusion coefficient from a mean-square displacement, D = lim MSD / (2 d t), taken as slope / (2 d) of a
 * straight line (with intercept, which absorbs the cage plateau) through the lags where MSD exceeds
 * {@code msdMin} (paper 004 Fig. 9 b; spec 004 A18: MSD &gt; a0^2), with what says whether that window is diffusive:
 * the log-log slope d ln MSD / d ln t over the same lags (1 in the diffusive regime, below 1 while the MSD is still
 * sub-diffusive, where the line slope and so D are biased).
 *
 * @param d          the diffusion coefficient, NaN when fewer than two lags pass {@code msdMin}
 * @param windowStart first lag of the fit window
 * @param windowEnd  last lag of the fit window
 * @param logSlope   least-squares slope of ln MSD against ln t over the window
 * @param points     lags in the window
 */
public record DiffusionCoefficient(double d, double windowStart, double windowEnd, double logSlope, int points) {

    /** D in {@code dim} dimensions over the lags with MSD &gt; {@code msdMin} (and t &gt; 0). */
    public static DiffusionCoefficient of(double[] t, double[] msd, double msdMin, int dim) {
        int m = 0;
        for (int i = 0; i < t.length; i++) if (t[i] > 0 && msd[i] > msdMin) m++;
        if (m < 2) return new DiffusionCoefficient(Double.NaN, Double.NaN, Double.NaN, Double.NaN, m);
        double[] x = new double[m], y = new double[m], lx = new double[m], ly = new double[m];
        int k = 0;
        for (int i = 0; i < t.length; i++) {
            if (!(t[i] > 0 && msd[i] > msdMin)) continue;
            x[k] = t[i]; y[k] = msd[i]; lx[k] = Math.log(t[i]); ly[k] = Math.log(msd[i]);
            k++;
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : x) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        return new DiffusionCoefficient(LineFit.of(x, y).slope() / (2 * dim), lo, hi, LineFit.of(lx, ly).slope(), m);
    }

    /** Whether the window is diffusive: |logSlope - 1| at most {@code tolerance}. */
    public boolean diffusive(double tolerance) {
        return Double.isFinite(logSlope) && Math.abs(logSlope - 1) <= tolerance;
    }
}
