package glassdyn.dynamics;

import glassdyn.force.ForceField;
import glassdyn.protocols.LiquidPreparation;

import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Integrators and FIRE on Kob-Andersen liquids, against exact properties (conservation, canonical mean, zero force). */
class DynamicsTest {
    static final KobAndersen KA = new KobAndersen();

    static Configuration liquid(int n, double temperature, long seed) {
        double l = Math.cbrt(n / 1.2);
        return LiquidPreparation.liquid(KA, Box.cubic(3, l), LiquidPreparation.kobAndersenCounts(n), temperature, 2.0, seed, 2);
    }

    /**
     * Velocity Verlet conserves the total energy: over 10^4 steps of dt = 0.005 the drift (mean total energy of the
     * last tenth of the run minus that of the first tenth, which averages out the O(dt^2) fluctuations) stays below
     * 1e-4 of the energy; the largest excursion is reported too.
     */
    @Test void nveEnergyDrift() {
        Configuration c = liquid(256, 0.8, 1);
        try (ForceField ff = new ForceField(KA, 0.3, 2)) {
            VelocityVerlet vv = new VelocityVerlet(ff, 0.005);
            MolecularDynamics md = new MolecularDynamics(c, vv);
            double[] e = new double[1000];
            int[] k = {0};
            md.sampleEvery(0.05, (conf, step, f) -> e[k[0]++] = f.energy() + Kinetic.kineticEnergy(conf));
            md.runSteps(10_000);
            assertEquals(e.length, k[0]);
            double first = 0, last = 0, worst = 0;
            for (int i = 0; i < 100; i++) { first += e[i] / 100; last += e[e.length - 1 - i] / 100; }
            for (double v : e) worst = Math.max(worst, Math.abs(v - e[0]) / Math.abs(e[0]));
            double drift = Math.abs(last - first) / Math.abs(first);
            System.out.printf("NVE N=256 dt=0.005 1e4 steps: drift %.3g, largest excursion %.3g (relative)%n", drift, worst);
            assertTrue(drift < 1e-4, "relative energy drift " + drift);
            assertTrue(worst < 1e-3, "relative energy excursion " + worst);
        }
    }

    /** Nose-Hoover chain: the mean temperature is the target within 0.5%; the extended energy is conserved. */
    @Test void noseHooverTemperature() {
        double target = 0.8;
        Configuration c = liquid(500, target, 2);
        try (ForceField ff = new ForceField(KA, 0.3, 2)) {
            NoseHooverChain nh = new NoseHooverChain(ff, 0.005, target, 0.5);
            MolecularDynamics md = new MolecularDynamics(c, nh);
            md.run(5.0);
            double[] sum = {0, 0};
            double[] h0 = {Double.NaN}, worst = {0};
            md.sampleEvery(0.005, (conf, step, f) -> {
                sum[0] += Kinetic.temperature(conf);
                sum[1]++;
                if (step % 100 == 0) {
                    double h = f.energy() + Kinetic.kineticEnergy(conf) + nh.thermostatEnergy(conf);
                    if (Double.isNaN(h0[0])) h0[0] = h;
                    worst[0] = Math.max(worst[0], Math.abs(h - h0[0]) / Math.abs(h0[0]));
                }
            });
            md.run(100.0);
            double mean = sum[0] / sum[1];
            System.out.printf("NVT N=500 T=0.8: <T> = %.5f (%.3f%% off), extended-energy drift %.3g%n", mean,
                100 * Math.abs(mean / target - 1), worst[0]);
            assertEquals(target, mean, 0.005 * target);
            assertTrue(worst[0] < 1e-3, "Nose-Hoover conserved quantity drifts by " + worst[0]);
        }
    }

