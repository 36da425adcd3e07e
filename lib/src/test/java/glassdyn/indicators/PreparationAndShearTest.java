package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.force.ForceField;
import glassdyn.dynamics.SwapMonteCarlo;
import glassdyn.elastic.DenseCholeskySolver;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.ShearModulus;
import glassdyn.protocols.AthermalQuasistaticShear;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two checks of issue 9 on the preparation and the loading: swap MC detailed balance and AQS slope = G. */
class PreparationAndShearTest {
    /**
     * Two POLY disks in a periodic square (L = 3, d = 1.0 and 1.2) sampled by swap MC (translations and diameter
     * swaps, P_swap = 0.2): the separation r &lt; L/2 must follow the exact Boltzmann law P(r) dr ~ 2 pi r exp(-u(r)/T)
     * dr. A violation of detailed balance in either move would bias it.
     */
    @Test
    void twoParticleSeparationFollowsBoltzmann() {
        PolydisperseSoftDisks p = new PolydisperseSoftDisks();
        double l = 3.0, t = 0.5;
        Configuration c = new Configuration(2, Box.cubic(2, l));
        c.mass = new double[] {1};
        c.x[0] = 0.5; c.y[0] = 0.5; c.x[1] = 1.9; c.y[1] = 1.1;
        c.diameter[0] = 1.0; c.diameter[1] = 1.2;
        double dij = PolydisperseSoftDisks.pairDiameter(1.0, 1.2);
        SwapMonteCarlo mc = new SwapMonteCarlo(p, t, 0.4, SwapMonteCarlo.SWAP_PROBABILITY, 5);
        double r0 = 0.8, r1 = 1.5;
        int bins = 14;
        long[] hist = new long[bins];
        long moves = 1_500_000, inRange = 0;
        double[] d = new double[3];
        for (long m = 0; m < moves; m++) {
            mc.move(c);
            d[0] = c.x[1] - c.x[0]; d[1] = c.y[1] - c.y[0]; d[2] = 0;
            c.box.minimumImage(d);
            double r = Math.hypot(d[0], d[1]);
            if (r >= r0 && r < r1) { hist[(int) ((r - r0) / (r1 - r0) * bins)]++; inRange++; }
        }
        double[] exact = new double[bins];
        double z = 0;
        for (int b = 0; b < bins; b++) {
            int sub = 200;
            for (int s = 0; s < sub; s++) {
                double r = r0 + (b + (s + 0.5) / sub) * (r1 - r0) / bins;
                double u = r < 1.25 * dij ? p.energy(r * r, 0, 0, 1.0, 1.2) : 0;
                exact[b] += r * Math.exp(-u / t);
            }
            z += exact[b];
        }
        double worst = 0;
        for (int b = 0; b < bins; b++) {
            double pe = exact[b] / z, f = hist[b] / (double) inRange;
            double sd = Math.sqrt(pe * (1 - pe) / inRange) * 4;   // correlated chain: 4x the iid error, 5 sd below
            worst = Math.max(worst, Math.abs(f - pe) / sd);
            assertEquals(pe, f, 5 * sd, "bin " + b);
        }
        System.out.printf("two-particle swap MC: %d samples in [%.1f, %.1f), worst bin deviation %.2f (in 4x iid sd); "
            + "translation acceptance %.3f, swap acceptance %.3f%n", inRange, r0, r1, worst, mc.moveAcceptance(), mc.swapAcceptance());
        assertTrue(exact[0] / z < 0.5 * exact[bins - 1] / z, "the repulsive core must deplete small r");
    }

    /** The small-strain AQS stress-strain slope of a 2D POLY glass equals G = Born - Xi M+ Xi from the Hessian. */
    @Test
    void aqsSlopeEqualsShearModulusFromHessian() {
        Configuration c = GlassPreparation.poly(256, Double.POSITIVE_INFINITY, 0, 3);
        PolydisperseSoftDisks p = new PolydisperseSoftDisks();
        double dg = 1e-6;
        try (ForceField ff = GlassPreparation.forceField(p, c, 1)) {
            // the Hessian at the state AQS starts from (its own tighter minimisation)
            assertTrue(new Fire().minimize(c, ff, 1e-12, 1_000_000).converged());
            InteractingPairs pairs = InteractingPairs.of(c, p);
            double g = ShearModulus.xy(pairs, new DenseCholeskySolver(Hessian.of(pairs)), c.box.volume()).g();
            AthermalQuasistaticShear aqs = new AthermalQuasistaticShear(ff, new Fire(), dg, 1e-12, 1_000_000, 1e-3);
            double[] s = aqs.run(c, 2).stress();
            double slope = (s[1] - s[0]) / dg, slope2 = (s[2] - s[0]) / (2 * dg);
            System.out.printf("POLY N=256: G from the Hessian %.8f, AQS slope (1 step of 1e-6) %.8f, (2 steps) %.8f%n", g, slope, slope2);
            assertTrue(g > 0);
            assertEquals(g, slope, 1e-4 * g);
            assertEquals(g, slope2, 2e-4 * g);
        }
    }
}
