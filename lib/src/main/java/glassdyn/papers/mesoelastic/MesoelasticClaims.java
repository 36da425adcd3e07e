package glassdyn.papers.mesoelastic;

import glassdyn.papers.Reports;
import glassdyn.papers.StageResult;
import glassdyn.stats.Bootstrap;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static glassdyn.papers.mesoelastic.MesoelasticObservables.*;
import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/** The claims of paper 004, each measured on the finished stages and judged by one small method. */
public final class MesoelasticClaims {
    /** Not shown at this scale: "pass" holds this string rather than true/false. */
    public static final String NOT_SHOWN = "not shown at this scale";

    private final MesoelasticResults r;
    private final MesoelasticFigures fig;
    private final Preset preset;
    private final long seed;
    private final String scale;

    public MesoelasticClaims(MesoelasticResults r, MesoelasticFigures fig, String scale) {
        this.r = r;
        this.fig = fig;
        this.preset = r.preset();
        this.seed = r.seed();
        this.scale = scale;
    }

    private static Map<String, Object> check(String name, String claim, Object paper, Object measured, Object pass) {
        return Reports.check(name, claim, paper, measured, pass);
    }

    static Map<String, Object> obj(Object... kv) { return Reports.object(kv); }

    /** A number rounded to 4 significant digits; null (JSON null) when not finite, next to a stated reason. */
    static Object num(double x) { return Double.isFinite(x) ? Reports.round(x) : null; }

    /** The report: every claim in the order of the paper. */
    public Map<String, Object> report() {
        List<Map<String, Object>> checks = new ArrayList<>();
        Table rel = fig.fig4Relative(), tau = fig.fig4Tau();
        for (SystemSpec s : preset.systems()) checks.add(kappaVsG(s, rows(rel, s.key())));
        checks.add(eq3Ipl(tau));
        if (preset.has("ss-0.6") && preset.has("ss-0.95")) checks.add(eq3SsDensity());
        checks.add(ballisticEnd(tau));
        for (SystemSpec s : preset.systems()) checks.add(stokesEinstein(s, rows(tau, s.key())));
        transitionRates(checks);
        Table cs = fig.fig7();
        if (cs.rowCount() >= 2) checks.add(spearmanDensity(cs));
        if (cs.rowCount() >= 2) checks.add(mobileImmobile());
        Map<String, Object> attraction = attraction();
        if (attraction != null) checks.add(attraction);
        checks.add(check("mblj", "mBLJ results (Eq. 3 with (0.02, 0.4); Gamma ~ 1)", obj("t_tilde", 0.02, "l_tilde", 0.4),
            "not run: the mBLJ parameters of paper 004 Ref. 67 were not available", NOT_SHOWN));
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("paper", "mesoelastic-kappa");
        rep.put("scale", scale);
        rep.put("checks", checks);
        return rep;
    }

    /** kappa grows more than G on annealing (Fig. 3, Fig. 4 a3-d3). */
    Map<String, Object> kappaVsG(SystemSpec s, Table rr) {
        int cold = s.lowestIndex();
        if (s.temperatures().length < 2)
            return check("kappa_vs_G_annealing_" + s.key(), "kappa increases on annealing more than G (Figs. 3, 4 a3-d3)",
                s.key().equals("ipl") ? "kappa +~100%, G +26% (3DIPL)" : "relative increase of kappa > that of G",
                "one parent temperature only", NOT_SHOWN);
        double dk = col(rr, "kappa_relative_change")[cold], dg = col(rr, "G_relative_change")[cold];
        int hot = s.hottestIndex();
        StageResult uh = r.dyn(s, hot), uc = r.dyn(s, cold);
        double[] ci = relativeGapInterval(uh, uc, seed + 5);
        boolean resolved = ci[0] > 0 || ci[1] < 0;
        int nIs = Math.min(uh.table("is").rowCount(), uc.table("is").rowCount());
        String reason;
        if (!Double.isFinite(ci[0]))
            reason = "fewer than " + MIN_BLOCKS + " independent tau_alpha blocks of IS in an ensemble (IS per block: hot "
                + isBlock(uh) + ", cold " + isBlock(uc) + ")";
        else if (resolved) reason = "resolved";
        else {
            // the interval narrows as 1/sqrt(IS): ensembles this many times larger would put |difference| at its half-width
            double half = 0.5 * (ci[1] - ci[0]), factor = Math.pow(half / Math.abs(dk - dg), 2);
            reason = "the 90% interval of the difference contains 0; about " + num(factor) + " x the " + nIs
                + " IS per temperature (and the production run in proportion) would resolve a difference this size";
        }
        return check("kappa_vs_G_annealing_" + s.key(),
            "kappa increases on annealing more than G (Figs. 3, 4 a3-d3); relative change from T_p = "
                + s.temperatures()[hot] + " to " + s.lowestT() + "; pass/fail when the 90% block-bootstrap interval of "
                + "(kappa change - G change), resampling IS in blocks of one tau_alpha, excludes 0, else not resolved at this scale",
            s.key().equals("ipl") ? obj("kappa", 1.0, "G", 0.26, "note", "over the paper's (larger) MD range") : "kappa > G",
            obj("kappa", num(dk), "G", num(dg), "difference_ci90", Arrays.asList(num(ci[0]), num(ci[1])), "IS_per_block",
                List.of(isBlock(uh), isBlock(uc)), "reason", reason),
            resolved ? (Object) (dk > dg) : NOT_SHOWN);
    }

