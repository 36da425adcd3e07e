package glassdyn.protocols;
import glassdyn.parallel.ParallelJobs;
import glassdyn.force.ForceField;

import glassdyn.dynamics.Kinetic;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.SllodIntegrator;

import glassdyn.Progress;
import glassdyn.analysis.CageJumpDetector;
import glassdyn.analysis.FirstJumpStream;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.space.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Isoconfigurational ensemble (Widmer-Cooper, Harrowell and Fynewever, PRL 93, 135701 (2004); paper 001 section II,
 * spec 001 section 2.3): {@code replicas} trajectories from the SAME configuration, each with fresh Maxwell-Boltzmann
 * velocities at T (seed {@code seed + replica}), run under SLLOD at shear rate {@code rate} (0 = shear off, the box
 * tilt frozen: the cessation protocol; &gt; 0 = start-up or steady shear, the streaming profile added to the drawn
 * peculiar velocities, spec 001 ambiguity 4). Every particle's first cage jump after the origin is found by
 * {@link CageJumpDetector} on its NON-AFFINE trajectory (spec 001 ambiguity 8: {@code r_na(t) = r_u(t) - gamma_dot
 * x_hat int (y_u - ylo) dt'}, the unwrapped position minus the integrated streaming displacement, trapezoidal on the
 * sampling grid), and the persistence time {@code tau_p} is averaged over the ensemble: {@code tau_LC} (shear off)
 * or {@code tau_sh} (shear on), Eq. 2 of the paper. Particles with no jump are censored at the run length (spec
 * section 2.2 default) and the censored fraction is reported.
 *
 * <p>Each replica runs on ONE thread (its own force field); replicas run in parallel on {@code threads} workers.
 * A replica's result depends only on the origin, its seed and the parameters, so the ensemble is bit-identical for
 * any thread count.
 *
 * <p>Besides the first-jump times the ensemble records, on the sampling grid, the single-origin mean square
 * displacement and fourth moment (for alpha_2 and tau_2, spec section 2.4) and the mean shear stress; with
 * {@link #atomicStress(boolean)} also the ensemble-averaged per-particle shear stress {@code s_i(t) = -(m v'_x v'_y
 * + (1/2) sum_j r_ij,x f_ij,y)} (stress x volume, spec section 2.8) for cluster stresses.
 */
public final class IsoconfigurationalEnsemble {
    /** Neighbour-list skin of the replicas (the engine's usual 0.3 sigma). */
    public static final double SKIN = 0.3;

    private final PairPotential potential;
    private final double temperature, rate, dt, tdamp;
    private double sampleInterval = 0.1;
    private boolean atomicStress;
    private double retentionCutoff;
    private double jumpWindow, fieldInterval;
    private double scatteringQ, acfMaxLag;
    private ExternalDynamics external;

    /**
     * An engine outside glassdyn that moves a replica (LAMMPS, {@code glassdyn.lammps.LammpsSllodReplicas}): from the
     * replica's start (origin, drawn velocities, streaming profile added) it integrates the same equations (SLLOD with
     * a Nose-Hoover chain on the peculiar velocities, Lees-Edwards boundaries with tilt flips; plain Nose-Hoover NVT at
     * rate 0) and, at every sample frame {@code k = 0 .. frames - 1} (step {@code k stride}), overwrites the replica's
     * wrapped positions, image counts (continuous unwrapped positions through tilt flips), laboratory velocities, box
     * tilt and time, then calls {@code frame.accept(k)}. The ensemble measures the frames exactly as its own: same
     * non-affine positions, first-jump stream, moments and stresses (forces recomputed by glassdyn on each frame).
     */
    public interface ExternalDynamics {
        void run(Configuration replica, double rate, double temperature, double dt, double tdamp, int chain, long stride,
                 int frames, java.util.function.IntConsumer frame);
    }

    /** Runs the replicas on {@code engine} instead of glassdyn's integrator (null: glassdyn's). */
    public IsoconfigurationalEnsemble externalDynamics(ExternalDynamics engine) {
        external = engine;
        return this;
    }

    /**
     * @param temperature target temperature (peculiar motion)
     * @param rate        shear rate from the origin (0: cessation / equilibrium)
     * @param dt          time step (paper 001: 0.005)
     * @param tdamp       Nose-Hoover damping time (spec 001 ambiguity 3: 0.5)
     */
    public IsoconfigurationalEnsemble(PairPotential potential, double temperature, double rate, double dt, double tdamp) {
        if (!(temperature > 0)) throw new IllegalArgumentException("temperature must be positive, got " + temperature);
        if (!(rate >= 0) || !Double.isFinite(rate)) throw new IllegalArgumentException("shear rate must be >= 0, got " + rate);
        this.potential = potential;
        this.temperature = temperature;
        this.rate = rate;
        this.dt = dt;
        this.tdamp = tdamp;
    }

