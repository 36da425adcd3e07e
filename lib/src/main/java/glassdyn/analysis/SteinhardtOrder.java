package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Steinhardt bond-orientational order per particle (Steinhardt, Nelson and Ronchetti, PRB 28, 784 (1983)), as
 * freud's {@code order.Steinhardt} computes it with its defaults (no averaging, unnormalised w_l): with the
 * neighbours j of i within {@code rmax} (minimum image), {@code q_lm(i) = (1/N_b) sum_j Y_lm(r_ij)},
 * {@code q_l(i) = sqrt(4 pi/(2l+1) sum_m |q_lm|^2)} and
 * {@code w_l(i) = Re sum_{m1+m2+m3=0} (l l l; m1 m2 m3) q_lm1 q_lm2 q_lm3} (Wigner 3j symbols by Racah's formula).
 * Spherical harmonics with the Condon-Shortley phase; q_l and w_l do not depend on that convention. 3D only.
 * A particle without neighbours gets NaN.
 */
public final class SteinhardtOrder {
    private final double rmax;
    private final int[] ls;

    public SteinhardtOrder(double rmax, int... ls) {
        if (!(rmax > 0) || !Double.isFinite(rmax)) throw InputException.parameter("rmax", "must be positive", rmax);
        if (ls.length == 0) throw InputException.parameter("l", "give at least one l", "");
        for (int l : ls) if (l < 1 || l > 20) throw InputException.parameter("l", "must be in 1..20", l);
        this.rmax = rmax;
        this.ls = ls.clone();
    }

    /** Columns id, type (LAMMPS, from 1), neighbours, then q_l and w_l for each l. */
    public Table compute(Configuration c) {
        if (c.dim() != 3) throw new InputException("Steinhardt order parameters are defined for 3D configurations, got " + c.dim() + "D");
        int n = c.n, nl = ls.length;
        int lmaxAll = 0;
        for (int l : ls) lmaxAll = Math.max(lmaxAll, l);
        final int lmax = lmaxAll;
        double[][][] re = new double[n][nl][], im = new double[n][nl][];
        for (int i = 0; i < n; i++) for (int a = 0; a < nl; a++) { re[i][a] = new double[2 * ls[a] + 1]; im[i][a] = new double[2 * ls[a] + 1]; }
        int[] nb = new int[n];
        CellGrid grid = new CellGrid(c, rmax);
        double[] d = new double[3];
        double[] yr = new double[lmax + 1], yi = new double[lmax + 1], p = new double[(lmax + 1) * (lmax + 1)];
        grid.visitPairs(rmax, 1, k -> (i, j, r2) -> {
            d[0] = grid.x[j] - grid.x[i]; d[1] = grid.y[j] - grid.y[i]; d[2] = grid.z[j] - grid.z[i];
            grid.box.minimumImage(d);
            double r = Math.sqrt(r2);
            if (r == 0) return;
            double ct = d[2] / r, phi = Math.atan2(d[1], d[0]);
            legendre(lmax, ct, p);
            nb[i]++; nb[j]++;
            for (int a = 0; a < nl; a++) {
                int l = ls[a];
                for (int m = 0; m <= l; m++) {
                    double y = norm(l, m) * p[l * (lmax + 1) + m];
                    yr[m] = y * Math.cos(m * phi); yi[m] = y * Math.sin(m * phi);
                }
                // bond i->j is r_ij = d, bond j->i is -d: Y_lm(-r) = (-1)^l Y_lm(r)
                double sgn = (l % 2 == 0) ? 1 : -1;
                for (int m = -l; m <= l; m++) {
                    int am = Math.abs(m);
                    double vr = yr[am], vi = yi[am];
                    if (m < 0) { double s = (am % 2 == 0) ? 1 : -1; vr = s * vr; vi = -s * vi; }
                    re[i][a][m + l] += vr; im[i][a][m + l] += vi;
                    re[j][a][m + l] += sgn * vr; im[j][a][m + l] += sgn * vi;
                }
            }
        });
        double[][] q = new double[nl][n], w = new double[nl][n];
        for (int a = 0; a < nl; a++) {
            int l = ls[a];
            double[][][] w3j = wigner3j(l);
            for (int i = 0; i < n; i++) {
                if (nb[i] == 0) { q[a][i] = Double.NaN; w[a][i] = Double.NaN; continue; }
                double s = 0;
                double[] qr = re[i][a], qi = im[i][a];
                for (int m = 0; m < 2 * l + 1; m++) { qr[m] /= nb[i]; qi[m] /= nb[i]; s += qr[m] * qr[m] + qi[m] * qi[m]; }
                q[a][i] = Math.sqrt(4 * Math.PI / (2 * l + 1) * s);
                double wl = 0;
                for (int m1 = -l; m1 <= l; m1++)
                    for (int m2 = Math.max(-l, -l - m1); m2 <= Math.min(l, l - m1); m2++) {
                        int m3 = -m1 - m2;
                        double cf = w3j[m1 + l][m2 + l][0];
                        if (cf == 0) continue;
                        double ar = qr[m1 + l], ai = qi[m1 + l], br = qr[m2 + l], bi = qi[m2 + l], cr = qr[m3 + l], ci = qi[m3 + l];
                        double abr = ar * br - ai * bi, abi = ar * bi + ai * br;
                        wl += cf * (abr * cr - abi * ci);
                    }
                w[a][i] = wl;
            }
        }
        java.util.List<Object> cols = new java.util.ArrayList<>();
        int[] id = c.id.clone(), type = new int[n];
        for (int i = 0; i < n; i++) type[i] = c.type[i] + 1;
        double[] nbd = new double[n];
        for (int i = 0; i < n; i++) nbd[i] = nb[i];
        Table t = Tables.of("steinhardt", "neighbours", nbd);
        t.insertColumn(0, tech.tablesaw.api.IntColumn.create("type", type));
        t.insertColumn(0, tech.tablesaw.api.IntColumn.create("id", id));
        for (int a = 0; a < nl; a++) {
            t.addColumns(tech.tablesaw.api.DoubleColumn.create("q" + ls[a], q[a]));
            t.addColumns(tech.tablesaw.api.DoubleColumn.create("w" + ls[a], w[a]));
        }
        return t;
    }

    /** Associated Legendre P_l^m(x) with the Condon-Shortley phase, for 0 <= m <= l <= lmax, into p[l*(lmax+1)+m]. */
    static void legendre(int lmax, double x, double[] p) {
        int s = lmax + 1;
        double sx = Math.sqrt(Math.max(0, 1 - x * x));
        double pmm = 1;
        for (int m = 0; m <= lmax; m++) {
            if (m > 0) pmm *= -(2 * m - 1) * sx;
            p[m * s + m] = pmm;
            if (m + 1 <= lmax) p[(m + 1) * s + m] = x * (2 * m + 1) * pmm;
            for (int l = m + 2; l <= lmax; l++)
                p[l * s + m] = ((2 * l - 1) * x * p[(l - 1) * s + m] - (l + m - 1) * p[(l - 2) * s + m]) / (l - m);
        }
    }

    static double norm(int l, int m) {
        double r = (2 * l + 1) / (4 * Math.PI);
        for (int k = l - m + 1; k <= l + m; k++) r /= k;     // (l-m)!/(l+m)!
        return Math.sqrt(r);
    }

    static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) f *= i;
        return f;
    }

    /** (l l l; m1 m2 m3) for m3 = -m1-m2, indexed [m1+l][m2+l][0] (Racah's formula). */
    static double[][][] wigner3j(int l) {
        double[][][] out = new double[2 * l + 1][2 * l + 1][1];
        double delta = Math.sqrt(factorial(l) * factorial(l) * factorial(l) / factorial(3 * l + 1));
        for (int m1 = -l; m1 <= l; m1++)
            for (int m2 = -l; m2 <= l; m2++) {
                int m3 = -m1 - m2;
                if (Math.abs(m3) > l) continue;
                double pre = Math.sqrt(factorial(l + m1) * factorial(l - m1) * factorial(l + m2) * factorial(l - m2) * factorial(l + m3) * factorial(l - m3));
                double sum = 0;
                for (int k = 0; k <= 3 * l; k++) {
                    int[] a = {k, m1 + k, k - m2, l - k, l - k - m1, l - k + m2};
                    boolean ok = true;
                    for (int v : a) if (v < 0) { ok = false; break; }
                    if (!ok) continue;
                    double den = 1;
                    for (int v : a) den *= factorial(v);
                    sum += ((k % 2 == 0) ? 1 : -1) / den;
                }
                int phase = l - l - m3;   // (-1)^(j1 - j2 - m3)
                out[m1 + l][m2 + l][0] = ((phase % 2 == 0) ? 1 : -1) * delta * pre * sum;
            }
        return out;
    }
}
