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
 * <p>Units: length {@code d_b} (big diameter, 1), energy {@code k_B T} (1). Particle sizes come from
 * {@code Configuration.diameter} (big 1, small 2/3 in paper 000), not from the type.
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

    private final double k, z, range;

    public HardCoreYukawa() { this(K, Z, DEFAULT_RANGE); }

    /** Amplitude {@code k} (k_B T), inverse screening length {@code z} (1/d_b), cutoff {@code d_ij + range}. */
    public HardCoreYukawa(double k, double z, double range) {
        if (!(k > 0) || !(z > 0) || !(range > 0)) throw new IllegalArgumentException("Yukawa K, z and range must be positive");
        this.k = k; this.z = z; this.range = range;
    }

    @Override public String name() { return "hard-core-yukawa"; }

    public double amplitude() { return k; }
    public double screening() { return z; }
    public double range() { return range; }

    /** Contact distance d_ij = (d_i + d_j)/2. */
    public static double contact(double si, double sj) { return 0.5 * (si + sj); }

    @Override public double cutoff2(int ti, int tj, double si, double sj) {
        double rc = contact(si, sj) + range;
        return rc * rc;
    }

    @Override public double maxCutoff(double maxSize) { return maxSize + range; }

    private double raw(double r, double d) { return k * d * Math.exp(-z * (r - d)) / r; }

    @Override public double energy(double r2, int ti, int tj, double si, double sj) {
        double d = contact(si, sj);
        return raw(Math.sqrt(r2), d) - raw(d + range, d);
    }

    @Override public double forceOverR(double r2, int ti, int tj, double si, double sj) {
        double r = Math.sqrt(r2);
        return raw(r, contact(si, sj)) * (z + 1 / r) / r;
    }

    @Override public double curvature(double r2, int ti, int tj, double si, double sj) {
        double r = Math.sqrt(r2);
        double a = z + 1 / r;
        return raw(r, contact(si, sj)) * (a * a + 1 / r2);
    }

    @Override public int speciesCount() { return Integer.MAX_VALUE; }
}
