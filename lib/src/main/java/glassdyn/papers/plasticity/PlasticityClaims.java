package glassdyn.papers.plasticity;

import static glassdyn.papers.Reports.round;

import glassdyn.Scale;
import glassdyn.claims.Claim;
import glassdyn.claims.Report;
import glassdyn.claims.Verdict;
import glassdyn.indicators.Indicator;
import glassdyn.indicators.PlasticityScore;
import glassdyn.indicators.SaddlePointSampling;
import glassdyn.papers.Reports;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of paper 003: the ranking claims ({@link RankingClaims}), the protocol and model comparisons
 * ({@link StabilityClaims}), the strain-path claims ({@link PathClaims}), the critical-mode convergence of Fig. 11
 * ({@link CriticalModeClaims}), Theta along the elastic branch of Fig. 7(a) ({@link ElasticBranchClaims}), the reversible
 * first events of Fig. 5 ({@link AnelasticFirstEvents}), the near-threshold fractions of Fig. 8(b,c)
 * ({@link NearThresholdSites}), the SVM accuracy, and the diagnostics
 * (noise floor, both signs of Q, swap-MC equilibration) as informational entries. The unit of every interval is the
 * glass (one first event each) or the strain path.
 */
final class PlasticityClaims {
    private final Scale scale;
    private final Preset preset;
    private final PlasticitySamples samples;
    private final List<Protocol> ps;
    private final long seed;

    PlasticityClaims(Scale scale, Preset preset, PlasticitySamples samples, long seed) {
        this.scale = scale;
        this.preset = preset;
        this.samples = samples;
        this.ps = preset.protocols();
        this.seed = seed;
    }

    Report report() {
        RankingClaims ranking = new RankingClaims(samples, seed);
        StabilityClaims stability = new StabilityClaims(ps, samples, seed);
        PathClaims path = new PathClaims(preset, samples, seed);
        List<Claim> checks = new ArrayList<>();
        List<String> models = PlasticityProtocols.models(ps);
        for (String m : models) checks.addAll(ranking.ranking(PlasticityProtocols.stable(ps, m)));
        for (String m : models) checks.add(ranking.nearOne(PlasticityProtocols.ductile(ps, m)));
        for (String m : models) checks.add(ranking.modesBeatAllDuctile(PlasticityProtocols.ductile(ps, m)));
        for (String m : models) checks.add(ranking.modulusAndFreeVolume(PlasticityProtocols.stable(ps, m)));
        for (String m : models) checks.add(ranking.structuralModeBlock(PlasticityProtocols.stable(ps, m)));
        CorrelationBlocks blocks = new CorrelationBlocks(samples, seed);
        for (String m : models) checks.add(blocks.structuralApartFromLinearResponse(PlasticityProtocols.stable(ps, m)));
        for (String m : models) checks.add(blocks.yellowBoxSpecial(PlasticityProtocols.stable(ps, m)));
        for (String m : models) checks.add(stability.risesWithStability(m));
        for (String m : models) checks.add(stability.firstEventStrain(m));
        checks.add(stability.ultrastableInversion());
        for (String m : models) checks.add(stability.thermalExpansion(m));
        checks.add(stability.sameRankingAcrossModels());
        checks.add(svmAccuracy());
        checks.add(path.deltaGammaDecay(PlasticityProtocols.ductile(ps, models.get(0))));
        checks.add(path.brittleDecay(PlasticityProtocols.brittle(ps), ps));
        checks.add(path.dissipationSuppressed(PlasticityProtocols.brittle(ps), ps));
        checks.add(new StressDropClaims(preset, samples, seed).brittlePeak(ps));
        for (String m : models) checks.add(AnelasticFirstEvents.claim(m, ps, samples, preset.strainStep(), seed));
        checks.add(NearThresholdSites.dtauClaim(preset, samples, seed));
        checks.add(NearThresholdSites.thetaClaim(preset, samples, seed));
        CriticalModeClaims critical = new CriticalModeClaims(ps, samples, preset.strainStep());
        checks.add(critical.onsetOverlap());
        checks.add(critical.noRankSwitch());
        checks.add(OnsetDetectors.claim(preset, samples, seed));
        ElasticBranchClaims elastic = new ElasticBranchClaims(samples, seed);
        checks.add(elastic.increase());
        checks.add(elastic.recoversOnset());
        checks.add(shearBand());
        checks.add(spsAtPaperSettings());
        checks.add(noiseFloor());
        checks.addAll(PlasticityAbsentChecks.all(preset));
        for (String m : models) checks.add(qSigns(PlasticityProtocols.stable(ps, m)));
        for (Protocol p : ps) if (samples.equilibration(p) != null) checks.add(SwapEquilibration.claim(p, samples.equilibration(p)));
        return new Report("plasticity-indicators", scale.label(), glassdyn.claims.BuildInfo.commit(), checks, extras());
    }

