package glassdyn.elastic;

import org.ejml.data.DMatrixSparseCSC;

import java.util.Arrays;

/**
 * Collects the {@code dim x dim} blocks of a Hessian {@code d^2 U / dr_i dr_j} of N particles and assembles them into
 * a symmetric sparse matrix (both triangles stored, column-compressed). Pair terms add a block {@code K} through
 * {@link #addPair} (to ii and jj, minus to ij and ji); many-body terms (the three-body Stillinger-Weber) add general
 * blocks through {@link #addBlock}. Repeated blocks (a pair interacting through two images, or a triplet term) are summed.
 */
public final class HessianAssembly {
    private final int n, dim, bs;
    private final double[] diag;
    private int count;
    private int[] row = new int[1024], col = new int[1024];
    private double[] val = new double[1024 * 9];

    public HessianAssembly(int n, int dim) {
        if (dim != 2 && dim != 3) throw new IllegalArgumentException("dimension must be 2 or 3, got " + dim);
        this.n = n; this.dim = dim; this.bs = dim * dim;
        diag = new double[n * bs];
    }

    public int n() { return n; }
    public int dim() { return dim; }

    /** Adds the symmetric pair block {@code k} (row-major {@code dim x dim}) of the pair (i, j), i != j. */
    public void addPair(int i, int j, double[] k) {
        for (int e = 0; e < bs; e++) {
            diag[i * bs + e] += k[e];
            diag[j * bs + e] += k[e];
        }
        // the off-diagonal -K is stored once as (i, j); build() mirrors it to (j, i)
        push(i, j, k, -1);
    }

    /** Adds {@code b} (row-major) to block (i, j) and its transpose to block (j, i) when {@code i != j}. */
    public void addBlock(int i, int j, double[] b) {
        if (i == j) {
            for (int e = 0; e < bs; e++) diag[i * bs + e] += b[e];
            return;
        }
        push(i, j, b, 1);
    }

    private void push(int i, int j, double[] b, double sign) {
        if (count == row.length) {
            int cap = row.length + (row.length >> 1);
            row = Arrays.copyOf(row, cap); col = Arrays.copyOf(col, cap); val = Arrays.copyOf(val, cap * bs);
        }
        row[count] = i; col[count] = j;
        for (int e = 0; e < bs; e++) val[count * bs + e] = sign * b[e];
        count++;
    }

    /** The assembled {@code dim N x dim N} matrix, both triangles, row indices sorted in every column. */
    public DMatrixSparseCSC build() {
        // bucket the off-diagonal blocks by block column, each stored entry (i, j) serving as (i, j) and (j, i)
        int[] colCount = new int[n + 1];
        for (int e = 0; e < count; e++) { colCount[col[e] + 1]++; colCount[row[e] + 1]++; }
        for (int c = 0; c < n; c++) colCount[c + 1] += colCount[c];
        int[] fill = Arrays.copyOf(colCount, n);
        int[] entry = new int[2 * count];          // entry index * 2 + (1 if transposed)
        for (int e = 0; e < count; e++) {
            entry[fill[col[e]]++] = 2 * e;
            entry[fill[row[e]]++] = 2 * e + 1;
        }
        // per block column: sort by block row, merge duplicates, add the diagonal block
        int[] blockRowStart = new int[n + 1];
        int[] blockRows = new int[2 * count + n];
        double[] blockVals = new double[(2 * count + n) * bs];
        int m = 0;
        long[] keys = new long[16];
        for (int c = 0; c < n; c++) {
            blockRowStart[c] = m;
            int lo = colCount[c], hi = colCount[c + 1], len = hi - lo + 1;
            if (keys.length < len) keys = new long[Math.max(len, 2 * keys.length)];
            for (int s = lo; s < hi; s++) {
                int en = entry[s], e = en >>> 1;
                int r = (en & 1) == 0 ? row[e] : col[e];
                keys[s - lo] = ((long) r << 32) | en;
            }
            keys[len - 1] = ((long) c << 32) | 0xFFFFFFFFL; // marker of the diagonal block
            Arrays.sort(keys, 0, len);
            int last = -1;
            for (int s = 0; s < len; s++) {
                int r = (int) (keys[s] >>> 32);
                int en = (int) keys[s];
                if (r != last) {
                    blockRows[m] = r;
                    Arrays.fill(blockVals, m * bs, (m + 1) * bs, 0);
                    m++;
                    last = r;
                }
                int dst = (m - 1) * bs;
                if (en == -1) {                 // diagonal marker (0xFFFFFFFF)
                    for (int e = 0; e < bs; e++) blockVals[dst + e] += diag[c * bs + e];
                } else if ((en & 1) == 0) {     // stored (row r, col c): as is
                    int src = (en >>> 1) * bs;
                    for (int e = 0; e < bs; e++) blockVals[dst + e] += val[src + e];
                } else {                         // stored (c, r): transpose into (r, c)
                    int src = (en >>> 1) * bs;
                    for (int a = 0; a < dim; a++)
                        for (int b = 0; b < dim; b++) blockVals[dst + a * dim + b] += val[src + b * dim + a];
                }
            }
        }
        blockRowStart[n] = m;
        // expand the blocks into scalar CSC: column (c, b) holds rows (r, a) for every block row r of block column c
        int size = dim * n;
        DMatrixSparseCSC h = new DMatrixSparseCSC(size, size, m * bs);
        int nz = 0;
        for (int c = 0; c < n; c++) {
            for (int b = 0; b < dim; b++) {
                h.col_idx[c * dim + b] = nz;
                for (int k = blockRowStart[c]; k < blockRowStart[c + 1]; k++) {
                    int r = blockRows[k];
                    for (int a = 0; a < dim; a++) {
                        h.nz_rows[nz] = r * dim + a;
                        h.nz_values[nz] = blockVals[k * bs + a * dim + b];
                        nz++;
                    }
                }
            }
        }
        h.col_idx[size] = nz;
        h.nz_length = nz;
        h.indicesSorted = true;
        return h;
    }
}
