package glassdyn.neighbors;

import glassdyn.particles.Configuration;

/**
 * Reorders the particles of a configuration (all per-particle arrays, ids included) so that particles close in space
 * are close in memory, which makes the force loop's neighbour accesses cache-friendly (as LAMMPS's
 * {@code atom_modify sort}). Identity is kept by {@code id}; anything holding per-index data must not be live.
 */
public final class SpatialSort {
    private SpatialSort() {}

    /** Puts particle {@code order[k]} at index {@code k}. */
    public static void apply(Configuration c, int[] order) {
        int n = c.n;
        if (order.length < n) throw new IllegalArgumentException("order has " + order.length + " entries for " + n + " particles");
        double[] d = new double[n];
        for (double[] a : new double[][] {c.x, c.y, c.z, c.vx, c.vy, c.vz, c.diameter}) {
            for (int k = 0; k < n; k++) d[k] = a[order[k]];
            System.arraycopy(d, 0, a, 0, n);
        }
        int[] t = new int[n];
        for (int[] a : new int[][] {c.type, c.id, c.ix, c.iy, c.iz}) {
            for (int k = 0; k < n; k++) t[k] = a[order[k]];
            System.arraycopy(t, 0, a, 0, n);
        }
    }
}
