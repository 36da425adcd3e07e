package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The static structure factor S(q) = &lt;(1/N) |sum_j exp(i q.r_j)|^2&gt; on the wavevectors of the periodic cell,
 * q = 2 pi (h a* + k b* + l c*) with the reciprocal vectors of the (possibly xy-tilted) cell, averaged over the
 * vectors in shells of width {@code dq} and over frames. Partial S_ab(q) = &lt;(1/sqrt(N_a N_b)) Re(rho_a rho_b^*)&gt;
 * for species pairs (Kob and Andersen, PRE 52, 4134 (1995), Eq. 3). q = 0 is excluded. At most
 * {@code maxVectorsPerShell} vectors per shell are used (a deterministic, evenly spaced subset) to bound the cost.
 */
public final class StaticStructureFactor {
    /** Default cap of wavevectors per shell: beyond ~100 vectors the shell average does not change visibly. */
    public static final int DEFAULT_MAX_VECTORS = 150;

    private final double qmax, dq;
    private int maxVectors = DEFAULT_MAX_VECTORS;

    public StaticStructureFactor(double qmax, double dq) {
        if (!(qmax > 0)) throw InputException.parameter("qmax", "must be positive", qmax);
        if (!(dq > 0)) throw InputException.parameter("dq", "must be positive", dq);
        this.qmax = qmax;
        this.dq = dq;
    }

    public StaticStructureFactor maxVectorsPerShell(int m) {
        if (m < 1) throw InputException.parameter("max-vectors", "must be at least 1", m);
        maxVectors = m;
        return this;
    }

    private double[][] sum;   // [pair index or total][shell]
    private long[] count;     // vectors used per shell (summed over frames)
    private int types, frames;

    public Table compute(Configuration c) { return compute(Trajectory.of(java.util.List.of(new Frame(0, c, false, false)))); }

    public Table compute(Trajectory trajectory) {
        int shells = (int) Math.ceil(qmax / dq);
        sum = null;
        frames = 0;
        glassdyn.particles.TrajectoryProgress bar = trajectory.progressBar("S(q)");
        for (Frame f = trajectory.next(); f != null; f = trajectory.next()) {
            bar.update();
            Configuration c = f.config();
            if (sum == null) {
                for (int v : c.type) types = Math.max(types, v + 1);
                sum = new double[types * types + 1][shells];
                count = new long[shells];
            }
            add(c, shells);
            frames++;
        }
        bar.close();
        if (frames == 0) throw new InputException(trajectory.source() + ": no frames");
        java.util.List<Object> cols = new java.util.ArrayList<>();
        int used = 0;
        for (long v : count) if (v > 0) used++;
        double[] q = new double[used];
        double[][] s = new double[types * types + 1][used];
        int r = 0;
        for (int k = 0; k < shells; k++) {
            if (count[k] == 0) continue;
            q[r] = (k + 0.5) * dq;
            for (int p = 0; p < s.length; p++) s[p][r] = sum[p][k] / count[k];
            r++;
        }
        cols.add("q"); cols.add(q);
        cols.add("S"); cols.add(s[types * types]);
        if (types > 1)
            for (int a = 0; a < types; a++) for (int b = a; b < types; b++) { cols.add("S_" + (a + 1) + "_" + (b + 1)); cols.add(s[a * types + b]); }
        return Tables.of("structure factor", cols.toArray());
    }

    private void add(Configuration c, int shells) {
        Box b = c.box;
        int d = b.dim();
        // reciprocal vectors (without 2 pi) of a = (lx,0,0), b = (xy,ly,0), c = (0,0,lz)
        double[] as = {1 / b.lx(), -b.xy() / (b.lx() * b.ly()), 0}, bs = {0, 1 / b.ly(), 0}, cs = {0, 0, 1 / b.lz()};
        int hmax = (int) Math.ceil(qmax / (2 * Math.PI) * b.lx() * Math.hypot(1, b.xy() / b.ly())) + 1;
        int kmax = (int) Math.ceil(qmax / (2 * Math.PI) * b.ly()) + 1;
        int lmax = d == 3 ? (int) Math.ceil(qmax / (2 * Math.PI) * b.lz()) + 1 : 0;
        if (b.isGeneralTriclinic()) {
            // reciprocal rows of the upper-triangular cell a = (lx,0,0), b = (xy,ly,0), c = (xz,yz,lz); integer
            // h = q.a / 2 pi etc., bounded by the lengths of a, b, c
            double lx = b.lx(), ly = b.ly(), lz = b.lz(), xy = b.xy(), xz = b.xz(), yz = b.yz();
            as = new double[] {1 / lx, -xy / (lx * ly), (xy * yz - ly * xz) / (lx * ly * lz)};
            bs = new double[] {0, 1 / ly, -yz / (ly * lz)};
            hmax = (int) Math.ceil(qmax / (2 * Math.PI) * lx) + 1;
            kmax = (int) Math.ceil(qmax / (2 * Math.PI) * Math.hypot(xy, ly)) + 1;
            lmax = (int) Math.ceil(qmax / (2 * Math.PI) * Math.sqrt(xz * xz + yz * yz + lz * lz)) + 1;
        }
        java.util.List<java.util.List<double[]>> byShell = new java.util.ArrayList<>();
        for (int k = 0; k < shells; k++) byShell.add(new java.util.ArrayList<>());
        // half space (q and -q give the same |rho|^2)
        for (int h = 0; h <= hmax; h++)
            for (int k = -kmax; k <= kmax; k++)
                for (int l = -lmax; l <= lmax; l++) {
                    if (h == 0 && (k < 0 || (k == 0 && l <= 0))) continue;
                    double qx = 2 * Math.PI * (h * as[0] + k * bs[0] + l * cs[0]);
                    double qy = 2 * Math.PI * (h * as[1] + k * bs[1] + l * cs[1]);
                    double qz = 2 * Math.PI * (h * as[2] + k * bs[2] + l * cs[2]);
                    double q = Math.sqrt(qx * qx + qy * qy + qz * qz);
                    int shell = (int) (q / dq);
                    if (q < qmax && shell < shells) byShell.get(shell).add(new double[] {qx, qy, qz});
                }
        int T = types;
        int[] counts = new int[T];
        for (int v : c.type) counts[v]++;
        java.util.stream.IntStream.range(0, shells).parallel().forEach(sh -> {
            java.util.List<double[]> vs = byShell.get(sh);
            int m = vs.size();
            int use = Math.min(m, maxVectors);
            double[] re = new double[T], im = new double[T];
            double[] acc = new double[T * T + 1];
            for (int u = 0; u < use; u++) {
                double[] qv = vs.get((int) ((long) u * m / use));
                java.util.Arrays.fill(re, 0); java.util.Arrays.fill(im, 0);
                for (int i = 0; i < c.n; i++) {
                    double ph = qv[0] * c.x[i] + qv[1] * c.y[i] + qv[2] * c.z[i];
                    re[c.type[i]] += Math.cos(ph); im[c.type[i]] += Math.sin(ph);
                }
                double tr = 0, ti = 0;
                for (int a = 0; a < T; a++) {
                    tr += re[a]; ti += im[a];
                    for (int bb = 0; bb < T; bb++)
                        if (counts[a] > 0 && counts[bb] > 0)
                            acc[a * T + bb] += (re[a] * re[bb] + im[a] * im[bb]) / Math.sqrt((double) counts[a] * counts[bb]);
                }
                acc[T * T] += (tr * tr + ti * ti) / c.n;
            }
            synchronized (this) {
                for (int p = 0; p <= T * T; p++) sum[p][sh] += acc[p];
                count[sh] += use;
            }
        });
    }
}
