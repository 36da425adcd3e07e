package glassdyn.papers.cagejump;

import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spherical harmonics against quadrature, g_cj of uncorrelated jumps, and alpha of a planted quadrupole. */
class CageJumpPairCorrelationTest {
    /** Gauss-Legendre (cos theta, 32 nodes from Apache Commons Math) x uniform phi (64) quadrature: int Y_a Y_b = delta_ab. */
    @Test
    void harmonicsAreOrthonormal() {
        var rule = new org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory().legendre(32, -1, 1);
        double[][] gram = new double[25][25];
        double[] y = new double[25];
        int nphi = 64;
        for (int i = 0; i < rule.getNumberOfPoints(); i++) {
            double ct = rule.getPoint(i), w = rule.getWeight(i), st = Math.sqrt(1 - ct * ct);
            for (int k = 0; k < nphi; k++) {
                double ph = 2 * Math.PI * k / nphi;
                CageJumpPairCorrelation.harmonics(st * Math.cos(ph), st * Math.sin(ph), ct, y);
                for (int a = 0; a < 25; a++) for (int b = 0; b < 25; b++) gram[a][b] += w * 2 * Math.PI / nphi * y[a] * y[b];
            }
        }
        for (int a = 0; a < 25; a++) for (int b = 0; b < 25; b++) assertEquals(a == b ? 1 : 0, gram[a][b], 1e-10, "Y_" + a + " . Y_" + b);
    }

    /** Independent uniform jumps: g_cj = 1 and alpha = 0 within noise at every radius. */
    @Test
    void uncorrelatedJumpsAreFlatAndIsotropic() {
        SplittableRandom r = new SplittableRandom(4);
        Box box = Box.cubic(3, 20);
        box.setTilt(3);
        CageJumpPairCorrelation c = new CageJumpPairCorrelation(8, 0.5);
        for (int s = 0; s < 20; s++) {
            double[][] ref = uniform(r, 5, 20), tgt = uniform(r, 2000, 20);
            c.add(box, ref[0], ref[1], ref[2], tgt[0], tgt[1], tgt[2]);
        }
        Table t = c.table();
        for (int k = 4; k < t.rowCount(); k++) {
            double n = t.doubleColumn("pairs").getDouble(k);
            assertEquals(1, t.doubleColumn("g_cj").getDouble(k), 5 / Math.sqrt(n), "g_cj at r = " + t.doubleColumn("r").getDouble(k));
            assertEquals(0, t.doubleColumn("alpha").getDouble(k), 24.0 * 5 / n * 4 * Math.PI, "alpha at r = " + t.doubleColumn("r").getDouble(k));
        }
    }

    /**
     * Targets drawn with angular density proportional to 1 + e x y (x y = hat r_x hat r_y, the quadrupole of a
     * plastic event): alpha = e^2 <(x y)^2>_Omega = e^2 / 15 exactly.
     */
    @Test
    void plantedQuadrupoleGivesAlpha() {
        SplittableRandom r = new SplittableRandom(5);
        double e = 1.5;
        Box box = Box.cubic(3, 30);
        CageJumpPairCorrelation c = new CageJumpPairCorrelation(6, 0.5);
        int m = 200_000;
        double[] tx = new double[m], ty = new double[m], tz = new double[m];
        int k = 0;
        while (k < m) {
            double x = r.nextGaussian(), y = r.nextGaussian(), z = r.nextGaussian(), n = Math.sqrt(x * x + y * y + z * z);
            x /= n; y /= n; z /= n;
            if (r.nextDouble() * (1 + e / 2) > 1 + e * x * y) continue; // rejection sampling of 1 + e x y (max 1 + e/2)
            double rad = 1 + 4 * r.nextDouble();
            tx[k] = 15 + rad * x; ty[k] = 15 + rad * y; tz[k] = 15 + rad * z;
            k++;
        }
        c.add(box, new double[] {15}, new double[] {15}, new double[] {15}, tx, ty, tz);
        Table t = c.table();
        for (int b = 3; b < 9; b++) {
            double a = t.doubleColumn("alpha").getDouble(b);
            assertEquals(e * e / 15, a, 0.1 * e * e / 15, "alpha at r = " + t.doubleColumn("r").getDouble(b));
        }
    }

