package glassdyn.potential;

/**
 * The soft (Yukawa) part of the hard-sphere + Yukawa binary mixture of paper 000 (Zeng, Yu &amp; Wang 2025,
 * p. 1): {@code V(r) = K exp[-z (r - d_ij)] / (r / d_ij)} for {@code r >= d_ij = (d_i + d_j)/2}, with
 * {@code K = 9.69 k_B T} and {@code z = 4.86 / d_b}, the same K and z for all three pair types (paper 000 text;
 * the values come from neutron scattering of a charged colloidal suspension, its Ref. [42], Wang et al.
 * PCCP 21, 38 (2019), which was not available to us). The hard core {@code r < d_ij} is not part of this
 * potential: the Brownian dynamics removes overlaps with the potential-free algorithm
 * ({@link glassdyn.dynamics.BrownianShearDynamics}). Evaluated inside the core, the formula simply continues.
 *
 * <p>Units: length {@code d_b} (big diameter, 1), energy {@code k_B T} (1). The diameter is set by the type
 * (a LAMMPS data file carries no sizes): type 0 (LAMMPS 1) big, {@code d_b = 1}; type 1 (LAMMPS 2) small,
 * {@code d_s = 2/3 d_b} (paper 000 p. 1: "diameter ratio d_s/d_b = 2/3"; 16000 big and 4000 small particles).
 *
 * <p>The paper states no cutoff; the default {@link #DEFAULT_RANGE} puts it at {@code d_ij + 2 d_b}
 * (spec 000 section 1.1: V = 1.9e-4 k_B T there for a big-big pair), and the energy is shifted to zero there
 * (as LAMMPS {@code pair_style yukawa} with {@code pair_modify shift yes}; the force keeps its small jump).
 */
public final class HardCoreYukawa implements PairPotential {
    /** K = 9.69 k_B T, paper 000 p. 1. */
    public static final double K = 9.69;
    /** z = 4.86 / d_b, paper 000 p. 1. */
    public static final double Z = 4.86;
    /** Cutoff beyond contact, r_c = d_ij + 2 d_b: not stated by the paper, spec 000 default (V(r_c) ~ 2e-4 k_B T). */
    public static final double DEFAULT_RANGE = 2.0;

    /** Diameters of type 0 (big) and type 1 (small): d_s / d_b = 2/3, paper 000 p. 1. */
    public static final double[] DIAMETERS = {1.0, 2.0 / 3.0};

    public static final Potentials.Entry ENTRY = new Potentials.Entry("hard-core-yukawa",
        "Zeng, Yu & Wang 2025 (paper 000); soft part of the hard-sphere Yukawa mixture",
        "V = K exp[-z(r-d_ij)]/(r/d_ij), K=9.69 kT, z=4.86/d_b, types 1 (big, d=1) and 2 (small, d=2/3), "
            + "cutoff d_ij+2 (not stated; default), shifted; hard core handled by the Brownian dynamics",
        HardCoreYukawa::new);

    private final double k, z, range;
    private final double[] diameter;
    private final double[] cut2 = new double[4], shift = new double[4], amp = new double[4];

    public HardCoreYukawa() { this(K, Z, DEFAULT_RANGE, DIAMETERS); }

    /**
     * Amplitude {@code k} (k_B T), inverse screening length {@code z} (1/d_b), cutoff {@code d_ij + range}, and the
     * diameters of the two types.
     */
    public HardCoreYukawa(double k, double z, double range, double[] diameters) {
        if (!(k > 0) || !(z > 0) || !(range > 0)) throw new IllegalArgumentException("Yukawa K, z and range must be positive");
        if (diameters.length != 2 || !(diameters[0] > 0) || !(diameters[1] > 0))
            throw new IllegalArgumentException("two positive diameters expected");
        this.k = k; this.z = z; this.range = range;
        this.diameter = diameters.clone();
        for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) {
            int p = 2 * a + b;
            double d = contact(diameter[a], diameter[b]), rc = d + range;
            cut2[p] = rc * rc;
            amp[p] = k * d * Math.exp(z * d);       // V = amp exp(-z r)/r (LAMMPS pair_style yukawa's A)
            shift[p] = amp[p] * Math.exp(-z * rc) / rc;
        }
    }

    /** Diameter of type {@code t}. */
    public double diameter(int t) { return diameter[t]; }

    @Override public String name() { return "hard-core-yukawa"; }

    public double amplitude() { return k; }
    public double screening() { return z; }
    public double range() { return range; }

    /** Contact distance d_ij = (d_i + d_j)/2. */
    public static double contact(double si, double sj) { return 0.5 * (si + sj); }

    /** The LAMMPS {@code pair_style yukawa} prefactor {@code A_ij = K d_ij exp(z d_ij)} of types a, b. */
    public double lammpsAmplitude(int a, int b) { return amp[2 * a + b]; }

    @Override public double cutoff2(int ti, int tj, double si, double sj) { return cut2[2 * ti + tj]; }

    @Override public double maxCutoff(double maxSize) { return Math.max(diameter[0], diameter[1]) + range; }

    @Override public double energy(double r2, int ti, int tj, double si, double sj) {
        int p = 2 * ti + tj;
        double r = Math.sqrt(r2);
        return amp[p] * Math.exp(-z * r) / r - shift[p];
    }

    @Override public double forceOverR(double r2, int ti, int tj, double si, double sj) {
        double r = Math.sqrt(r2);
        return amp[2 * ti + tj] * Math.exp(-z * r) / r * (z + 1 / r) / r;
    }

    @Override public double curvature(double r2, int ti, int tj, double si, double sj) {
        double r = Math.sqrt(r2);
        double a = z + 1 / r;
        return amp[2 * ti + tj] * Math.exp(-z * r) / r * (a * a + 1 / r2);
    }

    @Override public int speciesCount() { return 2; }
}
