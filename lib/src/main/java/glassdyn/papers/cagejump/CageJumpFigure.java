package glassdyn.papers.cagejump;

import java.util.Locale;

/**
 * The figure tables of paper 000, shared by the pipeline ({@link CageJumpFigures#table}, the CSV file names of
 * {@code reproduce}) and notebook 01; {@link #of(String)} throws for an unknown name.
 */
public enum CageJumpFigure {
    /** Fig. 1(a): eta vs gamma_dot at both phi. */
    FLOW_CURVE("fig1a_flow_curve"),
    /** Fig. 1(a): eta block averages per (phi, rate). */
    ETA_BLOCKS("fig1a_eta_blocks"),
    /** Fig. 1(b): cage jumps of one t_chi window around the highlighted cluster (shear plane). */
    CAGE_JUMPS("fig1b_cage_jumps"),
    /** Fig. 1(b): the highlighted cluster's mask voxels. */
    CLUSTER_MASK("fig1b_cluster_mask"),
    /** Fig. 1(b): dispersion of the window's jump counts against jumps moved to random big particles (the clustering null). */
    JUMP_CLUSTERING("fig1b_jump_clustering"),
    /** p. 1 / SM (C25): region masks from big-particle jumps vs all jumps, Jaccard overlap per window against translated masks. */
    SMALL_PARTICLES("sm_small_particles_delineation"),
    /** Fig. 1(c): the traced boundary. */
    TRACEBACK("fig1c_traceback"),
    /** Fig. 2(a-d): sigma_c, gamma_c, n_cj, P_ext, R of the highlighted cluster. */
    CLUSTER_LIFE("fig2abcd_cluster_life"),
    /** Fig. 2(e-h): the cage jumps of the highlighted cluster. */
    CLUSTER_JUMPS("fig2efgh_cluster_jumps"),
    /** Fig. 2 / 3: per-region life cycles of the detected clusters and of the random-region null. */
    REGION_LIFE_CYCLES("fig2_region_life_cycles"),
    /** Fig. 3(a): P_c(t). */
    OCCUPANCY("fig3a_occupancy"),
    /** Fig. 3(b-d): per-rate cluster summary. */
    CLUSTER_SUMMARY("fig3bcd_cluster_summary"),
    /** Fig. 3(c): shear-distorted g(r). */
    PAIR_DISTORTION("fig3c_pair_distortion"),
    /** Fig. 3(d): chi_4(t). */
    CHI4("fig3d_chi4"),
    /** Fig. 4(a): the softest pseudo-harmonic modes of the isolated cluster. */
    PHM_MODES("fig4a_phm_modes"),
    /** Fig. 4(a): PHM loci and early cage-jump spots. */
    PHM_SPOTS("fig4a_phm_spots"),
    /** Fig. 4(b, c): g_cj(r) and alpha(r). */
    JUMP_PAIR_CORRELATION("fig4bc_jump_pair_correlation");

    private final String file;

    CageJumpFigure(String file) { this.file = file; }

    /** The CSV file name (without .csv). */
    public String file() { return file; }

    /** The figure of a file name or constant name (case-insensitive); throws for an unknown name. */
    public static CageJumpFigure of(String name) {
        for (CageJumpFigure f : values()) if (f.file.equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) return f;
        StringBuilder known = new StringBuilder();
        for (CageJumpFigure f : values()) known.append(known.isEmpty() ? "" : ", ").append(f.file);
        throw new IllegalArgumentException("unknown cage-jump-ler figure '" + name + "' (known: " + known + ")");
    }

    @Override
    public String toString() { return file.toLowerCase(Locale.ROOT); }
}
