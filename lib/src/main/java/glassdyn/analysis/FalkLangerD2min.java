package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import glassdyn.table.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Falk and Langer's local non-affine displacement D^2_min and the best local affine deformation (PRE 57, 7192
 * (1998), Eqs. 2.11-2.14). For particle i with neighbours j closer than {@code rc} in the reference frame,
 * separations d0_ij (reference) and d_ij (current), the gradient J minimising
 * {@code D^2 = sum_j |d_ij - J d0_ij|^2} is {@code J = X Y^-1} with {@code X = sum_j d_ij (x) d0_ij} and
 * {@code Y = sum_j d0_ij (x) d0_ij}; D^2_min is the residual. The local strain is reported as {@code eps = J - I}
 * (Falk-Langer's epsilon_ij), its engineering shear {@code gamma = eps_xy + eps_yx} (paper 000 section 2.7) and the
 * von Mises shear invariant of the Lagrangian strain {@code eta = (J^T J - I) / 2}.
 *
 * <p>Current separations follow the reference pair through unwrapped positions, and the periodic image used in
 * the reference is carried to the current frame with the current cell vectors, so deforming boxes (Lees-Edwards
 * tilt, stretched lengths) are handled: an affine deformation of particles and cell gives D^2_min = 0 exactly up to
 * rounding.
 */
public final class FalkLangerD2min {
    /** Default neighbour cutoff 2.5 (Falk and Langer 1998 use 2.5 times the small-particle diameter). */
    public static final double DEFAULT_CUTOFF = 2.5;

    private final double rc;

    public FalkLangerD2min(double rc) {
        if (!(rc > 0)) throw InputException.parameter("cutoff", "must be positive", rc);
        this.rc = rc;
    }

    public FalkLangerD2min() { this(DEFAULT_CUTOFF); }

    /** Between two frames of a history (reference frame {@code ref}, current frame {@code cur}). */
    public Table compute(PositionHistory h, int ref, int cur) {
        return compute(h.box[ref], h.x[ref], h.y[ref], h.z[ref], h.box[cur], h.x[cur], h.y[cur], h.z[cur], h.id, h.type);
    }

    /**
     * From unwrapped positions in a reference box and a current box (one row per particle: {@code id, type,
     * neighbors, d2min, eps_xx, eps_xy, eps_yx, eps_yy, [eps_zz, eps_xz, eps_zx, eps_yz, eps_zy,] gamma, eta_vm}).
     */
    public Table compute(Box refBox, double[] rx, double[] ry, double[] rz, Box curBox, double[] cx, double[] cy, double[] cz,
                         int[] id, int[] type) {
        int n = rx.length, d = refBox.dim();
        Configuration refc = new Configuration(n, refBox);
        System.arraycopy(rx, 0, refc.x, 0, n); System.arraycopy(ry, 0, refc.y, 0, n); System.arraycopy(rz, 0, refc.z, 0, n);
        // neighbour pairs in the reference frame (cell list); per particle accumulators
        double[][] X = new double[n][9], Y = new double[n][9];
        int[] nb = new int[n];
        java.util.List<int[]> pairs = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        CellGrid grid = new CellGrid(refc, rc);
        grid.visitPairs(rc, 1, k -> (i, j, r2) -> pairs.add(new int[] {i, j}));
        Box rb = refBox.copy();
        double[] dv = new double[3];
        // pass 1: X and Y, pass 2: residual
        double[][] d0s = new double[pairs.size()][], ds = new double[pairs.size()][];
        for (int p = 0; p < pairs.size(); p++) {
            int i = pairs.get(p)[0], j = pairs.get(p)[1];
            dv[0] = rx[j] - rx[i]; dv[1] = ry[j] - ry[i]; dv[2] = d == 3 ? rz[j] - rz[i] : 0;
            double ux = dv[0], uy = dv[1], uz = dv[2];
            rb.minimumImage(dv);
            double[] d0 = {dv[0], dv[1], dv[2]};
            // the image shift in lattice coordinates of the reference cell, carried to the current cell
            double sx = d0[0] - ux, sy = d0[1] - uy, sz = d0[2] - uz;
            double nc = d == 3 ? Math.rint(sz / refBox.lz()) : 0;
            double nbv = Math.rint(sy / refBox.ly());
            double na = Math.rint((sx - nbv * refBox.xy()) / refBox.lx());
            double[] dc = {cx[j] - cx[i] + na * curBox.lx() + nbv * curBox.xy(), cy[j] - cy[i] + nbv * curBox.ly(),
                d == 3 ? cz[j] - cz[i] + nc * curBox.lz() : 0};
            d0s[p] = d0; ds[p] = dc;
            addOuter(X[i], dc, d0); addOuter(Y[i], d0, d0);
            // pair seen from j: both separations change sign, the outer products do not
            addOuter(X[j], dc, d0); addOuter(Y[j], d0, d0);
            nb[i]++; nb[j]++;
        }
        double[][] J = new double[n][];
        for (int i = 0; i < n; i++) J[i] = nb[i] >= d ? multiply(X[i], invert(Y[i], d), d) : null;
        double[] d2 = new double[n];
        for (int p = 0; p < pairs.size(); p++) {
            int i = pairs.get(p)[0], j = pairs.get(p)[1];
            d2[i] += residual(J[i], ds[p], d0s[p], d);
            d2[j] += residual(J[j], ds[p], d0s[p], d);
        }
        String[] comp = d == 3 ? new String[] {"xx", "xy", "xz", "yx", "yy", "yz", "zx", "zy", "zz"} : new String[] {"xx", "xy", "yx", "yy"};
        int[] at = d == 3 ? new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8} : new int[] {0, 1, 3, 4};
        java.util.List<Object> cols = new java.util.ArrayList<>();
        double[] d2col = new double[n], gamma = new double[n], vm = new double[n];
        double[][] eps = new double[comp.length][n];
        for (int i = 0; i < n; i++) {
            if (J[i] == null) { d2col[i] = Double.NaN; gamma[i] = Double.NaN; vm[i] = Double.NaN; for (double[] e : eps) e[i] = Double.NaN; continue; }
            d2col[i] = d2[i];
            for (int c = 0; c < comp.length; c++) eps[c][i] = J[i][at[c]] - (at[c] % 4 == 0 ? 1 : 0);
            gamma[i] = J[i][1] + J[i][3];
            vm[i] = vonMises(J[i], d);
        }
        cols.add("d2min"); cols.add(d2col);
        for (int c = 0; c < comp.length; c++) { cols.add("eps_" + comp[c]); cols.add(eps[c]); }
        cols.add("gamma"); cols.add(gamma);
        cols.add("eta_vm"); cols.add(vm);
        Table t = Table.create("D2min");
        int[] typ1 = new int[n];
        for (int i = 0; i < n; i++) typ1[i] = type[i] + 1;
        t.addColumns(IntColumn.create("id", id.clone()), IntColumn.create("type", typ1), IntColumn.create("neighbors", nb));
        for (var c : Tables.of("x", cols.toArray()).columns()) t.addColumns(c);
        return t;
    }

    private static void addOuter(double[] m, double[] a, double[] b) {
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) m[3 * r + c] += a[r] * b[c];
    }

    private static double residual(double[] J, double[] dc, double[] d0, int d) {
        if (J == null) return 0;
        double s = 0;
        for (int r = 0; r < d; r++) {
            double v = dc[r];
            for (int c = 0; c < d; c++) v -= J[3 * r + c] * d0[c];
            s += v * v;
        }
        return s;
    }

    /** Inverse of the leading d x d block (3x3 storage); a singular neighbourhood (coplanar neighbours) gives NaN. */
    private static double[] invert(double[] m, int d) {
        double[] inv = new double[9];
        if (d == 2) {
            double det = m[0] * m[4] - m[1] * m[3];
            inv[0] = m[4] / det; inv[1] = -m[1] / det; inv[3] = -m[3] / det; inv[4] = m[0] / det;
            inv[8] = 1;
            return inv;
        }
        double a = m[0], b = m[1], c = m[2], e = m[3], f = m[4], g = m[5], h = m[6], i = m[7], k = m[8];
        double A = f * k - g * i, B = -(e * k - g * h), C = e * i - f * h;
        double det = a * A + b * B + c * C;
        inv[0] = A / det; inv[1] = -(b * k - c * i) / det; inv[2] = (b * g - c * f) / det;
        inv[3] = B / det; inv[4] = (a * k - c * h) / det; inv[5] = -(a * g - c * e) / det;
        inv[6] = C / det; inv[7] = -(a * i - b * h) / det; inv[8] = (a * f - b * e) / det;
        return inv;
    }

    private static double[] multiply(double[] a, double[] b, int d) {
        double[] m = new double[9];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) { double s = 0; for (int k = 0; k < 3; k++) s += a[3 * r + k] * b[3 * k + c]; m[3 * r + c] = s; }
        if (d == 2) { m[2] = m[5] = m[6] = m[7] = 0; m[8] = 1; }
        return m;
    }

    /** von Mises shear invariant of eta = (J^T J - I)/2 (Shimizu, Ogata and Li, Mater. Trans. 48, 2923 (2007)). */
    private static double vonMises(double[] J, int d) {
        double[] e = new double[9];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) {
            double s = 0;
            for (int k = 0; k < 3; k++) s += J[3 * k + r] * J[3 * k + c];
            e[3 * r + c] = 0.5 * (s - (r == c ? 1 : 0));
        }
        if (d == 2) {
            double dxx = e[0] - e[4];
            return Math.sqrt(e[1] * e[1] + 0.25 * dxx * dxx);
        }
        double a = e[0] - e[4], b = e[4] - e[8], c = e[8] - e[0];
        return Math.sqrt(e[1] * e[1] + e[5] * e[5] + e[2] * e[2] + (a * a + b * b + c * c) / 6);
    }
}