    /** Eq. 3 for IPL over tau_alpha/t0 &gt;= 10 with (t~, l~) = (0.1, 0.4) (Sec. III A, Fig. 4 a4). */
    Map<String, Object> eq3Ipl(Table tau) {
        SystemSpec ipl = r.system("ipl");
        MesoelasticFit f = fig.eq3Fit("ipl");
        long activated = Arrays.stream(col(rows(tau, "ipl"), "tau_over_t0")).filter(x -> x >= ACTIVATED_TAU_T0).count();
        boolean resolvedIpl = eq3Resolved(ipl);
        Object pass = activated < 2 || !resolvedIpl || !Double.isFinite(f.lTilde()) ? NOT_SHOWN : (Object) (Math.abs(Math.log(f.lTilde() / 0.4)) < Math.log(1.5)
            && Math.abs(Math.log10(f.tTilde() / 0.1)) < 1);
        return check("eq3_fit_ipl", "Eq. 3, ln(tau/t0) = (l a0)^2 kappa/T + ln t, fitted for IPL over tau/t0 >= 10 ("
                + activated + " point(s) there; all points used when fewer than 2); pass: l within x1.5 of 0.4 and t within x10 of 0.1; "
                + "not shown when kappa at the ends of the fit range is not resolved (90% bootstrap intervals overlap): "
                + (resolvedIpl ? "resolved" : "not resolved"),
            obj("t_tilde", 0.1, "l_tilde", 0.4), obj("t_tilde", num(f.tTilde()), "l_tilde", num(f.lTilde()), "r2", num(f.rSquared()),
                "points", f.points(), "tau_over_t0_range", eq3TauRange("ipl"), "note", eq3Note(f), "kappa_at_fit_ends", eq3KappaEnds(ipl)), pass);
    }

    /** Eq. 3 for SS: holds at rho = 0.95, fails at 0.6 and 0.7 with an absurdly small t~ (Fig. 6 a1-a3). */
    Map<String, Object> eq3SsDensity() {
        MesoelasticFit lo = fig.eq3Fit("ss-0.6"), hi = fig.eq3Fit("ss-0.95");
        boolean res = eq3Resolved(r.system("ss-0.6")) && eq3Resolved(r.system("ss-0.95"));
        Object ok = res && Double.isFinite(lo.tTilde()) && Double.isFinite(hi.tTilde()) ? (Object) (hi.tTilde() > lo.tTilde()) : NOT_SHOWN;
        return check("eq3_fit_ss_density", "Eq. 3 for SS: valid at rho = 0.95, invalid at 0.6 with t~ many orders of magnitude "
                + "below any intrinsic time (Fig. 6 a1-a3); pass: t~(0.95) > t~(0.6); not shown when kappa(T) is not resolved "
                + "within the fit range of either density",
            "t~(0.6) absurdly small", obj("ss-0.6", eq3Summary("ss-0.6", lo), "ss-0.95", eq3Summary("ss-0.95", hi)), ok);
    }

    private Map<String, Object> eq3Summary(String system, MesoelasticFit f) {
        return obj("t_tilde", num(f.tTilde()), "l_tilde", num(f.lTilde()), "points", f.points(),
            "tau_over_t0_range", eq3TauRange(system), "kappa_at_fit_ends", eq3KappaEnds(r.system(system)), "note", eq3Note(f));
    }

