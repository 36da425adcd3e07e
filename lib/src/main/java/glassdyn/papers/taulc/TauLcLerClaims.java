package glassdyn.papers.taulc;

import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.claims.Verdict;
import glassdyn.papers.Reports;

import java.util.List;
import java.util.Map;

/**
 * The checks of Figs. 10 and 12 (paper 001 Sec. II C and III A): LER particles are slow, LER stress accumulates in the
 * elastic stage while a fast cluster's does not, and R_cj of an LER crosses over at t_LER,1 while a fast cluster's
 * grows linearly. {@link LocalElasticRegions} measures against same-size random regions, {@link TauLcLerRules} decides,
 * {@link TauLcClaims#decide} applies the smoke policy and the tau_LC reliability gate (every check uses tau_LC at t_r).
 * Independent units: the reference times (each with its own cessation ensemble), the LERs and fast clusters.
 */
final class TauLcLerClaims {
    /**
     * What would show a check that the quick box cannot (quick, 2026-12-07: N = 300, 100 time units at rate 0.1, t_chi
     * 1.23, 4 complete LERs living ~2.5 time units each, so ~0.1 LER alive at a given time): the number alive scales
     * with N, so N ~ 3000 gives ~1 per reference time; five reference times then cost five cessation ensembles of
     * 25 x 60 time units, ~850 CPU-s each at the measured 1.06e6 atom-steps per CPU-s, and a ~60 CPU-s trajectory:
     * about 1.2 core-hours.
     */
    static final String NEEDS = "a larger box (N ~ 3000, about one LER alive per reference time) and five reference times: "
        + "~1.2 core-hours";

    private final TauLcDuality d;
    private final TauLcClaims claims;

    TauLcLerClaims(TauLcDuality d, TauLcClaims claims) {
        this.d = d;
        this.claims = claims;
    }

    private static Map<String, Object> obj(Object... kv) { return Reports.object(kv); }

    List<Claim> all() { return List.of(lerSlow(), stressAccumulation(), jumpRatioCrossover()); }

    private Claim lerSlow() {
        LocalElasticRegions.TauLcComparison c = d.ler().tauLcComparison();
        double p = TauLcLerRules.pAbove(c.observed(), c.nullMeans());
        Verdict v = TauLcLerRules.lerSlowerThanNull(c.observed(), c.nullMeans(), c.particles(), LocalElasticRegions.MIN_LER_PARTICLES);
        return Claim.of("ler_slow_tau_lc", "the particles of LERs in their elastic stage at t_r (paper 000's detector on a recorded "
                + "SLLOD trajectory at the LER rate) have a larger mean ln tau_LC (cessation ensemble at t_r) than same-size random regions "
                + "(the nearest A particles to a random A particle, " + LocalElasticRegions.NULL_DRAWS + " draws): one-sided p < "
                + TauLcLerRules.ALPHA + "; not shown below " + LocalElasticRegions.MIN_LER_PARTICLES + " LER particles", "Fig. 10(a,b), Sec. II C (i)")
            .paper("slow regions highly overlap LERs in the elastic stage; nearly 80% of slow particles are in elastic-stage LERs")
            .measured(obj("rate", d.lerRate(), "references", c.perReference().length, "t_r", d.lerReferenceTimes(), "t_chi", round(d.ler().tChi()),
                "complete_lers_in_recording", d.ler().completeLers(), "mean_lers_alive", round(d.ler().meanAlive()),
                "ler_particles", c.particles(), "mean_ln_tau_lc_ler", round(c.observed()), "mean_ln_tau_lc_per_reference", round(c.perReference()),
                "null_mean", round(mean(c.nullMeans())), "null_95", round(TauLcLerRules.quantile(c.nullMeans(), 0.95)), "p", round(p),
                "slow_fraction_in_elastic_lers", round(c.slowInElastic()), "elastic_ler_coverage_of_a_particles", round(c.elasticCoverage())))
            .needs(NEEDS)
            .status(claims.decide(true, v, "p = " + round(p)));
    }

    private Claim stressAccumulation() {
        LocalElasticRegions.SlopeComparison[] s = d.ler().stressComparison();
        Verdict v = TauLcLerRules.stressAccumulation(s[0].slopes(), s[0].null95(), s[1].slopes(), s[1].null95());
        return Claim.of("ler_stress_accumulates_fast_does_not", "the stress of the particles of an LER in its elastic stage at t_r rises over "
                + "its loading stage [t_LER,0, t_LER,2] faster than same-size random regions (slope above their 95% quantile) in more than half of the LERs, "
                + "and that of a fast cluster (Eq. 2, connected within " + LocalElasticRegions.FAST_CLUSTER_CUTOFF + " sigma, >= "
                + LocalElasticRegions.MIN_FAST_CLUSTER + " particles) over the LERs' median loading duration before t_r does not in more than half of them; units: "
                + "LERs and fast clusters of the reference times", "Fig. 10(c), Sec. II C (ii)")
            .paper("LER stress builds up until yielding; no stress accumulation in the fast cluster F1")
            .measured(obj("ler_slopes", round(s[0].slopes()), "ler_null_95", round(s[0].null95()), "ler_sizes", s[0].sizes(),
                "fast_slopes", round(s[1].slopes()), "fast_null_95", round(s[1].null95()), "fast_sizes", s[1].sizes(),
                "sets_with_windows_below_" + LocalElasticRegions.MIN_WINDOW_FRAMES + "_frames", new int[] {s[0].shortWindows(), s[1].shortWindows()},
                "units", "slope of sigma_set in epsilon / sigma^3 per tau_LJ"))
            .needs(NEEDS)
            .status(claims.decide(true, v, TauLcLerRules.above(s[0].slopes(), s[0].null95()) + " of " + s[0].slopes().length
                + " LERs, " + TauLcLerRules.above(s[1].slopes(), s[1].null95()) + " of " + s[1].slopes().length + " fast clusters accumulate"));
    }

    private Claim jumpRatioCrossover() {
        LocalElasticRegions.SlopeComparison[] s = d.ler().rcjComparison();
        Verdict v = TauLcLerRules.jumpRatioCrossover(s[0].slopes(), s[0].null95(), s[1].slopes(), s[1].null95());
        return Claim.of("rcj_crossover", "R_cj(t), the fraction of a region's particles that cage-jumped since t_in, grows faster after "
                + "t_LER,1 than before (slope after minus slope before above the 95% quantile of same-size random regions over the same "
                + "times) in more than half of the LERs, and not in more than half of the fast clusters (t_in, split and end from the "
                + "LERs' median stage durations around t_r)", "Fig. 12(c,d), Sec. III A")
            .paper("solid-like region: slow growth in the elastic stage, rapid after (crossover at R_cj ~ 10%); liquid-like: nearly linear")
            .measured(obj("ler_delta_slope", round(s[0].slopes()), "ler_null_95", round(s[0].null95()), "ler_sizes", s[0].sizes(),
                "ler_rcj_at_t_ler1", round(d.ler().rcjAtSplit()), "fast_delta_slope", round(s[1].slopes()), "fast_null_95", round(s[1].null95()),
                "fast_sizes", s[1].sizes(), "units", "R_cj slope in 1 / tau_LJ"))
            .needs(NEEDS)
            .status(claims.decide(true, v, TauLcLerRules.above(s[0].slopes(), s[0].null95()) + " of " + s[0].slopes().length
                + " LERs, " + TauLcLerRules.above(s[1].slopes(), s[1].null95()) + " of " + s[1].slopes().length + " fast clusters cross over"));
    }

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).filter(Double::isFinite).average().orElse(Double.NaN);
    }
}
