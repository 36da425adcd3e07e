package glassdyn.papers.cagejump;

import glassdyn.protocols.KaShearRun;
import glassdyn.analysis.CageJumpRegions;
import glassdyn.analysis.ConvectiveClusters;
import glassdyn.Scale;
import glassdyn.claims.BuildInfo;
import glassdyn.claims.Claim;
import glassdyn.claims.Report;
import glassdyn.papers.Reports;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paper 000, Zeng, Yu and Wang, "Connecting shear thinning and dynamic heterogeneity in supercooled liquids by
 * localized elasticity" (2025) ("cage-jump-ler"): chained Brownian shear runs of the hard-core + Yukawa mixture at
 * phi = 45% and 42.5% in descending shear rate, the flow curve (Fig. 1(a)), and at the cluster rates of each phi
 * ({@link Preset#clusterRates(double)}) the cage-jump cluster analysis of {@link ConvectiveClusters} (Figs. 1(b,c), 2,
 * 3, 4(b-d)) and the shear-distorted g(r) (xi_LER, Fig. 3(c)); the highlighted cluster (Figs. 1(b), 2, 4(a)) is at 45%.
 * The MD variant of the Supplemental Material (Kob-Andersen at T = 0.45 under SLLOD, {@link KaClusterVariant}) runs after
 * the chains through the same analysis ({@link #kaClusterSummary()}, the {@code ka_*} checks of {@link KaClusterClaims}).
 *
 * <p>The entry of the pipeline: presets per scale, the runs ({@link ShearChains}, checkpointed per (phi, rate) in a
 * {@link glassdyn.papers.StageStore}), the figure tables ({@link CageJumpFigures}) and the claims
 * ({@link CageJumpClaims}). The paper's Supplemental Material is unavailable: every choice it would fix is a named
 * constant (here and in {@link ConvectiveClusters}, {@link CageJumpRegions}, {@link ShearDistortedPairs},
 * {@link RateAnalysis}, {@link PseudoHarmonicLoci}).
 *
 * <p>Plan units ({@link #units()}): one per Brownian phi chain ({@code bd-phi0.450}, {@code bd-phi0.425}) and one for the
 * KA/MD variant ({@code ka}), independent of each other; each writes its stages into the store, and {@link #writeAll}
 * loads them, so the report assembled from units equals a local run's.
 */
public final class CageJumpLer implements glassdyn.papers.PaperPipeline {
    /** Volume fractions, paper 000 p. 1. */
    public static final double[] PHIS = {0.45, 0.425};
    /** Equilibration after a rate change at the quick and paper scales: a strain of 2 (not stated; the chain starts from the previous steady state). */
    public static final double EQUILIBRATION_STRAIN = 2;
    /** Stress samples every 0.01 tau_0 (not stated; much finer than any block). */
    public static final double STRESS_INTERVAL = 0.01;

    /**
     * Presets: particles, shear rates of the chain (descending), rates with the cluster analysis at phi = 45% and at
     * phi = 42.5% (paper 000 analyses both volume fractions: "xi_c = 0.8 xi_LER for all conditions", Fig. 3(c)), time
     * step, first equilibration (from the fcc start), production of the cluster rates (either phi) and of the
     * flow-curve-only rates, potential range beyond contact, equilibration strain after each rate change (smoke: 0.2,
     * only to stay in seconds).
     */
    public record Preset(int n, double[] rates, double[] clusterRates, double[] clusterRates425, double dt, double firstEquilibration,
                         double clusterProduction, double flowProduction, double range, double equilibrationStrain) {
        /** The rates with the cluster analysis at {@code phi} ({@link #clusterRates} at 45%, {@link #clusterRates425} at 42.5%). */
        public double[] clusterRates(double phi) { return phi == PHIS[0] ? clusterRates : phi == PHIS[1] ? clusterRates425 : new double[0]; }
    }

    /**
     * Particles of the long preset. The long scale is built for the claims quick cannot show: whether clusters load
     * from nearly zero (life_cycle_from_zero, eta_c, t_y against the random-region null) and the cluster statistics that
     * need many clusters (P_ext, alpha(r), PHM), at phi = 45% and 42.5%, gamma_dot tau_0 = 10, 3, 1 with 5 tau_0 of
     * production each. Cost: each chain is 18.9 tau_0 = 94,500 steps of dt = 2e-4 on one thread (the two chains run in
     * parallel), about 5e5 particle-steps/s, so 94,500 x 8000 / 5e5 = 25 min of dynamics per chain, plus the cluster
     * analysis (of the order of the dynamics at quick) and the record of gamma_dot tau_0 = 10 (2500 frames): about
     * 3.5 GB of heap per chain at its peak. The phi = 42.5% cluster rates (5 tau_0 each instead of 0.5 tau_0 of flow
     * curve) were estimated at 6100 CPU-s; the whole 42.5% chain measured 1872 CPU-s (session 10, plan unit
     * bd-phi0.425; it skips the PHM, Fig. 4(a) is at 45%); the whole long run stays inside 2 h on 2 cores.
     * N = 8000 (L = 16 d_b) was chosen when chi_4 and the cage jumps still took per-frame copies of the record (now
     * streamed, see {@link #PAPER_HEAP_GB}); kept so the long run's phi = 45% stages stay valid.
     */
    public static final int LONG_N = 8000;

    /**
     * Heap the paper preset needs (-Xmx, GB). The analysis streams chi_4 (one frame at a time, 64 origins) and the
     * cage-jump input (one particle's series at a time), saves and loads the record field by field, and keeps no
     * per-frame membership of the null regions, so what is held is the record, frames x (7 N_b + 3 N_s) x 4 bytes
     * (4.96 GB at gamma_dot tau_0 = 20: 10,001 frames of 16,000 big and 4,000 small particles), plus the cluster
     * analysis, which grows as N x frames: measured 12.3 MB beside the 29.9 MB record of the quick preset's rate 10
     * (N = 1600, 751 frames; the whole analysis runs in -Xmx56m), so 12.3 MB x 166 = 2.1 GB at rate 20. Both chains
     * analyse clusters at rate 20 (10 tau_0 each) and run at the same time: live 2 x 7.1 = 14.1 GB, with the measured
     * 1.35x headroom: 20 GB (12 GB when only phi = 45% had cluster rates). Before streaming: ~30 GB per chain (the
     * record, a 12 GB list of per-frame configurations for chi_4, a 3.8 GB double history for the jumps and a 10 GB
     * double copy to save the record).
     */
    public static final int PAPER_HEAP_GB = 20;

    /** Heap of one chain's plan unit at the paper preset: one chain's live 7.1 GB ({@link #PAPER_HEAP_GB}) x 1.35, about 10 GB. */
    public static final int PAPER_CHAIN_HEAP_GB = 10;

    /**
     * The presets. Cluster rates at phi = 42.5%: the same as at 45% at every scale (the paper's analysis covers both
     * phi). Cost at quick: the 42.5% chain grows from 5.4 to 8.4 tau_0 of dynamics (1.5 tau_0 at each of the three
     * rates instead of 0.5) and adds three cluster analyses (no PHM): the whole quick run measured 432 CPU-s at 53cd658
     * (331 CPU-s at 07c9db3 with the 45% cluster rates only: +30%), max RSS 0.50 GB; its wall was 18 min 18 s because an
     * un-niced run of another paper held both cores (this run got 39% of them); at the earlier CPU/wall ratio of 1.48 on
     * two free cores that is about 5 min, inside the 15 min budget. Session 11 measured the whole quick run at 4 min 46 s
     * wall / 411 CPU-s on two free cores (b55f6ac) with 2 clusters per analysis, so most cluster checks were not shown
     * for want of 3 units; the cluster production was raised from 1.5 to 6 tau_0 per rate at both phi (the budget spent
     * on the claims, never on a result): 8 min 1 s wall, 803 CPU-s, max RSS 0.93 GB, 9 clusters in the pooled statistics
     * (3 tau_0: 6 min 2 s, 562 CPU-s, 5 clusters).
     * Smoke keeps both cluster rates at both phi so CI runs the 42.5% analysis path.
     */
    public static Preset preset(Scale s) {
        return switch (s) {
            case SMOKE -> new Preset(500, new double[] {10, 3}, new double[] {10, 3}, new double[] {10, 3}, 2e-4, 0.04, 0.12, 0.03, 1.5, 0.2);
            case QUICK -> new Preset(1600, new double[] {10, 3, 1}, new double[] {10, 3, 1}, new double[] {10, 3, 1}, 2e-4, 1.0, 6.0, 0.5, 1.5, EQUILIBRATION_STRAIN);
            case LONG -> new Preset(LONG_N, new double[] {10, 3, 1}, new double[] {10, 3, 1}, new double[] {10, 3, 1}, 2e-4, 1.0, 5.0, 0.5, 1.5, EQUILIBRATION_STRAIN);
            case PAPER -> new Preset(20000, new double[] {20, 10, 3, 1, 0.3, 0.1}, new double[] {20, 10, 3, 1}, new double[] {20, 10, 3, 1}, 1e-4, 2.0,
                10.0, 3.0, 2.0, EQUILIBRATION_STRAIN);
        };
    }

    /**
     * Sampling interval Delta t of the recorded frames, paper 000 footnote [49]: 0.005 tau_0 at gamma_dot tau_0 = 1 and
     * 3, 0.002 at 10, 0.001 at 20 (0.005 below 1, not stated).
     */
    public static double sampling(double rate) { return rate >= 20 ? 0.001 : rate >= 10 ? 0.002 : 0.005; }

    /** Time step: the preset's, halved at gamma_dot tau_0 = 20 (spec 000 section 1.1: 5e-5 at 20). */
    static double timeStep(Preset preset, double rate) { return rate >= 20 ? preset.dt() / 2 : preset.dt(); }


    /** Seed of {@code reproduce} and of the LAMMPS export's starting configurations. */
    public static final long SEED = 2025;

    private final Scale scale;
    private final Preset preset;
    private final ShearChains chains;
    private final CageJumpFigures figures;
    private final KaClusterVariant ka;
    private final int threads;

    public CageJumpLer(Scale scale, long seed, Path checkpoints, int threads) {
        this.scale = scale; this.preset = preset(scale); this.threads = Math.max(1, threads);
        this.chains = new ShearChains(preset, seed, checkpoints, Math.max(1, threads));
        this.figures = new CageJumpFigures(preset, chains);
        this.ka = new KaClusterVariant(KaClusterVariant.preset(scale), preset, seed, checkpoints, Math.max(1, threads));
    }

    /** Seed 2025, checkpoints under {@code out}, min(2, cores) threads. */
    public static CageJumpLer of(Scale scale, Path out) {
        return new CageJumpLer(scale, SEED, out == null ? null : out.resolve("checkpoints"),
            Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public Scale scale() { return scale; }
    public Preset preset() { return preset; }

    @Override public String paper() { return "cage-jump-ler"; }

    /** Plan unit of the Brownian chain at {@code PHIS[p]}. */
    static String chainUnit(int p) { return String.format(java.util.Locale.ROOT, "bd-phi%.3f", PHIS[p]); }

    /** Plan unit of the KA/MD variant. */
    static final String KA_UNIT = "ka";

    /** The two Brownian chains and the KA/MD variant, independent units ({@link CageJumpUnitCost}). */
    @Override
    public List<glassdyn.papers.WorkUnit> units() {
        List<glassdyn.papers.WorkUnit> out = new java.util.ArrayList<>();
        for (int p = 0; p < PHIS.length; p++) {
            CageJumpUnitCost.Cost c = CageJumpUnitCost.chain(scale, p);
            out.add(new glassdyn.papers.WorkUnit(chainUnit(p), "ShearChains (phi = " + PHIS[p] + ")", List.of(), c.coreHours(),
                c.memoryGb(), threads, c.basis()));
        }
        CageJumpUnitCost.Cost k = CageJumpUnitCost.ka(scale);
        out.add(new glassdyn.papers.WorkUnit(KA_UNIT, "KaClusterVariant", List.of(), k.coreHours(), k.memoryGb(), threads, k.basis()));
        return out;
    }

    @Override
    public void runUnit(String id) {
        if (id.equals(KA_UNIT)) { ka.simulate(); return; }
        for (int p = 0; p < PHIS.length; p++) if (id.equals(chainUnit(p))) { chains.simulateChain(p); return; }
        throw new IllegalArgumentException("no unit '" + id + "' in the plan of cage-jump-ler");
    }

    /** Runs (or loads) every (phi, rate): the two phi chains in parallel; then the KA/MD variant's chain. */
    public void simulate() {
        chains.simulate();
        ka.simulate();
    }

    /** The KA/MD variant (paper 000 SM): per-rate cluster summary of the Kob-Andersen SLLOD runs (file {@value #KA_SUMMARY}). */
    public Table kaClusterSummary() { return ka.summary(); }

    /** File name of {@link #kaClusterSummary()}. */
    public static final String KA_SUMMARY = "ka_cluster_summary";

    /** The figure tables. */
    public CageJumpFigures figureTables() { return figures; }

    /** The analysed rate closest to gamma_dot tau_0 = 3 (the paper's Fig. 1(b), 2, 3(a) condition). */
    public double highlightRate() { return figures.highlightRate(); }

    /** Fig. 1(a): eta (big-big part) vs gamma_dot at both phi, with the block-average steady flag. */
    public Table flowCurve() { return figures.flowCurve(); }

    /** Block averages of eta per (phi, rate): the steady-state check. */
    public Table blocks() { return figures.blocks(); }

    /** chi_4(t) at every (phi, cluster rate) (t in tau_0). */
    public Table chi4() { return figures.chi4(); }

    /** Per-(phi, rate) cluster summary (Fig. 3(b-d)). */
    public Table clusterSummary() { return figures.clusterSummary(); }

    /** The table of one figure. */
    public Table table(CageJumpFigure f) { return figures.table(f); }

    /** The table of a figure by file or constant name ({@link CageJumpFigure#of}); throws for an unknown name. */
    public Table table(String name) { return figures.table(CageJumpFigure.of(name)); }

    /** Fig. 4(a): PHM weight of the free particles of the highlighted cluster isolated at t0. */
    public Table phmMap() { return figures.phmMap(); }

    /** The softest pseudo-harmonic modes of {@link #phmMap()}. */
    public Table phmModes() { return figures.phmModes(); }

    /** Scalars of the highlighted cluster (t0..t3, t_ref, volume, yield stress). */
    public Map<String, Double> highlightedMoments() { return figures.highlightedMoments(); }

    /** The shear-distorted g(r) at every cluster rate. */
    public Table pairDistortion() { return figures.pairDistortion(); }

    /** g_cj(r) and alpha(r) at every cluster rate (Fig. 4(b, c)). */
    public Table jumpCorrelation() { return figures.jumpCorrelation(); }

    /** P_c(t) at the highlighted rate (Fig. 3(a)). */
    public Table occupancy() { return figures.occupancy(); }

    /** Every panel by file name, the KA/MD variant's summary last. */
    public Map<String, Table> figures() {
        Map<String, Table> m = new LinkedHashMap<>(figures.figures());
        m.put(KA_SUMMARY, ka.summary());
        return m;
    }

    /** The report: paper, scale, preset and the checks of {@link CageJumpClaims}. */
    public Report report() {
        simulate();
        CageJumpClaims bd = new CageJumpClaims(preset, chains, highlightRate());
        List<Claim> checks = new java.util.ArrayList<>(bd.checks());
        Claim bdNu = checks.stream().filter(c -> c.name().equals("nu_c_vs_lambda_over_4")).findFirst().orElseThrow();
        Claim bdAlpha = checks.stream().filter(c -> c.name().equals("alpha_range_and_xi_alpha")).findFirst().orElseThrow();
        checks.addAll(new KaClusterClaims(ka, preset.clusterRates(), bd.series("xi_c"), bd.series("eta"), bd.series("xi_alpha"), bdNu, bdAlpha).checks());
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("preset", Reports.object("n", preset.n(), "rates", preset.rates(), "cluster_rates", preset.clusterRates(), "cluster_rates_42.5", preset.clusterRates425(), "dt", preset.dt(),
            "cutoff_beyond_contact", preset.range(), "cluster_production_tau0", preset.clusterProduction(),
            "flow_production_tau0", preset.flowProduction()));
        KaClusterVariant.Preset kp = ka.preset();
        extras.put("ka_preset", Reports.object("n", kp.n(), "rates", kp.rates(), "temperature", KaShearRun.TEMPERATURE, "density", KaShearRun.DENSITY,
            "dt", KaShearRun.DT, "liquid_time", kp.liquidTime(), "equilibration_strain", kp.equilibrationStrain(),
            "production_strain", kp.productionStrain(), "strain_per_frame", KaShearRun.STRAIN_PER_FRAME));
        return new Report("cage-jump-ler", scale.label(), BuildInfo.commit(), checks, extras);
    }

    /** One line on a check of a report: its status, measured value and reason (for the notebook's prose). */
    public static String outcome(Report r, String check) {
        Claim c = r.check(check);
        return check + ": " + c.status().json().replace('_', ' ') + " -- measured " + glassdyn.io.Json.write(c.measured())
            + (c.reason() == null ? "" : " -- " + c.reason()) + (c.needs() == null ? "" : " (needs: " + c.needs() + ")");
    }

    /** Writes one CSV per figure table and report.json into {@code out}; returns the report. */
    @Override
    public Report writeAll(Path out) {
        simulate();
        return Reports.write(out, figures(), report());
    }
}
