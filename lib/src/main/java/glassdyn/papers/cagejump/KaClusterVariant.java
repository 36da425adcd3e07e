package glassdyn.papers.cagejump;

import glassdyn.protocols.KaShearRun;
import glassdyn.analysis.ShearRecord;
import glassdyn.Progress;
import glassdyn.Scale;
import glassdyn.dynamics.Kinetic;
import glassdyn.papers.StageResult;
import glassdyn.papers.StageStore;
import glassdyn.particles.Configuration;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Paper 000's MD variant (Supplemental Material; "Above conclusions are also found in the MD data", p. 4): the
 * Kob-Andersen liquid at T = 0.45, rho = 1.2 sheared by SLLOD ({@link KaShearRun}) at a descending chain of rates in
 * the thinning regime, each rate started from the final state of the previous one, the first from a quiescent liquid;
 * every rate runs the same cluster analysis as the Brownian runs ({@link RateAnalysis} on the {@link ShearRecord},
 * without the pseudo-harmonic modes). The cage-jump criterion, the chi_4 overlap and the region delineation are the
 * Yukawa pipeline's constants in units of the big-particle diameter (d_b there, sigma_AA here); the windows are this
 * run's measured t_chi; the non-affine mean-square-displacement plateau is measured and reported beside them
 * ({@code msd_plateau}) so the cage scale they assume can be compared with the KA cage.
 *
 * <p>Every finished rate is stored as two stages ({@code ka_rate...} analysis and {@code ka_rate....state}); a chain
 * resumed from a stored state draws fresh Maxwell-Boltzmann velocities at T (the state holds positions only) and
 * re-equilibrates for the preset's strain.
 */
final class KaClusterVariant {
    /**
     * Preset: particles, rates (tau_LJ^-1, descending), NVT time of the quiescent liquid (tau_LJ), equilibration strain
     * after each rate change (and at the first rate), production strain.
     */
    record Preset(int n, double[] rates, double liquidTime, double equilibrationStrain, double productionStrain) {}

    /**
     * The presets. Rates: gamma_dot = 0.1, 0.03, 0.01 (and 0.003 at the paper scale), the KA thinning regime at T = 0.45
     * (tau_alpha = O(10^2) tau_LJ, so gamma_dot tau_alpha &gt;&gt; 1; spec 000 section 1.2). Production: a strain of 2 at quick
     * (the Yukawa quick preset's 1.5 tau_0 is a strain of 1.5-15); smoke measured t_chi ~ 0.1 / gamma_dot, so a strain of 2
     * holds ~20 windows of t_chi, most after the 3 t_chi traceback. Smoke only exercises the path (strain 0.6, N = 500).
     * Cost: smoke measured 11.5 CPU-s for this stage (8,933 steps of N = 500 with liquid preparation and the analyses:
     * 2.6 us per particle-step, an upper bound for the dynamics alone); quick is 96,000 steps of N = 1600, at that rate
     * about 400 CPU-s; long (N = 4000, strain 3) 134,667 steps, about 1400 CPU-s (estimates from the smoke rate).
     */
    static Preset preset(Scale s) {
        return switch (s) {
            case SMOKE -> new Preset(500, new double[] {0.1, 0.03}, 10, 0.2, 0.6);
            case QUICK -> new Preset(1600, new double[] {0.1, 0.03, 0.01}, 50, 1, 2);
            case LONG -> new Preset(4000, new double[] {0.1, 0.03, 0.01}, 100, 1, 3);
            case PAPER -> new Preset(20000, new double[] {0.1, 0.03, 0.01, 0.003}, 1000, 1, 10);
        };
    }

    /** Stress samples at least this many per steady-state block ({@link RateAnalysis#MIN_SAMPLES_PER_BLOCK}). */
    private static final double STRESS_INTERVAL = 0.05;

