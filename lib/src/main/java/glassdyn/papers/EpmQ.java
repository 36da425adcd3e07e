package glassdyn.papers;

import static glassdyn.papers.Reports.round;
import glassdyn.Progress;
import glassdyn.Scale;
import glassdyn.epm.Correlations;
import glassdyn.epm.EpmDynamics;
import glassdyn.epm.EpmRun;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KernelVariant;
import glassdyn.stats.LineFit;
import glassdyn.epm.MeanFieldTheory;
import glassdyn.epm.NoElasticExact;
import glassdyn.epm.StressHistogram;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Paper 002, Ozawa and Biroli, "Elasticity, facilitation and dynamic heterogeneity in glass-forming liquids",
 * PRL 130, 138201 (2023) ("epm-q"): the figure pipelines (one method per figure, Figs. 1-11, each returning a
 * table with symbols/units in its column names; time in sweeps, stress in units of sigma_c) and the report of
 * measured values against the paper's claims.
 *
 * <p>Runs are simulated on demand (all of them by {@link #simulate()}), in parallel over independent
 * (L, T, trajectory) jobs, each with its own seed, so the results do not depend on the thread count. With a
 * checkpoint directory every finished run is saved atomically and reused by a later call (resume after an
 * interruption).
 *
 * <p>Scales: {@code smoke} (seconds; L = 16, three temperatures), {@code quick} (minutes on two cores; L = 64 at the
 * paper's nine temperatures, L = 128 at two, the no-elastic control at four, two windows at the lowest T) and
 * {@code paper} (L = 64 x 10 and L = 128 x 5 trajectories, longer windows).
 */
public final class EpmQ {
    /** The paper's temperatures (caption of Fig. 1). */
    public static final double[] PAPER_TEMPERATURES = {0.100, 0.060, 0.040, 0.030, 0.025, 0.020, 0.018, 0.015, 0.013};
    /** Lags of the Fig. 10 maps (caption of SI Fig. 10), T = 0.013. */
    public static final double[] FIG10_LAGS = {2048, 4096, 8192, 16384, 32768, 65536, 1e5, 2e5};
    /** Temperatures of the no-elastic control (not stated in the paper; spec 002 A9). */
    public static final double[] NO_ELASTIC_TEMPERATURES = {0.2, 0.15, 0.1, 0.08};
    /** Arrhenius fit range T &lt;= 0.030 (the paper does not state it; spec 002 section 2.5). */
    public static final double ARRHENIUS_TMAX = 0.0301;
    /** chi_4 peak linear fit "at lower temperatures" (SI Fig. 7): T &lt;= 0.020 (spec 002 section 2.5). */
    public static final double CHI4_FIT_TMAX = 0.0201;
    /** Longest lag of the map grid (factor 1.25): beyond tau_alpha at T = 0.013 so Fig. 2 finds the map with P ~ 1/2. */
    public static final double MAP_LAG_MAX = 3e7;
    /** Transient of the larger lattice in units of 1/Gamma: shorter than at L = 64 to keep the quick scale in minutes. */
    public static final double LARGE_EQUILIBRATION_RATES = 20;
    /** Fraction of the P(sigma) weight outside the measured support edge. */
    public static final double EDGE_TAIL = 1e-3;

    /** Presets of one scale ({@code lowTemperatureTrajectories}: trajectories at the chi_4 fit temperatures T &lt;= 0.020,
     * where the chi_4 peak is noisiest). */
    public record Preset(int L, double[] temperatures, int trajectories, int largeL, double[] largeTemperatures,
                         int largeTrajectories, double[] noElasticTemperatures, double equilibrationRates,
                         double windowRates, double maxLagRates, double largeWindowRates, double noElasticEquilibration,
                         double noElasticWindow, int lowTemperatureTrajectories) {}

    public static Preset preset(Scale s) {
        return switch (s) {
            case SMOKE -> new Preset(16, new double[] {0.1, 0.04, 0.025}, 1, 32, new double[] {0.1, 0.04}, 1,
                new double[] {0.2, 0.15}, 10, 30, 30, 20, 5, 10, 1);
            case QUICK -> new Preset(64, PAPER_TEMPERATURES, 1, 128, new double[] {0.04, 0.025}, 1,
                NO_ELASTIC_TEMPERATURES, 30, 200, 30, 40, 10, 30, 2);
            case LONG -> throw new glassdyn.InputException("the long scale of this paper is not built yet");
            case PAPER -> new Preset(64, PAPER_TEMPERATURES, 10, 128, PAPER_TEMPERATURES, 5,
                NO_ELASTIC_TEMPERATURES, 50, 400, 40, 200, 20, 100, 10);
        };
    }

    private final Scale scale;
    private final Preset preset;
    private final KernelVariant variant;
    private final long seed;
    private final Path checkpoints;
    private final int threads;
    private final Map<String, EpmRun.Result> results = new TreeMap<>();
    private int simulated;

    /** @param checkpoints directory for run checkpoints, or null for none */
    public EpmQ(Scale scale, KernelVariant variant, long seed, Path checkpoints, int threads) {
        this.scale = scale;
        this.preset = preset(scale);
        this.variant = variant;
        this.seed = seed;
        this.checkpoints = checkpoints;
        this.threads = Math.max(1, threads);
    }

    /** Seed of {@code reproduce} and of the LAMMPS export's starting configurations. */
    public static final long SEED = 2023;

    /** The default pipeline: kernel {@link KernelVariant#FITTED}, seed 2023, checkpoints under {@code out}, 2 threads. */
    public static EpmQ of(Scale scale, Path out) {
        return new EpmQ(scale, KernelVariant.FITTED, SEED, out == null ? null : out.resolve("checkpoints"),
            Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public Scale scale() { return scale; }
    /** Runs this instance simulated (the others came from checkpoints). */
    public synchronized int simulatedRuns() { return simulated; }
    public Preset preset() { return preset; }
    public KernelVariant variant() { return variant; }

    // ---- the runs -------------------------------------------------------------------------------------------

    private double lowestT() { return Arrays.stream(preset.temperatures()).min().orElseThrow(); }

    private List<EpmRun.Config> configs() {
        List<EpmRun.Config> out = new ArrayList<>();
        double low = lowestT();
        for (double t : preset.temperatures()) {
            int m = t <= CHI4_FIT_TMAX ? Math.max(preset.trajectories(), preset.lowTemperatureTrajectories()) : preset.trajectories();
            for (int k = 0; k < m; k++) out.add(elasticConfig(preset.L(), t, k, t == low ? 2 : 1));
        }
        for (double t : preset.largeTemperatures())
            for (int k = 0; k < preset.largeTrajectories(); k++) out.add(elasticConfig(preset.largeL(), t, k, 1));
        for (KernelVariant v : studyVariants())
            for (double t : studyTemperatures())
                out.add(new EpmRun.Config(preset.L(), t, v, EpmDynamics.Algorithm.REJECTION_FREE, seedOf(preset.L(), t, 0, true),
                    preset.equilibrationRates(), VARIANT_STUDY_WINDOW_RATES, 1, preset.maxLagRates(), 0, null));
        for (double t : preset.noElasticTemperatures())
            out.add(new EpmRun.Config(preset.L(), t, null, EpmDynamics.Algorithm.REJECTION_FREE, seedOf(preset.L(), t, 0, false),
                preset.noElasticEquilibration(), preset.noElasticWindow(), 1, preset.noElasticWindow(), 0, null));
        return out;
    }

    /** The other literal readings of the fine-grid method, run at a few temperatures to compare each kernel's
     * Arrhenius barrier with the mean-field barrier for its own alpha (none at the smoke scale). */
    private List<KernelVariant> studyVariants() {
        if (scale == Scale.SMOKE) return List.of();
        return java.util.stream.Stream.of(KernelVariant.BLOCK, KernelVariant.STAG).filter(v -> v != variant).toList();
    }

    private double[] studyTemperatures() { return new double[] {0.04, 0.03, 0.025, 0.02}; }

    /** Window of the kernel-variant study runs, in units of 1/Gamma. */
    public static final double VARIANT_STUDY_WINDOW_RATES = 60;

    private EpmRun.Config elasticConfig(int L, double t, int trajectory, int windows) {
        boolean large = L == preset.largeL() && L != preset.L();
        // maps: a log grid for Fig. 2 (the lag with P closest to 1/2 is shown) plus the Fig. 10 lags
        List<Double> lags = new ArrayList<>();
        for (double x = 1; x <= MAP_LAG_MAX; x *= 1.25) lags.add(x);
        for (double x : FIG10_LAGS) lags.add(x);
        double[] mapLags = lags.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        return new EpmRun.Config(L, t, variant, EpmDynamics.Algorithm.REJECTION_FREE, seedOf(L, t, trajectory, true),
            large ? LARGE_EQUILIBRATION_RATES : preset.equilibrationRates(), large ? preset.largeWindowRates() : preset.windowRates(), windows,
            preset.maxLagRates(), 4, trajectory == 0 ? mapLags : null);
    }

    private long seedOf(int L, double t, int trajectory, boolean elastic) {
        long h = seed;
        h = h * 1_000_003L + L;
        h = h * 1_000_003L + Math.round(t * 1e6);
        h = h * 1_000_003L + trajectory;
        h = h * 1_000_003L + (elastic ? 1 : 0);
        return h;
    }

    /** Runs (or loads from checkpoints) every run of the scale. */
    public synchronized void simulate() {
        List<EpmRun.Config> todo = new ArrayList<>();
        for (EpmRun.Config c : configs()) {
            if (results.containsKey(c.key())) continue;
            EpmRun.Result r = checkpoints == null ? null : EpmRun.load(c, checkpoints.resolve(c.key() + ".properties"));
            if (r != null) results.put(c.key(), r); else todo.add(c);
        }
        if (todo.isEmpty()) return;
        long steps = todo.stream().mapToLong(c -> 1 + c.windows()).sum();
        Map<String, EshelbyKernel> kernels = new TreeMap<>();            // one table per (L, reading), shared by runs
        for (EpmRun.Config c : todo)
            if (c.elastic()) kernels.computeIfAbsent(c.L() + ":" + c.kernel(), k -> new EshelbyKernel(c.L(), c.kernel(), EshelbyKernel.defaultAngles(c.L())));
        // longest runs first so the two threads finish together
        todo.sort((a, b) -> Double.compare(cost(b), cost(a)));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Progress progress = new Progress("epm-q " + scale.label() + " (" + todo.size() + " runs)", steps)) {
            List<Future<EpmRun.Result>> fs = new ArrayList<>();
            for (EpmRun.Config c : todo)
                fs.add(pool.submit(() -> {
                    EpmRun.Result r = EpmRun.run(c, c.elastic() ? kernels.get(c.L() + ":" + c.kernel()) : null, progress);
                    if (checkpoints != null) EpmRun.save(r, checkpoints.resolve(c.key() + ".properties"));
                    return r;
                }));
            for (Future<EpmRun.Result> f : fs) {
                EpmRun.Result r = f.get();
                results.put(r.config().key(), r);
                simulated++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double cost(EpmRun.Config c) {
        return c.elastic() ? (double) c.L() * c.L() * c.L() * c.L() * c.windows() : 1;
    }

    private List<EpmRun.Result> runs(int L, double t, boolean elastic) { return runs(L, t, elastic ? variant : null); }

    /** The runs at (L, T) with the given kernel (null: without elastic interactions). */
    private List<EpmRun.Result> runs(int L, double t, KernelVariant kernel) {
        simulate();
        List<EpmRun.Result> out = new ArrayList<>();
        for (EpmRun.Result r : results.values()) {
            EpmRun.Config c = r.config();
            if (c.L() == L && Math.abs(c.temperature() - t) < 1e-9 && c.kernel() == kernel) out.add(r);
        }
        return out;
    }

    /** The first-window correlations averaged over trajectories (same lag grid for every trajectory). */
    private Correlations pooled(int L, double t, boolean elastic, int window) {
        return pooled(L, t, elastic ? variant : null, window);
    }

    private Correlations pooled(int L, double t, KernelVariant kernel, int window) {
        List<EpmRun.Result> rs = runs(L, t, kernel);
        if (rs.isEmpty()) throw new IllegalStateException("no run at L = " + L + ", T = " + t);
        List<Correlations> cs = rs.stream().map(r -> r.windows().get(Math.min(window, r.windows().size() - 1))).toList();
        int m = cs.stream().mapToInt(c -> c.t().length).min().orElse(0);
        double[] tt = Arrays.copyOf(cs.get(0).t(), m), p = new double[m], chi = new double[m], s = new double[m],
            q = new double[m], n = new double[m];
        double g = 0;
        for (Correlations c : cs) {
            for (int k = 0; k < m; k++) {
                p[k] += c.p()[k] / cs.size(); chi[k] += c.chi4()[k] / cs.size();
                s[k] += c.cs()[k] / cs.size(); q[k] += c.cp()[k] / cs.size(); n[k] += c.samples()[k];
            }
            g += c.gamma() / cs.size();
        }
        double te = 0, ce = 0;
        for (Correlations c : cs) { te += c.tauAlphaError() * c.tauAlphaError(); ce += c.chi4PeakError() * c.chi4PeakError(); }
        return new Correlations(tt, p, chi, s, q, n, g, cs.stream().mapToLong(Correlations::origins).sum(),
            Math.sqrt(te) / cs.size(), Math.sqrt(ce) / cs.size());
    }

    private double[] column(double[] ts, java.util.function.ToDoubleFunction<Double> f) {
        double[] out = new double[ts.length];
        for (int i = 0; i < ts.length; i++) out[i] = f.applyAsDouble(ts[i]);
        return out;
    }

    private static double[] inverse(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = 1 / x[i];
        return out;
    }

    private static double[] select(double[] ts, double[] y, double tMax) {
        double[] out = y.clone();
        for (int i = 0; i < ts.length; i++) if (ts[i] > tMax) out[i] = Double.NaN;
        return out;
    }

    /** Stacks per-temperature columns into one long table. */
    private static Table stack(String name, List<String> cols, List<double[][]> blocks) {
        int total = blocks.stream().mapToInt(b -> b[0].length).sum();
        Object[] args = new Object[2 * cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            double[] v = new double[total];
            int o = 0;
            for (double[][] b : blocks) { System.arraycopy(b[c], 0, v, o, b[c].length); o += b[c].length; }
            args[2 * c] = cols.get(c);
            args[2 * c + 1] = v;
        }
        return Tables.of(name, args);
    }

    private static double[] constant(int n, double v) { double[] a = new double[n]; Arrays.fill(a, v); return a; }

    // ---- figures --------------------------------------------------------------------------------------------

    /** Fig. 1(a): &lt;P(t)&gt; at every temperature (L = preset L). Columns T, t, P. */
    public Table fig1a() {
        List<double[][]> b = new ArrayList<>();
        for (double t : preset.temperatures()) {
            Correlations c = pooled(preset.L(), t, true, 0);
            b.add(new double[][] {constant(c.t().length, t), c.t(), c.p()});
        }
        return stack("fig1a_persistence", List.of("T", "t_sweeps", "P"), b);
    }

    /** tau_alpha(T) with elasticity at L. */
    private double[] tauElastic(int L, double[] ts) { return column(ts, t -> pooled(L, t, true, 0).tauAlpha()); }

    /** Fig. 1(b): tau_alpha vs 1/T with (elastic = 1) and without (elastic = 0) elastic interactions, the exact
     * no-elastic value and the Arrhenius fit at T &lt;= 0.030. */
    public Table fig1b() {
        double[] te = preset.temperatures(), tn = preset.noElasticTemperatures();
        double[] tauE = tauElastic(preset.L(), te);
        double[] tauN = column(tn, t -> pooled(preset.L(), t, false, 0).tauAlpha());
        LineFit fe = LineFit.arrhenius(te, select(te, tauE, ARRHENIUS_TMAX)), fn = LineFit.arrhenius(tn, tauN);
        int n = te.length + tn.length;
        double[] T = new double[n], tau = new double[n], el = new double[n], exact = new double[n], fit = new double[n];
        for (int i = 0; i < te.length; i++) { T[i] = te[i]; tau[i] = tauE[i]; el[i] = 1; exact[i] = Double.NaN; fit[i] = Math.exp(fe.at(1 / te[i])); }
        for (int i = 0; i < tn.length; i++) {
            int j = te.length + i;
            T[j] = tn[i]; tau[j] = tauN[i]; el[j] = 0; exact[j] = NoElasticExact.tauAlpha(tn[i]); fit[j] = Math.exp(fn.at(1 / tn[i]));
        }
        return Tables.of("fig1b_tau_alpha", "T", T, "1/T", inverse(T), "elastic", el, "tau_alpha", tau,
            "tau_alpha_exact_no_elastic", exact, "tau_alpha_arrhenius_fit", fit);
    }

    /** The persistence map of the run's first origin whose mean is closest to 1/2 (Fig. 2) or at a given lag. */
    private Table map(String name, EpmRun.Result r, int index) {
        int L = r.config().L();
        int[] m = r.maps().get(index);
        double[] x = new double[m.length], y = new double[m.length], p = new double[m.length];
        for (int i = 0; i < m.length; i++) { x[i] = i / L; y[i] = i % L; p[i] = m[i]; }
        return Tables.of(name, "T", constant(m.length, r.config().temperature()), "t_sweeps", constant(m.length, r.mapLags()[index]),
            "x", x, "y", y, "p_i", p);
    }

    private EpmRun.Result mapRun(double t) {
        int L = preset.largeTemperatures().length > 0 && Arrays.stream(preset.largeTemperatures()).anyMatch(x -> Math.abs(x - t) < 1e-9)
            ? preset.largeL() : preset.L();
        return runs(L, t, true).stream().filter(r -> !r.maps().isEmpty()).findFirst()
            .orElseGet(() -> runs(preset.L(), t, true).stream().filter(r -> !r.maps().isEmpty()).findFirst().orElseThrow());
    }

    private static int halfway(EpmRun.Result r) {
        int best = 0;
        double bestD = 2;
        for (int k = 0; k < r.maps().size(); k++) {
            double mean = Arrays.stream(r.maps().get(k)).average().orElse(0);
            if (Math.abs(mean - 0.5) < bestD) { bestD = Math.abs(mean - 0.5); best = k; }
        }
        return best;
    }

    /** Fig. 2: maps of p_i(tau_alpha) (the recorded lag with P closest to 1/2) at T = 0.040 and the lowest T; the paper
     * uses L = 128 (this scale: the largest L run at that T). Columns T, t, x, y, p_i (1 immobile, 0 mobile). */
    public Table fig2() {
        double[] ts = {0.04, lowestT()};
        Table out = null;
        for (double t : ts) {
            EpmRun.Result r = mapRun(t);
            Table m = map("fig2_maps", r, halfway(r));
            out = out == null ? m : out.append(m);
        }
        return out;
    }

    /** Fig. 3(a): chi_4(t) at every temperature. Columns T, t, chi4. */
    public Table fig3a() {
        List<double[][]> b = new ArrayList<>();
        for (double t : preset.temperatures()) {
            Correlations c = pooled(preset.L(), t, true, 0);
            b.add(new double[][] {constant(c.t().length, t), c.t(), c.chi4()});
        }
        return stack("fig3a_chi4", List.of("T", "t_sweeps", "chi4"), b);
    }

    /** Fig. 3(b): chi_4 peak vs tau_alpha with (elastic = 1) and without (0) elasticity. */
    public Table fig3b() {
        List<double[]> rows = new ArrayList<>();
        for (double t : preset.temperatures()) { Correlations c = pooled(preset.L(), t, true, 0); rows.add(new double[] {t, 1, c.tauAlpha(), c.chi4Peak()}); }
        for (double t : preset.noElasticTemperatures()) { Correlations c = pooled(preset.L(), t, false, 0); rows.add(new double[] {t, 0, c.tauAlpha(), c.chi4Peak()}); }
        return rowsTable("fig3b_chi4_peak_vs_tau", List.of("T", "elastic", "tau_alpha", "chi4_peak"), rows);
    }

    private static Table rowsTable(String name, List<String> cols, List<double[]> rows) {
        Object[] args = new Object[2 * cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            double[] v = new double[rows.size()];
            for (int r = 0; r < v.length; r++) v[r] = rows.get(r)[c];
            args[2 * c] = cols.get(c);
            args[2 * c + 1] = v;
        }
        return Tables.of(name, args);
    }

    /** Fig. 4 temperatures (not stated in the paper; spec 002 section 2.6), those present in the scale. */
    private double[] fig4Temperatures() {
        double[] want = {0.04, 0.025, 0.018, 0.013};
        return Arrays.stream(preset.temperatures()).filter(t -> Arrays.stream(want).anyMatch(w -> Math.abs(w - t) < 1e-9)
            || t == lowestT()).distinct().toArray();
    }

    /** Fig. 4: P(sigma) at several T, with the mean-field T -&gt; 0 curve for the paper's alpha = 0.110 and for the
     * kernel's measured alpha. Columns T, sigma, P_sigma, P_MF_paper_alpha, P_MF_measured_alpha. */
    public Table fig4() {
        double a = kernelAlpha(), sb = MeanFieldTheory.sigmaBar(a), sp = MeanFieldTheory.sigmaBar(KernelVariant.PAPER_ALPHA);
        double[] c = StressHistogram.centres();
        List<double[][]> b = new ArrayList<>();
        for (double t : fig4Temperatures()) {
            EpmRun.Result r = runs(preset.L(), t, true).get(0);
            b.add(new double[][] {constant(c.length, t), c, r.stressDensity(),
                column(c, s -> MeanFieldTheory.density(s, sp, KernelVariant.PAPER_ALPHA)),
                column(c, s -> MeanFieldTheory.density(s, sb, a))});
        }
        return stack("fig4_stress_distribution", List.of("T", "sigma", "P_sigma", "P_MF_paper_alpha", "P_MF_measured_alpha"), b);
    }

    

    /** Fig. 5: the kernel G'^psi_r for psi = 0, 0.3, pi/4, coordinates centred (-L/2..L/2-1). Columns psi, x, y, G. */
    public Table fig5() {
        int L = preset.L();
        double[] psis = {0, 0.3, Math.PI / 4};
        List<double[][]> b = new ArrayList<>();
        for (double psi : psis) {
            double[] g = EshelbyKernel.single(L, variant, psi);
            double[] x = new double[L * L], y = new double[L * L], v = new double[L * L];
            int i = 0;
            for (int dx = -L / 2; dx < L / 2; dx++)
                for (int dy = -L / 2; dy < L / 2; dy++) {
                    x[i] = dx; y[i] = dy; v[i] = g[Math.floorMod(dx, L) * L + Math.floorMod(dy, L)]; i++;
                }
            b.add(new double[][] {constant(L * L, psi), x, y, v});
        }
        return stack("fig5_kernel", List.of("psi", "x", "y", "G"), b);
    }

    /** Fig. 6(a): &lt;P&gt;, C_s and C_p at T = 0.020 and the lowest T. Columns T, t, P, C_s, C_p. */
    public Table fig6a() {
        List<double[][]> b = new ArrayList<>();
        for (double t : new double[] {0.02, lowestT()}) {
            if (Arrays.stream(preset.temperatures()).noneMatch(x -> Math.abs(x - t) < 1e-9)) continue;
            Correlations c = pooled(preset.L(), t, true, 0);
            b.add(new double[][] {constant(c.t().length, t), c.t(), c.p(), c.cs(), c.cp()});
        }
        if (b.isEmpty()) { Correlations c = pooled(preset.L(), lowestT(), true, 0); b.add(new double[][] {constant(c.t().length, lowestT()), c.t(), c.p(), c.cs(), c.cp()}); }
        return stack("fig6a_correlations", List.of("T", "t_sweeps", "P", "C_s", "C_p"), b);
    }

    /** Fig. 6(b): tau_alpha from &lt;P&gt; = 1/2, C_s = 1/2, C_p = 1/2 and 1/&lt;Gamma&gt;. */
    public Table fig6b() {
        double[] ts = preset.temperatures();
        return Tables.of("fig6b_tau_definitions", "T", ts, "1/T", inverse(ts),
            "tau_P", column(ts, t -> pooled(preset.L(), t, true, 0).tauAlpha()),
            "tau_Cs", column(ts, t -> pooled(preset.L(), t, true, 0).tauStress()),
            "tau_Cp", column(ts, t -> pooled(preset.L(), t, true, 0).tauPlastic()),
            "inv_Gamma", column(ts, t -> 1 / pooled(preset.L(), t, true, 0).gamma()));
    }

    /** Fig. 7: chi_4 peak vs 1/T with the linear fit at T &lt;= 0.020. */
    public Table fig7() {
        double[] ts = preset.temperatures();
        double[] peak = column(ts, t -> pooled(preset.L(), t, true, 0).chi4Peak());
        LineFit f = LineFit.of(inverse(ts), select(ts, peak, CHI4_FIT_TMAX));
        return Tables.of("fig7_chi4_peak", "T", ts, "1/T", inverse(ts), "chi4_peak", peak,
            "chi4_peak_linear_fit", column(ts, t -> f.at(1 / t)));
    }

    /** Fig. 8: &lt;P&gt; and chi_4 in two consecutive windows at the lowest T (window 1 then 2). */
    public Table fig8() {
        List<double[][]> b = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Correlations c = pooled(preset.L(), lowestT(), true, w);
            b.add(new double[][] {constant(c.t().length, w + 1), c.t(), c.p(), c.chi4()});
        }
        return stack("fig8_stationarity", List.of("window", "t_sweeps", "P", "chi4"), b);
    }

    /** Fig. 9: tau_alpha and chi_4 peak for L = preset L and the larger L at the common temperatures. */
    public Table fig9() {
        List<double[]> rows = new ArrayList<>();
        for (double t : preset.largeTemperatures())
            for (int L : new int[] {preset.L(), preset.largeL()}) {
                if (runs(L, t, true).isEmpty()) continue;
                Correlations c = pooled(L, t, true, 0);
                rows.add(new double[] {L, t, 1 / t, c.tauAlpha(), c.chi4Peak()});
            }
        return rowsTable("fig9_finite_size", List.of("L", "T", "1/T", "tau_alpha", "chi4_peak"), rows);
    }

    /** Fig. 10: persistence maps at the lowest T from one origin at the paper's lags 2048 ... 2e5 (those within the run). */
    public Table fig10() {
        EpmRun.Result r = mapRun(lowestT());
        Table out = null;
        for (int k = 0; k < r.mapLags().length; k++) {
            double lag = r.mapLags()[k];
            if (Arrays.stream(FIG10_LAGS).noneMatch(x -> x == lag)) continue;
            Table m = map("fig10_maps", r, k);
            out = out == null ? m : out.append(m);
        }
        return out != null ? out : map("fig10_maps", r, r.maps().size() - 1);
    }

    /** Fig. 11(a): the mean-field P(sigma) of SI Eq. 32 for alpha = 0.110 (sigma-bar = 0.749) and for the kernel's alpha. */
    public Table fig11a() {
        double[] s = new double[401];
        for (int i = 0; i < s.length; i++) s[i] = -1 + 2.0 * i / (s.length - 1);
        double a = kernelAlpha();
        double sp = MeanFieldTheory.sigmaBar(KernelVariant.PAPER_ALPHA), sb = MeanFieldTheory.sigmaBar(a);
        return Tables.of("fig11a_mean_field_P", "sigma", s,
            "P_MF_paper_alpha", column(s, x -> MeanFieldTheory.density(x, sp, KernelVariant.PAPER_ALPHA)),
            "P_MF_measured_alpha", column(s, x -> MeanFieldTheory.density(x, sb, a)));
    }

    /** Fig. 11(b): alpha vs sigma-bar from SI Eq. 33. */
    public Table fig11b() {
        double[] s = new double[201];
        for (int i = 0; i < s.length; i++) s[i] = (double) i / (s.length - 1);
        return Tables.of("fig11b_alpha_vs_sigma_bar", "sigma_bar", s, "alpha", column(s, MeanFieldTheory::alpha));
    }

    /**
     * A long (x, y, value) table (Figs. 2, 5, 10; filter it to one map first) as a matrix z[y][x] for
     * {@link glassdyn.plot.Plot#heatmap}; x and y are shifted to start at 0.
     */
    public static double[][] toGrid(Table t, String x, String y, String value) {
        double[] xs = t.doubleColumn(x).asDoubleArray(), ys = t.doubleColumn(y).asDoubleArray(), v = t.doubleColumn(value).asDoubleArray();
        double x0 = Arrays.stream(xs).min().orElse(0), y0 = Arrays.stream(ys).min().orElse(0);
        int nx = (int) (Arrays.stream(xs).max().orElse(0) - x0) + 1, ny = (int) (Arrays.stream(ys).max().orElse(0) - y0) + 1;
        double[][] z = new double[ny][nx];
        for (int i = 0; i < v.length; i++) z[(int) (ys[i] - y0)][(int) (xs[i] - x0)] = v[i];
        return z;
    }

    /** All panels by file name (without .csv). */
    public Map<String, Table> figures() {
        Map<String, Table> m = new LinkedHashMap<>();
        m.put("fig1a", fig1a()); m.put("fig1b", fig1b()); m.put("fig2", fig2()); m.put("fig3a", fig3a());
        m.put("fig3b", fig3b()); m.put("fig4", fig4()); m.put("fig5", fig5()); m.put("fig6a", fig6a());
        m.put("fig6b", fig6b()); m.put("fig7", fig7()); m.put("fig8", fig8()); m.put("fig9", fig9());
        m.put("fig10", fig10()); m.put("fig11a", fig11a()); m.put("fig11b", fig11b());
        return m;
    }

    // ---- report ---------------------------------------------------------------------------------------------

    private Double alphaCache;

    /** alpha (SI Eq. 26) of the kernel used, measured on its table. */
    public synchronized double kernelAlpha() {
        if (alphaCache == null) alphaCache = new EshelbyKernel(preset.L(), variant, EshelbyKernel.defaultAngles(preset.L())).alpha();
        return alphaCache;
    }

    private static Map<String, Object> check(String name, String claim, Object paper, Object measured, boolean pass) {
        return Reports.check(name, claim, paper, measured, pass);
    }

    private static Map<String, Object> obj(Object... kv) { return Reports.object(kv); }

    /**
     * The checks of the paper's claims with the measured values. Thresholds (the paper gives no error bars): Arrhenius
     * if R^2 &gt;= 0.98; "E_act close to the mean-field barrier" within 25%; "support edge close to sigma-bar" within
     * 0.05; barriers of the tau definitions within 20% of each other; L = 64 vs 128 tau_alpha within 15% and chi_4
     * peak within 30%; stationarity: two windows' tau_alpha within 10% and chi_4 peak within 25%.
     */
    public Map<String, Object> report() {
        List<Map<String, Object>> checks = new ArrayList<>();
        double alpha = kernelAlpha();
        Map<String, Object> variants = new LinkedHashMap<>();
        for (KernelVariant v : KernelVariant.values())
            variants.put(v.name().toLowerCase(), round(new EshelbyKernel(preset.L(), v, 32).alpha(), 4));
        if (variant == KernelVariant.FITTED) {
            // The fitted kernel hits 0.110 by construction, so comparing it with the paper would be a check that cannot
            // fail. The claim tested is the paper's construction: the closest literal reading of the SI's fine-grid step.
            String closest = null;
            double best = Double.NaN;
            for (KernelVariant v : KernelVariant.values()) {
                if (v == KernelVariant.FITTED) continue;
                double a = (double) variants.get(v.name().toLowerCase());
                if (closest == null || Math.abs(a - 0.110) < Math.abs(best - 0.110)) { closest = v.name().toLowerCase(); best = a; }
            }
            checks.add(check("kernel_alpha", "noise strength of the SI's fine-grid Eshelby kernel, SI Eq. 26: alpha = 0.110. Measured: the "
                    + "closest literal reading of the fine-grid step ('" + closest + "'; all readings " + variants + "), within 5%. The kernel used "
                    + "here ('fitted') is calibrated to alpha = " + round(alpha, 4) + " and is not the paper's construction",
                0.110, best, Math.abs(best - 0.110) < 0.05 * 0.110));
        } else {
            checks.add(check("kernel_alpha", "noise strength of the fine-grid Eshelby kernel, SI Eq. 26: alpha = 0.110 (kernel '"
                    + variant.name().toLowerCase() + "'), within 5%", 0.110, round(alpha, 4), Math.abs(alpha - 0.110) < 0.05 * 0.110));
        }

        double sbar = MeanFieldTheory.sigmaBar(alpha), mfBarrier = MeanFieldTheory.barrier(alpha);
        checks.add(check("mean_field_sigma_bar", "SI Eq. 33 with alpha = 0.110 gives sigma-bar = 0.749",
            0.749, round(MeanFieldTheory.sigmaBar(0.110), 4), Math.abs(MeanFieldTheory.sigmaBar(0.110) - 0.749) < 5e-4));

        double[] te = preset.temperatures();
        double[] tauE = tauElastic(preset.L(), te);
        LineFit fe = LineFit.arrhenius(te, select(te, tauE, ARRHENIUS_TMAX));
        checks.add(check("arrhenius_elastic", "with elasticity tau_alpha is Arrhenius (Fig. 1b); fit ln tau vs 1/T at T <= 0.030",
            "Arrhenius, E_act ~ Delta E(sigma-bar) = 0.125",
            obj("E_act", round(fe.slope(), 4), "E_act_error", round(fe.slopeError(), 2), "R2", round(fe.rSquared(), 4),
                "fit_points", fe.points(), "tau_alpha", round(tauE), "T", te,
                "note", fe.points() < 3 ? "fewer than 3 temperatures at T <= 0.030 at this scale: not testable" : ""),
            fe.points() >= 3 && fe.rSquared() >= 0.98));

        double[] tn = preset.noElasticTemperatures();
        double[] tauN = column(tn, t -> pooled(preset.L(), t, false, 0).tauAlpha());
        double[] exact = column(tn, NoElasticExact::tauAlpha);
        LineFit fn = LineFit.arrhenius(tn, tauN);
        double worst = 0;
        for (int i = 0; i < tn.length; i++) worst = Math.max(worst, Math.abs(tauN[i] / exact[i] - 1));
        checks.add(check("arrhenius_no_elastic", "without elastic interactions tau_alpha is Arrhenius with the bare barrier Delta E(0) = 1 (Fig. 1b squares, SI Eq. 38); simulation vs the exact stationary result",
            obj("barrier", 1.0, "tau_alpha_exact", round(exact)),
            obj("E_act", round(fn.slope(), 4), "R2", round(fn.rSquared(), 4), "tau_alpha", round(tauN), "T", tn,
                "max_relative_deviation_from_exact", round(worst, 3)),
            fn.rSquared() >= 0.98 && Math.abs(fn.slope() - 1) < 0.1 && worst < 0.05));

        double ratio = fn.slope() / fe.slope();
        checks.add(check("barrier_ratio", "elasticity lowers the barrier: E_act(no elastic) / E_act(elastic) = Delta E(0) / Delta E(sigma-bar)",
            round(1 / MeanFieldTheory.barrier(0.110), 3), round(ratio, 3), ratio > 3));

        checks.add(check("eact_vs_mean_field", "the Arrhenius barrier is identical or very close to the mean-field Delta E(sigma-bar) for the kernel's alpha (main text, Fig. 4); within 25%",
            obj("alpha", 0.110, "Delta_E_sigma_bar", round(MeanFieldTheory.barrier(0.110), 4)),
            obj("alpha", round(alpha, 4), "Delta_E_sigma_bar", round(mfBarrier, 4), "E_act", round(fe.slope(), 4),
                "sigma_bar_act", round(MeanFieldTheory.sigmaFromBarrier(fe.slope()), 4)),
            Math.abs(fe.slope() / mfBarrier - 1) < 0.25));

        EpmRun.Result low = runs(preset.L(), lowestT(), true).get(0);
        double edge = StressHistogram.edge(StressHistogram.centres(), low.stressDensity(), EDGE_TAIL);
        checks.add(check("stress_support_edge", "at low T the support of P(sigma) lies inside [-sigma-bar, sigma-bar] with sigma-bar < 1, close to the mean-field value (Fig. 4); edge = |sigma| with 0.1% of the weight beyond, at T = " + lowestT(),
            obj("sigma_bar", 0.749), obj("edge", round(edge, 3), "sigma_bar_mean_field_measured_alpha", round(sbar, 4)),
            edge < 1 && Math.abs(edge - sbar) < 0.05));

        double[] peaks = column(te, t -> pooled(preset.L(), t, true, 0).chi4Peak());
        int inversions = 0;
        double[] sortedT = te.clone();
        Integer[] order = new Integer[te.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(te[b], te[a]));       // hot to cold
        for (int i = 1; i < order.length; i++) if (peaks[order[i]] < peaks[order[i - 1]]) inversions++;
        double growth = peaks[order[order.length - 1]] / peaks[order[0]];
        checks.add(check("chi4_peak_grows", "the chi_4 peak grows on cooling (Fig. 3a)", "grows",
            obj("chi4_peak", round(peaks), "T", te, "inversions", inversions, "growth_factor", round(growth, 3)),
            inversions <= 1 && growth > 3));
        double[] peakErr = column(te, t -> pooled(preset.L(), t, true, 0).chi4PeakError());
        LineFit fc = LineFit.of(inverse(te), select(te, peaks, CHI4_FIT_TMAX));
        // linear in 1/T: positive slope at 3 standard errors and residuals consistent with the block error bars
        double chi2 = 0;
        int used = 0;
        for (int i = 0; i < te.length; i++) {
            if (te[i] > CHI4_FIT_TMAX || !(peakErr[i] > 0)) continue;
            double r = (peaks[i] - fc.at(1 / te[i])) / peakErr[i];
            chi2 += r * r;
            used++;
        }
        double chi2PerDof = used > 2 ? chi2 / (used - 2) : Double.NaN;
        checks.add(check("chi4_peak_linear_in_inverse_T", "chi_4 peak is linear in 1/T at low T (SI Fig. 7); fit at T <= 0.020: slope > 3 sigma and chi^2/dof <= 3 with block error bars",
            "linear", obj("slope", round(fc.slope(), 4), "slope_error", round(fc.slopeError(), 3), "R2", round(fc.rSquared(), 4),
                "points", fc.points(), "chi2_per_dof", round(chi2PerDof, 3), "chi4_peak_error", round(peakErr)),
            fc.points() >= 3 && fc.slope() > 3 * fc.slopeError() && chi2PerDof <= 3));

        double[] tauCs = column(te, t -> pooled(preset.L(), t, true, 0).tauStress());
        double[] invG = column(te, t -> 1 / pooled(preset.L(), t, true, 0).gamma());
        double[] tauCp = column(te, t -> pooled(preset.L(), t, true, 0).tauPlastic());
        LineFit fs = LineFit.arrhenius(te, select(te, tauCs, ARRHENIUS_TMAX)), fg = LineFit.arrhenius(te, select(te, invG, ARRHENIUS_TMAX));
        double lo = Math.min(fe.slope(), Math.min(fs.slope(), fg.slope())), hi = Math.max(fe.slope(), Math.max(fs.slope(), fg.slope()));
        checks.add(check("tau_definitions_share_barrier", "tau_alpha from <P> = 1/2, C_s = 1/2 and 1/Gamma follow Arrhenius laws with essentially the same barrier (SI Fig. 6b); within 20%",
            "same barrier", obj("E_P", round(fe.slope(), 4), "E_Cs", round(fs.slope(), 4), "E_inv_Gamma", round(fg.slope(), 4)),
            hi / lo < 1.2));
        double cpDev = 0;
        for (int i = 0; i < te.length; i++) cpDev = Math.max(cpDev, Math.abs(tauCp[i] / tauE[i] - 1));
        checks.add(check("persistence_and_Cp_decay_alike", "<P(t)> and C_p(t) decay the same way (SI Fig. 6a); tau from C_p = 1/2 vs from <P> = 1/2 within 20%",
            "same", obj("max_relative_difference", round(cpDev, 3), "tau_P", round(tauE), "tau_Cp", round(tauCp)), cpDev < 0.2));

        double[] noelPeaks = column(tn, t -> pooled(preset.L(), t, false, 0).chi4Peak());
        double maxNo = Arrays.stream(noelPeaks).max().orElse(Double.NaN);
        checks.add(check("chi4_without_elasticity", "without elasticity there are no spatial correlations: sites are independent so chi_4 peak = max P(1-P) = 0.25 (derived; paper: flat, Fig. 3b)",
            0.25, obj("chi4_peak", round(noelPeaks)), maxNo < 0.4));

        List<Map<String, Object>> fs64 = new ArrayList<>();
        boolean fsPass = preset.largeTemperatures().length > 0;
        for (double t : preset.largeTemperatures()) {
            Correlations a = pooled(preset.L(), t, true, 0), b = pooled(preset.largeL(), t, true, 0);
            fs64.add(obj("T", t, "tau_L" + preset.L(), round(a.tauAlpha(), 4), "tau_L" + preset.largeL(), round(b.tauAlpha(), 4),
                "tau_errors", new double[] {round(a.tauAlphaError(), 2), round(b.tauAlphaError(), 2)},
                "chi4_L" + preset.L(), round(a.chi4Peak(), 4), "chi4_L" + preset.largeL(), round(b.chi4Peak(), 4),
                "chi4_errors", new double[] {round(a.chi4PeakError(), 2), round(b.chi4PeakError(), 2)}));
            fsPass &= agree(a.tauAlpha(), a.tauAlphaError(), b.tauAlpha(), b.tauAlphaError(), 0.15)
                && agree(a.chi4Peak(), a.chi4PeakError(), b.chi4Peak(), b.chi4PeakError(), 0.3);
        }
        checks.add(check("finite_size", "no noticeable finite-size effect between L = " + preset.L() + " and " + preset.largeL()
                + " in tau_alpha and chi_4 peak (SI Fig. 9; paper: 64 vs 128); agree within 3 combined block standard errors or within 15% (tau) / 30% (chi_4 peak)",
            "agree", fs64, fsPass));

        Correlations w1 = pooled(preset.L(), lowestT(), true, 0), w2 = pooled(preset.L(), lowestT(), true, 1);
        checks.add(check("stationarity", "two consecutive windows at the lowest T give the same <P> and chi_4 (SI Fig. 8); agree within 3 combined block standard errors or within 10% (tau) / 25% (chi_4 peak)",
            "identical", obj("T", lowestT(), "window_length", round(low.windowLength(), 4), "t_equilibration", round(low.tEquilibrium(), 4),
                "tau_window1", round(w1.tauAlpha(), 4), "tau_window2", round(w2.tauAlpha(), 4),
                "tau_errors", new double[] {round(w1.tauAlphaError(), 2), round(w2.tauAlphaError(), 2)},
                "chi4_window1", round(w1.chi4Peak(), 4), "chi4_window2", round(w2.chi4Peak(), 4),
                "chi4_errors", new double[] {round(w1.chi4PeakError(), 2), round(w2.chi4PeakError(), 2)}),
            agree(w1.tauAlpha(), w1.tauAlphaError(), w2.tauAlpha(), w2.tauAlphaError(), 0.1)
                && agree(w1.chi4Peak(), w1.chi4PeakError(), w2.chi4Peak(), w2.chi4PeakError(), 0.25)));

        List<Map<String, Object>> study = new ArrayList<>();
        for (KernelVariant v : studyVariants()) {
            double[] ts = studyTemperatures();
            double[] tau = column(ts, t -> pooled(preset.L(), t, v, 0).tauAlpha());
            LineFit f = LineFit.arrhenius(ts, tau);
            double a = new EshelbyKernel(preset.L(), v, EshelbyKernel.defaultAngles(preset.L())).alpha();
            study.add(obj("kernel", v.name().toLowerCase(), "alpha", round(a, 4), "E_act", round(f.slope(), 4),
                "E_act_error", round(f.slopeError(), 2), "Delta_E_sigma_bar", round(MeanFieldTheory.barrier(a), 4),
                "T", ts, "tau_alpha", round(tau)));
        }
        study.add(0, obj("kernel", variant.name().toLowerCase(), "alpha", round(alpha, 4), "E_act", round(fe.slope(), 4),
            "E_act_error", round(fe.slopeError(), 2), "Delta_E_sigma_bar", round(mfBarrier, 4)));
        if (!studyVariants().isEmpty())
            checks.add(check("kernel_variants_barrier", "informational: the Arrhenius barrier of each fine-grid reading vs the mean-field barrier for its own alpha (T = 0.04-0.02 for the other readings); the paper's construction is not specified (spec 002 section 1.5). Passes if some reading is within 25% of its mean-field barrier",
                "E_act ~ Delta E(sigma-bar(alpha))", study,
                study.stream().anyMatch(m -> Math.abs((double) m.get("E_act") / (double) m.get("Delta_E_sigma_bar") - 1) < 0.25)));

        double drift = results.values().stream().filter(r -> r.config().elastic()).mapToDouble(EpmRun.Result::stressDrift).max().orElse(0);
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("paper", "epm-q");
        rep.put("scale", scale.label());
        rep.put("kernel", variant.name().toLowerCase());
        rep.put("alpha", round(alpha, 5));
        rep.put("kernel_alphas", variants);
        rep.put("max_stress_sum_drift", drift);
        rep.put("checks", checks);
        return rep;
    }

    /** Two estimates agree: within 3 combined standard errors, or within the relative tolerance. */
    private static boolean agree(double a, double ea, double b, double eb, double relative) {
        if (!(Double.isFinite(a) && Double.isFinite(b))) return false;
        double se = Math.sqrt((Double.isFinite(ea) ? ea * ea : 0) + (Double.isFinite(eb) ? eb * eb : 0));
        return Math.abs(a - b) <= 3 * se || Math.abs(a / b - 1) <= relative;
    }

    /** Writes one CSV per figure panel and report.json into {@code out}; returns the report. */
    public Map<String, Object> writeAll(Path out) {
        simulate();
        return Reports.write(out, figures(), report());
    }
}
