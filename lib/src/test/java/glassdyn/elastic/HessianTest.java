package glassdyn.elastic;

import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Hessian against central finite differences of the engine's forces, in a tilted (Lees-Edwards) box. */
class HessianTest {
    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void equalsFiniteDifferencesOfForces(int dim) {
        KobAndersen ka = new KobAndersen();
        Configuration c = TestGlasses.random(dim, dim == 2 ? 80 : 90, 1.2, 0.37, 11 + dim);
        // a partial quench: forces are still large, so every term of K_ij is exercised away from a minimum
        TestGlasses.fire(c, ka, 1e-1, 300);
        Hessian h = Hessian.of(c, ka);
        var dense = h.dense();
        double hmax = 0;
        for (double v : dense.data) hmax = Math.max(hmax, Math.abs(v));
        double step = 1e-5, worst = 0;
        try (ForceField ff = new ForceField(ka, 0.3, 1)) {
            for (int i = 0; i < c.n; i++) {
                for (int a = 0; a < dim; a++) {
                    double[] fPlus = forces(c, ff, i, a, step), fMinus = forces(c, ff, i, a, -step);
                    for (int k = 0; k < h.size(); k++) {
                        double fd = -(fPlus[k] - fMinus[k]) / (2 * step);
                        worst = Math.max(worst, Math.abs(fd - dense.get(k, i * dim + a)));
                    }
                }
            }
        }
        assertTrue(worst < 1e-6 * hmax, "max |H - FD| = " + worst + " vs max |H| = " + hmax);
        // exact structure: symmetric, rows sum to zero (translation invariance)
        for (int r = 0; r < h.size(); r++) {
            double sum = 0;
            for (int k = 0; k < c.n; k++) sum += dense.get(r, k * dim + (r % dim));
            assertEquals(0, sum, 1e-10 * hmax);
            for (int q = 0; q < h.size(); q++) assertEquals(dense.get(r, q), dense.get(q, r), 1e-12 * hmax);
        }
    }

    private static double[] forces(Configuration c, ForceField ff, int i, int a, double step) {
        Configuration d = c.copy();
        (a == 0 ? d.x : a == 1 ? d.y : d.z)[i] += step;
        ff.neighbors().invalidate();
        ff.compute(d);
        int dim = c.dim();
        double[] f = new double[dim * c.n];
        for (int k = 0; k < c.n; k++) {
            f[k * dim] = ff.fx()[k];
            f[k * dim + 1] = ff.fy()[k];
            if (dim == 3) f[k * dim + 2] = ff.fz()[k];
        }
        return f;
    }
}
