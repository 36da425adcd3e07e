package glassdyn.epm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The lattice Eshelby kernel (SI Eqs. 10-16 and the fine-grid method) against direct DFT sums and its symmetries. */
class EshelbyKernelTest {

    private static double at(double[] g, int L, int x, int y) { return g[Math.floorMod(x, L) * L + Math.floorMod(y, L)]; }

    @Test
    void normalisationAndSymmetries() {
        int L = 16;
        for (KernelVariant v : new KernelVariant[] {KernelVariant.BLOCK, KernelVariant.STAG, KernelVariant.FITTED}) {
            for (double psi : new double[] {0, 0.3, 1.1}) {
                double[] g = EshelbyKernel.single(L, v, psi);
                assertEquals(-1, g[0], 1e-15, v + " G(0)");
                double sum = 0;
                for (double x : g) sum += x;
                assertEquals(0, sum, 1e-12, v + " sum_r G");
                double[] period = EshelbyKernel.single(L, v, psi + Math.PI / 2);
                double[] mirror = EshelbyKernel.single(L, v, -psi);
                for (int x = 0; x < L; x++)
                    for (int y = 0; y < L; y++) {
                        assertEquals(at(g, L, x, y), at(g, L, -x, -y), 1e-12, v + " G(r) = G(-r)");
                        assertEquals(at(g, L, x, y), at(period, L, x, y), 1e-12, v + " period pi/2");
                        assertEquals(at(g, L, x, y), at(mirror, L, x, -y), 1e-12, v + " mirror psi -> -psi");
                    }
            }
            double[] g0 = EshelbyKernel.single(L, v, 0);
            assertTrue(at(g0, L, 1, 0) > 0 && at(g0, L, 0, 1) > 0, v + " quadrupole: + along the axes at psi = 0");
            assertTrue(at(g0, L, 1, 1) < 0, v + " quadrupole: - along the diagonals at psi = 0");
        }
    }

    /** SI Eq. 14 written out independently. */
    private static double eq14(double qx, double qy, double psi) {
        double a = Math.cos(psi) * qx + Math.sin(psi) * qy, b = -Math.sin(psi) * qx + Math.cos(psi) * qy;
        double den = 2 - Math.cos(a) - Math.cos(b);
        return den == 0 ? 0 : -4 * (1 - Math.cos(a)) * (1 - Math.cos(b)) / (den * den);
    }

    /** Direct O(M^4) inverse DFT of SI Eq. 14 on an M x M grid (q = 2 pi n / M, n = -M/2+1..M/2), q = 0 set to 0. */
    private static double[][] directDft(int m, double psi) {
        double[][] g = new double[m][m];
        for (int x = 0; x < m; x++)
            for (int y = 0; y < m; y++) {
                double s = 0;
                for (int nx = -m / 2 + 1; nx <= m / 2; nx++)
                    for (int ny = -m / 2 + 1; ny <= m / 2; ny++) {
                        if (nx == 0 && ny == 0) continue;
                        double qx = 2 * Math.PI * nx / m, qy = 2 * Math.PI * ny / m;
                        s += eq14(qx, qy, psi) * Math.cos(qx * x + qy * y);
                    }
                g[x][y] = s / (m * m);
            }
        return g;
    }

    @Test
    void naiveKernelEqualsDirectDftOfEq14() {
        int L = 8;
        double psi = 0.3;
        double[][] d = directDft(L, psi);
        double[] g = EshelbyKernel.single(L, KernelVariant.NAIVE, psi);
        for (int x = 0; x < L; x++)
            for (int y = 0; y < L; y++) assertEquals(d[x][y] / -d[0][0], g[x * L + y], 1e-12);
    }

    @Test
    void blockKernelEqualsRealSpaceBlockAverageOfFineKernel() {
        // variant B in real space: G_c(r) = sum_d w(d) g_f(2r + d), w = [1/4, 1/2, 1/4] x [1/4, 1/2, 1/4]
        int L = 8, m = 16;
        double psi = 0.7;
        double[][] f = directDft(m, psi);
        double[] w = {0.25, 0.5, 0.25};
        double[] expect = new double[L * L];
        for (int x = 0; x < L; x++)
            for (int y = 0; y < L; y++) {
                double s = 0;
                for (int a = -1; a <= 1; a++)
                    for (int b = -1; b <= 1; b++) s += w[a + 1] * w[b + 1] * f[Math.floorMod(2 * x + a, m)][Math.floorMod(2 * y + b, m)];
                expect[x * L + y] = s;
            }
        double norm = -expect[0];
        double[] g = EshelbyKernel.single(L, KernelVariant.BLOCK, psi);
        for (int r = 0; r < L * L; r++) assertEquals(expect[r] / norm, g[r], 1e-12);
    }

