package glassdyn.force;

import glassdyn.dynamics.Kinetic;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.VelocityVerlet;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.StillingerWeber;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Stillinger-Weber force-field style against the potential's all-pairs reference sum (minimum image, independent
 * of the neighbour list and of the gather), finite differences of its own energy, across thread counts (bit for bit),
 * and in NVE dynamics (second-order energy conservation) and FIRE.
 */
class StillingerWeberForceTest {
    /** A disordered SW configuration at the paper's density 0.52: a simple-cubic lattice with large jitter, tilted box. */
    static Configuration disordered(int side, double tiltFraction, long seed) {
        int n = side * side * side;
        double a = Math.cbrt(1 / 0.52), l = side * a;
        Configuration c = new Configuration(n, new Box(3, 0, 0, 0, l, l, l, tiltFraction * l));
        c.mass = new double[] {1};
        SplittableRandom rng = new SplittableRandom(seed);
        int p = 0;
        for (int x = 0; x < side; x++)
            for (int y = 0; y < side; y++)
                for (int z = 0; z < side; z++, p++) {
                    c.y[p] = (y + 0.5) * a + 0.35 * (rng.nextDouble() - 0.5);
                    c.x[p] = (x + 0.5) * a + tiltFraction * c.y[p] + 0.35 * (rng.nextDouble() - 0.5);
                    c.z[p] = (z + 0.5) * a + 0.35 * (rng.nextDouble() - 0.5);
                }
        return c;
    }

    /** The reference: {@link StillingerWeber#compute} over every other particle (minimum image). */
    static double reference(Configuration c, double[] fx, double[] fy, double[] fz, double[] pe, double[] w) {
        int n = c.n;
        int[] start = new int[n + 1], nb = new int[n * (n - 1)];
        for (int i = 0, s = 0; i < n; i++) {
            start[i] = s;
            for (int j = 0; j < n; j++) if (j != i) nb[s++] = j;
            start[i + 1] = s;
        }
        return new StillingerWeber().compute(c.box, n, c.x, c.y, c.z, start, nb, fx, fy, fz, pe, w);
    }

    @Test
    void matchesTheAllPairsReference() {
        Configuration c = disordered(6, 0.2, 1);
        int n = c.n;
        double[] fx = new double[n], fy = new double[n], fz = new double[n], pe = new double[n], w = new double[6];
        double e = reference(c, fx, fy, fz, pe, w);
        try (ForceField ff = new ForceField(new StillingerWeberForce(), 0.3, 1)) {
            ff.computePerParticle(c);
            double fmax = 0;
            for (int i = 0; i < n; i++) fmax = Math.max(fmax, Math.abs(fx[i]));
            for (int i = 0; i < n; i++) {
                assertEquals(fx[i], ff.fx()[i], 1e-12 * fmax);
                assertEquals(fy[i], ff.fy()[i], 1e-12 * fmax);
                assertEquals(fz[i], ff.fz()[i], 1e-12 * fmax);
                assertEquals(pe[i], ff.energyPerParticle()[i], 1e-12 * Math.abs(e) / n);
            }
            assertEquals(e, ff.energy(), 1e-12 * Math.abs(e));
            double wScale = Math.abs(w[0]) + Math.abs(w[1]) + Math.abs(w[2]);
            for (int k = 0; k < 6; k++) assertEquals(w[k], ff.virial()[k], 1e-12 * wScale, "virial " + k);
            // per-particle stresses (LAMMPS stress/atom) add up to minus the virial
            for (int k = 0; k < 6; k++) {
                double s = 0;
                for (double v : ff.stressPerParticle(k)) s += v;
                assertEquals(-w[k], s, 1e-11 * wScale, "stress/atom sum " + k);
            }
        }
    }

    @Test
    void forcesAreMinusTheGradientOfTheEnergy() {
        Configuration c = disordered(5, -0.1, 2);
        try (ForceField ff = new ForceField(new StillingerWeberForce(), 0.3, 1)) {
            ff.compute(c, true);
            double[][] f = {ff.fx().clone(), ff.fy().clone(), ff.fz().clone()};
            double[][] x = {c.x, c.y, c.z};
            double h = 1e-6, fmax = 0;
            for (double[] fa : f) for (double v : fa) fmax = Math.max(fmax, Math.abs(v));
            for (int i = 0; i < c.n; i += 5)
                for (int a = 0; a < 3; a++) {
                    double keep = x[a][i];
                    x[a][i] = keep + h; ff.compute(c, true); double ep = ff.energy();
                    x[a][i] = keep - h; ff.compute(c, true); double em = ff.energy();
                    x[a][i] = keep;
                    assertEquals(f[a][i], -(ep - em) / (2 * h), 1e-7 * fmax, "particle " + i + " component " + a);
                }
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        double[][] ref = null;
        for (int threads : new int[] {1, 2, 3}) {
            Configuration c = disordered(6, 0.3, 3);
            try (ForceField ff = new ForceField(new StillingerWeberForce(), 0.3, threads)) {
                ff.computePerParticle(c);
                double[][] got = {ff.fx().clone(), ff.fy().clone(), ff.fz().clone(), ff.energyPerParticle().clone(),
                    ff.virial().clone(), {ff.energy()}, ff.stressPerParticle(ForceField.XY).clone()};
                if (ref == null) ref = got;
                else for (int k = 0; k < got.length; k++) assertArrayEquals(ref[k], got[k], 0.0, "threads " + threads + " array " + k);
            }
        }
    }

    /** Total energy in NVE over {@code steps} of dt from a lattice with velocities at T; returns max |E(t) - E(0)|. */
    static double nveDeviation(double dt, double time, long seed) {
        Configuration c = disordered(5, 0.0, seed);
        Kinetic.drawVelocities(c, 0.08, seed + 1);
        try (ForceField ff = new ForceField(new StillingerWeberForce(), 0.3, 1)) {
            MolecularDynamics md = new MolecularDynamics(c, new VelocityVerlet(ff, dt));
            ff.compute(c, true);
            double e0 = ff.energy() + Kinetic.kineticEnergy(c);
            double[] worst = {0};
            md.sampleEvery(dt, (cc, st, f) -> {
                f.compute(cc, true);
                worst[0] = Math.max(worst[0], Math.abs(f.energy() + Kinetic.kineticEnergy(cc) - e0));
            });
            md.run(time);
            return worst[0];
        }
    }

    @Test
    void velocityVerletConservesEnergyToSecondOrder() {
        double coarse = nveDeviation(0.02, 10, 4), fine = nveDeviation(0.01, 10, 4);
        System.out.println("SW NVE max |E - E0|: dt 0.02 " + coarse + ", dt 0.01 " + fine);
        int n = 125;
        // a hot, unrelaxed start (jittered lattice): the deviation stays below 1e-3 epsilon per particle
        assertTrue(coarse < 1e-3 * n, "energy deviation " + coarse + " at dt 0.02");
        double ratio = coarse / fine;
        assertTrue(ratio > 3 && ratio < 5.5, "halving dt divides the deviation by " + ratio + ", not about 4");
    }

    @Test
    void fireReachesAMinimum() {
        Configuration c = disordered(5, 0.1, 5);
        try (ForceField ff = new ForceField(new StillingerWeberForce(), 0.3, 2)) {
            ff.compute(c, true);
            double e0 = ff.energy();
            Fire.Result r = new Fire().minimize(c, ff, 1e-10, 200_000);
            assertTrue(r.converged(), "FIRE: largest force " + r.maxForce() + " after " + r.iterations());
            assertTrue(r.energy() < e0);
        }
    }
}
