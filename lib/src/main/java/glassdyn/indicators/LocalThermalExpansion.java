package glassdyn.indicators;

import glassdyn.analysis.FalkLangerD2min;
import glassdyn.particles.Configuration;
import tech.tablesaw.api.Table;

/**
 * Local thermal expansion alpha (paper 003 Eqs. B18-B22; Shang, Rottler &amp; Barrat): the local volumetric strain of the
 * mean thermal displacement per unit temperature. Here in the T -&gt; 0 harmonic-plus-cubic limit of spec 003 section
 * 2.12 (ambiguity 19): {@code <dx>/T = -(1/2) M^+ (U3:M^+)}, and the strain is the Falk-Langer best-fit affine strain of
 * that displacement within {@link FalkLangerD2min#DEFAULT_CUTOFF} (in place of the paper's r_c = 5 coarse-graining):
 * {@code alpha(i) = eps_xx + eps_yy}. A control in the paper (no correlation expected); large = soft.
 */
public final class LocalThermalExpansion {
    private LocalThermalExpansion() {}

    public static double[] compute(HarmonicAnalysis h) {
        Configuration c = h.configuration;
        double[] z = LocalHeatCapacity.anharmonicShift(h);
        int n = c.n;
        double[] cx = c.x.clone(), cy = c.y.clone(), zz = new double[n];
        // a small multiple of the displacement keeps the fit linear; the field is linear in it
        double scale = 1e-3 / Math.max(1e-300, maxNorm(z));
        for (int i = 0; i < n; i++) { cx[i] -= 0.5 * scale * z[2 * i]; cy[i] -= 0.5 * scale * z[2 * i + 1]; }
        Table t = new FalkLangerD2min().compute(c.box, c.x, c.y, zz, c.box, cx, cy, zz, c.id, c.type);
        double[] exx = t.doubleColumn("eps_xx").asDoubleArray(), eyy = t.doubleColumn("eps_yy").asDoubleArray();
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = (exx[i] + eyy[i]) / scale;
        return a;
    }

    private static double maxNorm(double[] z) {
        double m = 0;
        for (int i = 0; i < z.length / 2; i++) m = Math.max(m, Math.hypot(z[2 * i], z[2 * i + 1]));
        return m;
    }
}
