package glassdyn.potential;

import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stillinger-Weber forces and virial against finite differences of its energy, on a sheared (tilted) box. */
class StillingerWeberTest {
    final StillingerWeber sw = new StillingerWeber();

    /** N particles at density 0.52 (paper 004 Table I) with no pair closer than 1.0 (a liquid-like spread). */
    static double[][] positions(Box box, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] p = new double[3][n];
        double[] d = new double[3];
        for (int i = 0; i < n; ) {
            double x = rnd.nextDouble() * box.lx(), y = rnd.nextDouble() * box.ly(), z = rnd.nextDouble() * box.lz();
            boolean ok = true;
            for (int j = 0; j < i && ok; j++) {
                d[0] = x - p[0][j]; d[1] = y - p[1][j]; d[2] = z - p[2][j];
                box.minimumImage(d);
                ok = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] > 1.0;
            }
            if (ok) { p[0][i] = x; p[1][i] = y; p[2][i] = z; i++; }
        }
        return p;
    }

    /** All-pairs full list (every j != i), the SW kernel skips those beyond its cutoff. */
    static int[][] fullList(int n) {
        int[] start = new int[n + 1], nb = new int[n * (n - 1)];
        int s = 0;
        for (int i = 0; i < n; i++) {
            start[i] = s;
            for (int j = 0; j < n; j++) if (j != i) nb[s++] = j;
        }
        start[n] = s;
        return new int[][] {start, nb};
    }

    double energy(Box box, double[][] p) {
        int n = p[0].length;
        int[][] l = fullList(n);
        return sw.compute(box, n, p[0], p[1], p[2], l[0], l[1], new double[n], new double[n], new double[n], null, null);
    }

    @Test
    void forcesAreMinusTheEnergyGradient() {
        Box box = new Box(3, 0, 0, 0, 5.5, 5.5, 5.5, 1.3);
        int n = 80;
        double[][] p = positions(box, n, 7);
        int[][] l = fullList(n);
        double[] fx = new double[n], fy = new double[n], fz = new double[n], pe = new double[n];
        double e = sw.compute(box, n, p[0], p[1], p[2], l[0], l[1], fx, fy, fz, pe, null);
        double sum = 0;
        for (double v : pe) sum += v;
        assertEquals(e, sum, 1e-10 * Math.abs(e), "per-atom energies sum to the total");
        double[][] f = {fx, fy, fz};
        double h = 1e-6, maxF = 0;
        for (int i = 0; i < n; i++) for (int a = 0; a < 3; a++) maxF = Math.max(maxF, Math.abs(f[a][i]));
        for (int i = 0; i < n; i += 7) {
            for (int a = 0; a < 3; a++) {
                double keep = p[a][i];
                p[a][i] = keep + h; double ep = energy(box, p);
                p[a][i] = keep - h; double em = energy(box, p);
                p[a][i] = keep;
                assertEquals(f[a][i], -(ep - em) / (2 * h), 1e-6 * maxF, "force component " + a + " of particle " + i);
            }
        }
    }

    /**
     * The virial is minus the derivative of the energy under homogeneous deformation: a simple shear
     * {@code x += g y} (box tilt xy += g ly) gives {@code W_xy = -dE/dg}; a stretch {@code x *= 1 + e}
     * gives {@code W_xx = -dE/de}.
     */
    @Test
    void virialIsMinusTheStrainDerivative() {
        Box box = new Box(3, 0, 0, 0, 5.5, 5.5, 5.5, 0.4);
        int n = 80;
        double[][] p = positions(box, n, 11);
        int[][] l = fullList(n);
        double[] w = new double[6];
        sw.compute(box, n, p[0], p[1], p[2], l[0], l[1], new double[n], new double[n], new double[n], null, w);
        double h = 1e-6;
        double dShear = (sheared(box, p, h) - sheared(box, p, -h)) / (2 * h);
        double dStretch = (stretched(box, p, h) - stretched(box, p, -h)) / (2 * h);
        assertEquals(-dShear, w[3], 1e-6 * (Math.abs(w[0]) + 1), "W_xy");
        assertEquals(-dStretch, w[0], 1e-6 * (Math.abs(w[0]) + 1), "W_xx");
    }

    private double sheared(Box box, double[][] p, double g) {
        Box b = new Box(3, 0, 0, 0, box.lx(), box.ly(), box.lz(), box.xy() + g * box.ly());
        double[][] q = {p[0].clone(), p[1], p[2]};
        for (int i = 0; i < q[0].length; i++) q[0][i] += g * p[1][i];
        return energy(b, q);
    }

    private double stretched(Box box, double[][] p, double e) {
        Box b = new Box(3, 0, 0, 0, box.lx() * (1 + e), box.ly(), box.lz(), box.xy() * (1 + e));
        double[][] q = {p[0].clone(), p[1], p[2]};
        for (int i = 0; i < q[0].length; i++) q[0][i] *= 1 + e;
        return energy(b, q);
    }
}
