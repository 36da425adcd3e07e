package glassdyn.papers.epmq;

import glassdyn.claims.Verdict;
import glassdyn.epm.EpmRun;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The growing dynamic length of Fig. 2 ("dynamics is spatially heterogeneous over lengths that increase when lowering
 * the temperature"), measured as the clumping of mobile sites: for each run with persistence maps, the map with mean P
 * closest to {@link #MAP_PERSISTENCE} gives R = (weight-averaged mobile cluster size) / (the same for as many mobile sites
 * placed at random), {@link MobileClusters#ratioToRandom}. R = 1 without spatial correlation; a growing R on cooling is
 * a growing length (R ~ xi^{d_f} for compact clusters).
 *
 * <p>Test: ln R = a + b ln(1/T) by least squares over independent runs (one point per run, several at the lowest T),
 * the 90% Student-t interval of b from the residual scatter (dof = runs - 2). The weighted cluster size is a
 * susceptibility (the mean size of the cluster a mobile site belongs to), like chi_4; the paper's chi_4 ~ 1/T (SI
 * Fig. 7) gives b = 1, and the threshold {@link #THRESHOLD} is half of it, as in the chi_4 growth check (the paper
 * gives no number for the length). Pass if the interval of b lies above it, fail if below, else not shown.
 */
public final class DynamicLength {
    private DynamicLength() {}

    /**
     * Mean persistence of the map used: mobile fraction 0.2, far below the site-percolation threshold 0.593 of random
     * placement. (At tau_alpha, P = 1/2, the mobile sites are near percolation and the weighted size is set by the
     * largest, lattice-sized cluster: at quick the ratio at T = 0.04 was 3.6 at L = 64 and 28 at L = 128, a size
     * effect rather than a length.)
     */
    public static final double MAP_PERSISTENCE = 0.8;

    /** Seed of the random placements of the null (fixed so the ratio of a map is reproducible). */
    public static final long NULL_SEED = 11;

    /** The fitted trend: slope b of ln R vs ln(1/T), its 90% interval, the threshold and the number of runs. */
    public record Trend(double intercept, double slope, double[] interval, double threshold, int runs) {
        public double at(double t) { return Math.exp(intercept + slope * Math.log(1 / t)); }
    }

    /** One run's point: temperature, trajectory index in key order, R, and the two weighted sizes. */
    public record Point(double T, int trajectory, double ratio, double size) {}

    /** Half of the slope b = 1 that chi_4 ~ 1/T implies for a susceptibility. */
    public static final double THRESHOLD = 0.5;

    /** Least squares of ln R on ln(1/T) over the points (independent runs), with a 90% t interval of the slope. */
    public static Trend trend(double[] T, double[] ratio) {
        int n = T.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(1 / T[i]) / n; my += Math.log(ratio[i]) / n;
        }
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(1 / T[i]) - mx;
            sxx += dx * dx; sxy += dx * (Math.log(ratio[i]) - my);
        }
        double b = sxy / sxx, a = my - b * mx, rss = 0;
        for (int i = 0; i < n; i++) { double r = Math.log(ratio[i]) - a - b * Math.log(1 / T[i]); rss += r * r; }
        double[] iv = {Double.NaN, Double.NaN};
        if (n > 2 && sxx > 0) {
            double h = TrajectoryStats.t95(n - 2) * Math.sqrt(rss / (n - 2) / sxx);
            iv = new double[] {b - h, b + h};
        }
        return new Trend(a, b, iv, THRESHOLD, n);
    }

    /** The verdict of a trend ({@link EpmQRules#exceeds} on the slope against the threshold). */
    public static Verdict verdict(Trend t, String needs) {
        if (t.runs() < 3) return Verdict.notShown(t.runs() + " runs with maps", needs);
        return EpmQRules.exceeds(t.slope(), t.interval(), t.threshold(), needs);
    }

    /** The points of every run with maps, in the given order (temperatures in the runs' configs). */
    public static List<Point> points(List<EpmRun.Result> runs) {
        List<Point> out = new ArrayList<>();
        int k = 0;
        for (EpmRun.Result r : runs) {
            if (r.maps().isEmpty()) continue;
            int[] m = r.maps().get(closest(r, MAP_PERSISTENCE));
            int L = r.config().L();
            out.add(new Point(r.config().temperature(), k++, MobileClusters.ratioToRandom(m, L, NULL_SEED), MobileClusters.weightedSize(m, L)));
        }
        return out;
    }

    /** The index of the run's map with mean persistence closest to {@code p}. */
    static int closest(EpmRun.Result r, double p) {
        int best = 0;
        double bestD = 2;
        for (int k = 0; k < r.maps().size(); k++) {
            double mean = java.util.Arrays.stream(r.maps().get(k)).average().orElse(0);
            if (Math.abs(mean - p) < bestD) { bestD = Math.abs(mean - p); best = k; }
        }
        return best;
    }

    /** The trend of a list of points. */
    public static Trend trend(List<Point> ps) {
        return trend(ps.stream().mapToDouble(Point::T).toArray(), ps.stream().mapToDouble(Point::ratio).toArray());
    }

    /** The figure table: one row per run with the fitted trend at its T. */
    public static Table table(int L, List<Point> ps) {
        Trend t = trend(ps);
        int n = ps.size();
        double[] T = new double[n], traj = new double[n], ratio = new double[n], size = new double[n], fit = new double[n], l = new double[n];
        for (int i = 0; i < n; i++) {
            Point p = ps.get(i);
            T[i] = p.T(); traj[i] = p.trajectory(); ratio[i] = p.ratio(); size[i] = p.size(); l[i] = L;
            fit[i] = n > 1 ? t.at(p.T()) : Double.NaN;
        }
        return Tables.of("dynamic_length", "L", l, "T", T, "1/T", EpmQColumns.inverse(T), "run", traj,
            "mobile_cluster_size_sites", size, "ratio_to_random", ratio, "ratio_fit", fit);
    }
}
