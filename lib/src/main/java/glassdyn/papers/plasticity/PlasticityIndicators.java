package glassdyn.papers.plasticity;

import glassdyn.Scale;
import glassdyn.claims.Report;
import glassdyn.indicators.Indicator;
import glassdyn.indicators.LocalYieldStress;
import glassdyn.indicators.SaddlePointSampling;
import glassdyn.papers.Reports;
import glassdyn.papers.StageStore;
import glassdyn.particles.Configuration;
import glassdyn.protocols.GlassPreparation;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paper 003, Richard, Ozawa, Patinet, Stanifer, Shang, Ridout, Xu, Zhang, Morse, Barrat, Berthier, Manning &amp; Lerner,
 * "Predicting plasticity in disordered solids from structural indicators", Phys. Rev. Materials 4, 113609 (2020)
 * ("plasticity-indicators"): glasses of several stabilities, AQS to the plastic events, every indicator field of
 * {@link Indicator} at gamma = 0, and the ranking scores C_min, C(event n), C_Delta-gamma; Spearman cross-correlations;
 * softness trained per protocol on separate samples. One CSV per panel ({@link PlasticityFigure}) and report.json.
 *
 * <p>The stages: {@link PlasticitySamples} runs every glass through the {@link StageStore} (training glasses
 * {@link CriticalModeLabels}, the softness SVMs, scored glasses {@link FirstEventScores} with their strain paths
 * {@link StrainPathScores}); {@link PlasticityFigures} makes the panels; {@link PlasticityClaims} the report. Samples
 * run in parallel, each with its own seed, so results do not depend on the thread count.
 *
 * <p>Scales: see {@link #preset}.
 */
public final class PlasticityIndicators implements glassdyn.papers.PaperPipeline {
    /** One preparation protocol: model, name, POLY parent temperature and swap sweeps, or the LJ protocol and MD time. */
    public record Protocol(String name, String model, double tIni, int sweeps, GlassPreparation.LjProtocol lj, double ljTime) {
        /** 1/T_ini (0 for an instantaneous quench) for POLY; the protocol index for LJ. */
        public double stability() {
            return model.equals("poly") ? (Double.isFinite(tIni) ? 1 / tIni : 0) : lj.ordinal();
        }

        Configuration prepare(int n, long seed) {
            return model.equals("poly") ? GlassPreparation.poly(n, tIni, sweeps, seed) : GlassPreparation.lj(n, lj, ljTime, seed, 1);
        }
    }

    /**
     * The presets of one scale. {@code ljFields}, when not null, replaces {@code yieldSamples}, {@code pathSamples} and
     * {@code spsSamples} for the LJ protocols (their AQS relaxations cost many times POLY's, {@link PlasticityUnitCost}).
     */
    public record Preset(int n, List<Protocol> protocols, int testSamples, int trainingSamples, int yieldSamples,
                         double[] yieldAngles, double yieldSpacing, int pathSamples, double pathStrain, int maxPathEvents,
                         double strainStep, int spsSamples, int spsEvents, int spsCentreStride, FieldBudget ljFields) {
        public Preset(int n, List<Protocol> protocols, int testSamples, int trainingSamples, int yieldSamples,
                      double[] yieldAngles, double yieldSpacing, int pathSamples, double pathStrain, int maxPathEvents,
                      double strainStep, int spsSamples, int spsEvents, int spsCentreStride) {
            this(n, protocols, testSamples, trainingSamples, yieldSamples, yieldAngles, yieldSpacing, pathSamples, pathStrain,
                maxPathEvents, strainStep, spsSamples, spsEvents, spsCentreStride, null);
        }

        private boolean ljBudget(Protocol p) { return ljFields != null && p.model().equals("lj"); }

        /** Scored glasses of {@code p} (the first ones) that carry Delta tau_y. */
        public int yieldSamples(Protocol p) { return ljBudget(p) ? ljFields.yieldSamples() : yieldSamples; }

        /** Scored glasses of {@code p} (the first ones) sheared along a strain path. */
        public int pathSamples(Protocol p) { return ljBudget(p) ? ljFields.pathSamples() : pathSamples; }

        /** Scored glasses of {@code p} (the first ones) that carry SPS. */
        public int spsSamples(Protocol p) { return ljBudget(p) ? ljFields.spsSamples() : spsSamples; }
    }

    /** How many scored glasses of a protocol carry Delta tau_y, a strain path and SPS. */
    public record FieldBudget(int yieldSamples, int pathSamples, int spsSamples) {}

    /** Validation accuracies of the paper's SVMs (Appendix B.5): POLY T_ini = 0.05, 0.085, 0.12, 0.3; LJ GQ, ESL, HTL. */
    public static final Map<String, Double> PAPER_SVM_ACCURACY = paperSvmAccuracy();

    private static Map<String, Double> paperSvmAccuracy() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("poly-0.05", 0.915);
        m.put("poly-0.085", 0.905);
        m.put("poly-0.12", 0.899);
        m.put("poly-0.3", 0.875);
        m.put("lj-gq", 0.935);
        m.put("lj-esl", 0.928);
        m.put("lj-htl", 0.915);
        return java.util.Collections.unmodifiableMap(m);
    }
    /** Strain at which a search for the first event gives up (far beyond the paper's yield strain 0.07). */
    public static final double FIRST_EVENT_MAX_STRAIN = 0.2;
    /** Delta-gamma grid of C_Delta-gamma (spec 003 section 3 default: log-spaced, 2 per decade), 0 = the onset itself. */
    public static final double[] DELTA_GAMMA = {0, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2};
    /** Indicators recomputed along the strain path for C_Delta-gamma (the cheap ones; the paper's list is not stated). */
    public static final Set<Indicator> PATH_INDICATORS = EnumSet.of(Indicator.DENSITY, Indicator.FREE_VOLUME,
        Indicator.EXCESS_ENTROPY, Indicator.CONTACTS, Indicator.ANISOTROPY, Indicator.ANISOTROPY_DIVERGENCE, Indicator.HEXATIC,
        Indicator.THETA, Indicator.SOFTNESS, Indicator.POTENTIAL_ENERGY);
    /** Indicators of Fig. 4(d,e): the best of each family. */
    public static final List<Indicator> STABILITY_INDICATORS = List.of(Indicator.THETA, Indicator.SOFTNESS,
        Indicator.SOFT_MODES, Indicator.NONAFFINE_MODULUS, Indicator.YIELD_STRESS);
    /** Cap of each class in the SVM training set (paper: 20000 + 20000 for POLY). */
    public static final int SVM_MAX_PER_CLASS = 20000;
    /**
     * SPS at the smoke scale: clusters on every 108th atom only (3 of 324), so that the plumbing runs in seconds; the other
     * atoms tie at {@link SaddlePointSampling#NO_EVENT_STRAIN}. Quick and paper scales centre a cluster on every atom.
     */
    static final int SMOKE_SPS_STRIDE = 108;
    /**
     * LJ's share of the long preset's costly fields: Delta tau_y on 3 scored glasses, no strain path, no SPS (a budget
     * choice: an N = 324 LJ path to gamma = 0.08 costs about 480 CPU-s, Delta tau_y about 350 CPU-s, measured in
     * session 9 on lj-htl-test-2, against 15 and 50 CPU-s for POLY).
     */
    static final FieldBudget LONG_LJ_FIELDS = new FieldBudget(3, 0, 0);
    /** Seed of {@code reproduce} and of the LAMMPS export's starting configurations. */
    public static final long SEED = 2020;

    /**
     * The presets. {@code smoke}: plumbing in about a minute (POLY T_ini = infinity and 0.3; 2 scored + 2 training
     * glasses each). {@code quick} (at most 15 min wall on 2 free cores): N = 324, POLY T_ini = infinity, 0.3 and 0.12
     * (below T_onset, near T_MCT = 0.11; 10^4 swap sweeps, with the equilibration diagnostic), so that the ranking within
     * POLY and its rise with stability are checks; 20 scored + 6 training glasses each, Delta tau_y on 3 glasses (3
     * directions), SPS on 3 (the fewest an SPS ordinal check scores), 5 strain paths to 0.05 (the C_Delta-gamma check
     * needs 3; sessions 10-11 measured quick at 345 s wall / 645 CPU-s with 1 SPS glass and 1 path, so the budget was
     * spent on these: about +660 CPU-s of SPS and +180 of paths). LJ is not in quick: AQS of an N = 324 LJ HTL glass to its first
     * event costs about 55 CPU-s (FIRE to 1e-10 with the attractive tail; POLY: about 5 CPU-s), 26 glasses about
     * 24 CPU-min, beyond the budget. {@code long} (about 2 h wall on 2 cores): the claims quick
     * cannot show: the ultrastable inversion (POLY T_ini = 0.05, 10^5 swap sweeps, against 0.12), LJ vs POLY (LJ HTL
     * and ESL), the strain-path decays (10 paths per POLY protocol to 0.08); 25 scored glasses, Delta tau_y on 5 POLY
     * glasses with the paper's 9 directions. LJ runs under {@link #LONG_LJ_FIELDS}: its AQS relaxations cost 30 to 40
     * times POLY's (measured at N = 324: a path to 0.08 about 480 CPU-s against 15, Delta tau_y 350 CPU-s against
     * 50), so Delta tau_y on 3 LJ glasses, no LJ strain path (no check reads one: the path decays are POLY's) and no
     * LJ SPS. {@code paper}: N = 10^4, the paper's seven protocols. Every scale also runs Fig. 11's critical-mode
     * approach ({@link CriticalModeConvergence}) on the first {@link CriticalModeConvergence#glasses} scored glasses of
     * each protocol and Fig. 7(a)'s elastic-branch Theta ({@link ElasticBranchTheta}) on every scored glass of the most
     * stable POLY parent, both as separate units that repeat the glass and its AQS run to the first event.
     */
    public static Preset preset(Scale s) {
        Protocol inf = poly(Double.POSITIVE_INFINITY, 0);
        Protocol htl = new Protocol("lj-htl", "lj", 0, 0, GlassPreparation.LjProtocol.HTL, 10);
        return switch (s) {
            case SMOKE -> new Preset(324, List.of(inf, poly(0.3, 300)),
                2, 2, 1, new double[] {0}, 9, 1, 0.01, 5, 1e-3, 1, 1, SMOKE_SPS_STRIDE);
            case QUICK -> new Preset(324, List.of(inf, poly(0.3, 2000), poly(0.12, 10000)),
                20, 6, 3, new double[] {-20, 0, 20}, LocalYieldStress.R_SAMPLING, 5, 0.05, 200, 2e-4, 3, 1, 1);
            case LONG -> new Preset(324, List.of(inf, poly(0.3, 2000), poly(0.12, 20000), poly(0.05, 100000), htl,
                new Protocol("lj-esl", "lj", 0, 0, GlassPreparation.LjProtocol.ESL, 1000)),
                25, 6, 5, LocalYieldStress.PAPER_ANGLES_DEG, LocalYieldStress.R_SAMPLING, 10, 0.08, 300, 2e-4, 1, 1, 1,
                LONG_LJ_FIELDS);
            case PAPER -> new Preset(10000, List.of(htl,
                new Protocol("lj-esl", "lj", 0, 0, GlassPreparation.LjProtocol.ESL, 1000),
                new Protocol("lj-gq", "lj", 0, 0, GlassPreparation.LjProtocol.GQ, 1e6),
                poly(0.3, 20000), poly(0.12, 200000), poly(0.085, 500000), poly(0.05, 1000000)),
                100, 20, 100, LocalYieldStress.PAPER_ANGLES_DEG, LocalYieldStress.R_SAMPLING, 20, 0.12, 100000, 1e-5,
                100, SaddlePointSampling.EVENTS_PER_CLUSTER, 1);
        };
    }

    /** A POLY protocol named {@code poly-T} ({@code poly-inf} for the instantaneous quench). */
    static Protocol poly(double tIni, int sweeps) {
        return new Protocol(Double.isFinite(tIni) ? "poly-" + tIni : "poly-inf", "poly", tIni, sweeps, null, 0);
    }

    private final Scale scale;
    private final long seed;
    private final Preset preset;
    private final PlasticitySamples samples;
    private final PlasticityFigures figures;

    public PlasticityIndicators(Scale scale, long seed, Path checkpoints, int threads) {
        this.scale = scale;
        this.seed = seed;
        this.preset = preset(scale);
        this.samples = new PlasticitySamples(scale, preset, seed, new StageStore(checkpoints), Math.max(1, threads));
        this.figures = new PlasticityFigures(preset, samples);
    }

    /** Seed 2020, checkpoints under {@code out}/checkpoints, min(2, cores) threads. */
    public static PlasticityIndicators of(Scale scale, Path out) {
        return new PlasticityIndicators(scale, SEED, out == null ? null : out.resolve("checkpoints"),
            Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public Scale scale() { return scale; }
    public Preset preset() { return preset; }

    /** Runs (or loads) every sample: the training samples first, then the SVMs, then the scored samples. */
    public void simulate() { samples.simulate(); }

    /** r_x of one indicator over the scored samples of a protocol that have it. */
    public double[] firstEventRanks(Protocol p, Indicator ind) { return samples.firstEventRanks(p, ind); }

    /** C_min of one indicator (NaN without samples). */
    public double cMin(Protocol p, Indicator ind) { return samples.cMin(p, ind); }

    /** One panel as a table. */
    public Table figure(PlasticityFigure f) {
        simulate();
        return figures.table(f);
    }

    /** Every panel as a table, keyed by CSV name. */
    public Map<String, Table> figures() {
        simulate();
        Map<String, Table> t = new LinkedHashMap<>();
        for (PlasticityFigure f : PlasticityFigure.values()) t.put(f.csv(), figures.table(f));
        return t;
    }

    /** The Spearman matrix C_s of one protocol (rows and columns in {@link Indicator} order; NaN where a field is missing). */
    public double[][] spearmanMatrix(String protocol) {
        simulate();
        return figures.spearmanMatrix(protocol);
    }

    /** The particle map of one protocol's first scored sample (see {@link PlasticityFigure#MAPS}). */
    public Table map(String protocol) {
        Table m = figure(PlasticityFigure.MAPS);
        return m.where(m.stringColumn("protocol").isEqualTo(protocol));
    }

    /** The report: every check of {@link PlasticityClaims} with its status, and the C_min table with intervals. */
    public Report report() {
        simulate();
        return new PlasticityClaims(scale, preset, samples, seed).report();
    }

    @Override public String paper() { return "plasticity-indicators"; }

    /**
     * One unit per glass: training glasses, swap-MC diagnostics, the critical-mode approaches of Fig. 11
     * ({@link CriticalModeConvergence}) and Theta along the elastic branch of Fig. 7(a) ({@link ElasticBranchTheta}) on
     * level 0; every scored glass on level 1 after its protocol's training glasses
     * (the softness SVM is trained on them). Costs from {@link PlasticityUnitCost}.
     */
    @Override
    public java.util.List<glassdyn.papers.WorkUnit> units() {
        java.util.List<glassdyn.papers.WorkUnit> out = new java.util.ArrayList<>();
        String b = PlasticityUnitCost.basis(scale);
        double mem = PlasticityUnitCost.memoryGb(preset);
        java.util.Map<String, java.util.List<String>> training = new java.util.TreeMap<>();
        for (glassdyn.papers.StageStore.Stage st : samples.firstStages()) {
            Protocol p = preset.protocols().stream().filter(q -> st.key().startsWith(q.name() + "-")).findFirst().orElseThrow();
            boolean eq = st.key().endsWith("-equilibration");
            if (!eq) training.computeIfAbsent(p.name(), x -> new java.util.ArrayList<>()).add(st.key());
            out.add(new glassdyn.papers.WorkUnit(st.key(), eq ? "SwapEquilibration" : "CriticalModeLabels", java.util.List.of(),
                eq ? PlasticityUnitCost.equilibrationCoreHours(preset, p) : PlasticityUnitCost.glassCoreHours(scale, preset, p), mem, 1, b));
        }
        for (glassdyn.papers.StageStore.Stage st : samples.approachStages()) {
            Protocol p = preset.protocols().stream().filter(q -> st.key().startsWith(q.name() + "-approach-")).findFirst().orElseThrow();
            out.add(new glassdyn.papers.WorkUnit(st.key(), "CriticalModeConvergence", java.util.List.of(),
                PlasticityUnitCost.approachCoreHours(scale, preset, p), mem, 1, b));
        }
        for (glassdyn.papers.StageStore.Stage st : samples.elasticStages())
            out.add(new glassdyn.papers.WorkUnit(st.key(), "ElasticBranchTheta", java.util.List.of(),
                PlasticityUnitCost.elasticCoreHours(scale, preset, samples.elasticProtocol()), mem, 1, b));
        for (int a = 0; a < preset.protocols().size(); a++) {
            Protocol p = preset.protocols().get(a);
            for (int k = 0; k < preset.testSamples(); k++)
                out.add(new glassdyn.papers.WorkUnit(PlasticitySamples.key(p, "test", k), "FirstEventScores",
                    training.getOrDefault(p.name(), java.util.List.of()), PlasticityUnitCost.scoredCoreHours(scale, preset, p, k), mem, 1, b));
        }
        return out;
    }

    @Override public void runUnit(String id) { samples.runOne(id); }

    /** Every panel's CSV and report.json into {@code out}; returns the report as written. */
    @Override
    public glassdyn.claims.Report writeAll(Path out) {
        simulate();
        return Reports.write(out, figures(), report());
    }
}
