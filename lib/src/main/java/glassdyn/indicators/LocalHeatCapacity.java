package glassdyn.indicators;

/**
 * Local (anharmonic) heat capacity c_alpha (paper 003 Eq. B12; Zylberg et al., Markovsky-type per-bond form): per
 * pair alpha, {@code c_alpha = -f_alpha . M^+ (U3:M^+)}, {@code f_alpha = d phi_alpha / dx}; per particle the sum of
 * |c_alpha| over its pairs (spec 003 section 2.9): {@code b = U3:M^+ = sum_k U3:Psi_k Psi_k / kappa_k}, solve
 * {@code M z = b}, {@code c_alpha = -u'(r) n.(z_j - z_i)}. Large = soft. {@code U3:M^+} is exact at every N: from the
 * dense spectrum, or (large N, when only the low modes are held) from the columns of {@code M^+} by 2N solves
 * ({@link PseudoInverseColumns}).
 */
public final class LocalHeatCapacity {
    private LocalHeatCapacity() {}

    /**
     * {@code z = M^+ (U3:M^+)} (translations removed), length 2N. Up to the factor {@code -T/2} it is also the mean
     * thermal displacement of the T -&gt; 0 limit (spec 003 section 2.12), used by {@link LocalThermalExpansion}.
     */
    public static double[] anharmonicShift(HarmonicAnalysis h) {
        return shift(h, h.complete ? contractionFromModes(h) : new PseudoInverseColumns(h).contractedWithU3());
    }

    /** As {@link #anharmonicShift} with {@code U3:M^+} summed over the modes the analysis holds (truncated at large N). */
    public static double[] anharmonicShiftFromModes(HarmonicAnalysis h) { return shift(h, contractionFromModes(h)); }

    private static double[] shift(HarmonicAnalysis h, double[] b) {
        glassdyn.elastic.Displacements.removeTranslation(b, 2);
        double[] z = new double[b.length];
        h.solver.solve(b, z);
        glassdyn.elastic.Displacements.removeTranslation(z, 2);
        return z;
    }

    /** {@code sum_k U3:Psi_k Psi_k / kappa_k} over the held modes. */
    private static double[] contractionFromModes(HarmonicAnalysis h) {
        int n = h.n();
        double[] b = new double[2 * n], w = new double[2 * n];
        for (int k = 0; k < h.modeCount(); k++) {
            double[] psi = h.modes.vectors()[k];
            h.contraction.contract(psi, w);
            double inv = 1 / h.modes.eigenvalues()[k];
            for (int a = 0; a < b.length; a++) b[a] += w[a] * inv;
        }
        return b;
    }

    /** c_alpha per particle: full spectrum (dense modes, or exact {@code U3:M^+} by 2N solves at large N). */
    public static double[] compute(HarmonicAnalysis h) { return perParticle(h, anharmonicShift(h)); }

    /** c_alpha from the truncated mode sum (the large-N fallback of earlier versions; for measuring its error). */
    public static double[] computeFromModes(HarmonicAnalysis h) { return perParticle(h, anharmonicShiftFromModes(h)); }

    private static double[] perParticle(HarmonicAnalysis h, double[] z) {
        int n = h.n();
        double[] field = new double[n];
        var p = h.pairs;
        for (int k = 0; k < p.count; k++) {
            int i = p.i[k], j = p.j[k];
            double r = p.r[k];
            double c = -p.du[k] * (p.rx[k] * (z[2 * j] - z[2 * i]) + p.ry[k] * (z[2 * j + 1] - z[2 * i + 1])) / r;
            field[i] += Math.abs(c); field[j] += Math.abs(c);
        }
        return field;
    }
}
