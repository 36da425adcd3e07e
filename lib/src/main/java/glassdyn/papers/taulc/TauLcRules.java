package glassdyn.papers.taulc;

import glassdyn.claims.Verdict;

import java.util.Locale;

/**
 * The decision rules of paper 001's checks: small pure methods from measured numbers to a {@link Verdict}, each
 * unit-tested with a planted pass and a planted fail (or not-shown) in {@code TauLcRulesTest}. {@link TauLcClaims}
 * measures, these decide.
 */
final class TauLcRules {
    private TauLcRules() {}

    private static String f(String format, Object... args) { return String.format(Locale.ROOT, format, args); }

    /**
     * The one gate of every check resting on tau_LC (review 001, finding 5.2): with split-half reliability R below
     * {@code min}, a binned or thresholded tau_LC measures ensemble noise (regression dilution flattens tau_sh(tau_LC) to
     * a slope ~R even without shear), so the check is not shown; null when R is enough. The point estimate of the gated
     * check stays in its measured values and its reason.
     */
    static Verdict reliabilityGate(double reliability, int replicas, double min, String pointEstimate) {
        if (reliability >= min) return null;
        double need = Math.ceil(TauLcRelations.replicasFor(min, reliability, replicas));
        return Verdict.notShown(f("tau_LC at n_ICE = %d has split-half reliability R = %.2f < %.2f: a tau_LC-based "
                + "classification or curve is mostly ensemble noise (point estimate, not a test: %s)", replicas, reliability, min,
                pointEstimate),
            f("n_ICE >= %.0f at this state point (Spearman-Brown from R = %.2f at %d), or a state point with a larger "
                + "single-replica reliability (pilot table)", need, reliability, replicas));
    }

    /** Fig. 1: lambda within {@code tol} of the paper's, eta non-increasing; not shown with fewer than 2 rates in the regime. */
    static Verdict thinningExponent(int ratesInRegime, double lambda, boolean monotone, double paper, double tol,
                                    double reach, double needReach) {
        if (ratesInRegime < 2)
            return Verdict.notShown(f("%d rate(s) lie in the power-law regime: the sweep reaches eta_eq/eta = %.2f, the regime "
                + "starts at %.2f", ratesInRegime, reach, needReach), "a lower temperature (tau_alpha >> 1/rate_max, e.g. T ~ 0.5) "
                + "or rates up to ~1 at T = 0.7 (heating); see the long preset");
        if (!monotone) return Verdict.fail("eta increases somewhere along the sweep");
        return Verdict.passIf(Math.abs(lambda - paper) <= tol, f("lambda = %.3f vs paper %.2f (tolerance %.2f)", lambda, paper, tol));
    }

    /** A power-law exponent within {@code tol} of the paper's; not shown with fewer than 3 rates. */
    static Verdict exponent(double measured, double paper, double tol, int rates) {
        if (rates < 3) return Verdict.notShown(f("%d rates: an exponent needs >= 3", rates), ">= 3 ensemble rates");
        if (!Double.isFinite(measured)) return Verdict.fail("the exponent is not finite (a fit failed)");
        return Verdict.passIf(Math.abs(measured - paper) <= tol, f("exponent %.3f vs paper %.2f (tolerance %.2f)", measured, paper, tol));
    }

    /** Linear in 1/rate: positive slope and R^2 >= {@code minR2}; not shown with fewer than 3 rates. */
    static Verdict linearInInverseRate(double slope, double r2, int rates, double minR2) {
        if (rates < 3) return Verdict.notShown(f("%d rates: a line needs >= 3", rates), ">= 3 ensemble rates");
        return Verdict.passIf(slope > 0 && r2 >= minR2, f("slope %.4g, R^2 %.3f (need > 0 and >= %.2f)", slope, r2, minR2));
    }

    /**
     * Fig. 13: p_slow negligible at the lowest (Newtonian) rate, at most {@code newtonianMax}, and non-decreasing in
     * the rate (the saturation at the top needs the paper's rate range and is reported, not tested).
     */
    static Verdict slowFraction(double[] pSlow, double newtonianMax) {
        if (pSlow.length < 2) return Verdict.notShown("fewer than 2 ensemble rates", ">= 3 ensemble rates");
        boolean increasing = true;
        for (int i = 1; i < pSlow.length; i++) increasing &= pSlow[i] >= pSlow[i - 1];
        if (pSlow[0] > newtonianMax) return Verdict.fail(f("p_slow = %.3f at the lowest rate, not negligible (<= %.2f)", pSlow[0], newtonianMax));
        return Verdict.passIf(increasing, "p_slow decreases somewhere along the rates");
    }

    /** Fig. 5: slow overshoot significant (> {@code sig} noise sd), fast not. */
    static Verdict overshoot(double slowSignificance, double fastSignificance, double sig) {
        if (!Double.isFinite(slowSignificance) || !Double.isFinite(fastSignificance))
            return Verdict.notShown("the steady tail is too short to estimate the noise of a window mean", "a longer start-up run");
        if (!(slowSignificance > sig)) return Verdict.fail(f("slow excess only %.2f noise sd (need > %.1f)", slowSignificance, sig));
        return Verdict.passIf(fastSignificance <= sig, f("the fast part overshoots too (%.2f noise sd)", fastSignificance));
    }

