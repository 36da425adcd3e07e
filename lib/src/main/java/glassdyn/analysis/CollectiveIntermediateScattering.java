package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The collective (coherent) intermediate scattering function F(q,t) = (1/N) &lt;rho_q(t0 + t) rho_-q(t0)&gt; with
 * {@code rho_q = sum_j exp(i q.r_j)}, averaged over every wavevector of the periodic cell whose length lies in
 * {@code [q - dq/2, q + dq/2)} (the reciprocal lattice of a = (lx,0,0), b = (xy,ly,0), c = (xz,yz,lz)) and over all
 * time origins, on log-spaced lags of L frames ({@code round(10^(j/p))}, plus the full span). F(q,0) = S(q); the
 * column {@code F_over_S} = F(q,t)/F(q,0) is the normalised function (Hansen and McDonald, Theory of Simple Liquids,
 * ch. 7; Kob and Andersen, PRE 52, 4134 (1995), Fig. 7). Positions enter through exp(i q.r), so wrapped positions
 * serve; the cell must not change between frames (its wavevectors would) and frames must be evenly spaced in step.
 * The whole trajectory's rho_q (frames x vectors complex numbers) is held in memory.
 */
public final class CollectiveIntermediateScattering {
    private final double q, dq;
    private int lagsPerDecade = TimeOriginAverage.DEFAULT_LAGS_PER_DECADE;
    private int frames, n, vectors;

    public CollectiveIntermediateScattering(double q, double dq) {
        if (!(q > 0) || !Double.isFinite(q)) throw InputException.parameter("q", "must be positive", q);
        if (!(dq > 0) || !(dq < 2 * q)) throw InputException.parameter("dq", "must be in (0, 2q)", dq);
        this.q = q;
        this.dq = dq;
    }

    public CollectiveIntermediateScattering lagsPerDecade(int p) {
        if (p < 1) throw InputException.parameter("lags-per-decade", "must be at least 1", p);
        lagsPerDecade = p;
        return this;
    }

    public int frames() { return frames; }
    public int particles() { return n; }
    /** Number of wavevectors averaged. */
    public int vectors() { return vectors; }

    /** The cell wavevectors (3 components each) with |q| in the shell. */
    static List<double[]> shell(Box b, double q, double dq) {
        double lx = b.lx(), ly = b.ly(), lz = b.lz(), xy = b.xy(), xz = b.xz(), yz = b.yz();
        boolean three = b.dim() == 3;
        double[] as = {1 / lx, -xy / (lx * ly), three ? (xy * yz - ly * xz) / (lx * ly * lz) : 0};
        double[] bs = {0, 1 / ly, three ? -yz / (ly * lz) : 0};
        double[] cs = {0, 0, three ? 1 / lz : 0};
        double qmax = q + dq / 2, qmin = q - dq / 2;
        int hmax = (int) Math.ceil(qmax / (2 * Math.PI) * lx) + 1;
        int kmax = (int) Math.ceil(qmax / (2 * Math.PI) * Math.hypot(xy, ly)) + 1;
        int lmax = three ? (int) Math.ceil(qmax / (2 * Math.PI) * Math.sqrt(xz * xz + yz * yz + lz * lz)) + 1 : 0;
        List<double[]> out = new ArrayList<>();
        for (int h = -hmax; h <= hmax; h++)
            for (int k = -kmax; k <= kmax; k++)
                for (int l = -lmax; l <= lmax; l++) {
                    double qx = 2 * Math.PI * (h * as[0] + k * bs[0] + l * cs[0]);
                    double qy = 2 * Math.PI * (h * as[1] + k * bs[1] + l * cs[1]);
                    double qz = 2 * Math.PI * (h * as[2] + k * bs[2] + l * cs[2]);
                    double m = Math.sqrt(qx * qx + qy * qy + qz * qz);
                    if (m >= qmin && m < qmax) out.add(new double[] {qx, qy, qz});
                }
        return out;
    }

    /** F(q,t): columns t, F, F_over_S (= F/F(0)), pairs (origins averaged per lag). */
    public Table compute(Trajectory trajectory) {
        List<double[]> re = new ArrayList<>(), im = new ArrayList<>();
        List<Long> steps = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        List<double[]> vecs = null;
        Box first = null;
        try (glassdyn.particles.TrajectoryProgress bar = trajectory.progressBar("F(q,t)")) {
            for (Frame f = trajectory.next(); f != null; f = trajectory.next()) {
                Configuration c = f.config();
                if (first == null) {
                    first = c.box.copy();
                    n = c.n;
                    vecs = shell(first, q, dq);
                    if (vecs.isEmpty()) throw InputException.parameter("q", "no wavevector of the cell has |q| within dq/2 of it (widen --dq)", q);
                } else {
                    Box b = c.box;
                    if (c.n != n) throw new InputException(trajectory.source() + ": frame at step " + f.step() + " has " + c.n + " particles, the first had " + n);
                    if (b.lx() != first.lx() || b.ly() != first.ly() || b.lz() != first.lz() || b.xy() != first.xy() || b.xz() != first.xz() || b.yz() != first.yz())
                        throw new InputException(trajectory.source() + ": the cell changes at step " + f.step() + " (" + b + "); F(q,t) needs a fixed cell");
                }
                double[] r = new double[vecs.size()], s = new double[vecs.size()];
                for (int v = 0; v < vecs.size(); v++) {
                    double[] qv = vecs.get(v);
                    double sr = 0, si = 0;
                    for (int i = 0; i < c.n; i++) {
                        double ph = qv[0] * c.x[i] + qv[1] * c.y[i] + qv[2] * c.z[i];
                        sr += Math.cos(ph); si += Math.sin(ph);
                    }
                    r[v] = sr; s[v] = si;
                }
                re.add(r); im.add(s); steps.add(f.step()); times.add(c.time);
                bar.update();
            }
        }
        frames = re.size();
        if (frames == 0) throw new InputException(trajectory.source() + ": no frames");
        vectors = vecs.size();
        if (frames > 2) {
            long d = steps.get(1) - steps.get(0);
            for (int k = 2; k < frames; k++)
                if (steps.get(k) - steps.get(k - 1) != d)
                    throw new InputException(trajectory.source() + ": frames are not evenly spaced (step " + steps.get(k) + "); F(q,t) averages over origins at fixed frame lags");
        }
        java.util.TreeSet<Integer> lags = new java.util.TreeSet<>();
        lags.add(0);
        for (int j = 0; ; j++) {
            int lag = (int) Math.round(Math.pow(10, (double) j / lagsPerDecade));
            if (lag >= frames) break;
            lags.add(lag);
        }
        if (frames > 1) lags.add(frames - 1);
        int m = lags.size();
        double[] t = new double[m], fq = new double[m], norm = new double[m], pairs = new double[m];
        int row = 0;
        for (int lag : lags) {
            double sum = 0;
            for (int o = 0; o + lag < frames; o++) {
                double[] ar = re.get(o), ai = im.get(o), br = re.get(o + lag), bi = im.get(o + lag);
                for (int v = 0; v < vectors; v++) sum += br[v] * ar[v] + bi[v] * ai[v];   // Re(rho(t+lag) rho*(t))
            }
            int origins = frames - lag;
            t[row] = times.get(lag) - times.get(0);
            fq[row] = sum / ((double) origins * vectors * n);
            pairs[row] = origins;
            row++;
        }
        for (int k = 0; k < m; k++) norm[k] = fq[k] / fq[0];
        return Tables.of("collective intermediate scattering", "t", t, "F", fq, "F_over_S", norm, "pairs", pairs);
    }
}
