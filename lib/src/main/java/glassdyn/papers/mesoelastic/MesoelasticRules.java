package glassdyn.papers.mesoelastic;

import glassdyn.claims.Verdict;

import java.util.Locale;

/**
 * The decision rules of paper 004's checks: small pure functions from measured numbers (with their 90% intervals over
 * independent units) to a {@link Verdict}. Each is unit-tested with a planted pass and a planted fail or not-shown.
 */
public final class MesoelasticRules {
    private MesoelasticRules() {}

    /** Eq. 3 tolerance on l~: within a factor 1.5 of the paper's value. */
    public static final double L_TOLERANCE = 1.5;
    /** Eq. 3 tolerance on t~: within a factor 10 of the paper's value. */
    public static final double T_TOLERANCE = 10;
    /** "Many orders of magnitude smaller than any intrinsic time" (Sec. III A): t~ below 1e-3 t0, two decades under 0.1. */
    public static final double ABSURD_T_TILDE = 1e-3;
    /** Relative tolerance of the first S(q) peak against the paper's q_max (Table I; shells of 0.1 at q ~ 6 are 1.6%). */
    public static final double Q_PEAK_TOLERANCE = 0.05;

    static String f(double x) { return Double.isFinite(x) ? String.format(Locale.ROOT, "%.3g", x) : "n/a"; }

    private static boolean excludes0(double[] ci) { return ci != null && (ci[0] > 0 || ci[1] < 0); }

    /**
     * kappa grows on annealing more than G (Fig. 3, Fig. 4 a3-d3): pass when the 90% interval of (kappa change - G
     * change) lies above 0 and kappa grew; fail when it lies below 0 or kappa did not grow; otherwise not shown, with
     * the point estimate and its sign against or for the claim.
     */
    public static Verdict kappaGrowsMoreThanG(double dk, double dg, double[] ci, String needs) {
        double d = dk - dg;
        String point = "point estimate kappa " + f(100 * dk) + "% vs G " + f(100 * dg) + "% (difference " + f(d) + ", "
            + (d > 0 ? "for" : "against") + " the claim)";
        if (ci == null || !Double.isFinite(ci[0]) || !Double.isFinite(ci[1]))
            return Verdict.notShown("fewer than 3 independent tau_alpha blocks of IS; " + point, needs);
        if (ci[1] < 0) return Verdict.fail("the 90% interval of the difference [" + f(ci[0]) + ", " + f(ci[1]) + "] lies below 0; " + point);
        if (ci[0] > 0) return dk > 0 ? Verdict.pass()
            : Verdict.fail("kappa did not grow on annealing (" + f(100 * dk) + "%), it only fell less than G");
        return Verdict.notShown("the 90% interval of the difference [" + f(ci[0]) + ", " + f(ci[1]) + "] holds 0; " + point, needs);
    }

    /**
     * Eq. 3 holds for IPL (Sec. III A, Fig. 4 a4): with at least 3 activated points and kappa resolved at the ends of the
     * fit range, pass when (t~, l~) lies within (x10, x1.5) of the paper's (0.1, 0.4) and the Eq. 3 fit is at least as
     * good as the constant-kappa Arrhenius competitor (residual sum of squares of ln(tau/t0), both two parameters);
     * fail otherwise.
     */
    public static Verdict eq3Holds(int points, boolean kappaResolved, double tTilde, double lTilde, double rssEq3, double rssArrhenius,
                                   double paperT, double paperL) {
        if (points < 3)
            return Verdict.notShown(points + " point(s) with tau_alpha/t0 >= 10: a line through 2 points does not test the form",
                "a third activated temperature (about 2 CPU-minutes at N = 400)");
        if (!kappaResolved)
            return Verdict.notShown("kappa at the two ends of the fit range is not resolved (90% intervals overlap)",
                "about 3x the independent IS at the fit ends (longer productions, minutes at N = 400)");
        if (!(lTilde > 0)) return Verdict.fail("non-positive slope of ln(tau/t0) against kappa/T: l~ undefined");
        boolean lOk = Math.abs(Math.log(lTilde / paperL)) < Math.log(L_TOLERANCE);
        boolean tOk = Math.abs(Math.log10(tTilde / paperT)) < Math.log10(T_TOLERANCE);
        boolean better = rssEq3 <= rssArrhenius;
        if (lOk && tOk && better) return Verdict.pass();
        StringBuilder why = new StringBuilder();
        if (!lOk) why.append("l~ = ").append(f(lTilde)).append(" not within x").append(L_TOLERANCE).append(" of ").append(paperL).append("; ");
        if (!tOk) why.append("t~ = ").append(f(tTilde)).append(" not within x").append(f(T_TOLERANCE)).append(" of ").append(paperT).append("; ");
        if (!better) why.append("the constant-kappa Arrhenius fit is better (RSS ").append(f(rssArrhenius)).append(" vs ").append(f(rssEq3)).append(")");
        return Verdict.fail(why.toString().replaceAll("; $", ""));
    }