    private final Preset preset;
    private final CageJumpLer.Preset yukawa;
    private final long seed;
    private final int threads;
    /**
     * The KA dynamics run on one thread whatever the pipeline's thread count: the force buffers of several threads are
     * summed in a thread-count-dependent order, and the chaotic trajectory amplifies that rounding, so a plan's unit and
     * a local run would record different trajectories (PlanSlurmIT found it). The analyses keep {@link #threads}.
     */
    static final int MD_THREADS = 1;
    private final StageStore store;
    private List<RateData> data;
    /** CPU seconds of this process's threads spent in {@link #simulate} (runs and analyses; 0 when loaded). */
    private double cpuSeconds;

    KaClusterVariant(Preset preset, CageJumpLer.Preset yukawa, long seed, Path checkpoints, int threads) {
        this.preset = preset; this.yukawa = yukawa; this.seed = seed; this.threads = Math.max(1, threads); this.store = new StageStore(checkpoints);
    }

    Preset preset() { return preset; }

    static String key(double rate) { return String.format(Locale.ROOT, "ka_rate%08.4f", rate); }

    String params(double rate) {
        return String.format(Locale.ROOT, "cage-jump-ler ka T=%s rho=%s rate=%s n=%d rates=%s liquid=%s eqstrain=%s prodstrain=%s dt=%s seed=%d",
            KaShearRun.TEMPERATURE, KaShearRun.DENSITY, rate, preset.n(), java.util.Arrays.toString(preset.rates()), preset.liquidTime(),
            preset.equilibrationStrain(), preset.productionStrain(), KaShearRun.DT, seed);
    }

    String analysisParams(double rate) { return params(rate) + " analysis=" + RateAnalysis.VERSION; }

    /** The data of every rate in preset order, running the chain first if needed. */
    synchronized List<RateData> all() {
        simulate();
        return data;
    }

    double cpuSeconds() { return cpuSeconds; }

    synchronized void simulate() {
        if (data != null) return;
        long cpu0 = cpuNanos();
        List<RateData> out = new ArrayList<>();
        long steps = Math.round(preset.liquidTime() / KaShearRun.DT);
        for (double r : preset.rates()) steps += Math.round((preset.equilibrationStrain() + preset.productionStrain()) / r / KaShearRun.DT);
        try (Progress bar = new Progress("cage-jump-ler: KA SLLOD steps", steps)) {
            Configuration c = null;
            for (int k = 0; k < preset.rates().length; k++) {
                double rate = preset.rates()[k];
                double eq = preset.equilibrationStrain() / rate, prod = preset.productionStrain() / rate;
                RateData cached = cached(rate);
                if (cached != null) {
                    out.add(cached);
                    c = null;
                    bar.step(Math.round((eq + prod) / KaShearRun.DT) + (k == 0 ? Math.round(preset.liquidTime() / KaShearRun.DT) : 0));
                    continue;
                }
                if (c == null && k == 0) c = KaShearRun.liquid(preset.n(), preset.liquidTime(), seed, MD_THREADS);
                else if (c == null) {
                    c = out.get(k - 1).restore();
                    for (int i = 0; i < c.n; i++) c.diameter[i] = KaShearRun.DIAMETERS[c.type[i]];
                    Kinetic.drawVelocities(c, KaShearRun.TEMPERATURE, seed + 100 + k);
                }
                double stress = Math.min(STRESS_INTERVAL, prod / (RateAnalysis.MIN_SAMPLES_PER_BLOCK * RateAnalysis.BLOCKS));
                ShearRecord rec = KaShearRun.run(c, rate, eq, prod, stress, MD_THREADS, bar);
                RateData d = new RateAnalysis(yukawa, threads, true, false).analyse(rec);
                double[] plateau = msdPlateau(rec);
                d.scalars.put("msd_plateau", plateau[0]);
                d.scalars.put("msd_plateau_time", plateau[1]);
                d.scalars.put("frames", (double) rec.frames());
                d.scalars.put("sampling", rec.sampling);
                d.copyState(c);
                store.save(key(rate) + ".state", params(rate), d.stateStage());
                store.save(key(rate), analysisParams(rate), d.analysisStage());
                out.add(d);
            }
        }
        cpuSeconds = (cpuNanos() - cpu0) / 1e9;
        System.err.printf(Locale.ROOT, "cage-jump-ler: KA/MD variant stage %.1f CPU-s (N = %d, rates %s)%n", cpuSeconds, preset.n(),
            java.util.Arrays.toString(preset.rates()));
        data = out;
    }

