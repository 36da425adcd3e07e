package glassdyn.papers.mesoelastic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Small pure computes behind paper 004's claims without a check so far (Sec. IV, App. D2, Figs. 10-11): the shape of
 * F_s (two-step decay), the distance between displacement distributions (Fig. 11 c), the drift of an observable
 * between the two halves of a production (stationarity diagnostic), and the temperature of a given tau_alpha/t0
 * (state points matched in viscosity, Figs. 10-11).
 */
public final class MesoelasticCoverage {
    private MesoelasticCoverage() {}

    /** Grid points per decade of time on which -dF_s/dln t is taken (smooths the lag-to-lag noise). */
    static final int PER_DECADE = 6;
    /** Local maxima of -dF_s/dln t below this fraction of the highest one are noise, not a relaxation step. */
    static final double PROMINENT = 0.2;

    /**
     * The beta maximum, the dip and the alpha maximum of -dF_s/dln t (F_s linearly interpolated in ln t on a grid of
     * {@link #PER_DECADE} points per decade over the lags with F_s &gt; {@code floor}; local maxima under
     * {@link #PROMINENT} of the highest are ignored): the alpha maximum is the last local maximum, the beta maximum the
     * highest local maximum before it, the dip the minimum between them. Returns
     * {beta, dip, alpha}; beta and dip are NaN when there is a single local maximum.
     */
    public static double[] twoStepShape(double[] t, double[] fs, double floor) {
        int m = 0;
        double[] lt = new double[t.length], f = new double[t.length];
        for (int i = 0; i < t.length; i++)
            if (t[i] > 0 && Double.isFinite(fs[i]) && fs[i] > floor && (m == 0 || Math.log(t[i]) > lt[m - 1])) { lt[m] = Math.log(t[i]); f[m++] = fs[i]; }
        if (m < 3) return new double[] {Double.NaN, Double.NaN, Double.NaN};
        double h = Math.log(10) / PER_DECADE;
        int g = (int) Math.floor((lt[m - 1] - lt[0]) / h) + 1;
        double[] fg = new double[g];
        for (int j = 0, i = 0; j < g; j++) {
            double x = lt[0] + j * h;
            while (i < m - 2 && lt[i + 1] < x) i++;
            double w = (x - lt[i]) / (lt[i + 1] - lt[i]);
            fg[j] = f[i] + Math.max(0, Math.min(1, w)) * (f[i + 1] - f[i]);
        }
        double[] d = new double[g];
        Arrays.fill(d, Double.NaN);
        for (int j = 1; j < g - 1; j++) d[j] = -(fg[j + 1] - fg[j - 1]) / (2 * h);
        double top = 0;
        for (int j = 1; j < g - 1; j++) top = Math.max(top, d[j]);
        int alpha = -1;
        for (int j = g - 2; j >= 1 && alpha < 0; j--) if (isMax(d, j) && d[j] >= PROMINENT * top) alpha = j;
        if (alpha < 0) return new double[] {Double.NaN, Double.NaN, Double.NaN};
        int beta = -1;
        for (int j = 1; j < alpha; j++) if (isMax(d, j) && d[j] >= PROMINENT * top && (beta < 0 || d[j] > d[beta])) beta = j;
        if (beta < 0) return new double[] {Double.NaN, Double.NaN, d[alpha]};
        double dip = Double.POSITIVE_INFINITY;
        for (int j = beta; j <= alpha; j++) dip = Math.min(dip, d[j]);
        return new double[] {d[beta], dip, d[alpha]};
    }

    /** A local maximum of the interior grid (ties to the left count; the ends count when higher than their neighbour). */
    private static boolean isMax(double[] d, int j) {
        double l = j - 1 >= 1 ? d[j - 1] : Double.NEGATIVE_INFINITY, r = j + 1 < d.length && Double.isFinite(d[j + 1]) ? d[j + 1] : Double.NEGATIVE_INFINITY;
        return d[j] > l && d[j] >= r;
    }

    /** Total-variation distance (1/2) sum |p - q| of two binned densities on the same grid of width {@code dx}, each renormalised. */
    public static double totalVariation(double[] p, double[] q) {
        double sp = 0, sq = 0, d = 0;
        for (int i = 0; i < p.length; i++) { sp += p[i]; sq += q[i]; }
        for (int i = 0; i < p.length; i++) d += Math.abs(p[i] / sp - q[i] / sq);
        return 0.5 * d;
    }

    /** The largest total-variation distance over all pairs of the binned distributions {@code p[k]}. */
    public static double maxTotalVariation(double[][] p) {
        double m = 0;
        for (int a = 0; a < p.length; a++) for (int b = a + 1; b < p.length; b++) m = Math.max(m, totalVariation(p[a], p[b]));
        return m;
    }

