package glassdyn.protocols;

import glassdyn.analysis.SelfScatteringStream;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The online F_s ({@link SelfScatteringStream}) against (1) a planted exponential decay: Brownian particles with
 * diffusion constant D have F_s(q, t) = exp(-q^2 D t) exactly, so tau_alpha = 1 / (q^2 D); (2) an offline F_s computed by
 * brute force over the same time origins on a stored Kob-Andersen trajectory ({@link FirstJumpStreamTest#trajectory()}),
 * for one origin (the ensemble's single-origin F_s) and for several overlapping origins (the steady runs').
 */
class SelfScatteringStreamTest {
    @Test
    void plantedBrownianDecayGivesTauAlphaOneOverQSquaredD() {
        int n = 20000, frames = 301;
        double q = 7.25, d = 0.01, dt = 0.01, sd = Math.sqrt(2 * d * dt);
        Random rnd = new Random(3);
        double[] x = new double[n], y = new double[n], z = new double[n];
        SelfScatteringStream s = new SelfScatteringStream(q, null, n, frames - 1, frames);
        for (int k = 0; k < frames; k++) {
            if (k > 0) for (int i = 0; i < n; i++) { x[i] += sd * rnd.nextGaussian(); y[i] += sd * rnd.nextGaussian(); z[i] += sd * rnd.nextGaussian(); }
            s.add(x, y, z);
        }
        double[] fs = s.fs(), t = new double[frames];
        for (int k = 0; k < frames; k++) t[k] = k * dt;
        double exact = 1 / (q * q * d);
        for (int k = 0; k < frames; k += 50) assertEquals(Math.exp(-q * q * d * t[k]), fs[k], 0.02, "F_s at t = " + t[k]);
        assertEquals(exact, SelfScatteringStream.tauAlpha(t, fs), 0.03 * exact);
        // a curve that never reaches 1/e has no tau_alpha
        assertTrue(Double.isNaN(SelfScatteringStream.tauAlpha(new double[] {0, 1, 2}, new double[] {1, 0.9, 0.8})));
    }

    @Test
    void onlineEqualsOfflineOnAStoredKobAndersenTrajectory() {
        double[][][] p = FirstJumpStreamTest.trajectory();
        int n = FirstJumpStreamTest.N, frames = FirstJumpStreamTest.FRAMES;
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) a[i] = i % 5 != 0;   // a selection, as species A
        for (int[] grid : new int[][] {{frames - 1, frames}, {60, 10}, {25, 7}}) {
            int maxLag = grid[0], every = grid[1];
            SelfScatteringStream s = new SelfScatteringStream(7.25, a, n, maxLag, every);
            double[] fx = new double[n], fy = new double[n], fz = new double[n];
            for (int k = 0; k < frames; k++) {
                for (int i = 0; i < n; i++) { fx[i] = p[0][i][k]; fy[i] = p[1][i][k]; fz[i] = p[2][i][k]; }
                s.add(fx, fy, fz);
            }
            double[] online = s.fs();
            for (int lag = 0; lag <= maxLag; lag++) {
                double sum = 0;
                int origins = 0;
                for (int o = 0; o + lag < frames; o += every) {
                    double acc = 0;
                    int m = 0;
                    for (int i = 0; i < n; i++) {
                        if (!a[i]) continue;
                        double dx = p[0][i][o + lag] - p[0][i][o], dy = p[1][i][o + lag] - p[1][i][o], dz = p[2][i][o + lag] - p[2][i][o];
                        double qr = 7.25 * Math.sqrt(dx * dx + dy * dy + dz * dz);
                        acc += qr == 0 ? 1 : Math.sin(qr) / qr;
                        m++;
                    }
                    sum += acc / m;
                    origins++;
                }
                assertEquals(sum / origins, online[lag], 1e-12, "lag " + lag + " (max lag " + maxLag + ", origins every " + every + ")");
            }
            assertTrue(online[maxLag] < 0.9, "the stored trajectory decorrelates: F_s(" + maxLag + ") = " + online[maxLag]);
        }
    }
}
