package glassdyn.papers.mesoelastic;

import glassdyn.claims.Claim;
import glassdyn.claims.Verdict;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.mesoelastic.MesoelasticClaims.num;
import static glassdyn.papers.mesoelastic.MesoelasticClaims.obj;
import static glassdyn.papers.mesoelastic.MesoelasticClaims.pair;

/**
 * The comparisons paper 004 makes at state points of matched viscosity (Sec. III B: "to meaningfully compare between
 * different models, we used state points of comparably high viscosity, see Appendix D 2"; Sec. III B-C for the SS
 * densities; Appendix D2, Figs. 10-11): Gamma of SS (rho 0.6) and SW against IPL (Fig. 5 b), Gamma across SS densities
 * (Fig. 5 d), C_s across SS densities (Fig. 7), each the '_matched' companion of the check measured at each system's
 * lowest T (those are kept as they are); and whether the state points are matched ({@link MatchedViscosityStage}: its
 * tau_alpha/t0 over the target, interval over independent liquids). Read from the {@code matched_viscosity} table.
 */
final class MesoelasticMatchedClaims {
    /**
     * One system at the target viscosity, or {@code missing} the reason it has none: tau_alpha/t0 over the target with
     * its interval, whether the lowest-T stages were reused (the system set the target), Gamma t_ball N0/N with its
     * interval over trajectories, the one-transition upper bound, the transition count, C_s with its interval over IS.
     */
    record Point(String system, double density, double tauRatio, double[] tauCi, boolean reused, double rate, double[] rateCi,
                 double rateUpper, int transitions, double cs, double[] csCi, String missing) {
        boolean present() { return missing == null; }

        static Point missing(String system, double density, String why) {
            return new Point(system, density, Double.NaN, null, false, Double.NaN, null, Double.NaN, 0, Double.NaN, null, why);
        }

        Map<String, Object> summary() {
            if (!present()) return obj("missing", missing);
            return obj("tau_over_t0_over_target", num(tauRatio), "tau_ci90", pair(tauCi), "lowest_T_reused", reused,
                "scaled_rate", num(rate), "scaled_rate_ci90", pair(rateCi), "transitions", transitions, "C_s", num(cs), "C_s_ci90", pair(csCi));
        }
    }

    private final Table table;
    private final double target;

    MesoelasticMatchedClaims(MesoelasticFigures fig) {
        this.table = fig.matchedViscosity();
        this.target = table.rowCount() == 0 ? Double.NaN : table.doubleColumn("target_tau_over_t0").getDouble(0);
    }

    /** The matched checks of the preset's systems. */
    List<Claim> claims() {
        Map<String, Point> p = points(table);
        List<Claim> out = new ArrayList<>();
        out.add(tauMatched(p, target));
        if (p.containsKey("ipl") && p.containsKey("ss-0.6"))
            out.add(rateVsIpl("transition_rate_ipl_vs_ss_matched", "SS", p.get("ss-0.6"), p.get("ipl"), target));
        if (p.containsKey("ipl") && p.containsKey("sw"))
            out.add(rateVsIpl("transition_rate_ipl_vs_sw_matched", "SW", p.get("sw"), p.get("ipl"), target));
        if (p.containsKey("ss-0.6") && p.containsKey("ss-0.95")) out.add(ssDensity(p.get("ss-0.6"), p.get("ss-0.95"), target));
        if (p.containsKey("ss-0.6") && p.containsKey("ss-0.95")) out.add(spearman(p.get("ss-0.6"), p.get("ss-0.95"), target));
        return out;
    }

