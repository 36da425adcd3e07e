package glassdyn.papers.plasticity;

import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.indicators.Indicator;
import glassdyn.indicators.IndicatorFields;
import glassdyn.indicators.PlasticityScore;
import glassdyn.papers.Reports;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.protocols.PlasticEvents;
import glassdyn.stats.Bootstrap;
import tech.tablesaw.api.Table;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * Sensitivity of the scores to the first-event detector (a labelled variant, never the default). Paper 003 detects an
 * event "when the computed stress sigma decreases, a signature of mechanical instability" (Appendix A.3), at strain
 * steps of 1e-5, takes the onset gamma_x as the last state before the decrease and checks (Fig. 11) that the lowest
 * mode there has converged to the critical mode Psi_c of the saddle-node at gamma_c &gt; gamma_x; the locus is the
 * particle of largest |Psi_c| (Sec. II.C). The pipeline's default ({@link PlasticEvents#run}) is that rule with a
 * threshold ({@link PlasticEvents#DROP_THRESHOLD}, spec 003 ambiguity 6) and a bisection of the step. Near a
 * saddle-node the elastic branch's own stress falls, so the rule can fire before the instability, and a small event
 * inside a step can leave no net decrease; the variant ({@link PlasticEvents#firstIrreversible}) takes the first step
 * that is irreversible (unloading does not return to the same minimum), searched from the default's onset like Fig.
 * 11's gamma_c ({@link PlasticEvents#refine}), in steps from the bisection resolution doubling up to the AQS step,
 * bisected and confirmed, at the pipeline's resolution; steps below the default's onset are not tested. Its onset is then the
 * last stable state below a saddle-node, where the lowest mode is the paper's "true critical mode" Psi_c. On every
 * scored glass it records the variant's onset, the locus by the paper's
 * rule (largest |Psi_min| at the variant's onset) and the particle that moved most in the irreversible
 * rearrangement, and r_x of every field at the variant's locus; the report compares C under both detectors, paired
 * over the same glasses.
 */
final class OnsetDetectors {
    private OnsetDetectors() {}

    /** Layout number of the record's detector entries; part of the scored stages' parameters. */
    static final int FORMAT = 3;
    /** The fields whose C is compared under both detectors: the best of each family (Fig. 4(d,e)). */
    static final List<Indicator> COMPARED = PlasticityIndicators.STABILITY_INDICATORS;

    /** Runs the variant on a scored glass from its first onset {@code e1} and records it in {@code r}. */
    static void record(GlassRecord r, PlasticEvents aqs, PlasticEvents.Event e1, double giveUpStrain, IndicatorFields.Fields f) {
        var bean = ManagementFactory.getThreadMXBean();
        long t0 = bean.getCurrentThreadCpuTime();
        PlasticEvents.IrreversibleEvent alt = aqs.firstIrreversible(e1.onset(), e1.strain(), giveUpStrain);
        r.put("alt.cpu_seconds", (bean.getCurrentThreadCpuTime() - t0) * 1e-9);
        if (alt == null) { r.put("alt.found", 0); return; }
        PlasticEvents.Event e = alt.event();
        r.put("alt.found", 1).put("alt.gamma_x", e.strain()).put("alt.width", alt.width()).put("alt.steps", alt.steps())
            .put("alt.reversible_drops", alt.reversibleDrops()).put("alt.locus", e.locus()).put("alt.displacement_locus", alt.displacementLocus())
            .put("alt.max_displacement", alt.maxDisplacement()).put("alt.stress_drop", e.stressDrop()).put("alt.lambda", e.lowestEigenvalue());
        for (Indicator ind : Indicator.values()) {
            double[] raw = f.raw().get(ind);
            if (raw != null) r.put("rx_alt." + ind.label, PlasticityScore.normalisedRank(ind.oriented(raw), e.locus()));
        }
    }

    /** The scored glasses of {@code p} that carry the variant with an event, with their index K. */
    static List<Map.Entry<Integer, GlassRecord>> glasses(Preset preset, PlasticitySamples samples, Protocol p) {
        List<Map.Entry<Integer, GlassRecord>> l = new ArrayList<>();
        for (int k = 0; k < preset.testSamples(); k++) {
            GlassRecord r = samples.record(p, "test", k);
            if (r != null && r.has("locus") && r.has("alt.found") && r.scalar("alt.found") == 1) l.add(Map.entry(k, r));
        }
        return l;
    }

    /** gamma_c of glass {@code k} from its critical-mode approach ({@link CriticalModeConvergence}), or NaN. */
    static double gammaC(PlasticitySamples samples, Protocol p, int k) {
        GlassRecord a = samples.record(p, "approach", k);
        return a != null && a.has("gamma_c") ? a.scalar("gamma_c") : Double.NaN;
    }

    /**
     * Per glass: gamma_x under both detectors, gamma_c where the approach ran, the variant's bracket, steps and
     * reversible stress drops past the default's onset, the loci (default, variant, largest irreversible displacement)
     * and r_x of the compared fields under both.
     */
    static Table perGlass(Preset preset, PlasticitySamples samples) {
        List<String> cols = new ArrayList<>(List.of("sample", "gamma_x_stress_1", "gamma_x_irreversible_1", "gamma_c_1", "bracket_1",
            "steps_after_stress_onset", "reversible_stress_drops", "locus_stress", "locus_irreversible", "locus_max_displacement",
            "same_locus", "max_displacement_d", "variant_cpu_s"));
        for (Indicator i : COMPARED) { cols.add("rx_stress_" + i.label); cols.add("rx_irreversible_" + i.label); }
        PanelRows t = new PanelRows("first_event_detectors", new String[] {"protocol"}, cols.toArray(String[]::new));
        for (Protocol p : preset.protocols())
            for (Map.Entry<Integer, GlassRecord> g : glasses(preset, samples, p)) {
                GlassRecord r = g.getValue();
                List<Object> row = new ArrayList<>(List.of(p.name(), (double) g.getKey(), r.scalar("gamma_x"), r.scalar("alt.gamma_x"),
                    gammaC(samples, p, g.getKey()), r.scalar("alt.width"), r.scalar("alt.steps"), r.scalar("alt.reversible_drops"),
                    r.scalar("locus"), r.scalar("alt.locus"), r.scalar("alt.displacement_locus"),
                    r.scalar("locus") == r.scalar("alt.locus") ? 1.0 : 0.0, r.scalar("alt.max_displacement"), r.scalar("alt.cpu_seconds")));
                for (Indicator i : COMPARED) {
                    row.add(r.has("rx." + i.label) ? r.scalar("rx." + i.label) : Double.NaN);
                    row.add(r.has("rx_alt." + i.label) ? r.scalar("rx_alt." + i.label) : Double.NaN);
                }
                t.add(row.toArray());
            }
        return t.table;
    }

    /** r_x under the default and under the variant, [0] and [1], over the glasses of {@code l} that have field {@code i}. */
    static double[][] pairedRanks(List<Map.Entry<Integer, GlassRecord>> l, Indicator i) {
        List<GlassRecord> w = l.stream().map(Map.Entry::getValue).filter(r -> r.has("rx." + i.label) && r.has("rx_alt." + i.label)).toList();
        double[][] out = new double[2][w.size()];
        for (int g = 0; g < w.size(); g++) { out[0][g] = w.get(g).scalar("rx." + i.label); out[1][g] = w.get(g).scalar("rx_alt." + i.label); }
        return out;
    }

    /**
     * C of field {@code i} under the default and the variant over the glasses of {@code l} that carry it, paired:
     * {glasses, C_stress, C_irreversible, difference interval low, high} (interval NaN below {@link Bootstrap#MIN_UNITS}).
     */
    static double[] pairedC(List<Map.Entry<Integer, GlassRecord>> l, Indicator i, long seed) {
        double[][] rx = pairedRanks(l, i);
        int n = rx[0].length;
        double[] ci = n < Bootstrap.MIN_UNITS ? new double[] {Double.NaN, Double.NaN} : ScoreIntervals.paired(rx[1], rx[0], seed + 61 + i.ordinal());
        return new double[] {n, ScoreIntervals.c(rx[0]), ScoreIntervals.c(rx[1]), ci[0], ci[1]};
    }

    /**
     * Per protocol and field: C under the default (stress decrease) and the variant (first irreversible step) on
     * the same glasses, their difference and its paired 90% bootstrap interval (NaN below {@link Bootstrap#MIN_UNITS}).
     */
    static Table scores(Preset preset, PlasticitySamples samples, long seed) {
        PanelRows t = new PanelRows("first_event_detector_scores", new String[] {"protocol", "indicator"},
            new String[] {"glasses", "C_stress_1", "C_irreversible_1", "C_irreversible_minus_stress_1", "diff_lo90_1", "diff_hi90_1", "noise_floor_1"});
        for (Protocol p : preset.protocols()) {
            List<Map.Entry<Integer, GlassRecord>> l = glasses(preset, samples, p);
            for (Indicator i : Indicator.values()) {
                double[] c = pairedC(l, i, seed);
                if (c[0] == 0) continue;
                t.add(p.name(), i.label, c[0], c[1], c[2], c[2] - c[1], c[3], c[4], PlasticityScore.noiseFloor((int) c[0]));
            }
        }
        return t.table;
    }

    /**
     * One protocol's entry: loci agreement, how far the variant's onset lies past the default's (in AQS steps of
     * {@code step}), the lowest eigenvalue at both onsets (a saddle-node has lambda_min -&gt; 0), gamma_c of the Fig. 11
     * approach (by glass index, NaN where it did not run) inside the variant's bracket, and C of {@link #COMPARED}
     * under both detectors with the paired interval of the difference.
     */
    static Map<String, Object> summary(List<Map.Entry<Integer, GlassRecord>> l, IntToDoubleFunction gammaC, double step, long seed) {
        int same = 0, sameDisp = 0, later = 0, withC = 0, cInBracket = 0;
        double maxGap = 0;
        double[] lamS = new double[l.size()], lamA = new double[l.size()];
        for (int q = 0; q < l.size(); q++) {
            GlassRecord r = l.get(q).getValue();
            if (r.scalar("locus") == r.scalar("alt.locus")) same++;
            if (r.scalar("alt.locus") == r.scalar("alt.displacement_locus")) sameDisp++;
            double gap = r.scalar("alt.gamma_x") - r.scalar("gamma_x");
            maxGap = Math.max(maxGap, gap);
            if (gap > step * (1 + 1e-9)) later++;
            lamS[q] = r.scalar("lambda");
            lamA[q] = r.scalar("alt.lambda");
            double gc = gammaC.applyAsDouble(l.get(q).getKey());
            if (!Double.isNaN(gc)) {
                withC++;
                if (gc >= r.scalar("alt.gamma_x") - 1e-12 && gc <= r.scalar("alt.gamma_x") + 2 * r.scalar("alt.width")) cInBracket++;
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("glasses", l.size());
        row.put("same_locus_stress_vs_irreversible", same + " of " + l.size());
        row.put("psi_locus_is_largest_displacement", sameDisp + " of " + l.size());
        row.put("irreversible_beyond_one_step", later + " of " + l.size());
        row.put("max_gamma_irreversible_minus_gamma_x", round(maxGap));
        row.put("median_lambda_min_stress_onset", round(CriticalModeClaims.median(lamS)));
        row.put("median_lambda_min_irreversible_onset", round(CriticalModeClaims.median(lamA)));
        row.put("gamma_c_within_irreversible_bracket", cInBracket + " of " + withC + " approach glasses");
        Map<String, Object> cs = new LinkedHashMap<>();
        for (Indicator i : COMPARED) {
            double[] c = pairedC(l, i, seed);
            if (c[0] == 0) continue;
            cs.put(i.label, Reports.object("glasses", (int) c[0], "C_stress", round(c[1]), "C_irreversible", round(c[2]),
                "difference_interval90", Reports.round(new double[] {c[3], c[4]})));
        }
        row.put("C", cs);
        return row;
    }

    /** The informational report entry: per protocol, the detectors' onsets and loci, and C of the compared fields under both. */
    static Claim claim(Preset preset, PlasticitySamples samples, long seed) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Protocol p : preset.protocols()) {
            List<Map.Entry<Integer, GlassRecord>> l = glasses(preset, samples, p);
            if (!l.isEmpty()) m.put(p.name(), summary(l, k -> gammaC(samples, p, k), preset.strainStep(), seed));
        }
        return claimOf(m);
    }

    /** The entry from the per-protocol summaries: informational, or not shown when no glass carries the variant. */
    static Claim claimOf(Map<String, Object> perProtocol) {
        Claim.Builder b = Claim.of("first_event_detector_sensitivity", "sensitivity study, not a claim: the first event detected as the paper's "
                    + "stress decrease (default, threshold " + PlasticEvents.DROP_THRESHOLD + ") against the variant that takes the first irreversible step "
                    + "at or after the default's onset, searched as Fig. 11's gamma_c (unloaded, the glass does not return within " + PlasticEvents.IRREVERSIBLE + " mean diameters); onsets, loci "
                    + "(largest |Psi_min| at each onset) and C of the best field of each family on the same glasses", "Appendix A.3, Fig. 11; Sec. II.C")
            .paper("events detected when the computed stress decreases (A.3)").measured(perProtocol);
        if (perProtocol.isEmpty()) return b.notShown("no scored glass carries the variant (checkpoints older than the detector study, or no first event)",
            "scored glasses run with the detector study");
        return b.informational("a labelled variant; the default stays the paper's rule (A.3: a stress decrease, onset gamma_x before gamma_c, "
            + "Fig. 11 checks the mode at gamma_x); C differences are paired over glasses: C(irreversible) - C(stress)");
    }
}
