package glassdyn.papers.cagejump;

import glassdyn.claims.Verdict;

/**
 * The decision rules of paper 000's checks: small pure functions from measured numbers (point estimates and 90%
 * intervals over independent units) to a {@link Verdict}. A point estimate against the claim fails even when its
 * interval holds the claim; a point estimate for the claim whose interval does not exclude the alternative is "not
 * shown", with what would show it.
 */
public final class CageJumpRules {
    /** Fewest independent units (clusters, windows, rates) for an interval. */
    public static final int MIN_UNITS = 3;

    private CageJumpRules() {}

    private static String f(double v) { return String.format(java.util.Locale.ROOT, "%.4g", v); }

    private static String iv(double[] i) { return "[" + f(i[0]) + ", " + f(i[1]) + "]"; }

    /**
     * A quantity that must be positive (e.g. lambda of eta ~ gamma_dot^-lambda, Fig. 1(a)): fails when the point
     * estimate is not positive, passes when the 90% interval lies above zero, else not shown.
     */
    public static Verdict positive(String what, double value, double[] interval, int units, String needs) {
        if (units < MIN_UNITS || !Double.isFinite(value)) return Verdict.notShown(what + " from " + units + " units (need >= " + MIN_UNITS + ")", needs);
        if (value <= 0) return Verdict.fail(what + " = " + f(value) + " <= 0");
        if (interval[0] > 0) return Verdict.pass();
        return Verdict.notShown(what + " = " + f(value) + " > 0 but its 90% interval " + iv(interval) + " holds 0", needs);
    }

    /** Every difference positive (eta(45%) &gt; eta(42.5%) at every rate): fail on a non-positive point, pass when every interval excludes 0. */
    public static Verdict allPositive(String what, double[] values, double[] lower) {
        boolean allAbove = true;
        for (int q = 0; q < values.length; q++) {
            if (!(values[q] > 0)) return Verdict.fail(what + " at entry " + q + " = " + f(values[q]) + " <= 0");
            allAbove &= lower[q] > 0;
        }
        if (values.length == 0) return Verdict.notShown("no entries", "runs at the rates of the claim");
        return allAbove ? Verdict.pass() : Verdict.notShown(what + " positive at every entry, but a 90% interval holds 0", "longer runs");
    }

    /** A value within {@code tolerance} of the paper's {@code target} (e.g. P_c-bar = 78% within 20 points). */
    public static Verdict near(String what, double value, double[] interval, double target, double tolerance) {
        if (!Double.isFinite(value)) return Verdict.notShown(what + " not measured", "clusters at this condition");
        if (Math.abs(value - target) <= tolerance) return Verdict.pass();
        return Verdict.fail(what + " = " + f(value) + " (90% interval " + iv(interval) + ") vs the paper's " + f(target) + ": off by "
            + f(Math.abs(value - target)) + " > " + f(tolerance));
    }

    /**
     * A value the paper says holds "for all conditions" (xi_c / xi_LER = 0.8 at both phi, Fig. 3(c)), one value per
     * condition with its 90% interval over independent units: fails when any condition with enough units has its point
     * estimate off {@code target} by more than {@code tolerance}; not shown when a condition has fewer than
     * {@link #MIN_UNITS} units or no value; passes when every interval lies within target +- tolerance; else not shown.
     */
    public static Verdict nearAtEvery(String what, String[] conditions, double[] values, double[][] intervals, int[] units,
                                      double target, double tolerance, String needs) {
        if (values.length == 0) return Verdict.notShown("no condition with " + what, needs);
        StringBuilder off = new StringBuilder(), few = new StringBuilder(), wide = new StringBuilder();
        for (int q = 0; q < values.length; q++) {
            boolean enough = units[q] >= MIN_UNITS && Double.isFinite(values[q]);
            if (!enough) few.append(few.isEmpty() ? "" : "; ").append(conditions[q]).append(": ").append(units[q]).append(" units, value ").append(f(values[q]));
            else if (Math.abs(values[q] - target) > tolerance)
                off.append(off.isEmpty() ? "" : "; ").append(conditions[q]).append(": ").append(f(values[q])).append(" (90% interval ").append(iv(intervals[q])).append(")");
            else if (!(intervals[q][0] >= target - tolerance && intervals[q][1] <= target + tolerance))
                wide.append(wide.isEmpty() ? "" : "; ").append(conditions[q]).append(": ").append(f(values[q])).append(" ").append(iv(intervals[q]));
        }
        if (!off.isEmpty()) return Verdict.fail(what + " off the paper's " + f(target) + " by more than " + f(tolerance) + " at " + off);
        if (!few.isEmpty()) return Verdict.notShown(what + " from too few units (need >= " + MIN_UNITS + ") at " + few, needs);
        if (!wide.isEmpty()) return Verdict.notShown(what + " within " + f(tolerance) + " of " + f(target) + " but the 90% interval reaches beyond at " + wide, needs);
        return Verdict.pass();
    }

