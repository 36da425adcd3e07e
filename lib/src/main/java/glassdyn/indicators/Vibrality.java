package glassdyn.indicators;

/**
 * Vibrality psi (paper 003 Eq. B13; Tong &amp; Xu, PRE 90, 010401 (2014)): {@code psi(i) = sum_k |Psi_k^i|^2 / omega_k^2}
 * over all non-zero modes, the trace of particle i's 2x2 block of {@code M^+} (the T -&gt; 0 Debye-Waller factor);
 * large = soft. From the dense spectrum when the analysis holds every mode; otherwise (large N) exactly from the
 * diagonal of {@code M^+} by 2N solves ({@link PseudoInverseColumns}), not from the truncated mode sum.
 */
public final class Vibrality {
    private Vibrality() {}

    public static double[] compute(HarmonicAnalysis h) {
        return h.complete ? fromModes(h) : new PseudoInverseColumns(h).diagonalTraces();
    }

    /** The mode sum over the modes the analysis holds (all of them when {@code h.complete}, else the lowest only). */
    public static double[] fromModes(HarmonicAnalysis h) {
        int n = h.n();
        double[] field = new double[n];
        for (int k = 0; k < h.modeCount(); k++) {
            double[] psi = h.modes.vectors()[k];
            double inv = 1 / h.modes.eigenvalues()[k];
            for (int i = 0; i < n; i++) field[i] += (psi[2 * i] * psi[2 * i] + psi[2 * i + 1] * psi[2 * i + 1]) * inv;
        }
        return field;
    }
}
