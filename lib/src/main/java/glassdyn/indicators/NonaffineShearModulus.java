package glassdyn.indicators;

import glassdyn.elastic.Displacements;
import glassdyn.elastic.ShearModulus;

/**
 * Atomic non-affine shear modulus naf mu (paper 003 Eqs. B14-B17; Xu, Falk, Patinet &amp; Guan, arXiv:1905.12035):
 * {@code G_n = -(1/V) sum_m (Xi.Psi_m)^2 / lambda_m |Psi_m^n|^2} with {@code Xi = d^2U/dx dgamma} (spec 003 section
 * 2.11, ambiguity 17); {@code sum_n G_n} is minus the non-affine part of G. More negative = soft.
 */
public final class NonaffineShearModulus {
    private NonaffineShearModulus() {}

    public static double[] compute(HarmonicAnalysis h) {
        double[] xi = ShearModulus.affineForce(h.pairs, 0, 1);
        int n = h.n();
        double v = h.configuration.box.volume();
        double[] field = new double[n];
        for (int m = 0; m < h.modeCount(); m++) {
            double[] psi = h.modes.vectors()[m];
            double proj = Displacements.dot(xi, psi), w = -proj * proj / (h.modes.eigenvalues()[m] * v);
            for (int i = 0; i < n; i++) field[i] += w * (psi[2 * i] * psi[2 * i] + psi[2 * i + 1] * psi[2 * i + 1]);
        }
        return field;
    }
}
