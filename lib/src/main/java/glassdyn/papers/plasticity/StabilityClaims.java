package glassdyn.papers.plasticity;

import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.claims.Verdict;
import glassdyn.indicators.Indicator;
import glassdyn.papers.Reports;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.stats.Bootstrap;
import glassdyn.stats.RankCorrelation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims of paper 003 that compare protocols or models (Sec. III.A, Fig. 4d,e,g): C_min rising with stability
 * within a model, the ultrastable inversion, LJ vs POLY, and alpha's absence of correlation. Differences between
 * protocols are unpaired (independent glasses); each protocol's glasses are resampled by themselves.
 */
final class StabilityClaims {
    /** Indicators whose drop at T_ini = 0.05 the paper reports (Sec. III.A): M, S, Theta, SPS. */
    static final Indicator[] DROP_WHEN_ULTRASTABLE = {Indicator.SOFT_MODES, Indicator.SOFTNESS, Indicator.THETA, Indicator.SADDLE_POINTS};

    private final List<Protocol> ps;
    private final PlasticitySamples samples;
    private final long seed;

    StabilityClaims(List<Protocol> ps, PlasticitySamples samples, long seed) {
        this.ps = ps;
        this.samples = samples;
        this.seed = seed;
    }

    /** C_min(more stable) - C_min(less stable) for one indicator, unpaired. */
    private RankingClaims.Comparison rise(Protocol less, Protocol more, Indicator i) {
        double[] a = samples.firstEventRanks(more, i), b = samples.firstEventRanks(less, i);
        double d = ScoreIntervals.c(a) - ScoreIntervals.c(b);
        double[] ci = ScoreIntervals.unpaired(a, b, seed + 101L * i.ordinal());
        int n = Math.min(a.length, b.length);
        return new RankingClaims.Comparison(i.label, d, ci, n, PlasticityRules.beats(i.label + " at " + more.name(), i.label + " at " + less.name(), d, ci, n));
    }

    /** C_min rises from the most ductile to the most stable (not ultrastable) parent of one model, for most of Fig. 4(d,e)'s fields. */
    Claim risesWithStability(String model) {
        Protocol less = PlasticityProtocols.ductile(ps, model), more = PlasticityProtocols.stable(ps, model);
        String name = "scores_rise_with_stability_" + model;
        String claim = "C_min rises with stability within one model for most of Theta, S, M, naf mu, Delta tau_y";
        if (less == null || more == null || less == more)
            return Claim.of(name, claim, "Sec. III.A, Fig. 4(d,e)").paper("rises")
                .notShown("one non-ultrastable " + model + " parent only: " + PlasticityProtocols.byStability(ps, model).stream().map(Protocol::name).toList(),
                    "two " + model + " parents of different stability (the long preset)");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", less.name());
        m.put("to", more.name());
        List<Verdict> vs = new ArrayList<>();
        for (Indicator i : PlasticityIndicators.STABILITY_INDICATORS) {
            RankingClaims.Comparison c = rise(less, more, i);
            m.put(i.label, c.json());
            vs.add(c.verdict());
        }
        return Claim.of(name, claim + " (" + less.name() + " -> " + more.name() + ")", "Sec. III.A, Fig. 4(d,e)").paper("rises")
            .measured(m).status(PlasticityRules.majority(vs.toArray(Verdict[]::new)));
    }

    /** At T_ini = 0.05: M, S, Theta and SPS drop while Delta tau_y keeps rising, against the most stable POLY parent below it. */
    Claim ultrastableInversion() {
        Protocol ultra = PlasticityProtocols.ultrastable(ps), stable = PlasticityProtocols.stable(ps, "poly");
        String claim = "in ultrastable POLY glasses (T_ini = 0.05) M, S, Theta and SPS score lower than in less stable ones while Delta tau_y keeps rising";
        if (ultra == null || stable == null)
            return Claim.of("ultrastable_inversion", claim, "Sec. III.A, Fig. 4(e,g)").paper("drop; Delta tau_y rises")
                .notShown("no POLY parent at T_ini <= " + PlasticityProtocols.ULTRASTABLE_T_MAX + " in this preset (protocols "
                        + ps.stream().map(Protocol::name).toList() + ")",
                    "a swap-MC POLY parent at T_ini = 0.05 against one at 0.12, about 20 glasses each at N = 324: the long preset");
        Map<String, Object> m = new LinkedHashMap<>();
        List<Verdict> vs = new ArrayList<>();
        for (Indicator i : DROP_WHEN_ULTRASTABLE) {
            RankingClaims.Comparison c = rise(ultra, stable, i);
            m.put(i.label + "_drop", c.json());
            vs.add(c.verdict());
        }
        RankingClaims.Comparison y = rise(stable, ultra, Indicator.YIELD_STRESS);
        m.put("dtau_y_rise", y.json());
        return Claim.of("ultrastable_inversion", claim + " (" + stable.name() + " -> " + ultra.name() + ")", "Sec. III.A, Fig. 4(e,g)")
            .paper("drop; Delta tau_y rises").measured(m)
            .status(PlasticityRules.all(PlasticityRules.majority(vs.toArray(Verdict[]::new)), y.verdict()));
    }

