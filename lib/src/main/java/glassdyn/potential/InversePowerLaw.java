package glassdyn.potential;

/**
 * The inverse-power-law (IPL) 50:50 binary mixture of paper 004 (Kapteijns et al. 2021, "Models" section:
 * "U(r) ~ r^-10", details in its Ref. 51, Lerner &amp; Bouchbinder, J. Chem. Phys. 148, 214502 (2018)), in 3D
 * ({@code ipl}) and 2D ({@code ipl-2d}, used only for paper 004 Figs. 1-2):
 * <pre>
 *   phi_ij(r) = epsilon [ (lambda_ij / r)^10 + sum_{l=0..3} c_2l (r / lambda_ij)^(2l) ]   for r / lambda_ij &lt; x_c
 * </pre>
 * with the four {@code c_2l} fixed so that phi and its first three derivatives vanish at {@code x_c} (solved here,
 * not hard-coded). Ref. 51 was not available to us: the exponent 10 is paper 004's; {@code x_c = 1.48},
 * {@code lambda_SS = 1}, {@code lambda_SL = 1.18}, {@code lambda_LL = 1.4}, epsilon = 1 and equal masses are the
 * values recalled in spec 004 section 1.5 ([EXT], unverified against Ref. 51; the 3D density 0.82 of paper 004
 * Table I is consistent with them). Units: epsilon, lambda_SS, mass. Types: 0 = small, 1 = large.
 */
public final class InversePowerLaw extends ScaledBinaryPotential {
    /** Exponent of the repulsion, paper 004 "Models": U ~ r^-10. */
    public static final int EXPONENT = 10;
    /** Dimensionless cutoff x_c = 1.48 (spec 004 section 1.5, recalled from Ref. 51, unverified). */
    public static final double XC = 1.48;
    /** Size parameters lambda_SS, lambda_SL, lambda_LL = 1, 1.18, 1.4 (spec 004 section 1.5, recalled, unverified). */
    public static final double LAMBDA_SS = 1.0, LAMBDA_SL = 1.18, LAMBDA_LL = 1.4;

    private final String name;

    public static final Potentials.Entry ENTRY = new Potentials.Entry("ipl",
        "Kapteijns et al. 2021 (paper 004), model of Lerner & Bouchbinder, JCP 148, 214502 (2018)",
        "50:50 binary r^-10 with c0..c6 smoothing (phi and 3 derivatives zero at x_c=1.48), lambda 1/1.18/1.4 "
            + "(types 1 small, 2 large; x_c and lambdas recalled, unverified), 3D", InversePowerLaw::threeD);
    public static final Potentials.Entry ENTRY_2D = new Potentials.Entry("ipl-2d",
        "Kapteijns et al. 2021 (paper 004) Figs. 1-2, 2D version of the IPL model",
        "the ipl pair potential used in 2D", InversePowerLaw::twoD);
    private final double c0, c2, c4, c6;

    private InversePowerLaw(String name) {
        super(LAMBDA_SS, LAMBDA_SL, LAMBDA_LL, XC);
        this.name = name;
        double[] c = smoothingCoefficients(XC);
        c0 = c[0]; c2 = c[1]; c4 = c[2]; c6 = c[3];
    }

    /** The 3D IPL of paper 004 (rho = 0.82, Table I). */
    public static InversePowerLaw threeD() { return new InversePowerLaw("ipl"); }

    /** The 2D IPL of paper 004 Figs. 1-2 (same pair potential; its density is not stated in paper 004). */
    public static InversePowerLaw twoD() { return new InversePowerLaw("ipl-2d"); }

    /**
     * {c0, c2, c4, c6} with f = f' = f'' = f''' = 0 at X = xc for f(X) = X^-10 + c0 + c2 X^2 + c4 X^4 + c6 X^6.
     */
    static double[] smoothingCoefficients(double xc) {
        double x = xc;
        // rows: d^k/dX^k of (1, X^2, X^4, X^6) at xc, right side: -d^k/dX^k X^-10
        double[][] a = {
            {1, x * x, Math.pow(x, 4), Math.pow(x, 6)},
            {0, 2 * x, 4 * Math.pow(x, 3), 6 * Math.pow(x, 5)},
            {0, 2, 12 * x * x, 30 * Math.pow(x, 4)},
            {0, 0, 24 * x, 120 * Math.pow(x, 3)}};
        double[] b = {-Math.pow(x, -10), 10 * Math.pow(x, -11), -110 * Math.pow(x, -12), 1320 * Math.pow(x, -13)};
        return SmallLinearSystem.solve(a, b);
    }

    public double[] coefficients() { return new double[] {c0, c2, c4, c6}; }

    @Override public String name() { return name; }

    @Override double f(double x2) {
        double i2 = 1 / x2;
        double i4 = i2 * i2;
        return i4 * i4 * i2 + c0 + x2 * (c2 + x2 * (c4 + x2 * c6));
    }

    @Override double fPrimeOverX(double x2) {
        double i2 = 1 / x2;
        double i4 = i2 * i2;
        return -10 * i4 * i4 * i4 + 2 * c2 + x2 * (4 * c4 + x2 * 6 * c6);
    }

    @Override double fSecond(double x2) {
        double i2 = 1 / x2;
        double i4 = i2 * i2;
        return 110 * i4 * i4 * i4 + 2 * c2 + x2 * (12 * c4 + x2 * 30 * c6);
    }
}
