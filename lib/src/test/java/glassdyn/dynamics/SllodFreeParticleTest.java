package glassdyn.dynamics;

import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SLLOD with F = 0 (review 001, M3; issue 22): two particles far beyond the cut-off, thermostat off (tdamp 1e9, so
 * zeta stays ~0). The SLLOD equations dr/dt = p/m + gamma_dot (y - ylo) x, dp/dt = -gamma_dot p_y x have the exact
 * solution p_y = const, y = y0 + p_y t, p_x = p_x0 - gamma_dot p_y t, x = x0 + (p_x0 + gamma_dot (y0 - ylo)) t: in the
 * laboratory frame a free particle moves in a straight line at constant velocity (planar Couette flow is Newtonian in
 * the lab frame).
 *
 * <p>Measured: the integrator (LAMMPS {@code fix nvt/sllod}'s legacy splitting, which SllodLammpsIT matches) applies
 * the SLLOD term {@code -gamma_dot p_y} to the LABORATORY x velocity, so a free particle's lab velocity drifts:
 * dv_x/dt = -gamma_dot p_y, x = x0 + (p_x0 + gamma_dot (y0 - ylo)) t - gamma_dot p_y t^2 / 2 and the peculiar velocity
 * p_x = p_x0 - 2 gamma_dot p_y t. This test pins both closed forms: the textbook solution for y, z, and the exact
 * legacy-splitting solution for x, whose difference from the textbook one is -gamma_dot p_y t^2 / 2 (0.25 sigma here).
 * Review 001 (M3) derived this; switching to the textbook (or LAMMPS's newer reversible) SLLOD is a change of every
 * sheared pipeline and of the LAMMPS cross-check, left to the lead; in dense liquids the extra term is a kinetic-order
 * contribution to the stress.
 */
class SllodFreeParticleTest {
    @Test
    void freeParticlesFollowTheAnalyticStreamingSolution() {
        double l = 20, rate = 0.05, dt = 0.005;
        Configuration c = new Configuration(2, Box.cubic(3, l));
        double[] x0 = {2, 12}, y0 = {3, 13}, z0 = {5, 15}, px = {0.3, -0.2}, py = {0.4, -0.5}, pz = {0.1, 0.2};
        for (int i = 0; i < 2; i++) {
            c.x[i] = x0[i]; c.y[i] = y0[i]; c.z[i] = z0[i];
            c.vx[i] = px[i] + rate * (y0[i] - c.box.ylo()); c.vy[i] = py[i]; c.vz[i] = pz[i];
        }
        int steps = 1000;   // t = 5: y stays inside the box, no wrap
        try (ForceField ff = new ForceField(new KobAndersen(), 0.3, 1)) {
            SllodIntegrator s = new SllodIntegrator(ff, dt, rate, 1.0, 1e9);
            MolecularDynamics md = new MolecularDynamics(c, s);
            md.runSteps(steps);
        }
        double t = steps * dt;
        for (int i = 0; i < 2; i++) {
            double x = c.box.unwrapX(c.x[i], c.ix[i], c.iy[i]);
            assertEquals(y0[i] + py[i] * t, c.y[i], 1e-9, "y of particle " + i);
            assertEquals(z0[i] + pz[i] * t, c.z[i], 1e-9, "z of particle " + i);
            double textbook = x0[i] + (px[i] + rate * (y0[i] - c.box.ylo())) * t;
            double legacy = textbook - 0.5 * rate * py[i] * t * t;
            assertEquals(legacy, x, 1e-9, "x of particle " + i + " (legacy nvt/sllod splitting)");
            assertEquals(-0.5 * rate * py[i] * t * t, x - textbook, 1e-9, "difference from textbook SLLOD");
            double peculiarX = c.vx[i] - rate * (c.y[i] - c.box.ylo());
            assertEquals(px[i] - 2 * rate * py[i] * t, peculiarX, 1e-9, "peculiar v_x of particle " + i);
        }
    }
}