    /** The mean first-event strain grows with stability within one model (Fig. 1c: ~0.1 % ductile, ~5 % brittle at N = 10^4). */
    Claim firstEventStrain(String model) {
        Protocol less = PlasticityProtocols.ductile(ps, model), more = PlasticityProtocols.byStability(ps, model).getLast();
        String name = "first_event_strain_rises_with_stability_" + model;
        String claim = "the mean strain of the first plastic event grows with stability within one model";
        if (less == more)
            return Claim.of(name, claim, "Sec. II.A, Fig. 1(c)").paper("~0.1 % -> ~5 % (N = 10^4)")
                .notShown("one " + model + " parent only", "two parents of different stability");
        double[] a = samples.scored(more).stream().mapToDouble(r -> r.scalar("gamma_x")).toArray();
        double[] b = samples.scored(less).stream().mapToDouble(r -> r.scalar("gamma_x")).toArray();
        double ma = java.util.Arrays.stream(a).average().orElse(Double.NaN), mb = java.util.Arrays.stream(b).average().orElse(Double.NaN);
        double[] ci = ScoreIntervals.unpairedMean(a, b, seed + 19);
        int n = Math.min(a.length, b.length);
        return Claim.of(name, claim + " (" + less.name() + " -> " + more.name() + ")", "Sec. II.A, Fig. 1(c)").paper("~0.1 % -> ~5 % (N = 10^4)")
            .measured(Reports.object("mean_gamma_min_" + less.name(), round(mb), "mean_gamma_min_" + more.name(), round(ma),
                "difference", round(ma - mb), "glasses", n))
            .interval(ci).status(PlasticityRules.beats("gamma_min at " + more.name(), "at " + less.name(), ma - mb, ci, n));
    }

    /** alpha: no correlation with the first event, C pooled over every glass of one model. */
    Claim thermalExpansion(String model) {
        List<Double> all = new ArrayList<>();
        Map<String, Object> per = new LinkedHashMap<>();
        for (Protocol p : PlasticityProtocols.byStability(ps, model)) {
            double[] rx = samples.firstEventRanks(p, Indicator.THERMAL_EXPANSION);
            per.put(p.name(), round(ScoreIntervals.c(rx)));
            for (double x : rx) all.add(x);
        }
        double[] rx = all.stream().mapToDouble(Double::doubleValue).toArray();
        double c = ScoreIntervals.c(rx);
        double[] ci = ScoreIntervals.c(rx, seed + 13);
        per.put("pooled", round(c));
        per.put("glasses", rx.length);
        return Claim.of("thermal_expansion_no_correlation_" + model,
                "the local thermal expansion alpha shows no sign of correlation with the first event (C pooled over the " + model + " glasses)",
                "Sec. II.C, Fig. 3(b,c)")
            .paper(0.0).measured(per).interval(ci).status(PlasticityRules.noCorrelation(c, ci, rx.length));
    }

    /** LJ and POLY rank the indicators alike: Spearman of C_min over the fields scored on every glass, ductile parents. */
    Claim sameRankingAcrossModels() {
        Protocol lj = PlasticityProtocols.ductile(ps, "lj"), poly = PlasticityProtocols.ductile(ps, "poly");
        String claim = "the interaction potential has little influence: LJ and POLY glasses rank the indicators alike";
        if (lj == null || poly == null)
            return Claim.of("lj_and_poly_rank_alike", claim, "Sec. III.A, Fig. 4(c,d,e,f)").paper("similar C_min")
                .notShown("one model only in this preset", "an LJ and a POLY protocol (the long preset has LJ HTL and ESL)");
        List<Indicator> common = new ArrayList<>();
        for (Indicator i : Indicator.values())
            if (samples.firstEventRanks(lj, i).length == samples.scored(lj).size() && samples.firstEventRanks(poly, i).length == samples.scored(poly).size()
                && samples.scored(lj).size() > 0 && samples.scored(poly).size() > 0) common.add(i);
        double[][] a = samples.pairedRanks(lj, common.toArray(Indicator[]::new)), b = samples.pairedRanks(poly, common.toArray(Indicator[]::new));
        double rho = spearmanOfScores(a, b, null, null);
        double[] ra = Bootstrap.replicas(a[0].length, ix -> Double.NaN, 1, 0);
        double[] rep = new double[Bootstrap.REPLICAS];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed + 17);
        for (int k = 0; k < rep.length; k++)
            rep[k] = spearmanOfScores(a, b, Bootstrap.resample(a[0].length, 1, rng), Bootstrap.resample(b[0].length, 1, rng));
        double[] ci = a[0].length < Bootstrap.MIN_UNITS || b[0].length < Bootstrap.MIN_UNITS ? new double[] {Double.NaN, Double.NaN} : Bootstrap.percentiles90(rep);
        return Claim.of("lj_and_poly_rank_alike", claim + " (" + lj.name() + " vs " + poly.name() + ", Spearman of C_min over " + common.size() + " fields)",
                "Sec. III.A, Fig. 4(c,d,e,f)")
            .paper("similar C_min").measured(Reports.object("spearman_of_C_min", round(rho), "fields", common.stream().map(i -> i.label).toList(),
                "glasses_lj", a[0].length, "glasses_poly", b[0].length)).interval(ci).status(PlasticityRules.sameRanking(rho, ci));
    }

    private static double spearmanOfScores(double[][] a, double[][] b, int[] ia, int[] ib) {
        double[] ca = new double[a.length], cb = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            ca[i] = ia == null ? ScoreIntervals.c(a[i]) : 2 * ScoreIntervals.mean(a[i], ia) - 1;
            cb[i] = ib == null ? ScoreIntervals.c(b[i]) : 2 * ScoreIntervals.mean(b[i], ib) - 1;
        }
        return RankCorrelation.spearman(ca, cb);
    }
}
