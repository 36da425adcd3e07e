package glassdyn.elastic;

import glassdyn.io.AtomicFiles;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;

import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * The Hessian {@code M = d^2 U / dx dx} of a configuration (paper 004 Appendix A, "M"; spec 004 section 2.3), a
 * symmetric {@code dim N x dim N} sparse matrix, coordinates ordered particle by particle
 * ({@code x_0, y_0, [z_0,] x_1, ...}). For a pair potential, with {@code n = r_ij / r}:
 * <pre>
 *   K_ij = u''(r) n n + (u'(r) / r) (I - n n),   M_ij = -K_ij (i != j),   M_ii = sum_j K_ij.
 * </pre>
 * Periodic images (a tilted, Lees-Edwards box included) enter through the separations of {@link InteractingPairs}.
 * The {@code dim} global translations are exact zero modes; an inherent structure's Hessian is positive
 * semi-definite. Many-body models add their blocks through {@link HessianAssembly#addBlock}.
 */
public final class Hessian {
    private final int n, dim;
    private final DMatrixSparseCSC matrix;

    public Hessian(int n, int dim, DMatrixSparseCSC matrix) {
        if (matrix.numRows != n * dim || matrix.numCols != n * dim)
            throw new IllegalArgumentException("Hessian must be " + n * dim + " square, got " + matrix.numRows + "x" + matrix.numCols);
        this.n = n; this.dim = dim; this.matrix = matrix;
    }

    /** The Hessian of a pair potential at configuration {@code c}. */
    public static Hessian of(Configuration c, PairPotential p) {
        return of(InteractingPairs.of(c, p));
    }

    /** The Hessian from precomputed interacting pairs. */
    public static Hessian of(InteractingPairs pairs) {
        HessianAssembly a = new HessianAssembly(pairs.n, pairs.dim);
        addPairs(a, pairs);
        return new Hessian(pairs.n, pairs.dim, a.build());
    }

    /**
     * Adds the pair blocks {@code K_ij} of every interacting pair to an assembly; a pair with a fixed partner
     * ({@code j = -1}, {@link InteractingPairs#clamped}) adds {@code K_ij} to the free particle's diagonal block only.
     */
    public static void addPairs(HessianAssembly a, InteractingPairs pairs) {
        int dim = pairs.dim;
        double[] k = new double[dim * dim];
        double[] nv = new double[3];
        for (int p = 0; p < pairs.count; p++) {
            double r = pairs.r[p], inv = 1 / r;
            nv[0] = pairs.rx[p] * inv; nv[1] = pairs.ry[p] * inv; nv[2] = pairs.rz[p] * inv;
            double t = pairs.du[p] * inv, cpp = pairs.d2u[p] - t;
            for (int x = 0; x < dim; x++)
                for (int y = 0; y < dim; y++) k[x * dim + y] = cpp * nv[x] * nv[y] + (x == y ? t : 0);
            if (pairs.j[p] < 0) a.addBlock(pairs.i[p], pairs.i[p], k);
            else a.addPair(pairs.i[p], pairs.j[p], k);
        }
    }

    public int n() { return n; }
    public int dim() { return dim; }
    /** Number of degrees of freedom, {@code dim N}. */
    public int size() { return n * dim; }
    /** The matrix (both triangles); do not modify. */
    public DMatrixSparseCSC matrix() { return matrix; }
    /** Stored nonzeros. */
    public int nonZeros() { return matrix.nz_length; }

    /** {@code y = M x}; parallel over columns (each output entry is one column's dot product, so any thread count gives the same result). */
    public void multiply(double[] x, double[] y) {
        int size = size();
        int chunks = Math.min(size, 4 * Runtime.getRuntime().availableProcessors());
        if (size < 20000) { multiplyRange(x, y, 0, size); return; }
        IntStream.range(0, chunks).parallel().forEach(t ->
            multiplyRange(x, y, (int) ((long) size * t / chunks), (int) ((long) size * (t + 1) / chunks)));
    }

    private void multiplyRange(double[] x, double[] y, int c0, int c1) {
        int[] ci = matrix.col_idx, rows = matrix.nz_rows;
        double[] v = matrix.nz_values;
        for (int c = c0; c < c1; c++) {
            double s = 0;
            for (int k = ci[c]; k < ci[c + 1]; k++) s += v[k] * x[rows[k]];
            y[c] = s;
        }
    }

    /** {@code x . M x}. */
    public double quadraticForm(double[] x) {
        double[] y = new double[size()];
        multiply(x, y);
        return Displacements.dot(x, y);
    }

    /**
     * The upper triangle of the matrix with the {@code dim} coordinates of particle 0 removed ("pinned"): symmetric
     * positive definite for a mechanically stable configuration, the input of the Cholesky solvers.
     */
    public DMatrixSparseCSC pinnedUpper() {
        int size = size() - dim;
        int[] ci = matrix.col_idx, rows = matrix.nz_rows;
        double[] v = matrix.nz_values;
        int nz = 0;
        for (int c = dim; c < size(); c++)
            for (int k = ci[c]; k < ci[c + 1]; k++) if (rows[k] >= dim && rows[k] <= c) nz++;
        DMatrixSparseCSC u = new DMatrixSparseCSC(size, size, nz);
        int m = 0;
        for (int c = dim; c < size(); c++) {
            u.col_idx[c - dim] = m;
            for (int k = ci[c]; k < ci[c + 1]; k++) {
                int r = rows[k];
                if (r >= dim && r <= c) { u.nz_rows[m] = r - dim; u.nz_values[m] = v[k]; m++; }
            }
        }
        u.col_idx[size] = m;
        u.nz_length = m;
        u.indicesSorted = true;
        return u;
    }

    /** The full matrix as a dense matrix (small N only). */
    public DMatrixRMaj dense() {
        int size = size();
        if ((long) size * size > 200_000_000L) throw new IllegalStateException("Hessian too large for a dense matrix: " + size);
        DMatrixRMaj d = new DMatrixRMaj(size, size);
        int[] ci = matrix.col_idx, rows = matrix.nz_rows;
        for (int c = 0; c < size; c++)
            for (int k = ci[c]; k < ci[c + 1]; k++) d.unsafe_set(rows[k], c, matrix.nz_values[k]);
        return d;
    }

    /**
     * Writes the pinned matrix (particle 0 removed) in Matrix Market coordinate format, symmetric, lower triangle
     * (the format's convention), atomically.
     */
    public void writePinnedMatrixMarket(Path file) {
        DMatrixSparseCSC u = pinnedUpper();
        AtomicFiles.write(file, out -> {
            var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.US_ASCII), 1 << 16);
            w.write("%%MatrixMarket matrix coordinate real symmetric\n");
            w.write(u.numRows + " " + u.numCols + " " + u.nz_length + "\n");
            // the upper-triangle entry (r, c), r <= c, is the lower-triangle entry (c, r)
            for (int c = 0; c < u.numCols; c++)
                for (int k = u.col_idx[c]; k < u.col_idx[c + 1]; k++)
                    w.write((c + 1) + " " + (u.nz_rows[k] + 1) + " " + Double.toString(u.nz_values[k]) + "\n");
            w.flush();
        });
    }
}
