package glassdyn.papers.epmq;

import glassdyn.Scale;
import glassdyn.claims.Report;
import glassdyn.epm.Correlations;
import glassdyn.epm.EpmRun;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KernelVariant;
import glassdyn.papers.Reports;
import glassdyn.papers.StageStore;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Paper 002, Ozawa and Biroli, "Elasticity, facilitation and dynamic heterogeneity in glass-forming liquids",
 * PRL 130, 138201 (2023) ("epm-q"): presets per scale and the figure/report API that {@code reproduce epm-q} and
 * notebook 03 call. The runs are the stages of {@link TemperatureSweep} and {@link KernelStudy}, simulated by
 * {@link EpmTrajectories} over one {@link StageStore}; the panels are {@link EpmQFigures}, the checks
 * {@link EpmQClaims}.
 *
 * <p>Scales ({@link #preset}): {@code smoke} (seconds; L = 16, three temperatures), {@code quick} (minutes on two
 * cores; L = 64 x 4 trajectories at the paper's nine temperatures, L = 128 x 2 at T = 0.04, 0.02, 0.013, the
 * no-elastic control at four, two windows at the lowest T), {@code long} (at most 2 h) and {@code paper}.
 */
public final class EpmQ implements glassdyn.papers.PaperPipeline {
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
    /** Seed of {@code reproduce}. */
    public static final long SEED = 2023;

    /**
     * Presets of one scale. Every (L, T) has {@code trajectories} (or {@code largeTrajectories}) independent
     * trajectories, the units of the standard errors and 90% intervals of the checks (the paper averages 10-40).
     *
     * <p>{@code long} (at most 2 h on 2 cores): 10 trajectories at L = 64 and L = 128 at five temperatures down to
     * T = 0.013 with 5 trajectories each, for what {@code quick} cannot show: Fig. 2(b) and SI Fig. 10 at the paper's
     * L = 128, the finite-size comparison (SI Fig. 9) at low T with enough trajectories for the equivalence test, and
     * the chi_4 peak (Figs. 3, 7) with trajectory errors small enough for the linear-in-1/T and bending tests.
     */
    public record Preset(int L, double[] temperatures, int trajectories, int largeL, double[] largeTemperatures,
                         int largeTrajectories, double[] noElasticTemperatures, double equilibrationRates,
                         double windowRates, double maxLagRates, double largeWindowRates, double noElasticEquilibration,
                         double noElasticWindow) {}

    public static Preset preset(Scale s) {
        return switch (s) {
            case SMOKE -> new Preset(16, new double[] {0.1, 0.04, 0.025}, 3, 32, new double[] {0.1, 0.04}, 2,
                new double[] {0.2, 0.15}, 10, 30, 30, 20, 5, 10);
            case QUICK -> new Preset(64, PAPER_TEMPERATURES, 4, 128, new double[] {0.04, 0.02, 0.013}, 2,
                NO_ELASTIC_TEMPERATURES, 30, 100, 30, 30, 10, 30);
            case LONG -> new Preset(64, PAPER_TEMPERATURES, 10, 128, new double[] {0.04, 0.025, 0.02, 0.015, 0.013}, 5,
                NO_ELASTIC_TEMPERATURES, 30, 200, 30, 60, 10, 30);
            case PAPER -> new Preset(64, PAPER_TEMPERATURES, 20, 128, PAPER_TEMPERATURES, 5,
                NO_ELASTIC_TEMPERATURES, 50, 400, 40, 200, 20, 100);
        };
    }

    private final Scale scale;
    private final Preset preset;
    private final KernelVariant variant;
    private final TemperatureSweep sweep;
    private final KernelStudy study;
    private final EpmTrajectories trajectories;
    private final EpmQFigures figures;
    private final EpmQClaims claims;
    private final BarrierMismatch barrierMismatch;
    private Double alphaCache;
    private final Map<String, List<DynamicLength.Point>> lengthPoints = new java.util.HashMap<>();

    /** @param checkpoints directory of the stage store, or null to keep runs in memory only */
    public EpmQ(Scale scale, KernelVariant variant, long seed, Path checkpoints, int threads) {
        this.scale = scale;
        this.preset = preset(scale);
        this.variant = variant;
        this.sweep = new TemperatureSweep(preset, variant, seed);
        this.study = new KernelStudy(scale, preset, variant, sweep);
        List<EpmRun.Config> configs = new ArrayList<>(sweep.configs());
        configs.addAll(study.configs());
        configs.addAll(sweep.noElasticConfigs());
        StageStore store = new StageStore(checkpoints);
        this.trajectories = new EpmTrajectories("epm-q " + scale.label(), configs, store, threads);
        this.barrierMismatch = new BarrierMismatch(this, store, seed);
        this.figures = new EpmQFigures(this, study);
        this.claims = new EpmQClaims(this, study);
    }

    /** The default pipeline: kernel {@link KernelVariant#DEFAULT} (the literal block reading of the SI's fine grid),
     * seed 2023, checkpoints under {@code out}, 2 threads. */
    public static EpmQ of(Scale scale, Path out) {
        return new EpmQ(scale, KernelVariant.DEFAULT, SEED, out == null ? null : out.resolve("checkpoints"),
            Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public Scale scale() { return scale; }
    public Preset preset() { return preset; }
    public KernelVariant variant() { return variant; }
    /** Runs this instance simulated (the others came from checkpoints). */
    public int simulatedRuns() { return trajectories.simulatedRuns(); }

    /** Runs (or loads from checkpoints) every run of the scale. */
    public void simulate() { trajectories.simulate(); }

    EpmTrajectories trajectories() { return trajectories; }
    /** The barrier-mismatch diagnostic (mean-field single-site problem simulated with three kick laws). */
    BarrierMismatch barrierMismatch() { return barrierMismatch; }
    Collection<EpmRun.Result> allRuns() { return trajectories.all(); }
    double lowestT() { return sweep.lowestT(); }

    List<EpmRun.Result> runs(int L, double t, boolean elastic) { return trajectories.runs(L, t, elastic ? variant : null); }

    Correlations pooled(int L, double t, boolean elastic, int window) {
        return trajectories.pooled(L, t, elastic ? variant : null, window);
    }

    /** One window's correlations of each trajectory at (L, T). */
    List<Correlations> each(int L, double t, boolean elastic, int window) {
        return trajectories.each(L, t, elastic ? variant : null, window);
    }

    /** The growing-length points of every run with maps at L and the given temperatures (computed once). */
    synchronized List<DynamicLength.Point> dynamicLengthPoints(int L, double[] ts) {
        String key = L + java.util.Arrays.toString(ts);
        return lengthPoints.computeIfAbsent(key, k -> {
            List<DynamicLength.Point> ps = new ArrayList<>();
            for (double t : ts) ps.addAll(DynamicLength.points(runs(L, t, true)));
            return ps;
        });
    }

    /** tau_alpha(T) with elasticity at L. */
    double[] tauElastic(int L, double[] ts) { return EpmQColumns.column(ts, t -> pooled(L, t, true, 0).tauAlpha()); }

    /** alpha (SI Eq. 26) of the kernel used, measured on its table. */
    public synchronized double kernelAlpha() {
        if (alphaCache == null) alphaCache = new EshelbyKernel(preset.L(), variant, EshelbyKernel.defaultAngles(preset.L())).alpha();
        return alphaCache;
    }

    public Table fig1a() { return figures.fig1a(); }
    public Table fig1b() { return figures.fig1b(); }
    public Table fig2() { return figures.fig2(); }
    public Table fig3a() { return figures.fig3a(); }
    public Table fig3b() { return figures.fig3b(); }
    public Table fig4() { return figures.fig4(); }
    public Table fig5() { return figures.fig5(); }
    public Table fig6a() { return figures.fig6a(); }
    public Table fig6b() { return figures.fig6b(); }
    public Table fig7() { return figures.fig7(); }
    public Table fig8() { return figures.fig8(); }
    public Table fig9() { return figures.fig9(); }
    public Table fig10() { return figures.fig10(); }
    public Table fig11a() { return figures.fig11a(); }
    public Table fig11b() { return figures.fig11b(); }

    /** One panel by its typed name (shared with {@code reproduce}; {@link EpmQFigure#of} throws on an unknown name). */
    public Table figure(EpmQFigure f) { return figures.figure(f); }

    /** One panel by file name ("fig1a"); throws on an unknown name. */
    public Table figure(String name) { return figure(EpmQFigure.of(name)); }

    /** All panels by file name (without .csv). */
    public Map<String, Table> figures() { return figures.all(); }

    /** The checks of the paper's claims with the measured values ({@link EpmQClaims}); a notebook shows it as a table. */
    public Report report() { return claims.report(); }

    @Override public String paper() { return "epm-q"; }

    /**
     * One unit per run (L, T, kernel, trajectory): the runs are independent, so every unit is on level 0; the report
     * ({@code reproduce --from}) reads them all. Costs from {@link EpmUnitCost}.
     */
    @Override
    public List<glassdyn.papers.WorkUnit> units() {
        List<glassdyn.papers.WorkUnit> out = new ArrayList<>();
        for (EpmRun.Config c : trajectories.configs())
            out.add(new glassdyn.papers.WorkUnit(c.key(), "EpmRunStage", List.of(), EpmUnitCost.coreHours(c),
                EpmUnitCost.memoryGb(c), 1, EpmUnitCost.BASIS));
        return out;
    }

    @Override public void runUnit(String id) { trajectories.simulateOne(id); }

    /** Writes one CSV per figure panel and report.json into {@code out}; returns the report as written. */
    @Override
    public glassdyn.claims.Report writeAll(Path out) {
        simulate();
        return Reports.write(out, figures(), report());
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

    /**
     * The maps of a long (group, x, y, value) table (e.g. SI Fig. 10, one map per lag) side by side as one matrix for
     * {@link glassdyn.plot.Plot#heatmap}: {@code columns} maps per row in the order of the group values, separated by
     * a 2-site stripe of value 0.5 (neutral in a 0..1 persistence colour scale); the first row of maps on top.
     */
    public static double[][] mosaic(Table t, String group, String x, String y, String value, int columns) {
        double[] groups = t.doubleColumn(group).unique().asDoubleArray();
        Arrays.sort(groups);
        List<double[][]> maps = new ArrayList<>();
        for (double g : groups) maps.add(toGrid(t.where(t.doubleColumn(group).isEqualTo(g)), x, y, value));
        int ny = maps.get(0).length, nx = maps.get(0)[0].length, gap = 2;
        int rows = (maps.size() + columns - 1) / columns;
        double[][] z = new double[rows * (ny + gap) - gap][columns * (nx + gap) - gap];
        for (double[] r : z) Arrays.fill(r, 0.5);
        for (int k = 0; k < maps.size(); k++) {
            int r0 = (rows - 1 - k / columns) * (ny + gap), c0 = (k % columns) * (nx + gap);   // first row on top
            for (int j = 0; j < ny; j++) System.arraycopy(maps.get(k)[j], 0, z[r0 + j], c0, nx);
        }
        return z;
    }
}