    /**
     * Pure noise (independent uniform jumps): the reported alpha_noise is the scatter of alpha (the RMS of
     * alpha / alpha_noise over the bins is 1 within sampling), so no bin is significant and xi_alpha is NaN.
     */
    @Test
    void noiseEstimateMatchesTheScatterOfAlpha() {
        SplittableRandom r = new SplittableRandom(11);
        Box box = Box.cubic(3, 20);
        double z2 = 0;
        int bins = 0, significant = 0;
        for (int rep = 0; rep < 8; rep++) {
            CageJumpPairCorrelation c = new CageJumpPairCorrelation(9, 0.5);
            for (int s = 0; s < 5; s++) {
                double[][] ref = uniform(r, 4, 20), tgt = uniform(r, 300, 20);
                c.add(box, ref[0], ref[1], ref[2], tgt[0], tgt[1], tgt[2]);
            }
            Table t = c.table();
            for (int k = 2; k < t.rowCount(); k++) {
                double z = t.doubleColumn("alpha").getDouble(k) / t.doubleColumn("alpha_noise").getDouble(k);
                z2 += z * z;
                bins++;
            }
            significant += CageJumpPairCorrelation.significantBins(t);
            if (CageJumpPairCorrelation.significantBins(t) < 4) assertTrue(Double.isNaN(CageJumpPairCorrelation.truncationRadius(t)));
        }
        double rms = Math.sqrt(z2 / bins);
        System.out.printf("RMS alpha / alpha_noise over %d noise bins: %.3f; significant bins %d%n", bins, rms, significant);
        assertEquals(1, rms, 0.2, "alpha_noise is the standard deviation of alpha for uncorrelated directions");
        assertTrue(significant <= 0.1 * bins, "at 2 sigma about 2.5% of noise bins are significant, got " + significant + " of " + bins);
    }

    /** A planted kink: ln alpha slope -0.2 up to r = 3, then -2: xi_alpha is found at the kink. */
    @Test
    void truncationRadiusAtPlantedKink() {
        int n = 12;
        double[] r = new double[n], a = new double[n], pairs = new double[n];
        for (int k = 0; k < n; k++) { r[k] = 0.25 + 0.5 * k; a[k] = Math.exp(-0.2 * r[k] - (r[k] > 3 ? 2 * (r[k] - 3) : 0)); pairs[k] = 100; }
        Table t = glassdyn.table.Tables.of("kink", "r", r, "g_cj", pairs, "alpha", a, "pairs", pairs);
        assertEquals(3, CageJumpPairCorrelation.truncationRadius(t), 0.26);
    }

    private static double[][] uniform(SplittableRandom r, int n, double l) {
        double[][] p = new double[3][n];
        for (int i = 0; i < n; i++) { p[0][i] = r.nextDouble() * l; p[1][i] = r.nextDouble() * l; p[2][i] = r.nextDouble() * l; }
        return p;
    }

    /**
     * The per-cluster shell moments are additive: the shares of two clusters (before/after differences) sum to the
     * pooled shell, and its g_cj and alpha equal those of an independent one-bin correlation of width NEAR_RANGE.
     */
    @Test
    void shellMomentsAreAdditiveAndMatchOneBin() {
        SplittableRandom r = new SplittableRandom(9);
        Box box = Box.cubic(3, 20);
        CageJumpPairCorrelation fine = new CageJumpPairCorrelation(8, 0.5);
        CageJumpPairCorrelation one = new CageJumpPairCorrelation(CageJumpPairCorrelation.NEAR_RANGE, CageJumpPairCorrelation.NEAR_RANGE);
        double[] pooled = new double[CageJumpPairCorrelation.MOMENTS];
        for (int c = 0; c < 2; c++) {
            double[] rx = new double[20], ry = new double[20], rz = new double[20], tx = new double[3000], ty = new double[3000], tz = new double[3000];
            for (int i = 0; i < rx.length; i++) { rx[i] = 20 * r.nextDouble(); ry[i] = 20 * r.nextDouble(); rz[i] = 20 * r.nextDouble(); }
            for (int i = 0; i < tx.length; i++) { tx[i] = 20 * r.nextDouble(); ty[i] = 20 * r.nextDouble(); tz[i] = 20 * r.nextDouble(); }
            double[] before = fine.nearMoments(CageJumpPairCorrelation.NEAR_RANGE);
            fine.add(box, rx, ry, rz, tx, ty, tz);
            one.add(box, rx, ry, rz, tx, ty, tz);
            double[] after = fine.nearMoments(CageJumpPairCorrelation.NEAR_RANGE);
            for (int k = 0; k < pooled.length; k++) pooled[k] += after[k] - before[k];
        }
        double[] a = CageJumpPairCorrelation.shellAmplitudes(pooled);
        Table t = one.table();
        assertEquals(t.doubleColumn("g_cj").getDouble(0), a[0], 1e-9 * Math.abs(a[0]));
        assertEquals(t.doubleColumn("alpha").getDouble(0), a[1], 1e-9 + 1e-9 * Math.abs(a[1]));
        assertEquals(1.0, a[0], 0.1, "uniform jumps: g_cj = 1 on the shell");
    }
}