    /** Trajectory sampling interval for the jump detector (spec 001 section 2.2: 0.05-0.1; default 0.1). */
    public IsoconfigurationalEnsemble sampleInterval(double s) {
        if (!(s >= dt)) throw new IllegalArgumentException("sample interval must be at least one step, got " + s);
        sampleInterval = s;
        return this;
    }

    /**
     * Record the ensemble-averaged bond-retention C_i(t) = n_i(t|0) / n_i(0), the fraction of the particle's neighbours
     * at the origin (distance &lt; {@code rmin}, the first minimum of g(r)) still neighbours at t (paper 001 App. B, refs
     * [43, 67]); 0 turns it off.
     */
    public IsoconfigurationalEnsemble neighbourRetention(double rmin) {
        if (!(rmin >= 0)) throw new IllegalArgumentException("neighbour cutoff must be >= 0, got " + rmin);
        retentionCutoff = rmin;
        return this;
    }

    /**
     * Online first-jump detection in windows of {@code time} (time units; {@link FirstJumpStream}): each replica then
     * holds 24 N W bytes of positions instead of its whole trajectory. 0 (the default) is one window over the whole
     * run, the paper's recursive segmentation of the full trajectory.
     */
    public IsoconfigurationalEnsemble jumpWindow(double time) {
        if (!(time >= 0) || !Double.isFinite(time)) throw new IllegalArgumentException("jump window must be >= 0, got " + time);
        jumpWindow = time;
        return this;
    }

    /**
     * Interval of the per-particle fields (atomic stress, bond retention), a multiple of the sampling interval; 0 (the
     * default) records them on every sample. A coarser grid bounds their memory (8 N per recorded frame and field).
     */
    public IsoconfigurationalEnsemble fieldInterval(double time) {
        if (!(time >= 0) || !Double.isFinite(time)) throw new IllegalArgumentException("field interval must be >= 0, got " + time);
        fieldInterval = time;
        return this;
    }

    /**
     * Record each replica's single-origin self intermediate scattering function F_s(q, t) of the species-0 (KA: A)
     * particles on the sampling grid, from the non-affine displacements ({@link glassdyn.analysis.SelfScatteringStream},
     * O(N) memory); 0 (the default) turns it off. Its 1/e time is tau_alpha at the ensemble's state point.
     */
    public IsoconfigurationalEnsemble selfScattering(double q) {
        if (!(q >= 0) || !Double.isFinite(q)) throw new IllegalArgumentException("q must be >= 0, got " + q);
        scatteringQ = q;
        return this;
    }

    /**
     * Record each replica's shear-stress autocorrelation {@code C(t) = <P_ab(t0) P_ab(t0 + t)>}, averaged over the
     * three off-diagonal components ab = xy, xz, yz and over every time origin t0 of the replica, at lags 0 ..
     * {@code maxLag} (time) on the sampling grid: the Green-Kubo integrand, {@code eta = V / T int_0^inf C(t) dt} at
     * equilibrium (rate 0). 0 (the default) turns it off; memory 24 bytes per frame per replica.
     */
    public IsoconfigurationalEnsemble stressAutocorrelation(double maxLag) {
        if (!(maxLag >= 0) || !Double.isFinite(maxLag)) throw new IllegalArgumentException("maxLag must be >= 0, got " + maxLag);
        acfMaxLag = maxLag;
        return this;
    }

    /** Record the ensemble-averaged per-particle shear stress on the sampling grid. */
    public IsoconfigurationalEnsemble atomicStress(boolean on) { atomicStress = on; return this; }

