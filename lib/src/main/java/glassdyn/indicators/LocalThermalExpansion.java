package glassdyn.indicators;

/**
 * Local thermal expansion alpha (paper 003 Eqs. B18-B22; Shang, Guan &amp; Barrat, J. Phys. Mater. 1, 015001):
 * {@code alpha(r) = eps_v(r) / Delta T} at constant density, with {@code eps_v = eps_xx + eps_yy} the coarse-grained
 * volumetric strain (B18-B19, kernel of {@link GoldhirschCoarseGraining}, r_c = 5 sigma) of the mean thermal displacement. The
 * paper reheats the inherent structure to {@code Delta T = 0.01 T_MCT} (NVT); at such a small Delta T the mean
 * displacement is its T -&gt; 0 limit, {@code <dx>/T = -(1/2) M^+ (U3:M^+)} (harmonic average of the cubic force,
 * spec 003 section 2.12, ambiguity 19), which is used here without sampling noise. A control in the paper (no
 * correlation expected, Fig. 3b); sign not stated: large = soft.
 */
public final class LocalThermalExpansion {
    private LocalThermalExpansion() {}

    public static double[] compute(HarmonicAnalysis h) {
        return compute(h, new GoldhirschCoarseGraining(GoldhirschCoarseGraining.R_C));
    }

    public static double[] compute(HarmonicAnalysis h, GoldhirschCoarseGraining cg) {
        double[] z = LocalHeatCapacity.anharmonicShift(h);
        for (int a = 0; a < z.length; a++) z[a] *= -0.5;
        double[][] e = cg.strain(h.configuration, z, 0, 0, 0, 0);
        double[] alpha = new double[h.n()];
        for (int i = 0; i < alpha.length; i++) alpha[i] = e[0][i] + e[1][i];
        return alpha;
    }
}