    /**
     * A fraction that the paper says is typical ("this kind of response is also found for other clusters"): fails
     * when the point estimate is at most max(1/2, the null's fraction); passes when its 90% interval lies above that.
     */
    public static Verdict typicalAgainstNull(String what, double fraction, double[] interval, int units, double nullFraction, String needs) {
        if (units < MIN_UNITS) return Verdict.notShown(what + " from " + units + " regions (need >= " + MIN_UNITS + ")", needs);
        double bar = Math.max(0.5, Double.isFinite(nullFraction) ? nullFraction : 0);
        if (!(fraction > bar)) return Verdict.fail(what + " = " + f(fraction) + " (90% interval " + iv(interval) + ") is not above "
            + f(bar) + " (max of 1/2 and the null fraction " + f(nullFraction) + ")");
        if (interval[0] > bar) return Verdict.pass();
        return Verdict.notShown(what + " = " + f(fraction) + " but its 90% interval " + iv(interval) + " reaches " + f(bar), needs);
    }

    /** Ratios within a factor (eta_c / eta within 2 at every rate): fail on a point outside, pass when every interval is inside. */
    public static Verdict withinFactor(String what, double[] ratio, double[] lo, double[] hi, double factor) {
        if (ratio.length == 0) return Verdict.notShown("no rate with a ratio", "clusters at the rates");
        boolean inside = true;
        for (int q = 0; q < ratio.length; q++) {
            if (!(ratio[q] >= 1 / factor && ratio[q] <= factor))
                return Verdict.fail(what + " = " + f(ratio[q]) + " at entry " + q + ", outside [" + f(1 / factor) + ", " + f(factor) + "]");
            inside &= lo[q] >= 1 / factor && hi[q] <= factor;
        }
        return inside ? Verdict.pass() : Verdict.notShown(what + " inside the factor " + f(factor) + " at every rate but an interval reaches beyond", "more clusters");
    }

    /** Two exponents that must agree (nu_c = lambda / 4): within 1.645 standard errors plus an absolute tolerance. */
    public static Verdict exponentsAgree(String what, double value, double error, double target, double tolerance) {
        if (!Double.isFinite(value) || !Double.isFinite(target)) return Verdict.notShown(what + " not measured", "rates with clusters");
        double allowed = 1.645 * (Double.isFinite(error) ? error : 0) + tolerance;
        return Math.abs(value - target) <= allowed ? Verdict.pass()
            : Verdict.fail(what + " = " + f(value) + " +- " + f(error) + " vs " + f(target) + ": off by " + f(Math.abs(value - target)) + " > " + f(allowed));
    }

    /**
     * A ratio that the paper says is about 1 (t_y = t_chi, Fig. 3(d)), tested against the random-region null: fails
     * when the clusters' ratio lies outside [1/2, 2]; not shown when random regions of the same shape, volume and
     * window give a ratio inside [1/2, 2] whose 90% interval overlaps the clusters' (the windows, not the clusters, set
     * it); passes otherwise.
     */
    public static Verdict agreementAgainstNull(String what, double ratio, double[] interval, int units, double nullRatio,
                                               double[] nullInterval, int nullUnits, String needs) {
        if (units < MIN_UNITS) return Verdict.notShown(what + " from " + units + " clusters (need >= " + MIN_UNITS + ")", needs);
        if (!(ratio >= 0.5 && ratio <= 2)) return Verdict.fail(what + " = " + f(ratio) + " (90% interval " + iv(interval) + ") outside [0.5, 2]");
        boolean nullAgrees = nullUnits >= MIN_UNITS && nullRatio >= 0.5 && nullRatio <= 2
            && nullInterval[0] <= interval[1] && interval[0] <= nullInterval[1];
        if (nullAgrees) return Verdict.notShown(what + " = " + f(ratio) + " " + iv(interval) + ", but the null regions give " + f(nullRatio)
            + " " + iv(nullInterval) + ": the agreement is set by the windows, not by the clusters", needs);
        return Verdict.pass();
    }

