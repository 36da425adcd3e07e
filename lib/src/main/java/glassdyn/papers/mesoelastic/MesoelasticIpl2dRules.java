package glassdyn.papers.mesoelastic;

import glassdyn.claims.Verdict;

import static glassdyn.papers.mesoelastic.MesoelasticRules.f;

/**
 * The decision rules of the 2D IPL checks of paper 004 Figs. 1-2: pure functions of a statistic, its null and the
 * one-sided p value ({@link MesoelasticColocation}), unit-tested with a planted pass, fail and not-shown.
 */
public final class MesoelasticIpl2dRules {
    private MesoelasticIpl2dRules() {}

    /** One-sided significance level of the co-location checks. */
    public static final double ALPHA = 0.05;

    /**
     * Co-location against a null of the same size: pass when p &lt; {@link #ALPHA}; fail when the observation lies in
     * the opposite tail (p &gt; 1 - ALPHA, the claim's direction reversed and resolved); otherwise not shown, with the
     * point estimate's side of the null mean.
     *
     * @param smallerIsCloser whether the claim predicts an observation below the null (distances) or above (propensity)
     */
    public static Verdict colocated(double observed, double nullMean, double p, boolean smallerIsCloser, String needs) {
        boolean forClaim = smallerIsCloser ? observed < nullMean : observed > nullMean;
        String point = "observed " + f(observed) + " vs null mean " + f(nullMean) + " (one-sided p = " + f(p) + ", point estimate "
            + (forClaim ? "for" : "against") + " the claim)";
        if (!Double.isFinite(observed) || !Double.isFinite(p)) return Verdict.notShown("no statistic (no soft bonds or no modes)", needs);
        if (p < ALPHA) return Verdict.pass(point);
        if (p > 1 - ALPHA) return Verdict.fail("the claim's direction is reversed and resolved: " + point);
        return Verdict.notShown(point, needs);
    }

    /**
     * Fig. 1, a soft QLM resembles the normalised response to a dipole at its core: pass when the overlap |pi . z^| of
     * the softest mode with its core pair's response exceeds every one of the {@code randomOverlaps} (responses of
     * random pairs of the same glass); fail when it lies at or below their median; otherwise not shown.
     */
    public static Verdict similarToDipole(double overlap, double[] randomOverlaps, String needs) {
        if (!Double.isFinite(overlap) || randomOverlaps == null || randomOverlaps.length < 5)
            return Verdict.notShown("no softest mode or fewer than 5 random dipoles", needs);
        double[] s = randomOverlaps.clone();
        java.util.Arrays.sort(s);
        double median = s[s.length / 2], max = s[s.length - 1];
        String point = "overlap " + f(overlap) + " vs random dipoles' median " + f(median) + ", max " + f(max) + " of " + s.length;
        if (overlap > max) return Verdict.pass(point);
        if (overlap <= median) return Verdict.fail(point);
        return Verdict.notShown(point, needs);
    }
}