    /**
     * Ensemble result, particles in the order of the origin configuration.
     *
     * @param tau        ensemble mean first-jump time per particle
     * @param tauReplica first-jump time per replica and particle [replica][particle]
     * @param censored   fraction of (replica, particle) pairs without a jump in the run
     * @param time       sampling times from the origin
     * @param msd        single-origin mean square displacement (non-affine), ensemble mean
     * @param alpha2     single-origin non-Gaussian parameter {@code 3<r^4>/(5<r^2>^2) - 1}
     * @param stress     ensemble mean shear stress {@code -P_xy} (kinetic part from peculiar velocities)
     * @param atomStress ensemble mean per-particle shear stress x volume [field frame][particle], or null
     * @param retention  ensemble mean bond retention C_i(t) [field frame][particle], or null
     * @param fieldTime  times of the field frames (every sample unless {@link #fieldInterval(double)} is set)
     * @param fsReplica  F_s(q, t) of species 0 per replica on the sampling grid [replica][frame], or null
     *                   ({@link #selfScattering(double)})
     * @param stressAcf  off-diagonal stress autocorrelation per replica [replica][lag frame], or null
     *                   ({@link #stressAutocorrelation(double)})
     */
    public record Result(double[] tau, double[][] tauReplica, double censored, double[] time, double[] msd,
                         double[] alpha2, double[] stress, double[][] atomStress, double[][] retention, double[] fieldTime,
                         double[][] fsReplica, double[][] stressAcf) {
        /** A result without F_s and stress autocorrelation. */
        public Result(double[] tau, double[][] tauReplica, double censored, double[] time, double[] msd, double[] alpha2,
                      double[] stress, double[][] atomStress, double[][] retention, double[] fieldTime) {
            this(tau, tauReplica, censored, time, msd, alpha2, stress, atomStress, retention, fieldTime, null, null);
        }

        private static final String MAGIC = "glassdyn-ice-v2";

        /** Writes the result atomically (for resuming a pipeline without recomputing this ensemble). */
        public void save(java.nio.file.Path file) {
            glassdyn.io.AtomicFiles.write(file, os -> {
                java.io.DataOutputStream out = new java.io.DataOutputStream(os);
                out.writeUTF(MAGIC);
                out.writeDouble(censored);
                writeArray(out, tau); writeArray(out, time); writeArray(out, msd); writeArray(out, alpha2); writeArray(out, stress);
                out.writeInt(tauReplica.length);
                for (double[] a : tauReplica) writeArray(out, a);
                writeMatrix(out, atomStress);
                writeMatrix(out, retention);
                out.flush();
            });
        }

        /** Reads a saved result, or null if the file does not exist; a damaged file is an {@link glassdyn.InputException}. */
        public static Result load(java.nio.file.Path file) {
            if (!java.nio.file.Files.exists(file)) return null;
            try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file)))) {
                if (!MAGIC.equals(in.readUTF())) throw glassdyn.InputException.at(file, 0, "not an ensemble result", null);
                double cens = in.readDouble();
                double[] tau = readArray(in), time = readArray(in), msd = readArray(in), a2 = readArray(in), st = readArray(in);
                double[][] rep = new double[in.readInt()][];
                for (int k = 0; k < rep.length; k++) rep[k] = readArray(in);
                double[][] atom = readMatrix(in), ret = readMatrix(in);
                return new Result(tau, rep, cens, time, msd, a2, st, atom, ret, time);
            } catch (java.io.EOFException e) {
                throw glassdyn.InputException.at(file, 0, "truncated ensemble result", null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static void writeArray(java.io.DataOutputStream out, double[] a) throws java.io.IOException {
            out.writeInt(a.length);
            for (double v : a) out.writeDouble(v);
        }

        private static void writeMatrix(java.io.DataOutputStream out, double[][] m) throws java.io.IOException {
            out.writeInt(m == null ? -1 : m.length);
            if (m != null) for (double[] a : m) writeArray(out, a);
        }

        private static double[][] readMatrix(java.io.DataInputStream in) throws java.io.IOException {
            int f = in.readInt();
            if (f < 0) return null;
            double[][] m = new double[f][];
            for (int k = 0; k < f; k++) m[k] = readArray(in);
            return m;
        }

        private static double[] readArray(java.io.DataInputStream in) throws java.io.IOException {
            int n = in.readInt();
            if (n < 0 || n > (1 << 28)) throw new java.io.IOException("bad array length " + n);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) a[i] = in.readDouble();
            return a;
        }
    }

    /** One replica's raw output. */
    private record Replica(double[] tau, int censored, double[] r2, double[] r4, double[] stress, double[][] atomStress,
                           double[][] retention, double[] fs, double[] acf) {}

    /**
     * Runs the ensemble.
     *
     * @param origin   the configuration (not modified)
     * @param replicas ensemble size
     * @param duration run length from the origin (time units)
     * @param detector cage-jump detector (threshold in length^2)
     * @param seed     seed of replica 0's velocities; replica k uses {@code seed + k}
     * @param threads  workers (replicas in parallel)
     * @param progress a progress bar advanced by one per finished replica, or null
     */
    public Result run(Configuration origin, int replicas, double duration, CageJumpDetector detector, long seed,
                      int threads, Progress progress) {
        if (replicas < 1) throw new IllegalArgumentException("replicas must be >= 1, got " + replicas);
        double bytes = bytesPerReplica(origin.n, duration) * Math.max(1, Math.min(threads, replicas));
        if (bytes > 0.8 * Runtime.getRuntime().maxMemory())
            throw new glassdyn.InputException(String.format("isoconfigurational ensemble needs %.1f GB for %d particles over %s time "
                + "units sampled every %s on %d threads (max heap %.1f GB): set a jump window, shorten the run, sample less often "
                + "or use fewer threads", bytes / 1e9, origin.n, duration, sampleInterval, Math.min(threads, replicas),
                Runtime.getRuntime().maxMemory() / 1e9));
        List<java.util.concurrent.Callable<Replica>> jobs = new ArrayList<>();
        for (int k = 0; k < replicas; k++) {
            long s = seed + k;
            jobs.add(() -> {
                Replica r = replica(origin, duration, detector, s);
                if (progress != null) progress.step(1);
                return r;
            });
        }
        List<Replica> out = ParallelJobs.run(jobs, threads);
        return combine(out);
    }

    /**
     * Memory of one running replica (bytes): the jump detector's ring buffers (24 N W) plus the per-particle fields
     * (atomic stress, bond retention: 8 N per frame each when recorded).
     */
    public double bytesPerReplica(int n, double duration) {
        int frames = (int) Math.round(duration / sampleInterval) + 1;
        double fields = 8.0 * n * ((frames - 1) / fieldStride() + 1) * ((atomicStress ? 1 : 0) + (retentionCutoff > 0 ? 1 : 0));
        return n * FirstJumpStream.bytesPerParticle(windowFrames(frames)) + fields
            + (scatteringQ > 0 ? 24.0 * n + 8.0 * frames : 0) + (acfMaxLag > 0 ? 32.0 * frames : 0);
    }

    /** Samples between two field frames. */
    private int fieldStride() { return fieldInterval == 0 ? 1 : (int) Math.max(1, Math.round(fieldInterval / sampleInterval)); }

    /** Frames per jump-detection window (a window of time w spans w / sampleInterval + 1 frames, at most the run's). */
    private int windowFrames(int frames) {
        if (jumpWindow == 0) return frames;
        return (int) Math.max(2, Math.min(frames, Math.round(jumpWindow / sampleInterval) + 1));
    }

    private Result combine(List<Replica> rs) {
        int m = rs.size(), n = rs.get(0).tau.length, f = rs.get(0).r2.length, g = (f - 1) / fieldStride() + 1;
        double[] tau = new double[n], r2 = new double[f], r4 = new double[f], stress = new double[f];
        double[][] tauRep = new double[m][];
        double[][] atom = atomicStress ? new double[g][n] : null;
        double[][] ret = retentionCutoff > 0 ? new double[g][n] : null;
        double[][] fs = scatteringQ > 0 ? new double[m][] : null, acf = acfMaxLag > 0 ? new double[m][] : null;
        long cens = 0;
        for (int k = 0; k < m; k++) {
            Replica r = rs.get(k);
            tauRep[k] = r.tau;
            if (fs != null) fs[k] = r.fs;
            if (acf != null) acf[k] = r.acf;
            cens += r.censored;
            for (int i = 0; i < n; i++) tau[i] += r.tau[i] / m;
            for (int j = 0; j < f; j++) { r2[j] += r.r2[j] / m; r4[j] += r.r4[j] / m; stress[j] += r.stress[j] / m; }
            if (atom != null) for (int j = 0; j < g; j++) for (int i = 0; i < n; i++) atom[j][i] += r.atomStress[j][i] / m;
            if (ret != null) for (int j = 0; j < g; j++) for (int i = 0; i < n; i++) ret[j][i] += r.retention[j][i] / m;
        }
        double[] time = new double[f], a2 = new double[f], fieldTime = new double[g];
        for (int j = 0; j < f; j++) {
            time[j] = j * sampleInterval;
            a2[j] = r2[j] > 0 ? 3 * r4[j] / (5 * r2[j] * r2[j]) - 1 : 0;
        }
        for (int j = 0; j < g; j++) fieldTime[j] = time[j * fieldStride()];
        return new Result(tau, tauRep, (double) cens / ((double) m * n), time, r2, a2, stress, atom, ret,
            atom == null && ret == null ? null : fieldTime, fs, acf);
    }

    private Replica replica(Configuration origin, double duration, CageJumpDetector detector, long seed) {
        Configuration c = origin.copy();
        c.time = 0;
        Kinetic.drawVelocities(c, temperature, seed);
        int n = c.n;
        try (ForceField ff = new ForceField(potential, SKIN, 1)) {
            SllodIntegrator integ = new SllodIntegrator(ff, dt, rate, temperature, tdamp);
            if (rate > 0) integ.addStreamingProfile(c);
            MolecularDynamics md = new MolecularDynamics(c, integ);
            long stride = md.steps(sampleInterval);
            int frames = (int) (md.steps(duration) / stride) + 1;
            FirstJumpStream jumps = new FirstJumpStream(detector, n, windowFrames(frames));
            double[] r2 = new double[frames], r4 = new double[frames], stress = new double[frames];
            int fieldFrames = (frames - 1) / fieldStride() + 1;
            double[][] atom = atomicStress ? new double[fieldFrames][] : null;
            double[][] ret = retentionCutoff > 0 ? new double[fieldFrames][] : null;
            double[] shift = new double[n], lastY = new double[n];
            Recorder rec = new Recorder(c, integ, ff, jumps, frames, fieldStride(), r2, r4, stress, atom, shift, lastY, rate,
                ret == null ? null : new BondRetention(c, retentionCutoff), ret);
            if (scatteringQ > 0) {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) a[i] = c.type[i] == 0;
                rec.scattering = new glassdyn.analysis.SelfScatteringStream(scatteringQ, a, n, Math.max(1, frames - 1), frames);
            }
            if (acfMaxLag > 0) rec.offDiagonal = new double[3][frames];
            if (external != null) {
                external.run(c, rate, temperature, dt, tdamp, SllodIntegrator.DEFAULT_CHAIN, stride, frames, k -> {
                    ff.neighbors().invalidate();   // positions and tilt come from outside: a fresh list
                    ff.compute(c, true);
                    rec.record(k);
                });
                if (rec.lastFrame != frames - 1)
                    throw new IllegalStateException("external dynamics delivered " + (rec.lastFrame + 1) + " of " + frames + " frames");
            } else {
                rec.record(0);
                md.sampleEvery(sampleInterval, (cc, step, f) -> rec.record((int) (step / stride)));
                md.runSteps((frames - 1) * stride);
            }
            jumps.finish();
            double[] tau = new double[n];
            int censored = 0;
            double tEnd = (frames - 1) * sampleInterval;
            for (int i = 0; i < n; i++) {
                int f = jumps.firstFrame(i);
                if (f < 0) { tau[i] = tEnd; censored++; }
                else tau[i] = (f - 0.5) * sampleInterval;   // midway between the two cages' frames
            }
            double[] fs = rec.scattering == null ? null : java.util.Arrays.copyOf(rec.scattering.fs(), frames);
            double[] acf = rec.offDiagonal == null ? null
                : offDiagonalAutocorrelation(rec.offDiagonal, (int) Math.min(frames - 1, Math.round(acfMaxLag / sampleInterval)));
            return new Replica(tau, censored, r2, r4, stress, atom, ret, fs, acf);
        }
    }

    /**
     * {@code C(l) = (1/3) sum_ab mean_j p_ab(j) p_ab(j + l)} over the time origins j of one series, l = 0 .. maxLag
     * frames: the time-origin averaged autocorrelation of the three off-diagonal stress components [component][frame].
     */
    static double[] offDiagonalAutocorrelation(double[][] p, int maxLag) {
        int f = p[0].length;
        double[] c = new double[maxLag + 1];
        for (int l = 0; l <= maxLag; l++) {
            double s = 0;
            for (double[] a : p) for (int j = 0; j + l < f; j++) s += a[j] * a[j + l];
            c[l] = s / (p.length * (double) (f - l));
        }
        return c;
    }

    /** Stores non-affine positions, displacement moments and stresses on sample frames. */
    private static final class Recorder {
        final Configuration c;
        final SllodIntegrator integ;
        final ForceField ff;
        final FirstJumpStream jumps;
        final int frames, fieldStride;
        final double[][] atom;
        final double[] r2, r4, stress, shift, lastY, x0, y0, z0, fx, fy, fz;
        final double rate;
        final BondRetention bonds;
        final double[][] ret;
        int lastFrame = -1;
        double lastTime;
        glassdyn.analysis.SelfScatteringStream scattering;
        double[][] offDiagonal;

        Recorder(Configuration c, SllodIntegrator integ, ForceField ff, FirstJumpStream jumps, int frames, int fieldStride,
                 double[] r2, double[] r4, double[] stress, double[][] atom, double[] shift, double[] lastY, double rate,
                 BondRetention bonds, double[][] ret) {
            this.bonds = bonds;
            this.ret = ret;
            this.c = c; this.integ = integ; this.ff = ff; this.jumps = jumps; this.frames = frames; this.fieldStride = fieldStride;
            x0 = new double[c.n]; y0 = new double[c.n]; z0 = new double[c.n];
            fx = new double[c.n]; fy = new double[c.n]; fz = new double[c.n];
            this.r2 = r2; this.r4 = r4; this.stress = stress; this.atom = atom; this.shift = shift; this.lastY = lastY;
            this.rate = rate;
        }

        void record(int frame) {
            if (frame >= frames || frame <= lastFrame) return;
            if (frame != lastFrame + 1) throw new IllegalStateException("sample frame " + frame + " after " + lastFrame);
            Box b = c.box;
            if (frame == 0) ff.compute(c, true);
            double s2 = 0, s4 = 0, ylo = b.ylo();
            for (int i = 0; i < c.n; i++) {
                double yu = b.unwrapY(c.y[i], c.iy[i]);
                if (frame > 0) shift[i] += rate * 0.5 * ((lastY[i] - ylo) + (yu - ylo)) * (c.time - lastTime);
                lastY[i] = yu;
                double x = b.unwrapX(c.x[i], c.ix[i], c.iy[i]) - shift[i], z = b.unwrapZ(c.z[i], c.iz[i]);
                if (frame == 0) { x0[i] = x; y0[i] = yu; z0[i] = z; }
                fx[i] = x; fy[i] = yu; fz[i] = z;
                double dx = x - x0[i], dy = yu - y0[i], dz = z - z0[i];
                double d2 = dx * dx + dy * dy + dz * dz;
                s2 += d2; s4 += d2 * d2;
            }
            jumps.add(fx, fy, fz);
            if (scattering != null) scattering.add(fx, fy, fz);
            r2[frame] = s2 / c.n;
            r4[frame] = s4 / c.n;
            double[] p = integ.pressureTensor(c);
            stress[frame] = -p[ForceField.XY];
            if (offDiagonal != null) {
                offDiagonal[0][frame] = p[ForceField.XY];
                offDiagonal[1][frame] = p[ForceField.XZ];
                offDiagonal[2][frame] = p[ForceField.YZ];
            }
            boolean field = frame % fieldStride == 0;
            if (atom != null && field) {
                ff.computePerParticle(c);
                double[] sxy = ff.stressPerParticle(ForceField.XY);
                double[] a = new double[c.n];
                for (int i = 0; i < c.n; i++) {
                    double ux = c.vx[i] - integ.streamingVelocity(b, c.y[i]);
                    a[i] = sxy[i] - c.massOf(i) * ux * c.vy[i];
                }
                atom[frame / fieldStride] = a;
            }
            if (ret != null && field) ret[frame / fieldStride] = bonds.retained(c);
            lastTime = c.time;
            lastFrame = frame;
        }
    }

    /** Neighbours within rmin at the origin (minimum image, Lees-Edwards aware), and the fraction kept later. */
    private static final class BondRetention {
        final int[][] initial;
        final double rmin2;
        final double[] d = new double[3];

        BondRetention(Configuration c, double rmin) {
            rmin2 = rmin * rmin;
            initial = new int[c.n][];
            int[] buf = new int[c.n];
            for (int i = 0; i < c.n; i++) {
                int k = 0;
                for (int j = 0; j < c.n; j++) if (j != i && distance2(c, i, j) < rmin2) buf[k++] = j;
                initial[i] = java.util.Arrays.copyOf(buf, k);
            }
        }

        double distance2(Configuration c, int i, int j) {
            d[0] = c.x[j] - c.x[i]; d[1] = c.y[j] - c.y[i]; d[2] = c.z[j] - c.z[i];
            c.box.minimumImage(d);
            return d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
        }

        double[] retained(Configuration c) {
            double[] out = new double[c.n];
            for (int i = 0; i < c.n; i++) {
                int kept = 0;
                for (int j : initial[i]) if (distance2(c, i, j) < rmin2) kept++;
                out[i] = initial[i].length == 0 ? 1 : (double) kept / initial[i].length;
            }
            return out;
        }
    }
}
