package glassdyn.papers.taulc;

import glassdyn.Scale;
import glassdyn.papers.Reports;
import glassdyn.papers.StageStore;
import glassdyn.parallel.ParallelJobs;
import glassdyn.particles.Configuration;
import glassdyn.protocols.IsoconfigurationalEnsemble;
import glassdyn.protocols.SteadyShear;
import glassdyn.stats.LineFit;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Paper 001, Yu, Zeng and Wang (2025), "Understanding flow behaviors of supercooled liquids by embodying solid-liquid
 * duality at particle level" ("tau-lc-duality"): the sheared Kob-Andersen mixture, viscosity and shear thinning
 * (Fig. 1, Eq. 1), isoconfigurational first-jump times tau_LC / tau_sh (Figs. 2, 6), the tau_sh(tau_LC) relation and
 * its Eq. 3 fit (Figs. 3, 7, 11), the rate switch (Fig. 8), slow/fast classification (Eq. 2) and p_slow (Fig. 13),
 * start-up stresses of slow and fast particles (Fig. 5), the Eq. 5 steady-shear stress model (Fig. 13) and the start-up
 * grid-cell model of Sec. III C against the MD start-up stresses (Fig. 15, {@link TauLcStartupModel}, {@link GridCellModel}).
 *
 * <p>The entry point: presets per scale ({@link TauLcPreset}), {@link #of(Scale, Path)}, and the figure and report API
 * the notebook calls. The stages ({@link EquilibriumOrigins}, {@link SteadyShearStates},
 * {@link IsoconfigurationalEnsembles}) are saved in one {@link StageStore} as soon as each is done and reused by a later
 * call (resume after an interruption without recomputing finished ensembles). Independent runs go in parallel, each on
 * one thread with its own seed, so the results do not depend on the thread count. The analyses are
 * {@link TauLcRelations}, {@link FlowCurve}, {@link StressModel}, {@link StructureLearning}; the figure tables
 * {@link TauLcFigures}; the claims {@link TauLcClaims}.
 */
public final class TauLcDuality implements glassdyn.papers.PaperPipeline {
    /** MD time step (paper 001, section II). */
    public static final double DT = 0.005;
    /** Nose-Hoover damping time, 100 steps (spec 001 ambiguity 3: not stated in the paper). */
    public static final double TDAMP = 0.5;
    /** Trajectory sampling interval for the cage-jump detector (spec 001 section 2.2: 0.05-0.1). */
    public static final double SAMPLE = 0.1;
    /** Seed of {@code reproduce} and of the LAMMPS export's starting configurations. */
    public static final long SEED = 2025;

    private final TauLcRun run;
    private final EquilibriumOrigins origins;
    private final SteadyShearStates steady;
    private final IsoconfigurationalEnsembles ensembles;
    private final TauLcRelations relations;
    private final FlowCurve flow;
    private final StressModel stress;
    private final StructureLearning structure;
    private final TauLcFigures figures;
    private final PelAnalysis pel;
    private final SgrAnalysis sgr;
    private final TauLcAlpha alpha;
    private final LerTrajectory lerTrajectory;
    private final LocalElasticRegions ler;

    /** @param checkpoints directory for finished stages, or null for none */
    public TauLcDuality(Scale scale, long seed, Path checkpoints, int threads) {
        this(new TauLcRun(scale, TauLcPreset.of(scale), seed, new StageStore(checkpoints), threads));
    }

    private TauLcDuality(TauLcRun run) {
        this.run = run;
        origins = new EquilibriumOrigins(run);
        steady = new SteadyShearStates(run, () -> origins.all().get(0));
        ensembles = new IsoconfigurationalEnsembles(run, origins, steady);
        relations = new TauLcRelations(this);
        flow = new FlowCurve(this);
        stress = new StressModel(this);
        structure = new StructureLearning(this);
        figures = new TauLcFigures(this);
        pel = new PelAnalysis(this);
        sgr = new SgrAnalysis(this);
        alpha = new TauLcAlpha(this);
        lerTrajectory = new LerTrajectory(run, steady);
        ler = new LocalElasticRegions(this);
    }

    /**
     * Runs every isoconfigurational ensemble's replicas on LAMMPS ({@code plan tau-lc-duality --engine lammps}):
     * {@link glassdyn.lammps.LammpsSllodReplicas} with the KA pair lines, dt, Nose-Hoover damping and chain of the
     * glassdyn stage, scratch under {@code work}. The origins, plateau threshold, velocity draws, first-jump detection
     * and stage results are glassdyn's, so the stages keep their keys and parameters and {@code reproduce --from}
     * assembles them as any finished stage. The origins and steady states stay on glassdyn here ({@code export-lammps}
     * writes their decks).
     */
    public TauLcDuality withLammps(Path work) {
        run.replicas = new glassdyn.lammps.LammpsSllodReplicas(work, glassdyn.potential.KobAndersen.lammpsPairLines(),
            glassdyn.protocols.IsoconfigurationalEnsemble.SKIN);
        return this;
    }

    /**
     * The pipeline of a named preset (e.g. {@link TauLcPreset#sampleA()}) run with the stage policy of {@code scale}
     * (checks decided unless smoke); seed 2025, checkpoints under {@code out/checkpoints}, min(2, cores) threads.
     */
    public static TauLcDuality of(TauLcPreset preset, Scale scale, Path out) {
        return new TauLcDuality(scale, preset, SEED, out == null ? null : out.resolve("checkpoints"),
            Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** @param checkpoints directory for finished stages, or null for none */
    public TauLcDuality(Scale scale, TauLcPreset preset, long seed, Path checkpoints, int threads) {
        this(new TauLcRun(scale, preset, seed, new StageStore(checkpoints), threads));
    }

    /** The default pipeline: seed 2025, checkpoints under {@code out/checkpoints}, min(2, cores) threads. */
    public static TauLcDuality of(Scale scale, Path out) {
        return new TauLcDuality(scale, SEED, out == null ? null : out.resolve("checkpoints"),
            Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** The preset of {@code s}. */
    public static TauLcPreset preset(Scale s) { return TauLcPreset.of(s); }

    /**
     * The paper-scale work units of sample A ({@link TauLcPreset#sampleA()}, one thread per ensemble as in the plan table): id, core-hours at
     * sample B's measured rate unless {@link TauLcPreset#SAMPLE_A_ATOM_STEPS_PER_CPU_S} is set, memory; the last row is the total.
     */
    public static Table sampleAUnits() {
        List<glassdyn.papers.WorkUnit> u = TauLcUnits.of(Scale.PAPER, TauLcPreset.sampleA(), 1, false);
        String[] id = new String[u.size() + 1];
        double[] h = new double[u.size() + 1], m = new double[u.size() + 1];
        for (int i = 0; i < u.size(); i++) {
            id[i] = u.get(i).id(); h[i] = u.get(i).coreHours(); m[i] = u.get(i).memoryGb();
            h[u.size()] += h[i]; m[u.size()] = Math.max(m[u.size()], m[i]);
        }
        id[u.size()] = "total (memory: largest unit)";
        Table t = glassdyn.table.Tables.of("sample A (paper scale): work units", "core_hours", h, "memory_gb", m);
        t.insertColumn(0, tech.tablesaw.api.StringColumn.create("unit", id));
        return t;
    }

    public Scale scale() { return run.scale; }
    public TauLcPreset preset() { return run.p; }
    long seed() { return run.seed; }
    glassdyn.potential.PairPotential potential() { return run.potential; }
    glassdyn.space.Box box() { return run.box(); }
    /** Ensembles and runs this instance simulated (the others were loaded from checkpoints). */
    public int simulatedRuns() { return run.simulated(); }

    // ---- stages -----------------------------------------------------------------------------------------------

    /** Equilibrium origins: a liquid equilibrated for {@code equilibration}, then one every {@code spacing}. */
    public List<Configuration> origins() { return origins.all(); }
    /** The MSD plateau, the cage-jump threshold ({@link IsoconfigurationalEnsembles#plateau()}). */
    public double plateau() { return ensembles.plateau(); }
    /** t_str of the start-up cell model: the ballistic MSD reaches the plateau ({@link IsoconfigurationalEnsembles#ballisticTime}). */
    public double ballisticTime() { return ensembles.ballisticTime(); }
    /** Equilibrium (shear off) ensemble of origin k: tau_LC,eq. */
    public IsoconfigurationalEnsemble.Result equilibrium(int k) { return ensembles.equilibrium(k); }
    /** A second, independent equilibrium ensemble of origin k (the zero-shear control). */
    public IsoconfigurationalEnsemble.Result control(int k) { return ensembles.control(k); }
    /** Start-up ensemble from equilibrium origin k at {@code rate}: tau_sh and per-particle stresses. */
    public IsoconfigurationalEnsemble.Result startup(int k, double rate) { return ensembles.startup(k, rate); }
    /** Steady-shear run at {@code rate} from origin 0 (loaded if saved). */
    public SteadyShear.Result steady(double rate) { return steady.at(rate); }
    /** Cessation ensemble (shear switched off) from the steady state at {@code rate}: tau_LC in flow. */
    public IsoconfigurationalEnsemble.Result cessation(double rate) { return ensembles.cessation(rate); }
    /** Continuation ensemble (shear kept on) from the steady state at {@code rate}: tau_sh in steady flow. */
    public IsoconfigurationalEnsemble.Result continuation(double rate) { return ensembles.continuation(rate, stress.rMin()); }
    /** Rate-switch ensemble {@code from -> to} (Fig. 8). */
    public IsoconfigurationalEnsemble.Result rateSwitch(double from, double to) { return ensembles.rateSwitch(from, to); }
    Configuration steadyOrigin(double rate) { return steady.origin(rate); }

    /** The LER rate of Figs. 10 and 12 ({@link LerTrajectory#rate}). */
    public double lerRate() { return LerTrajectory.rate(run.p); }
    /** The recorded steady-shear trajectory of Figs. 10 and 12 (stage {@code ler-trajectory}). */
    LerTrajectory lerTrajectory() { return lerTrajectory; }
    /** Reference times t_r of Figs. 10 and 12 (time after the start of the recorded trajectory). */
    public double[] lerReferenceTimes() {
        double[] t = new double[lerTrajectory.preset().references()];
        for (int k = 0; k < t.length; k++) t[k] = lerTrajectory.referenceTime(k);
        return t;
    }
    /** Cessation ensemble of the configuration at reference time k of the recorded trajectory: tau_LC at t_r (Fig. 10(a,b)). */
    public IsoconfigurationalEnsemble.Result lerCessation(int k) { return ensembles.lerCessation(lerTrajectory, k); }
    /** The LERs, fast clusters and their comparisons of Figs. 10 and 12 ({@link LocalElasticRegions}). */
    LocalElasticRegions ler() { return ler; }
    /** The rows of reference time k of the Fig. 10(a,b) map in the slab |z - z_mid| &lt;= 1 around the box's mid-plane, for a 2-d plot. */
    public static Table lerSlab(Table map, int reference) {
        Table one = map.where(map.doubleColumn("reference").isEqualTo(reference));
        double zMid = 0.5 * (one.doubleColumn("z_sigma").min() + one.doubleColumn("z_sigma").max());
        return one.where(one.doubleColumn("z_sigma").isBetweenInclusive(zMid - 1, zMid + 1));
    }
    /** t_chi of the recorded LER trajectory (paper 000's chi_4 peak), tau_LJ. */
    public double lerTChi() { return ler.tChi(); }

    /** Replicas of the pilot's ensembles. */
    public static final int PILOT_REPLICAS = 12;

    /**
     * The pilot at this preset's state point ({@link TauLcPilot}: reliability of tau_LC at 1x and 2x the plateau
     * threshold, n_ICE for R = 0.6 / 0.8, tau_LC / tau_alpha), as the stored stage {@code pilot}; not part of
     * {@link #simulate()} (minutes at quick).
     */
    public Table pilot() {
        TauLcPreset p = run.p;
        String params = EquilibriumOrigins.params(p, run.seed, 0) + " pilot replicas=" + PILOT_REPLICAS + " time=" + p.iceTime();
        return run.store.get("pilot", params, () -> glassdyn.papers.StageResult.of(Map.of("pilot", TauLcPilot.table(
            TauLcPilot.run(p.n(), p.rho(), new double[] {p.temperature()}, new double[] {p.equilibration()}, new double[] {1, 2},
                PILOT_REPLICAS, new double[] {p.iceTime()}, Seeds.of(run.seed, "pilot"), run.threads))), Map.of())).table("pilot");
    }

    /** Runs (or loads) every stage, independent runs in parallel. */
    public void simulate() {
        TauLcPreset p = run.p;
        origins();
        plateau();
        List<java.util.concurrent.Callable<SteadyShear.Result>> jobs = new ArrayList<>();
        for (double r : p.rates()) jobs.add(() -> steady(r));
        ParallelJobs.run(jobs, run.threads);
        // ensembles parallelise over their replicas
        for (int k = 0; k < p.origins(); k++) equilibrium(k);
        control(0);
        for (double r : p.iceRates()) { cessation(r); continuation(r); }
        for (double r : p.startupRates()) for (int k = 0; k < p.origins(); k++) startup(k, r);
        for (double r : p.switchFrom()) rateSwitch(r, p.switchRate());
        lerTrajectory.stage();
        for (int k = 0; k < lerTrajectory.preset().references(); k++) lerCessation(k);
    }

    // ---- analyses (the notebook's API) ------------------------------------------------------------------------

    public double tau2() { return relations.tau2(); }
    public double[] tauLcEquilibrium() { return relations.tauLcEquilibrium(); }
    public TauShRelation steadyRelation(double rate) { return relations.steady(rate); }
    public TauShRelation startupRelation(double rate) { return relations.startup(rate); }
    public TauShRelation switchRelation(double from, double to) { return relations.rateSwitch(from, to); }
    public double[] switchInitialRates() { return relations.switchInitialRates(); }
    public PropensityReliability tauLcReliability(boolean log) { return relations.reliability(log); }
    /** 90% bootstrap interval (over replicas) of lambda_tau. */
    public double[] lambdaTauInterval(int replicates) { return relations.lambdaTauInterval(replicates, Seeds.of(run.seed, "bootstrap-lambda-tau")); }
    PropensityReliability pooledLogReliability() { return relations.pooledLogReliability(); }
    double[] svmControls() { return structure.svmControls(); }

    public Table fig1Viscosity() { return flow.viscosity(); }
    public double thinningRatio() { return flow.thinningRatio(); }
    public double zeroShearViscosity() { return flow.zeroShearViscosity(); }
    public boolean[] thinningRegime() { return flow.thinningRegime(); }
    public LineFit thinningFit() { return flow.thinningFit(); }
    /** The Fig. 1 power law over the thinning regime, eta(rate) (NaN without two rates in the regime). */
    public ShearThinning.PowerLaw thinningPowerLaw() { return new ShearThinning.PowerLaw(flow.thinningFit()); }
    public ShearThinning.Cross crossFit() { return flow.crossFit(); }
    public double[] localThinningExponents() { return flow.localThinningExponents(); }

    public Table fig5StartupStress() { return stress.startupStress(); }
    public Table fig13Model() { return stress.model(); }
    public double initialModulus() { return stress.initialModulus(); }
    public double rMin() { return stress.rMin(); }
    public double highFrequencyModulus() { return stress.highFrequencyModulus(); }
    public double initialLerModulus() { return stress.initialLerModulus(); }
    public double startupLoadingModulus() { return stress.startupLoadingModulus(); }
    public double elasticTime(double rate) { return stress.elasticTime(rate); }
    public Table fig31Retention() { return stress.retention(); }
    public double[] retentionWeights() { return stress.retentionWeights(); }

    StructureLearning.Data structureData() { return structure.data(); }
    StructureLearning structure() { return structure; }
    public Table fig17Ridge() { return structure.ridge(); }
    public Table fig20Hardness() { return structure.hardness(); }

    /** The PEL single-basin model fed with this run's measurements, alpha fitted (Sec. V A; {@link PelAnalysis}). */
    public PelBasinModel pelModel() { return pel.model(); }
    PelAnalysis pel() { return pel; }
    /** w = G_eff / G_ini used by the PEL model (1 when no rate has a finite bond-retention weight). */
    public double pelWeight() { return pel.weight(); }
    SgrAnalysis sgr() { return sgr; }
    TauLcAlpha alpha() { return alpha; }
    /** Green-Kubo eta_eq of the equilibrium ensembles: {mean, 90% lo, 90% hi, replicas} (review 001 M17). */
    public double[] greenKuboEtaEq() { return alpha.greenKuboEtaEq(); }
    public Table fig2Spectra() { return figures.spectra(); }
    public Table fig2Map() { return figures.tauLcMap(); }
    public int gridCells() { return figures.gridCells(); }
    public Table fig4ClusterGrid() { return figures.clusterGrid(); }
    public double[][] clusterGridSlice() { return figures.clusterGridSlice(); }
    public Table fig3Relation() { return figures.relation(); }
    public Table fig8RateSwitch() { return figures.rateSwitch(); }
    public Table fig11Parameters() { return figures.parameters(); }
    public Table fig11MasterCurve() { return figures.masterCurve(); }
    /** The Eq. 4 constants a, b, c, lambda_tau fitted over the ensemble rates (Fig. 11). */
    public GridCellModel.MasterCurve eq4Constants() { return figures.eq4Constants(); }
    /** Fig. 15: the start-up cell model against the MD start-up stress of slow, fast and all particles. */
    public synchronized TauLcStartupModel startupModel() {
        if (startupModel == null) startupModel = new TauLcStartupModel(this);
        return startupModel;
    }
    private TauLcStartupModel startupModel;
    Table startupStress(double rate) { return stress.startupStress(rate); }
    double elasticRatio(double rate) { return stress.elasticRatio(rate); }

    /** The mid-plane slab (|z - z_mid| <= 1) at {@code rate} of a per-particle map figure (Figs. 4, 9, 19), for a 2-d plot. */
    public static Table midSlab(Table map, double rate) { return TauLcFlowMaps.midSlab(map, rate); }

    /** The table of figure {@code f} (typed names shared with the notebook). */
    public Table figure(TauLcFigure f) { return figures.get(f); }

    /** The table of the figure named {@code name} (CSV name or enum name); an unknown name throws. */
    public Table figure(String name) { return figures.get(TauLcFigure.of(name)); }

    /** Every panel's table by file name. */
    public Map<String, Table> figures() { return figures.all(); }

    /** The claims with the measured values ({@link TauLcClaims}); in a notebook it shows as the compact table. */
    public glassdyn.claims.Report report() {
        simulate();
        return new TauLcClaims(this).report();
    }

    @Override public String paper() { return "tau-lc-duality"; }

    /** The stages as work units ({@link TauLcUnits}). */
    @Override public List<glassdyn.papers.WorkUnit> units() { return TauLcUnits.of(run.scale, run.p, run.threads, run.replicas != null); }

    @Override public void runUnit(String id) { TauLcUnits.run(this, run.p, id); }

    /** Runs everything, writes one CSV per panel and report.json into {@code out}; returns the report. */
    @Override
    public glassdyn.claims.Report writeAll(Path out) {
        simulate();
        return Reports.write(out, figures(), report());
    }
}
