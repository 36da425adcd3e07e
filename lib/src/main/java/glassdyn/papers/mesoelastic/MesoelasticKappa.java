package glassdyn.papers.mesoelastic;

import glassdyn.Progress;
import glassdyn.Scale;
import glassdyn.dynamics.Checkpoint;
import glassdyn.papers.Reports;
import glassdyn.papers.StageResult;
import glassdyn.papers.StageStore;
import glassdyn.particles.Configuration;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * Paper 004, Kapteijns, Richard, Bouchbinder, Schroder, Dyre &amp; Lerner, "Does mesoscopic elasticity control viscous
 * slowing down in glassforming liquids?", J. Chem. Phys. 155, 074502 (2021) ("mesoelastic-kappa"): the figure
 * pipelines (Figs. 3-7, 9, 10) and the report of measured values against the paper's claims.
 *
 * <p>Models run: the 3D IPL mixture (paper Table I), the sticky-spheres (SS) mixture at the three densities of
 * Table III, and Stillinger-Weber (Table I; the engine's three-body {@link glassdyn.force.StillingerWeberForce}, G and
 * kappa from {@link glassdyn.elastic.StillingerWeberHessian}). mBLJ is not run: its decreased epsilon_AA, epsilon_BB
 * come from paper 004 Ref. 67, which was not available ({@link glassdyn.potential.ModifiedBinaryLennardJones}). The
 * IPL and SS parameters are reconstructions of Refs. 51/68/69 (see their classes); temperatures are chosen by us
 * (spec 004 A2).
 *
 * <p>Stages, each kept in one {@link StageStore} (resume skips finished ones): per (system, T) a {@link LiquidStage};
 * per system a {@link TransitionStage} at its lowest T; per SS density a {@link MobilityStage}; the 2D IPL
 * ({@link MesoelasticIpl2dStage}) and kappa at two N ({@link KappaSizeStage}); at long and paper, after all of
 * these, each system's state point of matched viscosity ({@link MatchedViscosityStage}). Stages run in parallel
 * over {@code threads}, each with its own seed, so results do not depend on the thread count.
 */
public final class MesoelasticKappa implements glassdyn.papers.PaperPipeline {
    private final Scale scale;
    private final Preset preset;
    private final long seed;
    private final Path checkpoints;
    private final int threads;
    private final StageStore store;
    private final Map<String, StageResult> done = new ConcurrentHashMap<>();
    /** Equilibrated configurations at each system's lowest T (read from the end checkpoint after a resume). */
    private final Map<String, Configuration> ends = new ConcurrentHashMap<>();

    /** @param checkpoints directory of finished stages, or null for none (everything in memory) */
    public MesoelasticKappa(Scale scale, long seed, Path checkpoints, int threads) {
        this.scale = scale;
        this.preset = MesoelasticPresets.preset(scale);
        this.seed = seed;
        this.checkpoints = checkpoints;
        this.threads = Math.max(1, threads);
        this.store = new StageStore(checkpoints);
    }

