package glassdyn.epm;

/**
 * A complete binary sum tree over the per-site yield probabilities: selecting a site with probability
 * p_i / sum p costs O(log N); changing one leaf costs O(log N) ({@link #set}); after a kernel add has rewritten all
 * leaves, {@link #rebuild} recomputes the inner nodes in O(N). Inner nodes are always recomputed as the sum of their
 * children (never incremented), so there is no accumulated round-off.
 */
final class RateTree {
    final int capacity;
    /** node[1] is the root; leaves are node[capacity + i]. */
    final double[] node;

    RateTree(int n) {
        int c = 1;
        while (c < n) c <<= 1;
        capacity = c;
        node = new double[2 * c];
    }

    double total() { return node[1]; }

    void set(int i, double v) {
        int k = capacity + i;
        node[k] = v;
        for (k >>= 1; k >= 1; k >>= 1) node[k] = node[2 * k] + node[2 * k + 1];
    }

    void rebuild() {
        for (int k = capacity - 1; k >= 1; k--) node[k] = node[2 * k] + node[2 * k + 1];
    }

    /** The leaf i whose cumulative interval contains u in [0, total); never a zero leaf. */
    int find(double u) {
        int k = 1;
        while (k < capacity) {
            double left = node[2 * k];
            if (u < left || node[2 * k + 1] == 0) k = 2 * k;
            else { u -= left; k = 2 * k + 1; }
        }
        return k - capacity;
    }
}
