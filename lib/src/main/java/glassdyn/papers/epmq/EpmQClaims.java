package glassdyn.papers.epmq;

import glassdyn.epm.Correlations;
import glassdyn.epm.EpmRun;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KernelVariant;
import glassdyn.epm.MeanFieldTheory;
import glassdyn.epm.NoElasticExact;
import glassdyn.epm.StressHistogram;
import glassdyn.papers.Reports;
import glassdyn.stats.LineFit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.Reports.round;
import static glassdyn.papers.epmq.EpmQColumns.column;
import static glassdyn.papers.epmq.EpmQColumns.inverse;
import static glassdyn.papers.epmq.EpmQColumns.obj;
import static glassdyn.papers.epmq.EpmQColumns.select;

/**
 * The checks of paper 002's claims with the measured values, one method per claim. Thresholds (the paper gives no
 * error bars): Arrhenius if R^2 &gt;= 0.98; "E_act close to the mean-field barrier" within 25%; "support edge close to
 * sigma-bar" within 0.05; barriers of the tau definitions within 20% of each other; L = 64 vs 128 tau_alpha within 15%
 * and chi_4 peak within 30%; stationarity: two windows' tau_alpha within 10% and chi_4 peak within 25%.
 */
public final class EpmQClaims {
    private final EpmQ q;
    private final EpmQ.Preset preset;
    private final KernelStudy study;

    EpmQClaims(EpmQ q, KernelStudy study) {
        this.q = q;
        this.preset = q.preset();
        this.study = study;
    }

    private static Map<String, Object> check(String name, String claim, Object paper, Object measured, boolean pass) {
        return Reports.check(name, claim, paper, measured, pass);
    }

    private Correlations pooled(double t, boolean elastic, int window) { return q.pooled(preset.L(), t, elastic, window); }

    /** The report: paper, scale, kernel, alpha, every reading's alpha, the stress-sum drift and the checks. */
    public Map<String, Object> report() {
        List<Map<String, Object>> checks = new ArrayList<>();
        double alpha = q.kernelAlpha();
        Map<String, Object> variants = new LinkedHashMap<>();
        for (KernelVariant v : KernelVariant.values())
            variants.put(v.name().toLowerCase(), round(new EshelbyKernel(preset.L(), v, 32).alpha(), 4));
        checks.add(kernelAlpha(alpha, variants));
        checks.add(meanFieldSigmaBar());
        double[] te = preset.temperatures();
        double[] tauE = q.tauElastic(preset.L(), te);
        LineFit fe = LineFit.arrhenius(te, select(te, tauE, EpmQ.ARRHENIUS_TMAX));
        checks.add(arrheniusElastic(te, tauE, fe));
        double[] tn = preset.noElasticTemperatures();
        LineFit fn = LineFit.arrhenius(tn, column(tn, t -> pooled(t, false, 0).tauAlpha()));
        checks.add(arrheniusNoElastic(tn, fn));
        checks.add(barrierRatio(fe, fn));
        checks.add(eactVsMeanField(alpha, fe));
        checks.add(stressSupportEdge(alpha));
        checks.addAll(chi4Peak(te));
        checks.addAll(tauDefinitions(te, tauE, fe));
        checks.add(chi4WithoutElasticity(tn));
        checks.add(finiteSize());
        checks.add(stationarity());
        if (!study.variants().isEmpty()) checks.add(kernelVariantsBarrier(alpha, fe));
        double drift = q.allRuns().stream().filter(r -> r.config().elastic()).mapToDouble(EpmRun.Result::stressDrift).max().orElse(0);
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("paper", "epm-q");
        rep.put("scale", q.scale().label());
        rep.put("kernel", q.variant().name().toLowerCase());
        rep.put("alpha", round(alpha, 5));
        rep.put("kernel_alphas", variants);
        rep.put("max_stress_sum_drift", drift);
        rep.put("checks", checks);
        return rep;
    }

    Map<String, Object> kernelAlpha(double alpha, Map<String, Object> variants) {
        if (q.variant() == KernelVariant.FITTED) {
            // The fitted kernel hits 0.110 by construction, so comparing it with the paper would be a check that cannot
            // fail. The claim tested is the paper's construction: the closest literal reading of the SI's fine-grid step.
            String closest = null;
            double best = Double.NaN;
            for (KernelVariant v : KernelVariant.values()) {
                if (v == KernelVariant.FITTED) continue;
                double a = (double) variants.get(v.name().toLowerCase());
                if (closest == null || Math.abs(a - 0.110) < Math.abs(best - 0.110)) { closest = v.name().toLowerCase(); best = a; }
            }
            return check("kernel_alpha", "noise strength of the SI's fine-grid Eshelby kernel, SI Eq. 26: alpha = 0.110. Measured: the "
                    + "closest literal reading of the fine-grid step ('" + closest + "'; all readings " + variants + "), within 5%. The kernel used "
                    + "here ('fitted') is calibrated to alpha = " + round(alpha, 4) + " and is not the paper's construction",
                0.110, best, Math.abs(best - 0.110) < 0.05 * 0.110);
        }
        return check("kernel_alpha", "noise strength of the fine-grid Eshelby kernel, SI Eq. 26: alpha = 0.110 (kernel '"
                + q.variant().name().toLowerCase() + "'), within 5%", 0.110, round(alpha, 4), Math.abs(alpha - 0.110) < 0.05 * 0.110);
    }