    /** The ballistic regime ends near 0.1 t0 in all models (Appendix D1, Fig. 9 a). */
    Map<String, Object> ballisticEnd(Table tau) {
        List<Double> ends = new ArrayList<>();
        for (Row row : tau) if (Double.isFinite(row.getDouble("t_ballistic_end_over_t0"))) ends.add(row.getDouble("t_ballistic_end_over_t0"));
        double lo = ends.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
            hi = ends.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return check("ballistic_end", "MSD/a0^2 = 3 (t/t0)^2 up to about 0.1 t0 in all models (Fig. 9 a); end = first lag "
                + "where MSD falls 20% below it; pass: every system and T in [0.05, 0.2] t0",
            0.1, obj("min", num(lo), "max", num(hi)), lo >= 0.05 && hi <= 0.2);
    }

    /** Stokes-Einstein exponent 0.74-0.79 over the activated regime, D only where the MSD is diffusive (spec 004 A18). */
    Map<String, Object> stokesEinstein(SystemSpec s, Table q) {
        double[] temps = col(q, "T"), x = col(q, "tau_over_t0"), d = col(q, "D_t0_over_a0sq"), ok = col(q, "D_diffusive"),
            slope = col(q, "msd_log_slope_in_D_window"), winEnd = col(q, "D_window_end_over_tau");
        boolean[] reliable = new boolean[ok.length];
        for (int i = 0; i < ok.length; i++) reliable[i] = ok[i] == 1;
        StokesEinstein se = StokesEinstein.fit(x, d, reliable, ACTIVATED_TAU_T0);
        List<Object> perT = new ArrayList<>();
        for (int i = 0; i < x.length; i++)
            perT.add(obj("T", temps[i], "tau_over_t0", num(x[i]), "D_t0_over_a0sq", num(d[i]), "msd_log_slope", num(slope[i]),
                "D_window_end_over_tau", num(winEnd[i]), "used", se.used()[i]));
        double dMin = Double.NaN, dMax = Double.NaN;
        for (int i = 0; i < d.length; i++) if (se.used()[i]) { dMin = Double.isNaN(dMin) ? d[i] : Math.min(dMin, d[i]); dMax = Double.isNaN(dMax) ? d[i] : Math.max(dMax, d[i]); }
        Object sePass;
        String reason;
        if (se.points() < 3) {
            sePass = NOT_SHOWN;
            reason = se.points() + " temperature(s) with tau_alpha/t0 >= " + ACTIVATED_TAU_T0 + " and a diffusive MSD (|log slope - 1| <= "
                + DIFFUSIVE_TOLERANCE + " over MSD > a0^2); 3 are needed for an exponent with an error";
        } else if (!(se.halfWidth90() <= SE_HALF_WIDTH_MAX)) {
            sePass = NOT_SHOWN;
            reason = "90% interval half-width " + num(se.halfWidth90()) + " > " + SE_HALF_WIDTH_MAX
                + ": cannot tell 0.74-0.79 from the Stokes-Einstein value 1";
        } else {
            sePass = se.xi() + se.halfWidth90() >= 0.74 && se.xi() - se.halfWidth90() <= 0.79;
            reason = "resolved";
        }
        return check("stokes_einstein_" + s.key(), "D t0/a0^2 ~ (tau_alpha/t0)^-xi with xi in 0.74-0.79 (Fig. 9 b, Appendix D1); "
                + "fit over the activated regime tau_alpha/t0 >= " + ACTIVATED_TAU_T0 + " (the paper's range is only in its figure), "
                + "D from MSD > a0^2 where the MSD is diffusive; pass: the 90% interval of xi meets [0.74, 0.79]; not shown with fewer "
                + "than 3 such temperatures or an interval wider than +-" + SE_HALF_WIDTH_MAX,
            "0.74-0.79", obj("xi", num(se.xi()), "xi_ci90_half_width", num(se.halfWidth90()), "points", se.points(),
                "tau_over_t0_range", Arrays.asList(num(se.tauMin()), num(se.tauMax())), "D_t0_over_a0sq_range", Arrays.asList(num(dMin), num(dMax)),
                "paper_range", "from tau_alpha/t0 ~ 10 (start of the activated regime) to its deepest GPU state points; values only in Fig. 9 b",
                "reason", reason,
                "xi_all_diffusive_T", num(se.xiAll()), "xi_all_note", "every T with a diffusive D, the normal liquid included (not the paper's range)",
                "per_T", perT), sePass);
    }