    /**
     * A quantity the paper says does not depend on gamma_dot (g_cj, Fig. 4(b); the amplitude of alpha(r), Fig. 4(c)),
     * as the log ratio ln(A(highest rate) / A(lowest rate)) with its 90% interval over clusters: not shown with too few
     * clusters or when A's 90% interval at either rate does not lie above its uncorrelated value (g_cj = 1, alpha = 0:
     * a flat, signal-free quantity is "independent" trivially); fails when the point estimate is off by more than
     * ln(factor); passes when the whole interval lies within +-ln(factor); else not shown.
     */
    public static Verdict rateIndependent(String what, double logRatio, double[] interval, int units, double[] highInterval,
                                          double[] lowInterval, double uncorrelated, double factor, String needs) {
        if (units < MIN_UNITS || !Double.isFinite(logRatio))
            return Verdict.notShown(what + " from " + units + " clusters at the extreme rates (need >= " + MIN_UNITS + " at each)", needs);
        if (!(highInterval[0] > uncorrelated && lowInterval[0] > uncorrelated))
            return Verdict.notShown(what + " is not above its uncorrelated value " + f(uncorrelated) + " at both extreme rates (90% intervals "
                + iv(highInterval) + " and " + iv(lowInterval) + "): no signal whose rate dependence could be compared", needs);
        double tol = Math.log(factor);
        if (Math.abs(logRatio) > tol) return Verdict.fail(what + ": highest / lowest rate = " + f(Math.exp(logRatio)) + ", outside a factor " + f(factor));
        if (interval[0] >= -tol && interval[1] <= tol) return Verdict.pass();
        return Verdict.notShown(what + ": highest / lowest rate = " + f(Math.exp(logRatio)) + " but its 90% interval [" + f(Math.exp(interval[0]))
            + ", " + f(Math.exp(interval[1])) + "] reaches beyond a factor " + f(factor), needs);
    }

    /**
     * A fraction above one half (P_ext &gt; 50% on [t1, t3], Fig. 2(c)) with its 90% interval over clusters: fails on a
     * point at or below 1/2, passes when the interval lies above 1/2, else not shown.
     */
    public static Verdict aboveHalf(String what, double value, double[] interval, int units, String needs) {
        if (units < MIN_UNITS || !Double.isFinite(value)) return Verdict.notShown(what + " from " + units + " clusters (need >= " + MIN_UNITS + ")", needs);
        if (value <= 0.5) return Verdict.fail(what + " = " + f(value) + " <= 0.5");
        return interval[0] > 0.5 ? Verdict.pass()
            : Verdict.notShown(what + " = " + f(value) + " > 0.5 but its 90% interval " + iv(interval) + " reaches 0.5", needs);
    }

    /**
     * Clusters differ from a null in the expected direction ({@code sign} +1: larger): the 90% interval of
     * mean(clusters) - mean(null); fails when the point difference has the wrong sign (or is zero), passes when the
     * interval excludes zero, else not shown.
     */
    public static Verdict differsFromNull(String what, double difference, double[] interval, int units, int nullUnits, int sign, String needs) {
        if (units < MIN_UNITS || nullUnits < MIN_UNITS || !Double.isFinite(difference))
            return Verdict.notShown(what + ": " + units + " clusters and " + nullUnits + " null regions (need >= " + MIN_UNITS + " each)", needs);
        if (!(sign * difference > 0)) return Verdict.fail(what + ": clusters - null = " + f(difference) + " (90% interval " + iv(interval)
            + "), not " + (sign > 0 ? "larger" : "smaller"));
        boolean excludes = sign > 0 ? interval[0] > 0 : interval[1] < 0;
        return excludes ? Verdict.pass() : Verdict.notShown(what + ": clusters - null = " + f(difference) + " but its 90% interval "
            + iv(interval) + " holds 0", needs);
    }

    /**
     * Two delineations agree (paper 000 p. 1, C25: the small particles' jumps "do not change ... the delineation of
     * dynamic regions"): the Jaccard overlap J of the two region masks per window, against translated copies of the
     * same masks (J_null). Fails when the point estimate of J is below {@code jMin} or J - J_null is not positive (the
     * delineation changed); passes when the 90% interval of J lies above {@code jMin} and that of J - J_null above 0;
     * else not shown. Fewer than {@link #MIN_UNITS} windows: not shown.
     */
    public static Verdict sameDelineation(double jaccard, double[] interval, double excess, double[] excessInterval, int windows,
                                          double jMin, String needs) {
        if (windows < MIN_UNITS || !Double.isFinite(jaccard) || !Double.isFinite(excess))
            return Verdict.notShown(windows + " windows with regions (need >= " + MIN_UNITS + ")", needs);
        if (jaccard < jMin) return Verdict.fail("Jaccard overlap " + f(jaccard) + " (90% interval " + iv(interval) + ") < " + f(jMin));
        if (!(excess > 0)) return Verdict.fail("Jaccard overlap " + f(jaccard) + " is not above translated masks of the same sizes (excess "
            + f(excess) + ")");
        if (interval[0] >= jMin && excessInterval[0] > 0) return Verdict.pass();
        return Verdict.notShown("Jaccard overlap " + f(jaccard) + " >= " + f(jMin) + " and excess over translated masks " + f(excess)
            + " > 0, but the 90% intervals " + iv(interval) + ", " + iv(excessInterval) + " reach the bounds", needs);
    }

