package glassdyn.papers.epmq;

import glassdyn.claims.Claim;
import glassdyn.claims.Verdict;
import glassdyn.epm.Correlations;
import glassdyn.epm.EpmRun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.Reports.round;
import static glassdyn.papers.epmq.EpmQColumns.column;
import static glassdyn.papers.epmq.EpmQColumns.obj;

/**
 * The checks of paper 002's dynamic-heterogeneity claims (Figs. 2, 3, SI Figs. 7-10), one method per claim, decided
 * by the rules of {@link EpmQRules}; intervals are 90% over independent trajectories.
 */
public final class EpmQHeterogeneityClaims {
    /** Mean persistence range of the lag pairs used by the facilitation test (sparse mobile sites). */
    public static final double FACILITATION_P_LOW = 0.7, FACILITATION_P_HIGH = 0.995;

    private final EpmQ q;
    private final EpmQ.Preset preset;
    private final TemperatureSeries s;

    EpmQHeterogeneityClaims(EpmQ q, TemperatureSeries s) {
        this.q = q;
        this.preset = q.preset();
        this.s = s;
    }

    List<Claim> all() {
        return List.of(chi4PeakGrows(), chi4PeakLinear(), chi4PeakBends(), chi4PeakAtTauAlpha(), chi4WithoutElasticity(),
            finiteSize(), stationarity(), facilitation(), dynamicLengthGrows());
    }

    private int hottest() { int b = 0; for (int i = 1; i < s.T.length; i++) if (s.T[i] > s.T[b]) b = i; return b; }
    private int coldest() { int b = 0; for (int i = 1; i < s.T.length; i++) if (s.T[i] < s.T[b]) b = i; return b; }

    Claim chi4PeakGrows() {
        int h = hottest(), c = coldest();
        double lg = Math.log(s.chi4[c] / s.chi4[h]);
        double se = Math.hypot(s.lnChi4Se[c], s.lnChi4Se[h]);
        double tq = TrajectoryStats.t95(Math.min(s.trajectories[c], s.trajectories[h]) - 1);
        double[] iv = {Math.exp(lg - tq * se), Math.exp(lg + tq * se)};
        return Claim.of("chi4_peak_grows", "the chi_4 peak grows on cooling, at least half as fast as chi_4 ~ 1/T implies",
                "Fig. 3(a), SI Fig. 7")
            .paper("grows; ~ 1/T at low T")
            .measured(obj("chi4_peak", round(s.chi4), "T", s.T, "growth", round(Math.exp(lg), 4)))
            .interval(iv)
            .status(EpmQRules.grows(Math.exp(lg), iv, s.T[h] / s.T[c]));
    }

    Claim chi4PeakLinear() {
        double[] x = new double[s.T.length];
        for (int i = 0; i < x.length; i++) x[i] = 1 / s.T[i];
        RelaxationLaws.Fit f = RelaxationLaws.line(x, s.select(s.chi4, 0, EpmQ.CHI4_FIT_TMAX), s.chi4Se);
        double[] iv = EpmQClaims.interval(f);
        return Claim.of("chi4_peak_linear_in_inverse_T", "the chi_4 peak is linear in 1/T at low T (T <= 0.020), weighted by trajectory errors",
                "SI Fig. 7")
            .paper("linear")
            .measured(obj("slope", round(f.slope(), 4), "chi2_per_dof", round(f.chi2PerDof(), 3), "points", f.points(),
                "chi4_peak_se", round(s.chi4Se)))
            .interval(iv)
            .status(EpmQRules.linearRise(f.slope(), iv, f.chi2PerDof(), f.points()));
    }

