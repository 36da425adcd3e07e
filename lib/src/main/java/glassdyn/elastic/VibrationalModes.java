package glassdyn.elastic;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The lowest vibrational modes of a Hessian (eigenvalues {@code omega^2} for unit masses) with the {@code dim}
 * translational zero modes removed. Large N: shift-invert Lanczos with full reorthogonalisation (Ericsson &amp; Ruhe,
 * Math. Comp. 35, 1251 (1980)) on the operator {@code M^+} applied by a factorised {@link HessianSolver} in the
 * translation-free subspace (the zero modes are deflated exactly, since every Lanczos vector is translation-free);
 * the largest eigenvalues of {@code M^+} are the inverses of the smallest nonzero ones of M. Small N: dense EJML
 * symmetric eigendecomposition.
 */
public final class VibrationalModes {
    /** Eigenvalues (ascending) and unit eigenvectors {@code vectors[k][dim N]}; {@code residuals[k] = |M v - lambda v|}. */
    public record Modes(double[] eigenvalues, double[][] vectors, double[] residuals) {}

    private VibrationalModes() {}

    /** The {@code k} lowest nonzero modes by shift-invert Lanczos ({@code seed} sets the start vector). */
    public static Modes lanczos(Hessian h, HessianSolver solver, int k, long seed) {
        int size = h.size(), dim = h.dim(), free = size - dim;
        if (k < 1 || k > free) throw new IllegalArgumentException("number of modes must be in 1.." + free + ", got " + k);
        int steps = Math.min(free, Math.max(10 * k, 100));
        double[][] v = new double[steps + 1][];
        double[] alpha = new double[steps], beta = new double[steps + 1];
        SplittableRandom rng = new SplittableRandom(seed);
        double[] q = new double[size];
        for (int a = 0; a < size; a++) q[a] = rng.nextDouble() - 0.5;
        Displacements.removeTranslation(q, dim);
        Displacements.normalize(q);
        v[0] = q;
        double[] w = new double[size];
        int m = 0;
        Ritz ritz = null;
        for (; m < steps; m++) {
            solver.solve(v[m], w);
            alpha[m] = Displacements.dot(w, v[m]);
            // full reorthogonalisation (twice, "twice is enough")
            for (int pass = 0; pass < 2; pass++)
                for (int t = 0; t <= m; t++) {
                    double c = Displacements.dot(w, v[t]);
                    for (int a = 0; a < size; a++) w[a] -= c * v[t][a];
                }
            Displacements.removeTranslation(w, dim);
            double b = Displacements.norm(w);
            beta[m + 1] = b;
            boolean exhausted = m + 1 == steps || b < 1e-14 * Math.abs(alpha[0]);
            if (exhausted || (m + 1 >= k && (m + 1) % 5 == 0)) {
                ritz = new Ritz(alpha, beta, m + 1);
                if (exhausted || ritz.converged(k, b)) { m++; break; }
            }
            v[m + 1] = new double[size];
            for (int a = 0; a < size; a++) v[m + 1][a] = w[a] / b;
        }
        m = ritz.m;
        int kk = Math.min(k, m);
        double[] lambda = new double[kk];
        double[][] vec = new double[kk][];
        for (int s = 0; s < kk; s++) {
            DMatrixRMaj y = ritz.vector(s);
            double[] x = new double[size];
            for (int a = 0; a < m; a++) {
                double c = y.get(a, 0);
                for (int b = 0; b < size; b++) x[b] += c * v[a][b];
            }
            Displacements.normalize(x);
            vec[s] = x;
            lambda[s] = h.quadraticForm(x);
        }
        return finish(h, lambda, vec);
    }

    /** Eigenpairs of the m x m Lanczos tridiagonal matrix, largest first. */
    private static final class Ritz {
        final int m;
        final EigenDecomposition_F64<DMatrixRMaj> eig;
        final Integer[] order;

