package glassdyn.epm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Time-origin averaged two-point and four-point functions of EPM-Q in a stationary window [tStart, tEnd]
 * (Ozawa and Biroli, PRL 130, 138201 (2023)): the persistence P(t) = (1/L^2) sum_i p_i(t) with p_i = 1 if site i
 * had no plastic event in (t0, t0 + t] (main text, ref. [42]); chi_4(t) = L^2 (&lt;P^2&gt; - &lt;P&gt;^2) (SI Eq. 19);
 * C_s(t) = sum_i &lt;sigma_i(t0+t) sigma_i(t0)&gt; / sum_i &lt;sigma_i(t0)^2&gt; (SI Eq. 17, raw products);
 * C_p(t) = (1/L^2) sum_i &lt;cos(k [gamma^p_i(t0+t) - gamma^p_i(t0)])&gt;, k = 2 pi (SI Eq. 18); and the yield rate
 * Gamma = events / (L^2 duration) (spec 002 A16). &lt;...&gt; is the average over time origins t0 (SI, "Time
 * correlation functions").
 *
 * <p>Bookkeeping (the paper is silent): an origin opens every {@code originSpacing} sweeps in [tStart, tEnd); each
 * origin is read at the lags {@code lags} as long as t0 + lag &lt;= tEnd. C_s and C_p are read on every
 * {@code stressEvery}-th origin only (they cost O(N) per reading; 0 disables them).
 */
public final class DynamicCorrelations implements EpmObserver {
    private final double tStart, tEnd, spacing;
    private final double[] lags;
    private final int stressEvery;
    private final int n;
    private final double[] sumP, sumP2, sumSS, sumS0, sumCp;
    private final long[] count, stressCount;
    private final ArrayDeque<Tracker> live = new ArrayDeque<>();
    private final ArrayDeque<Tracker> pool = new ArrayDeque<>();
    private long origins;
    private double nextOrigin;
    private long eventsInWindow;
    /** Origins are grouped by their time into this many consecutive blocks for the error bars of tau_alpha and the
     * chi_4 peak (standard error of the block values; the paper gives no error bars). */
    public static final int BLOCKS = 8;
    private final double[][] blockP, blockP2;
    private final long[][] blockCount;
    /** Wave number k = 2 pi of SI Eq. 18. */
    public static final double PLASTIC_WAVENUMBER = 2 * Math.PI;

    private static final class Tracker {
        double t0;
        boolean[] moved;
        int persistent;
        int k;
        boolean stress;
        double[] sigma0, gamma0;
    }

    public DynamicCorrelations(int sites, double tStart, double tEnd, double originSpacing, double[] lags, int stressEvery) {
        if (!(tEnd > tStart)) throw new IllegalArgumentException("empty window [" + tStart + ", " + tEnd + "]");
        if (!(originSpacing > 0)) throw new IllegalArgumentException("origin spacing must be positive");
        this.n = sites;
        this.tStart = tStart;
        this.tEnd = tEnd;
        this.spacing = originSpacing;
        this.lags = lags.clone();
        this.stressEvery = stressEvery;
        int m = lags.length;
        sumP = new double[m]; sumP2 = new double[m]; sumSS = new double[m]; sumS0 = new double[m]; sumCp = new double[m];
        count = new long[m]; stressCount = new long[m];
        blockP = new double[BLOCKS][m]; blockP2 = new double[BLOCKS][m]; blockCount = new long[BLOCKS][m];
        nextOrigin = tStart;
    }

    /** Log-spaced lags tMin * ratio^m up to tMax (spec 002 section 2.1 suggests 0.01 * 1.12^m). */
    public static double[] logLags(double tMin, double tMax, double ratio) {
        List<Double> out = new ArrayList<>();
        for (double t = tMin; t <= tMax * (1 + 1e-12); t *= ratio) out.add(t);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public void advance(double t, EpmDynamics s) {
        while (nextOrigin < t && nextOrigin < tEnd) {
            open(nextOrigin, s);
            origins++;
            nextOrigin = tStart + origins * spacing;
        }
        int size = live.size();
        for (int q = 0; q < size; q++) {
            Tracker tr = live.pollFirst();
            while (tr.k < lags.length && tr.t0 + lags[tr.k] < t && tr.t0 + lags[tr.k] <= tEnd) record(tr, s);
            if (tr.k >= lags.length || tr.t0 + lags[tr.k] > tEnd) pool.addLast(tr);
            else live.addLast(tr);
        }
    }

    @Override
    public void event(int site, EpmDynamics s) {
        double t = s.time();
        if (t > tStart && t <= tEnd) eventsInWindow++;
        for (Tracker tr : live)
            if (!tr.moved[site]) { tr.moved[site] = true; tr.persistent--; }
    }

    private void open(double t0, EpmDynamics s) {
        Tracker tr = pool.isEmpty() ? new Tracker() : pool.pollFirst();
        if (tr.moved == null) tr.moved = new boolean[n]; else java.util.Arrays.fill(tr.moved, false);
        tr.t0 = t0;
        tr.persistent = n;
        tr.k = 0;
        tr.stress = stressEvery > 0 && origins % stressEvery == 0;
        if (tr.stress) {
            if (tr.sigma0 == null) { tr.sigma0 = new double[n]; tr.gamma0 = new double[n]; }
            System.arraycopy(s.sigma(), 0, tr.sigma0, 0, n);
            System.arraycopy(s.plasticStrain(), 0, tr.gamma0, 0, n);
        }
        live.addLast(tr);
    }

    private void record(Tracker tr, EpmDynamics s) {
        int k = tr.k++;
        double p = (double) tr.persistent / n;
        sumP[k] += p;
        sumP2[k] += p * p;
        count[k]++;
        int b = Math.min(BLOCKS - 1, (int) ((tr.t0 - tStart) / (tEnd - tStart) * BLOCKS));
        blockP[b][k] += p;
        blockP2[b][k] += p * p;
        blockCount[b][k]++;
        if (tr.stress) {
            double[] sg = s.sigma(), g = s.plasticStrain();
            double ss = 0, s0 = 0, cp = 0;
            for (int i = 0; i < n; i++) {
                ss += sg[i] * tr.sigma0[i];
                s0 += tr.sigma0[i] * tr.sigma0[i];
                cp += Math.cos(PLASTIC_WAVENUMBER * (g[i] - tr.gamma0[i]));
            }
            sumSS[k] += ss;
            sumS0[k] += s0;
            sumCp[k] += cp / n;
            stressCount[k]++;
        }
    }

    /** The averages so far (lags without any reading are dropped). */
    public Correlations result() {
        int m = 0;
        for (long c : count) if (c > 0) m++;
        double[] t = new double[m], p = new double[m], chi4 = new double[m], cs = new double[m], cp = new double[m];
        double[] samples = new double[m];
        int j = 0;
        for (int k = 0; k < lags.length; k++) {
            if (count[k] == 0) continue;
            t[j] = lags[k];
            p[j] = sumP[k] / count[k];
            chi4[j] = n * (sumP2[k] / count[k] - p[j] * p[j]);
            cs[j] = stressCount[k] > 0 ? sumSS[k] / sumS0[k] : Double.NaN;
            cp[j] = stressCount[k] > 0 ? sumCp[k] / stressCount[k] : Double.NaN;
            samples[j] = count[k];
            j++;
        }
        double gamma = eventsInWindow / (n * (tEnd - tStart));
        // block values of tau_alpha and of the chi_4 peak (on the lags every block has)
        double[] tauB = new double[BLOCKS], peakB = new double[BLOCKS];
        for (int b = 0; b < BLOCKS; b++) {
            int mb = 0;
            for (int k = 0; k < lags.length; k++) if (count[k] > 0 && blockCount[b][k] > 0) mb++;
            double[] tb = new double[mb], pb = new double[mb], cb = new double[mb];
            int q = 0;
            for (int k = 0; k < lags.length; k++) {
                if (count[k] == 0 || blockCount[b][k] == 0) continue;
                tb[q] = lags[k];
                pb[q] = blockP[b][k] / blockCount[b][k];
                cb[q] = n * (blockP2[b][k] / blockCount[b][k] - pb[q] * pb[q]);
                q++;
            }
            Correlations cb0 = new Correlations(tb, pb, cb, pb, pb, pb, gamma, 0, Double.NaN, Double.NaN);
            tauB[b] = cb0.tauAlpha();
            peakB[b] = mb > 0 && tb[mb - 1] > 2 * cb0.chi4PeakTime() ? cb0.chi4Peak() : Double.NaN;
        }
        return new Correlations(t, p, chi4, cs, cp, samples, gamma, origins, standardError(tauB), standardError(peakB));
    }

    /** Standard error of the mean of the finite values (NaN if fewer than 3). */
    static double standardError(double[] v) {
        int m = 0;
        double s = 0, s2 = 0;
        for (double x : v) if (Double.isFinite(x)) { m++; s += x; s2 += x * x; }
        if (m < 3) return Double.NaN;
        double mean = s / m;
        return Math.sqrt(Math.max(0, s2 / m - mean * mean) / (m - 1));
    }
}
