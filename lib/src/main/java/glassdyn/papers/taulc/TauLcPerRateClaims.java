package glassdyn.papers.taulc;

import static glassdyn.papers.Reports.round;
import glassdyn.claims.Claim;
import glassdyn.papers.Reports;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks of review 001 claims #2 (thinning onset below 1/tau_alpha), #15 (Eq. 3 fits all cases), #19 (w for all
 * conditions), #28 (Pearson(H, tau_LC) ~ 0.5 per rate), #30 (mean H crosses 0, p_H ~ p_slow), and M17 (the Newtonian end
 * against the Green-Kubo eta_eq), with tau_alpha and eta_eq as diagnostics. Each measures from the stored stages;
 * {@link TauLcPerRateRules} decides; {@link TauLcClaims#decide} applies the smoke policy and the one reliability gate of
 * tau_LC-based checks (#15, #19, #28, #30 rest on tau_LC; #2 and M17 do not).
 */
final class TauLcPerRateClaims {
    /** "rate &lt;&lt; 1/tau_alpha": the onset Weissenberg number rate tau_alpha below this (one decade). */
    static final double MAX_ONSET_WEISSENBERG = 0.1;
    /** Green-Kubo interval width (relative) above which the Newtonian check is not shown. */
    static final double GK_MAX_RELATIVE_WIDTH = 0.5;
    /** Eq. 3 "fits all cases": R^2 of every rate's fit at least this (spec 001 section 7.1). */
    static final double EQ3_MIN_R2 = 0.9;
    /** Claim #28: Pearson(H, tau_LC) ~ 0.5 per rate (Sec. IV B), within this. */
    static final double PAPER_H_PEARSON = 0.5, H_PEARSON_TOLERANCE = 0.15;
    /** Claim #30: p_H within this of p_slow at every rate. */
    static final double P_H_TOLERANCE = 0.1;
    /** One-sided 90% normal quantile for the block errors of the flow curve. */
    static final double Z90 = 1.645;

    private final TauLcDuality d;
    private final TauLcClaims c;
    private final TauLcAlpha alpha;

    TauLcPerRateClaims(TauLcDuality d, TauLcClaims c) {
        this.d = d;
        this.c = c;
        this.alpha = d.alpha();
    }

    private static Map<String, Object> obj(Object... kv) { return Reports.object(kv); }

    List<Claim> all() {
        List<Claim> out = new ArrayList<>();
        out.add(tauAlpha());
        out.add(thinningOnset());
        out.add(newtonian());
        out.add(eq3FitsAll());
        out.add(weightForAll());
        out.add(hardnessPerRate());
        out.add(hardnessCrossing());
        return out;
    }

    /** Diagnostic: tau_alpha (F_s) at every state point beside the pilot's Gaussian estimate. */
    private Claim tauAlpha() {
        Table t = alpha.table();
        return Claim.of("tau_alpha", "tau_alpha from F_s(7.25, t) = 1/e (A particles) at equilibrium (replica mean of the shear-off "
                + "ensembles, 90% bootstrap over replicas) and at every rate (steady run; steady ensemble where run)", "Sec. II (tau_alpha), review 001 #2")
            .paper("not stated at these state points")
            .measured(obj("rates", t.doubleColumn("rate_per_tau").asDoubleArray(),
                "tau_alpha_ensemble", round(t.doubleColumn("tau_alpha_ensemble_tau").asDoubleArray()),
                "lo90", round(t.doubleColumn("tau_alpha_lo90_tau").asDoubleArray()), "hi90", round(t.doubleColumn("tau_alpha_hi90_tau").asDoubleArray()),
                "tau_alpha_steady_run", round(t.doubleColumn("tau_alpha_steady_run_tau").asDoubleArray()),
                "tau_alpha_gaussian_eq", round(alpha.gaussianEquilibrium()),
                "origin_spacing_over_tau_alpha_eq", round(d.preset().spacing() / t.doubleColumn("tau_alpha_ensemble_tau").getDouble(0)),
                "steady_transient_over_tau_alpha", round(ratio(d.preset().transientTime(), t.doubleColumn("tau_alpha_steady_run_tau").asDoubleArray()))))
            .informational("diagnostic (the Weissenberg numbers of the sweep)");
    }

    /** The lowest swept rate whose 90% upper viscosity bound is below the Green-Kubo eta_eq's lower bound (NaN if none). */
    double onsetRate(double gkLo) {
        Table v = d.fig1Viscosity();
        double[] r = v.doubleColumn("rate").asDoubleArray(), eta = v.doubleColumn("eta").asDoubleArray(), err = v.doubleColumn("eta_error").asDoubleArray();
        for (int i = 0; i < r.length; i++) if (eta[i] + Z90 * err[i] < gkLo) return r[i];
        return Double.NaN;
    }

    /** Claim #2: thinning sets in at rate &lt;&lt; 1/tau_alpha. */
    private Claim thinningOnset() {
        TauLcAlpha.Estimate eq = alpha.equilibrium();
        double[] gk = alpha.greenKuboEtaEq();
        double onset = onsetRate(gk[1]);
        return Claim.of("thinning_onset_below_inverse_tau_alpha", "shear thinning sets in at rate << 1/tau_alpha: the lowest swept rate "
                + "whose 90% viscosity bound lies below the Green-Kubo eta_eq's lower bound, times tau_alpha (F_s, interval over "
                + "replicas), below " + MAX_ONSET_WEISSENBERG, "Sec. III B")
            .paper("onset at rate << 1/tau_alpha")
            .measured(obj("onset_rate", onset, "tau_alpha_eq", round(eq.tau()), "tau_alpha_lo90", round(eq.lo()), "tau_alpha_hi90", round(eq.hi()),
                "onset_weissenberg", round(onset * eq.tau()), "eta_eq_green_kubo", round(gk[0]), "replicas", eq.units()))
            .interval(onset * eq.lo(), onset * eq.hi())
            .status(c.decide(false, TauLcPerRateRules.thinningOnset(onset, eq.lo(), eq.tau(), eq.hi(), MAX_ONSET_WEISSENBERG), ""));
    }

    /** M17: the viscosity at the lowest swept rate equals the Green-Kubo zero-shear viscosity (Newtonian end). */
    private Claim newtonian() {
        double[] gk = alpha.greenKuboEtaEq();
        Table v = d.fig1Viscosity();
        double eta = v.doubleColumn("eta").getDouble(0), err = v.doubleColumn("eta_error").getDouble(0);
        return Claim.of("newtonian_end_green_kubo", "eta at the lowest swept rate (90% block interval, 10 blocks of the steady "
                + "average) overlaps the Green-Kubo eta_eq = V/T int C(t) dt (90% bootstrap over the equilibrium replicas; "
                + "t_c = a quarter of the run)", "Fig. 1, Sec. III B (eta_eq)")
            .paper("eta -> eta_eq as rate -> 0")
            .measured(obj("eta_lowest_rate", round(eta), "eta_error", round(err), "rate", v.doubleColumn("rate").getDouble(0),
                "eta_eq_green_kubo", round(gk[0]), "replicas", (int) gk[3]))
            .interval(gk[1], gk[2])
            .status(c.decide(false, TauLcPerRateRules.newtonian(eta, eta - Z90 * err, eta + Z90 * err, gk[0], gk[1], gk[2],
                GK_MAX_RELATIVE_WIDTH), ""));
    }

    /** Claim #15: Eq. 3 fits every rate (R^2 >= 0.9). */
    private Claim eq3FitsAll() {
        Table par = d.fig11Parameters();
        double[] r2 = par.doubleColumn("fit_R2").asDoubleArray();
        return Claim.of("eq3_fits_all_rates", "Eq. 3 fits tau_sh(tau_LC) at every ensemble rate: R^2 >= " + EQ3_MIN_R2 + " (unit: rates)", "Sec. II D")
            .paper("fits all cases")
            .measured(obj("rates", par.doubleColumn("rate").asDoubleArray(), "fit_R2", round(r2)))
            .status(c.decide(true, TauLcPerRateRules.allAtLeast(r2, EQ3_MIN_R2, 2, "R^2"), "R^2 " + java.util.Arrays.toString(round(r2))));
    }

    /** Claim #19: w = G_eff / G_ini ~ 0.8 at every rate (not only on average). */
    private Claim weightForAll() {
        double[] w = d.retentionWeights();
        return Claim.of("g_eff_over_g_ini_every_rate", "w = G_eff / G_ini within " + TauLcClaims.W_TOLERANCE + " of " + TauLcClaims.PAPER_W
                + " at every ensemble rate (unit: rates, independent ensembles)", "App. B, Fig. 31(c,d)")
            .paper("~0.8 for all conditions")
            .measured(obj("rates", d.preset().iceRates(), "w", round(w)))
            .interval(min(w), max(w))
            .status(c.decide(true, TauLcPerRateRules.allWithin(w, TauLcClaims.PAPER_W, TauLcClaims.W_TOLERANCE, 2, "w"),
                "w " + java.util.Arrays.toString(round(w))));
    }

    /** Claim #28: Pearson(H, ln tau_LC) ~ 0.5 per rate on held-out particles. */
    private Claim hardnessPerRate() {
        Table h = d.fig20Hardness();
        double[] p = h.doubleColumn("pearson_H_ln_tau_LC_test_rate").asDoubleArray();
        return Claim.of("hardness_pearson_per_rate", "Pearson(H, ln tau_LC) over the held-out particles of each rate within "
                + H_PEARSON_TOLERANCE + " of " + PAPER_H_PEARSON + " (90% bootstrap over the held-out particles per rate)", "Sec. IV B")
            .paper(PAPER_H_PEARSON)
            .measured(obj("rates", h.doubleColumn("rate").asDoubleArray(), "pearson", round(p),
                "lo90", round(h.doubleColumn("pearson_test_lo90").asDoubleArray()), "hi90", round(h.doubleColumn("pearson_test_hi90").asDoubleArray())))
            .interval(min(h.doubleColumn("pearson_test_lo90").asDoubleArray()), max(h.doubleColumn("pearson_test_hi90").asDoubleArray()))
            .status(c.decide(true, TauLcPerRateRules.allWithin(p, PAPER_H_PEARSON, H_PEARSON_TOLERANCE, 2, "Pearson"),
                "Pearson " + java.util.Arrays.toString(round(p))));
    }

    /** Claim #30: mean H changes sign over the rates and p_H tracks p_slow. */
    private Claim hardnessCrossing() {
        Table h = d.fig20Hardness();
        double[] m = h.doubleColumn("mean_H").asDoubleArray(), ph = h.doubleColumn("p_H").asDoubleArray(), ps = h.doubleColumn("p_slow").asDoubleArray();
        return Claim.of("hardness_crosses_zero", "mean H changes sign over the rates (crosses 0 in the crossover) and |p_H - p_slow| <= "
                + P_H_TOLERANCE + " at every rate (0 = equilibrium)", "Fig. 20")
            .paper("mean H crosses 0; p_H ~ p_slow")
            .measured(obj("rates", h.doubleColumn("rate").asDoubleArray(), "mean_H", round(m), "p_H", round(ph), "p_slow", round(ps)))
            .status(c.decide(true, TauLcPerRateRules.hardnessCrossing(m, ph, ps, P_H_TOLERANCE),
                String.format(Locale.ROOT, "mean H %s", java.util.Arrays.toString(round(m)))));
    }

    /** x / a[i] per entry (review M9: the paper's configurations are > 4 tau_alpha apart). */
    private static double[] ratio(double x, double[] a) {
        double[] o = new double[a.length];
        for (int i = 0; i < a.length; i++) o[i] = x / a[i];
        return o;
    }

    private static double min(double[] a) { return java.util.Arrays.stream(a).filter(x -> !Double.isNaN(x)).min().orElse(Double.NaN); }
    private static double max(double[] a) { return java.util.Arrays.stream(a).filter(x -> !Double.isNaN(x)).max().orElse(Double.NaN); }
}
