package glassdyn.papers.epmq;

import java.util.SplittableRandom;

/**
 * A dynamic length from a persistence map (Fig. 2: "dynamics is spatially heterogeneous over lengths that increase
 * when lowering the temperature"): the weight-averaged size S = sum s^2 / sum s of the clusters of mobile sites
 * (p_i = 0, nearest neighbours on the periodic lattice), divided by the same quantity for the same number of mobile
 * sites placed uniformly at random (mean over {@link #NULL_DRAWS} draws with a fixed seed). A ratio above 1 means
 * mobile sites clump beyond chance; its growth on cooling is a growing length.
 */
public final class MobileClusters {
    private MobileClusters() {}

    /** Random placements averaged for the null. */
    public static final int NULL_DRAWS = 20;

    /** Weight-averaged mobile cluster size of a map indexed x * L + y (0 = mobile). */
    public static double weightedSize(int[] map, int L) {
        int n = map.length;
        int[] parent = new int[n], size = new int[n];
        for (int i = 0; i < n; i++) { parent[i] = i; size[i] = 1; }
        for (int i = 0; i < n; i++) {
            if (map[i] != 0) continue;
            int x = i / L, y = i % L;
            int right = Math.floorMod(x + 1, L) * L + y, up = x * L + Math.floorMod(y + 1, L);
            if (map[right] == 0) union(parent, size, i, right);
            if (map[up] == 0) union(parent, size, i, up);
        }
        double s1 = 0, s2 = 0;
        for (int i = 0; i < n; i++) {
            if (map[i] != 0 || find(parent, i) != i) continue;
            s1 += size[i];
            s2 += (double) size[i] * size[i];
        }
        return s1 > 0 ? s2 / s1 : Double.NaN;
    }

    /** The map's weighted size over the mean of the random placements of as many mobile sites. */
    public static double ratioToRandom(int[] map, int L, long seed) {
        int mobile = 0;
        for (int v : map) if (v == 0) mobile++;
        SplittableRandom r = new SplittableRandom(seed);
        double s = 0;
        int[] q = new int[map.length];
        for (int d = 0; d < NULL_DRAWS; d++) {
            java.util.Arrays.fill(q, 1);
            int placed = 0;
            while (placed < mobile) {
                int i = r.nextInt(q.length);
                if (q[i] == 1) { q[i] = 0; placed++; }
            }
            s += weightedSize(q, L);
        }
        return weightedSize(map, L) / (s / NULL_DRAWS);
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) { p[i] = p[p[i]]; i = p[i]; }
        return i;
    }

    private static void union(int[] p, int[] size, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra == rb) return;
        if (size[ra] < size[rb]) { int t = ra; ra = rb; rb = t; }
        p[rb] = ra;
        size[ra] += size[rb];
    }
}
