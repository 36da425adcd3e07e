package glassdyn.protocols;

import glassdyn.Progress;
import glassdyn.dynamics.SllodIntegrator;
import glassdyn.force.ForceField;
import glassdyn.analysis.ShearRecord;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.space.Box;

/**
 * One steady shear run of the Kob-Andersen mixture (paper 000's MD variant, Supplemental Material; spec 000 section
 * 1.2): SLLOD with Lees-Edwards boundaries and a Nose-Hoover thermostat on the peculiar velocities
 * ({@link SllodIntegrator}, LAMMPS {@code fix nvt/sllod}) at T = 0.45, rho = 1.2, recorded as a {@link ShearRecord} for
 * the same cluster analysis as the Brownian Yukawa runs. "Big" particles are the A particles (type 0, the 80%
 * majority, sigma_AA = 1 plays d_b), "small" the B particles.
 *
 * <p>What is recorded, per frame: the non-affine displacement of every A particle, the time integral of its peculiar
 * velocity {@code (v_x - gamma_dot (y - ylo), v_y, v_z)} (the SLLOD analogue of the Brownian run's non-affine
 * unwrapped position); the Lees-Edwards positions moved by the Galilean shift {@code -gamma_dot (y0 - ylo) t} into
 * the frame where the fluid at mid-height {@code y0} is at rest (SLLOD streams relative to {@code ylo}; the
 * traceback convects about {@code y0}, as the Brownian runs do) and wrapped into the sheared cell; the A-A virial
 * {@code s_i} (cluster stress); and the B positions. The global stress is the A-A shear stress
 * {@code -(1/V) sum_i s_i}, the same pair set as the cluster stress (the Yukawa pipeline's rule: bulk and cluster
 * stress from the same pairs). Units: sigma_AA, epsilon_AA, tau_LJ, m = 1.
 *
 * <p>Frame spacing: a strain of {@link #STRAIN_PER_FRAME} per frame, the Yukawa table's (paper 000's {@code CageJumpLer.sampling}:
 * gamma_dot Delta t = 0.005-0.015 at gamma_dot tau_0 = 1-3, 0.02 at 10) in strain, since tau_0 has no MD counterpart.
 */
public final class KaShearRun {
    /** Temperature, slightly above T_MCT = 0.435 (paper 000 footnote [44]; review 000 and issue 15: T = 0.45). */
    public static final double TEMPERATURE = 0.45;
    /** The standard KA number density (Kob and Andersen 1995; spec 000 section 1.2). */
    public static final double DENSITY = 1.2;
    /** Time step (tau_LJ), spec 000 section 1.2 default, as paper 001's KA runs. */
    public static final double DT = 0.005;
    /** Nose-Hoover damping time (tau_LJ), as paper 001's KA SLLOD runs (LAMMPS Tdamp = 100 dt). */
    public static final double TDAMP = 0.5;
    /** Neighbour-list skin (sigma_AA). */
    public static final double SKIN = 0.3;
    /** Strain between recorded frames. */
    public static final double STRAIN_PER_FRAME = 0.01;
    /** Diameters by type for whole configurations: sigma_AA and sigma_BB. */
    public static final double[] DIAMETERS = {1.0, 0.88};

    private KaShearRun() {}

    /** Frame spacing at {@code rate}: {@link #STRAIN_PER_FRAME} of strain, a whole number (at least 1) of time steps. */
    public static double sampling(double rate) { return Math.max(1, Math.round(STRAIN_PER_FRAME / rate / DT)) * DT; }

    /** Box edge of {@code n} particles at {@link #DENSITY}. */
    public static double boxLength(int n) { return Math.cbrt(n / DENSITY); }

    /**
     * A quiescent liquid at {@link #TEMPERATURE}: random start, push-off, {@code time} tau_LJ of Nose-Hoover dynamics
     * ({@link LiquidPreparation#liquid}); A particles first; velocities peculiar (no streaming).
     */
    public static Configuration liquid(int n, double time, long seed, int threads) {
        Configuration c = LiquidPreparation.liquid(new KobAndersen(), Box.cubic(3, boxLength(n)), LiquidPreparation.kobAndersenCounts(n),
            TEMPERATURE, time, seed, threads);
        for (int i = 0; i < c.n; i++) c.diameter[i] = DIAMETERS[c.type[i]];
        return c;
    }

    /**
     * Runs at one rate from {@code c} (modified in place, its velocities peculiar on entry and on return; its clock
     * is reset to 0 at the start of production): {@code equilibration} tau_LJ, then {@code production} tau_LJ
     * recording every {@link #sampling} and the stress every {@code stressInterval}.
     */
    public static ShearRecord run(Configuration c, double rate, double equilibration, double production, double stressInterval, int threads,
                                  Progress bar) {
        return run(c, rate, TEMPERATURE, sampling(rate), equilibration, production, stressInterval, threads, bar);
    }

