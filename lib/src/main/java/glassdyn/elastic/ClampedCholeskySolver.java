package glassdyn.elastic;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Dense Cholesky solve of the Hessian of a clamped region ({@link InteractingPairs#clamped}): the fixed surroundings
 * remove the global translations, so the free particles' Hessian of a stable minimum is positive definite and is
 * factorised whole (no particle pinned, no translation removed, unlike {@link DenseCholeskySolver}). For the few
 * thousand degrees of freedom of one region; factorised once, reused for every right-hand side.
 */
public final class ClampedCholeskySolver implements HessianSolver {
    private final LinearSolverDense<DMatrixRMaj> solver;
    private final DMatrixRMaj rhs, sol;

    public ClampedCholeskySolver(Hessian h) {
        int size = h.size();
        solver = LinearSolverFactory_DDRM.chol(size);
        if (!solver.setA(h.dense()))
            throw new IllegalStateException("the clamped Hessian is not positive definite: the region is not at a stable minimum");
        rhs = new DMatrixRMaj(size, 1);
        sol = new DMatrixRMaj(size, 1);
    }

    @Override
    public void solve(double[] b, double[] x) {
        System.arraycopy(b, 0, rhs.data, 0, b.length);
        solver.solve(rhs, sol);
        System.arraycopy(sol.data, 0, x, 0, x.length);
    }

    @Override public String name() { return "clamped-dense-cholesky"; }
}
