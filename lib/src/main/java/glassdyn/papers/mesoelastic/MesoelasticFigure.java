package glassdyn.papers.mesoelastic;

/**
 * The figure tables of paper 004 by name, shared by the pipeline (CSV file names) and the notebook (look-ups): an
 * unknown name throws instead of returning an empty table.
 */
public enum MesoelasticFigure {
    /** Fig. 3: relative change of kappa and G on annealing, IPL. */
    FIG3_IPL_RELATIVE_CHANGE("fig3_ipl_relative_change"),
    /** Figs. 4 a1-d1, 9 a: F_s(q_max, t) and MSD. */
    FIG4_FS_MSD("fig4_1_fs_msd"),
    /** Figs. 4 a2-d2, 9 b: tau_alpha, D, run lengths. */
    FIG4_TAU_ALPHA("fig4_2_tau_alpha"),
    /** Figs. 3, 4 a3-d3: kappa(T_p), G(T_p) with intervals. */
    FIG4_KAPPA_G_RELATIVE("fig4_3_kappa_G_relative"),
    /** Figs. 4 a4-d4, 6 a1-a3: ln(tau_alpha/t0) against kappa/T. */
    FIG4_EQ3("fig4_4_eq3"),
    /** Fig. 5 a: IS energy trajectories. */
    FIG5A_IS_ENERGY("fig5a_is_energy"),
    /** Fig. 5 b-d: reduced IS transition rates. */
    FIG5B_TRANSITION_RATE("fig5b_transition_rate"),
    /** Figs. 6 b-c, 7: per-particle mobility, kappa_i, ranks, class. */
    FIG6_MOBILITY_KAPPA("fig6_mobility_kappa"),
    /** Fig. 7: C_s per SS density. */
    FIG7_SPEARMAN("fig7_spearman"),
    /** Fig. 12 in numbers: fraction of attractive IS pairs. */
    FIG12_ATTRACTIVE_PAIRS("fig12_attractive_pairs"),
    /** Fig. 11 c: distribution of particle displacements after tau_alpha/10, each system's lowest T (reduced units). */
    FIG11C_DISPLACEMENTS("fig11c_displacements"),
    /** Fig. 12: g(r) of the liquid and its IS at each system's lowest T, with the pair potential u(r). */
    FIG12_GR("fig12_gr"),
    /** Fig. 12 / Table I: S(q) of each system's lowest-T liquid (first peak against q_max). */
    STRUCTURE_FACTOR("structure_factor"),
    /** P(kappa_ij / mean) per system and T_p. */
    KAPPA_DISTRIBUTION("kappa_distribution"),
    /** Fig. 1 (2D IPL): per particle, the softest pseudo-harmonic mode and the normalised response to the dipole at its core. */
    FIG1_QLM_DIPOLE("fig1_qlm_dipole"),
    /** Fig. 2 left (2D IPL): per particle of each sample, IS position, isoconfigurational propensity, kappa_i. */
    FIG2_PARTICLES("fig2_particles"),
    /** Fig. 2 right (2D IPL): every interacting bond of each sample's IS with its kappa_ij. */
    FIG2_KAPPA_BONDS("fig2_kappa_bonds"),
    /** Fig. 2 circles (2D IPL): the softest pseudo-harmonic modes, their stiffness and core position. */
    FIG2_QLM_CORES("fig2_qlm_cores"),
    /** 2D IPL: F_s(q_peak, t) and MSD of the liquid (tau_alpha of the propensity time). */
    FIG2_FS("fig2_fs"),
    /** Figs. 10-11: temperatures of matched tau_alpha/t0 per group, against the lowest T where Gamma and C_s were measured. */
    MATCHED_STATE_POINTS("matched_state_points"),
    /** Figs. 5 b-d, 7 at matched viscosity (App. D2): tau_alpha/t0, Gamma and C_s at T_matched per system ({@link MatchedViscosityStage}). */
    MATCHED_VISCOSITY("matched_viscosity"),
    /** Figs. 10-11 a-b: F_s and MSD in reduced units at the state points of matched viscosity (their collapse). */
    MATCHED_FS_MSD("matched_fs_msd");

    private final String file;

    MesoelasticFigure(String file) { this.file = file; }

    /** The CSV file name (without .csv) and table name. */
    public String file() { return file; }

    /** The figure with this file name or enum name; throws for an unknown one. */
    public static MesoelasticFigure of(String name) {
        for (MesoelasticFigure f : values()) if (f.file.equals(name) || f.name().equals(name)) return f;
        throw new IllegalArgumentException("paper 004 has no figure table '" + name + "'; known: " + java.util.Arrays.toString(values()));
    }
}
