package glassdyn.elastic;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Dense Cholesky solve of the Hessian with particle 0 pinned (its {@code dim} rows and columns removed, which makes a
 * stable configuration's Hessian positive definite), by EJML's blocked Cholesky; the solution is shifted to be
 * translation-free (exact: the pinned and the pseudo-inverse solutions differ by a global translation, spec 004
 * section 2.5 (b)). For small N; the factorisation is done once and reused for every right-hand side.
 */
public final class DenseCholeskySolver implements HessianSolver {
    private final int dim, size;
    private final LinearSolverDense<DMatrixRMaj> solver;
    private final DMatrixRMaj rhs, sol;

    public DenseCholeskySolver(Hessian h) {
        dim = h.dim();
        size = h.size() - dim;
        DMatrixRMaj pinned = pinnedDense(h);
        solver = LinearSolverFactory_DDRM.chol(size);
        if (!solver.setA(pinned))
            throw new IllegalStateException("the pinned Hessian is not positive definite: the configuration is not a"
                + " stable minimum or has extra zero modes (rattlers)");
        rhs = new DMatrixRMaj(size, 1);
        sol = new DMatrixRMaj(size, 1);
    }

    /** The dense Hessian with particle 0's {@code dim} rows and columns removed. */
    static DMatrixRMaj pinnedDense(Hessian h) {
        int dim = h.dim(), size = h.size() - dim;
        DMatrixRMaj full = h.dense();
        DMatrixRMaj pinned = new DMatrixRMaj(size, size);
        for (int r = 0; r < size; r++)
            System.arraycopy(full.data, (r + dim) * h.size() + dim, pinned.data, r * size, size);
        return pinned;
    }

    @Override
    public void solve(double[] b, double[] x) {
        System.arraycopy(b, dim, rhs.data, 0, size);
        solver.solve(rhs, sol);
        HessianSolver.unpin(sol.data, x, dim);
    }

    @Override public String name() { return "dense-cholesky"; }
}
