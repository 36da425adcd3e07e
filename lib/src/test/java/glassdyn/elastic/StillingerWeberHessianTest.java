package glassdyn.elastic;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.potential.StillingerWeber;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analytic Stillinger-Weber Hessian against central finite differences of the potential's own forces. */
class StillingerWeberHessianTest {
    @Test
    void equalsFiniteDifferencesOfForces() {
        // a jittered simple-cubic lattice at the paper's SW density 0.52 (nearest and second neighbours inside the cutoff)
        int side = 4, n = side * side * side;
        double a = Math.cbrt(1 / 0.52), l = side * a;
        Configuration c = new Configuration(n, new Box(3, 0, 0, 0, l, l, l, 0.23 * l));
        SplittableRandom rng = new SplittableRandom(3);
        int p = 0;
        for (int x = 0; x < side; x++)
            for (int y = 0; y < side; y++)
                for (int z = 0; z < side; z++, p++) {
                    c.x[p] = (x + 0.5) * a + 0.23 * (y + 0.5) * a + 0.12 * (rng.nextDouble() - 0.5);
                    c.y[p] = (y + 0.5) * a + 0.12 * (rng.nextDouble() - 0.5);
                    c.z[p] = (z + 0.5) * a + 0.12 * (rng.nextDouble() - 0.5);
                }
        StillingerWeber sw = new StillingerWeber();
        var dense = StillingerWeberHessian.of(c, sw).dense();
        double hmax = 0;
        for (double v : dense.data) hmax = Math.max(hmax, Math.abs(v));
        double step = 1e-5, worst = 0;
        for (int i = 0; i < n; i++)
            for (int d = 0; d < 3; d++) {
                double[] fp = forces(c, sw, i, d, step), fm = forces(c, sw, i, d, -step);
                for (int k = 0; k < 3 * n; k++)
                    worst = Math.max(worst, Math.abs(-(fp[k] - fm[k]) / (2 * step) - dense.get(k, 3 * i + d)));
            }
        System.out.printf("Stillinger-Weber N=%d: max |H - FD| = %.3g, max |H| = %.3g%n", n, worst, hmax);
        assertTrue(worst < 1e-6 * hmax, "max |H - FD| = " + worst + " vs max |H| = " + hmax);
    }

    private static double[] forces(Configuration c0, StillingerWeber sw, int i, int d, double step) {
        Configuration c = c0.copy();
        (d == 0 ? c.x : d == 1 ? c.y : c.z)[i] += step;
        NeighborList list = new NeighborList(StillingerWeber.CUT, 0.3, true);
        Configuration w = c.copy();
        list.build(w);
        int[] nb = list.pairs().clone();
        for (int s = 0; s < list.size(); s++) nb[s] = NeighborList.index(nb[s]);
        int n = c.n;
        double[] fx = new double[n], fy = new double[n], fz = new double[n];
        sw.compute(w.box, n, w.x, w.y, w.z, list.start(), nb, fx, fy, fz, null, null);
        double[] f = new double[3 * n];
        for (int k = 0; k < n; k++) { f[3 * k] = fx[k]; f[3 * k + 1] = fy[k]; f[3 * k + 2] = fz[k]; }
        return f;
    }
}
