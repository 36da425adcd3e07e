package glassdyn.papers.cagejump;

import glassdyn.InputException;
import glassdyn.space.Box;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The pair correlation of cage jumps and its anisotropy (paper 000 Eq. (1) and Fig. 4(b-d); the definition follows
 * its Ref. [26], Chacko et al. PRL 127, 048002 (2021)): for reference jumps r_c,j (inside a cluster around t1) and
 * target jumps r_s,k (anywhere during [t1, t2], all mapped to one time by the caller), the separations
 * {@code r = r_s,k - r_c,j} (minimum image) are binned in r and projected on the real orthonormal spherical harmonics
 * Y_lm, l &lt;= {@link #L_MAX}. Reported: the orientation-averaged {@code g_cj(r) = H(r) / (N_ref (N_tgt / V) dV(r))}
 * (the ideal-gas normalisation, tending to 1 at large r; the paper's literal prefactor N'_s/N_b only rescales it),
 * and the anisotropy {@code alpha(r) = <[g_cj(r, Omega) / g_cj(r) - 1]^2>_Omega = sum_{l=1..4} sum_m c_lm^2 / c_00^2}
 * (Parseval), with the shot noise of a finite number of pairs removed: {@code c_lm^2} is estimated by
 * {@code (sum_p Y_lm)^2 - sum_p Y_lm^2} (the sum over distinct pairs of pairs, unbiased for uncorrelated directions).
 * The column {@code alpha_noise} is the standard deviation of that estimator for uncorrelated directions,
 * {@code sqrt(2 sum_lm (sum_p Y_lm^2)^2) / c_00^2}, so alpha is distinguishable from zero where it exceeds
 * {@link #SIGNIFICANCE} times it.
 */
public final class CageJumpPairCorrelation {
    /** Highest harmonic degree, l &lt;= 4 (spec 000 section 2.15 default). */
    public static final int L_MAX = 4;
    /** Radial bin width 0.5 d_b (spec 000 section 2.15 default). */
    public static final double BIN = 0.5;
    /** alpha(r) counts as measured where it exceeds 2 noise standard deviations (not stated; a 2-sigma rule). */
    public static final double SIGNIFICANCE = 2;
    /**
     * The amplitudes of g_cj and alpha compared across shear rates (Fig. 4(b, c): "g_cj is not sensitive to gamma_dot",
     * "the amplitude of alpha(r) does not depend on gamma_dot") are read on the shell r &lt; 3 d_b (not stated; about the
     * smallest cluster radius xi_c measured at quick and long, 3.7-5 d_b, so the shell lies inside the facilitation range).
     */
    public static final double NEAR_RANGE = 3;
    /** Length of {@link #nearMoments}: count, norm, 25 sums of Y_lm, 25 sums of Y_lm^2. */
    public static final int MOMENTS = 52;

    private final double rmax;
    private final int bins;
    private final double[][] sum, sumSq;
    private final double[] count;
    private double pairNorm;

    public CageJumpPairCorrelation(double rmax, double bin) {
        if (!(rmax > 0) || !(bin > 0)) throw InputException.parameter("rmax", "rmax and bin must be positive", rmax);
        this.rmax = rmax;
        this.bins = (int) Math.ceil(rmax / bin);
        sum = new double[bins][25]; sumSq = new double[bins][25];
        count = new double[bins];
    }

    /** Adds the pairs (reference, target) of one cluster; positions in {@code box} (any image). */
    public void add(Box box, double[] rx, double[] ry, double[] rz, double[] tx, double[] ty, double[] tz) {
        double dr = rmax / bins;
        double[] d = new double[3], y = new double[25];
        for (int a = 0; a < rx.length; a++)
            for (int b = 0; b < tx.length; b++) {
                d[0] = tx[b] - rx[a]; d[1] = ty[b] - ry[a]; d[2] = tz[b] - rz[a];
                box.minimumImage(d);
                double r = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
                if (r == 0 || r >= rmax) continue;
                int k = (int) (r / dr);
                harmonics(d[0] / r, d[1] / r, d[2] / r, y);
                count[k]++;
                for (int q = 0; q < 25; q++) { sum[k][q] += y[q]; sumSq[k][q] += y[q] * y[q]; }
            }
        pairNorm += (double) rx.length * tx.length / box.volume();
    }

    /**
     * The additive accumulators of the shell r &lt; {@code range} (whole bins): the pair count, the ideal-gas expectation
     * per pair count (N_ref N_tgt / V times the shell volume), the 25 sums of Y_lm and the 25 sums of Y_lm^2
     * ({@link #MOMENTS} numbers). The difference before and after {@link #add} is one cluster's share; sums over clusters
     * give the pooled shell, whose g_cj and alpha are {@link #shellAmplitudes}.
     */
    public double[] nearMoments(double range) {
        double dr = rmax / bins;
        int nb = Math.min(bins, (int) Math.floor(range / dr + 1e-9));
        double[] m = new double[MOMENTS];
        for (int k = 0; k < nb; k++) {
            m[0] += count[k];
            for (int q = 0; q < 25; q++) { m[2 + q] += sum[k][q]; m[27 + q] += sumSq[k][q]; }
        }
        double hi = nb * dr;
        m[1] = pairNorm * 4 * Math.PI / 3 * hi * hi * hi;
        return m;
    }

    /**
     * g_cj and alpha of one shell from its {@link #nearMoments} (of one cluster, or summed over clusters): {g, alpha},
     * g = count / expectation, alpha = sum_{l &gt;= 1} [(sum Y_lm)^2 - sum Y_lm^2] / (sum Y_00)^2 (as in {@link #table});
     * NaN with fewer than 2 pairs.
     */
    public static double[] shellAmplitudes(double[] m) {
        if (m.length != MOMENTS) throw new IllegalArgumentException("shell moments need " + MOMENTS + " numbers, got " + m.length);
        double g = m[1] > 0 ? m[0] / m[1] : Double.NaN;
        double c00 = m[2] * m[2], aniso = 0;
        for (int q = 1; q < 25; q++) aniso += m[2 + q] * m[2 + q] - m[27 + q];
        return new double[] {g, m[0] >= 2 && c00 > 0 ? aniso / c00 : Double.NaN};
    }

    /** Columns {@code r, g_cj, alpha, alpha_noise, pairs}. */
    public Table table() {
        double dr = rmax / bins;
        double[] r = new double[bins], g = new double[bins], alpha = new double[bins], noise = new double[bins];
        for (int k = 0; k < bins; k++) {
            double lo = k * dr, hi = lo + dr;
            r[k] = lo + 0.5 * dr;
            double shell = 4 * Math.PI / 3 * (hi * hi * hi - lo * lo * lo);
            g[k] = pairNorm > 0 ? count[k] / (pairNorm * shell) : 0;
            double c00 = sum[k][0] * sum[k][0];
            double aniso = 0, var = 0;
            for (int q = 1; q < 25; q++) { aniso += sum[k][q] * sum[k][q] - sumSq[k][q]; var += 2 * sumSq[k][q] * sumSq[k][q]; }
            alpha[k] = count[k] >= 2 && c00 > 0 ? aniso / c00 : Double.NaN;
            noise[k] = count[k] >= 2 && c00 > 0 ? Math.sqrt(var) / c00 : Double.NaN;
        }
        return Tables.of("cage-jump pair correlation", "r", r, "g_cj", g, "alpha", alpha, "alpha_noise", noise, "pairs", count.clone());
    }

    /** Number of bins where alpha(r) exceeds {@link #SIGNIFICANCE} noise standard deviations. */
    public static int significantBins(Table t) {
        double[] a = t.doubleColumn("alpha").asDoubleArray(), noise = t.doubleColumn("alpha_noise").asDoubleArray();
        int c = 0;
        for (int k = 0; k < a.length; k++) if (a[k] > 0 && a[k] > SIGNIFICANCE * noise[k]) c++;
        return c;
    }

    /**
     * The truncation radius xi_alpha (paper 000 Fig. 4(c) arrows, "where alpha(r) changes suddenly to a much steeper
     * decay"): the breakpoint of a continuous two-segment least-squares fit of ln alpha(r) over the bins where alpha
     * is measured, alpha &gt; {@link #SIGNIFICANCE} x alpha_noise (alpha &gt; 0 when the table has no noise column; spec 000
     * section 2.15 default). NaN with fewer than 4 such bins.
     */
    public static double truncationRadius(Table t) {
        double[] r = t.doubleColumn("r").asDoubleArray(), a = t.doubleColumn("alpha").asDoubleArray();
        double[] noise = t.columnNames().contains("alpha_noise") ? t.doubleColumn("alpha_noise").asDoubleArray() : new double[r.length];
        java.util.List<double[]> pts = new java.util.ArrayList<>();
        for (int k = 0; k < r.length; k++) if (a[k] > 0 && a[k] > SIGNIFICANCE * noise[k]) pts.add(new double[] {r[k], Math.log(a[k])});
        if (pts.size() < 4) return Double.NaN;
        double best = Double.POSITIVE_INFINITY, at = Double.NaN;
        for (int b = 1; b < pts.size() - 1; b++) {
            double rb = pts.get(b)[0];
            // s = c0 + c1 r + c2 max(0, r - r_b): normal equations
            double[][] m = new double[3][3];
            double[] v = new double[3];
            for (double[] p : pts) {
                double[] row = {1, p[0], Math.max(0, p[0] - rb)};
                for (int i = 0; i < 3; i++) { v[i] += row[i] * p[1]; for (int j = 0; j < 3; j++) m[i][j] += row[i] * row[j]; }
            }
            double[] c = solve(m, v);
            if (c == null) continue;
            double rss = 0;
            for (double[] p : pts) { double e = p[1] - c[0] - c[1] * p[0] - c[2] * Math.max(0, p[0] - rb); rss += e * e; }
            // the break must turn the decay steeper
            if (c[2] < 0 && rss < best) { best = rss; at = rb; }
        }
        return at;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = 3;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) { System.arraycopy(a[i], 0, m[i], 0, n); m[i][n] = b[i]; }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int i = c + 1; i < n; i++) if (Math.abs(m[i][c]) > Math.abs(m[p][c])) p = i;
            if (Math.abs(m[p][c]) < 1e-300) return null;
            double[] t = m[c]; m[c] = m[p]; m[p] = t;
            for (int i = 0; i < n; i++) {
                if (i == c) continue;
                double f = m[i][c] / m[c][c];
                for (int j = c; j <= n; j++) m[i][j] -= f * m[c][j];
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = m[i][n] / m[i][i];
        return x;
    }

    /** The 25 real orthonormal spherical harmonics Y_lm, l = 0..4, m = -l..l, of the unit vector (x, y, z). */
    static void harmonics(double x, double y, double z, double[] out) {
        double pi = Math.PI, x2 = x * x, y2 = y * y, z2 = z * z;
        out[0] = 0.5 * Math.sqrt(1 / pi);
        double c1 = Math.sqrt(3 / (4 * pi));
        out[1] = c1 * y; out[2] = c1 * z; out[3] = c1 * x;
        double c2 = 0.5 * Math.sqrt(15 / pi);
        out[4] = c2 * x * y; out[5] = c2 * y * z; out[6] = 0.25 * Math.sqrt(5 / pi) * (3 * z2 - 1); out[7] = c2 * x * z;
        out[8] = 0.25 * Math.sqrt(15 / pi) * (x2 - y2);
        out[9] = 0.25 * Math.sqrt(35 / (2 * pi)) * y * (3 * x2 - y2);
        out[10] = 0.5 * Math.sqrt(105 / pi) * x * y * z;
        out[11] = 0.25 * Math.sqrt(21 / (2 * pi)) * y * (5 * z2 - 1);
        out[12] = 0.25 * Math.sqrt(7 / pi) * z * (5 * z2 - 3);
        out[13] = 0.25 * Math.sqrt(21 / (2 * pi)) * x * (5 * z2 - 1);
        out[14] = 0.25 * Math.sqrt(105 / pi) * z * (x2 - y2);
        out[15] = 0.25 * Math.sqrt(35 / (2 * pi)) * x * (x2 - 3 * y2);
        out[16] = 0.75 * Math.sqrt(35 / pi) * x * y * (x2 - y2);
        out[17] = 0.75 * Math.sqrt(35 / (2 * pi)) * y * z * (3 * x2 - y2);
        out[18] = 0.75 * Math.sqrt(5 / pi) * x * y * (7 * z2 - 1);
        out[19] = 0.75 * Math.sqrt(5 / (2 * pi)) * y * z * (7 * z2 - 3);
        out[20] = 3.0 / 16 * Math.sqrt(1 / pi) * (35 * z2 * z2 - 30 * z2 + 3);
        out[21] = 0.75 * Math.sqrt(5 / (2 * pi)) * x * z * (7 * z2 - 3);
        out[22] = 3.0 / 8 * Math.sqrt(5 / pi) * (x2 - y2) * (7 * z2 - 1);
        out[23] = 0.75 * Math.sqrt(35 / (2 * pi)) * x * z * (x2 - 3 * y2);
        out[24] = 3.0 / 16 * Math.sqrt(35 / pi) * (x2 * (x2 - 3 * y2) - y2 * (3 * x2 - y2));
    }
}
