package glassdyn.papers.plasticity;

import glassdyn.claims.Verdict;

import java.util.Locale;

/**
 * The decision rules of paper 003's claims: small pure functions from measured numbers (a point estimate and its 90%
 * interval over independent glasses) to a {@link Verdict}. An interval that holds the decisive value leaves the claim
 * not shown, with the point estimate stated and the number of glasses that would resolve it.
 */
public final class PlasticityRules {
    /** Our reading of "C_min approaching unity" (Sec. III.A, Fig. 4b,c): C_min &gt;= 0.8. */
    public static final double NEAR_ONE = 0.8;
    /** Lowest validation accuracy of the paper's SVMs (Appendix B.5: 87.5 % to 93.5 %). */
    public static final double PAPER_SVM_ACCURACY_MIN = 0.875;
    /** Appendix A.3, Fig. 11(b): the mode at the onset gamma_x "has an overlap larger than 95% with the true critical mode". */
    public static final double PAPER_CRITICAL_OVERLAP = 0.95;
    /**
     * Our reading of "adding both r_af and r_naf gives similar results as if one computes Theta at the onset strain"
     * (Sec. III.B, Fig. 7(a); the paper gives no number): C of Theta on the transformed coordinates recovers at least this
     * fraction of the gain C(onset) - C(as cast).
     */
    public static final double RECOVERED_FRACTION = 0.5;
    /** Null p below which a block of C_s is special among the blocks of the same size (Fig. 4(a)). */
    public static final double BLOCK_NULL_P = 0.05;
    /**
     * Our reading of "peaks sharply" (Fig. 1(d), brittle glasses; no number in the paper): the largest stress drop of a
     * path is at least this many times the mean of its other drops.
     */
    public static final double PEAK_SHARPNESS = 5;
    /** z of a two-sided 90% interval. */
    static final double Z90 = 1.645;
    /** Spearman correlation of the C_min vectors above which two models rank the indicators alike. */
    public static final double SAME_RANKING = 0.5;

    private PlasticityRules() {}

    static String f(double x) { return String.format(Locale.ROOT, "%.3f", x); }

    static String ci(double[] c) { return "[" + f(c[0]) + ", " + f(c[1]) + "]"; }

    /**
     * Glasses that would resolve an estimate {@code d} from {@code zero} with the interval {@code c} measured on
     * {@code n} glasses (the interval's half-width scales as 1/sqrt(n)).
     */
    static String needed(double d, double zero, double[] c, int n) {
        double half = (c[1] - c[0]) / 2, gap = Math.abs(d - zero);
        if (!(gap > 0) || Double.isNaN(half)) return "more glasses (the estimate sits on the threshold)";
        long k = (long) Math.ceil(n * (half / gap) * (half / gap));
        return "about " + Math.max(k, n + 1) + " glasses per protocol (now " + n + ")";
    }

    /**
     * "A beats B": the paired difference C_A - C_B over the same glasses with its 90% interval. Pass when the interval
     * is above 0, fail when it is below 0, else not shown (the point estimate reported).
     */
    public static Verdict beats(String a, String b, double diff, double[] c, int n) {
        if (Double.isNaN(c[0]) || Double.isNaN(diff))
            return Verdict.notShown(a + " vs " + b + ": fewer than 3 glasses with both fields (" + n + ")", "at least 3 glasses with both fields");
        if (c[0] > 0) return Verdict.pass();
        if (c[1] < 0) return Verdict.fail(a + " scores below " + b + ": C_A - C_B = " + f(diff) + ", 90% interval " + ci(c) + " over " + n + " glasses");
        return Verdict.notShown(a + " vs " + b + " unresolved: C_A - C_B = " + f(diff) + (diff < 0 ? " (point estimate against the claim)" : "")
            + ", 90% interval " + ci(c) + " holds 0 over " + n + " glasses", needed(diff, 0, c, n));
    }

