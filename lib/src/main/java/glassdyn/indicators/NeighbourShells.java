package glassdyn.indicators;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.potential.SmoothedLennardJones2D;

import java.util.Arrays;

/**
 * Per-particle neighbour lists of a 2D configuration (periodic, Lees-Edwards aware) with the separation vectors
 * {@code r_k - r_j} (CSR: {@code start[j]..start[j+1]}), for every pair closer than {@code scale * d_jk} where d_jk is
 * the pair's size (POLY: the non-additive d_ij of A.1.b; LJ: sigma_ab), or than a fixed radius.
 */
public final class NeighbourShells {
    /** A pair size {@code d_jk} from types and diameters. */
    public interface PairSize { double of(int ti, int tj, double di, double dj); }

    /** POLY's non-additive pair diameter (paper 003 B6 rule). */
    public static final PairSize POLY = (ti, tj, di, dj) -> PolydisperseSoftDisks.pairDiameter(di, dj);
    /** LJ's sigma_ab (paper 003 A.1.a). */
    public static final PairSize LJ = (ti, tj, di, dj) -> ti == 0 && tj == 0 ? SmoothedLennardJones2D.SIGMA_SS
        : ti == 1 && tj == 1 ? SmoothedLennardJones2D.SIGMA_LL : SmoothedLennardJones2D.SIGMA_SL;
    /** A constant size 1 (fixed-radius shells). */
    public static final PairSize UNIT = (ti, tj, di, dj) -> 1;

    public final int n;
    public final int[] start, index;
    public final double[] dx, dy, dist;

    private NeighbourShells(int n, int[] start, int[] index, double[] dx, double[] dy, double[] dist) {
        this.n = n; this.start = start; this.index = index; this.dx = dx; this.dy = dy; this.dist = dist;
    }

    public static PairSize sizeRule(String model) { return model.equals("lj") ? LJ : POLY; }

    /** Neighbours with {@code |r_jk| < scale * size(j, k)}; {@code maxSize} bounds the pair size. */
    public static NeighbourShells of(Configuration c, PairSize size, double scale, double maxSize) {
        Configuration w = c.copy();
        NeighborList list = new NeighborList(scale * maxSize, 0.0, false);
        list.build(w);
        int[] st = list.start(), entries = list.pairs();
        int cap = list.size();
        int[] a1 = new int[cap], a2 = new int[cap];
        double[] ex = new double[cap], ey = new double[cap];
        int m = 0;
        int[] count = new int[c.n];
        for (int a = 0; a < c.n; a++)
            for (int s = st[a]; s < st[a + 1]; s++) {
                int e = entries[s], b = NeighborList.index(e), code = NeighborList.image(e);
                double x = w.x[b] + list.shiftX[code] - w.x[a], y = w.y[b] + list.shiftY[code] - w.y[a];
                double rc = scale * size.of(c.type[a], c.type[b], c.diameter[a], c.diameter[b]);
                if (x * x + y * y >= rc * rc) continue;
                a1[m] = a; a2[m] = b; ex[m] = x; ey[m] = y; m++;
                count[a]++; count[b]++;
            }
        int[] start = new int[c.n + 1];
        for (int a = 0; a < c.n; a++) start[a + 1] = start[a] + count[a];
        int[] fill = Arrays.copyOf(start, c.n);
        int[] idx = new int[2 * m];
        double[] dx = new double[2 * m], dy = new double[2 * m], d = new double[2 * m];
        for (int k = 0; k < m; k++) {
            int a = a1[k], b = a2[k];
            double r = Math.hypot(ex[k], ey[k]);
            int p = fill[a]++;
            idx[p] = b; dx[p] = ex[k]; dy[p] = ey[k]; d[p] = r;
            p = fill[b]++;
            idx[p] = a; dx[p] = -ex[k]; dy[p] = -ey[k]; d[p] = r;
        }
        return new NeighbourShells(c.n, start, idx, dx, dy, d);
    }

    public int count(int j) { return start[j + 1] - start[j]; }
}