    Map<String, Object> meanFieldSigmaBar() {
        return check("mean_field_sigma_bar", "SI Eq. 33 with alpha = 0.110 gives sigma-bar = 0.749",
            0.749, round(MeanFieldTheory.sigmaBar(0.110), 4), Math.abs(MeanFieldTheory.sigmaBar(0.110) - 0.749) < 5e-4);
    }

    Map<String, Object> arrheniusElastic(double[] te, double[] tauE, LineFit fe) {
        return check("arrhenius_elastic", "with elasticity tau_alpha is Arrhenius (Fig. 1b); fit ln tau vs 1/T at T <= 0.030",
            "Arrhenius, E_act ~ Delta E(sigma-bar) = 0.125",
            obj("E_act", round(fe.slope(), 4), "E_act_error", round(fe.slopeError(), 2), "R2", round(fe.rSquared(), 4),
                "fit_points", fe.points(), "tau_alpha", round(tauE), "T", te,
                "note", fe.points() < 3 ? "fewer than 3 temperatures at T <= 0.030 at this scale: not testable" : ""),
            fe.points() >= 3 && fe.rSquared() >= 0.98);
    }

    Map<String, Object> arrheniusNoElastic(double[] tn, LineFit fn) {
        double[] tauN = column(tn, t -> pooled(t, false, 0).tauAlpha());
        double[] exact = column(tn, NoElasticExact::tauAlpha);
        double worst = 0;
        for (int i = 0; i < tn.length; i++) worst = Math.max(worst, Math.abs(tauN[i] / exact[i] - 1));
        return check("arrhenius_no_elastic", "without elastic interactions tau_alpha is Arrhenius with the bare barrier Delta E(0) = 1 (Fig. 1b squares, SI Eq. 38); simulation vs the exact stationary result",
            obj("barrier", 1.0, "tau_alpha_exact", round(exact)),
            obj("E_act", round(fn.slope(), 4), "R2", round(fn.rSquared(), 4), "tau_alpha", round(tauN), "T", tn,
                "max_relative_deviation_from_exact", round(worst, 3)),
            fn.rSquared() >= 0.98 && Math.abs(fn.slope() - 1) < 0.1 && worst < 0.05);
    }

    Map<String, Object> barrierRatio(LineFit fe, LineFit fn) {
        double ratio = fn.slope() / fe.slope();
        return check("barrier_ratio", "elasticity lowers the barrier: E_act(no elastic) / E_act(elastic) = Delta E(0) / Delta E(sigma-bar)",
            round(1 / MeanFieldTheory.barrier(0.110), 3), round(ratio, 3), ratio > 3);
    }

    Map<String, Object> eactVsMeanField(double alpha, LineFit fe) {
        double mfBarrier = MeanFieldTheory.barrier(alpha);
        return check("eact_vs_mean_field", "the Arrhenius barrier is identical or very close to the mean-field Delta E(sigma-bar) for the kernel's alpha (main text, Fig. 4); within 25%",
            obj("alpha", 0.110, "Delta_E_sigma_bar", round(MeanFieldTheory.barrier(0.110), 4)),
            obj("alpha", round(alpha, 4), "Delta_E_sigma_bar", round(mfBarrier, 4), "E_act", round(fe.slope(), 4),
                "sigma_bar_act", round(MeanFieldTheory.sigmaFromBarrier(fe.slope()), 4)),
            Math.abs(fe.slope() / mfBarrier - 1) < 0.25);
    }

    Map<String, Object> stressSupportEdge(double alpha) {
        double sbar = MeanFieldTheory.sigmaBar(alpha);
        EpmRun.Result low = q.runs(preset.L(), q.lowestT(), true).get(0);
        double edge = StressHistogram.edge(StressHistogram.centres(), low.stressDensity(), EpmQ.EDGE_TAIL);
        return check("stress_support_edge", "at low T the support of P(sigma) lies inside [-sigma-bar, sigma-bar] with sigma-bar < 1, close to the mean-field value (Fig. 4); edge = |sigma| with 0.1% of the weight beyond, at T = " + q.lowestT(),
            obj("sigma_bar", 0.749), obj("edge", round(edge, 3), "sigma_bar_mean_field_measured_alpha", round(sbar, 4)),
            edge < 1 && Math.abs(edge - sbar) < 0.05);
    }

