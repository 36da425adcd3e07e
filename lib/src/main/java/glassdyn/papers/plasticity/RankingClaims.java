package glassdyn.papers.plasticity;

import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.claims.Verdict;
import glassdyn.indicators.Indicator;
import glassdyn.papers.Reports;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking claims of paper 003 (Sec. III.A, Fig. 4b-g) measured on the first events of the scored glasses: each an
 * ordinal comparison with a paired bootstrap interval over glasses ({@link ScoreIntervals}), decided by
 * {@link PlasticityRules}. Protocols are chosen within one model by the parents' temperatures ({@link PlasticityProtocols}).
 */
final class RankingClaims {
    static final Indicator[] POOR = {Indicator.DENSITY, Indicator.FREE_VOLUME};
    static final Indicator[] OTHER_STRUCTURAL = {Indicator.DENSITY, Indicator.FREE_VOLUME, Indicator.EXCESS_ENTROPY, Indicator.CONTACTS,
        Indicator.ANISOTROPY, Indicator.ANISOTROPY_DIVERGENCE, Indicator.HEXATIC};
    /** Every field outside the linear-response family of Fig. 2(iii) (M, c_alpha, vib): the "other methods" of the conclusion. */
    static final Indicator[] OUTSIDE_LINEAR_MODES = java.util.Arrays.stream(Indicator.values())
        .filter(i -> i.family != Indicator.Family.LINEAR_RESPONSE).toArray(Indicator[]::new);

    private final PlasticitySamples samples;
    private final long seed;

    RankingClaims(PlasticitySamples samples, long seed) {
        this.samples = samples;
        this.seed = seed;
    }

    /** One paired comparison "a beats b" on protocol p: the verdict and its numbers. */
    record Comparison(String label, double diff, double[] interval, int glasses, Verdict verdict) {
        Map<String, Object> json() {
            return Reports.object("C_A_minus_C_B", round(diff), "interval90", Reports.round(interval), "glasses", glasses);
        }
    }

    Comparison compare(Protocol p, Indicator a, Indicator b) {
        return compare(a, b, samples.pairedRanks(p, a, b), seed);
    }

    /** "a beats b" from r_x of a ({@code r[0]}) and b ({@code r[1]}) on the same glasses: C_A - C_B, paired interval, verdict. */
    static Comparison compare(Indicator a, Indicator b, double[][] r, long seed) {
        double d = ScoreIntervals.c(r[0]) - ScoreIntervals.c(r[1]);
        double[] ci = ScoreIntervals.paired(r[0], r[1], seed + 31L * a.ordinal() + b.ordinal());
        return new Comparison(a.label + ">" + b.label, d, ci, r[0].length, PlasticityRules.beats(a.label, b.label, d, ci, r[0].length));
    }

    /** "a beats every one of bs" on p. */
    Claim beatsAll(String name, String claim, String source, Protocol p, Indicator a, Indicator... bs) {
        List<Comparison> cs = new ArrayList<>();
        for (Indicator b : bs) cs.add(compare(p, a, b));
        return beatsAll(name + "_" + p.name(), claim + " (" + p.name() + ")", source, cs);
    }

