package glassdyn.elastic;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.ComputePermutation;
import org.ejml.sparse.csc.decomposition.chol.CholeskyUpLooking_DSCC;
import org.ejml.sparse.csc.linsol.chol.LinearSolverCholesky_DSCC;

/**
 * Sparse Cholesky solve of the Hessian with particle 0 pinned (see {@link DenseCholeskySolver}), by EJML's
 * up-looking sparse Cholesky ({@link CholeskyUpLooking_DSCC}). EJML 0.46 offers no fill-reducing ordering of its own
 * ({@code FillReducing} has only NONE, RANDOM, IDENTITY), so the ordering is a {@link NestedDissection} of the
 * particle contact graph, passed to EJML as a {@link ComputePermutation}. Factorised once, reused for every
 * right-hand side.
 */
public final class SparseCholeskySolver implements HessianSolver {
    private final int dim, size;
    private final LinearSolverCholesky_DSCC solver;
    private final DMatrixRMaj rhs, sol;
    private final boolean ordered;
    private final long factorNonZeros;

    /** @param nestedDissection false for the natural order (to measure what the ordering buys) */
    public SparseCholeskySolver(Hessian h, boolean nestedDissection) {
        dim = h.dim();
        size = h.size() - dim;
        ordered = nestedDissection;
        DMatrixSparseCSC upper = h.pinnedUpper();
        ComputePermutation<DMatrixSparseCSC> perm = null;
        if (nestedDissection) {
            int[] order = NestedDissection.pinnedOrder(h);
            perm = new FixedPermutation(order);
        }
        CholeskyUpLooking_DSCC chol = new CholeskyUpLooking_DSCC();
        solver = new LinearSolverCholesky_DSCC(chol, perm);
        if (!solver.setA(upper))
            throw new IllegalStateException("the pinned Hessian is not positive definite: the configuration is not a"
                + " stable minimum or has extra zero modes (rattlers)");
        factorNonZeros = chol.getL().nz_length;
        rhs = new DMatrixRMaj(size, 1);
        sol = new DMatrixRMaj(size, 1);
    }

    /** Nonzeros of the Cholesky factor L (the fill). */
    public long factorNonZeros() { return factorNonZeros; }

    @Override
    public void solve(double[] b, double[] x) {
        System.arraycopy(b, dim, rhs.data, 0, size);
        solver.solve(rhs, sol);
        HessianSolver.unpin(sol.data, x, dim);
    }

    @Override public String name() { return ordered ? "sparse-cholesky-nd" : "sparse-cholesky-natural"; }

    /** A precomputed symmetric permutation handed to EJML. */
    private static final class FixedPermutation extends ComputePermutation<DMatrixSparseCSC> {
        private final int[] order;

        FixedPermutation(int[] order) {
            super(true, true);
            this.order = order;
        }

        @Override
        public void process(DMatrixSparseCSC m) {
            if (m.numCols != order.length) throw new IllegalArgumentException("permutation size mismatch");
            prow.reshape(order.length);
            pcol.reshape(order.length);
            System.arraycopy(order, 0, prow.data, 0, order.length);
            System.arraycopy(order, 0, pcol.data, 0, order.length);
        }
    }
}
