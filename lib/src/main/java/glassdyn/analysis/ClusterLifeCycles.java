package glassdyn.analysis;

/**
 * The life cycle t0 &lt; t1 &lt; t2 &lt; t3 of a convective cluster from its smoothed stress sigma_c(t) (paper 000 p. 2,
 * Fig. 2(a)): "as time t evolves, sigma_c increases from nearly zero. We denote the starting point of the increase of
 * sigma_c as t0. At t &gt; t0, sigma_c first undergoes a linear growth until t1, then a milder growth until t2, and
 * finally a sharp drop until t3."
 *
 * <p>Two definitions, both pure functions of the series:
 * <ul>
 * <li>{@link #fromZero} (the default, the paper's): t2 is the stress maximum inside the detection window; t0 is the
 *     last time before t2 where sigma_c is below {@link #T0_LEVEL} of sigma_c(t2), i.e. "nearly zero" measured from
 *     zero; t3 the first local minimum after t2 below {@link #T3_LEVEL} of sigma_c(t2); t1 the break of a continuous
 *     two-segment fit on [t0, t2]. A region whose stress never comes near zero before its peak has no life cycle.</li>
 * <li>{@link #fromBaseline} (sensitivity study only, commit bc91e38): the levels measured from the lowest value before
 *     (after) t2. It finds a "life cycle" in any fluctuating series (the review's Appendix A; the unit test on
 *     Ornstein-Uhlenbeck noise), so it is never the default.</li>
 * </ul>
 */
public final class ClusterLifeCycles {
    /** t0: sigma_c at most 10% of sigma_c(t2) ("nearly zero", spec 000 section 2.8). */
    public static final double T0_LEVEL = 0.1;
    /** t3: sigma_c at most 20% of sigma_c(t2) after the drop (spec 000 section 2.8). */
    public static final double T3_LEVEL = 0.2;

    /** Moments as indices into the series (-1 when not found) and the yield stress sigma_c(t2). */
    public record LifeCycle(int k0, int k1, int k2, int k3, double yield, double startRatio) {
        public static final LifeCycle NONE = new LifeCycle(-1, -1, -1, -1, Double.NaN, Double.NaN);

        /** Whether t0, t2 and t3 were found with a positive yield stress. */
        public boolean complete() { return k0 >= 0 && k2 > k0 && k3 > k2 && yield > 0; }
    }

    private ClusterLifeCycles() {}

    /**
     * The paper's life cycle: levels from zero. t2 = the maximum of {@code s} on the index range [lo, hi] (clipped to
     * [1, m-2]); {@code startRatio} = min(s before t2) / s(t2), so the paper's t0 exists iff startRatio &lt;= T0_LEVEL.
     */
    public static LifeCycle fromZero(double[] t, double[] s, int lo, int hi) {
        return find(t, s, lo, hi, false);
    }

    /** The baseline-relative variant (sensitivity study): levels from the lowest value before, resp. after, t2. */
    public static LifeCycle fromBaseline(double[] t, double[] s, int lo, int hi) {
        return find(t, s, lo, hi, true);
    }

    private static LifeCycle find(double[] t, double[] s, int lo, int hi, boolean baseline) {
        int m = s.length;
        lo = Math.max(1, lo); hi = Math.min(m - 2, hi);
        if (hi < lo) return LifeCycle.NONE;
        int k2 = lo;
        for (int k = lo + 1; k <= hi; k++) if (s[k] > s[k2]) k2 = k;
        if (!(s[k2] > 0)) return LifeCycle.NONE;
        double before = Double.POSITIVE_INFINITY, after = Double.POSITIVE_INFINITY;
        for (int k = 0; k < k2; k++) before = Math.min(before, s[k]);
        for (int k = k2 + 1; k < m; k++) after = Math.min(after, s[k]);
        double ratio = before / s[k2];
        double base0 = baseline ? before : 0, base3 = baseline ? after : 0;
        int k0 = -1;
        for (int k = k2 - 1; k >= 0; k--) if (s[k] <= base0 + T0_LEVEL * (s[k2] - base0)) { k0 = k; break; }
        int k3 = -1;
        for (int k = k2 + 1; k < m; k++) {
            boolean localMin = k == m - 1 || s[k] <= s[k + 1];
            if (s[k] <= base3 + T3_LEVEL * (s[k2] - base3) && localMin) { k3 = k; break; }
        }
        int k1 = k0 < 0 ? -1 : breakpoint(t, s, k0, k2);
        return new LifeCycle(k0, k1, k2, k0 < 0 ? -1 : k3, s[k2], ratio);
    }

    /** Breakpoint of the continuous two-segment least-squares fit of s on [a, b] (index). */
    public static int breakpoint(double[] t, double[] s, int a, int b) {
        if (b - a < 3) return (a + b) / 2;
        double best = Double.POSITIVE_INFINITY;
        int bestK = (a + b) / 2;
        for (int k = a + 1; k < b; k++) {
            // model s = c0 + c1 (t - t_a) + c2 max(0, t - t_k): linear least squares in (c0, c1, c2)
            double[][] ata = new double[3][3];
            double[] atb = new double[3];
            for (int q = a; q <= b; q++) {
                double[] row = {1, t[q] - t[a], Math.max(0, t[q] - t[k])};
                for (int r = 0; r < 3; r++) { atb[r] += row[r] * s[q]; for (int c = 0; c < 3; c++) ata[r][c] += row[r] * row[c]; }
            }
            double[] coef = solve3(ata, atb);
            if (coef == null) continue;
            double rss = 0;
            for (int q = a; q <= b; q++) {
                double e = s[q] - coef[0] - coef[1] * (t[q] - t[a]) - coef[2] * Math.max(0, t[q] - t[k]);
                rss += e * e;
            }
            if (rss < best) { best = rss; bestK = k; }
        }
        return bestK;
    }

    /** Cramer's rule for a 3x3 system; null when singular. */
    public static double[] solve3(double[][] a, double[] b) {
        double det = a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
            + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
        if (Math.abs(det) < 1e-300) return null;
        double[] x = new double[3];
        for (int c = 0; c < 3; c++) {
            double[][] m = {a[0].clone(), a[1].clone(), a[2].clone()};
            for (int r = 0; r < 3; r++) m[r][c] = b[r];
            x[c] = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])) / det;
        }
        return x;
    }

    /** Centred moving average over {@code width} points (shorter at the ends). */
    public static double[] movingAverage(double[] v, int width) {
        double[] s = new double[v.length];
        int h = width / 2;
        for (int k = 0; k < v.length; k++) {
            double sum = 0;
            int c = 0;
            for (int q = Math.max(0, k - h); q <= Math.min(v.length - 1, k + h); q++) { sum += v[q]; c++; }
            s[k] = sum / c;
        }
        return s;
    }
}