    /** Local slope d ln chi_4 / d ln tau at T &gt;= 0.03 (hot) and T &lt;= 0.025 (cold); plus chi_4 = a + b ln tau vs a power law by AIC. */
    Claim chi4PeakBends() {
        double[] lt = TemperatureSeries.log(s.tau), lc = TemperatureSeries.log(s.chi4);
        RelaxationLaws.Fit hot = RelaxationLaws.line(s.select(lt, 0.0299, 1), lc, s.lnChi4Se);
        RelaxationLaws.Fit cold = RelaxationLaws.line(s.select(lt, 0, 0.0251), lc, s.lnChi4Se);
        double ratio = cold.slope() / hot.slope();
        double rel = Math.hypot(cold.slopeError() / cold.slope(), hot.slopeError() / hot.slope());
        double tq = TrajectoryStats.t95(Math.max(1, Math.min(cold.points(), hot.points()) - 2));
        double[] iv = cold.points() >= 2 && hot.points() >= 2 ? new double[] {ratio * (1 - tq * rel), ratio * (1 + tq * rel)} : null;
        RelaxationLaws.Fit logLaw = RelaxationLaws.line(s.select(lt, 0, 0.0301), s.chi4, s.chi4Se);
        RelaxationLaws.Fit power = RelaxationLaws.line(s.select(lt, 0, 0.0301), lc, s.lnChi4Se);
        return Claim.of("chi4_peak_bends", "chi_4^peak against tau_alpha increases fast over the first decades, then slower (possibly "
                + "logarithmically): the local slope d ln chi_4 / d ln tau_alpha falls by at least a quarter", "Fig. 3(b), main text")
            .paper("concave; chi_4 ~ ln tau_alpha at low T")
            .measured(obj("slope_hot_T_ge_0.03", round(hot.slope(), 4), "slope_cold_T_le_0.025", round(cold.slope(), 4),
                "ratio", round(ratio, 4), "AIC_linear_in_ln_tau", round(logLaw.chi2() + 4, 4), "AIC_power_law", round(power.chi2() + 4, 4)))
            .interval(iv)
            .status(iv == null ? Verdict.notShown("fewer than 2 temperatures on one side of T = 0.03", "temperatures down to 0.013")
                : EpmQRules.bends(ratio, iv, "more trajectories per temperature"));
    }

    Claim chi4PeakAtTauAlpha() {
        double[] r = new double[s.T.length];
        for (int i = 0; i < r.length; i++) r[i] = s.peakTime[i] / s.tau[i];
        return Claim.of("chi4_peak_at_tau_alpha", "chi_4(t) peaks around tau_alpha: t_peak / tau_alpha within a factor 2 at every T", "SI, Fig. 3(a)")
            .paper("around tau_alpha")
            .measured(obj("t_peak_over_tau_alpha", round(r), "T", s.T))
            .status(EpmQRules.peakNearTauAlpha(r));
    }

    Claim chi4WithoutElasticity() {
        double[] tn = preset.noElasticTemperatures();
        double[] peaks = column(tn, t -> q.pooled(preset.L(), t, false, 0).chi4Peak());
        return Claim.of("chi4_without_elasticity", "without elasticity chi_4 stays flat (independent sites: peak max P(1-P) = 0.25)",
                "Fig. 3(b) squares")
            .paper(0.25)
            .measured(obj("chi4_peak", round(peaks), "T", tn))
            .informational("structural: the no-elastic sites are independent by construction, so this is a diagnostic of the code");
    }

    /** Relative difference ln(b/a) of two groups of trajectories with a Welch-like t interval. */
    static double[] logDifference(double[] a, double[] b) {
        double[] la = TrajectoryStats.log(a), lb = TrajectoryStats.log(b);
        double d = TrajectoryStats.mean(lb) - TrajectoryStats.mean(la);
        double se = Math.hypot(TrajectoryStats.standardError(la), TrajectoryStats.standardError(lb));
        double h = TrajectoryStats.t95(Math.min(TrajectoryStats.count(la), TrajectoryStats.count(lb)) - 1) * se;
        return new double[] {d, d - h, d + h};
    }

    private static double[] taus(List<Correlations> cs) { return cs.stream().mapToDouble(Correlations::tauAlpha).toArray(); }
    private static double[] peaks(List<Correlations> cs) { return cs.stream().mapToDouble(Correlations::chi4Peak).toArray(); }