    /** "C_min approaching 1": pass when C &gt;= {@link #NEAR_ONE} with the interval above 0.5; fail when the interval is below it. */
    public static Verdict nearOne(double c, double[] i, int n) {
        if (Double.isNaN(i[0])) return Verdict.notShown("fewer than 3 glasses (" + n + ")", "at least 3 glasses");
        if (c >= NEAR_ONE && i[0] > 0.5) return Verdict.pass();
        if (i[1] < NEAR_ONE) return Verdict.fail("C_min = " + f(c) + ", 90% interval " + ci(i) + " below " + NEAR_ONE + " over " + n + " glasses");
        return Verdict.notShown("C_min = " + f(c) + ", 90% interval " + ci(i) + " over " + n + " glasses: not resolved against " + NEAR_ONE,
            needed(c, NEAR_ONE, i, n));
    }

    /** "No correlation": pass when the interval of C holds 0; fail otherwise, with the sign of C. */
    public static Verdict noCorrelation(double c, double[] i, int n) {
        if (Double.isNaN(i[0])) return Verdict.notShown("fewer than 3 glasses (" + n + ")", "at least 3 glasses");
        if (i[0] <= 0 && 0 <= i[1]) return Verdict.pass("C = " + f(c) + ", 90% interval " + ci(i) + " holds 0 over " + n + " glasses");
        return Verdict.fail("C = " + f(c) + " is " + (c < 0 ? "negative" : "positive") + ": 90% interval " + ci(i) + " excludes 0 over " + n + " glasses");
    }

    /** A correlation the paper reports (C &gt; 0): pass when the interval is above 0, fail when below, else not shown. */
    public static Verdict positive(double c, double[] i, int n) {
        return beats("the field", "a random field", c, i, n);
    }

    /**
     * SVM validation accuracy against the paper's 87.5-93.5 %: pass when the interval reaches
     * {@link #PAPER_SVM_ACCURACY_MIN}, fail when it lies below.
     */
    public static Verdict svmAccuracy(double acc, double[] i, int validation) {
        if (validation == 0 || Double.isNaN(acc)) return Verdict.notShown("no validation particles", "validation glasses with labelled extrema");
        if (i[1] >= PAPER_SVM_ACCURACY_MIN) return Verdict.pass();
        return Verdict.fail("validation accuracy " + f(acc) + ", 90% interval " + ci(i) + " below the paper's " + PAPER_SVM_ACCURACY_MIN
            + " (" + validation + " validation particles)");
    }

    /** Same ranking of the indicators in two models: Spearman of their C_min vectors, pass when the interval is above 0.5. */
    public static Verdict sameRanking(double rho, double[] i) {
        if (Double.isNaN(i[0])) return Verdict.notShown("too few glasses in one model", "at least 3 glasses per model");
        if (i[0] > SAME_RANKING) return Verdict.pass();
        if (i[1] < SAME_RANKING) return Verdict.fail("rank correlation of the C_min of both models " + f(rho) + ", 90% interval " + ci(i) + " below " + SAME_RANKING);
        return Verdict.notShown("rank correlation of the C_min of both models " + f(rho) + ", 90% interval " + ci(i) + " holds " + SAME_RANKING,
            "more glasses per model");
    }

    /**
     * Every one of several ordinal comparisons (their verdicts from {@link #beats}): fail when any fails, pass when all
     * pass, else not shown (the unresolved ones listed).
     */
    public static Verdict all(Verdict... vs) {
        StringBuilder fails = new StringBuilder(), open = new StringBuilder();
        String needs = null;
        for (Verdict v : vs) {
            switch (v.status()) {
                case FAIL -> fails.append(fails.isEmpty() ? "" : "; ").append(v.reason());
                case NOT_SHOWN -> { open.append(open.isEmpty() ? "" : "; ").append(v.reason()); if (needs == null) needs = v.needs(); }
                default -> { }
            }
        }
        if (!fails.isEmpty()) return Verdict.fail(fails + (open.isEmpty() ? "" : "; unresolved: " + open));
        if (!open.isEmpty()) return Verdict.notShown(open.toString(), needs);
        return Verdict.pass();
    }

