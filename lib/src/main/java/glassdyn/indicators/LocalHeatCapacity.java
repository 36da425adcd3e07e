package glassdyn.indicators;

/**
 * Local (anharmonic) heat capacity c_alpha (paper 003 Eq. B12; Zylberg et al., Markovsky-type per-bond form): per
 * pair alpha, {@code c_alpha = -f_alpha . M^+ (U3:M^+)}, {@code f_alpha = d phi_alpha / dx}; per particle the sum of
 * |c_alpha| over its pairs (spec 003 section 2.9): {@code b = U3:M^+ = sum_k U3:Psi_k Psi_k / kappa_k}, solve
 * {@code M z = b}, {@code c_alpha = -u'(r) n.(z_j - z_i)}. Large = soft.
 */
public final class LocalHeatCapacity {
    private LocalHeatCapacity() {}

    /**
     * {@code z = M^+ (U3:M^+)} (translations removed), length 2N. Up to the factor {@code -T/2} it is also the mean
     * thermal displacement of the T -&gt; 0 limit (spec 003 section 2.12), used by {@link LocalThermalExpansion}.
     */
    public static double[] anharmonicShift(HarmonicAnalysis h) {
        int n = h.n();
        double[] b = new double[2 * n], w = new double[2 * n];
        for (int k = 0; k < h.modeCount(); k++) {
            double[] psi = h.modes.vectors()[k];
            h.contraction.contract(psi, w);
            double inv = 1 / h.modes.eigenvalues()[k];
            for (int a = 0; a < b.length; a++) b[a] += w[a] * inv;
        }
        glassdyn.elastic.Displacements.removeTranslation(b, 2);
        double[] z = new double[2 * n];
        h.solver.solve(b, z);
        glassdyn.elastic.Displacements.removeTranslation(z, 2);
        return z;
    }

    public static double[] compute(HarmonicAnalysis h) {
        int n = h.n();
        double[] z = anharmonicShift(h);
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
