package glassdyn.papers.epmq;

import glassdyn.claims.Verdict;

import java.util.Locale;

/**
 * The decision rules of the EPM-Q checks: small pure methods from measured numbers (with their 90% intervals over
 * independent trajectories) to a {@link Verdict}. Each is unit-tested with a planted pass and a planted fail or
 * not-shown ({@code EpmQRulesTest}). Where the paper gives no error bar, a tolerance is stated as a fraction of the
 * effect the paper claims, never tuned to the measured value.
 */
public final class EpmQRules {
    private EpmQRules() {}

    static String f(double x) { return String.format(Locale.ROOT, "%.4g", x); }

    static String f(double[] i) { return i == null ? "none" : "[" + f(i[0]) + ", " + f(i[1]) + "]"; }

    private static boolean finite(double[] i) { return i != null && Double.isFinite(i[0]) && Double.isFinite(i[1]); }

    /** A measured value against the paper's number: pass within {@code relTol} (relative), else fail. */
    public static Verdict matches(double measured, double paper, double relTol) {
        if (!Double.isFinite(measured)) return Verdict.notShown("no finite measurement", "a run that reaches the quantity");
        double d = measured / paper - 1;
        return Verdict.passIf(Math.abs(d) <= relTol, "measured " + f(measured) + " vs paper " + f(paper) + ": "
            + f(100 * d) + "% off, tolerance " + f(100 * relTol) + "%");
    }

    /**
     * "x is close to the expected value e": pass if the point estimate is within the band e(1 +- relTol); fail if
     * the whole 90% interval lies outside the band; otherwise not shown (the interval cannot decide).
     */
    public static Verdict withinBand(double x, double[] interval, double expected, double relTol, String needs) {
        if (!Double.isFinite(x)) return Verdict.notShown("no finite estimate", needs);
        double lo = expected * (1 - relTol), hi = expected * (1 + relTol);
        String what = "estimate " + f(x) + " (90% " + f(interval) + ") vs expected " + f(expected) + " +- " + f(100 * relTol) + "%";
        if (x >= lo && x <= hi) return Verdict.pass(what);
        if (!finite(interval) || interval[1] < lo || interval[0] > hi) return Verdict.fail(what);
        return Verdict.notShown(what + ": the point is outside the band but the interval reaches it", needs);
    }

    /** Absolute version of {@link #withinBand}: |x - expected| within {@code absTol}. */
    public static Verdict withinAbsolute(double x, double[] interval, double expected, double absTol, String needs) {
        if (!Double.isFinite(x)) return Verdict.notShown("no finite estimate", needs);
        String what = "estimate " + f(x) + " (90% " + f(interval) + ") vs " + f(expected) + " +- " + f(absTol);
        if (Math.abs(x - expected) <= absTol) return Verdict.pass(what);
        if (!finite(interval) || interval[1] < expected - absTol || interval[0] > expected + absTol) return Verdict.fail(what);
        return Verdict.notShown(what + ": the point is outside but the interval reaches the band", needs);
    }

    /**
     * Equivalence ("no noticeable difference", SI Figs. 8, 9): the 90% interval of a relative difference must lie
     * inside +- tol to pass (two one-sided tests at 5%); an interval entirely outside fails; an interval too wide to
     * decide is not shown, with what would narrow it. A missing interval (fewer than 2 trajectories) is not shown.
     */
    public static Verdict equivalent(double diff, double[] interval, double tol, String needs) {
        if (!finite(interval)) return Verdict.notShown("relative difference " + f(diff) + " without an interval over trajectories", needs);
        String what = "relative difference " + f(diff) + ", 90% " + f(interval) + ", equivalence margin +- " + f(tol);
        if (interval[0] >= -tol && interval[1] <= tol) return Verdict.pass(what);
        if (interval[0] > tol || interval[1] < -tol) return Verdict.fail(what);
        return Verdict.notShown(what + ": interval too wide to decide", needs);
    }

    /**
     * The power of the equivalence test: independent trajectories (per group) that would bring a 90% interval of
     * half-width h, measured with n trajectories, inside +- tol around the same point estimate d: the half-width must
     * shrink to tol - |d|, and it scales as 1/sqrt(n), so n (h / (tol - |d|))^2, rounded up (the Student-t factor
     * shrinks too, so this is conservative). -1 when |d| &gt;= tol (no number of trajectories makes that point pass).
     */
    public static int trajectoriesForEquivalence(double diff, double[] interval, int n, double tol) {
        if (!finite(interval) || Math.abs(diff) >= tol) return -1;
        double h = 0.5 * (interval[1] - interval[0]);
        return (int) Math.max(n, Math.ceil(n * Math.pow(h / (tol - Math.abs(diff)), 2)));
    }

