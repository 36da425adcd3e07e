package glassdyn.protocols;
import glassdyn.force.ForceField;

import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.SllodIntegrator;

import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

/**
 * The steady-shear flow protocol of paper 001 (section II; spec 001 section 1.4 item 3): from a quiescent
 * configuration, switch on a constant shear rate (SLLOD + Lees-Edwards + Nose-Hoover on peculiar velocities,
 * {@link SllodIntegrator}), discard a transient, then sample the shear stress {@code sigma = -P_xy} (Eq. 1 with the
 * kinetic term, spec 001 section 2.1 default) at a fixed interval. The viscosity is {@code eta = <sigma> / rate}.
 * The run uses one thread, so its result does not depend on how many rates run in parallel.
 */
public final class SteadyShear {
    private SteadyShear() {}

    /**
     * @param end    the configuration at the end of the run (a steady-state origin for cessation / continuation)
     * @param time   sample times after the transient
     * @param stress shear stress at those times
     */
    public record Result(Configuration end, double[] time, double[] stress) {
        public double meanStress() {
            double s = 0;
            for (double v : stress) s += v;
            return s / stress.length;
        }

        /** Standard error of the mean stress from {@code blocks} block averages. */
        public double stressError(int blocks) {
            int per = stress.length / blocks;
            if (per < 1 || blocks < 2) return Double.NaN;
            double[] b = new double[blocks];
            double m = 0;
            for (int k = 0; k < blocks; k++) {
                for (int i = k * per; i < (k + 1) * per; i++) b[k] += stress[i] / per;
                m += b[k] / blocks;
            }
            double var = 0;
            for (double v : b) var += (v - m) * (v - m);
            return Math.sqrt(var / (blocks - 1) / blocks);
        }
    }

    /**
     * Runs the protocol on a copy of {@code start}: velocities are kept (a quiescent start gets the streaming profile
     * added, spec 001 ambiguity 4), {@code transientTime} discarded, then {@code average} time sampled every
     * {@code interval}.
     */
    public static Result run(Configuration start, PairPotential potential, double rate, double temperature, double dt,
                             double tdamp, double transientTime, double average, double interval,
                             glassdyn.Progress progress) {
        Configuration c = start.copy();
        try (ForceField ff = new ForceField(potential, IsoconfigurationalEnsemble.SKIN, 1)) {
            SllodIntegrator integ = new SllodIntegrator(ff, dt, rate, temperature, tdamp);
            integ.addStreamingProfile(c);
            MolecularDynamics md = new MolecularDynamics(c, integ);
            long chunk = Math.max(1, md.steps(transientTime + average) / 100);
            long tr = md.steps(transientTime), av = md.steps(average), stride = md.steps(interval);
            runWithProgress(md, tr, chunk, progress);
            int m = (int) (av / stride);
            double[] t = new double[m], s = new double[m];
            int[] k = {0};
            double t0 = c.time;
            md.sampleEvery(interval, (cc, step, f) -> {
                if (k[0] < m) {
                    t[k[0]] = cc.time - t0;
                    s[k[0]] = -integ.pressureTensor(cc)[ForceField.XY];
                    k[0]++;
                }
            });
            runWithProgress(md, av, chunk, progress);
            return new Result(c, t, s);
        }
    }

    private static void runWithProgress(MolecularDynamics md, long steps, long chunk, glassdyn.Progress progress) {
        for (long done = 0; done < steps; ) {
            long k = Math.min(chunk, steps - done);
            md.runSteps(k);
            done += k;
            if (progress != null) progress.step(k);
        }
    }
}
