package glassdyn.potential;

/**
 * The 2D binary Lennard-Jones glass of paper 003 (Richard et al. 2020, Appendix A.1.a): 6-12 LJ with
 * {@code sigma_SS = 2 sin(pi/10)}, {@code sigma_LL = 2 sin(pi/5)}, {@code sigma_SL = 1}, {@code epsilon_SS =
 * epsilon_LL = 0.5}, {@code epsilon_SL = 1}, masses 1, "slightly modified to be twice continuously differentiable
 * ... by replacing the Lennard-Jones expression for interatomic distances greater than R_in = 2 sigma by a smooth
 * quartic function vanishing at a cutoff distance R_cut = 2.5 sigma" (its Ref. 47, Barbot et al. PRE 97, 033001
 * (2018), not available to us).
 *
 * <p>The quartic's coefficients are not stated. A quartic cannot be C2 at both R_in and R_cut and vanish at R_cut
 * with LJ untouched below R_in (six conditions, five coefficients); we use the construction of LAMMPS
 * {@code pair_style lj/smooth} (the code of the Ref. 47 group), which meets the paper's claims: the force
 * {@code -V'} is a cubic in {@code t = r - R_in} matching LJ's force and its slope at R_in and reaching zero with
 * zero slope at R_cut, and the whole potential is shifted by a constant so that it vanishes at R_cut
 * ({@code pair_modify shift yes}). V is then C2 everywhere. Units: sigma_SL, epsilon_SL, mass; types: 0 = S, 1 = L.
 */
public final class SmoothedLennardJones2D implements PairPotential {
    /** sigma_SS, sigma_SL, sigma_LL, paper 003 Appendix A.1.a. */
    public static final double SIGMA_SS = 2 * Math.sin(Math.PI / 10), SIGMA_SL = 1, SIGMA_LL = 2 * Math.sin(Math.PI / 5);
    /** epsilon_SS, epsilon_SL, epsilon_LL, paper 003 Appendix A.1.a. */
    public static final double EPSILON_SS = 0.5, EPSILON_SL = 1, EPSILON_LL = 0.5;
    /** R_in = 2 sigma and R_cut = 2.5 sigma, paper 003 Appendix A.1.a. */
    public static final double R_IN = 2.0, R_CUT = 2.5;

    public static final Potentials.Entry ENTRY = new Potentials.Entry("lj-smooth-2d",
        "Richard et al. 2020 (paper 003) Appendix A.1.a",
        "2D binary LJ, types 1 (S) and 2 (L): sigma_SS=2sin(pi/10) sigma_LL=2sin(pi/5) sigma_SL=1, eps_SS=eps_LL=0.5 "
            + "eps_SL=1, quartic (lj/smooth) between 2 sigma and 2.5 sigma, C2, zero at the cutoff",
        SmoothedLennardJones2D::new);

    private final double[] eps4 = new double[4], sig2 = new double[4], rin2 = new double[4], cut2 = new double[4];
    private final double[] rin = new double[4], e0 = new double[4], f0 = new double[4], f1 = new double[4],
        f2 = new double[4], f3 = new double[4], offset = new double[4];

    public SmoothedLennardJones2D() {
        double[] e = {EPSILON_SS, EPSILON_SL, EPSILON_SL, EPSILON_LL};
        double[] s = {SIGMA_SS, SIGMA_SL, SIGMA_SL, SIGMA_LL};
        for (int p = 0; p < 4; p++) {
            eps4[p] = 4 * e[p];
            sig2[p] = s[p] * s[p];
            rin[p] = R_IN * s[p];
            rin2[p] = rin[p] * rin[p];
            cut2[p] = R_CUT * R_CUT * sig2[p];
            double T = (R_CUT - R_IN) * s[p];
            double i6 = Math.pow(s[p] / rin[p], 6);
            e0[p] = eps4[p] * i6 * (i6 - 1);                          // V_LJ(R_in)
            f0[p] = eps4[p] * i6 * (12 * i6 - 6) / rin[p];            // F = -V' at R_in
            f1[p] = -eps4[p] * i6 * (156 * i6 - 42) / rin2[p];        // F' = -V'' at R_in
            // F(t) = f0 + f1 t + f2 t^2 + f3 t^3 with F(T) = F'(T) = 0
            f2[p] = -(3 * f0[p] + 2 * f1[p] * T) / (T * T);
            f3[p] = (2 * f0[p] + f1[p] * T) / (T * T * T);
            offset[p] = smoothBranch(p, T);
        }
    }

    /** Unshifted energy on the smoothed branch: V_LJ(R_in) - integral_0^t F. */
    private double smoothBranch(int p, double t) {
        return e0[p] - t * (f0[p] + t * (f1[p] / 2 + t * (f2[p] / 3 + t * f3[p] / 4)));
    }

    @Override public String name() { return "lj-smooth-2d"; }
    @Override public double cutoff2(int ti, int tj, double si, double sj) { return cut2[2 * ti + tj]; }
    @Override public double maxCutoff(double maxSize) { return R_CUT * SIGMA_LL; }

    @Override public double energy(double r2, int ti, int tj, double si, double sj) {
        int p = 2 * ti + tj;
        if (r2 < rin2[p]) {
            double i2 = sig2[p] / r2, i6 = i2 * i2 * i2;
            return eps4[p] * i6 * (i6 - 1) - offset[p];
        }
        return smoothBranch(p, Math.sqrt(r2) - rin[p]) - offset[p];
    }

    @Override public double forceOverR(double r2, int ti, int tj, double si, double sj) {
        int p = 2 * ti + tj;
        if (r2 < rin2[p]) {
            double i2 = sig2[p] / r2, i6 = i2 * i2 * i2;
            return eps4[p] * i6 * (12 * i6 - 6) / r2;
        }
        double r = Math.sqrt(r2), t = r - rin[p];
        return (f0[p] + t * (f1[p] + t * (f2[p] + t * f3[p]))) / r;
    }

    @Override public double curvature(double r2, int ti, int tj, double si, double sj) {
        int p = 2 * ti + tj;
        if (r2 < rin2[p]) {
            double i2 = sig2[p] / r2, i6 = i2 * i2 * i2;
            return eps4[p] * i6 * (156 * i6 - 42) / r2;
        }
        double t = Math.sqrt(r2) - rin[p];
        return -(f1[p] + t * (2 * f2[p] + t * 3 * f3[p]));
    }

    @Override public int speciesCount() { return 2; }
}
