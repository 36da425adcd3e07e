package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.table.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * First-jump (persistence) times: for each particle, the time from an origin t0 to its first cage jump after t0
 * (paper 001 section 2.2, the persistence time tau_p of the continuous-time random walk picture). Particles
 * without a jump before the end of the run are censored: {@code t_first} is the remaining run length and
 * {@code censored} is 1 (paper 001's default sets them to t_max and reports the censored fraction).
 */
public final class PersistenceTime {
    private PersistenceTime() {}

    /**
     * @param jumps  a table of {@link CageJumpDetector#compute} (columns id, t)
     * @param h      the history the jumps came from (ids, types, times)
     * @param origin frame index of t0
     * @return one row per particle: {@code id, type, t_first, censored}
     */
    public static Table firstJumps(Table jumps, PositionHistory h, int origin) {
        if (origin < 0 || origin >= h.frames()) throw InputException.parameter("origin", "frame index out of range", origin);
        double t0 = h.time[origin], tEnd = h.time[h.frames() - 1];
        java.util.Map<Integer, Integer> row = new java.util.HashMap<>();
        for (int i = 0; i < h.n; i++) row.put(h.id[i], i);
        double[] first = new double[h.n];
        java.util.Arrays.fill(first, Double.POSITIVE_INFINITY);
        for (int r = 0; r < jumps.rowCount(); r++) {
            Integer i = row.get(jumps.intColumn("id").get(r));
            double t = jumps.doubleColumn("t").getDouble(r);
            if (i != null && t >= t0 && t - t0 < first[i]) first[i] = t - t0;
        }
        int[] censored = new int[h.n], type = new int[h.n];
        for (int i = 0; i < h.n; i++) {
            type[i] = h.type[i] + 1;
            if (first[i] == Double.POSITIVE_INFINITY) { first[i] = tEnd - t0; censored[i] = 1; }
        }
        Table t = Table.create("persistence times");
        t.addColumns(IntColumn.create("id", h.id.clone()), IntColumn.create("type", type));
        t.addColumns(Tables.of("x", "t_first", first).column(0), IntColumn.create("censored", censored));
        return t;
    }

    /** The persistence function P(t): the fraction of particles with no jump in [t0, t0 + t], on the history's frame times. */
    public static Table persistence(Table firstJumps, PositionHistory h, int origin) {
        int m = h.frames() - origin;
        double[] t = new double[m], p = new double[m];
        double[] tf = firstJumps.doubleColumn("t_first").asDoubleArray();
        int[] cens = firstJumps.intColumn("censored").asIntArray();
        for (int k = 0; k < m; k++) {
            t[k] = h.time[origin + k] - h.time[origin];
            int alive = 0;
            for (int i = 0; i < tf.length; i++) if (cens[i] == 1 || tf[i] > t[k]) alive++;
            p[k] = (double) alive / tf.length;
        }
        return Tables.of("persistence", "t", t, "P", p);
    }
}
