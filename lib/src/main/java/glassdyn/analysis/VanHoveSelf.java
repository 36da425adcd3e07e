package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Trajectory;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/**
 * The self part of the van Hove function, G_s(r, t) = &lt;(1/N) sum_i delta(r - |r_i(t0+t) - r_i(t0)|)&gt; / (shell
 * measure), time-origin averaged on log-spaced lags (see {@link TimeOriginAverage}). Long table: one row per (lag,
 * bin) with {@code t}, {@code r} (bin centre), {@code Gs} (density: integrates to 1 with 4 pi r^2 dr in 3D, 2 pi r dr
 * in 2D), {@code P} (the distribution of |dr|: {@code P = 4 pi r^2 Gs}, integrates to 1 with dr) and {@code pairs}
 * (the (origin, frame) pairs averaged at that lag, for {@link #withMinimumPairs}). Displacements
 * beyond {@code rmax} are counted in the normalisation but not binned.
 */
public final class VanHoveSelf extends TimeOriginAverage {
    private final double rmax;
    private final int bins;
    private long[][] hist = new long[0][];

    public VanHoveSelf(double rmax, int bins) {
        if (!(rmax > 0)) throw InputException.parameter("rmax", "must be positive", rmax);
        if (bins < 1) throw InputException.parameter("bins", "must be at least 1", bins);
        this.rmax = rmax;
        this.bins = bins;
    }

    @Override protected void begin() { hist = new long[0][]; }

    @Override
    protected void ensureSlots(int cap) {
        if (hist.length >= cap) return;
        int old = hist.length;
        hist = Arrays.copyOf(hist, cap);
        for (int k = old; k < cap; k++) hist[k] = new long[bins];
    }

    @Override
    protected void accumulate(int s, double[] ox, double[] oy, double[] oz, double[] x, double[] y, double[] z) {
        double inv = bins / rmax;
        long[] h = hist[s];
        for (int i = 0; i < n; i++) {
            double dx = x[i] - ox[i], dy = y[i] - oy[i], dz = z[i] - oz[i];
            int b = (int) (Math.sqrt(dx * dx + dy * dy + dz * dz) * inv);
            if (b < bins) h[b]++;
        }
    }

    public Table compute(Trajectory trajectory) {
        run(trajectory);
        int[] order = slotsByLag();
        double[] lag = lagTimes(order);
        int rows = order.length * bins;
        double[] t = new double[rows], r = new double[rows], gs = new double[rows], p = new double[rows], np = new double[rows];
        double[] counts = pairCounts(order);
        double dr = rmax / bins;
        for (int k = 0; k < order.length; k++) {
            int s = order[k];
            double norm = (double) pairs[s] * n;
            for (int b = 0; b < bins; b++) {
                int row = k * bins + b;
                double lo = b * dr, hi = lo + dr;
                double shell = dim == 3 ? 4.0 / 3.0 * Math.PI * (hi * hi * hi - lo * lo * lo) : Math.PI * (hi * hi - lo * lo);
                t[row] = lag[k];
                r[row] = lo + 0.5 * dr;
                gs[row] = hist[s][b] / (norm * shell);
                p[row] = hist[s][b] / (norm * dr);
                np[row] = counts[k];
            }
        }
        return glassdyn.table.Tables.of("self van Hove", "t", t, "r", r, "Gs", gs, "P", p, "pairs", np);
    }
}