    /** IS transition rates: SS far above IPL (Fig. 5 b), and falling on compression of SS (Fig. 5 c-d). */
    void transitionRates(List<Map<String, Object>> checks) {
        Map<String, Double> rate = new LinkedHashMap<>(), upper = new LinkedHashMap<>(), count = new LinkedHashMap<>();
        for (Row row : fig.fig5b()) {
            rate.put(row.getString("system"), row.getDouble("scaled_rate"));
            upper.put(row.getString("system"), row.getDouble("scaled_rate_upper"));
            count.put(row.getString("system"), row.getDouble("transitions"));
        }
        Map<String, Object> measuredRates = new LinkedHashMap<>();
        for (String k : rate.keySet()) {
            SystemSpec s = r.system(k);
            measuredRates.put(k, obj("scaled_rate", num(rate.get(k)), "transitions", count.get(k).intValue(), "T", s.lowestT(),
                "tau_over_t0", num(tauAlpha(r.dyn(s, s.lowestIndex())) / s.t0(s.lowestT()))));
        }
        if (rate.containsKey("ss-0.6"))
            checks.add(check("transition_rate_ipl_vs_ss", "reduced IS transition rate Gamma t_ballistic N0/N of SS (rho 0.6) exceeds IPL's by "
                    + "at least an order of magnitude (Fig. 5 b), one trajectory per system at its lowest T (the paper: ten, at state points "
                    + "of similar viscosity, Fig. 10; tau_alpha/t0 listed); IPL with no transition is bounded by one transition",
                obj("IPL", "~0.1 (inferred)", "SS/SW", ">~10 (inferred)"), measuredRates, rate.get("ss-0.6") >= 10 * upper.get("ipl")));
        if (rate.containsKey("ss-0.6") && rate.containsKey("ss-0.95")) checks.add(ssDensityRate(rate, upper, count));
    }

    private static Map<String, Object> ssDensityRate(Map<String, Double> rate, Map<String, Double> upper, Map<String, Double> count) {
        boolean ok = rate.get("ss-0.6") > upper.get("ss-0.95");
        // with no transition at 0.95 its rate is 0 and the ratio unbounded above: report the bound from one transition
        boolean none = count.get("ss-0.95") == 0;
        double ratio = rate.get("ss-0.6") / upper.get("ss-0.95");
        String factor = ratio >= 100 ? "shown" : count.get("ss-0.6") == 0 ? "not shown at this scale: no transition at rho 0.6 either" : none
            ? "not shown at this scale: the transition-free rho 0.95 run bounds the ratio only from below, at " + num(ratio)
                + "; a run " + num(100 / ratio) + " x longer without a transition would show a factor 100"
            : "not shown at this scale: measured ratio " + num(ratio) + " from " + count.get("ss-0.95").intValue() + " transition(s) at rho 0.95";
        return check("transition_rate_ss_density", "for SS the rate falls on compression: rho 0.6 -> 0.95 lowers it by over two decades "
                + "(Fig. 5 c-d); one trajectory per density (the paper averages ten); pass: rate(0.6) > rate(0.95) (a run without "
                + "transition bounded by one transition); the factor 100 itself is reported separately",
            "factor > 100", obj("ss-0.6", num(rate.get("ss-0.6")), "ss-0.95", num(rate.get("ss-0.95")),
                none ? "ratio_lower_bound" : "ratio", num(ratio), "factor_100", factor), ok);
    }