    /** chi4_peak_grows and chi4_peak_linear_in_inverse_T. */
    List<Map<String, Object>> chi4Peak(double[] te) {
        double[] peaks = column(te, t -> pooled(t, true, 0).chi4Peak());
        int inversions = 0;
        Integer[] order = new Integer[te.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(te[b], te[a]));       // hot to cold
        for (int i = 1; i < order.length; i++) if (peaks[order[i]] < peaks[order[i - 1]]) inversions++;
        double growth = peaks[order[order.length - 1]] / peaks[order[0]];
        Map<String, Object> grows = check("chi4_peak_grows", "the chi_4 peak grows on cooling (Fig. 3a)", "grows",
            obj("chi4_peak", round(peaks), "T", te, "inversions", inversions, "growth_factor", round(growth, 3)),
            inversions <= 1 && growth > 3);
        double[] peakErr = column(te, t -> pooled(t, true, 0).chi4PeakError());
        LineFit fc = LineFit.of(inverse(te), select(te, peaks, EpmQ.CHI4_FIT_TMAX));
        // linear in 1/T: positive slope at 3 standard errors and residuals consistent with the block error bars
        double chi2 = 0;
        int used = 0;
        for (int i = 0; i < te.length; i++) {
            if (te[i] > EpmQ.CHI4_FIT_TMAX || !(peakErr[i] > 0)) continue;
            double r = (peaks[i] - fc.at(1 / te[i])) / peakErr[i];
            chi2 += r * r;
            used++;
        }
        double chi2PerDof = used > 2 ? chi2 / (used - 2) : Double.NaN;
        Map<String, Object> linear = check("chi4_peak_linear_in_inverse_T", "chi_4 peak is linear in 1/T at low T (SI Fig. 7); fit at T <= 0.020: slope > 3 sigma and chi^2/dof <= 3 with block error bars",
            "linear", obj("slope", round(fc.slope(), 4), "slope_error", round(fc.slopeError(), 3), "R2", round(fc.rSquared(), 4),
                "points", fc.points(), "chi2_per_dof", round(chi2PerDof, 3), "chi4_peak_error", round(peakErr)),
            fc.points() >= 3 && fc.slope() > 3 * fc.slopeError() && chi2PerDof <= 3);
        return List.of(grows, linear);
    }

    /** tau_definitions_share_barrier and persistence_and_Cp_decay_alike. */
    List<Map<String, Object>> tauDefinitions(double[] te, double[] tauE, LineFit fe) {
        double[] tauCs = column(te, t -> pooled(t, true, 0).tauStress());
        double[] invG = column(te, t -> 1 / pooled(t, true, 0).gamma());
        double[] tauCp = column(te, t -> pooled(t, true, 0).tauPlastic());
        LineFit fs = LineFit.arrhenius(te, select(te, tauCs, EpmQ.ARRHENIUS_TMAX)), fg = LineFit.arrhenius(te, select(te, invG, EpmQ.ARRHENIUS_TMAX));
        double lo = Math.min(fe.slope(), Math.min(fs.slope(), fg.slope())), hi = Math.max(fe.slope(), Math.max(fs.slope(), fg.slope()));
        Map<String, Object> share = check("tau_definitions_share_barrier", "tau_alpha from <P> = 1/2, C_s = 1/2 and 1/Gamma follow Arrhenius laws with essentially the same barrier (SI Fig. 6b); within 20%",
            "same barrier", obj("E_P", round(fe.slope(), 4), "E_Cs", round(fs.slope(), 4), "E_inv_Gamma", round(fg.slope(), 4)),
            hi / lo < 1.2);
        double cpDev = 0;
        for (int i = 0; i < te.length; i++) cpDev = Math.max(cpDev, Math.abs(tauCp[i] / tauE[i] - 1));
        Map<String, Object> alike = check("persistence_and_Cp_decay_alike", "<P(t)> and C_p(t) decay the same way (SI Fig. 6a); tau from C_p = 1/2 vs from <P> = 1/2 within 20%",
            "same", obj("max_relative_difference", round(cpDev, 3), "tau_P", round(tauE), "tau_Cp", round(tauCp)), cpDev < 0.2);
        return List.of(share, alike);
    }

