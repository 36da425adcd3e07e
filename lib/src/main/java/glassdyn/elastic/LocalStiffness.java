package glassdyn.elastic;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The dipole stiffness of every interacting pair of one inherent structure at once, and the local stiffness
 * {@code kappa_i} (paper 004 section "Local analysis", spec 004 section 2.9 step 4: the arithmetic mean of
 * {@code kappa_ij} over all interacting pairs containing i), by the dense explicit-inverse route of spec 004
 * section 5b.4: with particle 0 pinned, {@code A = M_p^-1} is formed once (about (dN)^3 flops); the response to the
 * dipole of pair ij is then {@code z = (A[:, j] - A[:, i]) n / sqrt 2}, shifted to be translation-free (exact, spec
 * 004 section 2.5 (b)), and {@code kappa_ij = (d . z)/(z . z)} (Eq. A4) in O(dN) per pair. For small N only (the
 * inverse holds (dN)^2 doubles); {@link DipoleStiffness} with any {@link HessianSolver} gives the same values one pair
 * at a time.
 */
public final class LocalStiffness {
    /** Largest degrees of freedom accepted: the inverse takes 8 (dN)^2 bytes (72 MB at 3000). */
    public static final int MAX_DOF = 6000;

    private final double[] pairKappa, particleKappa;

    private LocalStiffness(double[] pairKappa, double[] particleKappa) {
        this.pairKappa = pairKappa;
        this.particleKappa = particleKappa;
    }

    /** kappa of every pair of {@code pairs} and the per-particle means, for the Hessian of the same pairs. */
    public static LocalStiffness of(InteractingPairs pairs, Hessian h) {
        int dim = h.dim(), size = h.size(), m = size - dim;
        if (size > MAX_DOF) throw new IllegalArgumentException("LocalStiffness is dense: " + size + " degrees of freedom > " + MAX_DOF);
        DMatrixRMaj pinned = DenseCholeskySolver.pinnedDense(h);
        DMatrixRMaj inv = new DMatrixRMaj(m, m);
        if (!CommonOps_DDRM.invertSPD(pinned, inv))
            throw new IllegalStateException("the pinned Hessian is not positive definite (not a stable minimum, or rattlers)");
        double[] a = inv.data;
        double[] z = new double[size];
        double[] kp = new double[pairs.count];
        double s2 = 1 / Math.sqrt(2);
        double[] nv = new double[3];
        for (int p = 0; p < pairs.count; p++) {
            int i = pairs.i[p], j = pairs.j[p];
            for (int c = 0; c < dim; c++) nv[c] = pairs.component(p, c) / pairs.r[p] * s2;
            java.util.Arrays.fill(z, 0, dim, 0);
            // row r of the pinned inverse (symmetric, so row = column): z_r = sum_c (A[r, j c] - A[r, i c]) n_c / sqrt 2
            for (int r = 0; r < m; r++) {
                int row = r * m;
                double v = 0;
                for (int c = 0; c < dim; c++) {
                    int cj = j * dim + c - dim, ci = i * dim + c - dim;
                    if (cj >= 0) v += a[row + cj] * nv[c];
                    if (ci >= 0) v -= a[row + ci] * nv[c];
                }
                z[r + dim] = v;
            }
            Displacements.removeTranslation(z, dim);
            double dz = 0;
            for (int c = 0; c < dim; c++) dz += (z[j * dim + c] - z[i * dim + c]) * nv[c];
            kp[p] = dz / Displacements.dot(z, z);
        }
        return new LocalStiffness(kp, particleMeans(pairs, kp));
    }

    /**
     * The same by one solve per pair with {@code solver} (any {@link HessianSolver}), for systems too large for the
     * dense inverse: {@link HessianSolver#forSolves} with {@code pairs.count} solves picks the factorisation.
     */
    public static LocalStiffness ofEachPair(InteractingPairs pairs, HessianSolver solver) {
        DipoleStiffness ds = new DipoleStiffness(pairs, solver);
        double[] kp = new double[pairs.count];
        for (int p = 0; p < pairs.count; p++) kp[p] = ds.kappa(p);
        return new LocalStiffness(kp, particleMeans(pairs, kp));
    }

    /** Dense inverse when it fits ({@link #MAX_DOF}), one solve per pair otherwise. */
    public static LocalStiffness compute(InteractingPairs pairs, Hessian h) {
        return h.size() <= MAX_DOF ? of(pairs, h) : ofEachPair(pairs, HessianSolver.forSolves(h, pairs.count));
    }

    private static double[] particleMeans(InteractingPairs pairs, double[] kp) {
        double[] sum = new double[pairs.n];
        int[] cnt = new int[pairs.n];
        for (int p = 0; p < pairs.count; p++) { sum[pairs.i[p]] += kp[p]; sum[pairs.j[p]] += kp[p]; cnt[pairs.i[p]]++; cnt[pairs.j[p]]++; }
        double[] ki = new double[pairs.n];
        for (int i = 0; i < pairs.n; i++) ki[i] = cnt[i] > 0 ? sum[i] / cnt[i] : Double.NaN;
        return ki;
    }

    /** kappa_ij for every pair, in the order of the {@link InteractingPairs}. */
    public double[] pairs() { return pairKappa; }

    /** kappa_i, the mean of kappa_ij over the pairs containing particle i (NaN for a particle without pairs). */
    public double[] particles() { return particleKappa; }
}