    @Test
    void noiseStrengthAlphaOfEachVariant() {
        // independent numpy prototype of spec 002 section 1.5 (48 angles, L = 64): naive 0.184, block 0.130, stag 0.0994
        int L = 64, angles = 16;
        assertEquals(0.1838, new EshelbyKernel(L, KernelVariant.NAIVE, angles).alpha(), 0.002);
        assertEquals(0.1298, new EshelbyKernel(L, KernelVariant.BLOCK, angles).alpha(), 0.001);
        assertEquals(0.0994, new EshelbyKernel(L, KernelVariant.STAG, angles).alpha(), 0.001);
        EshelbyKernel fitted = new EshelbyKernel(L, KernelVariant.FITTED, 64);
        // true by construction: this only checks that the bisection of the calibration exponent converged
        assertEquals(KernelVariant.PAPER_ALPHA, fitted.alpha(), 5e-4, "bisection of the fitted exponent converged");
        assertTrue(fitted.exponent() > 1 && fitted.exponent() < 2);
    }

    @Test
    void blockAlphaEqualsRealSpaceComputation() {
        // alpha (SI Eq. 26) of the default (block) reading from an independent real-space construction: direct DFT of
        // Eq. 14 on the 2L x 2L grid, the 2 x 2 source block convolved with the 2 x 2 receiver block ([1/4,1/2,1/4]^2
        // weights), normalised to G(0) = -1, then (1/2) x mean over the table angles of sum_{r != 0} G^2
        int L = 16, m = 2 * L, angles = 8;
        double[] w = {0.25, 0.5, 0.25};
        double sum = 0;
        for (int k = 0; k < angles; k++) {
            double psi = k * (Math.PI / 2) / angles;
            double[][] f = directDft(m, psi);
            double[] g = new double[L * L];
            for (int x = 0; x < L; x++)
                for (int y = 0; y < L; y++) {
                    double v = 0;
                    for (int a = -1; a <= 1; a++)
                        for (int b = -1; b <= 1; b++) v += w[a + 1] * w[b + 1] * f[Math.floorMod(2 * x + a, m)][Math.floorMod(2 * y + b, m)];
                    g[x * L + y] = v;
                }
            double norm = -g[0], s2 = 0;
            for (int r = 1; r < L * L; r++) s2 += (g[r] / norm) * (g[r] / norm);
            sum += s2;
        }
        double expect = 0.5 * sum / angles;
        assertEquals(expect, new EshelbyKernel(L, KernelVariant.BLOCK, angles).alpha(), 1e-9);
        assertEquals(KernelVariant.BLOCK, KernelVariant.DEFAULT, "the literal block reading is the default");
    }

    /** Inverse DFT of SI Eq. 14 on the M x M grid evaluated at a real (possibly half-integer) fine position. */
    private static double dftAt(int m, double psi, double x, double y) {
        double s = 0;
        for (int nx = -m / 2 + 1; nx <= m / 2; nx++)
            for (int ny = -m / 2 + 1; ny <= m / 2; ny++) {
                if (nx == 0 && ny == 0) continue;
                double qx = 2 * Math.PI * nx / m, qy = 2 * Math.PI * ny / m;
                s += eq14(qx, qy, psi) * Math.cos(qx * x + qy * y);
            }
        return s / (m * m);
    }

    /** (1/2) x mean over table angles of sum_{r != 0} (G_r / -G_0)^2 for a real-space kernel builder. */
    private static double alphaOf(int L, int angles, java.util.function.BiFunction<Double, int[], Double> g) {
        double sum = 0;
        for (int k = 0; k < angles; k++) {
            double psi = k * (Math.PI / 2) / angles;
            double[] v = new double[L * L];
            for (int x = 0; x < L; x++) for (int y = 0; y < L; y++) v[x * L + y] = g.apply(psi, new int[] {x, y});
            double norm = -v[0], s2 = 0;
            for (int r = 1; r < v.length; r++) s2 += (v[r] / norm) * (v[r] / norm);
            sum += s2;
        }
        return 0.5 * sum / angles;
    }

    @Test
    void recvAndStagAlphaEqualRealSpaceComputations() {
        // independent real-space readings of the fine-grid step (2L x 2L grid, direct sums of Eq. 14):
        // RECV: point source at fine site 0, receiver = mean of the fine sites 2r + (0|1, 0|1);
        // STAG: point source, receiver = mean of the kernel at the four sub-cell centres 2r +- (1/2, 1/2)
        int L = 8, m = 2 * L, angles = 4;
        double recv = alphaOf(L, angles, (psi, r) -> {
            double s = 0;
            for (int u = 0; u < 2; u++) for (int w = 0; w < 2; w++) s += dftAt(m, psi, 2 * r[0] + u, 2 * r[1] + w);
            return s / 4;
        });
        double stag = alphaOf(L, angles, (psi, r) -> {
            double s = 0;
            for (int u = -1; u <= 1; u += 2) for (int w = -1; w <= 1; w += 2) s += dftAt(m, psi, 2 * r[0] + 0.5 * u, 2 * r[1] + 0.5 * w);
            return s / 4;
        });
        assertEquals(recv, new EshelbyKernel(L, KernelVariant.RECV, angles).alpha(), 1e-6 * recv);
        assertEquals(stag, new EshelbyKernel(L, KernelVariant.STAG, angles).alpha(), 1e-6 * stag);
    }
}