    /** The points of the {@code matched_viscosity} table by system. */
    static Map<String, Point> points(Table t) {
        Map<String, Point> out = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            String s = t.stringColumn("system").get(i), note = t.stringColumn("note").get(i);
            double rho = d(t, "density", i);
            boolean reused = d(t, "reused", i) == 1, ran = d(t, "ran", i) == 1;
            if (!reused && !ran) { out.put(s, Point.missing(s, rho, note.isEmpty() ? "not measured" : note)); continue; }
            out.put(s, new Point(s, rho, d(t, "tau_ratio", i), ci(t, "tau_ratio", i), reused, d(t, "scaled_rate", i),
                ci(t, "scaled_rate", i), d(t, "scaled_rate_upper", i), (int) d(t, "transitions", i), d(t, "C_s", i), ci(t, "C_s", i), null));
        }
        return out;
    }

    private static double d(Table t, String c, int i) { return t.doubleColumn(c).getDouble(i); }

    private static double[] ci(Table t, String c, int i) {
        double lo = d(t, c + "_ci90_lo", i), hi = d(t, c + "_ci90_hi", i);
        return Double.isFinite(lo) && Double.isFinite(hi) ? new double[] {lo, hi} : null;
    }

    private static Map<String, Double> ratios(Point... ps) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Point p : ps) m.put(p.system(), p.tauRatio());
        return m;
    }

    private static Map<String, Object> measured(double target, Point... ps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target_tau_over_t0", num(target));
        for (Point p : ps) m.put(p.system(), p.summary());
        return m;
    }

    /** Not shown, naming the missing points; null when every point is present. */
    private static Verdict missing(Point... ps) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (Point p : ps) if (!p.present()) byReason.computeIfAbsent(p.missing(), k -> new ArrayList<>()).add(p.system());
        StringBuilder why = new StringBuilder();
        for (var e : byReason.entrySet()) why.append(why.isEmpty() ? "" : "; ").append(String.join(", ", e.getValue())).append(": ").append(e.getKey());
        return why.isEmpty() ? null : Verdict.notShown("no state point at the matched viscosity for " + why,
            "the matched-viscosity units (MatchedViscosityStage; long and paper scales)");
    }

    /**
     * Appendix D2 (protocol): each measured state point's tau_alpha/t0 lies within {@link MatchedViscosityStage#MATCH_FACTOR}
     * of the target ({@link MesoelasticRules#matchedTau}; any fail fails, all pass passes). Interval: the worst
     * point's, over its independent liquids.
     */
    static Claim tauMatched(Map<String, Point> points, double target) {
        List<Point> measured = new ArrayList<>();
        for (Point p : points.values()) if (p.present() && !p.reused()) measured.add(p);
        Verdict worst = null;
        double[] ci = null;
        int rank = -1;
        double far = -1;
        for (Point p : measured) {
            Verdict v = MesoelasticRules.matchedTau(p.system(), p.tauRatio(), p.tauCi(), MatchedViscosityStage.MATCH_FACTOR);
            // fail before not shown before pass; among equals the point farthest from the target
            int r = switch (v.status()) { case FAIL -> 2; case NOT_SHOWN -> 1; default -> 0; };
            double off = Math.abs(Math.log(p.tauRatio()));
            if (r > rank || (r == rank && off > far)) { worst = v; ci = p.tauCi(); rank = r; far = off; }
        }
        Point[] all = points.values().toArray(Point[]::new);
        Claim.Builder b = Claim.of("matched_viscosity_tau_alpha", "the state points compared at matched viscosity have tau_alpha/t0 of the "
                    + "large species' F_s within x" + MatchedViscosityStage.MATCH_FACTOR + " of the common target (ours: a quantitative proxy "
                    + "for the paper's MSD/F_s collapse; unit of the interval: independent liquids at T_matched, Student t on ln tau_alpha; "
                    + "the system that set the target is its own lowest-T point)", "Appendix D2, Figs. 10-11")
            .paper("state points of similar viscosity, chosen by collapse of MSD and F_s").measured(measured(target, all));
        if (measured.isEmpty()) {
            Verdict m = missing(all);
            return m != null ? b.status(m) : b.status(Verdict.notShown("no state point was run at T_matched", "two or more activated systems"));
        }
        if (ci != null) b.interval(ci);
        return b.status(worst);
    }

    /**
     * Fig. 5 b at matched viscosity: {@code model}'s reduced rate at least ten times IPL's
     * ({@link MesoelasticRules#rateRatio}; IPL without a transition bounded by one, its interval then unused), judged
     * only when both points are matched ({@link MesoelasticRules#atMatchedViscosity}).
     */
    static Claim rateVsIpl(String name, String model, Point granular, Point ipl, double target) {
        Claim.Builder b = Claim.of(name, "the reduced IS transition rate Gamma t_ball N0/N of " + model + " exceeds IPL's by at least an order of "
                    + "magnitude at matched viscosity (tau_alpha/t0 at the common target; unit of the interval: trajectories; companion of the "
                    + "check at each system's lowest T)", "Sec. III B, Fig. 5 b, Appendix D2")
            .paper(obj("IPL", "~0.1 (inferred)", "SS/SW", ">~10 (inferred)")).measured(measured(target, granular, ipl));
        Verdict m = missing(granular, ipl);
        if (m != null) return b.status(m);
        boolean none = ipl.transitions() == 0;
        double iplRate = none ? ipl.rateUpper() : ipl.rate();
        if (granular.rateCi() != null) b.interval(granular.rateCi());
        return b.status(MesoelasticRules.atMatchedViscosity(ratios(granular, ipl), MatchedViscosityStage.MATCH_FACTOR,
            MesoelasticRules.rateRatio(model, granular.rate(), iplRate, granular.rateCi(), none ? null : ipl.rateCi())));
    }

    /** Fig. 5 d at matched viscosity: the SS rate falls by over two decades from rho 0.6 to 0.95 ({@link MesoelasticRules#twoDecades}). */
    static Claim ssDensity(Point low, Point high, double target) {
        Claim.Builder b = Claim.of("transition_rate_ss_density_matched", "for SS the IS transition rate falls by over two decades from rho 0.6 "
                + "to 0.95 at matched viscosity (rho 0.95 without a transition bounded by one; companion of the check at each density's lowest T)",
                "Sec. III B, Fig. 5 c-d, Appendix D2")
            .paper("factor > 100").measured(measured(target, low, high));
        Verdict m = missing(low, high);
        if (m != null) return b.status(m);
        boolean bounded = high.transitions() == 0;
        double ratio = low.rate() / (bounded ? high.rateUpper() : high.rate());
        return b.status(MesoelasticRules.atMatchedViscosity(ratios(low, high), MatchedViscosityStage.MATCH_FACTOR,
            MesoelasticRules.twoDecades(ratio, bounded, low.transitions() == 0)));
    }

    /** Fig. 7 at matched viscosity: C_s at rho 0.95 above C_s at rho 0.6 ({@link MesoelasticRules#larger}; intervals over IS). */
    static Claim spearman(Point low, Point high, double target) {
        Claim.Builder b = Claim.of("spearman_density_matched", "for SS, C_s(1/kappa_i, mobility) decreases as the density is lowered, at "
                + "matched viscosity (rho 0.95 against 0.6; unit: IS; companion of the check at each density's lowest T)",
                "Sec. III C, Figs. 6-7, Appendix D2")
            .paper("decreasing with decreasing rho (values only in Fig. 7)").measured(measured(target, low, high));
        Verdict m = missing(low, high);
        if (m != null) return b.status(m);
        if (high.csCi() == null || low.csCi() == null)
            return b.status(Verdict.notShown("no C_s interval (fewer than 3 mobility IS)", "more mobility IS"));
        return b.status(MesoelasticRules.atMatchedViscosity(ratios(low, high), MatchedViscosityStage.MATCH_FACTOR,
            MesoelasticRules.larger(high.cs(), high.csCi(), low.cs(), low.csCi(), "C_s(rho 0.95) vs C_s(rho 0.6) at matched viscosity")));
    }
}
