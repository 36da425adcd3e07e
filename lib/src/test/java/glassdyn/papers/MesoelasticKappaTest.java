package glassdyn.papers;

import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The pipeline's small computes against planted inputs: mobility extremes, D, end of the ballistic regime. */
class MesoelasticKappaTest {

    @Test void extremesFindPlantedMobileAndImmobileParticles() {
        // large particles on a 4x4x4 cubic lattice of spacing 2 (periodic), neighbours within 2.1 = the 6 nearest
        int side = 4, n = side * side * side;
        Configuration c = new Configuration(n, Box.cubic(3, 2 * side));
        c.mass = new double[] {1, 1};
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            c.x[i] = 2 * (i % side); c.y[i] = 2 * ((i / side) % side); c.z[i] = 2 * (i / (side * side)); c.type[i] = 1;
            mu[i] = 1 + 0.01 * ((i * 37) % 11);       // a weakly varying background in [1, 1.1]
        }
        int[] mobile = {0, 21, 42}, immobile = {5, 26, 63};
        mu[0] = 5; mu[21] = 4; mu[42] = 3;
        mu[5] = 0.1; mu[26] = 0.2; mu[63] = 0.3;
        int[] cls = MesoelasticKappa.extremes(c, mu, 2.1);
        for (int i : mobile) assertEquals(1, cls[i], "planted mobile " + i);
        for (int i : immobile) assertEquals(-1, cls[i], "planted immobile " + i);
        int plus = 0, minus = 0;
        for (int v : cls) { if (v == 1) plus++; if (v == -1) minus++; }
        assertEquals(MesoelasticKappa.EXTREMES_PER_IS, plus);
        assertEquals(MesoelasticKappa.EXTREMES_PER_IS, minus);
        // every particle flagged is a local extremum among its 6 lattice neighbours
        for (int i = 0; i < n; i++) {
            if (cls[i] == 0) continue;
            int ix = i % side, iy = (i / side) % side, iz = i / (side * side);
            int[][] nb = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
            for (int[] d : nb) {
                int j = Math.floorMod(ix + d[0], side) + side * Math.floorMod(iy + d[1], side) + side * side * Math.floorMod(iz + d[2], side);
                if (cls[i] == 1) assertTrue(mu[i] >= mu[j]); else assertTrue(mu[i] <= mu[j]);
            }
        }
    }

    @Test void diffusionAndBallisticEndFromPlantedCurves() {
        double a0 = 1.07, t0 = 1.2, d = 0.013, tc = 0.1 * t0;
        int m = 400;
        double[] t = new double[m], msd = new double[m];
        for (int i = 0; i < m; i++) {
            t[i] = 1e-3 * Math.pow(10, 6.0 * i / (m - 1));
            double x = t[i] / t0;
            // ballistic 3 (t/t0)^2 a0^2 times a planted suppression that reaches 0.8 exactly at t = tc, then diffusive
            double ballistic = 3 * x * x * a0 * a0 * Math.exp(Math.log(0.8) * (t[i] / tc) * (t[i] / tc));
            msd[i] = Math.max(ballistic, 0) + (t[i] > 10 ? 6 * d * t[i] : 0);
        }
        double end = MesoelasticKappa.ballisticEnd(t, msd, a0, t0);
        double step = Math.pow(10, 6.0 / (m - 1));
        assertTrue(end >= 0.1 && end <= 0.1 * step * 1.0001, "ballistic end " + end);
        assertEquals(d, MesoelasticKappa.diffusion(t, msd, a0), 1e-12);
    }
}