        Ritz(double[] alpha, double[] beta, int m) {
            this.m = m;
            DMatrixRMaj t = new DMatrixRMaj(m, m);
            for (int a = 0; a < m; a++) {
                t.set(a, a, alpha[a]);
                if (a + 1 < m) { t.set(a, a + 1, beta[a + 1]); t.set(a + 1, a, beta[a + 1]); }
            }
            eig = DecompositionFactory_DDRM.eig(m, true, true);
            if (!eig.decompose(t)) throw new IllegalStateException("Lanczos tridiagonal eigendecomposition failed");
            order = new Integer[m];
            for (int a = 0; a < m; a++) order[a] = a;
            Arrays.sort(order, (x, y) -> Double.compare(eig.getEigenvalue(y).getReal(), eig.getEigenvalue(x).getReal()));
        }

        DMatrixRMaj vector(int s) { return eig.getEigenVector(order[s]); }

        /** The k largest Ritz pairs have relative residual estimates beta_m |y_m| / mu below {@link #RITZ_TOLERANCE}. */
        boolean converged(int k, double betaNext) {
            if (m < k) return false;
            for (int s = 0; s < k; s++) {
                double mu = eig.getEigenvalue(order[s]).getReal();
                if (!(betaNext * Math.abs(vector(s).get(m - 1, 0)) < RITZ_TOLERANCE * mu)) return false;
            }
            return true;
        }
    }

    /** Relative Ritz residual at which Lanczos stops (about the relative residual of M v = lambda v). */
    public static final double RITZ_TOLERANCE = 1e-11;

    /** The {@code k} lowest nonzero modes by dense diagonalisation (small N), skipping the {@code dim} translations. */
    public static Modes dense(Hessian h, int k) {
        int size = h.size(), dim = h.dim();
        DMatrixRMaj a = h.dense();
        // shift the translations far up so they are not among the lowest: M + s P_T, P_T the projector on translations
        double shift = 0;
        for (int c = 0; c < size; c++) shift = Math.max(shift, Math.abs(a.get(c, c)));
        shift = 10 * shift + 1;
        int n = h.n();
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int c = 0; c < dim; c++) a.add(i * dim + c, j * dim + c, shift / n);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(size, true, true);
        if (!eig.decompose(a)) throw new IllegalStateException("dense eigendecomposition failed");
        Integer[] order = new Integer[size];
        for (int b = 0; b < size; b++) order[b] = b;
        Arrays.sort(order, (x, y) -> Double.compare(eig.getEigenvalue(x).getReal(), eig.getEigenvalue(y).getReal()));
        int kk = Math.min(k, size - dim);
        double[] lambda = new double[kk];
        double[][] vec = new double[kk][];
        for (int s = 0; s < kk; s++) {
            double[] x = eig.getEigenVector(order[s]).data.clone();
            Displacements.normalize(x);
            vec[s] = x;
            lambda[s] = h.quadraticForm(x);
        }
        return finish(h, lambda, vec);
    }

    private static Modes finish(Hessian h, double[] lambda, double[][] vec) {
        Integer[] order = new Integer[lambda.length];
        for (int a = 0; a < order.length; a++) order[a] = a;
        Arrays.sort(order, (x, y) -> Double.compare(lambda[x], lambda[y]));
        double[] l = new double[lambda.length], res = new double[lambda.length];
        double[][] v = new double[lambda.length][];
        double[] mv = new double[h.size()];
        for (int s = 0; s < l.length; s++) {
            l[s] = lambda[order[s]];
            v[s] = vec[order[s]];
            h.multiply(v[s], mv);
            double r2 = 0;
            for (int a = 0; a < mv.length; a++) { double e = mv[a] - l[s] * v[s][a]; r2 += e * e; }
            res[s] = Math.sqrt(r2);
        }
        return new Modes(l, v, res);
    }

    /** Participation ratio {@code (sum_i |v_i|^2)^2 / (N sum_i |v_i|^4)}: 1 for a plane wave, ~1/N for one particle. */
    public static double participationRatio(double[] v, int dim) {
        int n = v.length / dim;
        double s2 = 0, s4 = 0;
        for (int i = 0; i < n; i++) {
            double q = 0;
            for (int a = 0; a < dim; a++) q += v[i * dim + a] * v[i * dim + a];
            s2 += q; s4 += q * q;
        }
        return s2 * s2 / (n * s4);
    }
}
