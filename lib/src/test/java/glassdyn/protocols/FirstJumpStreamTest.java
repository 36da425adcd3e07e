package glassdyn.protocols;

import glassdyn.analysis.CageJumpDetector;
import glassdyn.analysis.FirstJumpStream;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The online first-jump detector ({@link FirstJumpStream}) against the offline one on a stored trajectory: a real
 * Kob-Andersen liquid (N = 200, rho = 1.2, T = 0.8, 20 time units sampled every 0.1, jump threshold 0.05, unwrapped positions kept in
 * memory). With one window over the whole run the online first-jump frames equal the first jump of {@link
 * CageJumpDetector#detect} on the full stored trajectory, particle by particle; with shorter windows they equal the
 * batch windowed definition {@link FirstJumpStream#offline}. The ensemble with a jump window as long as its run gives
 * bit-identical first-jump times to the default (whole-run) detector.
 */
class FirstJumpStreamTest {
    static final int N = 200, FRAMES = 201;
    static final double T = 0.8, THRESHOLD = 0.05;

    /** Unwrapped positions [particle][frame] of a KA liquid. */
    static double[][][] trajectory() {
        KobAndersen ka = new KobAndersen();
        Configuration c = LiquidPreparation.liquid(ka, Box.cubic(3, Math.cbrt(N / 1.2)), LiquidPreparation.kobAndersenCounts(N),
            T, 5, 7, 1);
        double[][] x = new double[N][FRAMES], y = new double[N][FRAMES], z = new double[N][FRAMES];
        try (ForceField ff = new ForceField(ka, 0.3, 1)) {
            MolecularDynamics md = new MolecularDynamics(c, new NoseHooverChain(ff, 0.005, T, 0.5));
            long stride = md.steps(0.1);
            for (int k = 0; k < FRAMES; k++) {
                if (k > 0) md.runSteps(stride);
                for (int i = 0; i < N; i++) {
                    x[i][k] = c.box.unwrapX(c.x[i], c.ix[i], c.iy[i]);
                    y[i][k] = c.box.unwrapY(c.y[i], c.iy[i]);
                    z[i][k] = c.box.unwrapZ(c.z[i], c.iz[i]);
                }
            }
        }
        return new double[][][] {x, y, z};
    }

    static int[] online(double[][][] p, CageJumpDetector det, int window) {
        FirstJumpStream s = new FirstJumpStream(det, N, window);
        double[] fx = new double[N], fy = new double[N], fz = new double[N];
        for (int k = 0; k < FRAMES; k++) {
            for (int i = 0; i < N; i++) { fx[i] = p[0][i][k]; fy[i] = p[1][i][k]; fz[i] = p[2][i][k]; }
            s.add(fx, fy, fz);
        }
        s.finish();
        int[] out = new int[N];
        for (int i = 0; i < N; i++) out[i] = s.firstFrame(i);
        return out;
    }

    @Test
    void onlineEqualsOfflineOnAStoredKobAndersenTrajectory() {
        double[][][] p = trajectory();
        CageJumpDetector det = new CageJumpDetector(THRESHOLD);
        int[] whole = new int[N];
        int jumped = 0;
        for (int i = 0; i < N; i++) {
            List<CageJumpDetector.Jump> j = det.detect(p[0][i], p[1][i], p[2][i]);
            whole[i] = j.isEmpty() ? -1 : j.get(0).frame();
            if (!j.isEmpty()) jumped++;
        }
        assertTrue(jumped > N / 4 && jumped < N, "jumped " + jumped + " of " + N + ": the comparison must see both cases");
        assertArrayEquals(whole, online(p, det, FRAMES), "one window over the run = the paper's whole-run segmentation");
        assertArrayEquals(whole, online(p, det, 5000), "a window longer than the run is the whole run");
        for (int w : new int[] {40, 101, 150, 200}) {
            int[] off = new int[N];
            for (int i = 0; i < N; i++) off[i] = FirstJumpStream.offline(det, p[0][i], p[1][i], p[2][i], w);
            assertArrayEquals(off, online(p, det, w), "window " + w);
        }
        // the windowed definition is a different one: a short window changes some first jumps (what the test can see)
        int differ = 0;
        int[] short40 = online(p, det, 40);
        for (int i = 0; i < N; i++) if (short40[i] != whole[i]) differ++;
        assertTrue(differ > 0, "a 40-frame window should change some first jumps");
    }

    @Test
    void ensembleWithARunLongWindowIsTheDefault() {
        KobAndersen ka = new KobAndersen();
        Configuration c = LiquidPreparation.liquid(ka, Box.cubic(3, Math.cbrt(N / 1.2)), LiquidPreparation.kobAndersenCounts(N),
            1.0, 3, 5, 1);
        c.time = 0;
        CageJumpDetector det = new CageJumpDetector(THRESHOLD);
        IsoconfigurationalEnsemble.Result a = new IsoconfigurationalEnsemble(ka, 1.0, 0.05, 0.005, 0.5).run(c, 2, 6, det, 3, 1, null);
        IsoconfigurationalEnsemble.Result b = new IsoconfigurationalEnsemble(ka, 1.0, 0.05, 0.005, 0.5).jumpWindow(6)
            .run(c, 2, 6, det, 3, 1, null);
        IsoconfigurationalEnsemble.Result w = new IsoconfigurationalEnsemble(ka, 1.0, 0.05, 0.005, 0.5).jumpWindow(2)
            .run(c, 2, 6, det, 3, 1, null);
        for (int k = 0; k < 2; k++) assertArrayEquals(a.tauReplica()[k], b.tauReplica()[k], 0.0);
        assertArrayEquals(a.msd(), w.msd(), 0.0, "the window changes only the jump detection");
        assertEquals(a.tau().length, w.tau().length);
        // memory: a 2-time-unit window holds a third of the 6-time-unit run's positions
        IsoconfigurationalEnsemble e = new IsoconfigurationalEnsemble(ka, 1.0, 0, 0.005, 0.5).sampleInterval(0.1);
        assertEquals(24.0 * 9000 * 200001, e.bytesPerReplica(9000, 20000), 1);
        assertEquals(24.0 * 9000 * 5001, e.jumpWindow(500).bytesPerReplica(9000, 20000), 1);
        assertEquals(24.0 * 9000 * 5001 + 8.0 * 9000 * 4001, e.atomicStress(true).fieldInterval(5).bytesPerReplica(9000, 20000), 1);
    }

    /** A coarser field grid keeps exactly every k-th row of the per-sample fields (same seeds, same dynamics). */
    @Test
    void coarseFieldsAreTheSampledRows() {
        KobAndersen ka = new KobAndersen();
        Configuration c = LiquidPreparation.liquid(ka, Box.cubic(3, Math.cbrt(N / 1.2)), LiquidPreparation.kobAndersenCounts(N),
            1.0, 3, 5, 1);
        c.time = 0;
        CageJumpDetector det = new CageJumpDetector(THRESHOLD);
        IsoconfigurationalEnsemble.Result fine = new IsoconfigurationalEnsemble(ka, 1.0, 0.1, 0.005, 0.5).atomicStress(true)
            .neighbourRetention(1.4).run(c, 2, 3, det, 9, 1, null);
        IsoconfigurationalEnsemble.Result coarse = new IsoconfigurationalEnsemble(ka, 1.0, 0.1, 0.005, 0.5).atomicStress(true)
            .neighbourRetention(1.4).fieldInterval(0.5).run(c, 2, 3, det, 9, 1, null);
        assertEquals(31, fine.fieldTime().length);
        assertEquals(7, coarse.fieldTime().length);
        for (int r = 0; r < 7; r++) {
            assertEquals(fine.fieldTime()[5 * r], coarse.fieldTime()[r], 0.0);
            assertArrayEquals(fine.atomStress()[5 * r], coarse.atomStress()[r], 0.0);
            assertArrayEquals(fine.retention()[5 * r], coarse.retention()[r], 0.0);
        }
        assertArrayEquals(fine.tau(), coarse.tau(), 0.0);
    }
}
