package glassdyn.papers.cagejump;

import glassdyn.InputException;
import glassdyn.analysis.CellGrid;
import glassdyn.particles.Configuration;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The shear distortion of the pair distribution and the size of the locally elastic region xi_LER (paper 000
 * Fig. 3(c), method of its Ref. [33], Kong et al. PRX 12, 041006 (2022), not available; spec 000 section 2.13
 * default): the isotropic part {@code g0(r)} and the projection on {@code xy / r^2} (the real harmonic Y_2^-2),
 * {@code g_xy(r) = 15 <(x y / r^2) g(r)>_Omega}, normalised like g0. An affine simple shear by gamma turns
 * {@code g0(r)} into {@code g0(|r - gamma y x|)}, whose projection is exactly {@code g_xy = -gamma r g0'(r)} to first
 * order; the effective strain gamma_LER is fitted on the shells just beyond contact ({@link #FIT_FROM} to
 * {@link #FIT_TO}), and xi_LER is the first radius beyond the fit range where the measured distortion (RMS over a
 * window of {@link #WINDOW} d_b) falls below {@link #DEVIATION} of the affine prediction's.
 *
 * <p>The contact shell is left out of the fit: at a hard core g0 jumps from 0 to its contact value, so
 * {@code -r g0'} is not defined there, and the contact distortion of sheared hard-core particles is the non-affine
 * collision layer (on the quick-scale runs of paper 000 it has the opposite sign to the affine prediction and, when
 * fitted together with the first shell, pulled gamma_LER down to about half the strain of all the shells beyond).
 */
public final class ShearDistortedPairs {
    /** Window of the RMS envelopes, 1 d_b (about one shell). */
    public static final double WINDOW = 1.0;
    /** xi_LER: where the measured envelope drops below 50% of the affine one ("relative deviation > 50%", spec 000 section 2.13). */
    public static final double DEVIATION = 0.5;
    /**
     * Range of the gamma_LER fit, r in [1.2, 2.6] d_b: the outer side of the first peak, the first minimum and the
     * second shell (not stated, Ref. [33] unavailable; the contact layer r &lt; 1.2 d_b is excluded, see above).
     */
    public static final double FIT_FROM = 1.2, FIT_TO = 2.6;

    private final double rmax;
    private final int bins;
    private final double[] h0, hxy;
    private long frames;
    private double pairDensitySum;

    public ShearDistortedPairs(double rmax, int bins) {
        if (!(rmax > 0)) throw InputException.parameter("rmax", "must be positive", rmax);
        if (bins < 4) throw InputException.parameter("bins", "must be at least 4", bins);
        this.rmax = rmax; this.bins = bins;
        h0 = new double[bins]; hxy = new double[bins];
    }

    /** Adds the pairs of one configuration (all particles of it). */
    public void add(Configuration c) {
        double dr = rmax / bins;
        CellGrid g = new CellGrid(c, rmax);
        double[] x = g.x, y = g.y, z = g.z;
        g.visitPairs(rmax, 1, k -> (i, j, r2) -> {
            double[] d = {x[j] - x[i], y[j] - y[i], z[j] - z[i]};
            c.box.minimumImage(d);
            int b = (int) (Math.sqrt(r2) / dr);
            if (b >= bins) return;
            h0[b] += 2;
            hxy[b] += 2 * d[0] * d[1] / r2;
        });
        frames++;
        pairDensitySum += (double) c.n * (c.n - 1) / c.box.volume();
    }

    /** Columns {@code r, g0, g_xy, g_xy_affine} (the affine prediction with the fitted gamma_LER). */
    public Table table() {
        double dr = rmax / bins;
        double[] r = new double[bins], g0 = new double[bins], gxy = new double[bins];
        for (int b = 0; b < bins; b++) {
            double lo = b * dr, hi = lo + dr;
            double shell = 4 * Math.PI / 3 * (hi * hi * hi - lo * lo * lo);
            double norm = pairDensitySum * shell;
            r[b] = lo + 0.5 * dr;
            g0[b] = norm > 0 ? h0[b] / norm : 0;
            gxy[b] = norm > 0 ? 15 * hxy[b] / norm : 0;
        }
        return table(r, g0, gxy);
    }

    /** The table of {@link #table()} from given {@code g0(r)} and {@code g_xy(r)} on equal bins (fits gamma_LER). */
    public static Table table(double[] r, double[] g0, double[] gxy) {
        int bins = r.length;
        double[] pred = affine(r, g0);
        double gamma = fitStrain(r, gxy, pred);
        double[] scaled = new double[bins];
        for (int b = 0; b < bins; b++) scaled[b] = gamma * pred[b];
        return Tables.of("shear-distorted g(r)", "r", r, "g0", g0, "g_xy", gxy, "g_xy_affine", scaled);
    }

    /** {@code -r g0'(r)} by central differences (the affine prediction per unit strain). */
    static double[] affine(double[] r, double[] g0) {
        int m = r.length;
        double[] p = new double[m];
        for (int b = 1; b < m - 1; b++) p[b] = -r[b] * (g0[b + 1] - g0[b - 1]) / (r[b + 1] - r[b - 1]);
        return p;
    }

    static double fitStrain(double[] r, double[] gxy, double[] pred) {
        double num = 0, den = 0;
        for (int b = 0; b < r.length; b++) if (r[b] >= FIT_FROM && r[b] <= FIT_TO) { num += gxy[b] * pred[b]; den += pred[b] * pred[b]; }
        return den > 0 ? num / den : Double.NaN;
    }

    /** gamma_LER: the effective strain of the first shell. */
    public static double strain(Table t) {
        double[] r = t.doubleColumn("r").asDoubleArray();
        return fitStrain(r, t.doubleColumn("g_xy").asDoubleArray(), affine(r, t.doubleColumn("g0").asDoubleArray()));
    }

    /**
     * The windowed ratio of the measured to the affine distortion (RMS over {@link #WINDOW}) at the largest radius
     * where the window fits: about 1 when the distortion is still affine at the edge of the measured range.
     */
    public static double edgeRatio(Table t) {
        double[] r = t.doubleColumn("r").asDoubleArray(), m = t.doubleColumn("g_xy").asDoubleArray(),
            a = t.doubleColumn("g_xy_affine").asDoubleArray();
        int half = Math.max(1, (int) Math.round(0.5 * WINDOW / (r[1] - r[0]))), b = r.length - 1 - half;
        double sm = 0, sa = 0;
        for (int q = b - half; q <= b + half; q++) { sm += m[q] * m[q]; sa += a[q] * a[q]; }
        return sa > 0 ? Math.sqrt(sm / sa) : Double.NaN;
    }

    /** xi_LER from a {@link #table()}: NaN when the distortion never falls below the criterion within rmax. */
    public static double lerSize(Table t) {
        double[] r = t.doubleColumn("r").asDoubleArray(), m = t.doubleColumn("g_xy").asDoubleArray(),
            a = t.doubleColumn("g_xy_affine").asDoubleArray();
        int bins = r.length;
        double dr = r[1] - r[0];
        int half = Math.max(1, (int) Math.round(0.5 * WINDOW / dr));
        for (int b = half; b < bins - half; b++) {
            if (r[b] < FIT_TO) continue;
            double sm = 0, sa = 0;
            for (int q = b - half; q <= b + half; q++) { sm += m[q] * m[q]; sa += a[q] * a[q]; }
            if (sa > 0 && Math.sqrt(sm / sa) < DEVIATION) return r[b];
        }
        return Double.NaN;
    }
}
