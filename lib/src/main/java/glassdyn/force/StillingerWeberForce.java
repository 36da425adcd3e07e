package glassdyn.force;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.potential.StillingerWeber;

/**
 * The Stillinger-Weber potential ({@link StillingerWeber}: paper 004's SW glass former, lambda = 18.75) as a
 * {@link ManyBodyForce} style, the analogue of LAMMPS's {@code PairSW} ({@code src/MANYBODY/pair_sw.cpp}): for each
 * particle i, its neighbours within the cutoff a sigma, the two-body term phi2 of each pair once (from the lower
 * index) and the three-body term {@code lambda (cos theta_jik - cos theta0)^2 exp[gamma/(r_ij - a)] exp[gamma/(r_ik - a)]}
 * of every pair of neighbours j &lt; k (list order) with vertex i. One species, reduced units sigma = epsilon = m = 1.
 * The per-thread scratch rows are sized in {@link #prepare}; {@link #centre} allocates nothing.
 */
public final class StillingerWeberForce implements ManyBodyForce {
    private final StillingerWeber sw;
    private final double lambda;
    /** Per part: entry index, separation, length, exp(gamma/(r - a)) and its log-derivative of each close neighbour. */
    private int[][] entry = new int[0][];
    private double[][] dx = new double[0][], dy = new double[0][], dz = new double[0][], rr = new double[0][],
        ex = new double[0][], dex = new double[0][];

    public StillingerWeberForce(StillingerWeber sw) {
        this.sw = sw;
        this.lambda = sw.lambda();
    }

    /** Paper 004's parameters (lambda = 18.75). */
    public StillingerWeberForce() { this(new StillingerWeber()); }

    public StillingerWeber potential() { return sw; }

    @Override public String name() { return sw.name(); }
    @Override public double cutoff() { return StillingerWeber.CUT; }
    @Override public int speciesCount() { return 1; }

    @Override
    public void prepare(int parts, int maxRow) {
        if (entry.length == parts && (parts == 0 || entry[0].length >= maxRow)) return;
        int m = Math.max(maxRow, 1);
        entry = new int[parts][m];
        dx = new double[parts][m]; dy = new double[parts][m]; dz = new double[parts][m];
        rr = new double[parts][m]; ex = new double[parts][m]; dex = new double[parts][m];
    }

    @Override
    public void centre(int part, int i, Configuration c, NeighborList full, ManyBodyTally t) {
        final double[] x = c.x, y = c.y, z = c.z, sx = full.shiftX, sy = full.shiftY, sz = full.shiftZ;
        final int[] start = full.start(), pairs = full.pairs();
        final int[] en = entry[part];
        final double[] ax = dx[part], ay = dy[part], az = dz[part], ar = rr[part], ae = ex[part], ade = dex[part];
        final double cut = StillingerWeber.CUT, cut2 = cut * cut, gamma = StillingerWeber.GAMMA;
        final double xi = x[i], yi = y[i], zi = z[i];
        int m = 0;
        for (int p = start[i], pend = start[i + 1]; p < pend; p++) {
            int e = pairs[p], j = e & NeighborList.INDEX_MASK, code = e >>> NeighborList.INDEX_BITS;
            double ddx = x[j] + sx[code] - xi, ddy = y[j] + sy[code] - yi, ddz = z[j] + sz[code] - zi;
            double r2 = ddx * ddx + ddy * ddy + ddz * ddz;
            if (r2 >= cut2) continue;
            double r = Math.sqrt(r2), s = r - cut;
            en[m] = p; ax[m] = ddx; ay[m] = ddy; az[m] = ddz; ar[m] = r;
            ae[m] = Math.exp(gamma / s);
            ade[m] = -gamma / (s * s);
            m++;
            if (j > i) {
                double u = StillingerWeber.pairEnergy(r), g = -StillingerWeber.pairDerivative(r) / r;
                t.pair(i, p, u, ddx, ddy, ddz, g * ddx, g * ddy, g * ddz);
            }
        }
        final double cos0 = StillingerWeber.COS0;
        for (int a = 0; a < m; a++) {
            final double ia = 1 / ar[a], xa = ax[a], ya = ay[a], za = az[a];
            for (int b = a + 1; b < m; b++) {
                final double ib = 1 / ar[b], xb = ax[b], yb = ay[b], zb = az[b];
                final double cs = (xa * xb + ya * yb + za * zb) * ia * ib, dc = cs - cos0;
                final double ee = lambda * ae[a] * ae[b], e3 = ee * dc * dc;
                // force on the neighbour = -dE/d(separation): radial part from exp, angular part from cos theta
                final double ang = 2 * ee * dc, raA = e3 * ade[a] * ia, raB = e3 * ade[b] * ib;
                final double iab = ia * ib, caa = cs * ia * ia, cbb = cs * ib * ib;
                final double gax = -(raA * xa + ang * (xb * iab - caa * xa));
                final double gay = -(raA * ya + ang * (yb * iab - caa * ya));
                final double gaz = -(raA * za + ang * (zb * iab - caa * za));
                final double gbx = -(raB * xb + ang * (xa * iab - cbb * xb));
                final double gby = -(raB * yb + ang * (ya * iab - cbb * yb));
                final double gbz = -(raB * zb + ang * (za * iab - cbb * zb));
                t.triplet(i, en[a], en[b], e3, xa, ya, za, gax, gay, gaz, xb, yb, zb, gbx, gby, gbz);
            }
        }
    }
}
