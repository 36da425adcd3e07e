package glassdyn.papers.plasticity;

import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.indicators.Indicator;
import glassdyn.papers.Reports;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The checks review 003 (section 6) asks for that no preset runs: each a not_shown entry with the measured reason and
 * what would show it. Costs that rest on this run's measured field seconds ({@link PlasticityFigures#seconds()}) go to
 * the panel_costs table ({@link PlasticityPanels#panelCosts}), not into report.json: the report holds no clock values,
 * so a plan's assembled report equals a local run's byte for byte. No stage of any preset is added here.
 */
final class PlasticityAbsentChecks {
    private PlasticityAbsentChecks() {}

    /** The second system size of the finite-size check (review 003, section 6 item 4). */
    static final int FINITE_SIZE_N = 1000;
    /** Glasses per protocol of the finite-size check (the quick count). */
    static final int FINITE_SIZE_GLASSES = 20;
    /** Fields that diagonalise the dense 2N x 2N Hessian at N <= 500 (cost ~ N^3 there; above, N sparse solves). */
    static final List<Indicator> DENSE = List.of(Indicator.SOFT_MODES, Indicator.HEAT_CAPACITY, Indicator.VIBRALITY,
        Indicator.NONAFFINE_MODULUS, Indicator.NONAFFINE_VELOCITY, Indicator.THERMAL_EXPANSION, Indicator.LOCAL_MODULUS,
        Indicator.NONLINEAR_MODES);

    static List<Claim> all(Preset preset) {
        return List.of(finiteSize(preset), softnessOnAllOnsets(preset), parentsTauAlpha(), reheatingAlpha(), avalancheD2minLocus(preset));
    }

    /**
     * Appendix A.3: "the results shown in Fig. 4 remain appreciably unchanged if we simply locate loci of plasticity as
     * the maximum of the D2min field over the entire avalanche". Not built: the scored stage keeps r_x only at the loci
     * it locates (largest |Psi_min| at the stress onset and at the irreversible onset, {@link OnsetDetectors}) and the
     * particle of largest irreversible displacement ("alt.displacement_locus"), not the fields of every glass (the map
     * glass only) nor the configurations before and after the first event.
     */
    static Claim avalancheD2minLocus(Preset preset) {
        int glasses = preset.testSamples() * preset.protocols().size();
        return Claim.of("avalanche_d2min_locus", "C_min of the fields is about unchanged when the locus is the maximum of D2min over the first avalanche",
                "Appendix A.3").paper("appreciably unchanged")
            .measured(Reports.object("scored_glasses", glasses, "stored_loci", "Psi_min at the stress onset; Psi_min at the irreversible onset; largest irreversible displacement"))
            .notShown("not built: the scored stage does not keep the configurations before and after the first event, nor the fields of every glass, "
                    + "so r_x at the D2min maximum cannot be formed from stored data (first_event_detector_sensitivity reports how often the Psi locus "
                    + "is the particle of largest irreversible displacement)",
                "inside the scored stage, D2min (Falk-Langer) between the onset and the relaxed state after the first event, and r_x of every field "
                    + "at its maximum: a scored-stage format change, so all " + glasses + " scored glasses of this preset are recomputed "
                    + "(the D2min itself is one neighbour pass per glass)");
    }

    /**
     * CPU seconds per glass of the finite-size check (C_min of the fields at a second N). Cost per glass at {@link #FINITE_SIZE_N}: the AQS glass scaled as N
     * ({@link PlasticityUnitCost#POLY_GLASS_SECONDS_324}) plus the dense-spectrum fields scaled as N^2 (this run's
     * measured seconds; N sparse solves of O(N) each above N = 500), SPS and Delta tau_y left out.
     */
    static double finiteSizeSecondsPerGlass(Preset preset, Table seconds) {
        double k = (double) FINITE_SIZE_N / preset.n(), dense = 0;
        for (Indicator i : DENSE) dense += fieldSeconds(seconds, i);
        return PlasticityUnitCost.POLY_GLASS_SECONDS_324 * preset.n() / 324.0 * k + dense * k * k;
    }

    /** Glasses of the finite-size check: {@link #FINITE_SIZE_GLASSES} per protocol. */
    static int finiteSizeGlasses(Preset preset) { return FINITE_SIZE_GLASSES * preset.protocols().size(); }

    /** C_min of the fields at a second N: not shown; its cost is the panel_costs row "finite_size_check". */
    static Claim finiteSize(Preset preset) {
        int glasses = finiteSizeGlasses(preset);
        return Claim.of("finite_size_check", "the ranking of the fields does not depend on N (review 003, section 6 item 4; the paper uses N = 10^4 only)",
                "review 003 section 6").paper("N = 10^4")
            .measured(Reports.object("n", preset.n(), "second_n", FINITE_SIZE_N))
            .notShown("every stage of this preset has N = " + preset.n() + "; no C_min at a second N (the coarse-graining diameter 2 r_c = 10 is "
                    + round(10 / Math.sqrt(preset.n())) + " of the box width)",
                "the cheap fields (all but SPS and Delta tau_y) on " + FINITE_SIZE_GLASSES + " glasses per protocol at N = " + FINITE_SIZE_N
                    + " (" + glasses + " glasses; AQS ~N, dense-spectrum fields ~N^2 from this run's seconds per field: the estimate is "
                    + "panel_costs.csv, row finite_size_check); new stages");
    }

    /** Softness labels from every onset of the training glasses (paper B.5), not from the first event only. */
    static Claim softnessOnAllOnsets(Preset preset) {
        int train = preset.trainingSamples() * preset.protocols().size();
        return Claim.of("softness_on_every_onset", "the SVM is trained on the D2min extrema of every onset of the training glasses", "Appendix B.5")
            .paper("every onset, 20000 + 20000 particles")
            .measured(Reports.object("training_glasses", train, "onsets_per_glass", 1))
            .notShown("the training stages shear each glass to its first event only (stage format fixed for the long run)",
                train + " training glasses sheared to gamma = " + preset.pathStrain() + " with the D2min labels of every onset, as the "
                    + preset.pathSamples() + " strain-path glasses per protocol are: new training stages, cost per glass that of a path glass "
                    + "(not separately timed in this run)");
    }

    /** tau_alpha of the swap-MC parents (issue 17: the equilibration diagnostic). */
    static Claim parentsTauAlpha() {
        return Claim.of("tau_alpha_of_the_parents", "the swap-MC parents are equilibrated on the scale of their structural relaxation time", "Appendix A.1.b")
            .paper("equilibrated parents")
            .notShown("only energy and swap-acceptance stationarity are measured (swap_equilibration_*); tau_alpha needs the self-intermediate "
                    + "scattering function of a swap-MC run at T_ini", "F_s(q, t) over the swap sweeps of each parent: a second pass over the "
                    + "same sweeps (about 0.4 ms per sweep at N = 324, measured) plus one F_s evaluation per logged sweep; not implemented");
    }

    /** The paper's NVT-reheating alpha (B22) against the T -> 0 limit this pipeline uses. */
    static Claim reheatingAlpha() {
        return Claim.of("alpha_nvt_reheating", "alpha from NVT reheating to Delta T = 0.01 T_MCT (paper) agrees with the T -> 0 limit used here", "Appendix B.22")
            .paper("NVT reheating").measured(Reports.object("alpha_here", "T -> 0 limit (seconds per field: indicator_seconds.csv)"))
            .notShown("alpha is the analytic T -> 0 limit (LocalThermalExpansion, tested against NVT Metropolis: projection 0.875 +- 0.072 on one "
                    + "glass); no per-glass comparison of C_min", "an NVT run per scored glass at Delta T = 0.01 T_MCT with the coarse-grained "
                    + "volumetric strain averaged to the paper's precision; run length not measured; new stages");
    }

    /** Mean seconds per field of {@code i} in this run (0 if not computed). */
    static double fieldSeconds(Table seconds, Indicator i) {
        for (int r = 0; r < seconds.rowCount(); r++)
            if (seconds.stringColumn("indicator").get(r).equals(i.label)) return seconds.doubleColumn("seconds_per_field").getDouble(r);
        return 0;
    }
}
