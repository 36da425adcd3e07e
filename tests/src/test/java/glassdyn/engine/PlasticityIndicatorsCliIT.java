package glassdyn.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code reproduce plasticity-indicators --scale smoke} through the jar: the CLI.md summary line, one CSV per panel,
 * report.json with the claims, one checkpoint stage per sample, and a second run that resumes from them and writes the
 * same scores.
 */
class PlasticityIndicatorsCliIT {
    @Test
    void smokeReproductionWritesPanelsReportAndResumes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        long t0 = System.nanoTime();
        Processes.Result r = Processes.glassdyn(dir, "reproduce", "plasticity-indicators", "--scale", "smoke", "--out", out.toString());
        double seconds = (System.nanoTime() - t0) * 1e-9;
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.lastLine().matches("\\{\"paper\":\"plasticity-indicators\",\"checks_passed\":\\d+,\"checks_failed\":\\d+,\"checks_not_shown\":\\d+,\"checks_informational\":\\d+,\"checks_total\":\\d+}"), r.lastLine());
        for (String f : List.of("fig1ab_stress_strain", "fig1c_first_event_strain", "fig3b_cdf", "fig4a_spearman", "fig4bcfg_cmin",
            "fig4de_cmin_vs_stability", "fig4hj_c_vs_event", "fig4ik_c_delta_gamma", "fig11_onsets", "svm_accuracy", "maps",
            "fig11bc_critical_mode_approach", "fig7a_theta_elastic_branch", "first_event_detectors", "first_event_detector_scores",
            "fig8c_theta_histogram"))
            assertTrue(Files.size(out.resolve(f + ".csv")) > 100, f);
        String report = Files.readString(out.resolve("report.json"));
        for (String key : List.of("modes_beat_density_and_free_volume_poly-0.3", "theta_and_softness_best_structural_poly-0.3",
            "modes_near_one_poly-inf", "ultrastable_inversion", "lj_and_poly_rank_alike", "svm_validation_accuracy", "noise_floor",
            "swap_equilibration_poly-0.3", "critical_mode_at_onset", "no_rank_switch_near_critical", "theta_affine_nonaffine_recovers_onset",
            "structural_block_apart_from_linear_response_poly-0.3", "stress_drop_peaks_at_yield_brittle", "first_event_detector_sensitivity", "C_min",
            "linear_modes_beat_all_ductile_poly-inf", "reversible_first_events_stable_poly", "near_threshold_sites_depleted_brittle", "dissipation_suppressed_brittle",
            "disordered_motifs_depleted_brittle", "avalanche_d2min_locus"))
            assertTrue(report.contains("\"" + key + "\""), key);
        assertTrue(report.contains("\"informational\""), "the noise floor is informational");
        long checkpoints;
        try (var s = Files.list(out.resolve("checkpoints"))) { checkpoints = s.filter(f -> f.toString().endsWith(".stage")).count(); }
        assertEquals(15, checkpoints, "2 protocols x (2 training + 2 scored + 2 critical-mode approaches) stages + the swap-MC diagnostic "
            + "of poly-0.3 + 2 elastic-branch Theta stages of poly-0.3");
        try (var s = Files.list(out.resolve("checkpoints"))) {
            assertTrue(s.filter(f -> f.getFileName().toString().matches(".*-test-\\d+\\.stage")).anyMatch(f -> {
                try { return Files.readString(f).contains("field.theta"); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
            }), "a scored stage stores its Theta field (Fig. 8(c) over every glass)");
        }
        String cmin = Files.readString(out.resolve("fig4bcfg_cmin.csv"));
        System.out.printf("reproduce plasticity-indicators --scale smoke: %.1f s, %s%n", seconds, r.lastLine());

        long t1 = System.nanoTime();
        Processes.Result again = Processes.glassdyn(dir, "reproduce", "plasticity-indicators", "--scale", "smoke", "--out", out.toString());
        double resumed = (System.nanoTime() - t1) * 1e-9;
        assertEquals(0, again.exit(), again.stderr());
        assertEquals(r.lastLine(), again.lastLine());
        assertEquals(cmin, Files.readString(out.resolve("fig4bcfg_cmin.csv")), "resumed run gives the same scores");
        System.out.printf("resumed from checkpoints in %.1f s%n", resumed);
        assertTrue(resumed < seconds, "resume must reuse the checkpoints");

        // a stale checkpoint (other parameters: another indicator list) with a planted wrong score is recomputed, not misread
        Path stale = out.resolve("checkpoints").resolve("poly-0.3-test-0.stage");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(stale));
        lines.replaceAll(l -> l.startsWith("params=") ? "params=plasticity-indicators scored format\\=1016 scale\\=smoke" : l);
        Files.write(stale, lines);
        Path theta = out.resolve("checkpoints").resolve("poly-0.3-test-0.f64.rx.theta");
        byte[] planted = java.nio.ByteBuffer.allocate(12).putInt(1).putDouble(0.0).array();
        Files.write(theta, planted);
        Processes.Result third = Processes.glassdyn(dir, "reproduce", "plasticity-indicators", "--scale", "smoke", "--out", out.toString());
        assertEquals(0, third.exit(), third.stderr());
        assertEquals(cmin, Files.readString(out.resolve("fig4bcfg_cmin.csv")), "stale checkpoint recomputed to the same scores");
        assertTrue(!Files.readString(stale).contains("format\\=1016"), "checkpoint rewritten");
    }
}