    /**
     * As {@link #run(Configuration, double, double, double, double, int, Progress)} at another temperature and frame
     * spacing (a whole number of time steps, e.g. paper 001's 0.1 tau_LJ for its cage-jump detector): the thermostat
     * target and the record's state label are {@code temperature}; the density is that of {@code c}.
     */
    public static ShearRecord run(Configuration c, double rate, double temperature, double sampling, double equilibration, double production,
                                  double stressInterval, int threads, Progress bar) {
        int n = c.n;
        int[] big = java.util.stream.IntStream.range(0, n).filter(i -> c.type[i] == 0).toArray();
        int[] small = java.util.stream.IntStream.range(0, n).filter(i -> c.type[i] != 0).toArray();
        int nb = big.length, ns = small.length;
        long eqSteps = Math.round(equilibration / DT), prodSteps = Math.round(production / DT);
        int every = (int) Math.round(sampling / DT), stressEvery = Math.max(1, (int) Math.round(stressInterval / DT));
        int frames = (int) (prodSteps / every) + 1, stresses = (int) (prodSteps / stressEvery);
        ShearRecord rec = new ShearRecord(rate, temperature, DT, every * DT, nb, c.box.volume(), DIAMETERS);
        rec.time = new double[frames]; rec.tilt = new double[frames];
        rec.ux = new float[frames][]; rec.uy = new float[frames][]; rec.uz = new float[frames][];
        rec.x = new float[frames][]; rec.y = new float[frames][]; rec.z = new float[frames][]; rec.virial = new float[frames][];
        rec.sx = new float[frames][]; rec.sy = new float[frames][]; rec.sz = new float[frames][];
        rec.stressTime = new double[stresses]; rec.stress = new double[stresses];
        try (ForceField ff = new ForceField(new KobAndersen(), SKIN, threads)) {
            SllodIntegrator md = new SllodIntegrator(ff, DT, rate, temperature, TDAMP);
            md.addStreamingProfile(c);
            md.setup(c);
            for (long s = 0; s < eqSteps; s++) {
                md.step(c, false);
                if (bar != null && (s & 63) == 0) bar.step(64);
            }
            c.time = 0;
            double[] nax = new double[n], nay = new double[n], naz = new double[n], virial = new double[n];
            int f = 0, st = 0;
            for (long s = 0; s <= prodSteps; s++) {
                if (s % every == 0 && f < frames) {
                    ShearRecord.bigVirial(c, ff, virial);
                    record(rec, f++, c, big, small, nax, nay, naz, virial);
                }
                if (s > 0 && s % stressEvery == 0 && st < stresses) {
                    if (s % every != 0) ShearRecord.bigVirial(c, ff, virial);
                    double sum = 0;
                    for (int i : big) sum += virial[i];
                    rec.stressTime[st] = c.time;
                    rec.stress[st++] = -sum / c.box.volume();
                }
                if (s == prodSteps) break;
                md.step(c, false);
                for (int i = 0; i < n; i++) {
                    nax[i] += (c.vx[i] - md.streamingVelocity(c.box, c.y[i])) * DT; nay[i] += c.vy[i] * DT; naz[i] += c.vz[i] * DT;
                }
                if (bar != null && (s & 63) == 0) bar.step(64);
            }
            if (f < frames) throw new IllegalStateException("recorded " + f + " of " + frames + " frames");
            for (int i = 0; i < n; i++) c.vx[i] -= md.streamingVelocity(c.box, c.y[i]);
        }
        rec.box = c.box.copy();
        return rec;
    }

    /** Frame f: non-affine displacements, positions in the mid-height rest frame (wrapped), virial, B positions. */
    private static void record(ShearRecord rec, int f, Configuration c, int[] big, int[] small, double[] nax, double[] nay, double[] naz,
                               double[] virial) {
        Box b = c.box;
        double shift = -rec.rate * 0.5 * b.ly() * c.time;
        int nb = big.length, ns = small.length;
        float[] ux = new float[nb], uy = new float[nb], uz = new float[nb], x = new float[nb], y = new float[nb], z = new float[nb], v = new float[nb];
        for (int q = 0; q < nb; q++) {
            int i = big[q];
            ux[q] = (float) nax[i]; uy[q] = (float) nay[i]; uz[q] = (float) naz[i];
            x[q] = (float) restFrameX(b, c.x[i] + shift, c.y[i]); y[q] = (float) c.y[i]; z[q] = (float) c.z[i]; v[q] = (float) virial[i];
        }
        float[] sx = new float[ns], sy = new float[ns], sz = new float[ns];
        for (int q = 0; q < ns; q++) {
            int i = small[q];
            sx[q] = (float) restFrameX(b, c.x[i] + shift, c.y[i]); sy[q] = (float) c.y[i]; sz[q] = (float) c.z[i];
        }
        rec.time[f] = c.time; rec.tilt[f] = b.xy();
        rec.ux[f] = ux; rec.uy[f] = uy; rec.uz[f] = uz; rec.x[f] = x; rec.y[f] = y; rec.z[f] = z; rec.virial[f] = v;
        rec.sx[f] = sx; rec.sy[f] = sy; rec.sz[f] = sz;
    }

    /** x wrapped into the sheared cell at height y (the x rule of {@link Box#wrap}). */
    public static double restFrameX(Box b, double x, double y) {
        return x - b.lx() * Math.floor((x - b.xlo() - (y - b.ylo()) * (b.xy() / b.ly())) / b.lx());
    }
}