    /** C_s(1/kappa, mobility) falls as the SS density is lowered (Figs. 6-7). */
    Map<String, Object> spearmanDensity(Table cs) {
        double[] rho = col(cs, "density"), c = col(cs, "C_s"), cLo = col(cs, "C_s_ci90_lo"), cHi = col(cs, "C_s_ci90_hi"),
            tt = col(cs, "tau_over_t0"), n = col(cs, "n_IS");
        Map<String, Object> meas = new LinkedHashMap<>();
        for (int i = 0; i < rho.length; i++)
            meas.put("rho " + rho[i], obj("C_s", num(c[i]), "ci90", Arrays.asList(num(cLo[i]), num(cHi[i])), "n_IS", (int) n[i], "tau_over_t0", num(tt[i])));
        int hiK = 0, loK = 0;
        for (int i = 0; i < rho.length; i++) { if (rho[i] > rho[hiK]) hiK = i; if (rho[i] < rho[loK]) loK = i; }
        boolean separated = cLo[hiK] > cHi[loK] || cHi[hiK] < cLo[loK];
        meas.put("reason", separated ? "resolved" : "the 90% intervals of C_s at the highest and lowest density overlap");
        return check("spearman_density", "for SS, C_s(1/kappa, mobility) decreases as the density is lowered (Figs. 6-7), at state "
                + "points of similar viscosity (Fig. 11; here each density's lowest T, tau_alpha/t0 listed); pass/fail when the 90% "
                + "bootstrap intervals (resampling IS) at the highest and lowest density do not overlap: C_s(highest rho) > C_s(lowest rho)",
            "decreasing with decreasing rho (values only in Fig. 7)", meas, separated ? (Object) (c[hiK] > c[loK]) : NOT_SHOWN);
    }

    /** Mobile particles below-average kappa, immobile above, the separation shrinking at low density (Fig. 6 b). */
    Map<String, Object> mobileImmobile() {
        Table parts = fig.fig6Particles();
        Map<String, Object> meas = new LinkedHashMap<>();
        TreeMap<Double, double[]> gaps = new TreeMap<>();
        TreeMap<Double, Double> gap = new TreeMap<>();
        for (SystemSpec s : preset.systems()) {
            if (r.mob(s) == null) continue;
            Table t = rows(parts, s.key());
            double[] k = col(t, "kappa_over_mean"), cl = col(t, "class"), is = col(t, "is");
            double mob = 0, imm = 0;
            int nm = 0, ni = 0;
            for (int i = 0; i < k.length; i++) { if (cl[i] == 1) { mob += k[i]; nm++; } else if (cl[i] == -1) { imm += k[i]; ni++; } }
            mob /= nm; imm /= ni;
            gap.put(s.density(), imm - mob);
            gaps.put(s.density(), separationBootstrap(k, cl, is, seed + 17));
            double[] ci = Bootstrap.percentiles90(gaps.get(s.density()));
            meas.put(s.key(), obj("mobile", num(mob), "immobile", num(imm), "separation", num(imm - mob),
                "separation_ci90", Arrays.asList(num(ci[0]), num(ci[1])), "n_each", Math.min(nm, ni)));
        }
        double first = gap.firstEntry().getValue(), last = gap.lastEntry().getValue();
        double[] dHi = gaps.lastEntry().getValue(), dLo = gaps.firstEntry().getValue(), diff = new double[dHi.length];
        for (int b = 0; b < diff.length; b++) diff[b] = dHi[b] - dLo[b];
        double[] dci = Bootstrap.percentiles90(diff), hiCi = Bootstrap.percentiles90(dHi);
        boolean resolved = (dci[0] > 0 || dci[1] < 0) && (hiCi[0] > 0 || hiCi[1] < 0);
        meas.put("difference_highest_minus_lowest_ci90", Arrays.asList(num(dci[0]), num(dci[1])));
        meas.put("reason", resolved ? "resolved" : "a 90% interval (resampling IS) of the separation at the highest density or of its "
            + "difference to the lowest density contains 0");
        return check("mobile_immobile_kappa", "SS: mobile particles have below-average and immobile above-average local kappa at "
                + "rho = 0.95, the separation almost vanishing at 0.6 (Fig. 6 b); mean kappa_i/<kappa> of the 5+5 extremes per IS; "
                + "pass: separation (immobile - mobile) larger at the highest than at the lowest density, and positive there; "
                + "pass/fail only when the 90% bootstrap intervals (resampling IS) of both exclude 0",
            "well separated at 0.95, almost none at 0.6", meas, resolved ? (Object) (last > first && last > 0) : NOT_SHOWN);
    }