    /**
     * Arrhenius against VFT (Fig. 1b): AIC = chi^2 + 2k with weights from the trajectory errors; Arrhenius (k = 2)
     * passes unless VFT (k = 3) is better by more than 2; fewer than 4 temperatures cannot decide.
     */
    public static Verdict arrheniusOverVft(double aicArrhenius, double aicVft, int points) {
        if (points < 4) return Verdict.notShown(points + " temperatures in the fit range: cannot compare a 3-parameter law",
            "at least 4 temperatures with T <= 0.030");
        double d = aicArrhenius - aicVft;
        return Verdict.passIf(d <= 2, "VFT is better than Arrhenius by Delta AIC = " + f(d) + " (> 2)");
    }

    /**
     * The bending of chi_4^peak against tau_alpha (Fig. 3b): the local slope d ln chi_4 / d ln tau_alpha at low T over
     * that at high T. Pass if the 90% interval of the ratio lies below 0.75 (a fall of at least a quarter, a fraction
     * of the fall from "fast increase" to "possibly logarithmic"); fail if it lies above 1 (no fall); else not shown.
     */
    public static Verdict bends(double ratio, double[] interval, String needs) {
        String what = "slope ratio (cold / hot) " + f(ratio) + ", 90% " + f(interval);
        if (!finite(interval)) return Verdict.notShown(what + ": no interval", needs);
        if (interval[1] < 0.75) return Verdict.pass(what);
        if (interval[0] > 1) return Verdict.fail(what + ": the slope does not fall");
        return Verdict.notShown(what + ": cannot tell a fall of a quarter from none", needs);
    }

    /** The chi_4 peak time is "around tau_alpha" (SI): every temperature's ratio within a factor 2. */
    public static Verdict peakNearTauAlpha(double[] ratios) {
        double worst = 1;
        for (double r : ratios) if (Double.isFinite(r) && Math.abs(Math.log(r)) > Math.abs(Math.log(worst))) worst = r;
        if (ratios.length == 0) return Verdict.notShown("no temperature with a chi_4 peak", "longer windows");
        return Verdict.passIf(Math.abs(Math.log(worst)) <= Math.log(2), "t_peak / tau_alpha reaches " + f(worst) + " (outside 1/2..2)");
    }

    /**
     * The chi_4 peak grows on cooling (Fig. 3a, SI Fig. 7 "chi_4 ~ 1/T"): the growth factor from the hottest to the
     * coldest T must exceed half of T_hot / T_cold (the growth chi_4 ~ 1/T implies) at the lower end of its 90%
     * interval; fail if its upper end does not; else not shown.
     */
    public static Verdict grows(double growth, double[] interval, double tRatio) {
        double need = 0.5 * tRatio;
        String what = "growth " + f(growth) + " (90% " + f(interval) + ") vs at least " + f(need) + " = T_hot/T_cold / 2";
        if (!finite(interval)) return Verdict.passIf(growth > need, what);
        if (interval[0] > need) return Verdict.pass(what);
        if (interval[1] < need) return Verdict.fail(what);
        return Verdict.notShown(what + ": interval straddles the threshold", "more trajectories at the two ends");
    }

    /** A positive trend (slope of a linear law, SI Fig. 7): pass if the 90% interval is above zero and the line fits. */
    public static Verdict linearRise(double slope, double[] interval, double chi2PerDof, int points) {
        if (points < 3) return Verdict.notShown(points + " temperatures in the fit range", "at least 3 temperatures with T <= 0.020");
        String what = "slope " + f(slope) + " (90% " + f(interval) + "), chi^2/dof " + f(chi2PerDof);
        if (!finite(interval)) return Verdict.notShown(what + ": no interval", "2 or more trajectories per temperature");
        if (interval[0] > 0 && chi2PerDof <= 3) return Verdict.pass(what);
        if (interval[1] <= 0) return Verdict.fail(what + ": no rise");
        if (chi2PerDof > 3) return Verdict.fail(what + ": not linear within the trajectory errors");
        return Verdict.notShown(what + ": the rise is not resolved", "more trajectories at T <= 0.020");
    }

