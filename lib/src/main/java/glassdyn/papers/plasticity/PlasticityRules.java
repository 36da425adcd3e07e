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
}
