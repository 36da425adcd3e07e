package glassdyn.papers.epmq;

import java.util.List;

/**
 * Facilitation in persistence maps from one time origin (SI Fig. 10: "a localized mobile site induces other mobile
 * sites in the neighbour region"): between consecutive recorded lags, the sites that become mobile (p_i goes from
 * 1 to 0) are counted with at least one of their four lattice neighbours already mobile at the earlier lag. The null
 * is the same count for the same number of sites drawn uniformly from the sites still immobile at the earlier lag;
 * its expectation is exact (the fraction of immobile sites with a mobile neighbour), so no random draw is needed.
 * Only lag pairs with the earlier mean persistence in [pLow, pHigh] count (sparse mobile sites; at P near 1/2
 * almost every site has a mobile neighbour and the test has no contrast).
 */
public final class MobilityFacilitation {
    private MobilityFacilitation() {}

    /**
     * {observed, expected} numbers of newly mobile sites with a mobile neighbour, summed over the lag pairs.
     * Maps are indexed x * L + y (periodic), 1 immobile, 0 mobile.
     */
    public static double[] counts(List<int[]> maps, int L, double pLow, double pHigh) {
        double observed = 0, expected = 0;
        for (int k = 0; k + 1 < maps.size(); k++) {
            int[] a = maps.get(k), b = maps.get(k + 1);
            double p = mean(a);
            if (p < pLow || p > pHigh) continue;
            long immobile = 0, immobileNearMobile = 0, fresh = 0, freshNearMobile = 0;
            for (int i = 0; i < a.length; i++) {
                if (a[i] == 0) continue;
                boolean near = hasMobileNeighbour(a, L, i);
                immobile++;
                if (near) immobileNearMobile++;
                if (b[i] == 0) {
                    fresh++;
                    if (near) freshNearMobile++;
                }
            }
            if (immobile == 0) continue;
            observed += freshNearMobile;
            expected += fresh * (double) immobileNearMobile / immobile;
        }
        return new double[] {observed, expected};
    }

    static boolean hasMobileNeighbour(int[] m, int L, int i) {
        int x = i / L, y = i % L;
        return m[Math.floorMod(x + 1, L) * L + y] == 0 || m[Math.floorMod(x - 1, L) * L + y] == 0
            || m[x * L + Math.floorMod(y + 1, L)] == 0 || m[x * L + Math.floorMod(y - 1, L)] == 0;
    }

    private static double mean(int[] m) {
        long s = 0;
        for (int v : m) s += v;
        return (double) s / m.length;
    }
}
