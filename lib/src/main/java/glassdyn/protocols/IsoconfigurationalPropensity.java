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
        double[][] d = new double[3][n];
        try (ForceField ff = new ForceField(potential, 0.3, threads)) {
            for (int r = 0; r < runs; r++) {
                displacements(start, ff, temperature, dt, tdamp, duration, seed + r, d);
                for (int i = 0; i < n; i++) mu[i] += Math.sqrt(d[0][i] * d[0][i] + d[1][i] * d[1][i] + d[2][i] * d[2][i]);
            }
        }
        for (int i = 0; i < n; i++) mu[i] /= runs;
        return mu;
    }

    /**
     * The isoconfigurational average of the neighbour-relative displacement magnitude (paper 004 Fig. 2 left, its Ref.
     * 64, Mazoyer, Ebert, Maret &amp; Keim, EPL 88, 66004 (2009)): {@code (1/R) sum_r |dr_i - (1/|N_i|) sum_(j in N_i)
     * dr_j|} after {@code duration}, with N_i the partners of i in the pair list ({@code pairI[p]}, {@code pairJ[p]}),
     * e.g. the interacting pairs of {@code start}; a particle without partners keeps its own displacement. Run r draws
     * its velocities from {@code seed + r} as {@link #propensity} does.
     */
    public static double[] neighbourRelative(Configuration start, PairPotential potential, double temperature, double dt,
                                             double tdamp, double duration, int runs, long seed, int[] pairI, int[] pairJ) {
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1");
        int n = start.n;
        double[] mu = new double[n];
        int[] count = new int[n];
        for (int p = 0; p < pairI.length; p++) { count[pairI[p]]++; count[pairJ[p]]++; }
        double[][] d = new double[3][n], s = new double[3][n];
        try (ForceField ff = new ForceField(potential, 0.3, 1)) {
            for (int r = 0; r < runs; r++) {
                displacements(start, ff, temperature, dt, tdamp, duration, seed + r, d);
                for (double[] a : s) java.util.Arrays.fill(a, 0);
                for (int p = 0; p < pairI.length; p++)
                    for (int c = 0; c < 3; c++) { s[c][pairI[p]] += d[c][pairJ[p]]; s[c][pairJ[p]] += d[c][pairI[p]]; }
                for (int i = 0; i < n; i++) {
                    double e2 = 0;
                    for (int c = 0; c < 3; c++) {
                        double e = d[c][i] - (count[i] > 0 ? s[c][i] / count[i] : 0);
                        e2 += e * e;
                    }
                    mu[i] += Math.sqrt(e2);
                }
            }
        }
        for (int i = 0; i < n; i++) mu[i] /= runs;
        return mu;
    }

    /** One run from {@code start} with velocities of {@code seed}: the unwrapped displacements into {@code d[0..2]}. */
    private static void displacements(Configuration start, ForceField ff, double temperature, double dt, double tdamp,
                                      double duration, long seed, double[][] d) {
        Configuration c = start.copy();
        Kinetic.drawVelocities(c, temperature, seed);
        ff.neighbors().invalidate();
        new MolecularDynamics(c, new NoseHooverChain(ff, dt, temperature, tdamp)).run(duration);
        Box b0 = start.box, b = c.box;
        for (int i = 0; i < start.n; i++) {
            d[0][i] = b.unwrapX(c.x[i], c.ix[i], c.iy[i]) - b0.unwrapX(start.x[i], start.ix[i], start.iy[i]);
            d[1][i] = b.unwrapY(c.y[i], c.iy[i]) - b0.unwrapY(start.y[i], start.iy[i]);
            d[2][i] = b.unwrapZ(c.z[i], c.iz[i]) - b0.unwrapZ(start.z[i], start.iz[i]);
        }
    }
}