    /**
     * The entry of "a beats every one of several fields": the comparisons in 'measured', the lowest interval as the
     * interval, and {@link PlasticityRules#all}: pass when every paired interval lies above 0, fail when one lies below
     * 0, else not shown.
     */
    static Claim beatsAll(String name, String claim, String source, List<Comparison> cs) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Verdict> vs = new ArrayList<>();
        double[] worst = null;
        for (Comparison c : cs) {
            m.put(c.label(), c.json());
            vs.add(c.verdict());
            if (worst == null || !(c.interval()[0] >= worst[0])) worst = c.interval();
        }
        return Claim.of(name, claim, source).paper("better").measured(m)
            .interval(worst).status(PlasticityRules.all(vs.toArray(Verdict[]::new)));
    }

    /**
     * The conclusion's "the linear modes [...] outperform all other methods in ductile materials" (Sec. V): on the most
     * ductile parent of a model, the mode field M (B10, the linear modes themselves) beats every field outside the
     * linear-response family of Fig. 2(iii) ({@link #OUTSIDE_LINEAR_MODES}), each comparison paired over the glasses
     * that carry both fields. Heat capacity and vibrality are computed from the same harmonic modes, so they are the
     * linear modes, not "other methods".
     */
    Claim modesBeatAllDuctile(Protocol ductile) {
        return beatsAll("linear_modes_beat_all_ductile", "the mode field M scores above every field outside the linear-mode family (M, c_alpha, vib), "
                + "paired over glasses, in the most ductile parent", "Sec. V (conclusion), Fig. 4(b,c,d,e)", ductile, Indicator.SOFT_MODES,
            OUTSIDE_LINEAR_MODES);
    }

    /** The mode field M, Delta tau_y and SPS each beat density and free volume; Theta and S beat the other structural ones. */
    List<Claim> ranking(Protocol p) {
        List<Claim> l = new ArrayList<>();
        String src = "Sec. III.A, Fig. 4(b,c,f)";
        l.add(beatsAll("modes_beat_density_and_free_volume", "the vibrational-mode field M scores above density and free volume (paired over glasses)", src, p,
            Indicator.SOFT_MODES, POOR));
        l.add(beatsAll("yield_stress_beats_density_and_free_volume", "Delta tau_y scores above density and free volume (paired over the Delta tau_y glasses)", src, p,
            Indicator.YIELD_STRESS, POOR));
        l.add(beatsAll("sps_beats_density_and_free_volume", "SPS scores above density and free volume (paired over the SPS glasses)", src, p,
            Indicator.SADDLE_POINTS, POOR));
        l.add(structuralBest(p));
        return l;
    }

    /** Theta and S each beat the strongest other structural indicator (chosen by its point estimate). */
    Claim structuralBest(Protocol p) {
        Indicator strongest = OTHER_STRUCTURAL[0];
        for (Indicator i : OTHER_STRUCTURAL) if (samples.cMin(p, i) > samples.cMin(p, strongest)) strongest = i;
        Comparison t = compare(p, Indicator.THETA, strongest), s = compare(p, Indicator.SOFTNESS, strongest);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strongest_other", strongest.label);
        m.put(t.label(), t.json());
        m.put(s.label(), s.json());
        double[] worst = t.interval()[0] <= s.interval()[0] ? t.interval() : s.interval();
        return Claim.of("theta_and_softness_best_structural_" + p.name(),
                "Theta and S score above every other structural indicator (" + p.name() + "; paired against the strongest other)", "Sec. III.A, Fig. 4(b,c,f)")
            .paper("Theta, S best structural").measured(m).interval(worst).status(PlasticityRules.all(t.verdict(), s.verdict()));
    }

    /** C_min of M in the most ductile parent of a model with its interval over glasses: "approaching unity". */
    Claim nearOne(Protocol p) {
        double[] rx = samples.firstEventRanks(p, Indicator.SOFT_MODES);
        double c = ScoreIntervals.c(rx);
        double[] ci = ScoreIntervals.c(rx, seed + 7);
        return Claim.of("modes_near_one_" + p.name(), "the mode field M has C_min approaching 1 in a ductile glass (" + p.name()
                + "; read as C_min >= " + PlasticityRules.NEAR_ONE + ")", "Sec. III.A, Fig. 4(b)")
            .paper("approaching unity").measured(Reports.object("C_min_M", round(c), "glasses", rx.length,
                "C_min_dtau_y", round(samples.cMin(p, Indicator.YIELD_STRESS)), "C_min_vib", round(samples.cMin(p, Indicator.VIBRALITY))))
            .interval(ci).status(PlasticityRules.nearOne(c, ci, rx.length));
    }

    /** mu and free volume correlate with the first event (C above 0 with its interval). */
    Claim modulusAndFreeVolume(Protocol p) {
        double[] mu = samples.firstEventRanks(p, Indicator.LOCAL_MODULUS), fv = samples.firstEventRanks(p, Indicator.FREE_VOLUME);
        double[] cm = ScoreIntervals.c(mu, seed + 11), cf = ScoreIntervals.c(fv, seed + 12);
        Verdict v = PlasticityRules.all(PlasticityRules.beats("mu", "a random field", ScoreIntervals.c(mu), cm, mu.length),
            PlasticityRules.beats("free_volume", "a random field", ScoreIntervals.c(fv), cf, fv.length));
        return Claim.of("local_modulus_and_free_volume_correlate_" + p.name(), "mu and free volume correlate with the first event: C > 0 (" + p.name() + ")",
                "Sec. II.C, Fig. 3(b,c)")
            .paper("C > 0").measured(Reports.object("C_mu", round(ScoreIntervals.c(mu)), "interval_mu", Reports.round(cm),
                "C_free_volume", round(ScoreIntervals.c(fv)), "interval_free_volume", Reports.round(cf), "glasses", mu.length))
            .interval(cm[0] <= cf[0] ? cm : cf).status(v);
    }

    /**
     * Theta, S and M correlate with each other (the yellow box of Fig. 4a): the per-glass Spearman C_s of each pair,
     * averaged over glasses, with its interval over glasses above 0.
     */
    Claim structuralModeBlock(Protocol p) {
        Indicator[][] pairs = {{Indicator.THETA, Indicator.SOFTNESS}, {Indicator.THETA, Indicator.SOFT_MODES}, {Indicator.SOFTNESS, Indicator.SOFT_MODES}};
        int m = Indicator.values().length;
        Map<String, Object> out = new LinkedHashMap<>();
        List<Verdict> vs = new ArrayList<>();
        double[] worst = null;
        for (Indicator[] q : pairs) {
            double[] cs = samples.scored(p).stream().mapToDouble(r -> r.get("spearman")[q[0].ordinal() * m + q[1].ordinal()]).filter(x -> !Double.isNaN(x)).toArray();
            double mean = java.util.Arrays.stream(cs).average().orElse(Double.NaN);
            double[] ci = glassdyn.stats.Bootstrap.meanInterval(cs, seed + 23L * q[0].ordinal() + q[1].ordinal());
            out.put(q[0].label + "~" + q[1].label, Reports.object("C_s", round(mean), "interval90", Reports.round(ci), "glasses", cs.length));
            vs.add(PlasticityRules.beats("C_s(" + q[0].label + ", " + q[1].label + ")", "0", mean, ci, cs.length));
            if (worst == null || !(ci[0] >= worst[0])) worst = ci;
        }
        return Claim.of("theta_softness_modes_correlated_" + p.name(), "Theta, S and the mode field M are positively correlated with each other (" + p.name() + ")",
                "Sec. III.A, Fig. 4(a) yellow box").paper("highly correlated").measured(out).interval(worst).status(PlasticityRules.all(vs.toArray(Verdict[]::new)));
    }
}
