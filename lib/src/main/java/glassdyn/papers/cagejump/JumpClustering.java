package glassdyn.papers.cagejump;

import glassdyn.analysis.ClusterNulls;
import glassdyn.analysis.ConvectiveClusters;
import glassdyn.analysis.ShearRecord;
import static glassdyn.papers.cagejump.PanelColumns.cols;

import glassdyn.space.Box;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Paper 000 Fig. 1(b) ("the clustering of cage jumps is clearly seen"), against a null: per window of length t_chi
 * (the windows of {@link ConvectiveClusters}), the index of dispersion var(n)/mean(n) of the jump counts n in cubic
 * cells of about {@link #CELL} d_b (positions carried to the window's end by the affine shear, cell grid in the
 * sheared box's own coordinates), and the same for a null that keeps every jump's frame but moves it to a big particle
 * drawn at random at that frame (the liquid's density, no clustering). Poisson counts give 1 in both.
 */
public final class JumpClustering {
    /** Cell edge (d_b): of the order of the cluster radius at the paper's conditions. */
    public static final double CELL = 2.5;
    /** Seed of the null's random particles. */
    public static final long SEED = 13;

    private JumpClustering() {}

    /**
     * Columns window, jumps, dispersion, dispersion_null (jumps moved to random big particles of their frame) and
     * dispersion_shuffled (the time-shuffled jumps of {@link ClusterNulls#timeShuffled} that fall in the window: the same
     * particles' jumps at other times; NaN without them), one row per window.
     */
    static Map<String, double[]> perWindow(ShearRecord rec, ConvectiveClusters.Result r) {
        int frames = rec.frames();
        int w = Math.max(ConvectiveClusters.MIN_WINDOW_FRAMES, (int) Math.round(r.tChi / rec.sampling));
        int count = 0;
        for (int start = 0; start + w < frames; start += w) count++;
        double[] win = new double[count], n = new double[count], obs = new double[count], nul = new double[count], shu = new double[count];
        double y0 = rec.box.ylo() + 0.5 * rec.box.ly();
        SplittableRandom rng = new SplittableRandom(SEED);
        int q = 0;
        for (int start = 0; start + w < frames; start += w, q++) {
            int ref = start + w;
            Box b = rec.boxAt(ref);
            int g = Math.max(2, (int) Math.floor(Math.min(b.lx(), Math.min(b.ly(), b.lz())) / CELL));
            double[] cObs = new double[g * g * g], cNull = new double[g * g * g];
            int m = 0;
            for (double[] j : r.jumpRows) {
                int f = (int) j[0];
                if (f <= start || f > ref) continue;
                double shift = rec.rate * (rec.time[ref] - rec.time[f]);
                cObs[cell(b, g, j[5] + shift * (j[6] - y0), j[6], j[7])]++;
                int i = rng.nextInt(rec.bigCount);
                cNull[cell(b, g, rec.x[f][i] + shift * (rec.y[f][i] - y0), rec.y[f][i], rec.z[f][i])]++;
                m++;
            }
            win[q] = q; n[q] = m; obs[q] = dispersion(cObs); nul[q] = dispersion(cNull);
            shu[q] = r.shuffledJumpRows == null ? Double.NaN : dispersion(counts(rec, r.shuffledJumpRows, start, ref, b, g, y0));
        }
        return cols("window", win, "jumps", n, "dispersion", obs, "dispersion_null", nul, "dispersion_shuffled", shu);
    }

    /** Counts per cell of the jumps of frames (start, ref], carried to the window's end by the affine shear. */
    static double[] counts(ShearRecord rec, double[][] rows, int start, int ref, Box b, int g, double y0) {
        double[] c = new double[g * g * g];
        for (double[] j : rows) {
            int f = (int) j[0];
            if (f <= start || f > ref) continue;
            c[cell(b, g, j[5] + rec.rate * (rec.time[ref] - rec.time[f]) * (j[6] - y0), j[6], j[7])]++;
        }
        return c;
    }

    /** var / mean of the counts (NaN without counts). */
    static double dispersion(double[] c) {
        double mean = 0;
        for (double v : c) mean += v / c.length;
        if (!(mean > 0)) return Double.NaN;
        double var = 0;
        for (double v : c) var += (v - mean) * (v - mean) / (c.length - 1);
        return var / mean;
    }

    /** Cell index of a point in the sheared box's own (fractional) coordinates, periodic. */
    static int cell(Box b, int g, double x, double y, double z) {
        double fy = (y - b.ylo()) / b.ly(), fz = (z - b.zlo()) / b.lz();
        double fx = (x - b.xlo() - b.xy() * fy) / b.lx();
        return idx(fx, g) + g * (idx(fy, g) + g * idx(fz, g));
    }

    private static int idx(double f, int g) {
        f -= Math.floor(f);
        return Math.min(g - 1, (int) (f * g));
    }
}
