package glassdyn.papers.taulc;

import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/**
 * The particle-level relation between the configurational relaxation time tau_LC and the time under shear tau_sh of
 * paper 001 (Yu, Zeng and Wang 2025), Figs. 3, 7, 8:
 * <ul>
 *   <li>equal-count bins of particles sorted by tau_LC, mean tau_sh per bin (spec 001 ambiguity 10);</li>
 *   <li>the fit of Eq. 3, {@code tau_sh = tau_sh_inf [1 - exp(-tau_LC / tau_0)]}, by least squares on the bin means
 *       with both parameters free (for fixed tau_0 the best tau_sh_inf is linear; tau_0 by golden section on ln tau_0);</li>
 *   <li>the slow/fast boundary of Eq. 2, {@code tau_LC,c - tau_sh(tau_LC,c) = tau_2}, on the fitted curve, and
 *       p_slow = fraction with {@code tau_LC >= tau_LC,c} (curve-based, spec ambiguity 11) and the per-particle
 *       version {@code tau_LC - tau_sh >= tau_2}.</li>
 * </ul>
 */
public final class TauShRelation {
    /** Fewest particles per bin (spec 001 section 2.5 default: at least 50). */
    public static final int MIN_PER_BIN = 50;
    /** Most bins (enough to resolve the flattening; more only adds noise at the quick scale). */
    public static final int MAX_BINS = 12;

    /** Result of the Eq. 3 fit on the bin means. */
    public record Fit(double tauShInf, double tau0, double rSquared) {
        public double at(double tauLc) { return tauShInf * -Math.expm1(-tauLc / tau0); }
    }

    private final double[] tauLc, tauSh;
    private final double[] binLc, binSh, binShError;
    private final int[] binCount;
    private final Fit fit;

    public TauShRelation(double[] tauLc, double[] tauSh) {
        if (tauLc.length != tauSh.length || tauLc.length < 2) throw new IllegalArgumentException("need matching tau_LC and tau_sh arrays");
        this.tauLc = tauLc.clone();
        this.tauSh = tauSh.clone();
        int n = tauLc.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(tauLc[a], tauLc[b]));
        int bins = Math.max(1, Math.min(MAX_BINS, n / MIN_PER_BIN));
        binLc = new double[bins]; binSh = new double[bins]; binShError = new double[bins]; binCount = new int[bins];
        for (int b = 0; b < bins; b++) {
            int from = (int) ((long) b * n / bins), to = (int) ((long) (b + 1) * n / bins);
            double sl = 0, ss = 0, s2 = 0;
            for (int k = from; k < to; k++) { int i = order[k]; sl += tauLc[i]; ss += tauSh[i]; s2 += tauSh[i] * tauSh[i]; }
            int m = to - from;
            binCount[b] = m;
            binLc[b] = sl / m;
            binSh[b] = ss / m;
            binShError[b] = m > 1 ? Math.sqrt(Math.max(0, s2 / m - binSh[b] * binSh[b]) / (m - 1)) : 0;
        }
        fit = fit(binLc, binSh);
    }

    /** Least squares of Eq. 3 to points (x, y): tau_sh_inf linear for each tau_0; tau_0 by golden section in ln tau_0. */
    public static Fit fit(double[] x, double[] y) {
        double xmax = 0, xmin = Double.POSITIVE_INFINITY;
        for (double v : x) { xmax = Math.max(xmax, v); xmin = Math.min(xmin, v); }
        double lo = Math.log(Math.max(1e-6, xmin * 1e-2)), hi = Math.log(Math.max(1e-5, xmax * 1e3));
        // coarse scan, then golden section around the best point
        int scan = 200;
        double best = Double.POSITIVE_INFINITY, bestU = lo;
        for (int k = 0; k <= scan; k++) {
            double u = lo + (hi - lo) * k / scan, r = residual(x, y, Math.exp(u));
            if (r < best) { best = r; bestU = u; }
        }
        double step = (hi - lo) / scan, a = bestU - step, b = bestU + step, g = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 100; it++) {
            double c = b - g * (b - a), d = a + g * (b - a);
            if (residual(x, y, Math.exp(c)) < residual(x, y, Math.exp(d))) b = d; else a = c;
        }
        double tau0 = Math.exp(0.5 * (a + b)), amp = amplitude(x, y, tau0);
        double my = 0, syy = 0;
        for (double v : y) my += v / y.length;
        for (double v : y) syy += (v - my) * (v - my);
        double rss = residual(x, y, tau0);
        return new Fit(amp, tau0, syy > 0 ? 1 - rss / syy : 1);
    }

    private static double amplitude(double[] x, double[] y, double tau0) {
        double sfy = 0, sff = 0;
        for (int i = 0; i < x.length; i++) { double f = -Math.expm1(-x[i] / tau0); sfy += f * y[i]; sff += f * f; }
        return sff > 0 ? sfy / sff : 0;
    }

    private static double residual(double[] x, double[] y, double tau0) {
        double a = amplitude(x, y, tau0), r = 0;
        for (int i = 0; i < x.length; i++) { double e = y[i] - a * -Math.expm1(-x[i] / tau0); r += e * e; }
        return r;
    }

    public Fit fit() { return fit; }

    /** Bin means: {@code tau_LC, tau_sh, tau_sh_error, count}. */
    public Table bins() {
        double[] c = new double[binCount.length];
        for (int b = 0; b < c.length; b++) c[b] = binCount[b];
        return Tables.of("tau_sh(tau_LC) bins", "tau_LC", binLc.clone(), "tau_sh", binSh.clone(),
            "tau_sh_error", binShError.clone(), "count", c);
    }

    /**
     * The boundary tau_LC,c of Eq. 2 on the fitted curve: the first tau_LC where {@code tau_LC - tau_sh(tau_LC)}
     * reaches {@code tau2} (it starts at 0 and grows without bound). Scanned on a fine log grid then bisected.
     */
    public double criticalTauLc(double tau2) {
        double x = Math.max(1e-6, fit.tau0 * 1e-4), prev = x;
        while (x - fit.at(x) < tau2) {
            prev = x;
            x *= 1.01;
            if (x > 1e12) return Double.POSITIVE_INFINITY;
        }
        double a = prev, b = x;
        for (int it = 0; it < 100; it++) {
            double m = 0.5 * (a + b);
            if (m - fit.at(m) < tau2) a = m; else b = m;
        }
        return 0.5 * (a + b);
    }

    /** Slow (solid-like) flags by the curve threshold {@code tau_LC >= tau_LC,c} (spec 001 ambiguity 11 default). */
    public boolean[] slowByCurve(double tau2) {
        double c = criticalTauLc(tau2);
        boolean[] s = new boolean[tauLc.length];
        for (int i = 0; i < s.length; i++) s[i] = tauLc[i] >= c;
        return s;
    }

    /** Slow flags particle by particle, Eq. 2: {@code tau_LC - tau_sh >= tau_2}. */
    public boolean[] slowPerParticle(double tau2) {
        boolean[] s = new boolean[tauLc.length];
        for (int i = 0; i < s.length; i++) s[i] = tauLc[i] - tauSh[i] >= tau2;
        return s;
    }

    /** Fraction of true flags. */
    public static double fraction(boolean[] f) {
        int k = 0;
        for (boolean b : f) if (b) k++;
        return (double) k / f.length;
    }

    /** Eq. 4, the master curve of the rescaled relation: tau*_sh = 1 - exp(-tau*_LC). */
    public static double masterCurve(double tauLcStar) { return -Math.expm1(-tauLcStar); }
}