    /**
     * Bootstrap replicas of {@link #maxTotalVariation}, each distribution redrawn as a multinomial of its {@code n[k]}
     * independent units (displacements of different particles in time windows one tau_alpha apart): the sampling
     * spread of the distance at those sizes.
     */
    public static double[] maxTotalVariationReplicas(double[][] p, int[] n, int replicas, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] cdf = new double[p.length][], h = new double[p.length][];
        for (int k = 0; k < p.length; k++) { cdf[k] = cumulative(p[k]); h[k] = new double[p[k].length]; }
        double[] out = new double[replicas];
        for (int b = 0; b < replicas; b++) {
            for (int k = 0; k < p.length; k++) draw(cdf[k], n[k], rng, h[k]);
            out[b] = maxTotalVariation(h);
        }
        return out;
    }

    /**
     * The finite-sample bias of {@link #maxTotalVariation}: its mean over multinomial draws of every distribution from
     * their pooled (count-weighted) distribution with the same sizes {@code n[k]}, i.e. the distance that sampling
     * alone produces between identical distributions.
     */
    public static double nullMaxTotalVariation(double[][] p, int[] n, int replicas, long seed) {
        double[] pooled = new double[p[0].length];
        for (int k = 0; k < p.length; k++) {
            double s = 0;
            for (double v : p[k]) s += Math.max(0, v);
            for (int i = 0; i < pooled.length; i++) pooled[i] += n[k] * Math.max(0, p[k][i]) / s;
        }
        double[][] same = new double[p.length][];
        for (int k = 0; k < p.length; k++) same[k] = pooled;
        return java.util.Arrays.stream(maxTotalVariationReplicas(same, n, replicas, seed)).average().orElse(Double.NaN);
    }

    /** Sums of {@code width} consecutive bins (a coarser histogram; a last partial group is kept). */
    public static double[] rebin(double[] p, int width) {
        double[] out = new double[(p.length + width - 1) / width];
        for (int i = 0; i < p.length; i++) out[i / width] += p[i];
        return out;
    }

    private static double[] cumulative(double[] p) {
        double[] c = new double[p.length];
        double s = 0;
        for (int i = 0; i < p.length; i++) { s += Math.max(0, p[i]); c[i] = s; }
        for (int i = 0; i < p.length; i++) c[i] /= s;
        return c;
    }

    private static void draw(double[] cdf, int n, SplittableRandom rng, double[] h) {
        Arrays.fill(h, 0);
        for (int k = 0; k < n; k++) {
            int i = Arrays.binarySearch(cdf, rng.nextDouble());
            i = i < 0 ? -i - 1 : i;
            h[Math.min(i, h.length - 1)]++;
        }
    }

    /**
     * Drift of a time series between the two halves of a production (stationarity diagnostic): {second-half mean minus
     * first-half mean, its standard error from blocks of {@code block} consecutive values (block means treated as
     * independent), z = drift / error}; NaN error and z with fewer than 2 blocks per half.
     */
    public static double[] halfDrift(double[] v, int block) {
        int half = v.length / 2;
        double[] a = Arrays.copyOfRange(v, 0, half), b = Arrays.copyOfRange(v, v.length - half, v.length);
        double[] ea = blockError(a, block), eb = blockError(b, block);
        double d = eb[0] - ea[0], se = Math.sqrt(ea[1] * ea[1] + eb[1] * eb[1]);
        return new double[] {d, se, d / se};
    }

    /** {mean, standard error of the mean from non-overlapping blocks}; NaN error with fewer than 2 blocks. */
    static double[] blockError(double[] v, int block) {
        int nb = v.length / Math.max(1, block);
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        if (nb < 2) return new double[] {mean, Double.NaN};
        double[] bm = new double[nb];
        for (int k = 0; k < nb; k++) for (int i = 0; i < block; i++) bm[k] += v[k * block + i] / block;
        double m = Arrays.stream(bm).average().orElse(Double.NaN), s2 = 0;
        for (double x : bm) s2 += (x - m) * (x - m);
        return new double[] {mean, Math.sqrt(s2 / (nb - 1) / nb)};
    }

    /**
     * The temperature at which ln(tau_alpha/t0), taken linear in 1/T between the two bracketing measured temperatures,
     * equals ln(target), and the same from the quadratic through the three nearest points: {T_linear, T_quadratic}.
     * NaN when the target lies outside the measured range (no extrapolation).
     */
    public static double[] temperatureAt(double[] temps, double[] tauOverT0, double target) {
        int n = temps.length;
        Integer[] o = new Integer[n];
        for (int i = 0; i < n; i++) o[i] = i;
        Arrays.sort(o, (i, j) -> Double.compare(1 / temps[i], 1 / temps[j]));
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) { x[i] = 1 / temps[o[i]]; y[i] = Math.log(tauOverT0[o[i]]); }
        double ly = Math.log(target);
        for (int i = 0; i + 1 < n; i++) {
            if (!Double.isFinite(y[i]) || !Double.isFinite(y[i + 1]) || (ly - y[i]) * (ly - y[i + 1]) > 0 || y[i] == y[i + 1]) continue;
            double xl = x[i] + (ly - y[i]) * (x[i + 1] - x[i]) / (y[i + 1] - y[i]);
            boolean left = i >= 1 && (i + 2 >= n || Math.abs(ly - y[i - 1]) <= Math.abs(ly - y[i + 2]));
            int a = Math.max(0, Math.min(n - 3, left ? i - 1 : i));
            double xq = n >= 3 ? quadraticRoot(x, y, a, ly, xl) : Double.NaN;
            return new double[] {1 / xl, 1 / xq};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /** x where the parabola through points a, a+1, a+2 equals ly, by Newton's method from x0. */
    private static double quadraticRoot(double[] x, double[] y, int a, double ly, double x0) {
        double xx = x0;
        for (int it = 0; it < 50; it++) {
            double v = 0, dv = 0;
            for (int i = a; i < a + 3; i++) {
                double li = 1, dli = 0;
                for (int j = a; j < a + 3; j++) {
                    if (j == i) continue;
                    double den = x[i] - x[j];
                    dli = dli * (xx - x[j]) / den + li / den;
                    li *= (xx - x[j]) / den;
                }
                v += y[i] * li; dv += y[i] * dli;
            }
            if (!Double.isFinite(v) || dv == 0) return Double.NaN;
            double step = (v - ly) / dv;
            xx -= step;
            if (Math.abs(step) < 1e-14) break;
        }
        return xx;
    }
}