    /** Fig. 8: every initial rate within {@code max} reduced chi^2 of the steady reference; not shown without contrast. */
    static Verdict rateSwitch(double worst, double contrast, double max) {
        if (!(contrast > max))
            return Verdict.notShown(f("the steady curve of the next lower rate differs from the reference by a reduced chi^2 of only "
                + "%.2f, so the test cannot tell rates apart", contrast), "more replicas or rates further apart");
        return Verdict.passIf(worst <= max, f("worst initial rate reduced chi^2 %.2f > %.1f", worst, max));
    }

    /** App. B: mean w = G_eff/G_ini within {@code tol} of the paper's 0.8 (the 90% interval over rates is reported). */
    static Verdict retentionWeight(double wMean, double paper, double tol) {
        if (!Double.isFinite(wMean)) return Verdict.notShown("no slow particles: w undefined", "a reliable slow/fast split");
        return Verdict.passIf(Math.abs(wMean - paper) <= tol, f("w = %.3f vs paper %.2f (tolerance %.2f)", wMean, paper, tol));
    }

    /**
     * Fig. 13: the Eq. 5 model within a factor {@code factor} of MD at every rate, and better than the constant-eta
     * null (the best single viscosity for all rates, whose worst ratio is sqrt(max/min) of eta_MD).
     */
    static Verdict stressModel(double worstModel, double worstConstant, double factor) {
        if (!(worstModel <= factor)) return Verdict.fail(f("worst ratio %.2f > %.2f", worstModel, factor));
        return Verdict.passIf(worstModel < worstConstant, f("the model's worst ratio %.2f does not beat a constant viscosity (%.2f)",
            worstModel, worstConstant));
    }

    /** Fig. 17: ridge Pearson within {@code tol} of the paper's; not shown when the noise ceiling sqrt(R) is below paper - tol. */
    static Verdict ridge(double pearson, double paper, double tol, double ceiling) {
        if (ceiling < paper - tol)
            return Verdict.notShown(f("ln tau_LC has a Pearson ceiling sqrt(R) = %.2f < %.2f (measured %.2f)", ceiling, paper - tol, pearson),
                "more replicas (a larger R of ln tau_LC)");
        return Verdict.passIf(Math.abs(pearson - paper) <= tol, f("Pearson %.3f vs paper %.2f (tolerance %.2f)", pearson, paper, tol));
    }

    /**
     * Sec. IV B: SVM accuracy within {@code tol} of the paper's 82%, and above both controls by {@code margin}: the
     * accuracy of a classifier that knows only the rate of each particle's configuration, and of one trained on labels
     * shuffled within each rate.
     */
    static Verdict svm(double accuracy, double rateOnly, double shuffled, double paper, double tol, double margin) {
        if (!Double.isFinite(accuracy)) return Verdict.notShown("too few slow particles to train", "a reliable slow/fast split");
        if (!(accuracy >= Math.max(rateOnly, shuffled) + margin))
            return Verdict.fail(f("accuracy %.3f does not beat the rate-only control %.3f / shuffled-label control %.3f by %.2f",
                accuracy, rateOnly, shuffled, margin));
        return Verdict.passIf(Math.abs(accuracy - paper) <= tol, f("accuracy %.3f vs paper %.2f (tolerance %.2f)", accuracy, paper, tol));
    }

    /** Figs. 2(a,b), 6(c): tau_sh shorter than tau_LC: the 90% interval of mean(tau_LC - tau_sh) above 0 at every rate. */
    static Verdict shearSpeedsUp(double[] lowerBounds) {
        if (lowerBounds.length == 0) return Verdict.notShown("no ensemble rates", ">= 1 ensemble rate");
        for (double lo : lowerBounds) if (!(lo > 0)) return Verdict.fail(f("at one rate the 90%% interval of mean(tau_LC - tau_sh) "
            + "reaches %.3f <= 0", lo));
        return Verdict.pass();
    }

    /**
     * Fig. 24(d) inset: t_c proportional to 1/rate, i.e. t_c x rate constant within a factor {@code maxRatio} over the
     * rates given (spec 001 section 8: factor 2 over a decade); not shown with fewer than 2 finite values.
     */
    static Verdict inverseRate(double[] tcTimesRate, double maxRatio) {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        int n = 0;
        for (double v : tcTimesRate) if (Double.isFinite(v) && v > 0) { lo = Math.min(lo, v); hi = Math.max(hi, v); n++; }
        if (n < 2) return Verdict.notShown(f("%d rate(s) with a finite t_c", n), "rates where f(t) departs from f_eq on the time grid");
        return Verdict.passIf(hi / lo <= maxRatio, f("t_c x rate spans a factor %.2f (need <= %.1f)", hi / lo, maxRatio));
    }

    /**
     * Fig. 23: the PEL curve, alpha fitted at one rate, predicts the MD bins at the other rates better than the
     * no-shear null tau_sh = tau_LC (rms of ln ratios pooled over bins); not shown without a predicted rate.
     */
    static Verdict modelBeatsNull(double modelRms, double nullRms, int predictedRates, String nullName) {
        if (predictedRates < 1) return Verdict.notShown("no ensemble rate besides the fitted one", ">= 2 ensemble rates");
        if (!Double.isFinite(modelRms)) return Verdict.fail("the model gives no finite prediction");
        return Verdict.passIf(modelRms < nullRms, f("rms ln error %.3f (model) vs %.3f (%s)", modelRms, nullRms, nullName));
    }
}
