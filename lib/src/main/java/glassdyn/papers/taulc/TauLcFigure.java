package glassdyn.papers.taulc;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The figure tables of paper 001 by typed name, shared by the pipeline ({@code reproduce} writes {@code file() + ".csv"})
 * and notebook 02 ({@link TauLcDuality#figure(TauLcFigure)}); {@link #of(String)} throws for an unknown name, so a
 * misspelt panel can never come back as an empty table.
 */
public enum TauLcFigure {
    /** Fig. 1: viscosity vs rate with block errors. */
    VISCOSITY("fig1_viscosity"),
    /** Figs. 2(a,b), 6(c): spectra of tau_LC and tau_sh. */
    SPECTRA("fig2ab_spectra"),
    /** Fig. 2(c): tau_LC of equilibrium origin 0 per particle. */
    TAU_LC_MAP("fig2c_tau_lc_map"),
    /** Figs. 2/4, App. A: coarse-grained tau_LC on a grid with its extrema. */
    CLUSTER_GRID("fig4_cluster_grid"),
    /** Figs. 3/7: binned tau_sh(tau_LC) in steady flow with Eq. 3 fits. */
    TAU_SH_VS_TAU_LC("fig3_tau_sh_vs_tau_lc"),
    /** Fig. 5: start-up stress of slow and fast particles. */
    STARTUP_STRESS("fig5_startup_stress"),
    /** Figs. 11, 3(c,d), 13: Eq. 3 parameters, tau_LC,c and p_slow per rate. */
    EQ3_PARAMETERS("fig11_eq3_parameters"),
    /** Fig. 11(e,f): the Eq. 4 master curve. */
    MASTER_CURVE("fig11_master_curve"),
    /** Fig. 8: tau_sh(tau_LC) after a rate switch. */
    RATE_SWITCH("fig8_rate_switch"),
    /** Fig. 13: the Eq. 5 stress model vs MD. */
    STRESS_MODEL("fig13_stress_model"),
    /** Fig. 31: bond retention of slow particles. */
    BOND_RETENTION("fig31_bond_retention"),
    /** Fig. 17: ridge prediction of ln tau_LC (test set). */
    RIDGE("fig17_ridge"),
    /** Figs. 19-20: linear-SVM hardness per rate. */
    HARDNESS("fig20_hardness"),
    /** Zero-shear control: tau_LC of one independent equilibrium ensemble binned against another (review 001, 6.3). */
    ZERO_SHEAR_CONTROL("control_zero_shear"),
    /** Fig. 2(a,b): equilibrium tau_LC and start-up tau_sh spectra (the paper's protocol). */
    STARTUP_SPECTRA("fig2ab_startup_spectra"),
    /** Fig. 3(a-d) and the lines of Fig. 7: start-up tau_sh(tau_LC) with Eq. 3 and tau_LC,c per rate. */
    STARTUP_TAU_SH_VS_TAU_LC("fig3_startup_tau_sh_vs_tau_lc"),
    /** Fig. 3(c,d): start-up tau_LC,c and tau_0 against 1/rate. */
    STARTUP_BOUNDARY("fig3cd_startup_boundary"),
    /** Fig. 4(a-d): per-particle equilibrium tau_LC and start-up tau_sh of origin 0 with the Eq. 2 class. */
    STARTUP_MAPS("fig4_startup_maps"),
    /** Fig. 9: per-particle tau_LC and tau_sh of the steady configurations with the Eq. 2 class. */
    STEADY_MAPS("fig9_steady_maps"),
    /** Fig. 17 inset: ridge test Pearson per rate and pooled. */
    RIDGE_PER_RATE("fig17_inset_ridge_per_rate"),
    /** Fig. 16: Pearson of each descriptor element with ln tau_LC. */
    DESCRIPTOR_CORRELATION("fig16_descriptor_pearson"),
    /** Fig. 18: test-set Pearson of the ridge on the k top elements. */
    DESCRIPTOR_CUMULATIVE("fig18_cumulative_pearson"),
    /** Table I: the top descriptor elements, named. */
    DESCRIPTOR_TABLE("table1_top_descriptors"),
    /** Fig. 19: hardness H per particle with positions and the Eq. 2 class. */
    HARDNESS_MAP("fig19_hardness_map"),
    /** Fig. 25(a,b): Y(r), the mean second-generation g_2^-2, per rate. */
    DISTORTION("fig25ab_distortion"),
    /** Fig. 25(c,d): |Y| at the first peaks per rate. */
    DISTORTION_PEAKS("fig25cd_distortion_peaks"),
    /** Fig. 23: PEL model tau_sh(tau_LC) per ensemble rate (alpha fitted at the top rate). */
    PEL_TAU_SH("fig23_pel_tau_sh"),
    /** Fig. 24(a-c): PEL first-passage density f(t) at the mode barrier per rate, with f_eq. */
    PEL_DENSITY("fig24abc_pel_density"),
    /** Fig. 24(d): PEL t_c and p'_slow per rate. */
    PEL_SLOW("fig24d_pel_slow"),
    /** Figs. 26-28: SGR steady state per rate: mean strain, mean tau_LC, eta*, p_sd. */
    SGR_STEADY("fig26_28_sgr"),
    /** Fig. 27(a,b): SGR activation-strain density P_ac, scaled by its maximum. */
    SGR_ACTIVATION("fig27ab_sgr_activation"),
    /** Fig. 29: t_bar (Eq. 33) with constant and fitted Omega (Eq. 34) against the MD mean tau_sh, and eta* with each. */
    OMEGA_FIT("fig29_omega_fit"),
    /** tau_alpha (F_s(7.25, t) = 1/e, A particles) at equilibrium and every rate, with the Gaussian estimate (review #2). */
    TAU_ALPHA("tau_alpha_state_points"),
    /** F_s(7.25, t) curves: equilibrium ensembles, steady ensembles, steady runs. */
    FS_CURVES("fs_curves"),
    /** Green-Kubo: the off-diagonal stress autocorrelation and the running eta integral at equilibrium (M17). */
    GREEN_KUBO("green_kubo_eta_eq"),
    /** Fig. 15: start-up stress of slow, fast and all particles, MD against the grid-cell model of Sec. III C. */
    STARTUP_CELL_MODEL("fig15_startup_cell_model"),
    /** Fig. 10(a,b): tau_LC per A particle at each reference time t_r with the Eq. 2 class, fast clusters and LERs. */
    FIG10_TAU_LC_MAP("fig10_tau_lc_map"),
    /** Fig. 10(c): stress of every LER alive at t_r and of every fast cluster, with t_LER,0/1/2. */
    FIG10_LER_STRESS("fig10_ler_stress"),
    /** Fig. 12: stress and jump ratio R_cj(t) of the LERs and the fast clusters. */
    FIG12_RCJ("fig12_rcj");

    private final String file;

    TauLcFigure(String file) { this.file = file; }

    /** The CSV name (without {@code .csv}) under the output directory. */
    public String file() { return file; }

    /** The figure with CSV name {@code name}; an unknown name throws, listing the known ones. */
    public static TauLcFigure of(String name) {
        for (TauLcFigure f : values()) if (f.file.equals(name) || f.name().equals(name)) return f;
        throw new IllegalArgumentException("no tau-lc-duality figure '" + name + "'; known: "
            + Arrays.stream(values()).map(TauLcFigure::file).collect(Collectors.joining(", ")));
    }
}
