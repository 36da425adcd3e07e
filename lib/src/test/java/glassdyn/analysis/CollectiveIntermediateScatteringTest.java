package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Collective F(q,t) against two independent computations: F(q,0) equals S(q) of {@link StaticStructureFactor} on
 * the same shell, and every lag equals a brute-force double loop over origins and the integer wavevectors
 * 2 pi n / L of a cubic cell.
 */
class CollectiveIntermediateScatteringTest {
    static final double L = 6;
    static final int N = 60, FRAMES = 12;

    static List<Frame> walk() {
        Random r = new Random(4);
        List<Frame> out = new ArrayList<>();
        double[][] p = new double[N][3];
        for (double[] x : p) for (int d = 0; d < 3; d++) x[d] = r.nextDouble() * L;
        for (int f = 0; f < FRAMES; f++) {
            Configuration c = new Configuration(N, Box.cubic(3, L));
            for (int i = 0; i < N; i++) {
                for (int d = 0; d < 3; d++) p[i][d] += 0.15 * r.nextGaussian();
                c.x[i] = p[i][0]; c.y[i] = p[i][1]; c.z[i] = p[i][2]; c.id[i] = i + 1;
            }
            c.mass = new double[] {1};
            c.time = 0.5 * f;
            out.add(new Frame(100L * f, c, true, false));
        }
        return out;
    }

    @Test
    void matchesStructureFactorAndBruteForce() {
        double dq = 0.5, q = 3.75;   // shell [3.5, 4.0) = StaticStructureFactor's shell 7 at dq 0.5
        CollectiveIntermediateScattering fq = new CollectiveIntermediateScattering(q, dq).lagsPerDecade(20);
        Table t = fq.compute(Trajectory.of(walk()));
        assertTrue(fq.vectors() > 10 && fq.vectors() < 150, "vectors " + fq.vectors());
        // F(q,0) = S(q) averaged over frames
        Table s = new StaticStructureFactor(4.0, dq).compute(Trajectory.of(walk()));
        int shell = -1;
        for (int k = 0; k < s.rowCount(); k++) if (Math.abs(s.doubleColumn("q").getDouble(k) - q) < 1e-9) shell = k;
        assertTrue(shell >= 0, "S(q) has the shell centred on " + q + ": " + s.doubleColumn("q"));
        assertEquals(s.doubleColumn("S").getDouble(shell), t.doubleColumn("F").getDouble(0), 1e-10);
        // brute force over n with |2 pi n / L| in the shell
        List<Frame> w = walk();
        int nmax = (int) Math.ceil(4.0 * L / (2 * Math.PI)) + 1;
        for (int row = 0; row < t.rowCount(); row++) {
            int lag = (int) Math.round(t.doubleColumn("t").getDouble(row) / 0.5);
            double sum = 0;
            int count = 0;
            for (int a = -nmax; a <= nmax; a++) for (int b = -nmax; b <= nmax; b++) for (int c = -nmax; c <= nmax; c++) {
                double qx = 2 * Math.PI * a / L, qy = 2 * Math.PI * b / L, qz = 2 * Math.PI * c / L;
                double m = Math.sqrt(qx * qx + qy * qy + qz * qz);
                if (m < 3.5 || m >= 4.0) continue;
                count++;
                for (int o = 0; o + lag < FRAMES; o++) {
                    Configuration x = w.get(o).config(), y = w.get(o + lag).config();
                    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++)
                        sum += Math.cos(qx * (y.x[i] - x.x[j]) + qy * (y.y[i] - x.y[j]) + qz * (y.z[i] - x.z[j]));
                }
            }
            double expected = sum / ((double) count * (FRAMES - lag) * N);
            assertEquals(expected, t.doubleColumn("F").getDouble(row), 1e-10 * Math.max(1, Math.abs(expected)), "lag " + lag);
        }
        assertEquals(1.0, t.doubleColumn("F_over_S").getDouble(0), 0);
    }

    @Test
    void changingCellIsRefused() {
        List<Frame> w = walk();
        Configuration c = w.get(3).config();
        Configuration d = new Configuration(N, new Box(3, 0, 0, 0, L, L, L, 0.5));
        System.arraycopy(c.x, 0, d.x, 0, N);
        w.set(3, new Frame(300, d, true, false));
        InputException e = assertThrows(InputException.class, () -> new CollectiveIntermediateScattering(3.75, 0.5).compute(Trajectory.of(w)));
        assertTrue(e.getMessage().contains("step 300"), e.getMessage());
    }
}
