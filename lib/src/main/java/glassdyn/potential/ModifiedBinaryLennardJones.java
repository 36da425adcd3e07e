package glassdyn.potential;

/**
 * The modified binary Lennard-Jones (mBLJ) mixture of paper 004 (Kapteijns et al. 2021, "Models"): the Kob-Andersen
 * 80:20 mixture (its Ref. 66, Kob &amp; Andersen, PRE 51, 4626 (1995): sigma_AA = 1, sigma_AB = 0.8,
 * sigma_BB = 0.88, epsilon_AB = 1.5, cutoff 2.5 sigma_ab, energy shifted to zero there) made "more resistant to
 * crystallization due to the decreased strength of the AA and BB interactions" (its Ref. 67, Schroder &amp; Dyre,
 * J. Chem. Phys. 152, 141101 (2020)).
 *
 * <p>Ref. 67 was not available to us, so the decreased {@code epsilon_AA} and {@code epsilon_BB} are NOT known
 * here: they are constructor arguments without defaults (spec 004 A1: "do not guess"), and this model is not
 * registered under a command-line name. Also from Ref. 67 and unknown: whether RUMD's shifted-force cutoff was used;
 * this class uses the KA shifted-potential convention. Units: epsilon_AA of KA, sigma_AA, mass. Types: 0 = A, 1 = B.
 */
public final class ModifiedBinaryLennardJones implements PairPotential {
    /** sigma_AA, sigma_AB, sigma_BB of Kob &amp; Andersen (1995), paper 004 Ref. 66. */
    public static final double SIGMA_AA = 1.0, SIGMA_AB = 0.8, SIGMA_BB = 0.88;
    /** epsilon_AB = 1.5 of Kob &amp; Andersen (1995), kept by the modification (only AA and BB are decreased). */
    public static final double EPSILON_AB = 1.5;
    /** Cutoff 2.5 sigma_ab of Kob &amp; Andersen (1995). */
    public static final double CUTOFF = 2.5;

    private final double[] eps4 = new double[4], sig2 = new double[4], cut2 = new double[4], shift = new double[4];

    public ModifiedBinaryLennardJones(double epsilonAA, double epsilonBB) {
        if (!(epsilonAA > 0) || !(epsilonBB > 0)) throw new IllegalArgumentException("mBLJ epsilons must be positive");
        double[] e = {epsilonAA, EPSILON_AB, EPSILON_AB, epsilonBB};
        double[] s = {SIGMA_AA, SIGMA_AB, SIGMA_AB, SIGMA_BB};
        for (int p = 0; p < 4; p++) {
            eps4[p] = 4 * e[p];
            sig2[p] = s[p] * s[p];
            cut2[p] = CUTOFF * CUTOFF * sig2[p];
            double i6 = Math.pow(CUTOFF, -6);
            shift[p] = eps4[p] * i6 * (i6 - 1);
        }
    }

    @Override public String name() { return "mblj"; }
    @Override public double cutoff2(int ti, int tj, double si, double sj) { return cut2[2 * ti + tj]; }
    @Override public double maxCutoff(double maxSize) { return CUTOFF * SIGMA_AA; }

    @Override public double energy(double r2, int ti, int tj, double si, double sj) {
        int p = 2 * ti + tj;
        double i2 = sig2[p] / r2, i6 = i2 * i2 * i2;
        return eps4[p] * i6 * (i6 - 1) - shift[p];
    }

    @Override public double forceOverR(double r2, int ti, int tj, double si, double sj) {
        int p = 2 * ti + tj;
        double i2 = sig2[p] / r2, i6 = i2 * i2 * i2;
        return eps4[p] * i6 * (12 * i6 - 6) / r2;
    }

    @Override public double curvature(double r2, int ti, int tj, double si, double sj) {
        int p = 2 * ti + tj;
        double i2 = sig2[p] / r2, i6 = i2 * i2 * i2;
        return eps4[p] * i6 * (156 * i6 - 42) / r2;
    }

    @Override public int speciesCount() { return 2; }
}
