package glassdyn.indicators;

import glassdyn.elastic.InteractingPairs;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

/**
 * The contraction {@code U3:uu} of the third derivative of the energy with a displacement field u (2D pair potentials;
 * spec 003 section 5.5): per pair with {@code r = r_j - r_i}, {@code n = r/|r|}, {@code du = u_j - u_i},
 * {@code a = n.du}, {@code D = u''/r - u'/r^2},
 * <pre>  g = [u''' a^2 + D (|du|^2 - a^2)] n + 2 a D (du - a n),   added to j, subtracted from i,</pre>
 * the gradient of the pair's {@code du.H.du}. The third radial derivative {@code u'''} is a central difference of the
 * potential's analytic {@code u''} (step {@link #DERIVATIVE_STEP} r).
 */
public final class ThirdOrderContraction {
    /** Relative step of the central difference for u''': error ~ (1e-4)^2 relative, round-off ~1e-12 / 1e-4. */
    public static final double DERIVATIVE_STEP = 1e-4;

    private final InteractingPairs pairs;
    private final double[] d3u;

    public ThirdOrderContraction(InteractingPairs pairs, Configuration c, PairPotential p) {
        this.pairs = pairs;
        d3u = new double[pairs.count];
        for (int k = 0; k < pairs.count; k++) {
            int i = pairs.i[k], j = pairs.j[k];
            double r = pairs.r[k], h = DERIVATIVE_STEP * r, rp = r + h, rm = r - h;
            int ti = c.type[i], tj = c.type[j];
            double si = c.diameter[i], sj = c.diameter[j];
            double cut2 = p.cutoff2(ti, tj, si, sj);
            double cp = rp * rp < cut2 ? p.curvature(rp * rp, ti, tj, si, sj) : 0;
            d3u[k] = (cp - p.curvature(rm * rm, ti, tj, si, sj)) / (2 * h);
        }
    }

    public InteractingPairs pairs() { return pairs; }

    /** u'''(r) of pair k. */
    public double thirdDerivative(int k) { return d3u[k]; }

    /** {@code out = U3:uu} (length 2N; overwritten). */
    public void contract(double[] u, double[] out) { contract(u, u, out); }

    /** The symmetric bilinear form {@code out = U3:uv} (polarisation of {@link #contract(double[], double[])}). */
    public void contract(double[] u, double[] v, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int k = 0; k < pairs.count; k++) {
            int i = pairs.i[k], j = pairs.j[k];
            double r = pairs.r[k], nx = pairs.rx[k] / r, ny = pairs.ry[k] / r;
            double dD = pairs.d2u[k] / r - pairs.du[k] / (r * r);
            double ux = u[2 * j] - u[2 * i], uy = u[2 * j + 1] - u[2 * i + 1];
            double vx = v[2 * j] - v[2 * i], vy = v[2 * j + 1] - v[2 * i + 1];
            double a = nx * ux + ny * uy, b = nx * vx + ny * vy, uv = ux * vx + uy * vy;
            double radial = d3u[k] * a * b + dD * (uv - a * b);
            double gx = radial * nx + dD * (a * (vx - b * nx) + b * (ux - a * nx));
            double gy = radial * ny + dD * (a * (vy - b * ny) + b * (uy - a * ny));
            out[2 * j] += gx; out[2 * j + 1] += gy;
            out[2 * i] -= gx; out[2 * i + 1] -= gy;
        }
    }

    /**
     * Adds pair k's term of the bilinear form {@code U3:uv} to {@code out}, for a {@code v} whose relative displacement
     * across the pair is {@code (vx, vy)} (as {@link #contract(double[], double[], double[])} restricted to one pair).
     */
    public void pairTerm(int k, double[] u, double vx, double vy, double[] out) {
        int i = pairs.i[k], j = pairs.j[k];
        double r = pairs.r[k], nx = pairs.rx[k] / r, ny = pairs.ry[k] / r;
        double dD = pairs.d2u[k] / r - pairs.du[k] / (r * r);
        double ux = u[2 * j] - u[2 * i], uy = u[2 * j + 1] - u[2 * i + 1];
        double a = nx * ux + ny * uy, b = nx * vx + ny * vy, uv = ux * vx + uy * vy;
        double radial = d3u[k] * a * b + dD * (uv - a * b);
        double gx = radial * nx + dD * (a * (vx - b * nx) + b * (ux - a * nx));
        double gy = radial * ny + dD * (a * (vy - b * ny) + b * (uy - a * ny));
        out[2 * j] += gx; out[2 * j + 1] += gy;
        out[2 * i] -= gx; out[2 * i + 1] -= gy;
    }

    /** Per-particle squared norm {@code |w_i|^2} of a 2N vector. */
    static double[] squaredNorms(double[] w) {
        double[] s = new double[w.length / 2];
        for (int i = 0; i < s.length; i++) s[i] = w[2 * i] * w[2 * i] + w[2 * i + 1] * w[2 * i + 1];
        return s;
    }
}
