package glassdyn.analysis;

import glassdyn.dynamics.RandomStream;
import glassdyn.space.Box;

/**
 * Whether spots coincide with loci, against chance (paper 000 Fig. 4(a): "the cage-jump spots ... coincide the loci
 * of STZs predicted by PHM analysis"; the paper shows it by eye, the measure here is ours): the mean over spots of
 * the minimum-image distance to the nearest locus, {@code D}, compared with the same mean for as many spots drawn
 * at random, without replacement, from candidate positions (the null: spots placed anywhere in the region, blind to
 * the loci). Reported: D, the null's mean and standard deviation, and the one-sided p-value
 * {@code (1 + #{D_null <= D}) / (draws + 1)}. Seeded.
 */
public final class SpotCoincidence {
    /** D, the null mean and standard deviation of D, the p-value, the number of spots, loci and candidates, and the draws. */
    public record Result(double distance, double nullMean, double nullStd, double pValue, int spots, int loci, int candidates, int draws) {}

    private SpotCoincidence() {}

    /** Positions as {@code [point][x, y, z]} in {@code box}. */
    public static Result of(Box box, double[][] loci, double[][] spots, double[][] candidates, int draws, long seed) {
        if (loci.length == 0 || spots.length == 0 || candidates.length < spots.length)
            return new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, spots.length, loci.length, candidates.length, 0);
        double[] nearest = new double[candidates.length];
        for (int c = 0; c < candidates.length; c++) nearest[c] = nearest(box, loci, candidates[c]);
        double d = 0;
        for (double[] s : spots) d += nearest(box, loci, s) / spots.length;
        RandomStream r = new RandomStream(seed);
        int m = candidates.length, k = spots.length, below = 0;
        int[] idx = new int[m];
        double sum = 0, sum2 = 0;
        for (int t = 0; t < draws; t++) {
            for (int a = 0; a < m; a++) idx[a] = a;
            double dn = 0;
            for (int a = 0; a < k; a++) { // partial Fisher-Yates: the first k of a random permutation
                int b = a + (int) (r.nextDouble() * (m - a));
                int tmp = idx[a]; idx[a] = idx[b]; idx[b] = tmp;
                dn += nearest[idx[a]] / k;
            }
            sum += dn; sum2 += dn * dn;
            if (dn <= d) below++;
        }
        double mean = sum / draws, sd = Math.sqrt(Math.max(0, sum2 / draws - mean * mean));
        return new Result(d, mean, sd, (1.0 + below) / (draws + 1.0), k, loci.length, m, draws);
    }

    private static double nearest(Box box, double[][] loci, double[] p) {
        double best = Double.POSITIVE_INFINITY;
        double[] d = new double[3];
        for (double[] l : loci) {
            d[0] = p[0] - l[0]; d[1] = p[1] - l[1]; d[2] = p[2] - l[2];
            box.minimumImage(d);
            best = Math.min(best, Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]));
        }
        return best;
    }
}
