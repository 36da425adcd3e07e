package glassdyn.protocols;
import glassdyn.dynamics.Kinetic;

import glassdyn.protocols.IsoconfigurationalPropensity;

import glassdyn.particles.Configuration;
import glassdyn.potential.InversePowerLaw;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Free flight: in a box so dilute that no pair comes within the cutoff during the runs, and with a thermostat too
 * slow to act, each run moves particle i by |v_i^(r)| t, so the propensity is the run average of |v_i^(r)| t with the
 * velocities each run draws from its seed.
 */
class IsoconfigurationalPropensityTest {
    @Test void freeFlightPropensityIsTheMeanSpeedTimesTime() {
        int n = 20;
        double t = 0.5, temp = 0.3;
        Box box = Box.cubic(3, 400);
        Configuration c = new Configuration(n, box);
        c.mass = new double[] {1, 1};
        for (int i = 0; i < n; i++) { c.x[i] = 20 * (i % 20) + 5; c.y[i] = 20 * (i / 20) + 5 + 3 * i; c.z[i] = 7 * i; c.type[i] = i % 2; }
        int runs = 4;
        long seed = 77;
        double[] mu = IsoconfigurationalPropensity.propensity(c, InversePowerLaw.threeD(), temp, 0.005, 1e9, t, runs, seed, 1);
        double[] expected = new double[n];
        for (int r = 0; r < runs; r++) {
            Configuration v = c.copy();
            Kinetic.drawVelocities(v, temp, seed + r);
            for (int i = 0; i < n; i++) expected[i] += Math.sqrt(v.vx[i] * v.vx[i] + v.vy[i] * v.vy[i] + v.vz[i] * v.vz[i]) * t / runs;
        }
        for (int i = 0; i < n; i++) assertEquals(expected[i], mu[i], 1e-9 * expected[i], "particle " + i);
    }

    /**
     * Free flight in 2D with a planted pair list (2k with 2k+1): the neighbour-relative displacement of each particle
     * is |v_i - v_partner| t averaged over the runs; a particle left without partners keeps |v_i| t.
     */
    @Test void freeFlightNeighbourRelativeIsTheRelativeSpeedTimesTime() {
        int n = 21;
        double t = 0.5, temp = 0.3;
        Configuration c = new Configuration(n, Box.cubic(2, 400));
        c.mass = new double[] {1, 1};
        for (int i = 0; i < n; i++) { c.x[i] = 18 * i + 5; c.y[i] = 13 * i + 7; c.type[i] = i % 2; }
        int[] pi = new int[10], pj = new int[10];
        for (int k = 0; k < 10; k++) { pi[k] = 2 * k; pj[k] = 2 * k + 1; }
        int runs = 3;
        long seed = 91;
        double[] nr = IsoconfigurationalPropensity.neighbourRelative(c, InversePowerLaw.twoD(), temp, 0.005, 1e9, t, runs, seed, pi, pj);
        double[] expected = new double[n];
        for (int r = 0; r < runs; r++) {
            Configuration v = c.copy();
            Kinetic.drawVelocities(v, temp, seed + r);
            for (int i = 0; i < n; i++) {
                int o = i == n - 1 ? -1 : (i % 2 == 0 ? i + 1 : i - 1);
                double dx = v.vx[i] - (o < 0 ? 0 : v.vx[o]), dy = v.vy[i] - (o < 0 ? 0 : v.vy[o]);
                expected[i] += Math.sqrt(dx * dx + dy * dy) * t / runs;
            }
        }
        for (int i = 0; i < n; i++) assertEquals(expected[i], nr[i], 1e-9 * expected[i], "particle " + i);
    }
}
