package glassdyn.elastic;

import org.ejml.data.DMatrixSparseCSC;

import java.util.Arrays;

/**
 * A fill-reducing ordering for the sparse Cholesky factorisation of a Hessian: nested dissection of the particle
 * contact graph (George, SIAM J. Numer. Anal. 10, 345 (1973); separators from breadth-first level structures rooted
 * at a pseudo-peripheral particle, as in George &amp; Liu, "Computer Solution of Large Sparse Positive Definite
 * Systems", 1981, ch. 8). Each subgraph is ordered as: first half, second half, then the separating level last, so
 * fill is confined to the separators. The periodic (torus) contact graph needs no special case: the first separator is
 * a closed shell around the root.
 */
public final class NestedDissection {
    /** Subgraphs this small are ordered as they come (dissection no longer pays). */
    private static final int LEAF = 16;

    private final int[] adjStart, adj;
    private final int[] level, mark;
    private final int[] out;
    private int emitted, stamp;

    private NestedDissection(int[] adjStart, int[] adj, int n) {
        this.adjStart = adjStart; this.adj = adj;
        level = new int[n];
        mark = new int[n];
        out = new int[n];
    }

    /**
     * The order of the degrees of freedom of the pinned Hessian ({@link Hessian#pinnedUpper()}: particle 0 removed),
     * as a permutation {@code order[new] = old}, keeping each particle's {@code dim} coordinates together.
     */
    public static int[] pinnedOrder(Hessian h) {
        int n = h.n() - 1, dim = h.dim();
        DMatrixSparseCSC m = h.matrix();
        // particle graph of particles 1..N-1 (relabelled 0..N-2) from the block pattern: column dim*p holds rows dim*q
        int[] start = new int[n + 1];
        for (int p = 0; p < n; p++) {
            int c = dim * (p + 1), cnt = 0;
            for (int k = m.col_idx[c]; k < m.col_idx[c + 1]; k++) {
                int r = m.nz_rows[k];
                if (r % dim == 0 && r != c && r >= dim) cnt++;
            }
            start[p + 1] = start[p] + cnt;
        }
        int[] adj = new int[start[n]];
        for (int p = 0, w = 0; p < n; p++) {
            int c = dim * (p + 1);
            for (int k = m.col_idx[c]; k < m.col_idx[c + 1]; k++) {
                int r = m.nz_rows[k];
                if (r % dim == 0 && r != c && r >= dim) adj[w++] = r / dim - 1;
            }
        }
        int[] particles = order(start, adj, n);
        int[] dofs = new int[n * dim];
        for (int k = 0; k < n; k++)
            for (int a = 0; a < dim; a++) dofs[k * dim + a] = particles[k] * dim + a;
        return dofs;
    }

    /** Nested-dissection order ({@code order[new] = old}) of an undirected graph in compressed adjacency form. */
    public static int[] order(int[] adjStart, int[] adj, int n) {
        NestedDissection nd = new NestedDissection(adjStart, adj, n);
        int[] all = new int[n];
        for (int k = 0; k < n; k++) all[k] = k;
        nd.dissect(all);
        if (nd.emitted != n) throw new IllegalStateException("nested dissection lost nodes: " + nd.emitted + " of " + n);
        return nd.out;
    }

    private void dissect(int[] nodes) {
        int size = nodes.length;
        if (size <= LEAF) { emit(nodes); return; }
        int inSet = ++stamp;
        for (int v : nodes) mark[v] = inSet;
        // BFS from an arbitrary node to find a far one, then the level structure from it
        int[] queue = new int[size];
        int reached = bfs(nodes[0], inSet, queue);
        int far = queue[reached - 1];
        inSet = ++stamp;
        for (int v : nodes) mark[v] = inSet;
        reached = bfs(far, inSet, queue);
        if (reached < size) {
            // disconnected: the reached component and the rest are independent
            int[] first = Arrays.copyOf(queue, reached);
            int done = ++stamp;
            for (int v : first) mark[v] = done;
            int[] rest = new int[size - reached];
            int w = 0;
            for (int v : nodes) if (mark[v] != done) rest[w++] = v;
            dissect(first);
            dissect(rest);
            return;
        }
        int maxLevel = level[queue[size - 1]];
        if (maxLevel < 2) { emit(nodes); return; }
        // the separator is the level at which the cumulative count passes half
        int mid = 1, cum = 0;
        for (int k = 0; k < size; k++) {
            cum++;
            if (cum >= size / 2) { mid = level[queue[k]]; break; }
        }
        mid = Math.max(1, Math.min(maxLevel - 1, mid));
        int na = 0, nb = 0, ns = 0;
        for (int k = 0; k < size; k++) {
            int l = level[queue[k]];
            if (l < mid) na++; else if (l > mid) nb++; else ns++;
        }
        int[] a = new int[na], b = new int[nb], s = new int[ns];
        na = nb = ns = 0;
        for (int k = 0; k < size; k++) {
            int v = queue[k], l = level[v];
            if (l < mid) a[na++] = v; else if (l > mid) b[nb++] = v; else s[ns++] = v;
        }
        dissect(a);
        dissect(b);
        emit(s);
    }

    /** BFS inside the nodes marked {@code inSet}; fills {@code queue} in visiting order and {@link #level}. */
    private int bfs(int root, int inSet, int[] queue) {
        int visited = ++stamp;
        int head = 0, tail = 0;
        queue[tail++] = root;
        mark[root] = visited;
        level[root] = 0;
        while (head < tail) {
            int v = queue[head++];
            for (int k = adjStart[v]; k < adjStart[v + 1]; k++) {
                int u = adj[k];
                if (mark[u] == inSet) {
                    mark[u] = visited;
                    level[u] = level[v] + 1;
                    queue[tail++] = u;
                }
            }
        }
        // restore membership of the visited nodes for the caller
        for (int k = 0; k < tail; k++) mark[queue[k]] = inSet;
        return tail;
    }

    private void emit(int[] nodes) {
        for (int v : nodes) out[emitted++] = v;
    }
}
