package glassdyn.potential;

/**
 * The polydisperse soft disks (POLY) of paper 003 (Richard et al. 2020, Appendix A.1.b, Eq. A1), the 2D version of
 * Ninarello, Berthier &amp; Coslovich, PRX 7, 021039 (2017):
 * <pre>
 *   v_ij(r) = v0 (d_ij / r)^12 + c0 + c1 (r / d_ij)^2 + c2 (r / d_ij)^4     r &lt; r_cut = 1.25 d_ij
 *   d_ij = (d_i + d_j)/2 (1 - eps |d_i - d_j|),   eps = 0.2
 * </pre>
 * with {@code v0 = 1}, {@code c0 = -1.924145348608}, {@code c1 = 2.111062325330}, {@code c2 = -0.591097451092}
 * (all paper 003 Appendix A.1.b), which make v, v' and v'' vanish at the cutoff. Diameters come from
 * {@code Configuration.diameter} (mean 1 sets the length unit); the type is ignored. Units: mean diameter, v0.
 */
public final class PolydisperseSoftDisks implements PairPotential {
    /** Non-additivity eps = 0.2, paper 003 Appendix A.1.b. */
    public static final double NON_ADDITIVITY = 0.2;
    /** Smoothing constants, paper 003 Appendix A.1.b. */
    public static final double C0 = -1.924145348608, C1 = 2.111062325330, C2 = -0.591097451092;
    /** r_cut = 1.25 d_ij, paper 003 Appendix A.1.b. */
    public static final double CUTOFF = 1.25;

    public static final Potentials.Entry ENTRY = new Potentials.Entry("poly",
        "Richard et al. 2020 (paper 003) Appendix A.1.b; Ninarello, Berthier & Coslovich, PRX 7, 021039 (2017)",
        "polydisperse soft disks (d_ij/r)^12 + c0 + c1 (r/d_ij)^2 + c2 (r/d_ij)^4, cutoff 1.25 d_ij, non-additivity 0.2; "
            + "sizes from the configuration's diameters (a LAMMPS data file carries none)", PolydisperseSoftDisks::new);

    /**
     * d_min / d_max = 0.449 (paper 003 A.1.b, giving delta = 0.23). The mean of f(d) ~ d^-3 on [d_min, d_max] is
     * 2 d_min d_max / (d_min + d_max); setting it to 1 gives d_min = (1 + 0.449)/2 = 0.7245, d_max = 1.6136 (spec 003 1.2).
     */
    public static final double SIZE_RATIO = 0.449;
    public static final double D_MIN = (1 + SIZE_RATIO) / 2, D_MAX = D_MIN / SIZE_RATIO;

    /**
     * Draws every diameter from {@code f(d) ~ d^-3} on {@code [d_min, d_max]} (paper 003 A.1.b) by inverting the
     * cumulative distribution, {@code d = [d_min^-2 - u (d_min^-2 - d_max^-2)]^(-1/2)}, from a seeded stream.
     */
    public static void drawDiameters(glassdyn.particles.Configuration c, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double a = 1 / (D_MIN * D_MIN), b = 1 / (D_MAX * D_MAX);
        for (int i = 0; i < c.n; i++) c.diameter[i] = 1 / Math.sqrt(a - r.nextDouble() * (a - b));
    }

    @Override public String name() { return "poly"; }

    /** The non-additive pair diameter d_ij. */
    public static double pairDiameter(double si, double sj) {
        return 0.5 * (si + sj) * (1 - NON_ADDITIVITY * Math.abs(si - sj));
    }

    @Override public double cutoff2(int ti, int tj, double si, double sj) {
        double d = pairDiameter(si, sj) * CUTOFF;
        return d * d;
    }

    /** d_ij never exceeds the larger diameter (the non-additive factor is at most 1). */
    @Override public double maxCutoff(double maxSize) { return CUTOFF * maxSize; }

    @Override public double energy(double r2, int ti, int tj, double si, double sj) {
        double d = pairDiameter(si, sj);
        double x2 = r2 / (d * d), i2 = 1 / x2, i6 = i2 * i2 * i2;
        return i6 * i6 + C0 + x2 * (C1 + x2 * C2);
    }

    @Override public double forceOverR(double r2, int ti, int tj, double si, double sj) {
        double d = pairDiameter(si, sj), d2 = d * d;
        double x2 = r2 / d2, i2 = 1 / x2, i6 = i2 * i2 * i2;
        return -(-12 * i6 * i6 * i2 + 2 * C1 + 4 * C2 * x2) / d2;
    }

    @Override public double curvature(double r2, int ti, int tj, double si, double sj) {
        double d = pairDiameter(si, sj), d2 = d * d;
        double x2 = r2 / d2, i2 = 1 / x2, i6 = i2 * i2 * i2;
        return (156 * i6 * i6 * i2 + 2 * C1 + 12 * C2 * x2) / d2;
    }

    @Override public int speciesCount() { return Integer.MAX_VALUE; }
}
