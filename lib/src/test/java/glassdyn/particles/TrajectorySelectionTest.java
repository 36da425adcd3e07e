package glassdyn.particles;

import glassdyn.InputException;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Frame and type selection, and centre-of-mass drift removal, on a planted walk with a common drift. */
class TrajectorySelectionTest {
    static final int N = 20, FRAMES = 8;
    static final double L = 10, DRIFT = 0.7;

    /** Unwrapped positions [frame][coord][i]: a random walk plus a drift of DRIFT per frame along x and y. */
    static double[][][] walk() {
        Random r = new Random(3);
        double[][][] u = new double[FRAMES][3][N];
        for (int i = 0; i < N; i++) for (int d = 0; d < 3; d++) u[0][d][i] = r.nextDouble() * L;
        for (int f = 1; f < FRAMES; f++)
            for (int i = 0; i < N; i++)
                for (int d = 0; d < 3; d++) u[f][d][i] = u[f - 1][d][i] + 0.2 * r.nextGaussian() + (d < 2 ? DRIFT : 0);
        return u;
    }

    static Trajectory frames(double[][][] u) {
        List<Frame> list = new ArrayList<>();
        for (int f = 0; f < FRAMES; f++) {
            Configuration c = new Configuration(N, Box.cubic(3, L));
            for (int i = 0; i < N; i++) {
                c.x[i] = u[f][0][i]; c.y[i] = u[f][1][i]; c.z[i] = u[f][2][i];
                c.type[i] = i < 5 ? 1 : 0; c.id[i] = i + 1;
            }
            c.mass = new double[] {1, 3};
            c.wrapAll();
            c.time = f;
            list.add(new Frame(10L * f, c, false, true));
        }
        return new Trajectory() {
            int k;
            @Override public Frame next() { return k < list.size() ? list.get(k++) : null; }
            @Override public String source() { return "planted"; }
            @Override public int frameCount() { return FRAMES; }
        };
    }

    @Test
    void framesAndTypesSelected() {
        TrajectorySelection s = new TrajectorySelection(frames(walk()), 1, 6, 2, Set.of(1));
        assertEquals(3, s.frameCount());
        List<Frame> got = s.readAll();
        assertEquals(List.of(10L, 30L, 50L), got.stream().map(Frame::step).toList());
        assertEquals(5, got.get(0).n());
        assertTrue(got.get(0).config().type[4] == 1 && got.get(0).config().id[4] == 5);
        assertThrows(InputException.class, () -> new TrajectorySelection(frames(walk()), 3, 3, 1, null));
        InputException e = assertThrows(InputException.class, () -> new TrajectorySelection(frames(walk()), 20, 30, 1, null).next());
        assertTrue(e.getMessage().contains("no frame selected"), e.getMessage());
    }

    @Test
    void driftRemovalSubtractsTheMassWeightedCentre() {
        double[][][] u = walk();
        CentreOfMassDrift t = new CentreOfMassDrift(frames(u));
        Frame first = t.next(), f = null;
        for (Frame g = t.next(); g != null; g = t.next()) f = g;
        // independent: displacement minus the mass-weighted mean displacement (masses 3 for type 1, 1 for type 0)
        double[] dr = new double[3];
        double m = 0;
        for (int i = 0; i < N; i++) {
            double w = i < 5 ? 3 : 1;
            m += w;
            for (int d = 0; d < 3; d++) dr[d] += w * (u[FRAMES - 1][d][i] - u[0][d][i]);
        }
        for (int d = 0; d < 3; d++) dr[d] /= m;
        assertTrue(Math.abs(dr[0]) > 0.8 * DRIFT * (FRAMES - 1), "the planted drift is there: " + dr[0]);
        for (int i = 0; i < N; i++) {
            assertEquals(u[FRAMES - 1][0][i] - u[0][0][i] - dr[0], f.config().x[i] - first.config().x[i], 1e-12);
            assertEquals(u[FRAMES - 1][1][i] - u[0][1][i] - dr[1], f.config().y[i] - first.config().y[i], 1e-12);
            assertEquals(u[FRAMES - 1][2][i] - u[0][2][i] - dr[2], f.config().z[i] - first.config().z[i], 1e-12);
        }
        assertTrue(f.unwrapped());
    }
}
