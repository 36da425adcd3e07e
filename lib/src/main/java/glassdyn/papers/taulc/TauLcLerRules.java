package glassdyn.papers.taulc;

import glassdyn.claims.Verdict;

import java.util.Arrays;
import java.util.Locale;

/**
 * The decision rules of the Fig. 10 / Fig. 12 checks (LERs against slow and fast particles; the jump ratio R_cj) and the
 * pure statistics they decide on; each rule is unit-tested with a planted pass and a planted fail in
 * {@code TauLcLerRulesTest}. {@link TauLcLerClaims} measures; {@link LocalElasticRegions} builds the regions and nulls.
 */
final class TauLcLerRules {
    private TauLcLerRules() {}

    /** One-sided significance of the same-size null comparisons. */
    static final double ALPHA = 0.05;

    private static String f(String format, Object... args) { return String.format(Locale.ROOT, format, args); }

    /**
     * One-sided p-value of {@code observed} against null draws: {@code (1 + #{null >= observed}) / (1 + draws)}; NaN
     * without draws or with a non-finite observation.
     */
    static double pAbove(double observed, double[] nullDraws) {
        if (nullDraws.length == 0 || !Double.isFinite(observed)) return Double.NaN;
        int above = 0;
        for (double v : nullDraws) if (v >= observed) above++;
        return (1.0 + above) / (1.0 + nullDraws.length);
    }

    /** The q-quantile of the finite values (linear interpolation); NaN when none. */
    static double quantile(double[] v, double q) {
        double[] s = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        if (s.length == 0) return Double.NaN;
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos), hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    /**
     * Fig. 10(a,b) (i): slow particles sit in the LERs of the elastic stage: the mean ln tau_LC of the elastic-stage LER
     * particles at t_r exceeds that of same-size random regions ({@code nullMeans}, one pooled mean per draw) with
     * one-sided p &lt; {@link #ALPHA}; not shown with fewer than {@code minParticles} LER particles.
     */
    static Verdict lerSlowerThanNull(double observed, double[] nullMeans, int particles, int minParticles) {
        if (particles < minParticles)
            return Verdict.notShown(f("%d particle(s) in elastic-stage LERs at the reference times (< %d)", particles, minParticles),
                "more LERs alive at t_r: a larger box (the paper's N = 10976 holds nine) or more reference times");
        double p = pAbove(observed, nullMeans);
        return Verdict.passIf(p < ALPHA, f("mean ln tau_LC of LER particles %.3f vs same-size random regions: one-sided p = %.3f >= %.2f",
            observed, p, ALPHA));
    }

    /**
     * Fig. 10(c): the stress of LERs in their elastic stage accumulates and that of fast clusters does not. A set
     * accumulates when the slope of its stress over its window exceeds the 95% quantile of the slopes of same-size random
     * regions over the same window ({@code ...Q95}). Fail when at most half of the elastic LERs accumulate or more than
     * half of the fast clusters do; not shown without an elastic-stage LER or a fast cluster.
     */
    static Verdict stressAccumulation(double[] lerSlopes, double[] lerQ95, double[] fastSlopes, double[] fastQ95) {
        return lersNotFast(lerSlopes, lerQ95, fastSlopes, fastQ95, "elastic-stage LER(s)", "accumulate stress", "at least one of each: a "
            + "larger box or more reference times");
    }

    /**
     * Fig. 12(c,d): R_cj of an LER grows slowly in the elastic stage and rapidly after t_LER,1 (a crossover), that of a fast
     * cluster nearly linearly. The statistic of a set is the slope of R_cj after the split minus the slope before; a
     * set has a crossover when it exceeds the 95% quantile of same-size random regions over the same times. Fail when at
     * most half of the LERs have one or more than half of the fast clusters do; not shown without an LER or a fast cluster.
     */
    static Verdict jumpRatioCrossover(double[] lerDelta, double[] lerQ95, double[] fastDelta, double[] fastQ95) {
        return lersNotFast(lerDelta, lerQ95, fastDelta, fastQ95, "complete LER(s) with elastic and plastic stages", "show an R_cj crossover",
            "at least one of each: a larger box or a longer trajectory");
    }

    /**
     * The LERs show an effect and the fast clusters do not: more than half of the LERs above their null's 95% quantile
     * and at most half of the fast clusters; not shown without an LER or a fast cluster.
     */
    private static Verdict lersNotFast(double[] ler, double[] lerQ95, double[] fast, double[] fastQ95, String lers, String effect, String needs) {
        if (ler.length == 0 || fast.length == 0)
            return Verdict.notShown(f("%d %s and %d fast cluster(s)", ler.length, lers, fast.length), needs);
        int l = above(ler, lerQ95), k = above(fast, fastQ95);
        if (2 * l <= ler.length) return Verdict.fail(f("%d of %d LERs %s above the same-size null", l, ler.length, effect));
        if (2 * k > fast.length) return Verdict.fail(f("%d of %d fast clusters %s above the same-size null", k, fast.length, effect));
        return Verdict.pass();
    }

    /** How many {@code v[i] > q[i]} (a NaN on either side counts as not above). */
    static int above(double[] v, double[] q) {
        int k = 0;
        for (int i = 0; i < v.length; i++) if (v[i] > q[i]) k++;
        return k;
    }
}
