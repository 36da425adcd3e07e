package glassdyn.indicators;

/**
 * The per-particle fields of paper 003 that glassdyn computes, in the order of the Fig. 4 caption, with the paper's
 * family and the direction that counts as soft ({@code softSign = +1}: large = soft; -1: small = soft; section II.C:
 * "a larger rank [is] associated with a higher probability of rearranging"; directions the paper does not state are
 * the spec 003 section 2 defaults). All 20 fields of the caption are here. The checkpoints of the pipeline carry
 * {@link #format()}, which changes with this list.
 */
public enum Indicator {
    /** Local density 1/A_i of the radical Voronoi cell (B3); low = soft (spec default). */
    DENSITY("rho", Family.STRUCTURAL, -1),
    /** Free volume A_i - pi R_i^2 of the radical Voronoi cell (B3); large = soft (paper). */
    FREE_VOLUME("free_volume", Family.STRUCTURAL, +1),
    /** Two-body excess entropy s_2 (B4-B5); larger = soft (spec default). */
    EXCESS_ENTROPY("s2", Family.STRUCTURAL, +1),
    /** Contact number z; low = soft (spec default). */
    CONTACTS("z", Family.STRUCTURAL, -1),
    /** Voronoi anisotropy P (B3); large = soft (spec default). */
    ANISOTROPY("P", Family.STRUCTURAL, +1),
    /**
     * Divergence of the Voronoi anisotropy Q (B3); the paper does not state the soft sign (spec ambiguity 8). Rieser et
     * al. (ref. [49], which the paper cites for Q): negative Q marks under-packed regions, soft by the paper's own "large
     * free volume = soft", so low Q = soft; C(+Q) = -C(-Q) + 2/N is reported beside it.
     */
    ANISOTROPY_DIVERGENCE("Q", Family.STRUCTURAL, -1),
    /** Hexatic order Psi_6 (B1); low = soft (spec default). */
    HEXATIC("psi6", Family.STRUCTURAL, -1),
    /** Steric bond order Theta (B2); large = soft (paper, "Theta &gt; 0.1"). */
    THETA("theta", Family.STRUCTURAL, +1),
    /** Softness S (B.5); large = soft. */
    SOFTNESS("S", Family.MACHINE_LEARNING, +1),
    /** Local thermal expansion alpha (B18-B22, coarse-grained, T -&gt; 0 limit); a control, sign not stated: large = soft. */
    THERMAL_EXPANSION("alpha", Family.CONTROL, +1),
    /** Local potential energy (B11); high = soft (spec default). */
    POTENTIAL_ENERGY("epot", Family.CONTROL, +1),
    /** Soft-mode field M (B10); large = soft. */
    SOFT_MODES("M", Family.LINEAR_RESPONSE, +1),
    /** Local heat capacity c_alpha (B12); large = soft. */
    HEAT_CAPACITY("c_alpha", Family.LINEAR_RESPONSE, +1),
    /** Vibrality psi (B13); large = soft. */
    VIBRALITY("vib", Family.LINEAR_RESPONSE, +1),
    /** Atomic non-affine shear modulus (B14-B17); more negative = soft. */
    NONAFFINE_MODULUS("naf_mu", Family.SHEAR_RESPONSE, -1),
    /** Non-affine velocity |U3:xdot xdot| (B23); large = soft. */
    NONAFFINE_VELOCITY("xdot", Family.SHEAR_RESPONSE, +1),
    /** Local shear modulus mu (B18-B21, coarse-grained); small = soft (paper, section II.C). */
    LOCAL_MODULUS("mu", Family.SHEAR_RESPONSE, -1),
    /** Nonlinear-mode field pi (B24-B26); large = soft. */
    NONLINEAR_MODES("pi", Family.BEYOND_LINEAR, +1),
    /** Saddle point sampling: the local yield strain Delta gamma_c from ARTn barriers (B27-B28); small = soft. */
    SADDLE_POINTS("sps", Family.BEYOND_LINEAR, -1),
    /** Residual plastic strength Delta tau_y by the frozen matrix (section II.B, Fig. 2); small = soft. */
    YIELD_STRESS("dtau_y", Family.BEYOND_LINEAR, -1);

    /** The families of Fig. 4 (colours: red, purple, green, blue, orange, black). */
    public enum Family { STRUCTURAL, MACHINE_LEARNING, LINEAR_RESPONSE, SHEAR_RESPONSE, BEYOND_LINEAR, CONTROL }

    public final String label;
    public final Family family;
    public final int softSign;

    Indicator(String label, Family family, int softSign) {
        this.label = label; this.family = family; this.softSign = softSign;
    }

    /** The field oriented so that larger = softer. */
    public double[] oriented(double[] raw) {
        double[] o = new double[raw.length];
        for (int i = 0; i < o.length; i++) o[i] = softSign * raw[i];
        return o;
    }

    /**
     * A number that identifies this list of fields (labels, order, directions): a checkpoint written under another
     * list has another format and is recomputed, not misread. An integer below 2^31, exact as a double.
     */
    public static double format() {
        return formatWithout(null);
    }

    /**
     * The {@link #format()} of this list without {@code dropped} (null: the whole list): recognises the checkpoints
     * written before that field was added, so that only the new field need be computed for them.
     */
    public static double formatWithout(Indicator dropped) {
        StringBuilder s = new StringBuilder();
        for (Indicator i : values()) if (i != dropped) s.append(i.label).append(i.softSign > 0 ? '+' : '-').append(',');
        return 1000 + (s.toString().hashCode() & 0x3fffffff);
    }

    public static Indicator byLabel(String label) {
        for (Indicator i : values()) if (i.label.equals(label)) return i;
        throw new IllegalArgumentException("unknown indicator " + label);
    }
}
