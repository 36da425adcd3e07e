package glassdyn.papers.taulc;

import glassdyn.claims.Verdict;

import java.util.Locale;

/**
 * Decision rules of {@link TauLcPerRateClaims}: small pure functions from measured numbers to a {@link Verdict}, each
 * unit-tested with a planted pass and a planted fail or not_shown ({@code TauLcPerRateRulesTest}).
 */
final class TauLcPerRateRules {
    private TauLcPerRateRules() {}

    /**
     * Claim #2 (Sec. III B): shear thinning sets in at rates well below 1/tau_alpha. {@code onsetRate} is the lowest swept
     * rate whose viscosity is significantly below eta_eq (NaN when none is); the Weissenberg number of the onset
     * {@code onsetRate tau_alpha} with tau_alpha's 90% interval: pass if its upper end is below {@code maxWeissenberg},
     * fail if its lower end is at or above it (thinning only starts beyond 1/tau_alpha), else not shown.
     */
    static Verdict thinningOnset(double onsetRate, double tauLo, double tau, double tauHi, double maxWeissenberg) {
        if (Double.isNaN(tau)) return Verdict.notShown("tau_alpha not measured (F_s never reached 1/e in the run)", "a run longer than tau_alpha");
        if (Double.isNaN(onsetRate))
            return Verdict.notShown("no swept rate is significantly below eta_eq", "a sweep to higher rates (rate tau_alpha >> 1)");
        double lo = onsetRate * (Double.isNaN(tauLo) ? tau : tauLo), hi = onsetRate * (Double.isNaN(tauHi) ? tau : tauHi);
        if (hi < maxWeissenberg) return Verdict.pass();
        if (lo >= maxWeissenberg)
            return Verdict.fail(String.format(Locale.ROOT, "onset rate x tau_alpha in [%.3g, %.3g] >= %s", lo, hi, maxWeissenberg));
        return Verdict.notShown(String.format(Locale.ROOT, "onset rate x tau_alpha interval [%.3g, %.3g] straddles %s", lo, hi, maxWeissenberg),
            "more replicas (a narrower tau_alpha interval) or a denser rate sweep");
    }

    /**
     * The Newtonian end (Fig. 1, Sec. III B: eta = eta_eq as rate -> 0): the 90% interval of the viscosity at the lowest
     * swept rate overlaps the 90% interval of the Green-Kubo eta_eq: pass; disjoint: fail. Not shown when the Green-Kubo
     * interval is wider than {@code maxRelativeWidth} of its mean (too noisy to fail anything).
     */
    static Verdict newtonian(double eta, double etaLo, double etaHi, double gk, double gkLo, double gkHi, double maxRelativeWidth) {
        if (Double.isNaN(gk) || Double.isNaN(gkLo) || Double.isNaN(eta)) return Verdict.notShown("Green-Kubo eta_eq not measured", "stress autocorrelations of the equilibrium ensembles");
        if ((gkHi - gkLo) / Math.abs(gk) > maxRelativeWidth)
            return Verdict.notShown(String.format(Locale.ROOT, "Green-Kubo interval [%.3g, %.3g] wider than %.0f%% of %.3g", gkLo, gkHi,
                100 * maxRelativeWidth, gk), "more or longer equilibrium replicas");
        if (etaHi < gkLo || etaLo > gkHi)
            return Verdict.fail(String.format(Locale.ROOT, "eta at the lowest rate [%.3g, %.3g] vs Green-Kubo [%.3g, %.3g]", etaLo, etaHi, gkLo, gkHi));
        return Verdict.pass();
    }

    /**
     * "For all conditions": every finite value within {@code tolerance} of {@code target}: pass; any outside: fail
     * (naming the worst); no finite value or fewer than {@code minCount}: not shown.
     */
    static Verdict allWithin(double[] values, double target, double tolerance, int minCount, String what) {
        int n = 0;
        double worst = Double.NaN, dev = -1;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            n++;
            if (Math.abs(v - target) > dev) { dev = Math.abs(v - target); worst = v; }
        }
        if (n < minCount) return Verdict.notShown(n + " finite " + what + " (need " + minCount + ")", "more ensemble rates");
        if (dev > tolerance) return Verdict.fail(String.format(Locale.ROOT, "%s %.3f outside %.3f +- %.3f", what, worst, target, tolerance));
        return Verdict.pass();
    }

    /** Every finite value at least {@code min} (e.g. Eq. 3 R^2 "fits all cases"): pass; any below: fail; none: not shown. */
    static Verdict allAtLeast(double[] values, double min, int minCount, String what) {
        int n = 0;
        double worst = Double.POSITIVE_INFINITY;
        for (double v : values) if (!Double.isNaN(v)) { n++; worst = Math.min(worst, v); }
        if (n < minCount) return Verdict.notShown(n + " finite " + what + " (need " + minCount + ")", "more ensemble rates");
        if (worst < min) return Verdict.fail(String.format(Locale.ROOT, "lowest %s %.3f < %s", what, worst, min));
        return Verdict.pass();
    }

    /**
     * Claim #30 (Fig. 20): the mean hardness changes sign over the rates (crosses 0 in the crossover) and p_H tracks
     * p_slow ({@code |p_H - p_slow| <= tolerance} at every rate). Both: pass; either fails: fail; NaN (no SVM): not shown.
     */
    static Verdict hardnessCrossing(double[] meanH, double[] pH, double[] pSlow, double tolerance) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, dev = 0;
        for (int k = 0; k < meanH.length; k++) {
            if (Double.isNaN(meanH[k]) || Double.isNaN(pH[k])) return Verdict.notShown("no SVM hardness (too few slow particles)", "longer runs");
            min = Math.min(min, meanH[k]); max = Math.max(max, meanH[k]);
            dev = Math.max(dev, Math.abs(pH[k] - pSlow[k]));
        }
        if (meanH.length < 3) return Verdict.notShown("fewer than 3 rates", "more ensemble rates");
        boolean crosses = min < 0 && max > 0;
        if (crosses && dev <= tolerance) return Verdict.pass();
        return Verdict.fail((crosses ? "" : String.format(Locale.ROOT, "mean H does not change sign (%.3f .. %.3f); ", min, max))
            + String.format(Locale.ROOT, "max |p_H - p_slow| %.3f (tolerance %.2f)", dev, tolerance));
    }
}
