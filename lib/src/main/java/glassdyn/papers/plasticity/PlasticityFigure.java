package glassdyn.papers.plasticity;

import java.util.Arrays;

/**
 * The panels of paper 003 as tables, by typed name: the pipeline writes {@code csv() + ".csv"}, the notebook asks
 * {@link PlasticityIndicators#figure(PlasticityFigure)}. An unknown CSV name throws ({@link #byCsv}).
 */
public enum PlasticityFigure {
    /** Fig. 1(a,b): sigma(gamma) of the path sample of each protocol. */
    STRESS_STRAIN("fig1ab_stress_strain"),
    /** Fig. 1(c): mean and sd of the first-event strain per protocol. */
    FIRST_EVENT_STRAIN("fig1c_first_event_strain"),
    /** Fig. 1(d): stress drops along the strain paths. */
    STRESS_DROPS("fig1d_stress_drops"),
    /** Fig. 3(b): F(1 - r_x). */
    CDF("fig3b_cdf"),
    /** Fig. 4(b,c,f,g): C_min of every indicator. */
    C_MIN("fig4bcfg_cmin"),
    /** Fig. 4(a): Spearman C_s between the fields. */
    SPEARMAN("fig4a_spearman"),
    /** Fig. 4(d,e): C_min against stability. */
    C_MIN_VS_STABILITY("fig4de_cmin_vs_stability"),
    /** Fig. 4(h,j): C of the gamma = 0 field against the n-th event. */
    C_VS_EVENT("fig4hj_c_vs_event"),
    /** Fig. 4(i,k): C_Delta-gamma. */
    C_DELTA_GAMMA("fig4ik_c_delta_gamma"),
    /**
     * Fig. 6(a-c): C_gamma of the gamma = 0 fields Delta tau_y, psi (vib) and Theta against the mean strain of the n-th
     * event, per protocol (columns with units: strain dimensionless).
     */
    C_GAMMA("fig6abc_c_gamma"),
    /** Fig. 6(d): cumulative dissipated energy per area. */
    DISSIPATION("fig6d_dissipation"),
    /** Fig. 8(b): P(Delta tau_y / G). */
    DTAU_HISTOGRAM("fig8b_dtau_histogram"),
    /**
     * Fig. 7(a): C of Theta on the as-cast, affinely transformed, affinely + nonaffinely transformed and onset
     * configurations of the most stable POLY protocol ({@link ElasticBranchTheta}), with 90% intervals over glasses.
     */
    THETA_ELASTIC_BRANCH("fig7a_theta_elastic_branch"),
    /** Fig. 8(c): P(Theta) of the as-cast map glass of each protocol (Theta in rad, density in 1/rad). */
    THETA_HISTOGRAM("fig8c_theta_histogram"),
    /**
     * Figs. 5, 7(b,c), 9, 10: the panels this pipeline does not draw, what each needs, and its cost estimated from
     * the field seconds measured in this run.
     */
    PANEL_COSTS("panel_costs"),
    /** Fig. 11: the onsets (strain, drop, lowest eigenvalue, participation). */
    ONSETS("fig11_onsets"),
    /**
     * Fig. 11(a-c): along the unloading from the saddle-node of the first event of the approach glasses
     * ({@link CriticalModeConvergence}), against gamma_c - gamma: 1 - |Psi_c . Psi_gamma|, r_c - r_gamma, the best
     * matching mode among the lowest ones, the lowest eigenvalue and the stress; {@code point} = approach or onset (the
     * pipeline's gamma_x).
     */
    CRITICAL_MODE_APPROACH("fig11bc_critical_mode_approach"),
    /**
     * Detector sensitivity (a labelled variant, {@link OnsetDetectors}): per scored glass, gamma_x under the default
     * stress-decrease detector and under the irreversible-step variant, gamma_c where the Fig. 11 approach ran, the loci
     * and r_x of the best field of each family under both.
     */
    FIRST_EVENT_DETECTORS("first_event_detectors"),
    /** Detector sensitivity: C of every field under both detectors on the same glasses, with the paired 90% interval of the difference. */
    FIRST_EVENT_DETECTOR_SCORES("first_event_detector_scores"),
    /** Appendix B.5: SVM accuracies against the paper's. */
    SVM_ACCURACY("svm_accuracy"),
    /** Particle maps of sample 0 of each protocol (every field, oriented). */
    MAPS("maps"),
    /** Wall seconds per indicator field. */
    INDICATOR_SECONDS("indicator_seconds");

    private final String csv;

    PlasticityFigure(String csv) { this.csv = csv; }

    /** The CSV name (without extension). */
    public String csv() { return csv; }

    /** The panel written as {@code name}.csv; throws for an unknown name. */
    public static PlasticityFigure byCsv(String name) {
        return Arrays.stream(values()).filter(f -> f.csv.equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown plasticity-indicators figure '" + name + "', expected one of "
                + Arrays.stream(values()).map(PlasticityFigure::csv).toList()));
    }
}