    private Map<String, Object> extras() {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("n", preset.n());
        rep.put("protocols", ps.stream().map(Protocol::name).toList());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Protocol p : ps) counts.put(p.name(), samples.scored(p).size());
        rep.put("scored_glasses", counts);
        Map<String, Object> table = new LinkedHashMap<>();
        for (Protocol p : ps) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Indicator i : Indicator.values()) {
                double[] rx = samples.firstEventRanks(p, i);
                if (rx.length == 0) continue;
                double[] ci = ScoreIntervals.c(rx, seed + i.ordinal());
                row.put(i.label, Reports.object("C_min", round(ScoreIntervals.c(rx)), "interval90", Reports.round(ci), "glasses", rx.length));
            }
            table.put(p.name(), row);
        }
        rep.put("C_min", table);
        return rep;
    }

    /** Validation accuracy of each protocol's SVM against the paper's 87.5-93.5 %; interval over validation particles. */
    private Claim svmAccuracy() {
        Map<String, Object> acc = new LinkedHashMap<>();
        List<Verdict> vs = new ArrayList<>();
        double[] worst = null;
        for (Protocol p : ps) {
            double[] a = samples.svmAccuracy(p);
            if (a == null) continue;
            double se = Math.sqrt(a[1] * (1 - a[1]) / Math.max(1, a[3]));
            double[] ci = {a[1] - 1.645 * se, a[1] + 1.645 * se};
            acc.put(p.name(), Reports.object("training", round(a[0]), "validation", round(a[1]), "interval90", Reports.round(ci),
                "paper_validation", PlasticityIndicators.PAPER_SVM_ACCURACY.getOrDefault(p.name(), Double.NaN),
                "training_size", (int) a[2], "validation_size", (int) a[3]));
            vs.add(PlasticityRules.svmAccuracy(a[1], ci, (int) a[3]));
            if (worst == null || ci[1] < worst[1]) worst = ci;
        }
        Claim.Builder b = Claim.of("svm_validation_accuracy", "a linear SVM on the structure functions separates soft from hard D2min extrema with the paper's accuracy "
                + "(pass: the 90% interval over validation particles reaches " + PlasticityRules.PAPER_SVM_ACCURACY_MIN + " in every protocol)", "Appendix B.5")
            .paper("0.875-0.935").measured(acc).interval(worst);
        return vs.isEmpty() ? b.notShown("no SVM trained (no labelled extrema)", "training glasses with a first event")
            : b.status(PlasticityRules.all(vs.toArray(Verdict[]::new)));
    }

    private Claim shearBand() {
        return Claim.of("shear_band_forecast", "in brittle glasses the indicators locate the future shear band from gamma ~ 6 %", "Sec. III.D, Figs. 8-10")
            .paper("located").notShown("not implemented: no shear-band profile; at N = " + preset.n() + " (L = " + round(Math.sqrt(preset.n()))
                + ") the box is about 4 coarse-graining radii wide", "brittle POLY glasses at N >= 10^4 strained to 0.12 with band profiles (paper scale)");
    }

    /**
     * SPS against the paper's settings (B.14: five events per cluster on every atom of every glass). The events reached
     * per cluster (mean over the SPS glasses of each protocol) and the fraction of clusters that reached the target
     * before the attempt cap ({@link SaddlePointSampling#ATTEMPTS_PER_EVENT} per wanted event) are reported either way:
     * not_shown when the settings are below the paper's, informational when they are met.
     */
    private Claim spsAtPaperSettings() {
        Protocol stable = PlasticityProtocols.stable(ps, PlasticityProtocols.models(ps).get(0));
        int nSps = samples.firstEventRanks(stable, Indicator.SADDLE_POINTS).length, n = samples.scored(stable).size();
        Map<String, Object> reached = new LinkedHashMap<>();
        for (Protocol p : ps) {
            double[] e = samples.scored(p).stream().filter(r -> r.has("sps.events_per_cluster")).mapToDouble(r -> r.scalar("sps.events_per_cluster")).toArray();
            double[] full = samples.scored(p).stream().filter(r -> r.has("sps.full_clusters")).mapToDouble(r -> r.scalar("sps.full_clusters")).toArray();
            if (e.length > 0) reached.put(p.name(), Reports.object("glasses", e.length, "events_per_cluster", round(Arrays.stream(e).average().orElse(0)),
                "clusters_reaching_target", round(Arrays.stream(full).average().orElse(0))));
        }
        String cap = "attempt cap " + SaddlePointSampling.ATTEMPTS_PER_EVENT + " searches per wanted event; reached "
            + (reached.isEmpty() ? "not recorded (checkpoints older than the count)" : reached);
        Claim.Builder b = Claim.of("sps_at_paper_settings", "SPS scored with ARTn, " + SaddlePointSampling.EVENTS_PER_CLUSTER
                + " events per cluster centred on every atom, on every glass", "Appendix B.14, Fig. 4(b,c,f,g)")
            .paper(SaddlePointSampling.EVENTS_PER_CLUSTER + " events per cluster").measured(reached);
        if (preset.spsEvents() >= SaddlePointSampling.EVENTS_PER_CLUSTER && nSps >= n && preset.spsCentreStride() == 1)
            return b.informational(preset.spsEvents() + " events wanted per cluster; " + cap);
        return b.notShown("cost: SPS harvests " + preset.spsEvents() + " event(s) per cluster"
                    + (preset.spsCentreStride() > 1 ? " on every " + preset.spsCentreStride() + "th atom" : " on every atom")
                    + " on " + nSps + " glass(es) per protocol (noise floor " + round(PlasticityScore.noiseFloor(Math.max(1, nSps))) + "); " + cap,
                "about 11 CPU-min per N = 324 glass at 5 events per cluster (README benchmark), x 20 glasses per protocol");
    }

    private Claim noiseFloor() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Protocol p : ps) {
            int n = samples.scored(p).size(), ny = samples.firstEventRanks(p, Indicator.YIELD_STRESS).length;
            m.put(p.name(), Reports.object("glasses", n, "sd_C", round(PlasticityScore.noiseFloor(Math.max(1, n))),
                "glasses_dtau_y", ny, "sd_C_dtau_y", round(PlasticityScore.noiseFloor(Math.max(1, ny)))));
        }
        return Claim.of("noise_floor", "sd of C for a random field over n first events, 2/sqrt(12 n) (spec 003 section 3)", "Sec. II.C")
            .paper(Reports.object("n", 100, "sd_C", round(PlasticityScore.noiseFloor(100)))).measured(m)
            .informational("differences of C below about twice sd_C are not resolved by a single protocol's scores");
    }

    /** Q's orientation: soft = under-packed = negative Q (Rieser et al., ref. [49]); C of both signs reported. */
    private Claim qSigns(Protocol p) {
        double[] rx = samples.firstEventRanks(p, Indicator.ANISOTROPY_DIVERGENCE);
        double c = ScoreIntervals.c(rx);
        double[] ci = ScoreIntervals.c(rx, seed + 5);
        double flipped = -c + 2.0 / preset.n();
        return Claim.of("q_both_signs_" + p.name(), "C of the Voronoi anisotropy divergence with soft = negative Q (under-packed, ref. [49]) and with the opposite sign",
                "Appendix B.3, ref. [49]").paper("sign not stated in the paper")
            .measured(Reports.object("C_minus_Q", round(c), "C_plus_Q", round(flipped), "glasses", rx.length)).interval(ci)
            .informational("C(+Q) = -C(-Q) + 2/N; the default orientation follows ref. [49]");
    }
}
