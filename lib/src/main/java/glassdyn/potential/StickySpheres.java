package glassdyn.potential;

/**
 * The sticky-spheres (SS) 50:50 binary mixture of paper 004 (Kapteijns et al. 2021, "Models": repulsive part
 * identical to Lennard-Jones, attractive part much stronger and cut at shorter range, its Ref. 68, Karmakar,
 * Lerner, Procaccia &amp; Zylberg, PRE 83, 046106 (2011); the "CSS" variant of its Ref. 69 with dimensionless
 * cutoff {@code x_c = 2^(1/6) * 1.2}, paper 004 "Models"):
 * <pre>
 *   phi(X) = 4 (X^-12 - X^-6)                                      X &lt;= x_min = 2^(1/6)
 *          = a X^-12 - b X^-6 + c0 + c2 X^2 + c4 X^4 + c6 X^6      x_min &lt; X &lt; x_c
 *          = 0                                                    X &gt;= x_c,     X = r / lambda_ij
 * </pre>
 * The six coefficients make phi, phi' and phi'' continuous at {@code x_min} and zero at {@code x_c} (solved here).
 * Refs. 68/69 were not available to us: this branch form and the sizes {@code lambda = 1, 1.18, 1.4} are a
 * reconstruction (spec 004 section 1.7, [EXT], unverified); only x_c and the LJ repulsive part are from paper 004.
 * Units: epsilon, lambda_SS, mass. Types: 0 = small, 1 = large.
 */
public final class StickySpheres extends ScaledBinaryPotential {
    /** x_min = 2^(1/6), the LJ minimum where the attractive branch starts (paper 004: "repulsive part identical to LJ"). */
    public static final double X_MIN = Math.pow(2, 1.0 / 6);
    /** x_c = 2^(1/6) x 1.2, paper 004 "Models" (CSS model of its Ref. 69). */
    public static final double XC = X_MIN * 1.2;

    private final double a, b, c0, c2, c4, c6;
    public static final Potentials.Entry ENTRY = new Potentials.Entry("sticky-spheres",
        "Kapteijns et al. 2021 (paper 004); Karmakar, Lerner, Procaccia & Zylberg, PRE 83, 046106 (2011)",
        "50:50 binary, LJ repulsion up to 2^(1/6) lambda, C2 attractive branch to x_c=2^(1/6)*1.2, lambda 1/1.18/1.4 "
            + "(branch form and lambdas reconstructed, unverified)", StickySpheres::new);
    private final double xmin2 = X_MIN * X_MIN;

    public StickySpheres() {
        super(InversePowerLaw.LAMBDA_SS, InversePowerLaw.LAMBDA_SL, InversePowerLaw.LAMBDA_LL, XC);
        double[] c = branchCoefficients(X_MIN, XC);
        a = c[0]; b = c[1]; c0 = c[2]; c2 = c[3]; c4 = c[4]; c6 = c[5];
    }

    /** {a, b, c0, c2, c4, c6}: C2 match to 4(X^-12 - X^-6) at xmin, value and two derivatives zero at xc. */
    static double[] branchCoefficients(double xmin, double xc) {
        double[][] m = new double[6][];
        double[] rhs = new double[6];
        double[] xs = {xmin, xc};
        for (int s = 0; s < 2; s++) {
            double x = xs[s];
            m[3 * s] = new double[] {Math.pow(x, -12), -Math.pow(x, -6), 1, x * x, Math.pow(x, 4), Math.pow(x, 6)};
            m[3 * s + 1] = new double[] {-12 * Math.pow(x, -13), 6 * Math.pow(x, -7), 0, 2 * x, 4 * Math.pow(x, 3), 6 * Math.pow(x, 5)};
            m[3 * s + 2] = new double[] {156 * Math.pow(x, -14), -42 * Math.pow(x, -8), 0, 2, 12 * x * x, 30 * Math.pow(x, 4)};
        }
        rhs[0] = 4 * (Math.pow(xmin, -12) - Math.pow(xmin, -6));
        rhs[1] = 4 * (-12 * Math.pow(xmin, -13) + 6 * Math.pow(xmin, -7));
        rhs[2] = 4 * (156 * Math.pow(xmin, -14) - 42 * Math.pow(xmin, -8));
        return SmallLinearSystem.solve(m, rhs);
    }

    @Override public String name() { return "sticky-spheres"; }

    @Override double f(double x2) {
        double i2 = 1 / x2, i6 = i2 * i2 * i2;
        if (x2 <= xmin2) return 4 * i6 * (i6 - 1);
        return i6 * (a * i6 - b) + c0 + x2 * (c2 + x2 * (c4 + x2 * c6));
    }

    @Override double fPrimeOverX(double x2) {
        double i2 = 1 / x2, i6 = i2 * i2 * i2, i8 = i6 * i2;
        if (x2 <= xmin2) return 4 * i8 * (-12 * i6 + 6);
        return i8 * (-12 * a * i6 + 6 * b) + 2 * c2 + x2 * (4 * c4 + x2 * 6 * c6);
    }

    @Override double fSecond(double x2) {
        double i2 = 1 / x2, i6 = i2 * i2 * i2, i8 = i6 * i2;
        if (x2 <= xmin2) return 4 * i8 * (156 * i6 - 42);
        return i8 * (156 * a * i6 - 42 * b) + 2 * c2 + x2 * (12 * c4 + x2 * 30 * c6);
    }
}
