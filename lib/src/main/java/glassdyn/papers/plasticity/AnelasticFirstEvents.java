package glassdyn.papers.plasticity;

import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.claims.Verdict;
import glassdyn.papers.Reports;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fig. 5 (Sec. III.A): "One direct consequence is the reversibility of first inelastic events in very stable glasses as
 * shown in Fig. 5"; caption: "Anelastic events in stable glasses. Example of an anelastic (reversible) plastic event in
 * a stable glass". Read from the detector study that every scored glass already carries ({@link OnsetDetectors}): the
 * paper's detector fires on the first stress decrease (onset gamma_x); the variant then tests each step from gamma_x
 * for reversibility (load by h, unload by h, the glass returns). A glass's first stress-decrease event counts as
 * reversible when the first irreversible step lies more than one AQS step past gamma_x, or when none is found up to
 * the give-up strain. Gaps below one step are the falling stress of the elastic branch within ~1e-5 of the
 * saddle-node (Fig. 11(a)), on which the stress rule fires, not a separate event. The test unloads by h only (at most
 * one AQS step), where the paper shears back until the glass recovers: an anelastic event whose hysteresis is wider
 * than h counts as irreversible here, so the measured fraction is a lower bound of the anelastic fraction.
 *
 * <p>The claim is read as: the fraction of glasses with a reversible first stress-decrease event is larger in the most
 * stable parent of a model than in its most ductile one, decided only when the most stable parent is a very stable
 * (brittle) glass ({@link PlasticityProtocols#brittle}), as the paper's "very stable glasses" are; the difference of
 * the fractions has a bootstrap interval over glasses, each parent resampled by itself.
 */
final class AnelasticFirstEvents {
    private AnelasticFirstEvents() {}

    /**
     * 1 if the first stress-decrease event of a scored glass was reversible, 0 if it was irreversible within one AQS
     * step {@code step}, NaN if the glass has no first event or no detector study.
     */
    static double reversible(GlassRecord r, double step) {
        if (!r.has("locus") || !r.has("alt.found")) return Double.NaN;
        if (r.scalar("alt.found") == 0) return 1;
        return r.scalar("alt.gamma_x") - r.scalar("gamma_x") > step * (1 + 1e-9) ? 1 : 0;
    }

    /** The 0/1 flags of the glasses of {@code p} that carry the detector study. */
    static double[] flags(PlasticitySamples samples, Protocol p, double step) {
        return samples.scored(p).stream().mapToDouble(r -> reversible(r, step)).filter(x -> !Double.isNaN(x)).toArray();
    }

    static Claim claim(String model, List<Protocol> ps, PlasticitySamples samples, double step, long seed) {
        Map<Protocol, double[]> flags = new LinkedHashMap<>();
        for (Protocol p : PlasticityProtocols.byStability(ps, model)) flags.put(p, flags(samples, p, step));
        return claim(model, flags, step, seed);
    }

    /**
     * The entry from the flags of each parent of one model, ordered from most ductile to most stable: every parent's
     * count with its Wilson interval in 'measured', and {@link PlasticityRules#moreOften} on the most stable against
     * the most ductile when the most stable one is brittle.
     */
    static Claim claim(String model, Map<Protocol, double[]> byStability, double step, long seed) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<Protocol, double[]> e : byStability.entrySet()) {
            int n = e.getValue().length, k = (int) Arrays.stream(e.getValue()).sum();
            m.put(e.getKey().name(), Reports.object("reversible_first_events", k, "glasses", n, "fraction", round(n == 0 ? Double.NaN : (double) k / n),
                "interval90", Reports.round(PlasticityRules.wilson90(k, n))));
        }
        m.put("reversible_if_first_irreversible_step_beyond", step);
        List<Protocol> l = List.copyOf(byStability.keySet());
        Claim.Builder b = Claim.of("reversible_first_events_stable_" + model, "the first stress-decrease event is reversible (the first irreversible step "
                + "comes more than one AQS step later) in a larger fraction of the most stable " + model + " glasses than of the most ductile ones",
                "Sec. III.A, Fig. 5").paper("reversible (anelastic) first events in very stable glasses").measured(m);
        if (l.size() < 2) return b.notShown("one " + model + " parent only", "a ductile and a very stable (brittle) parent");
        Protocol ductile = l.getFirst(), stable = l.getLast();
        double[] fs = byStability.get(stable), fd = byStability.get(ductile);
        double d = mean(fs) - mean(fd);
        double[] ci = ScoreIntervals.unpairedMean(fs, fd, seed + 71);
        m.put("difference_" + stable.name() + "_minus_" + ductile.name(), round(d));
        b.measured(m).interval(ci);
        Verdict v = PlasticityRules.moreOften("reversible first events", stable.name(), ductile.name(), d, ci, fs.length, fd.length);
        if (!PlasticityProtocols.brittle(stable))
            return b.notShown("the most stable " + model + " parent " + stable.name() + " is not a very stable (brittle) glass, where the paper reports "
                    + "reversible first events (measured, not decided: " + v.reason() + ")",
                "a brittle parent (POLY T_ini <= " + PlasticityProtocols.BRITTLE_T_MAX + " or LJ GQ) with at least 3 scored glasses carrying the detector study");
        return b.status(v);
    }

    private static double mean(double[] v) { return v.length == 0 ? Double.NaN : Arrays.stream(v).average().orElse(Double.NaN); }
}