    /** Fig. 12: attraction-dominated SS against repulsion-dominated IPL; null without SS at rho 0.6. */
    Map<String, Object> attraction() {
        Map<String, Object> attrM = new LinkedHashMap<>();
        Map<String, Double> attrV = new LinkedHashMap<>();
        for (SystemSpec s : preset.systems()) {
            double a = mean(col(r.dyn(s, s.lowestIndex()).table("is"), "attractive_fraction"));
            attrV.put(s.key(), a);
            attrM.put(s.key(), num(a));
        }
        if (!attrV.containsKey("ss-0.6")) return null;
        return check("attraction_dominated_ss", "pairs of the IS in the attractive part of the potential (Fig. 12, Appendix D3): "
                + "IPL purely repulsive, SS many pairs in the strong attractive well; fraction of interacting pairs with u'(r) > 0 at "
                + "each system's lowest T; pass: IPL < 1% and SS (rho 0.6) > 25%",
            "IPL: none; SS: many", attrM, attrV.get("ipl") < 0.01 && attrV.get("ss-0.6") > 0.25);
    }

    // ---- the Eq. 3 fit range -----------------------------------------------------------------------------------

    /** Whether the IS-mean kappa of the two stages differs beyond their 90% block-bootstrap intervals. */
    private boolean kappaResolved(StageResult a, StageResult b) {
        double[] ca = isMeanInterval(a, "kappa_mean", seed + 11), cb = isMeanInterval(b, "kappa_mean", seed + 13);
        return ca[1] < cb[0] || cb[1] < ca[0];
    }

    /** kappa(T) at the extremes of the Eq. 3 fit range is statistically distinct (else the fit cannot test Eq. 3). */
    private boolean eq3Resolved(SystemSpec s) {
        int[] e = eq3Ends(s);
        return e != null && kappaResolved(r.dyn(s, e[0]), r.dyn(s, e[1]));
    }

    /** The 90% block-bootstrap intervals of kappa at the two ends of the Eq. 3 fit range (the reason behind {@link #eq3Resolved}). */
    private Map<String, Object> eq3KappaEnds(SystemSpec s) {
        int[] e = eq3Ends(s);
        if (e == null) return obj("note", "fewer than 2 temperatures with tau_alpha/t0 >= " + ACTIVATED_TAU_T0);
        double[] ca = isMeanInterval(r.dyn(s, e[0]), "kappa_mean", seed + 11), cb = isMeanInterval(r.dyn(s, e[1]), "kappa_mean", seed + 13);
        return obj("T_high", s.temperatures()[e[0]], "kappa_ci90_high_T", Arrays.asList(num(ca[0]), num(ca[1])),
            "T_low", s.temperatures()[e[1]], "kappa_ci90_low_T", Arrays.asList(num(cb[0]), num(cb[1])),
            "resolved", ca[1] < cb[0] || cb[1] < ca[0]);
    }

    /** Indices of the hottest and coldest temperature with tau_alpha/t0 &gt;= 10, or null with fewer than two. */
    private int[] eq3Ends(SystemSpec s) {
        List<Integer> in = new ArrayList<>();
        for (int k = 0; k < s.temperatures().length; k++) {
            double tau = tauAlpha(r.dyn(s, k)) / s.t0(s.temperatures()[k]);
            if (tau >= ACTIVATED_TAU_T0) in.add(k);
        }
        if (in.size() < 2) return null;
        int hi = in.get(0), lo = in.get(0);
        for (int k : in) { if (s.temperatures()[k] > s.temperatures()[hi]) hi = k; if (s.temperatures()[k] < s.temperatures()[lo]) lo = k; }
        return new int[] {hi, lo};
    }

    /** tau_alpha/t0 at the ends of the Eq. 3 fit range of a system (the points {@link MesoelasticFigures#eq3Fit} uses). */
    private List<Object> eq3TauRange(String system) {
        double[] y = col(rows(fig.fig4Eq3(), system), "tau_over_t0");
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        boolean activated = Arrays.stream(y).filter(v -> v >= ACTIVATED_TAU_T0).count() >= 2;
        for (double v : y) if (v > 0 && (!activated || v >= ACTIVATED_TAU_T0)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        return Arrays.asList(num(lo), num(hi));
    }

    /** What a fit with this many points can say. */
    private static String eq3Note(MesoelasticFit f) {
        if (f.points() < 2) return "fewer than 2 points: no fit";
        if (f.points() == 2) return "a line through 2 points: (t~, l~) are measured but the form of Eq. 3 is not tested (r2 = 1 by construction)";
        if (!(f.slope() > 0)) return "non-positive slope: l~ undefined (null)";
        return f.points() + " points";
    }
}
