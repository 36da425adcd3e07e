package glassdyn.papers.cagejump;

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
    /** D, the null mean and standard deviation of D, the p-value, the numbers of spots, loci and candidates (summed over regions), and the draws. */
    public record Result(double distance, double nullMean, double nullStd, double pValue, int spots, int loci, int candidates, int draws) {}

    private SpotCoincidence() {}

    /** One region: its box, loci, spots and candidate positions ({@code [point][x, y, z]}). */
    public record Case(Box box, double[][] loci, double[][] spots, double[][] candidates) {}

    /** One region; positions as {@code [point][x, y, z]} in {@code box}. */
    public static Result of(Box box, double[][] loci, double[][] spots, double[][] candidates, int draws, long seed) {
        return pooled(java.util.List.of(new Case(box, loci, spots, candidates)), draws, seed);
    }

    /**
     * Several regions pooled: D is the mean over all spots of all regions; each null draw places, in every region, as
     * many random candidates as it has spots. Regions without loci or with fewer candidates than spots are left out.
     */
    public static Result pooled(java.util.List<Case> cases, int draws, long seed) {
        java.util.List<Case> ok = cases.stream().filter(c -> c.loci().length > 0 && c.spots().length > 0 && c.candidates().length >= c.spots().length).toList();
        int k = ok.stream().mapToInt(c -> c.spots().length).sum(), m = ok.stream().mapToInt(c -> c.candidates().length).sum();
        int loci = ok.stream().mapToInt(c -> c.loci().length).sum();
        if (ok.isEmpty()) return new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, k, loci, m, 0);
        double[][] nearest = new double[ok.size()][];
        double d = 0;
        for (int a = 0; a < ok.size(); a++) {
            Case c = ok.get(a);
            nearest[a] = new double[c.candidates().length];
            for (int q = 0; q < nearest[a].length; q++) nearest[a][q] = nearest(c.box(), c.loci(), c.candidates()[q]);
            for (double[] sp : c.spots()) d += nearest(c.box(), c.loci(), sp) / k;
        }
        RandomStream r = new RandomStream(seed);
        int below = 0;
        double sum = 0, sum2 = 0;
        for (int t = 0; t < draws; t++) {
            double dn = 0;
            for (int a = 0; a < ok.size(); a++) {
                int mc = nearest[a].length, kc = ok.get(a).spots().length;
                int[] idx = new int[mc];
                for (int q = 0; q < mc; q++) idx[q] = q;
                for (int q = 0; q < kc; q++) { // partial Fisher-Yates: the first kc of a random permutation
                    int b = q + (int) (r.nextDouble() * (mc - q));
                    int tmp = idx[q]; idx[q] = idx[b]; idx[b] = tmp;
                    dn += nearest[a][idx[q]] / k;
                }
            }
            sum += dn; sum2 += dn * dn;
            if (dn <= d) below++;
        }
        double mean = sum / draws, sd = Math.sqrt(Math.max(0, sum2 / draws - mean * mean));
        return new Result(d, mean, sd, (1.0 + below) / (draws + 1.0), k, loci, m, draws);
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