    Map<String, Object> chi4WithoutElasticity(double[] tn) {
        double[] noelPeaks = column(tn, t -> pooled(t, false, 0).chi4Peak());
        double maxNo = Arrays.stream(noelPeaks).max().orElse(Double.NaN);
        return check("chi4_without_elasticity", "without elasticity there are no spatial correlations: sites are independent so chi_4 peak = max P(1-P) = 0.25 (derived; paper: flat, Fig. 3b)",
            0.25, obj("chi4_peak", round(noelPeaks)), maxNo < 0.4);
    }

    Map<String, Object> finiteSize() {
        List<Map<String, Object>> fs64 = new ArrayList<>();
        boolean fsPass = preset.largeTemperatures().length > 0;
        for (double t : preset.largeTemperatures()) {
            Correlations a = pooled(t, true, 0), b = q.pooled(preset.largeL(), t, true, 0);
            fs64.add(obj("T", t, "tau_L" + preset.L(), round(a.tauAlpha(), 4), "tau_L" + preset.largeL(), round(b.tauAlpha(), 4),
                "tau_errors", new double[] {round(a.tauAlphaError(), 2), round(b.tauAlphaError(), 2)},
                "chi4_L" + preset.L(), round(a.chi4Peak(), 4), "chi4_L" + preset.largeL(), round(b.chi4Peak(), 4),
                "chi4_errors", new double[] {round(a.chi4PeakError(), 2), round(b.chi4PeakError(), 2)}));
            fsPass &= agree(a.tauAlpha(), a.tauAlphaError(), b.tauAlpha(), b.tauAlphaError(), 0.15)
                && agree(a.chi4Peak(), a.chi4PeakError(), b.chi4Peak(), b.chi4PeakError(), 0.3);
        }
        return check("finite_size", "no noticeable finite-size effect between L = " + preset.L() + " and " + preset.largeL()
                + " in tau_alpha and chi_4 peak (SI Fig. 9; paper: 64 vs 128); agree within 3 combined block standard errors or within 15% (tau) / 30% (chi_4 peak)",
            "agree", fs64, fsPass);
    }

    Map<String, Object> stationarity() {
        EpmRun.Result low = q.runs(preset.L(), q.lowestT(), true).get(0);
        Correlations w1 = pooled(q.lowestT(), true, 0), w2 = pooled(q.lowestT(), true, 1);
        return check("stationarity", "two consecutive windows at the lowest T give the same <P> and chi_4 (SI Fig. 8); agree within 3 combined block standard errors or within 10% (tau) / 25% (chi_4 peak)",
            "identical", obj("T", q.lowestT(), "window_length", round(low.windowLength(), 4), "t_equilibration", round(low.tEquilibrium(), 4),
                "tau_window1", round(w1.tauAlpha(), 4), "tau_window2", round(w2.tauAlpha(), 4),
                "tau_errors", new double[] {round(w1.tauAlphaError(), 2), round(w2.tauAlphaError(), 2)},
                "chi4_window1", round(w1.chi4Peak(), 4), "chi4_window2", round(w2.chi4Peak(), 4),
                "chi4_errors", new double[] {round(w1.chi4PeakError(), 2), round(w2.chi4PeakError(), 2)}),
            agree(w1.tauAlpha(), w1.tauAlphaError(), w2.tauAlpha(), w2.tauAlphaError(), 0.1)
                && agree(w1.chi4Peak(), w1.chi4PeakError(), w2.chi4Peak(), w2.chi4PeakError(), 0.25));
    }

    Map<String, Object> kernelVariantsBarrier(double alpha, LineFit fe) {
        List<Map<String, Object>> rows = study.rows(q.trajectories());
        rows.add(0, obj("kernel", q.variant().name().toLowerCase(), "alpha", round(alpha, 4), "E_act", round(fe.slope(), 4),
            "E_act_error", round(fe.slopeError(), 2), "Delta_E_sigma_bar", round(MeanFieldTheory.barrier(alpha), 4)));
        return check("kernel_variants_barrier", "informational: the Arrhenius barrier of each fine-grid reading vs the mean-field barrier for its own alpha (T = 0.04-0.02 for the other readings); the paper's construction is not specified (spec 002 section 1.5). Passes if some reading is within 25% of its mean-field barrier",
            "E_act ~ Delta E(sigma-bar(alpha))", rows,
            rows.stream().anyMatch(m -> Math.abs((double) m.get("E_act") / (double) m.get("Delta_E_sigma_bar") - 1) < 0.25));
    }

    /** Two estimates agree: within 3 combined standard errors, or within the relative tolerance. */
    private static boolean agree(double a, double ea, double b, double eb, double relative) {
        if (!(Double.isFinite(a) && Double.isFinite(b))) return false;
        double se = Math.sqrt((Double.isFinite(ea) ? ea * ea : 0) + (Double.isFinite(eb) ? eb * eb : 0));
        return Math.abs(a - b) <= 3 * se || Math.abs(a / b - 1) <= relative;
    }
}