    /** FIRE 2.0 brings a 1000-particle Kob-Andersen glass to a largest force below 1e-10 (checked by a fresh evaluation). */
    @Test void fireReachesTinyForces() {
        Configuration c = liquid(1000, 1.0, 3);
        try (ForceField ff = new ForceField(KA, 0.3, 2)) {
            Fire.Result r = new Fire().minimize(c, ff, 1e-10, 200_000);
            System.out.printf("FIRE N=1000: %d iterations, max force %.3g, energy/N %.6f%n", r.iterations(), r.maxForce(), r.energy() / c.n);
            assertTrue(r.converged(), "not converged: " + r);
        }
        try (ForceField fresh = new ForceField(KA, 0.0, 1)) {
            fresh.compute(c, true);
            double fmax = Fire.maxForce(fresh, c.n);
            assertTrue(fmax < 1e-10, "max force " + fmax);
            assertTrue(fresh.energy() / c.n < -7.0, "an inherent structure of the KA liquid has e/N near -7.6, got " + fresh.energy() / c.n);
        }
    }

    private static void assertSameState(Configuration a, Configuration b) {
        assertArrayEquals(a.x, b.x); assertArrayEquals(a.y, b.y); assertArrayEquals(a.z, b.z);
        assertArrayEquals(a.vx, b.vx); assertArrayEquals(a.vy, b.vy); assertArrayEquals(a.vz, b.vz);
        assertArrayEquals(a.ix, b.ix); assertArrayEquals(a.iy, b.iy); assertArrayEquals(a.iz, b.iz);
        assertEquals(a.time, b.time);
    }

    interface Scheme { Integrator create(ForceField ff); }

    private static void resumeIsBitIdentical(Scheme scheme, Path dir) {
        Configuration start = liquid(256, 0.8, 4);
        double dt = 0.005;
        Configuration whole = start.copy();
        try (ForceField ff = new ForceField(KA, 0.3, 2)) {
            new MolecularDynamics(whole, scheme.create(ff)).checkpointEvery(50 * dt, dir.resolve("a.ckpt")).runSteps(400);
        }
        Configuration part = start.copy();
        Path ck = dir.resolve("b.ckpt");
        try (ForceField ff = new ForceField(KA, 0.3, 2)) {
            // "interrupted" after 230 steps: the last checkpoint is at step 200
            new MolecularDynamics(part, scheme.create(ff)).checkpointEvery(50 * dt, ck).runSteps(230);
        }
        Checkpoint.State state = Checkpoint.read(ck);
        assertEquals(200, state.step());
        try (ForceField ff = new ForceField(KA, 0.3, 2)) {
            MolecularDynamics md = MolecularDynamics.resume(state, scheme.create(ff)).checkpointEvery(50 * dt, ck);
            md.runUntilStep(400);
            assertSameState(whole, md.configuration());
        }
    }

    @Test void noseHooverResumesBitIdentically(@TempDir Path dir) {
        resumeIsBitIdentical(ff -> new NoseHooverChain(ff, 0.005, 0.8, 0.5), dir);
    }

    @Test void langevinResumesBitIdentically(@TempDir Path dir) {
        resumeIsBitIdentical(ff -> new Langevin(ff, 0.005, 0.8, 1.0, 99), dir);
    }

    /** Trajectories on 1 and 2 threads agree to round-off over a short run. */
    @Test void threadCountChangesOnlyRoundOff() {
        Configuration a = liquid(256, 0.8, 5), b = a.copy();
        try (ForceField f1 = new ForceField(KA, 0.3, 1); ForceField f2 = new ForceField(KA, 0.3, 2)) {
            new MolecularDynamics(a, new NoseHooverChain(f1, 0.005, 0.8, 0.5)).runSteps(20);
            new MolecularDynamics(b, new NoseHooverChain(f2, 0.005, 0.8, 0.5)).runSteps(20);
        }
        for (int i = 0; i < a.n; i++) {
            assertEquals(a.x[i], b.x[i], 1e-9);
            assertEquals(a.vz[i], b.vz[i], 1e-9);
        }
    }
}