    /**
     * "Faster than": every ratio a/b below 1 passes (the ratio is reported: the paper's "slightly" is not a number);
     * any ratio above 1 fails.
     */
    public static Verdict faster(double[] ratios) {
        double worst = 0;
        for (double r : ratios) worst = Math.max(worst, r);
        if (ratios.length == 0) return Verdict.notShown("no ratio measured", "runs that reach both times");
        return Verdict.passIf(worst < 1, "largest ratio " + f(worst) + " is not below 1");
    }

    /**
     * Facilitation (SI Fig. 10): newly mobile sites have a mobile neighbour more often than sites drawn at random
     * from the still immobile ones (ratio 1). Pass if the 90% interval over trajectories lies above 1 + 1/4 (an excess
     * of at least a quarter); fail if it lies below it; else not shown.
     */
    public static Verdict facilitates(double ratio, double[] interval, String needs) {
        String what = "ratio to the random null " + f(ratio) + ", 90% " + f(interval);
        if (!finite(interval)) return Verdict.notShown(what + ": no interval", needs);
        if (interval[0] > 1.25) return Verdict.pass(what);
        if (interval[1] < 1.25) return Verdict.fail(what);
        return Verdict.notShown(what + ": interval straddles 1.25", needs);
    }

    /** The no-elastic control against its exact stationary solution: tau within 5% at every T, barrier 1 within 0.1. */
    public static Verdict matchesExact(double worstRelativeDeviation, double barrier) {
        return Verdict.passIf(worstRelativeDeviation < 0.05 && Math.abs(barrier - 1) < 0.1, "largest deviation from the exact tau "
            + f(100 * worstRelativeDeviation) + "% (tolerance 5%), barrier " + f(barrier) + " (exact 1 +- 0.1)");
    }

    /** Barriers "essentially the same" (SI Fig. 6b): largest over smallest below 1 + relTol. */
    public static Verdict sameBarrier(double[] barriers, double relTol) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double b : barriers) { lo = Math.min(lo, b); hi = Math.max(hi, b); }
        if (!(lo > 0)) return Verdict.notShown("a barrier is not positive or not measured", "at least 3 temperatures with T <= 0.030");
        return Verdict.passIf(hi / lo < 1 + relTol, "barriers differ by a factor " + f(hi / lo) + " (tolerance " + f(1 + relTol) + ")");
    }

    /** The worst of several verdicts: any fail fails, else any not-shown is not shown, else pass. */
    public static Verdict worst(java.util.List<Verdict> vs) {
        for (Verdict v : vs) if (v.status() == glassdyn.claims.Status.FAIL) return v;
        for (Verdict v : vs) if (v.status() == glassdyn.claims.Status.NOT_SHOWN) return v;
        return vs.isEmpty() ? Verdict.notShown("nothing to compare", "runs at both sizes") : Verdict.pass(vs.get(0).reason());
    }

    /** x exceeds a threshold: pass if the whole 90% interval is above it, fail if the whole interval is below it. */
    public static Verdict exceeds(double x, double[] interval, double threshold, String needs) {
        String what = "estimate " + f(x) + " (90% " + f(interval) + ") vs threshold " + f(threshold);
        if (!Double.isFinite(threshold) || !finite(interval)) return Verdict.notShown(what + ": no threshold or no interval", needs);
        if (interval[0] > threshold) return Verdict.pass(what);
        if (interval[1] < threshold) return Verdict.fail(what);
        return Verdict.notShown(what + ": interval straddles the threshold", needs);
    }

    /**
     * x lies inside [lo, hi] (a time scale against the range the paper's figures span): pass if the whole 90% interval
     * is inside, fail if the whole interval is outside, else not shown.
     */
    public static Verdict insideRange(double x, double[] interval, double lo, double hi, String needs) {
        String what = "estimate " + f(x) + " (90% " + f(interval) + ") vs range [" + f(lo) + ", " + f(hi) + "]";
        if (!Double.isFinite(x) || !finite(interval)) return Verdict.notShown(what + ": no estimate or no interval", needs);
        if (interval[0] >= lo && interval[1] <= hi) return Verdict.pass(what);
        if (interval[1] < lo || interval[0] > hi) return Verdict.fail(what);
        return Verdict.notShown(what + ": the interval crosses an end of the range", needs);
    }
}
