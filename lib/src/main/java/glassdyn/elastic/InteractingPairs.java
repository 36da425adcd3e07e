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

    /**
     * The pairs of a clamped subsystem (a region cut out of a configuration with its surroundings held fixed, as the
     * isolated cluster of paper 000 Fig. 4(a)): particle a is free when {@code index[a] >= 0} and is renumbered to
     * {@code index[a]} (0 .. free - 1); the others do not move. Pairs of two fixed particles are dropped; a pair with
     * one fixed partner is kept with the free particle as {@code i} and {@code j = -1} (a partner of zero
     * displacement: {@link Hessian#addPairs} adds its block to the free particle's diagonal only, and
     * {@link PseudoHarmonicModes} counts {@code z_ij = -z_i}). Only pairs with
     * {@code r < maxRatio (d_i + d_j) / 2} are kept ({@code Double.POSITIVE_INFINITY}: all).
     */
    public InteractingPairs clamped(int[] index, int free, double[] diameter, double maxRatio) {
        int[] pi = new int[count], pj = new int[count];
        double[] ax = new double[count], ay = new double[count], az = new double[count], ar = new double[count];
        double[] u1 = new double[count], u2 = new double[count];
        int m = 0;
        for (int p = 0; p < count; p++) {
            int a = index[i[p]], b = index[j[p]];
            if (a < 0 && b < 0) continue;
            if (!(r[p] < maxRatio * 0.5 * (diameter[i[p]] + diameter[j[p]]))) continue;
            double sign = 1;
            if (a < 0) { a = b; b = -1; sign = -1; } // free particle first; the separation r_j - r_i flips
            else if (b < 0) b = -1;
            pi[m] = a; pj[m] = b; ax[m] = sign * rx[p]; ay[m] = sign * ry[p]; az[m] = sign * rz[p]; ar[m] = r[p];
            u1[m] = du[p]; u2[m] = d2u[p];
            m++;
        }
        return new InteractingPairs(free, dim, m, Arrays.copyOf(pi, m), Arrays.copyOf(pj, m), Arrays.copyOf(ax, m),
            Arrays.copyOf(ay, m), Arrays.copyOf(az, m), Arrays.copyOf(ar, m), Arrays.copyOf(u1, m), Arrays.copyOf(u2, m));
    }

    /** Component {@code a} (0 = x, 1 = y, 2 = z) of the separation of pair {@code p}. */
    public double component(int p, int a) {
        return a == 0 ? rx[p] : a == 1 ? ry[p] : rz[p];
    }
}
