package glassdyn.analysis;

import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * D2min and the local strain against an exactly known answer: particles and periodic cell deformed by one affine map
 * F (stretch plus simple shear, the cell tilting like a Lees-Edwards box) give D2min = 0 and J = F for every
 * particle; displacing one particle on top of it is flagged on that particle and its neighbours only.
 */
class FalkLangerD2minTest {
    static final int N = 400;
    static final double L = 8;
    static final double[][] F = {{1.02, 0.1, 0}, {0, 0.97, 0}, {0, 0, 1.01}};

    double[] rx = new double[N], ry = new double[N], rz = new double[N], cx = new double[N], cy = new double[N], cz = new double[N];
    Box ref = Box.cubic(3, L);
    Box cur = new Box(3, 0, 0, 0, F[0][0] * L, F[1][1] * L, F[2][2] * L, F[0][1] * L);

    FalkLangerD2minTest() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < N; i++) {
            // unwrapped reference positions, some beyond the cell (particles that crossed boundaries earlier)
            rx[i] = (rng.nextDouble() * 1.5 - 0.25) * L; ry[i] = (rng.nextDouble() * 1.5 - 0.25) * L; rz[i] = rng.nextDouble() * L;
            cx[i] = F[0][0] * rx[i] + F[0][1] * ry[i]; cy[i] = F[1][1] * ry[i]; cz[i] = F[2][2] * rz[i];
        }
    }

    int[] ids() { int[] id = new int[N]; for (int i = 0; i < N; i++) id[i] = i + 1; return id; }

    @Test
    void affineDeformationGivesZeroD2minAndRecoversTheGradient() {
        Table t = new FalkLangerD2min(2.0).compute(ref, rx, ry, rz, cur, cx, cy, cz, ids(), new int[N]);
        double worst = 0;
        for (int i = 0; i < N; i++) {
            assertTrue(t.intColumn("neighbors").get(i) >= 3);
            worst = Math.max(worst, t.doubleColumn("d2min").get(i));
            assertEquals(F[0][0] - 1, t.doubleColumn("eps_xx").get(i), 1e-12);
            assertEquals(F[0][1], t.doubleColumn("eps_xy").get(i), 1e-12);
            assertEquals(0, t.doubleColumn("eps_yx").get(i), 1e-12);
            assertEquals(F[1][1] - 1, t.doubleColumn("eps_yy").get(i), 1e-12);
            assertEquals(F[2][2] - 1, t.doubleColumn("eps_zz").get(i), 1e-12);
            assertEquals(F[0][1], t.doubleColumn("gamma").get(i), 1e-12);
        }
        System.out.printf("D2min under an exact affine deformation: max over %d particles %.3e%n", N, worst);
        assertTrue(worst < 1e-20, "D2min = 0 to rounding, got " + worst);
    }

    @Test
    void flagsAPlantedLocalRearrangement() {
        int k = 17;
        cx[k] += 0.3;
        Table t = new FalkLangerD2min(2.0).compute(ref, rx, ry, rz, cur, cx, cy, cz, ids(), new int[N]);
        double[] d2 = t.doubleColumn("d2min").asDoubleArray();
        assertTrue(d2[k] > 0.05, "planted particle D2min " + d2[k]);
        Box b = ref.copy();
        int flagged = 0, neighbours = 0;
        for (int i = 0; i < N; i++) {
            double[] dv = {rx[i] - rx[k], ry[i] - ry[k], rz[i] - rz[k]};
            b.minimumImage(dv);
            boolean near = i != k && dv[0] * dv[0] + dv[1] * dv[1] + dv[2] * dv[2] < 4.0;
            if (near) { neighbours++; assertTrue(d2[i] > 1e-4, "neighbour " + i + " of the rearranged particle, D2min " + d2[i]); }
            else if (i != k) assertTrue(d2[i] < 1e-20, "far particle " + i + " D2min " + d2[i]);
            if (d2[i] > 1e-4) flagged++;
        }
        assertEquals(neighbours + 1, flagged, "flagged = the planted particle and its neighbours");
    }
}
