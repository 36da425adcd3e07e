package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The radial distribution function g(r), total and partial, normalised exactly like LAMMPS {@code compute rdf}
 * (src/compute_rdf.cpp): ordered pairs are binned with {@code bin = (int)(r * (1/delr))}, {@code delr = rmax/bins};
 * for the pair of species (a, b), {@code g = hist / (vfrac * normfac * N_a)} with the shell fraction
 * {@code vfrac = 4 pi (r_hi^3 - r_lo^3) / (3 V)} (3D) or {@code pi (r_hi^2 - r_lo^2) / A} (2D) and
 * {@code normfac = N_b - (duplicates / N_a)}, i.e. N_b - 1 when a = b and N - 1 for the total: the N(N-1)
 * normalisation. The per-frame g is averaged over frames (as {@code fix ave/time} does), and {@code r} is the bin
 * centre. Pairs come from a cell list ({@link CellGrid}), split over threads; counts are integers so the result
 * does not depend on the thread count.
 */
public final class RadialDistribution {
    private final double rmax;
    private final int bins;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int frames;
    private int n;

    public RadialDistribution(double rmax, int bins) {
        if (!(rmax > 0) || !Double.isFinite(rmax)) throw InputException.parameter("rmax", "must be positive", rmax);
        if (bins < 1) throw InputException.parameter("bins", "must be at least 1", bins);
        this.rmax = rmax;
        this.bins = bins;
    }

    public RadialDistribution threads(int k) {
        if (k < 1) throw InputException.parameter("threads", "must be at least 1", k);
        threads = k;
        return this;
    }

    public int frames() { return frames; }
    public int particles() { return n; }

    private double[][] sum; // [pair (a*T+b) or T*T for total][bin]
    private boolean coordination;
    private double[] coord; // per-bin neighbours per particle, summed over frames

    /**
     * Adds the column {@code coord}: the running coordination number n(r), the mean number of neighbours within r
     * (ordered pair counts up to the bin's upper edge over N, averaged over frames), LAMMPS compute rdf's
     * {@code coord} column. Off by default so the table is unchanged for existing callers.
     */
    public RadialDistribution coordination(boolean on) { coordination = on; return this; }
    /** The worker pool of one compute call (null: the calling thread, or the common pool when its size fits). */
    private java.util.concurrent.ForkJoinPool pool;

    /** Shuts the pool of one compute call down. */
    private interface PoolScope extends AutoCloseable { @Override void close(); }

    private PoolScope openPool() {
        boolean own = threads > 1 && threads != java.util.concurrent.ForkJoinPool.getCommonPoolParallelism();
        pool = own ? new java.util.concurrent.ForkJoinPool(threads) : null;
        return () -> { if (pool != null) { pool.shutdown(); pool = null; } };
    }
    private int types;

    /** g(r) of one configuration. */
    public Table compute(Configuration c) {
        frames = 0; sum = null;
        try (var p = openPool()) { add(c); }
        return table();
    }

    /** g(r) averaged over all frames of a trajectory (streamed). */
    public Table compute(Trajectory trajectory) {
        frames = 0; sum = null;
        try (glassdyn.particles.TrajectoryProgress bar = trajectory.progressBar("g(r)"); var p = openPool()) {
            for (Frame f = trajectory.next(); f != null; f = trajectory.next()) { add(f.config()); bar.update(); }
        }
        if (frames == 0) throw new InputException(trajectory.source() + ": no frames");
        return table();
    }

    private void add(Configuration c) {
        int t = 0;
        for (int v : c.type) t = Math.max(t, v + 1);
        if (sum == null) {
            types = t;
            n = c.n;
            sum = new double[types * types + 1][bins];
            coord = coordination ? new double[bins] : null;
        } else if (t > types) {
            throw new InputException("frame " + frames + " has species " + t + ", the first frame had " + types);
        }
        final int T = types;
        int[] counts = new int[T];
        for (int v : c.type) counts[v]++;
        CellGrid grid = new CellGrid(c, rmax);
        int chunks = threads == 1 ? 1 : 8 * threads;
        long[][][] hist = new long[chunks][T * T][bins];
        final double delrinv = 1.0 / (rmax / bins);
        final int[] type = c.type;
        Runnable work = () -> grid.visitPairs(rmax, chunks, k -> {
            long[][] h = hist[k];
            return (i, j, r2) -> {
                int bin = (int) (Math.sqrt(r2) * delrinv);
                if (bin >= bins) return;
                int a = type[i], b = type[j];
                h[a * T + b][bin]++;
                h[b * T + a][bin]++;
            };
        });
        if (pool == null) work.run();
        else pool.submit(work).join();
        long[][] total = new long[T * T][bins];
        for (long[][] h : hist) for (int p = 0; p < T * T; p++) for (int k = 0; k < bins; k++) total[p][k] += h[p][k];
        double vol = c.box.volume();
        double delr = rmax / bins;
        for (int k = 0; k < bins; k++) {
            double rlo = k * delr, rhi = (k + 1) * delr;
            double vfrac = c.dim() == 3 ? 4.0 * Math.PI / (3.0 * vol) * (rhi * rhi * rhi - rlo * rlo * rlo)
                : Math.PI / vol * (rhi * rhi - rlo * rlo);
            long all = 0;
            for (int a = 0; a < T; a++)
                for (int b = 0; b < T; b++) {
                    long h = total[a * T + b][k];
                    all += h;
                    double normfac = counts[a] > 0 ? counts[b] - (a == b ? (double) counts[a] / counts[a] : 0) : 0;
                    if (vfrac * normfac != 0) sum[a * T + b][k] += h / (vfrac * normfac * counts[a]);
                }
            double normfac = c.n - 1.0;
            if (vfrac * normfac != 0) sum[T * T][k] += all / (vfrac * normfac * c.n);
            if (coord != null) coord[k] += (double) all / c.n;
        }
        frames++;
    }

    private Table table() {
        double[] r = new double[bins];
        double delr = rmax / bins;
        for (int k = 0; k < bins; k++) r[k] = (k + 0.5) * delr;
        java.util.List<Object> cols = new java.util.ArrayList<>(java.util.List.of("r", r, "g", avg(sum[types * types])));
        if (coord != null) {
            double[] n = avg(coord);
            for (int k = 1; k < bins; k++) n[k] += n[k - 1];
            cols.add("coord"); cols.add(n);
        }
        if (types > 1)
            for (int a = 0; a < types; a++)
                for (int b = a; b < types; b++) { cols.add("g_" + (a + 1) + "_" + (b + 1)); cols.add(avg(sum[a * types + b])); }
        return Tables.of("radial distribution", cols.toArray());
    }

    private double[] avg(double[] s) {
        double[] g = new double[bins];
        for (int k = 0; k < bins; k++) g[k] = s[k] / frames;
        return g;
    }

    /** r_min: the position of the first minimum of g after its first maximum (paper 001 uses it as the neighbour cutoff). */
    public static double firstMinimum(Table g, String column) {
        double[] r = g.doubleColumn("r").asDoubleArray(), v = g.doubleColumn(column).asDoubleArray();
        int peak = 0;
        for (int k = 1; k < v.length; k++) if (v[k] > v[peak]) peak = k;
        int m = peak;
        for (int k = peak + 1; k < v.length; k++) if (v[k] < v[m]) m = k; else if (v[k] > v[m] + 0.1) break;
        return r[m];
    }
}