    /**
     * Most of several comparisons (the paper's "for almost all conditions"): pass when more than half pass, fail when
     * more than half fail, else not shown.
     */
    public static Verdict majority(Verdict... vs) {
        int pass = 0, fail = 0;
        StringBuilder why = new StringBuilder();
        String needs = null;
        for (Verdict v : vs) {
            if (v.status() == glassdyn.claims.Status.PASS) pass++;
            if (v.status() == glassdyn.claims.Status.FAIL) fail++;
            if (v.reason() != null) why.append(why.isEmpty() ? "" : "; ").append(v.reason());
            if (needs == null) needs = v.needs();
        }
        String count = pass + " of " + vs.length + " resolved in favour, " + fail + " against";
        if (2 * pass > vs.length) return Verdict.pass(count);
        if (2 * fail > vs.length) return Verdict.fail(count + ": " + why);
        return Verdict.notShown(count + ": " + why, needs == null ? "more glasses per protocol" : needs);
    }
    /** Wilson score 90% interval of a fraction {@code k} of {@code n} independent glasses ({NaN, NaN} for n = 0). */
    public static double[] wilson90(int k, int n) {
        if (n == 0) return new double[] {Double.NaN, Double.NaN};
        double p = (double) k / n, z2 = Z90 * Z90, den = 1 + z2 / n;
        double mid = (p + z2 / (2 * n)) / den, half = Z90 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / den;
        return new double[] {Math.max(0, mid - half), Math.min(1, mid + half)};
    }

    /**
     * "In most glasses" (Fig. 11(b): the onset mode overlaps Psi_c by more than 95 %): {@code k} of {@code n} glasses
     * satisfy it; pass when the Wilson 90% interval of k/n lies above 1/2, fail when it lies below, else not shown.
     */
    public static Verdict mostGlasses(String what, int k, int n) {
        if (n < glassdyn.stats.Bootstrap.MIN_UNITS) return Verdict.notShown(what + ": fewer than " + glassdyn.stats.Bootstrap.MIN_UNITS
            + " glasses reached a first event (" + n + ")", "at least " + glassdyn.stats.Bootstrap.MIN_UNITS + " glasses");
        double[] c = wilson90(k, n);
        String m = what + " in " + k + " of " + n + " glasses (90% interval of the fraction " + ci(c) + ")";
        if (c[0] > 0.5) return Verdict.pass(m);
        if (c[1] < 0.5) return Verdict.fail(m);
        // the interval's half-width is at most Z90 / (2 sqrt(n)): it clears 1/2 when that is below |k/n - 1/2|
        return Verdict.notShown(m + ": not resolved against one half", "about " + Math.max(n + 1, (int) Math.ceil(Z90 * Z90 / Math.max(1e-3, Math.pow(2.0 * k / n - 1, 2))))
            + " glasses at this fraction");
    }