    /** Seed {@link MesoelasticPresets#SEED}, checkpoints under {@code out}, min(2, cores) threads. */
    public static MesoelasticKappa of(Scale scale, Path out) {
        return new MesoelasticKappa(scale, SEED, out == null ? null : out.resolve("checkpoints"),
            Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public Scale scale() { return scale; }
    public Preset preset() { return preset; }

    /**
     * Runs (or loads) every stage of the scale on one pool: the transitions and mobility of a system start as soon as
     * its lowest-T liquid (their starting configuration and tau_alpha) is done, not after every liquid. Order (a
     * fixed-size pool takes jobs in submission order, so a dependant never waits on a job no worker has taken): the
     * lowest-T liquid of every system, each system's transitions and mobility one liquid later, the 2D IPL, then the
     * other liquids. Stillinger-Weber systems go first: their transition quenches cost several times a pair
     * potential's (measured at quick, 93e6f64: trans-sw 326 s, every other transition or mobility unit under 60 s), so
     * they are the critical path. Results do not depend on the order (each stage has its own seed and inputs).
     */
    public synchronized void simulate() {
        List<SystemSpec> systems = new ArrayList<>(preset.systems());
        systems.sort(java.util.Comparator.comparingInt(s -> s.model().equals("sw") ? 0 : 1));
        List<StageStore.Stage> ordered = new ArrayList<>();
        Map<String, String> dependsOn = new java.util.HashMap<>();
        List<StageStore.Stage> pending = new ArrayList<>();
        for (SystemSpec s : systems) {
            ordered.add(liquidStage(s, s.lowestIndex()));
            ordered.addAll(pending);
            pending.clear();
            String liquid = dynKey(s, s.lowestIndex());
            StageStore.Stage t = transitionStage(s);
            pending.add(t);
            dependsOn.put(t.key(), liquid);
            if (s.model().equals("ss")) {
                StageStore.Stage m = mobilityStage(s);
                pending.add(m);
                dependsOn.put(m.key(), liquid);
            }
        }
        ordered.addAll(pending);
        ordered.add(ipl2dStage());   // independent of the 3D stages
        if (preset.has("ipl")) ordered.add(sizeStage());   // independent too
        for (SystemSpec s : systems)
            for (int k = 0; k < s.temperatures().length; k++) if (k != s.lowestIndex()) ordered.add(liquidStage(s, k));
        runAll(ordered, dependsOn, "liquids, inherent structures, transitions, mobility and the 2D IPL");
        if (MatchedViscosityStage.runsAt(scale)) runAll(matchedStages(), "state points of matched viscosity");
    }

    /** The matched-viscosity stage of each system that has one ({@link MatchedViscosityStage}); they read every member's liquids. */
    private List<StageStore.Stage> matchedStages() {
        List<StageStore.Stage> out = new ArrayList<>();
        for (String k : MatchedViscosityStage.SYSTEMS) if (preset.has(k)) out.add(matchedStage(preset.system(k)));
        return out;
    }

    /** The liquid stages the matched target is read from: every temperature of every member of the matched groups. */
    private List<StageStore.Stage> matchedLiquids() {
        List<StageStore.Stage> out = new ArrayList<>();
        for (String k : MatchedViscosityStage.members(preset)) {
            SystemSpec s = preset.system(k);
            for (int j = 0; j < s.temperatures().length; j++) out.add(liquidStage(s, j));
        }
        return out;
    }

    private StageStore.Stage matchedStage(SystemSpec s) {
        String key = MatchedViscosityStage.key(s);
        StringBuilder liquids = new StringBuilder();
        for (StageStore.Stage l : matchedLiquids()) liquids.append(l.params()).append('|');
        String params = MatchedViscosityStage.params(preset, s, Integer.toHexString(liquids.toString().hashCode()), seed);
        return new StageStore.Stage(key, params,
            () -> new MatchedViscosityStage(preset, s, seedOf(seed, key)).compute(new MesoelasticResults(preset, seed, Map.copyOf(done))));
    }

    /** The 2D IPL of Figs. 1-2 ({@link MesoelasticIpl2dStage}), a stage of its own with its own key. */
    private StageStore.Stage ipl2dStage() {
        MesoelasticIpl2dPreset p = MesoelasticIpl2dPreset.of(scale);
        String key = MesoelasticIpl2dPreset.KEY;
        return new StageStore.Stage(key, p.params(seed), () -> new MesoelasticIpl2dStage(p, seedOf(seed, key)).compute());
    }

    /** kappa at two N ({@link KappaSizeStage}), a stage of its own with its own key. */
    private StageStore.Stage sizeStage() {
        SystemSpec ipl = preset.system("ipl");
        String key = KappaSizeStage.KEY;
        return new StageStore.Stage(key, KappaSizeStage.params(preset, ipl, seed),
            () -> new KappaSizeStage(preset, ipl, seedOf(seed, key)).compute());
    }

    private void runAll(List<StageStore.Stage> stages, String label) { runAll(stages, Map.of(), label); }

    /**
     * Runs the stages not yet done on {@link #threads} workers in list order; a stage named in {@code dependsOn} waits
     * until the stage it depends on is done (which must come earlier in the list). Nothing fresh: loaded in order.
     */
    private void runAll(List<StageStore.Stage> stages, Map<String, String> dependsOn, String label) {
        List<StageStore.Stage> todo = new ArrayList<>();
        for (StageStore.Stage s : stages) if (!done.containsKey(s.key())) todo.add(s);
        if (todo.isEmpty()) return;
        int fresh = 0;
        for (StageStore.Stage s : todo) if (!store.has(s.key(), s.params())) fresh++;
        if (fresh == 0) {
            List<StageResult> rs = store.getAll(todo, 1);
            for (int i = 0; i < todo.size(); i++) done.put(todo.get(i).key(), rs.get(i));
            return;
        }
        Map<String, java.util.concurrent.CountDownLatch> finished = new java.util.HashMap<>();
        for (StageStore.Stage s : todo) finished.put(s.key(), new java.util.concurrent.CountDownLatch(1));
        try (Progress bar = new Progress("mesoelastic-kappa " + scale.label() + ": " + label + " (" + fresh + " units)", fresh)) {
            List<java.util.concurrent.Callable<StageResult>> jobs = new ArrayList<>();
            for (StageStore.Stage s : todo) {
                StageStore.Stage counted = new StageStore.Stage(s.key(), s.params(), () -> { StageResult r = s.compute().get(); bar.step(1); return r; });
                jobs.add(() -> {
                    try {
                        String dep = dependsOn.get(s.key());
                        if (dep != null && finished.containsKey(dep)) {
                            finished.get(dep).await();
                            if (!done.containsKey(dep)) throw new IllegalStateException(s.key() + ": its input stage " + dep + " failed");
                        }
                        StageResult r = store.get(counted);
                        done.put(s.key(), r);
                        return r;
                    } finally {
                        finished.get(s.key()).countDown();
                    }
                });
            }
            glassdyn.parallel.ParallelJobs.run(jobs, Math.min(threads, todo.size()));
        }
    }

    private StageStore.Stage liquidStage(SystemSpec s, int k) {
        String key = dynKey(s, k);
        String params = String.format(Locale.ROOT, "liquid2 %s n=%d T=%s eq=%s prod=%s is=%d dipoles=%d fine=%s seed=%d",
            s.key(), s.n(), s.temperatures()[k], s.equilibration()[k], s.production()[k], preset.isPerT(), preset.dipolesPerIS(),
            preset.fineWindow(), seed);
        return new StageStore.Stage(key, params, () -> {
            LiquidStage.Output out = new LiquidStage(preset, s, k, seedOf(seed, key), checkpoints).compute();
            ends.put(key, out.end());
            return out.result();
        });
    }

    private StageStore.Stage transitionStage(SystemSpec s) {
        String key = transKey(s);
        String params = String.format(Locale.ROOT, "transitions2 %s n=%d T=%s dt=%s quenches=%d trajectories=%d seed=%d",
            s.key(), s.n(), s.lowestT(), s.transitionDt(), preset.quenches(s), preset.transitionTrajectories(), seed);
        return new StageStore.Stage(key, params,
            () -> new TransitionStage(preset, s, checkpoints).compute(equilibrated(s), seedOf(seed, key)));
    }

    private StageStore.Stage mobilityStage(SystemSpec s) {
        String key = mobKey(s);
        String params = String.format(Locale.ROOT, "mobility %s n=%d T=%s is=%d runs=%d seed=%d",
            s.key(), s.n(), s.lowestT(), preset.mobilityIS(), preset.mobilityRuns(), seed);
        return new StageStore.Stage(key, params, () -> {
            double tau = MesoelasticObservables.tauAlpha(done.get(dynKey(s, s.lowestIndex())));
            return new MobilityStage(preset, s, seedOf(seed, key)).compute(equilibrated(s), tau);
        });
    }

    @Override public String paper() { return "mesoelastic-kappa"; }

    private Path lammpsWork;

    /**
     * Runs the liquid units' NVT dynamics on LAMMPS ({@link LammpsLiquidUnit}, decks under {@code work}); the inherent
     * structures, transitions and mobility stay on glassdyn. Returns this pipeline.
     */
    public MesoelasticKappa withLammps(Path work) {
        if (checkpoints == null) throw new IllegalStateException("the LAMMPS engine needs a stage store on disk");
        this.lammpsWork = work;
        return this;
    }

    /**
     * The stages as work units: every (system, T) liquid on level 0; each system's transition count and (SS)
     * mobility on level 1, after the liquid at the system's lowest T whose end configuration they start from; at long
     * and paper each matched-viscosity state point ({@link MatchedViscosityStage}) on level 1, after every liquid of
     * the matched systems (its target). Costs from {@link MesoelasticUnitCost}.
     */
    @Override
    public List<glassdyn.papers.WorkUnit> units() {
        List<glassdyn.papers.WorkUnit> out = new ArrayList<>();
        String b = MesoelasticUnitCost.BASIS;
        for (SystemSpec s : preset.systems())
            for (int k = 0; k < s.temperatures().length; k++)
                out.add(new glassdyn.papers.WorkUnit(dynKey(s, k), lammpsWork == null ? "LiquidStage" : "LiquidStage (LAMMPS)", List.of(),
                    MesoelasticUnitCost.liquidCoreHours(preset, s, k), MesoelasticUnitCost.memoryGb(s), 1, b));
        for (SystemSpec s : preset.systems()) {
            List<String> after = List.of(dynKey(s, s.lowestIndex()));
            out.add(new glassdyn.papers.WorkUnit(transKey(s), "TransitionStage", after,
                MesoelasticUnitCost.transitionCoreHours(preset, s), MesoelasticUnitCost.memoryGb(s), 1, b));
            if (s.model().equals("ss"))
                out.add(new glassdyn.papers.WorkUnit(mobKey(s), "MobilityStage", after,
                    MesoelasticUnitCost.mobilityCoreHours(preset, s), MesoelasticUnitCost.memoryGb(s), 1, b));
        }
        out.add(new glassdyn.papers.WorkUnit(MesoelasticIpl2dPreset.KEY, "MesoelasticIpl2dStage", List.of(),
            MesoelasticIpl2dPreset.of(scale).coreHours(), 1.0, 1, MesoelasticIpl2dPreset.BASIS));
        if (MatchedViscosityStage.runsAt(scale)) {
            List<String> liquids = new ArrayList<>();
            for (StageStore.Stage l : matchedLiquids()) liquids.add(l.key());
            for (String k : MatchedViscosityStage.SYSTEMS)
                if (preset.has(k))
                    out.add(new glassdyn.papers.WorkUnit(MatchedViscosityStage.key(preset.system(k)), "MatchedViscosityStage", liquids,
                        MesoelasticUnitCost.matchedCoreHours(preset, preset.system(k)), MesoelasticUnitCost.memoryGb(preset.system(k)), 1,
                        MesoelasticUnitCost.MATCHED_BASIS));
        }
        if (preset.has("ipl")) {
            SystemSpec ipl = preset.system("ipl");
            out.add(new glassdyn.papers.WorkUnit(KappaSizeStage.KEY, "KappaSizeStage", List.of(), MesoelasticUnitCost.sizeCoreHours(preset, ipl),
                MesoelasticUnitCost.memoryGb(KappaSizeStage.withN(ipl, KappaSizeStage.SIZE_FACTOR * ipl.n())), 1, b));
        }
        return out;
    }

    @Override
    public synchronized void runUnit(String id) {
        if (id.equals(MesoelasticIpl2dPreset.KEY)) { runAll(List.of(ipl2dStage()), "2D IPL " + id); return; }
        if (id.equals(KappaSizeStage.KEY) && preset.has("ipl")) { runAll(List.of(sizeStage()), "kappa at two N " + id); return; }
        for (SystemSpec s : preset.systems())
            if (MatchedViscosityStage.runsAt(scale) && MatchedViscosityStage.SYSTEMS.contains(s.key()) && id.equals(MatchedViscosityStage.key(s))) {
                runAll(matchedLiquids(), "liquids");     // read back: the target comes from every member's tau_alpha(T)
                runAll(List.of(matchedStage(s)), "matched viscosity " + id);
                return;
            }
        for (SystemSpec s : preset.systems()) {
            for (int k = 0; k < s.temperatures().length; k++)
                if (id.equals(dynKey(s, k))) {
                    StageStore.Stage st = liquidStage(s, k);
                    if (lammpsWork != null && !store.has(st.key(), st.params()))
                        LammpsLiquidUnit.run(scale, seed, id, lammpsWork, checkpoints);
                    runAll(List.of(st), "liquid " + id);
                    return;
                }
            if (id.equals(transKey(s))) { runAll(List.of(transitionStage(s)), "transitions " + id); return; }
            if (id.equals(mobKey(s)) && s.model().equals("ss")) {
                runAll(List.of(liquidStage(s, s.lowestIndex())), "liquid");     // read back: mobility needs its tau_alpha
                runAll(List.of(mobilityStage(s)), "mobility " + id);
                return;
            }
        }
        throw new IllegalArgumentException("no unit '" + id + "' in the plan of mesoelastic-kappa " + scale.label());
    }

    /** A copy of the equilibrated liquid at the system's lowest T: the end of that production. */
    private Configuration equilibrated(SystemSpec s) {
        String key = dynKey(s, s.lowestIndex());
        Configuration c = ends.get(key);
        if (c != null) return c.copy();
        return Checkpoint.read(checkpoints.resolve(key + END)).configuration();
    }

    /** Every finished stage (runs them first). */
    public MesoelasticResults results() {
        simulate();
        return new MesoelasticResults(preset, seed, Map.copyOf(done));
    }

    /** The figure tables of this run. */
    public MesoelasticFigures figureTables() { return new MesoelasticFigures(results()); }

    /** The starting liquid of (system, T) of this run's seed (also the start of the exported LAMMPS decks). */
    public Configuration startingLiquid(SystemSpec s, int k) { return LiquidStage.startingLiquid(s, k, seedOf(seed, dynKey(s, k))); }

    /** The MD protocol of (system, T) in steps. */
    public LiquidStage.LiquidProtocol protocol(SystemSpec s, int k) { return LiquidStage.protocol(preset, s, k); }

    /** The table of one figure (the notebook's look-up; names in {@link MesoelasticFigure}). */
    public Table figure(MesoelasticFigure f) { return figureTables().table(f); }

    /** The table of the figure named {@code name} (file or enum name); throws for an unknown name. */
    public Table figure(String name) { return figure(MesoelasticFigure.of(name)); }

    /** Rows of a figure table for one system (the notebooks' filter). */
    public static Table rows(Table t, String system) { return MesoelasticObservables.rows(t, system); }

    public Table fig3() { return figureTables().fig3(); }
    public Table fig4Fs() { return figureTables().fig4Fs(); }
    public Table fig4Tau() { return figureTables().fig4Tau(); }
    public Table fig4Relative() { return figureTables().fig4Relative(); }
    public Table fig4Eq3() { return figureTables().fig4Eq3(); }
    public Table fig5a() { return figureTables().fig5a(); }
    public Table fig5b() { return figureTables().fig5b(); }
    public Table fig6Particles() { return figureTables().fig6Particles(); }
    public Table fig7() { return figureTables().fig7(); }
    public Table fig12() { return figureTables().fig12(); }
    public Table kappaDistribution() { return figureTables().kappaDistribution(); }
    public MesoelasticFit eq3Fit(String system) { return figureTables().eq3Fit(system); }

    /** A binned particle map of one IS for notebooks ({@link MesoelasticFigures#particleMap}). */
    public static double[][] particleMap(Table particles, String system, int is, String value, int bins) {
        return MesoelasticFigures.particleMap(particles, system, is, value, bins);
    }

    /** The particles of one IS in a slab through the box, for a per-particle Fig. 7 map ({@link MesoelasticFigures#particleSlab}). */
    public static Table particleSlab(Table particles, String system, int is) {
        return MesoelasticFigures.particleSlab(particles, system, is);
    }

    /**
     * The planned stages of a scale with their estimated CPU hours and the measured basis of the estimate
     * ({@link MesoelasticUnitCost}): what a figure that this run cannot draw would cost at that scale.
     */
    public static Table plannedCost(Scale scale) {
        List<glassdyn.papers.WorkUnit> units = new MesoelasticKappa(scale, SEED, null, 1).units();
        String[] id = new String[units.size()], stage = new String[units.size()], basis = new String[units.size()];
        double[] h = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            id[i] = units.get(i).id(); stage[i] = units.get(i).stage(); h[i] = units.get(i).coreHours(); basis[i] = units.get(i).basis();
        }
        return Table.create("planned cost " + scale.label(), tech.tablesaw.api.StringColumn.create("unit", id),
            tech.tablesaw.api.StringColumn.create("stage", stage), tech.tablesaw.api.DoubleColumn.create("cpu_hours_estimated", h),
            tech.tablesaw.api.StringColumn.create("basis", basis));
    }

    /** Every panel by file name. */
    public Map<String, Table> figures() { return figureTables().all(); }

    /** The checks of the paper's claims, each with the paper's value and the measured one. */
    public synchronized glassdyn.claims.Report report() {
        if (report != null) return report;
        MesoelasticResults r = results();
        report = new MesoelasticClaims(r, new MesoelasticFigures(r), scale.label()).report();
        return report;
    }

    private glassdyn.claims.Report report;

    /** The named checks of this run's report as a report of their own (a notebook shows it as a compact table). */
    public glassdyn.claims.Report outcomes(String... checks) {
        List<glassdyn.claims.Claim> cs = new ArrayList<>();
        for (String c : checks) cs.add(report().check(c));
        return new glassdyn.claims.Report(report().paper(), report().scale(), report().commit(), cs, Map.of());
    }

    /**
     * The checks of this run's report whose names start with one of {@code prefixes} (per-system claims such as
     * {@code two_step_relaxation_}, and entries a preset may lack), as a report of their own; empty when none match.
     */
    public glassdyn.claims.Report outcomesStartingWith(String... prefixes) {
        List<glassdyn.claims.Claim> cs = new ArrayList<>();
        for (glassdyn.claims.Claim c : report().checks())
            for (String p : prefixes) if (c.name().startsWith(p)) { cs.add(c); break; }
        return new glassdyn.claims.Report(report().paper(), report().scale(), report().commit(), cs, Map.of());
    }

    /** One line of what this run showed for a check: its status, the measured reason, and what would show it. */
    public String outcome(String check) {
        glassdyn.claims.Claim c = report().check(check);
        return check + ": " + c.status().json() + (c.reason() == null ? "" : " - " + c.reason())
            + (c.needs() == null ? "" : " (needs: " + c.needs() + ")");
    }

    /** Writes one CSV per figure panel and report.json into {@code out}; returns the report. */
    @Override
    public glassdyn.claims.Report writeAll(Path out) {
        simulate();
        return Reports.write(out, figures(), report());
    }
}
