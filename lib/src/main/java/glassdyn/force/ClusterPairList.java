package glassdyn.force;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;

import java.util.Arrays;

/**
 * A cluster-pair neighbour list for SIMD pair kernels (the layout of GROMACS's nbnxm, Pall and Hess, Comput. Phys.
 * Commun. 184, 2641 (2013)): particles are grouped in clusters of {@link #W} consecutive particles of the neighbour
 * list's cell order, their coordinates packed per cluster (struct of arrays, slot {@code s = W cluster + lane}), and
 * the list holds pairs of clusters {@code (I, J, image code)}, so a kernel loads the four j coordinates of a cluster
 * as one contiguous vector instead of gathering them.
 *
 * <p>The cluster pairs are derived from a half particle {@link NeighborList} at each of its rebuilds: a cluster pair
 * is listed when any of its particle pairs is in the particle list, normalised to {@code I <= J} (a pair seen from
 * {@code J} to {@code I} with code {@code c} is stored as {@code (I, J, 26 - c)}, the opposite image). A kernel
 * computes all {@code W x W} particle pairs of a cluster pair and keeps those within the species-pair cutoff; since
 * every pair within the cutoff is in the particle list (the skin), it is in the cluster list, and no pair is counted
 * twice: within a cluster and the central image ({@code I = J}, code {@link NeighborList#CENTER}) only lanes
 * {@code j > i} count; for {@code I = J} and another image only codes above the centre are kept, whose 16 ordered
 * lane pairs are 16 distinct periodic pairs.
 *
 * <p>Padding slots of the last cluster hold coordinates of order 1e30 (distinct per lane), so they are out of range
 * of everything. Per-species-pair parameter tables are expanded per slot: {@code table(k)[a m + s]} is the pair
 * parameter {@code k} between species {@code a} and the species of slot {@code s} ({@code m} slots), so a kernel loads
 * the parameters of particle i's species against a j cluster as a contiguous vector (no gathers).
 */
public final class ClusterPairList {
    /** Cluster size (lanes of a 256-bit vector of doubles). */
    public static final int W = 4;
    /** Bits of the image code in an entry {@code J << CODE_BITS | code}. */
    public static final int CODE_BITS = 5;
    public static final int CODE_MASK = (1 << CODE_BITS) - 1;
    private static final double PAD = 1e30;

    private final int species;
    private final double[][] pairParams;
    private int n = -1, clusters, slots;
    private int[] slotOf = new int[0], atomOf = new int[0], order = new int[0];
    /** Packed coordinates and species per slot. */
    double[] px = new double[0], py = new double[0], pz = new double[0];
    int[] ptype = new int[0];
    double[][] tables;
    private int[] count = new int[0], keys = new int[0], seen = new int[0];
    int[] cStart = new int[1];
    int[] entries = new int[0];

    /**
     * @param species    number of species of the pair tables
     * @param pairParams per-species-pair tables, each indexed {@code a*species + b}
     */
    public ClusterPairList(int species, double[]... pairParams) {
        this.species = species;
        this.pairParams = pairParams;
        this.tables = new double[pairParams.length][0];
    }

    public int clusters() { return clusters; }
    /** Number of particles (slots beyond are padding). */
    public int particles() { return n; }
    public int slots() { return slots; }
    /** Slot of particle {@code i}. */
    public int slotOf(int i) { return slotOf[i]; }
    /** Slots of the particles (a live array). */
    int[] slotOfArray() { return slotOf; }
    /** Number of cluster pairs. */
    public int size() { return cStart[clusters]; }
    /** Cluster pair rows offsets, length {@code clusters + 1} (a live array). */
    int[] start() { return cStart; }

