package glassdyn.indicators;

import glassdyn.elastic.Displacements;

/**
 * The columns of the Hessian's pseudo-inverse {@code M^+} one at a time, from the factorised solver of a
 * {@link HarmonicAnalysis}: column a is {@code M^+ P e_a} ({@code P} removes the uniform translations, and
 * {@code M^+ = M^+ P}), so that sums over the full spectrum that are entries of {@code M^+} or contractions with it are
 * exact without diagonalising: VIB's diagonal blocks (B13) and c_alpha's {@code U3:M^+} (B12). 2N solves in all, each
 * about the cost of a sparse triangular solve (used when N is too large for the dense spectrum).
 */
final class PseudoInverseColumns {
    private final HarmonicAnalysis h;
    private final double[] rhs, column;

    PseudoInverseColumns(HarmonicAnalysis h) {
        this.h = h;
        rhs = new double[2 * h.n()];
        column = new double[2 * h.n()];
    }

    /** Column {@code a} of {@code M^+} (a live buffer, overwritten by the next call). */
    double[] column(int a) {
        int n = h.n();
        for (int k = 0; k < rhs.length; k++) rhs[k] = (k & 1) == (a & 1) ? -1.0 / n : 0;
        rhs[a] += 1;
        h.solver.solve(rhs, column);
        Displacements.removeTranslation(column, 2);
        return column;
    }

    /** The 2x2 diagonal block traces {@code tr (M^+)_ii} for every particle: VIB (B13) over the full spectrum. */
    double[] diagonalTraces() {
        double[] t = new double[h.n()];
        for (int a = 0; a < 2 * h.n(); a++) t[a / 2] += column(a)[a];
        return t;
    }

    /**
     * {@code U3:M^+ = sum_a U3:(M^+ e_a) e_a}, the bilinear form of U3 with each column and its unit vector (only the
     * pairs of the unit vector's particle contribute): the full-spectrum sum {@code sum_k U3:Psi_k Psi_k / kappa_k}.
     */
    double[] contractedWithU3() {
        var p = h.pairs;
        int n = h.n();
        int[] start = new int[n + 1];
        for (int k = 0; k < p.count; k++) { start[p.i[k] + 1]++; start[p.j[k] + 1]++; }
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        int[] fill = start.clone(), pairOf = new int[2 * p.count];
        for (int k = 0; k < p.count; k++) { pairOf[fill[p.i[k]]++] = k; pairOf[fill[p.j[k]]++] = k; }
        double[] out = new double[2 * n];
        for (int a = 0; a < 2 * n; a++) {
            double[] u = column(a);
            int particle = a / 2;
            double ex = (a & 1) == 0 ? 1 : 0, ey = 1 - ex;
            for (int q = start[particle]; q < start[particle + 1]; q++) {
                int k = pairOf[q];
                double sign = p.j[k] == particle ? 1 : -1; // v_j - v_i for v = e_a
                h.contraction.pairTerm(k, u, sign * ex, sign * ey, out);
            }
        }
        return out;
    }
}
