package glassdyn.potential;

/**
 * The Kob-Andersen binary Lennard-Jones mixture (W. Kob and H. C. Andersen, Phys. Rev. E 51, 4626 (1995), Sec. II):
 * species A (type index 0, LAMMPS type 1) and B (index 1, LAMMPS type 2), both of mass 1, with
 * {@code eps_AA = 1, eps_AB = 1.5, eps_BB = 0.5} and {@code sigma_AA = 1, sigma_AB = 0.8, sigma_BB = 0.88}, truncated
 * at {@code 2.5 sigma_ab} (2.5, 2.0, 2.2) and shifted to zero there: LAMMPS {@code pair_style lj/cut 2.5},
 * {@code pair_modify shift yes}. The usual composition is 80:20 A:B at number density 1.2 (3D), but the composition
 * and dimension come from the configuration. Reduced units: eps_AA, sigma_AA, m_A; time sqrt(m_A sigma_AA^2/eps_AA).
 */
public final class KobAndersen extends LennardJones {
    /** Command-line name. */
    public static final String NAME = "kob-andersen";
    /** Kob & Andersen 1995, Sec. II: eps_AA, eps_AB, eps_BB. */
    static final double EPS_AA = 1.0, EPS_AB = 1.5, EPS_BB = 0.5;
    /** Kob & Andersen 1995, Sec. II: sigma_AA, sigma_AB, sigma_BB. */
    static final double SIGMA_AA = 1.0, SIGMA_AB = 0.8, SIGMA_BB = 0.88;
    /** Kob & Andersen 1995, Sec. II: cutoff 2.5 sigma_ab. */
    static final double CUTOFF_OVER_SIGMA = 2.5;

    /** Registry entry (see {@link Potentials}). */
    public static final Potentials.Entry ENTRY = new Potentials.Entry(NAME,
        "W. Kob and H. C. Andersen, Phys. Rev. E 51, 4626 (1995)",
        "binary LJ, types 1 (A) and 2 (B): eps_AA=1 eps_AB=1.5 eps_BB=0.5, sigma_AA=1 sigma_AB=0.8 sigma_BB=0.88, "
            + "cutoff 2.5 sigma_ab, shifted to zero at the cutoff; 2D or 3D",
        KobAndersen::new);

    /**
     * The same model as LAMMPS input lines (types 1 = A, 2 = B): {@code pair_style lj/cut 2.5}, the three
     * {@code pair_coeff} lines with their cutoffs and {@code pair_modify shift yes}.
     */
    public static java.util.List<String> lammpsPairLines() {
        return java.util.List.of(
            "pair_style lj/cut " + CUTOFF_OVER_SIGMA * SIGMA_AA,
            "pair_coeff 1 1 " + EPS_AA + " " + SIGMA_AA + " " + CUTOFF_OVER_SIGMA * SIGMA_AA,
            "pair_coeff 1 2 " + EPS_AB + " " + SIGMA_AB + " " + CUTOFF_OVER_SIGMA * SIGMA_AB,
            "pair_coeff 2 2 " + EPS_BB + " " + SIGMA_BB + " " + CUTOFF_OVER_SIGMA * SIGMA_BB,
            "pair_modify shift yes");
    }

    public KobAndersen() {
        super(NAME,
            new double[][] {{EPS_AA, EPS_AB}, {EPS_AB, EPS_BB}},
            new double[][] {{SIGMA_AA, SIGMA_AB}, {SIGMA_AB, SIGMA_BB}},
            new double[][] {{CUTOFF_OVER_SIGMA * SIGMA_AA, CUTOFF_OVER_SIGMA * SIGMA_AB},
                {CUTOFF_OVER_SIGMA * SIGMA_AB, CUTOFF_OVER_SIGMA * SIGMA_BB}},
            true);
    }
}
