package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import glassdyn.table.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Neighbour retention C_i(t) = n_i(t|0) / n_i(0): the fraction of the particles within {@code rc} of particle i at
 * the origin that are still within {@code rc} at time t (paper 001 App. B, the bond-breaking correlation of its
 * refs. 43 and 67; rc = r_min, the first minimum of g(r)). Distances are minimum images in each frame's cell, so
 * positions must be true (not non-affine) unwrapped positions.
 */
public final class NeighbourRetention {
    private final double rc;

    public NeighbourRetention(double rc) {
        if (!(rc > 0)) throw InputException.parameter("rc", "must be positive", rc);
        this.rc = rc;
    }

    /** Per-particle C_i at frame {@code frame} relative to {@code origin}: {@code id, type, neighbors0, C}. */
    public Table perParticle(PositionHistory h, int origin, int frame) {
        int[][] nb = neighbours(h, origin);
        double[] c = retained(h, nb, frame);
        int[] n0 = new int[h.n], type = new int[h.n];
        for (int i = 0; i < h.n; i++) { n0[i] = nb[i].length; type[i] = h.type[i] + 1; }
        Table t = Table.create("neighbour retention");
        t.addColumns(IntColumn.create("id", h.id.clone()), IntColumn.create("type", type), IntColumn.create("neighbors0", n0));
        t.addColumns(Tables.of("x", "C", c).column(0));
        return t;
    }

    /** The mean C(t) over particles with at least one initial neighbour, for every frame from the origin on: {@code t, C}. */
    public Table mean(PositionHistory h, int origin) {
        int[][] nb = neighbours(h, origin);
        int m = h.frames() - origin;
        double[] t = new double[m], mean = new double[m];
        for (int k = 0; k < m; k++) {
            double[] c = retained(h, nb, origin + k);
            double s = 0;
            int cnt = 0;
            for (double v : c) if (!Double.isNaN(v)) { s += v; cnt++; }
            t[k] = h.time[origin + k] - h.time[origin];
            mean[k] = cnt > 0 ? s / cnt : Double.NaN;
        }
        return Tables.of("neighbour retention", "t", t, "C", mean);
    }

    private int[][] neighbours(PositionHistory h, int f) {
        Configuration c = new Configuration(h.n, h.box[f]);
        System.arraycopy(h.x[f], 0, c.x, 0, h.n); System.arraycopy(h.y[f], 0, c.y, 0, h.n); System.arraycopy(h.z[f], 0, c.z, 0, h.n);
        java.util.List<java.util.List<Integer>> l = new java.util.ArrayList<>();
        for (int i = 0; i < h.n; i++) l.add(new java.util.ArrayList<>());
        new CellGrid(c, rc).visitPairs(rc, 1, k -> (i, j, r2) -> { l.get(i).add(j); l.get(j).add(i); });
        int[][] nb = new int[h.n][];
        for (int i = 0; i < h.n; i++) nb[i] = l.get(i).stream().mapToInt(Integer::intValue).toArray();
        return nb;
    }

    private double[] retained(PositionHistory h, int[][] nb, int f) {
        Box b = h.box[f].copy();
        b.flipTilt();
        double[] c = new double[h.n], d = new double[3];
        double rc2 = rc * rc;
        for (int i = 0; i < h.n; i++) {
            if (nb[i].length == 0) { c[i] = Double.NaN; continue; }
            int kept = 0;
            for (int j : nb[i]) {
                d[0] = h.x[f][j] - h.x[f][i]; d[1] = h.y[f][j] - h.y[f][i]; d[2] = h.z[f][j] - h.z[f][i];
                b.minimumImage(d);
                if (d[0] * d[0] + d[1] * d[1] + d[2] * d[2] < rc2) kept++;
            }
            c[i] = (double) kept / nb[i].length;
        }
        return c;
    }
}
