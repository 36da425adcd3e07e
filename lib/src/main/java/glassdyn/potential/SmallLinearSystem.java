package glassdyn.potential;

/**
 * Dense Gaussian elimination with partial pivoting for the few-unknown systems that fix the smoothing
 * coefficients of a potential at construction time (never in a force loop).
 */
final class SmallLinearSystem {
    private SmallLinearSystem() {}

    /** Solves {@code a x = b}; {@code a} and {@code b} are not modified. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
            if (m[p][c] == 0) throw new IllegalArgumentException("singular smoothing system");
            double[] t = m[c]; m[c] = m[p]; m[p] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) s -= m[r][k] * x[k];
            x[r] = s / m[r][r];
        }
        return x;
    }
}