    /**
     * The range of alpha(r) (Fig. 4(c,d)): not shown when alpha exceeds the noise in fewer than 4 radial bins at some
     * rate (statistics); fails when there are enough bins but no break to a steeper decay is found (a result), or when
     * xi_alpha is not monotone in gamma_dot or xi_alpha / xi_c is off 0.8 by more than 0.3; else passes.
     */
    public static Verdict alphaRange(double[] significantBins, double[] xiAlpha, boolean monotone, double ratio, double paperRatio) {
        for (double b : significantBins)
            if (!(b >= 4)) return Verdict.notShown("alpha(r) exceeds the noise in " + java.util.Arrays.toString(significantBins)
                + " radial bins per rate (need >= 4 for the two-segment fit)", "more cage-jump pairs: larger N and longer runs (the long preset)");
        for (double x : xiAlpha)
            if (!Double.isFinite(x)) return Verdict.fail("alpha(r) has no break to a steeper decay at some rate: xi_alpha " + java.util.Arrays.toString(xiAlpha));
        if (!monotone) return Verdict.fail("xi_alpha " + java.util.Arrays.toString(xiAlpha) + " does not shrink monotonically with gamma_dot");
        if (Math.abs(ratio - paperRatio) > 0.3) return Verdict.fail("xi_alpha / xi_c = " + f(ratio) + ", off " + f(paperRatio) + " by more than 0.3");
        return Verdict.pass();
    }

    /**
     * Paper 000 SM, p. 4: an agreement "even better" in the MD data than in the BD data, as two deviations from the
     * relation (e.g. |nu_c - lambda/4|): not shown when either deviation is not measured or either model's own check of
     * the relation could not decide it ({@code mdDecided}, {@code bdDecided}: its status was pass or fail); passes
     * when the MD deviation is the smaller, fails otherwise.
     */
    public static Verdict closerAgreement(String what, double mdDeviation, boolean mdDecided, double bdDeviation, boolean bdDecided, String needs) {
        if (!Double.isFinite(mdDeviation) || !Double.isFinite(bdDeviation) || !mdDecided || !bdDecided)
            return Verdict.notShown(what + ": MD deviation " + f(mdDeviation) + (mdDecided ? "" : " (its check not decided)") + ", BD deviation "
                + f(bdDeviation) + (bdDecided ? "" : " (its check not decided)"), needs);
        return mdDeviation < bdDeviation ? Verdict.pass()
            : Verdict.fail(what + ": MD deviation " + f(mdDeviation) + " is not smaller than BD's " + f(bdDeviation));
    }

    /** A one-sided null p-value below {@code alpha} with at least {@code minSpots} spots (PHM loci vs early jumps, Fig. 4(a)). */
    public static Verdict significant(String what, double p, int spots, int minSpots, double alpha, String needs) {
        if (!Double.isFinite(p) || spots < minSpots) return Verdict.notShown(what + ": " + spots + " spots (need >= " + minSpots + ")", needs);
        return p < alpha ? Verdict.pass() : Verdict.fail(what + ": p = " + f(p) + " >= " + f(alpha));
    }

    /**
     * The verdict of a claim tested against several nulls: fail when any fails, else not shown when any is not shown
     * (reasons joined), else pass.
     */
    public static Verdict worst(Verdict... vs) {
        for (glassdyn.claims.Status st : new glassdyn.claims.Status[] {glassdyn.claims.Status.FAIL, glassdyn.claims.Status.NOT_SHOWN}) {
            StringBuilder why = new StringBuilder();
            String needs = null;
            for (Verdict v : vs) {
                if (v.status() != st) continue;
                why.append(why.isEmpty() ? "" : "; ").append(v.reason());
                if (needs == null) needs = v.needs();
            }
            if (!why.isEmpty()) return st == glassdyn.claims.Status.FAIL ? Verdict.fail(why.toString()) : Verdict.notShown(why.toString(), needs);
        }
        return Verdict.pass();
    }
}
