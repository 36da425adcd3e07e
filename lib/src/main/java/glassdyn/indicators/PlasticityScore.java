package glassdyn.indicators;

import glassdyn.stats.RankCorrelation;

/**
 * The ranking score of paper 003 (section II.C): the normalised rank {@code r_x = rank / N} (1 = the most likely to
 * rearrange, ties averaged, spec ambiguity 9) of the particle at the core of the plastic event in an indicator field
 * oriented so that larger = softer; the score {@code C = 2 <r_x> - 1} (0 for a random indicator, 1 for a perfect one)
 * and the CDF {@code F(1 - r_x)}.
 */
public final class PlasticityScore {
    private PlasticityScore() {}

    /** {@code r_x}: the normalised rank of particle {@code locus} in the (larger = softer) field. */
    public static double normalisedRank(double[] field, int locus) {
        return RankCorrelation.ranks(field)[locus] / field.length;
    }

    /** {@code C = 2 <r_x> - 1}. */
    public static double score(double[] rx) {
        double s = 0;
        for (double r : rx) s += r;
        return 2 * s / rx.length - 1;
    }

    /**
     * Standard deviation of C for a random indicator over n events: r_x uniform on (0, 1] gives
     * {@code sd(C) = 2 / sqrt(12 n)} (spec 003 section 3, derived).
     */
    public static double noiseFloor(int n) { return 2 / Math.sqrt(12.0 * n); }

    /** Sample standard error of C from the spread of the r_x values. */
    public static double standardError(double[] rx) {
        int n = rx.length;
        if (n < 2) return Double.NaN;
        double m = 0, v = 0;
        for (double r : rx) m += r;
        m /= n;
        for (double r : rx) v += (r - m) * (r - m);
        return 2 * Math.sqrt(v / (n - 1) / n);
    }

    /** The CDF F(1 - r_x) on the grid {@code 0, 1/(points-1), ..., 1}: fraction of samples with 1 - r_x &lt;= q. */
    public static double[] cdf(double[] rx, double[] q) {
        double[] f = new double[q.length];
        for (int k = 0; k < q.length; k++) {
            int c = 0;
            for (double r : rx) if (1 - r <= q[k] + 1e-12) c++;
            f[k] = (double) c / rx.length;
        }
        return f;
    }
}