    /**
     * "No switch of rank from gamma_c to gamma_x" (Fig. 11(c): r_c - r_gamma = 0 in every sample): {@code switched} of
     * {@code n} glasses have a state in the window where another particle outranks Psi_c's locus in the lowest mode.
     * Pass when none does, fail when one does (the paper reports none), not shown below 3 glasses.
     */
    public static Verdict noRankSwitch(int switched, int n) {
        if (n < glassdyn.stats.Bootstrap.MIN_UNITS) return Verdict.notShown("fewer than " + glassdyn.stats.Bootstrap.MIN_UNITS
            + " glasses reached a first event (" + n + ")", "at least " + glassdyn.stats.Bootstrap.MIN_UNITS + " glasses");
        double[] c = wilson90(n - switched, n);
        String m = "no switch in " + (n - switched) + " of " + n + " glasses (90% interval of the fraction " + ci(c) + ")";
        return switched == 0 ? Verdict.pass(m) : Verdict.fail(switched + " glass(es) switch rank: " + m);
    }
    /**
     * Fig. 7(a): C of Theta on r_af + r_naf recovers at least {@link #RECOVERED_FRACTION} of the gain from the as-cast
     * glass to the onset. {@code gain} = C(onset) - C(as cast) with its paired 90% interval; {@code excess} =
     * C(r_af + r_naf) - C(as cast) - RECOVERED_FRACTION * gain, paired over the same glasses. Not shown while the gain is
     * not resolved above 0 (nothing to recover); then pass when the excess interval lies above 0, fail when below.
     */
    public static Verdict recoversOnset(double gain, double[] gainCi, double excess, double[] excessCi, int n) {
        if (Double.isNaN(gainCi[0]) || Double.isNaN(excessCi[0]))
            return Verdict.notShown("fewer than 3 glasses (" + n + ")", "at least 3 glasses of the stable protocol");
        if (!(gainCi[0] > 0))
            return Verdict.notShown("no resolved gain to recover: C(onset) - C(as cast) = " + f(gain) + ", 90% interval " + ci(gainCi) + " over " + n + " glasses",
                needed(gain, 0, gainCi, n));
        String m = "C(af+naf) - C(as cast) - " + RECOVERED_FRACTION + " x gain = " + f(excess) + ", 90% interval " + ci(excessCi) + " over " + n
            + " glasses (gain " + f(gain) + ")";
        if (excessCi[0] > 0) return Verdict.pass(m);
        if (excessCi[1] < 0) return Verdict.fail(m);
        return Verdict.notShown(m + ": not resolved", needed(excess, 0, excessCi, n));
    }
    /**
     * A block of Fig. 4(a) is special: its contrast (mean |C_s| inside minus mean |C_s| to the other fields) has its 90%
     * interval over glasses above 0 and at most {@link #BLOCK_NULL_P} of the same-size blocks reach it ({@code p}).
     * Fail when the interval lies below 0 or when a typical same-size block (p &gt; 1/2) reaches it; else not shown.
     */
    public static Verdict specialBlock(double d, double[] c, double p, int n) {
        if (Double.isNaN(c[0]) || Double.isNaN(p)) return Verdict.notShown("fewer than 3 glasses (" + n + ")", "at least 3 glasses");
        String m = "contrast " + f(d) + ", 90% interval " + ci(c) + " over " + n + " glasses; reached by a fraction " + f(p) + " of the same-size blocks";
        if (c[0] > 0 && p <= BLOCK_NULL_P) return Verdict.pass(m);
        if (c[1] < 0 || p > 0.5) return Verdict.fail(m);
        return Verdict.notShown(m, c[0] > 0 ? "a contrast beyond " + (1 - BLOCK_NULL_P) + " of the same-size blocks (more glasses sharpen the averaged C_s)"
            : needed(d, 0, c, n));
    }
    /**
     * Fig. 1(d): the mean over paths of (largest drop / mean of the other drops) with its 90% interval over paths: pass
     * above {@link #PEAK_SHARPNESS}, fail below, else not shown.
     */
    public static Verdict sharpPeak(double mean, double[] c, int paths) {
        if (Double.isNaN(c[0])) return Verdict.notShown("fewer than 3 paths (" + paths + ")", "at least 3 strain paths");
        String m = "largest drop / mean of the others " + f(mean) + ", 90% interval " + ci(c) + " over " + paths + " paths";
        if (c[0] > PEAK_SHARPNESS) return Verdict.pass(m);
        if (c[1] < PEAK_SHARPNESS) return Verdict.fail(m);
        return Verdict.notShown(m + ": not resolved against " + PEAK_SHARPNESS, needed(mean, PEAK_SHARPNESS, c, paths));
    }

