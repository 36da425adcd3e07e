package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import glassdyn.table.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Spatial coarse-graining of a particle field with exponential weights, minimum image in the (tilted) cell:
 * <ul>
 *   <li>on particles (paper 001 Eqs. 11-12): {@code X'_i = sum_{j: r_ij < rc} e^{-r_ij/rc} X_j / sum_{j: r_ij < rc} e^{-r_ij/rc}},
 *       self included (weight 1);</li>
 *   <li>on a grid (paper 001 App. A, Eq. A1): at the centre of each of {@code g^d} cells,
 *       {@code g_c = sum_j X_j e^{-r_cj/l} / sum_j e^{-r_cj/l}} over all particles; and the grid cells that are local
 *       maxima (minima) among their 3^d - 1 periodic neighbours: the slow (fast) cluster centres; each particle is
 *       assigned to its nearest centre.</li>
 * </ul>
 */
public final class ExponentialCoarseGraining {
    private ExponentialCoarseGraining() {}

    /** Particle coarse-graining (paper 001 Eq. 11); iterate for the n-th generation. */
    public static double[] particles(Configuration c, double[] field, double rc) {
        if (field.length != c.n) throw InputException.parameter("field", "needs one value per particle (" + c.n + ")", field.length);
        double[] num = new double[c.n], den = new double[c.n];
        for (int i = 0; i < c.n; i++) { num[i] = field[i]; den[i] = 1; }
        // pairs are visited once; accumulate both ends (serially, so the sum order is fixed)
        new CellGrid(c, rc).visitPairs(rc, 1, k -> (i, j, r2) -> {
            double w = Math.exp(-Math.sqrt(r2) / rc);
            num[i] += w * field[j]; den[i] += w;
            num[j] += w * field[i]; den[j] += w;
        });
        double[] out = new double[c.n];
        for (int i = 0; i < c.n; i++) out[i] = num[i] / den[i];
        return out;
    }

    /** The grid field of Eq. A1: one row per grid cell: {@code gx, gy, gz, x, y, z, value, extremum} (+1 max, -1 min, 0). */
    public static Table grid(Configuration c, double[] field, int cellsPerSide, double length) {
        if (cellsPerSide < 2) throw InputException.parameter("cells", "must be at least 2", cellsPerSide);
        if (!(length > 0)) throw InputException.parameter("length", "must be positive", length);
        if (field.length != c.n) throw InputException.parameter("field", "needs one value per particle (" + c.n + ")", field.length);
        Box b = c.box.copy();
        b.flipTilt();
        int d = b.dim(), g = cellsPerSide, gz = d == 3 ? g : 1, cells = g * g * gz;
        double[] cx = new double[cells], cy = new double[cells], cz = new double[cells], val = new double[cells];
        int[] ix = new int[cells], iy = new int[cells], iz = new int[cells];
        for (int k = 0; k < cells; k++) {
            ix[k] = k % g; iy[k] = (k / g) % g; iz[k] = k / (g * g);
            double sx = (ix[k] + 0.5) / g, sy = (iy[k] + 0.5) / g, sz = (iz[k] + 0.5) / gz;
            cx[k] = b.xlo() + sx * b.lx() + sy * b.xy(); cy[k] = b.ylo() + sy * b.ly(); cz[k] = d == 3 ? b.zlo() + sz * b.lz() : 0;
        }
        java.util.stream.IntStream.range(0, cells).parallel().forEach(k -> {
            double[] dv = new double[3];
            double num = 0, den = 0;
            for (int j = 0; j < c.n; j++) {
                dv[0] = c.x[j] - cx[k]; dv[1] = c.y[j] - cy[k]; dv[2] = d == 3 ? c.z[j] - cz[k] : 0;
                b.minimumImage(dv);
                double w = Math.exp(-Math.sqrt(dv[0] * dv[0] + dv[1] * dv[1] + dv[2] * dv[2]) / length);
                num += w * field[j]; den += w;
            }
            val[k] = num / den;
        });
        int[] ext = new int[cells];
        for (int k = 0; k < cells; k++) {
            boolean max = true, min = true;
            for (int oz = d == 3 ? -1 : 0; oz <= (d == 3 ? 1 : 0); oz++)
                for (int oy = -1; oy <= 1; oy++)
                    for (int ox = -1; ox <= 1; ox++) {
                        if (ox == 0 && oy == 0 && oz == 0) continue;
                        int o = (Math.floorMod(iz[k] + oz, gz) * g + Math.floorMod(iy[k] + oy, g)) * g + Math.floorMod(ix[k] + ox, g);
                        if (o == k) continue;
                        if (val[o] >= val[k]) max = false;
                        if (val[o] <= val[k]) min = false;
                    }
            ext[k] = max ? 1 : min ? -1 : 0;
        }
        Table t = Table.create("coarse-grained grid");
        t.addColumns(IntColumn.create("gx", ix), IntColumn.create("gy", iy), IntColumn.create("gz", iz));
        for (var col : Tables.of("x", "x", cx, "y", cy, "z", cz, "value", val).columns()) t.addColumns(col);
        t.addColumns(IntColumn.create("extremum", ext));
        return t;
    }

    /**
     * Assigns each selected particle to its nearest grid centre of the given kind (+1 maxima, -1 minima) by minimum
     * image: the cluster index (1-based, in grid order of the centres), 0 for unselected particles or no centre.
     */
    public static int[] assignToCentres(Configuration c, Table grid, int kind, boolean[] selected) {
        Box b = c.box.copy();
        b.flipTilt();
        java.util.List<double[]> centres = new java.util.ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++)
            if (grid.intColumn("extremum").get(r) == kind)
                centres.add(new double[] {grid.doubleColumn("x").getDouble(r), grid.doubleColumn("y").getDouble(r), grid.doubleColumn("z").getDouble(r)});
        int[] label = new int[c.n];
        double[] dv = new double[3];
        for (int i = 0; i < c.n; i++) {
            if (!selected[i] || centres.isEmpty()) continue;
            double best = Double.MAX_VALUE;
            for (int k = 0; k < centres.size(); k++) {
                double[] p = centres.get(k);
                dv[0] = c.x[i] - p[0]; dv[1] = c.y[i] - p[1]; dv[2] = c.dim() == 3 ? c.z[i] - p[2] : 0;
                b.minimumImage(dv);
                double r2 = dv[0] * dv[0] + dv[1] * dv[1] + dv[2] * dv[2];
                if (r2 < best) { best = r2; label[i] = k + 1; }
            }
        }
        return label;
    }
}
