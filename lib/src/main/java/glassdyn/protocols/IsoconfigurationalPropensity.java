package glassdyn.protocols;
import glassdyn.force.ForceField;

import glassdyn.dynamics.Kinetic;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;

import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.space.Box;

/**
 * The isoconfigurational ensemble (Widmer-Cooper, Harrowell &amp; Fynewever, PRL 93, 135701 (2004); paper 004 Ref. 63):
 * {@code runs} Nose-Hoover trajectories from the same positions, each with its own Maxwell-Boltzmann velocities, and
 * the propensity ("mobility" in paper 004 section "Local analysis") of each particle, its displacement magnitude after
 * {@code duration} averaged over the runs: {@code mu_i = (1/R) sum_r |r_i^(r)(t) - r_i(0)|} (spec 004 A9). Paper 004
 * starts the runs from inherent structures with 20 runs and {@code t = tau_alpha / 10}. Run r draws its velocities
 * from {@code seed + r}, so the result does not depend on the thread count.
 */
public final class IsoconfigurationalPropensity {
    private IsoconfigurationalPropensity() {}

    /** mu_i for every particle of {@code start} (which is not modified). */
    public static double[] propensity(Configuration start, PairPotential potential, double temperature, double dt,
                                      double tdamp, double duration, int runs, long seed, int threads) {
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1");
        int n = start.n;
        double[] mu = new double[n];
        Box b0 = start.box;
        double[] x0 = new double[n], y0 = new double[n], z0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = b0.unwrapX(start.x[i], start.ix[i], start.iy[i]);
            y0[i] = b0.unwrapY(start.y[i], start.iy[i]);
            z0[i] = b0.unwrapZ(start.z[i], start.iz[i]);
        }
        try (ForceField ff = new ForceField(potential, 0.3, threads)) {
            for (int r = 0; r < runs; r++) {
                Configuration c = start.copy();
                Kinetic.drawVelocities(c, temperature, seed + r);
                ff.neighbors().invalidate();
                new MolecularDynamics(c, new NoseHooverChain(ff, dt, temperature, tdamp)).run(duration);
                Box b = c.box;
                for (int i = 0; i < n; i++) {
                    double dx = b.unwrapX(c.x[i], c.ix[i], c.iy[i]) - x0[i];
                    double dy = b.unwrapY(c.y[i], c.iy[i]) - y0[i];
                    double dz = b.unwrapZ(c.z[i], c.iz[i]) - z0[i];
                    mu[i] += Math.sqrt(dx * dx + dy * dy + dz * dz);
                }
            }
        }
        for (int i = 0; i < n; i++) mu[i] /= runs;
        return mu;
    }
}
