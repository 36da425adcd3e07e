package glassdyn.indicators;

/**
 * Soft-mode field M (paper 003 Eq. B10; Gartner &amp; Lerner, SciPost Phys. 1, 016 (2016); Zylberg et al.):
 * {@code M(i) = sum_{k=1..n_k} |U3:Psi_k Psi_k|_i^2 / omega_k^2} over the n_k lowest non-zero modes; large = soft.
 * The paper uses n_k = 512 for N = 10^4; at other N the same fraction n_k / 2N = 2.56 % (spec 003 section 2.7).
 */
public final class SoftModeField {
    /** n_k / (2N) = 512 / 20000 (paper 003 B10 with N = 10^4). */
    public static final double MODE_FRACTION = 512.0 / 20000;

    private SoftModeField() {}

    /** The paper's n_k scaled to N particles (at least 4). */
    public static int modeCount(int n) { return Math.max(4, (int) Math.round(MODE_FRACTION * 2 * n)); }

    public static double[] compute(HarmonicAnalysis h, int nk) {
        int n = h.n(), m = Math.min(nk, h.modeCount());
        double[] field = new double[n], w = new double[2 * n];
        for (int k = 0; k < m; k++) {
            double[] psi = h.modes.vectors()[k];
            h.contraction.contract(psi, w);
            double inv = 1 / h.modes.eigenvalues()[k];
            for (int i = 0; i < n; i++) field[i] += (w[2 * i] * w[2 * i] + w[2 * i + 1] * w[2 * i + 1]) * inv;
        }
        return field;
    }
}
