package glassdyn.papers.mesoelastic;

import glassdyn.dynamics.RandomStream;

import java.util.Arrays;
import java.util.List;

/**
 * Whether the soft kappa_ij bonds of the 2D IPL sit where the paper's Fig. 2 says they do: on the cores of the soft
 * pseudo-harmonic modes (circles) and on the high-propensity regions (left panel). The statistic is a mean over the
 * softest {@link #SOFT_FRACTION} of the bonds of each sample; the null keeps both spatial patterns and moves one against
 * the other: the same points translated by a uniform random vector on the periodic square (a torus shift), so the null
 * has the same number of bonds, the same clustering of the soft bonds and the same correlation length of the field
 * (a draw of independent random pairs ignores the clustering and is reported beside it, for comparison only).
 */
public final class MesoelasticColocation {
    private MesoelasticColocation() {}

    /** The soft bonds: the softest 5% of the kappa_ij of a sample (ours; the paper colours every bond). */
    public static final double SOFT_FRACTION = 0.05;
    /** Radius of the coarse-grained propensity at a point: the first neighbour shell and a half of the large species. */
    public static final double FIELD_RADIUS = 1.5;
    /** Torus shifts (and random-pair draws) of the null. */
    public static final int SHIFTS = 1000;

    /** Points of one sample in a periodic square of side {@code side}. */
    public record Points(double[] x, double[] y) {
        public int size() { return x.length; }
    }

    /**
     * A statistic, its null: mean and 5%-95% band over the torus shifts, the one-sided p in the claim's direction
     * ({@code (1 + #null at least as extreme) / (1 + shifts)}), and the random-pair null's mean and p for comparison.
     */
    public record Test(double observed, double nullMean, double nullLo, double nullHi, double p, double randomPairsMean,
                       double randomPairsP, int bonds, int samples) {}

    /** Indices of the softest {@link #SOFT_FRACTION} (at least one) of {@code kappa}. */
    public static int[] softest(double[] kappa) {
        int m = Math.max(1, (int) Math.ceil(SOFT_FRACTION * kappa.length));
        Integer[] o = new Integer[kappa.length];
        for (int a = 0; a < o.length; a++) o[a] = a;
        Arrays.sort(o, (a, b) -> Double.compare(kappa[a], kappa[b]));
        int[] s = new int[m];
        for (int a = 0; a < m; a++) s[a] = o[a];
        return s;
    }

    /** Squared minimum-image distance on the periodic square. */
    static double distance2(double dx, double dy, double side) {
        dx -= side * Math.rint(dx / side);
        dy -= side * Math.rint(dy / side);
        return dx * dx + dy * dy;
    }

    /** Mean over {@code pts} (shifted by sx, sy) of the distance to the nearest of {@code cores}. */
    static double meanNearest(Points pts, Points cores, double sx, double sy, double side) {
        double sum = 0;
        for (int a = 0; a < pts.size(); a++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < cores.size(); c++) best = Math.min(best, distance2(pts.x()[a] + sx - cores.x()[c], pts.y()[a] + sy - cores.y()[c], side));
            sum += Math.sqrt(best);
        }
        return sum / pts.size();
    }

    /**
     * Mean over {@code pts} (shifted by sx, sy) of the field {@code value} coarse-grained over the particles within
     * {@link #FIELD_RADIUS} (the nearest particle when none lies there), divided by the mean of {@code value}.
     */
    static double meanField(Points pts, Points particles, double[] value, double sx, double sy, double side) {
        double r2 = FIELD_RADIUS * FIELD_RADIUS, sum = 0, mean = Arrays.stream(value).average().orElse(Double.NaN);
        for (int a = 0; a < pts.size(); a++) {
            double s = 0, best = Double.POSITIVE_INFINITY, nearest = Double.NaN;
            int cnt = 0;
            for (int i = 0; i < particles.size(); i++) {
                double d2 = distance2(pts.x()[a] + sx - particles.x()[i], pts.y()[a] + sy - particles.y()[i], side);
                if (d2 < r2) { s += value[i]; cnt++; }
                if (d2 < best) { best = d2; nearest = value[i]; }
            }
            sum += cnt > 0 ? s / cnt : nearest;
        }
        return sum / pts.size() / mean;
    }

    /** A statistic of one sample for points shifted by (sx, sy). */
    interface Statistic { double of(int sample, Points pts, double sx, double sy); }

    /**
     * The soft-bond midpoints' mean distance to the nearest soft-mode core (smaller: co-located), averaged over the
     * samples; null: the same midpoints torus-shifted (or random pairs' midpoints).
     */
    public static Test qlmDistance(double side, List<Points> soft, List<Points> allBonds, List<Points> cores, long seed) {
        return test(side, soft, allBonds, (s, pts, sx, sy) -> meanNearest(pts, cores.get(s), sx, sy, side), true, seed);
    }

    /**
     * The soft-bond midpoints' mean coarse-grained propensity relative to the sample mean (larger: co-located),
     * averaged over the samples; null as in {@link #qlmDistance}.
     */
    public static Test propensity(double side, List<Points> soft, List<Points> allBonds, List<Points> particles,
                                  List<double[]> propensity, long seed) {
        return test(side, soft, allBonds, (s, pts, sx, sy) -> meanField(pts, particles.get(s), propensity.get(s), sx, sy, side), false, seed);
    }

    private static Test test(double side, List<Points> soft, List<Points> allBonds, Statistic f, boolean smallerIsCloser, long seed) {
        int samples = soft.size(), bonds = 0;
        double obs = 0;
        for (int s = 0; s < samples; s++) { obs += f.of(s, soft.get(s), 0, 0); bonds += soft.get(s).size(); }
        obs /= samples;
        RandomStream rnd = new RandomStream(seed);
        double[] shift = new double[SHIFTS], random = new double[SHIFTS];
        for (int k = 0; k < SHIFTS; k++) {
            double a = 0, b = 0;
            for (int s = 0; s < samples; s++) {
                a += f.of(s, soft.get(s), rnd.nextDouble() * side, rnd.nextDouble() * side);
                b += f.of(s, randomSubset(allBonds.get(s), soft.get(s).size(), rnd), 0, 0);
            }
            shift[k] = a / samples; random[k] = b / samples;
        }
        double[] sorted = shift.clone();
        Arrays.sort(sorted);
        return new Test(obs, mean(shift), sorted[(int) (0.05 * (SHIFTS - 1))], sorted[(int) Math.ceil(0.95 * (SHIFTS - 1))],
            pValue(obs, shift, smallerIsCloser), mean(random), pValue(obs, random, smallerIsCloser), bonds, samples);
    }

    /** One-sided p: the fraction (with the observation counted) of null values at least as far in the claim's direction. */
    static double pValue(double obs, double[] nul, boolean smallerIsCloser) {
        int k = 0;
        for (double v : nul) if (smallerIsCloser ? v <= obs : v >= obs) k++;
        return (1.0 + k) / (1.0 + nul.length);
    }

    private static Points randomSubset(Points all, int m, RandomStream rnd) {
        double[] x = new double[m], y = new double[m];
        for (int a = 0; a < m; a++) { int b = rnd.nextInt(all.size()); x[a] = all.x()[b]; y[a] = all.y()[b]; }
        return new Points(x, y);
    }

    private static double mean(double[] v) { return Arrays.stream(v).average().orElse(Double.NaN); }
}
