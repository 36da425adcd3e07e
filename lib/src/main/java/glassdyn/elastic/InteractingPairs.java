package glassdyn.elastic;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

import java.util.Arrays;

/**
 * The interacting pairs of a configuration under a pair potential (every pair closer than its cutoff, once, through
 * every periodic image that is in range), struct-of-arrays: particle indices {@code i, j}, the separation
 * {@code r_ij = r_j - r_i} (the image of j that interacts), its length and the pair's first and second derivatives
 * {@code u'(r)}, {@code u''(r)}. Everything in {@code glassdyn.elastic} for pair potentials (Hessian, Born term,
 * affine force field, dipoles, pseudo-harmonic cost) is a sum over these pairs.
 */
public final class InteractingPairs {
    public final int n, dim, count;
    public final int[] i, j;
    /** Separation {@code r_j - r_i} (the interacting image), its length, u'(r) and u''(r). */
    public final double[] rx, ry, rz, r, du, d2u;

    private InteractingPairs(int n, int dim, int count, int[] i, int[] j, double[] rx, double[] ry, double[] rz,
                             double[] r, double[] du, double[] d2u) {
        this.n = n; this.dim = dim; this.count = count;
        this.i = i; this.j = j; this.rx = rx; this.ry = ry; this.rz = rz; this.r = r; this.du = du; this.d2u = d2u;
    }

    /** Enumerates the pairs with the engine's half neighbour list (no skin) on a copy, so {@code c} is not wrapped. */
    public static InteractingPairs of(Configuration c, PairPotential p) {
        double maxD = 0;
        for (double s : c.diameter) maxD = Math.max(maxD, s);
        Configuration w = c.copy();
        NeighborList list = new NeighborList(p.maxCutoff(Math.max(maxD, 1.0)), 0.0, false);
        list.build(w);
        int[] start = list.start(), entries = list.pairs();
        int cap = list.size();
        int[] pi = new int[cap], pj = new int[cap];
        double[] ax = new double[cap], ay = new double[cap], az = new double[cap], ar = new double[cap];
        double[] du = new double[cap], d2u = new double[cap];
        int m = 0;
        for (int a = 0; a < c.n; a++) {
            for (int s = start[a]; s < start[a + 1]; s++) {
                int e = entries[s], b = NeighborList.index(e), code = NeighborList.image(e);
                // separation r_b - r_a of the listed image: list stores r_a - r_b - shift
                double dx = w.x[b] + list.shiftX[code] - w.x[a];
                double dy = w.y[b] + list.shiftY[code] - w.y[a];
                double dz = w.z[b] + list.shiftZ[code] - w.z[a];
                double r2 = dx * dx + dy * dy + dz * dz;
                int ta = c.type[a], tb = c.type[b];
                double sa = c.diameter[a], sb = c.diameter[b];
                if (r2 >= p.cutoff2(ta, tb, sa, sb)) continue;
                double rr = Math.sqrt(r2);
                pi[m] = a; pj[m] = b; ax[m] = dx; ay[m] = dy; az[m] = dz; ar[m] = rr;
                du[m] = -p.forceOverR(r2, ta, tb, sa, sb) * rr;
                d2u[m] = p.curvature(r2, ta, tb, sa, sb);
                m++;
            }
        }
        return new InteractingPairs(c.n, c.dim(), m, Arrays.copyOf(pi, m), Arrays.copyOf(pj, m), Arrays.copyOf(ax, m),
            Arrays.copyOf(ay, m), Arrays.copyOf(az, m), Arrays.copyOf(ar, m), Arrays.copyOf(du, m), Arrays.copyOf(d2u, m));
    }

    /** Component {@code a} (0 = x, 1 = y, 2 = z) of the separation of pair {@code p}. */
    public double component(int p, int a) {
        return a == 0 ? rx[p] : a == 1 ? ry[p] : rz[p];
    }
}
