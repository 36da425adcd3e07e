package glassdyn.protocols;
import glassdyn.force.ForceField;

import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.SllodIntegrator;

import glassdyn.analysis.SelfScatteringStream;
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
     * @param fs     F_s(q, lag) of species 0 over the averaging window, time-origin averaged, on lags {@code 0, interval,
     *               ...} (non-affine displacements), or null when not measured
     */
    public record Result(Configuration end, double[] time, double[] stress, double[] fs) {
        /** A result without F_s. */
        public Result(Configuration end, double[] time, double[] stress) { this(end, time, stress, null); }

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
        return run(start, potential, rate, temperature, dt, tdamp, transientTime, average, interval, 0, 0, 0, progress);
    }

    /**
     * As {@link #run(Configuration, PairPotential, double, double, double, double, double, double, double,
     * glassdyn.Progress)}, and with {@code q > 0} also the self intermediate scattering function of the species-0
     * particles over the averaging window ({@link SelfScatteringStream}, online: time origins every
     * {@code originEvery}, lags up to {@code maxLag}; displacements non-affine, the streaming displacement
     * {@code rate int (y - ylo) dt} integrated by the trapezoidal rule on the sampling grid as in
     * {@link IsoconfigurationalEnsemble}). Its 1/e time is tau_alpha of the steady state.
     */
    public static Result run(Configuration start, PairPotential potential, double rate, double temperature, double dt,
                             double tdamp, double transientTime, double average, double interval, double q, double maxLag,
                             double originEvery, glassdyn.Progress progress) {
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
            NonAffine na = q > 0 ? new NonAffine(c, rate, q, (int) Math.max(1, Math.min(m - 1, Math.round(maxLag / interval))),
                (int) Math.max(1, Math.round(originEvery / interval))) : null;
            md.sampleEvery(interval, (cc, step, f) -> {
                if (k[0] < m) {
                    t[k[0]] = cc.time - t0;
                    s[k[0]] = -integ.pressureTensor(cc)[ForceField.XY];
                    if (na != null) na.add(cc);
                    k[0]++;
                }
            });
            runWithProgress(md, av, chunk, progress);
            return new Result(c, t, s, na == null ? null : na.fs.fs());
        }
    }

    /** Non-affine continuous positions on the sampling grid, fed to an online F_s. */
    private static final class NonAffine {
        final Configuration c;
        final double rate;
        final double[] shift, lastY, x, y, z;
        final SelfScatteringStream fs;
        double lastTime;
        boolean first = true;

        NonAffine(Configuration c, double rate, double q, int maxLag, int originEvery) {
            this.c = c;
            this.rate = rate;
            int n = c.n;
            shift = new double[n]; lastY = new double[n]; x = new double[n]; y = new double[n]; z = new double[n];
            boolean[] a = new boolean[n];
            for (int i = 0; i < n; i++) a[i] = c.type[i] == 0;
            fs = new SelfScatteringStream(q, a, n, maxLag, originEvery);
        }

        void add(Configuration cc) {
            glassdyn.space.Box b = cc.box;
            double ylo = b.ylo();
            for (int i = 0; i < cc.n; i++) {
                double yu = b.unwrapY(cc.y[i], cc.iy[i]);
                if (!first) shift[i] += rate * 0.5 * ((lastY[i] - ylo) + (yu - ylo)) * (cc.time - lastTime);
                lastY[i] = yu;
                x[i] = b.unwrapX(cc.x[i], cc.ix[i], cc.iy[i]) - shift[i];
                y[i] = yu;
                z[i] = b.unwrapZ(cc.z[i], cc.iz[i]);
            }
            fs.add(x, y, z);
            lastTime = cc.time;
            first = false;
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
