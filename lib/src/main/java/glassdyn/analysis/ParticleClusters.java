package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.table.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Connected clusters of flagged particles (mobile, jumped, soft...): two flagged particles belong to the same
 * cluster when they are closer than {@code cutoff} (minimum image, Lees-Edwards aware), transitively. Union-find
 * over the cell-list pairs. Clusters are numbered 1, 2, ... by decreasing size (ties by smallest member index);
 * unflagged particles get cluster 0.
 */
public final class ParticleClusters {
    private final double cutoff;

    public ParticleClusters(double cutoff) {
        if (!(cutoff > 0)) throw InputException.parameter("cutoff", "must be positive", cutoff);
        this.cutoff = cutoff;
    }

    /** Cluster label of each particle (0 when not flagged). */
    public int[] labels(Configuration c, boolean[] flagged) {
        if (flagged.length != c.n) throw InputException.parameter("flagged", "needs one entry per particle (" + c.n + ")", flagged.length);
        int[] parent = new int[c.n];
        for (int i = 0; i < c.n; i++) parent[i] = i;
        new CellGrid(c, cutoff).visitPairs(cutoff, 1, k -> (i, j, r2) -> {
            if (flagged[i] && flagged[j]) union(parent, i, j);
        });
        int[] size = new int[c.n];
        for (int i = 0; i < c.n; i++) if (flagged[i]) size[find(parent, i)]++;
        Integer[] roots = java.util.stream.IntStream.range(0, c.n).filter(i -> size[i] > 0).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(roots, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a]) : Integer.compare(a, b));
        int[] label = new int[c.n], rootLabel = new int[c.n];
        for (int k = 0; k < roots.length; k++) rootLabel[roots[k]] = k + 1;
        for (int i = 0; i < c.n; i++) label[i] = flagged[i] ? rootLabel[find(parent, i)] : 0;
        return label;
    }

    /** One row per particle: {@code id, type, cluster}. */
    public Table compute(Configuration c, boolean[] flagged) {
        int[] l = labels(c, flagged);
        int[] type = new int[c.n];
        for (int i = 0; i < c.n; i++) type[i] = c.type[i] + 1;
        Table t = Table.create("clusters");
        t.addColumns(IntColumn.create("id", c.id.clone()), IntColumn.create("type", type), IntColumn.create("cluster", l));
        return t;
    }

    /** The cluster size distribution from labels: {@code size, count}. */
    public static Table sizeDistribution(int[] labels) {
        java.util.TreeMap<Integer, Integer> sizes = new java.util.TreeMap<>();
        java.util.Map<Integer, Integer> members = new java.util.HashMap<>();
        for (int l : labels) if (l > 0) members.merge(l, 1, Integer::sum);
        for (int s : members.values()) sizes.merge(s, 1, Integer::sum);
        double[] size = new double[sizes.size()], count = new double[sizes.size()];
        int k = 0;
        for (var e : sizes.entrySet()) { size[k] = e.getKey(); count[k] = e.getValue(); k++; }
        return Tables.of("cluster sizes", "size", size, "count", count);
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) { p[i] = p[p[i]]; i = p[i]; }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) { if (ra < rb) p[rb] = ra; else p[ra] = rb; }
    }
}