    Claim finiteSize() {
        List<Verdict> vs = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (double t : preset.largeTemperatures()) {
            List<Correlations> a = q.each(preset.L(), t, true, 0), b = q.each(preset.largeL(), t, true, 0);
            double[] dt = logDifference(taus(a), taus(b)), dc = logDifference(peaks(a), peaks(b));
            int n = Math.min(a.size(), b.size());
            int nt = EpmQRules.trajectoriesForEquivalence(dt[0], new double[] {dt[1], dt[2]}, n, 0.15);
            int nc = EpmQRules.trajectoriesForEquivalence(dc[0], new double[] {dc[1], dc[2]}, n, 0.3);
            int need = nt < 0 || nc < 0 ? -1 : Math.max(nt, nc);
            String needs = need < 0 ? "more trajectories per size at T = " + t + " (now " + n + "; a point estimate is outside the margin)"
                : "about " + need + " trajectories per size at T = " + t + " (now " + n + ")";
            vs.add(EpmQRules.equivalent(dt[0], new double[] {dt[1], dt[2]}, 0.15, needs));
            vs.add(EpmQRules.equivalent(dc[0], new double[] {dc[1], dc[2]}, 0.3, needs));
            rows.add(obj("T", t, "ln_tau_ratio", round(dt[0], 3), "ln_tau_ratio_90", round(new double[] {dt[1], dt[2]}),
                "ln_chi4_ratio", round(dc[0], 3), "ln_chi4_ratio_90", round(new double[] {dc[1], dc[2]}), "trajectories", n,
                "trajectories_for_equivalence", need));
        }
        return Claim.of("finite_size", "no noticeable finite-size effect between L = " + preset.L() + " and " + preset.largeL()
                + " in tau_alpha and chi_4^peak: 90% intervals of ln(ratio) over independent trajectories inside +-0.15 (tau) and "
                + "+-0.3 (chi_4) (equivalence test; units: trajectories)", "SI Fig. 9")
            .paper("no noticeable effect (L = 64 vs 128)")
            .measured(rows)
            .status(EpmQRules.worst(vs));
    }

    Claim stationarity() {
        List<Correlations> w1 = q.each(preset.L(), q.lowestT(), true, 0), w2 = q.each(preset.L(), q.lowestT(), true, 1);
        int n = Math.min(w1.size(), w2.size());
        double[] dt = new double[n], dc = new double[n];
        for (int k = 0; k < n; k++) {
            dt[k] = Math.log(w2.get(k).tauAlpha() / w1.get(k).tauAlpha());
            dc[k] = Math.log(w2.get(k).chi4Peak() / w1.get(k).chi4Peak());
        }
        double[] it = TrajectoryStats.interval90(dt), ic = TrajectoryStats.interval90(dc);
        int nt = EpmQRules.trajectoriesForEquivalence(TrajectoryStats.mean(dt), it, n, 0.1);
        int nc = EpmQRules.trajectoriesForEquivalence(TrajectoryStats.mean(dc), ic, n, 0.25);
        int need = nt < 0 || nc < 0 ? -1 : Math.max(nt, nc);
        String needs = need < 0 ? "more trajectories at the lowest T (now " + n + "; a point estimate is outside the margin)"
            : "about " + need + " trajectories at the lowest T (now " + n + ")";
        EpmRun.Result low = q.runs(preset.L(), q.lowestT(), true).get(0);
        return Claim.of("stationarity", "two consecutive windows at the lowest T give the same <P> and chi_4: paired 90% intervals of "
                + "ln(ratio) over trajectories inside +-0.1 (tau) and +-0.25 (chi_4 peak) (equivalence test; units: trajectories)", "SI Fig. 8")
            .paper("identical")
            .measured(obj("T", q.lowestT(), "window_length", round(low.windowLength(), 4), "t_equilibration", round(low.tEquilibrium(), 4),
                "ln_tau_ratio", round(TrajectoryStats.mean(dt), 3), "ln_tau_ratio_90", round(it),
                "ln_chi4_ratio", round(TrajectoryStats.mean(dc), 3), "ln_chi4_ratio_90", round(ic), "trajectories", n,
                "trajectories_for_equivalence", need))
            .interval(it)
            .status(EpmQRules.worst(List.of(EpmQRules.equivalent(TrajectoryStats.mean(dt), it, 0.1, needs),
                EpmQRules.equivalent(TrajectoryStats.mean(dc), ic, 0.25, needs))));
    }

