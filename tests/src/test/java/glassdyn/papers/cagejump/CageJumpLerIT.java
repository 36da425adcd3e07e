package glassdyn.papers.cagejump;

import glassdyn.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code reproduce cage-jump-ler --scale smoke} through the jar: one CSV per panel and report.json with the issue's
 * claims; the Fig. 3-4 tables hold both volume fractions (phi column); a second run resumes from the per-rate StageStore checkpoints and writes the same flow curve; a bad scale fails with
 * one line and no output.
 */
class CageJumpLerIT {
    static final List<String> PANELS = List.of("fig1a_flow_curve", "fig1a_eta_blocks", "fig1b_cage_jumps", "fig1b_cluster_mask",
        "fig1c_traceback", "fig2abcd_cluster_life", "fig2efgh_cluster_jumps", "fig3a_occupancy", "fig3bcd_cluster_summary",
        "fig3c_pair_distortion", "fig3d_chi4", "fig4a_phm_modes", "fig4a_phm_spots", "fig4bc_jump_pair_correlation", "fig1b_jump_clustering", "fig2_region_life_cycles");
    static final List<String> CLAIMS = List.of("shear_thinning", "eta_phi_order", "steady_state", "P_c_mean", "eta_c_matches_eta",
        "nu_c_vs_lambda_over_4", "xi_c_over_xi_ler", "t_y_vs_t_chi", "P_ext_above_half", "alpha_range_and_xi_alpha", "phm_vs_early_jumps",
        "jumps_clustered", "life_cycle_from_zero", "sigma_cy_vs_random_regions", "P_ext_vs_random_regions", "R_vs_random_regions", "gyration_ratio_t0",
        "jumps_clustered_vs_shuffled", "sigma_cy_vs_shuffled_jumps", "P_ext_vs_shuffled_jumps", "R_vs_shuffled_jumps",
        "P_c_grows_with_rate", "gamma_c_drops_after_t2", "g_cj_insensitive_to_rate", "alpha_amplitude_vs_rate", "t_chi_resolved");

    private static TestEnvironment.Result reproduce(Path dir, String scale, Path out) throws Exception {
        return TestEnvironment.run(dir, 300, List.of(TestEnvironment.java(), "-jar", TestEnvironment.jar().toString(),
            "reproduce", "cage-jump-ler", "--scale", scale, "--out", out.toString()));
    }

    @Test
    void smokeScaleWritesEveryPanelAndResumes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        TestEnvironment.Result r = reproduce(dir, "smoke", out);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.lastLine().startsWith("{\"paper\":\"cage-jump-ler\""), r.lastLine());
        for (String p : PANELS) assertTrue(Files.exists(out.resolve(p + ".csv")), "missing panel " + p);
        String report = Files.readString(out.resolve("report.json"));
        for (String c : CLAIMS) assertTrue(report.contains("\"" + c + "\""), "report lacks claim " + c);
        // eta(45%) > eta(42.5%) holds even at the smoke scale (the denser liquid is more viscous): never a fail
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)\"eta_phi_order\".*?\"status\": ?\"(\\w+)\"").matcher(report);
        assertTrue(m.find() && !m.group(1).equals("fail"), "eta(45%) > eta(42.5%) failed:\n" + report);
        // Figs. 3-4 at both volume fractions: a phi column with every (phi, cluster rate) of the smoke preset
        for (String p : List.of("fig3bcd_cluster_summary", "fig3c_pair_distortion", "fig3d_chi4", "fig4bc_jump_pair_correlation",
            "fig2_region_life_cycles", "fig3a_occupancy")) {
            List<String> lines = Files.readAllLines(out.resolve(p + ".csv"));
            assertTrue(lines.get(0).startsWith("phi,gamma_dot_tau0,"), p + ": " + lines.get(0));
            for (String phi : List.of("0.45,", "0.425,"))
                assertTrue(lines.stream().skip(1).anyMatch(l -> l.startsWith(phi)), p + " has no row at phi " + phi);
        }
        assertTrue(Files.exists(out.resolve("checkpoints/phi0.425_rate0003.000.record.stage")), "the 42.5% cluster rate keeps its record");
        String flow = Files.readString(out.resolve("fig1a_flow_curve.csv"));
        // resume: drop the last rate of the 42.5% chain; it restarts from the checkpointed state of the rate before
        Path last = out.resolve("checkpoints/phi0.425_rate0003.000.state.stage");
        assertTrue(Files.exists(last), "per-rate checkpoint missing");
        long others = Files.list(out.resolve("checkpoints")).map(f -> f.getFileName().toString())
            .filter(f -> f.startsWith("phi") && f.endsWith(".state.stage")).count();
        assertEquals(4, others, "one final state per (phi, rate) of the BD chains (the KA/MD variant keeps its own)");
        Files.delete(last);
        TestEnvironment.Result again = reproduce(dir, "smoke", out);
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(Files.exists(last), "the dropped rate was not rerun");
        assertEquals(flow, Files.readString(out.resolve("fig1a_flow_curve.csv")),
            "a run resumed from the previous rate's checkpoint must reproduce the uninterrupted flow curve");
    }

    @Test
    void badScaleFailsWithOneLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bad");
        TestEnvironment.Result r = reproduce(dir, "huge", out);
        assertTrue(r.exit() != 0);
        assertTrue(r.err().strip().lines().count() <= 2 && r.err().contains("huge"), r.err());
        assertTrue(!Files.exists(out.resolve("report.json")));
    }
}