    /** The Eq. 3 fit of one SS density: activated points (tau_alpha/t0 &gt;= 10), slope of ln(tau/t0) against kappa/T, t~. */
    public record DensityFit(String rho, int points, double slope, double tTilde) {
        /** The paper's breakdown (Sec. III A): no positive slope, or t~ below {@link #ABSURD_T_TILDE}. */
        boolean broken() { return !(slope > 0) || tTilde < ABSURD_T_TILDE; }
        /** Valid as for IPL: positive slope and t~ within x10 of IPL's 0.1 (Sec. III A, Fig. 4 a4). */
        boolean valid() { return slope > 0 && Math.abs(Math.log10(tTilde / 0.1)) < 1; }
        /** Whether the fit has the 3 activated points that test the form. */
        boolean judged() { return points >= 3; }
        String fit() { return "slope " + f(slope) + ", t~ = " + f(tTilde); }
    }

    /**
     * Eq. 3 for SS by density (Sec. III B, Fig. 6 a1-a3: "the mesoelastic model is predictive of the dense [rho = 0.95,
     * panel (a3)] SS liquid dynamics. However, as expected, it fails as the density is decreased [see panels (a1) and
     * (a2)]"): broken ({@link DensityFit#broken}) at rho 0.6 and at the intermediate rho 0.7, valid
     * ({@link DensityFit#valid}) at rho 0.95. A fit with fewer than 3 activated points (or a density absent from the
     * preset, {@code null}) is not judged. Fail when any judged density contradicts the paper (the claim is the
     * conjunction of the three); not shown when none does but one is not judged; pass when all three agree.
     */
    public static Verdict eq3BreaksAtLowDensity(DensityFit low, DensityFit mid, DensityFit high) {
        StringBuilder against = new StringBuilder(), unjudged = new StringBuilder();
        for (DensityFit d : new DensityFit[] {low, mid, high}) {
            if (d == null) continue;
            boolean dense = d == high;
            if (!d.judged()) unjudged.append("rho ").append(d.rho()).append(' ').append(d.points()).append(", ");
            else if (dense ? !d.valid() : !d.broken())
                against.append("Eq. 3 at rho ").append(d.rho()).append(dense ? " is not valid (" : " is not absurd (").append(d.fit()).append("); ");
        }
        if (!against.isEmpty()) return Verdict.fail(against.toString().replaceAll("; $", ""));
        if (mid == null) unjudged.append("rho 0.7 not in this preset, ");
        if (!unjudged.isEmpty())
            return Verdict.notShown("activated points (tau_alpha/t0 >= 10): " + unjudged.toString().replaceAll(", $", "") + "; 3 at each of rho 0.6, 0.7, 0.95 are needed",
                "deeper SS temperatures (the long scale adds one per density)");
        return Verdict.pass();
    }