    /** Facilitation ratio of each run with maps at (L, T). */
    static double[] facilitationRatios(List<EpmRun.Result> runs) {
        return runs.stream().filter(r -> !r.maps().isEmpty()).mapToDouble(r -> {
            double[] c = MobilityFacilitation.counts(r.maps(), r.config().L(), FACILITATION_P_LOW, FACILITATION_P_HIGH);
            return c[1] > 0 ? c[0] / c[1] : Double.NaN;
        }).toArray();
    }

    Claim facilitation() {
        double[] r = facilitationRatios(q.runs(preset.L(), q.lowestT(), true));
        double[] tn = preset.noElasticTemperatures();
        double[] control = facilitationRatios(q.runs(preset.L(), Arrays.stream(tn).min().orElse(0), false));
        double[] iv = TrajectoryStats.interval90(r);
        return Claim.of("facilitation", "sites becoming mobile have an already mobile neighbour more often than random immobile sites "
                + "(null: the same number drawn uniformly from the immobile sites, exact expectation); lags with <P> in [0.7, 0.995], "
                + "lowest T, one origin per trajectory", "SI Fig. 10")
            .paper("mobile sites induce mobile sites nearby")
            .measured(obj("ratio_to_null", round(TrajectoryStats.mean(r), 4), "per_trajectory", round(r),
                "no_elastic_control", round(control)))
            .interval(iv)
            .status(EpmQRules.facilitates(TrajectoryStats.mean(r), iv, "more trajectories with maps at the lowest T"));
    }

    /**
     * The growing dynamic length ({@link DynamicLength}): ln of the mobile-cluster size ratio to random placement at
     * tau_alpha against ln(1/T) over every run with maps at the preset L (trajectory 0 at every T, all trajectories at
     * the lowest T), slope interval from the scatter of the independent runs.
     */
    Claim dynamicLengthGrows() {
        List<DynamicLength.Point> ps = q.dynamicLengthPoints(preset.L(), preset.temperatures());
        DynamicLength.Trend tr = DynamicLength.trend(ps);
        List<DynamicLength.Point> large = q.dynamicLengthPoints(preset.largeL(), preset.largeTemperatures());
        DynamicLength.Trend trLarge = DynamicLength.trend(large);
        double[] hot = ps.stream().filter(p -> p.T() == Arrays.stream(preset.temperatures()).max().orElse(0)).mapToDouble(DynamicLength.Point::ratio).toArray();
        double[] cold = ps.stream().filter(p -> p.T() == q.lowestT()).mapToDouble(DynamicLength.Point::ratio).toArray();
        return Claim.of("dynamic_length_grows", "dynamic heterogeneity over lengths that increase on cooling: the weight-averaged size of "
                + "mobile clusters at <P> = 0.8 over that of as many randomly placed mobile sites (R) grows on cooling; slope of ln R vs "
                + "ln(1/T) over independent runs above 0.5, half of what chi_4 ~ 1/T implies for a susceptibility", "Fig. 2, main text")
            .paper("lengths increase when lowering T")
            .measured(obj("slope_ln_R_vs_ln_inverse_T", round(tr.slope(), 4), "threshold", round(tr.threshold(), 4), "runs", tr.runs(),
                "ratio_to_random_hottest_T", round(hot), "ratio_to_random_lowest_T", round(cold),
                "slope_at_L_" + preset.largeL(), round(trLarge.slope(), 4), "slope_at_L_" + preset.largeL() + "_90", round(trLarge.interval()),
                "runs_at_L_" + preset.largeL(), trLarge.runs()))
            .interval(tr.interval())
            .status(DynamicLength.verdict(tr, "more trajectories with maps (the runs at every T record maps only in trajectory 0)"));
    }
}
