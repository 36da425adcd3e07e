package glassdyn.indicators;

import glassdyn.elastic.Displacements;
import glassdyn.elastic.ShearModulus;

/**
 * Non-affine velocity indicator (paper 003 Eq. B23): solve {@code M xdot = -Xi} ({@code Xi = d^2U/dx dgamma}, the
 * translations projected out) and take the per-particle norm {@code |U3:xdot xdot|_i} (spec 003 section 2.13);
 * large = soft.
 */
public final class NonaffineVelocity {
    private NonaffineVelocity() {}

    /** The non-affine velocity {@code dx/dgamma} itself (length 2N). */
    public static double[] velocity(HarmonicAnalysis h) {
        double[] xi = ShearModulus.affineForce(h.pairs, 0, 1);
        for (int a = 0; a < xi.length; a++) xi[a] = -xi[a];
        Displacements.removeTranslation(xi, 2);
        double[] v = new double[xi.length];
        h.solver.solve(xi, v);
        return v;
    }

    public static double[] compute(HarmonicAnalysis h) {
        double[] v = velocity(h), w = new double[v.length];
        h.contraction.contract(v, w);
        double[] s = ThirdOrderContraction.squaredNorms(w);
        for (int i = 0; i < s.length; i++) s[i] = Math.sqrt(s[i]);
        return s;
    }
}