    /**
     * "More often in A than in B" for a per-glass property: {@code d} = fraction(A) - fraction(B) over independent
     * glasses with its 90% interval {@code c}. Pass when the interval lies above 0, fail when it lies below 0 (the point
     * estimate against the claim and resolved), else not shown with the point estimate.
     */
    public static Verdict moreOften(String what, String a, String b, double d, double[] c, int na, int nb) {
        if (Double.isNaN(c[0]) || Double.isNaN(d))
            return Verdict.notShown(what + ": fewer than 3 glasses in " + a + " (" + na + ") or " + b + " (" + nb + ")", "at least 3 glasses in each");
        String m = what + ": fraction in " + a + " minus fraction in " + b + " = " + f(d) + ", 90% interval " + ci(c) + " over " + na + " + " + nb + " glasses";
        if (c[0] > 0) return Verdict.pass(m);
        if (c[1] < 0) return Verdict.fail(m + " (against the claim)");
        return Verdict.notShown(m + (d < 0 ? " (point estimate against the claim)" : "") + ": holds 0", needed(d, 0, c, Math.min(na, nb)));
    }

    /**
     * "About two orders of magnitude fewer" (Fig. 8(b)): {@code ratio} = fraction in the ductile glass / fraction in the
     * brittle one with its 90% interval over glasses. Pass when the interval lies above {@code bar}, fail when it lies
     * below, else not shown. Only the lower side is tested: with a few hundred sites per glass the brittle count is
     * often 0 and the upper end infinite.
     */
    public static Verdict depletedBy(String what, double ratio, double[] c, double bar, int glasses) {
        if (Double.isNaN(c[0]) || Double.isNaN(ratio))
            return Verdict.notShown(what + ": fewer than 3 glasses per parent (" + glasses + ")", "at least 3 glasses per parent with the field");
        String m = what + ": ductile / brittle = " + f(ratio) + ", 90% interval " + ci(c) + " against the bar " + f(bar) + " (" + glasses + " glasses)";
        if (c[0] > bar) return Verdict.pass(m);
        if (c[1] < bar) return Verdict.fail(m);
        return Verdict.notShown(m + ": not resolved", "more glasses per parent (the interval holds the bar)");
    }

    /**
     * "About four orders of magnitude lower" (Sec. III.B, Fig. 6(d)): {@code ratio} = dissipation density of the brittle
     * glass / that of the ductile one at the same strain, with its 90% interval over strain paths. Pass when the upper end
     * lies at or below {@code passBelow} (at least three orders: the wording within one order), fail when the lower end
     * lies above {@code failAbove} (less than two orders), else not shown.
     */
    public static Verdict ordersLower(String what, double ratio, double[] c, double passBelow, double failAbove, int paths) {
        if (Double.isNaN(c[0]) || Double.isNaN(ratio))
            return Verdict.notShown(what + ": fewer than 3 strain paths per parent (" + paths + ")", "at least 3 strain paths per parent");
        String m = what + ": brittle / ductile = " + f(ratio) + ", 90% interval " + ci(c) + " (" + paths + " paths)";
        if (c[1] <= passBelow) return Verdict.pass(m);
        if (c[0] > failAbove) return Verdict.fail(m + " above " + f(failAbove));
        return Verdict.notShown(m + ": not resolved between " + f(passBelow) + " and " + f(failAbove),
            "more strain paths per parent (the interval spans the bars)");
    }

    /**
     * "Changes by only one order of magnitude instead of two" (Fig. 8(c), P(Theta)): the ratio's 90% interval lies
     * inside [{@code lo}, {@code hi}] (pass), entirely outside it (fail), else not shown.
     */
    public static Verdict withinWindow(String what, double ratio, double[] c, double lo, double hi, int glasses) {
        if (Double.isNaN(c[0]) || Double.isNaN(ratio))
            return Verdict.notShown(what + ": fewer than 3 glasses per parent (" + glasses + ")", "at least 3 glasses per parent with the field");
        String m = what + ": ductile / brittle = " + f(ratio) + ", 90% interval " + ci(c) + " against [" + f(lo) + ", " + f(hi) + "] (" + glasses + " glasses)";
        if (c[0] >= lo && c[1] <= hi) return Verdict.pass(m);
        if (c[1] < lo || c[0] > hi) return Verdict.fail(m);
        return Verdict.notShown(m + ": not resolved", "more glasses per parent (the interval straddles an end of the window)");
    }
}
