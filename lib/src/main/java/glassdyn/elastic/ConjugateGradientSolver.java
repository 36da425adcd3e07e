package glassdyn.elastic;

import org.ejml.data.DMatrixSparseCSC;

/**
 * Preconditioned conjugate gradients for {@code M x = b} in the translation-free subspace (paper 004 Appendix A:
 * "Equations of the form x = M^-1 y are solved with the Conjugate Gradient Method", its Ref. 109, Barrett et al.,
 * "Templates for the Solution of Linear Systems", 1994, Fig. 2.5). The preconditioner is block Jacobi (the inverse
 * of each particle's {@code dim x dim} diagonal block), followed by removal of the translation so that every search
 * direction stays orthogonal to the zero modes (spec 004 section 2.5 (a)). Memory and work per iteration are linear
 * in N, so this is the solver for large systems.
 */
public final class ConjugateGradientSolver implements HessianSolver {
    /** Relative residual |M x - b| / |b| at which CG stops: spec 004 A7 asks for 1e-10; we go two decades further. */
    public static final double DEFAULT_TOLERANCE = 1e-12;

    private final Hessian h;
    private final int dim, size;
    private final double tolerance;
    private final int maxIterations;
    private final double[] blockInverse;
    private final double[] r, z, p, q;
    private int lastIterations;
    private double lastResidual;

    public ConjugateGradientSolver(Hessian h, double tolerance) {
        if (!(tolerance > 0)) throw new IllegalArgumentException("CG tolerance must be positive, got " + tolerance);
        this.h = h;
        dim = h.dim();
        size = h.size();
        this.tolerance = tolerance;
        maxIterations = Math.max(1000, 10 * size);
        blockInverse = invertDiagonalBlocks(h);
        r = new double[size]; z = new double[size]; p = new double[size]; q = new double[size];
    }

    /** Iterations of the last solve. */
    public int lastIterations() { return lastIterations; }
    /** Relative residual reached by the last solve. */
    public double lastResidual() { return lastResidual; }

    @Override
    public void solve(double[] b, double[] x) {
        double bnorm = Displacements.norm(b);
        java.util.Arrays.fill(x, 0);
        if (bnorm == 0) { lastIterations = 0; lastResidual = 0; return; }
        System.arraycopy(b, 0, r, 0, size);
        Displacements.removeTranslation(r, dim);
        precondition(r, z);
        System.arraycopy(z, 0, p, 0, size);
        double rz = Displacements.dot(r, z);
        int it = 0;
        double res = 1;
        while (it < maxIterations) {
            h.multiply(p, q);
            double curvature = Displacements.dot(p, q);
            if (!(curvature > 0))
                throw new IllegalStateException("CG met a direction of non-positive curvature (" + curvature
                    + "): the Hessian is not positive definite on the translation-free space (not a stable minimum)");
            double alpha = rz / curvature;
            for (int k = 0; k < size; k++) { x[k] += alpha * p[k]; r[k] -= alpha * q[k]; }
            it++;
            res = Displacements.norm(r) / bnorm;
            if (res < tolerance) break;
            precondition(r, z);
            double rzNew = Displacements.dot(r, z);
            double beta = rzNew / rz;
            rz = rzNew;
            for (int k = 0; k < size; k++) p[k] = z[k] + beta * p[k];
        }
        Displacements.removeTranslation(x, dim);
        lastIterations = it;
        lastResidual = res;
        if (!(res < tolerance))
            throw new IllegalStateException("CG did not converge in " + it + " iterations (relative residual " + res
                + "): the Hessian may have extra zero modes (rattlers) or negative curvature");
    }

    /** z = P B^-1 r with B the block diagonal and P the projection out of translations. */
    private void precondition(double[] rr, double[] zz) {
        int n = size / dim, bs = dim * dim;
        for (int i = 0; i < n; i++) {
            int o = i * dim, bo = i * bs;
            for (int a = 0; a < dim; a++) {
                double s = 0;
                for (int c = 0; c < dim; c++) s += blockInverse[bo + a * dim + c] * rr[o + c];
                zz[o + a] = s;
            }
        }
        Displacements.removeTranslation(zz, dim);
    }

    private static double[] invertDiagonalBlocks(Hessian h) {
        int n = h.n(), dim = h.dim(), bs = dim * dim;
        DMatrixSparseCSC m = h.matrix();
        double[] inv = new double[n * bs];
        double[] blk = new double[bs];
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < dim; b++) {
                int c = i * dim + b;
                for (int k = m.col_idx[c]; k < m.col_idx[c + 1]; k++) {
                    int rr = m.nz_rows[k];
                    if (rr / dim == i) blk[(rr - i * dim) * dim + b] = m.nz_values[k];
                }
            }
            invertSymmetric(blk, dim, inv, i * bs);
        }
        return inv;
    }

    private static void invertSymmetric(double[] a, int dim, double[] out, int o) {
        if (dim == 2) {
            double det = a[0] * a[3] - a[1] * a[2];
            if (!(det > 0)) { identity(out, o, dim); return; }
            out[o] = a[3] / det; out[o + 1] = -a[1] / det; out[o + 2] = -a[2] / det; out[o + 3] = a[0] / det;
            return;
        }
        double c00 = a[4] * a[8] - a[5] * a[7], c01 = a[5] * a[6] - a[3] * a[8], c02 = a[3] * a[7] - a[4] * a[6];
        double det = a[0] * c00 + a[1] * c01 + a[2] * c02;
        // a particle with no stiff contact (a rattler) gets the identity: CG then reports the singular system
        if (!(det > 0)) { identity(out, o, dim); return; }
        out[o] = c00 / det;
        out[o + 1] = (a[2] * a[7] - a[1] * a[8]) / det;
        out[o + 2] = (a[1] * a[5] - a[2] * a[4]) / det;
        out[o + 3] = c01 / det;
        out[o + 4] = (a[0] * a[8] - a[2] * a[6]) / det;
        out[o + 5] = (a[2] * a[3] - a[0] * a[5]) / det;
        out[o + 6] = c02 / det;
        out[o + 7] = (a[1] * a[6] - a[0] * a[7]) / det;
        out[o + 8] = (a[0] * a[4] - a[1] * a[3]) / det;
    }

    private static void identity(double[] out, int o, int dim) {
        for (int a = 0; a < dim; a++) for (int b = 0; b < dim; b++) out[o + a * dim + b] = a == b ? 1 : 0;
    }

    @Override public String name() { return "cg-block-jacobi"; }
}
