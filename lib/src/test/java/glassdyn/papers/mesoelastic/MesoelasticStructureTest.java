package glassdyn.papers.mesoelastic;

import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.potential.InversePowerLaw;
import glassdyn.potential.PairPotential;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

import static glassdyn.papers.mesoelastic.MesoelasticObservables.col;
import static org.junit.jupiter.api.Assertions.*;

/** The Fig. 11 c and Fig. 12 tables of paper 004 against exact results of planted configurations. */
class MesoelasticStructureTest {
    /** A simple cubic lattice of spacing 1 in a box of 8, half the sites species 1 (checkerboard), shifted by {@code d}. */
    static Configuration lattice(double d) {
        int m = 8;
        Configuration c = new Configuration(m * m * m, Box.cubic(3, m));
        c.mass = new double[] {1, 1};
        int i = 0;
        for (int a = 0; a < m; a++) for (int b = 0; b < m; b++) for (int e = 0; e < m; e++, i++) {
            c.x[i] = a + 0.5 + d; c.y[i] = b + 0.5; c.z[i] = e + 0.5;
            c.type[i] = (a + b + e) % 2;
        }
        return c;
    }

    @Test
    void latticeGivesSixNeighboursAtUnitDistanceInLiquidAndIsColumnsAndThePotential() {
        List<Frame> liquid = List.of(new Frame(0, lattice(0), false, true));
        PairPotential pot = InversePowerLaw.threeD();
        Table g = MesoelasticStructure.pairStructure(liquid, List.of(lattice(0.1)), pot, 2);
        double[] r = col(g, "r"), gl = col(g, "g"), gi = col(g, "g_IS"), g12 = col(g, "g_1_2"), g11 = col(g, "g_1_1");
        double dr = r[1] - r[0], rho = 1;
        double nl = 0, ni = 0, n12 = 0, n11 = 0;
        for (int k = 0; k < r.length; k++)
            if (r[k] < 1.2) {
                double shell = 4 * Math.PI * r[k] * r[k] * dr * rho;
                nl += shell * gl[k]; ni += shell * gi[k]; n12 += shell * g12[k]; n11 += shell * g11[k];
            }
        // exact: 6 nearest neighbours at r = 1, all of the other species on the checkerboard (shell-centre quadrature)
        assertEquals(6, nl, 0.05);
        assertEquals(6, ni, 0.05, "the shifted lattice (IS column) has the same neighbours");
        assertEquals(0, n11, 1e-12, "no same-species neighbours in the first shell of the checkerboard");
        assertTrue(n12 > 5, "the 1-2 partial holds the shell: " + n12);
        double[] u12 = col(g, "u_1_2");
        for (int k = 0; k < r.length; k++) {
            double r2 = r[k] * r[k];
            double expect = r2 < pot.cutoff2(0, 1, 1, 1) ? pot.energy(r2, 0, 1, 1, 1) : 0;
            assertEquals(expect, u12[k], 1e-12 * Math.max(1, Math.abs(expect)));
        }
    }

    @Test
    void displacementsAtTauOverTenOfABallisticLattice() {
        // every particle moves at speed 0.05 along x: |dr| = 0.05 t exactly; tau = 200 puts the chosen lag near 20
        double v = 0.05;
        List<Frame> frames = new ArrayList<>();
        for (int step = 0; step <= 100; step++) {
            Configuration c = lattice(v * step);
            c.time = step;
            frames.add(new Frame(step, c, true, false));
        }
        Table d = MesoelasticStructure.displacements(frames, List.of(), 200, 1);
        double[] lag = col(d, "lag"), r = col(d, "r"), p = col(d, "P");
        double lg = lag[0];
        assertTrue(Math.abs(Math.log(lg / 20)) < Math.log(10) / 20, "lag " + lg + " not the log-nearest to tau/10 = 20");
        int peak = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[peak]) peak = k;
        double dr = r[1] - r[0];
        assertEquals(v * lg, r[peak], dr, "all particles at |dr| = v t");
        double norm = 0;
        for (double x : p) norm += x * dr;
        assertEquals(1, norm, 1e-9);
        assertEquals(0, MesoelasticStructure.displacements(frames, List.of(), Double.NaN, 1).rowCount(), "no tau: no table rows");
    }
}
