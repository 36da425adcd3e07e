package glassdyn.protocols;
import glassdyn.minimize.Fire;

import glassdyn.protocols.AthermalQuasistaticShear;

import glassdyn.force.ForceField;
import glassdyn.dynamics.LeesEdwards;
import glassdyn.protocols.LiquidPreparation;
import glassdyn.particles.Configuration;
import glassdyn.potential.SmoothedLennardJones2D;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AQS of a small 2D glass of paper 003's smoothed LJ (N = 300, rho = 1.02, quenched from random positions, the
 * ductile end): elastic branches whose slope matches a finite difference of the minimised stress, whose energy
 * change is the integral of the stress, and stress drops between them.
 */
class AthermalQuasistaticShearTest {
    static final double TOL = 1e-10;

    static Configuration glass(ForceField ff) {
        int n = 300;
        double l = Math.sqrt(n / 1.02);
        int nl = (int) Math.round(n * 4472.0 / 10000);   // N_L / N = 0.4472, paper 003 A.1.a
        Configuration c = LiquidPreparation.random(Box.cubic(2, l), new int[] {n - nl, nl}, 11);
        Fire fire = new Fire();
        assertTrue(fire.minimize(c, ff, TOL, 200_000).converged(), "quench");
        return c;
    }

    @Test
    void elasticBranchesAndStressDrops() {
        try (ForceField ff = new ForceField(new SmoothedLennardJones2D(), 0.3, 1)) {
            Configuration c = glass(ff);
            double dg = 2e-3;
            AthermalQuasistaticShear aqs = new AthermalQuasistaticShear(ff, new Fire(), dg, TOL, 200_000,
                AthermalQuasistaticShear.DEFAULT_DROP_THRESHOLD);
            AthermalQuasistaticShear.Result r = aqs.run(c, 60);
            double[] g = r.strain(), s = r.stress(), e = r.energyPerParticle();
            double area = c.box.volume();
            System.out.printf("AQS: %d events up to strain %.3f; stress at the end %.4f%n", r.events().size(), g[g.length - 1], s[s.length - 1]);
            assertTrue(r.events().size() >= 2, "stress drops expected, got " + r.events().size());

            // the energy change of a step is the integral of the stress, dU/V = (s_k + s_k-1)/2 dgamma (trapezoid
            // error O(dgamma^2)), except across a plastic event, where the energy falls below it
            int consistent = 0, rising = 0;
            for (int k = 1; k < g.length; k++) {
                if (s[k] < s[k - 1]) continue;
                rising++;
                double du = (e[k] - e[k - 1]) * c.n / area, work = 0.5 * (s[k] + s[k - 1]) * dg;
                if (Math.abs(du - work) < 1e-2 * (Math.abs(s[k]) + Math.abs(s[k - 1])) * dg) consistent++;
            }
            System.out.printf("AQS: %d of %d stress-rising steps have dU/V = integral of the stress within 1%%%n", consistent, rising);
            assertTrue(consistent >= 0.8 * rising && rising > g.length / 2, consistent + " of " + rising);

            // the elastic slope from the sheared end state against a central finite difference of the minimised stress
            Configuration end = c.copy();
            double h = 1e-5, small = 1e-4;
            double gFd = (minimisedStress(end, h, ff) - minimisedStress(end, -h, ff)) / (2 * h);
            double s0 = minimisedStress(end, 0, ff), s1 = minimisedStress(end, small, ff);
            double gAqs = (s1 - s0) / small;
            System.out.printf("shear modulus at strain %.3f: finite difference %.4f, AQS step of 1e-4 %.4f%n", g[g.length - 1], gFd, gAqs);
            assertTrue(gFd > 0);
            assertEquals(gFd, gAqs, 0.05 * gFd);
        }
    }

    private static double minimisedStress(Configuration start, double gamma, ForceField ff) {
        Configuration c = start.copy();
        ff.neighbors().invalidate();
        LeesEdwards.shearAffinely(c, gamma, ff.neighbors());
        assertTrue(new Fire().minimize(c, ff, TOL, 200_000).converged());
        return -ff.virial()[ForceField.XY] / c.box.volume();
    }
}