    /** The ballistic regime ends near 0.1 t0 in every model (App. D1): every state point's end in [0.05, 0.2] t0. */
    public static Verdict ballisticEnd(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) return Verdict.notShown("no ballistic end found", "a finer short-time window");
        return Verdict.passIf(min >= 0.05 && max <= 0.2, "ends over [" + f(min) + ", " + f(max) + "] t0, outside [0.05, 0.2]");
    }

    /**
     * Stokes-Einstein breakdown exponent 0.74-0.79 (App. D1): not shown with fewer than 3 activated diffusive points or a
     * 90% half-width above {@code maxHalf}; pass when xi +- half meets [0.74, 0.79]; fail otherwise.
     */
    public static Verdict stokesEinstein(int points, double xi, double half, double maxHalf) {
        if (points < 3)
            return Verdict.notShown(points + " activated temperature(s) with a diffusive MSD (point estimate xi = " + f(xi) + ")",
                "at least 5 diffusive activated points with productions >= 30 tau_alpha (the long scale)");
        if (!(half <= maxHalf))
            return Verdict.notShown("xi = " + f(xi) + " +- " + f(half) + " (90%): wider than +-" + maxHalf + ", cannot tell 0.74-0.79 from 1",
                "at least 5 diffusive activated points with productions >= 30 tau_alpha (the long scale)");
        return Verdict.passIf(xi + half >= 0.74 && xi - half <= 0.79, "xi = " + f(xi) + " +- " + f(half) + " misses [0.74, 0.79]");
    }

    /** SS transitions at least 10x IPL's (Fig. 5 b): {@code ipl} is IPL's rate or, without a transition, its one-transition bound. */
    public static Verdict rateRatio(double ss, double ipl, double[] ssInterval, double[] iplInterval) {
        return rateRatio("SS", ss, ipl, ssInterval, iplInterval);
    }

    /**
     * A granular model's (SS, SW) reduced transition rate at least 10x IPL's (Fig. 5 b, "at least an order of
     * magnitude"): pass when the lower end of its interval (or its point estimate) is 10x the upper end of IPL's (or
     * IPL's rate / one-transition bound, whichever is larger: an IPL run without transitions has the interval [0, 0],
     * which must not make the claim pass); fail when the point estimates are less than 10x apart; not shown otherwise.
     */
    public static Verdict rateRatio(String model, double granular, double ipl, double[] granularInterval, double[] iplInterval) {
        double lo = granularInterval != null && Double.isFinite(granularInterval[0]) ? granularInterval[0] : granular;
        double hi = Math.max(ipl, iplInterval != null && Double.isFinite(iplInterval[1]) ? iplInterval[1] : ipl);
        if (lo >= 10 * hi) return Verdict.pass();
        if (granular < 10 * ipl) return Verdict.fail(model + " " + f(granular) + " vs IPL " + f(ipl) + ": ratio " + f(granular / ipl) + " < 10");
        return Verdict.notShown("point estimates " + model + " " + f(granular) + " vs IPL " + f(ipl) + " (ratio " + f(granular / ipl)
            + ") but the intervals overlap x10", "more trajectories per system");
    }

    /**
     * Eq. 3 breaks down for a model (SW, Sec. III A and Fig. 4 d4: "the tentative range of validity is too small or
     * nonexistent, and the tentative value of t~ is many orders of magnitude smaller than any reduced timescale"): with at
     * least 3 activated points (tau_alpha/t0 &gt;= 10), pass when the fit's slope is not positive or t~ lies below
     * {@link #ABSURD_T_TILDE} (two decades under the ballistic time 0.1 t0); fail when a positive slope gives t~ of at
     * least that (a fit as plausible as IPL's); not shown with fewer points.
     */
    public static Verdict eq3Breaks(String model, int points, double slope, double tTilde) {
        if (points < 3)
            return Verdict.notShown(model + ": " + points + " activated points (tau_alpha/t0 >= 10), 3 are needed",
                "deeper temperatures with productions of several tau_alpha");
        if (!(slope > 0) || tTilde < ABSURD_T_TILDE) return Verdict.pass();
        return Verdict.fail(model + ": Eq. 3 fits with slope " + f(slope) + " and t~ = " + f(tTilde) + ", not absurdly small (>= " + ABSURD_T_TILDE + ")");
    }

    /**
     * SS rate falls by over two decades from rho 0.6 to 0.95 (Fig. 5 c-d): {@code ratio} = rate(0.6)/rate(0.95), with
     * {@code bounded} when 0.95 had no transition (then the ratio is only a lower bound). Pass when the ratio (or its
     * bound) is at least 100; fail when a measured ratio is below 100; not shown when only a bound below 100 exists.
     */
    public static Verdict twoDecades(double ratio, boolean bounded, boolean noneAtLow) {
        if (noneAtLow) return Verdict.notShown("no transition at rho 0.6 either", "a longer transition run");
        if (ratio >= 100) return Verdict.pass();
        if (!bounded) return Verdict.fail("measured ratio " + f(ratio) + " < 100");
        return Verdict.notShown("no transition at rho 0.95: the ratio is only bounded below, by " + f(ratio),
            "a run " + f(100 / ratio) + "x longer at rho 0.95 without a transition (seconds of CPU)");
    }

    /**
     * Which of two values is larger, decided by their 90% intervals: pass when {@code hi}'s interval lies above
     * {@code lo}'s, fail when below, not shown when they overlap (point estimates in the reason).
     */
    public static Verdict larger(double hi, double[] hiCi, double lo, double[] loCi, String what) {
        if (hiCi[0] > loCi[1]) return Verdict.pass();
        if (hiCi[1] < loCi[0]) return Verdict.fail(what + ": the intervals are separated the other way (" + f(hi) + " vs " + f(lo) + ")");
        return Verdict.notShown(what + ": 90% intervals overlap (point estimates " + f(hi) + " vs " + f(lo) + ", "
            + (hi > lo ? "for" : "against") + " the claim)", "more inherent structures (the long scale doubles them)");
    }

    /**
     * Mobile particles softer, immobile stiffer at rho 0.95, the separation (immobile - mobile) shrinking at 0.6 (Fig. 6
     * b): pass when the intervals of the separation at 0.95 and of its difference to 0.6 both lie above 0; fail when
     * either lies below 0; not shown otherwise.
     */
    public static Verdict separationShrinks(double sepHigh, double[] sepHighCi, double diff, double[] diffCi) {
        if (!excludes0(sepHighCi) || !excludes0(diffCi))
            return Verdict.notShown("an interval holds 0 (separation at rho 0.95 " + f(sepHigh) + ", difference to rho 0.6 " + f(diff) + ")",
                "more inherent structures in the mobility analysis (240 in the paper)");
        if (sepHighCi[0] > 0 && diffCi[0] > 0) return Verdict.pass();
        return Verdict.fail("separation at rho 0.95 " + f(sepHigh) + ", difference to rho 0.6 " + f(diff) + ": not both positive");
    }

    /** Many SS pairs sit in the attractive well (Fig. 12, App. D3): the 90% interval of the fraction above {@code threshold}. */
    public static Verdict attractiveMany(double fraction, double[] ci, double threshold) {
        if (!Double.isFinite(ci[0]) || !Double.isFinite(ci[1]))
            return Verdict.notShown("fewer than 3 independent IS blocks (point estimate " + f(fraction) + ")", "more inherent structures");
        if (ci[0] > threshold) return Verdict.pass();
        if (ci[1] < threshold) return Verdict.fail("attractive fraction " + f(fraction) + " below " + threshold);
        return Verdict.notShown("the 90% interval [" + f(ci[0]) + ", " + f(ci[1]) + "] holds " + threshold, "more inherent structures");
    }

    /**
     * Immobile particles are stiff even at the lowest density (Sec. III C, Fig. 6 c1): their mean per-species rank of
     * kappa_i lies above 1/2 (the rank of a random particle) by its 90% interval over IS; fail below, not shown otherwise.
     */
    public static Verdict immobileStiff(double meanRank, double[] ci) {
        if (!Double.isFinite(ci[0]) || !Double.isFinite(ci[1]))
            return Verdict.notShown("fewer than 3 IS (mean rank " + f(meanRank) + ")", "more inherent structures in the mobility analysis");
        if (ci[0] > 0.5) return Verdict.pass();
        if (ci[1] < 0.5) return Verdict.fail("immobile particles' mean kappa rank " + f(meanRank) + " lies below 1/2");
        return Verdict.notShown("the 90% interval [" + f(ci[0]) + ", " + f(ci[1]) + "] of the mean rank holds 1/2 (point estimate "
            + f(meanRank) + ")", "more inherent structures in the mobility analysis (240 in the paper)");
    }

    /** The first S(q) peak agrees with the paper's q_max (Table I) within {@link #Q_PEAK_TOLERANCE}. */
    public static Verdict firstPeak(double measured, double paper) {
        if (!Double.isFinite(measured)) return Verdict.notShown("no S(q) peak in [3, 9]", "a larger box");
        return Verdict.passIf(Math.abs(measured / paper - 1) <= Q_PEAK_TOLERANCE,
            "first peak at q = " + f(measured) + ", " + f(100 * (measured / paper - 1)) + "% from the paper's " + paper);
    }

    /** "Almost identical" displacement distributions (Fig. 11 c): total-variation distance below this (ours). */
    public static final double TV_IDENTICAL = 0.1;

    /**
     * The distribution of particle displacements after tau_alpha/10 is almost identical across SS densities (App. D2,
     * Fig. 11 c): pass when the 90% interval of the largest total-variation distance between two densities lies below
     * {@code threshold}, fail when it lies above, not shown otherwise (point estimate in the reason).
     */
    public static Verdict almostIdentical(double tv, double[] ci, double threshold) {
        if (ci == null || !Double.isFinite(ci[0]) || !Double.isFinite(ci[1]))
            return Verdict.notShown("no interval (point estimate " + f(tv) + ")", "displacement tables at two or more densities");
        if (ci[1] < threshold) return Verdict.pass();
        if (ci[0] > threshold) return Verdict.fail("total-variation distance " + f(tv) + " [" + f(ci[0]) + ", " + f(ci[1]) + "] above " + threshold);
        return Verdict.notShown("the 90% interval [" + f(ci[0]) + ", " + f(ci[1]) + "] of the distance holds " + threshold
            + " (point estimate " + f(tv) + ")", "more independent time windows (longer productions at the lowest T)");
    }

    /**
     * Two-step decay of F_s (Sec. IV: the attraction-dominated models "feature conventional two-step decay"): from
     * -dF_s/dln t, the height of its short-time (beta) maximum, the depth of the minimum between it and the alpha
     * maximum, and the alpha maximum's height ({@code dip} NaN when -dF_s/dln t has a single maximum). Pass when the
     * dip is at most half the lower maximum, fail when there is a single maximum or the dip is at least 0.8 of it (no
     * plateau), not shown between, or when F_s has not decayed below 0.2 in the window (thresholds ours).
     */
    public static Verdict twoStep(boolean decayed, double beta, double dip, double alpha) {
        if (!decayed) return Verdict.notShown("F_s has not decayed below 0.2 within the measured lags", "a longer production");
        if (!Double.isFinite(dip)) return Verdict.fail("-dF_s/dln t has a single maximum: one-step decay");
        double ratio = dip / Math.min(beta, alpha);
        if (ratio <= 0.5) return Verdict.pass();
        if (ratio >= 0.8) return Verdict.fail("no plateau: the minimum of -dF_s/dln t between the two maxima is " + f(ratio) + " of the lower one");
        return Verdict.notShown("a shallow plateau: minimum " + f(ratio) + " of the lower maximum (0.5 passes, 0.8 fails)",
            "a deeper temperature");
    }

    /**
     * Mechanical inannealability of a granular model (Sec. IV, Fig. 4 c3, d3): its annealing-induced stiffening of
     * kappa per decade of tau_alpha is strongly suppressed against IPL's. Pass when the 90% interval of IPL's minus
     * the model's lies above 0 and the model's point estimate is at most half IPL's ("strong", ours); fail when that
     * interval lies below 0, or above 0 with the model's rate over half IPL's; not shown when it holds 0.
     */
    public static Verdict suppressedStiffening(String model, double ipl, double other, double[] diffCi) {
        String point = model + " " + f(other) + " vs IPL " + f(ipl) + " per decade of tau_alpha";
        if (!Double.isFinite(diffCi[0]) || !Double.isFinite(diffCi[1]))
            return Verdict.notShown("no interval: fewer than 3 independent IS blocks (" + point + ")", "longer productions");
        if (diffCi[1] < 0) return Verdict.fail(model + " stiffens more than IPL: " + point);
        if (diffCi[0] > 0) return Verdict.passIf(other <= 0.5 * ipl, "suppressed by less than half: " + point);
        return Verdict.notShown("the 90% interval [" + f(diffCi[0]) + ", " + f(diffCi[1]) + "] of IPL minus " + model + " holds 0 ("
            + point + ")", "more independent IS at the ends of the temperature range");
    }

    /**
     * A state point of matched viscosity (Appendix D2, Figs. 10-11): its tau_alpha/t0 over the target, {@code ratio}
     * (geometric mean over independent liquids), with its 90% interval over them. Pass when the interval lies within
     * [1/factor, factor]; fail when it lies entirely outside; not shown otherwise (no or a wide interval).
     */
    public static Verdict matchedTau(String system, double ratio, double[] ci, double factor) {
        String point = system + ": tau_alpha/t0 over the target " + f(ratio);
        if (ci == null || !Double.isFinite(ci[0]) || !Double.isFinite(ci[1]))
            return Verdict.notShown(point + ", no interval", "at least 2 independent liquids at T_matched whose F_s reaches 0.2");
        if (ci[0] >= 1 / factor && ci[1] <= factor) return Verdict.pass();
        if (ci[0] > factor || ci[1] < 1 / factor)
            return Verdict.fail(point + " [" + f(ci[0]) + ", " + f(ci[1]) + "] lies outside [" + f(1 / factor) + ", " + f(factor) + "]");
        return Verdict.notShown(point + " [" + f(ci[0]) + ", " + f(ci[1]) + "] is not within [" + f(1 / factor) + ", " + f(factor) + "]",
            "more independent liquids at T_matched, or T_matched from a denser temperature grid");
    }

    /**
     * A comparison of the paper made at matched viscosity (Sec. III B-C, Appendix D2): the comparison's own verdict
     * when every compared state point's tau_alpha/t0 over the target ({@code ratios}, system to point estimate) lies
     * within [1/factor, factor]; not shown, naming the unmatched or unmeasured (NaN) points, otherwise.
     */
    public static Verdict atMatchedViscosity(java.util.Map<String, Double> ratios, double factor, Verdict comparison) {
        StringBuilder off = new StringBuilder();
        for (var e : ratios.entrySet()) {
            double r = e.getValue();
            if (!(r >= 1 / factor && r <= factor)) off.append(off.isEmpty() ? "" : ", ").append(e.getKey()).append(" at ").append(f(r)).append(" x the target");
        }
        if (off.isEmpty()) return comparison;
        return Verdict.notShown("state points not matched in viscosity (tau_alpha/t0 within x" + f(factor) + " of the target): " + off,
            "a state point at T_matched for each (the matched-viscosity units of long and paper)");
    }
}