    /** Rebuilds the clusters and the cluster pairs from the just rebuilt half list {@code list} of {@code c}. */
    public void rebuild(NeighborList list, Configuration c) {
        if (list.isFull()) throw new IllegalArgumentException("the cluster-pair list needs a half neighbour list");
        if (c.n != n) allocate(c.n);
        list.cellOrder(order);
        Arrays.fill(atomOf, -1);
        for (int s = 0; s < n; s++) { atomOf[s] = order[s]; slotOf[order[s]] = s; }
        Arrays.fill(ptype, 0);
        Arrays.fill(count, 0);
        int[] start = list.start(), pairs = list.pairs();
        int mask = NeighborList.INDEX_MASK, bits = NeighborList.INDEX_BITS;
        for (int i = 0; i < n; i++) {
            int ci = slotOf[i] >> 2;
            for (int p = start[i]; p < start[i + 1]; p++) count[Math.min(ci, slotOf[pairs[p] & mask] >> 2) + 1]++;
        }
        for (int k = 0; k < clusters; k++) count[k + 1] += count[k];
        int total = count[clusters];
        if (keys.length < total) keys = new int[total + (total >> 3)];
        int[] fill = cStart.length == clusters + 1 ? cStart : (cStart = new int[clusters + 1]);
        System.arraycopy(count, 0, fill, 0, clusters);
        for (int i = 0; i < n; i++) {
            int ci = slotOf[i] >> 2;
            for (int p = start[i]; p < start[i + 1]; p++) {
                int e = pairs[p], cj = slotOf[e & mask] >> 2, code = e >>> bits;
                int key;
                if (ci < cj) key = cj << CODE_BITS | code;
                else if (ci > cj) key = ci << CODE_BITS | (26 - code);
                else key = ci << CODE_BITS | Math.max(code, 26 - code);
                keys[fill[Math.min(ci, cj)]++] = key;
            }
        }
        // per cluster row: drop duplicate keys (a stamp per key, O(pairs)), then sort the distinct ones (j clusters in
        // memory order; a row has about four times fewer distinct keys than particle pairs)
        if (entries.length < total) entries = new int[total + (total >> 3)];
        if (seen.length < clusters << CODE_BITS) seen = new int[clusters << CODE_BITS];
        Arrays.fill(seen, 0, clusters << CODE_BITS, 0);
        int m = 0;
        for (int k = 0; k < clusters; k++) {
            int lo = count[k], hi = count[k + 1], stamp = k + 1;
            cStart[k] = m;
            for (int q = lo; q < hi; q++) {
                int key = keys[q];
                if (seen[key] != stamp) { seen[key] = stamp; entries[m++] = key; }
            }
            Arrays.sort(entries, cStart[k], m);
        }
        cStart[clusters] = m;
        refreshTables(c, true);
    }

    private void allocate(int n) {
        this.n = n;
        clusters = (n + W - 1) / W;
        slots = clusters * W;
        slotOf = new int[n]; order = new int[n]; atomOf = new int[slots];
        px = new double[slots]; py = new double[slots]; pz = new double[slots]; ptype = new int[slots];
        for (int s = n; s < slots; s++) { px[s] = py[s] = pz[s] = PAD * (1 + (s & (W - 1))); }
        count = new int[clusters + 1];
        for (int k = 0; k < tables.length; k++) tables[k] = new double[species * slots];
    }

    /** Copies the current coordinates into the packed slots (and the species tables where a species changed). */
    public void pack(Configuration c) {
        double[] x = c.x, y = c.y, z = c.z;
        int[] atomOf = this.atomOf;
        for (int s = 0; s < n; s++) {
            int i = atomOf[s];
            px[s] = x[i]; py[s] = y[i]; pz[s] = z[i];
        }
        refreshTables(c, false);
    }

    /** Expands the species-pair tables per slot (all slots, or only those whose particle changed species). */
    private void refreshTables(Configuration c, boolean all) {
        int[] type = c.type;
        for (int s = 0; s < n; s++) {
            int t = type[atomOf[s]];
            if (!all && t == ptype[s]) continue;
            ptype[s] = t;
            for (int k = 0; k < tables.length; k++) {
                double[] tab = tables[k], par = pairParams[k];
                for (int a = 0; a < species; a++) tab[a * slots + s] = par[a * species + t];
            }
        }
        if (all) for (int s = n; s < slots; s++)
            for (int k = 0; k < tables.length; k++)
                for (int a = 0; a < species; a++) tables[k][a * slots + s] = pairParams[k][a * species];
    }

    /** Splits the cluster rows into {@code parts} contiguous ranges of about equal cluster-pair counts. */
    public void partition(int[] rows, int parts) {
        long total = cStart[clusters];
        int k = 0;
        rows[0] = 0;
        for (int t = 1; t < parts; t++) {
            long target = total * t / parts;
            while (k < clusters && cStart[k] < target) k++;
            rows[t] = k;
        }
        rows[parts] = clusters;
    }
}