    private RateData cached(double rate) {
        if (store.dir() == null) return null;
        StageResult state = store.load(key(rate) + ".state", params(rate));
        StageResult analysis = state == null ? null : store.load(key(rate), analysisParams(rate));
        return analysis == null ? null : RateData.of(analysis, state);
    }

    /** CPU time of the whole process (all threads), ns; the KA stage runs after the Yukawa chains, alone. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    /**
     * The cage plateau of the non-affine mean-square displacement of the big (A) particles: MSD(t) at lags of 1, 2, 4, ...
     * frames (all origins), and the plateau as MSD where its local log-log slope is smallest; {MSD, lag time}, NaN
     * with fewer than 3 lags.
     */
    static double[] msdPlateau(ShearRecord rec) {
        int frames = rec.frames(), nb = rec.bigCount;
        List<double[]> pts = new ArrayList<>();
        for (int lag = 1; lag < frames; lag *= 2) {
            double s = 0;
            long cnt = 0;
            for (int o = 0; o + lag < frames; o += Math.max(1, lag / 2)) {
                for (int i = 0; i < nb; i++) {
                    double dx = rec.ux[o + lag][i] - rec.ux[o][i], dy = rec.uy[o + lag][i] - rec.uy[o][i], dz = rec.uz[o + lag][i] - rec.uz[o][i];
                    s += dx * dx + dy * dy + dz * dz;
                }
                cnt += nb;
            }
            pts.add(new double[] {rec.time[lag] - rec.time[0], s / cnt});
        }
        if (pts.size() < 3) return new double[] {Double.NaN, Double.NaN};
        double best = Double.POSITIVE_INFINITY;
        double[] at = {Double.NaN, Double.NaN};
        for (int q = 1; q + 1 < pts.size(); q++) {
            double slope = Math.log(pts.get(q + 1)[1] / pts.get(q - 1)[1]) / Math.log(pts.get(q + 1)[0] / pts.get(q - 1)[0]);
            if (slope < best) { best = slope; at = new double[] {pts.get(q)[1], pts.get(q)[0]}; }
        }
        return at;
    }

    /** Per-rate cluster summary of the MD variant: the Yukawa summary's keys plus the measured cage plateau. */
    static final String[] SUMMARY_KEYS = {"eta", "eta_error", "t_chi", "jumps", "clusters", "complete_clusters", "xi_c", "xi_alpha",
        "alpha_significant_bins", "xi_ler", "P_c", "eta_c", "sigma_cy", "t_y", "P_ext_t1_t3", "box_length", "msd_plateau", "msd_plateau_time",
        "frames", "sampling", "steady", "drift_over_error"};

    Table summary() {
        List<RateData> all = all();
        Table t = Table.create("ka_cluster_summary");
        double[] rate = all.stream().mapToDouble(d -> d.rate).toArray();
        t.addColumns(DoubleColumn.create("gamma_dot", rate));
        for (String k : SUMMARY_KEYS)
            t.addColumns(DoubleColumn.create(k, all.stream().mapToDouble(d -> d.scalars.getOrDefault(k, Double.NaN)).toArray()));
        return t;
    }

    /** A scalar at every rate (preset order). */
    double[] series(String key) { return all().stream().mapToDouble(d -> d.scalars.getOrDefault(key, Double.NaN)).toArray(); }
}
