package glassdyn.papers;

import glassdyn.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code reproduce tau-lc-duality --scale smoke} through the jar: exit 0, the closing JSON line, one CSV per panel,
 * report.json with the claims; a second run on the same directory resumes from the checkpoints (nothing is
 * recomputed, so it reproduces report.json byte for byte) and is much faster; a bad scale is one line and exit 2.
 */
class TauLcDualityCliIT {
    static final List<String> PANELS = List.of("fig1_viscosity", "fig2ab_spectra", "fig2c_tau_lc_map", "fig3_tau_sh_vs_tau_lc", "fig11_master_curve", "fig4_cluster_grid",
        "fig31_bond_retention", "fig17_ridge", "fig20_hardness",
        "fig5_startup_stress", "fig11_eq3_parameters", "fig13_stress_model", "fig8_rate_switch", "control_zero_shear",
        "fig23_pel_tau_sh", "fig24abc_pel_density", "fig24d_pel_slow", "fig26_28_sgr", "fig27ab_sgr_activation", "fig15_startup_cell_model",
        "fig10_tau_lc_map", "fig10_ler_stress", "fig12_rcj");
    static final List<String> CLAIMS = List.of("tau_lc_reliability", "zero_shear_control", "shear_speeds_up",
        "shear_thinning_lambda", "tau_sh_inf_exponent", "tau_0_linear", "tau_lc_c_linear", "rate_switch_universality",
        "p_slow", "startup_overshoot", "g_eff_over_g_ini", "eq5_model_viscosity", "ridge_pearson", "svm_accuracy",
        "tau_sh_identity_then_flattening", "tau_lc_clustered", "slow_clusters_grow", "steady_tau_lc_shifts_left", "steady_equals_startup", "tau_lc_tau_sh_patterns",
        "retention_linear_in_phi", "top_descriptors_suffice", "distortion_tracks_sgr_strain", "omega_rises_with_rate", "cell_model_yield_strain", "cell_model_overshoot_grows",
        "ler_slow_tau_lc", "ler_stress_accumulates_fast_does_not", "rcj_crossover");

    @Test
    void smokeScaleWritesEveryPanelAndResumes(@TempDir Path dir) throws Exception {
        long t0 = System.nanoTime();
        TestEnvironment.Result r = TestEnvironment.glassdyn(dir, 300, "reproduce", "tau-lc-duality", "--scale", "smoke", "--out", "out");
        double first = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.lastLine().contains("\"paper\":\"tau-lc-duality\"") && r.lastLine().contains("\"checks_total\":36"), r.lastLine());
        for (String p : PANELS) assertTrue(Files.size(dir.resolve("out/" + p + ".csv")) > 0, p);
        String report = Files.readString(dir.resolve("out/report.json"));
        for (String c : CLAIMS) assertTrue(report.contains("\"" + c + "\""), c);
        // the tau_LC map has one row per particle of the smoke preset (N = 200) plus the header
        assertEquals(201, Files.readAllLines(dir.resolve("out/fig2c_tau_lc_map.csv")).size());
        assertTrue(r.err().contains("tau-lc-duality"), "progress bars on stderr");

        long t1 = System.nanoTime();
        TestEnvironment.Result again = TestEnvironment.glassdyn(dir, 300, "reproduce", "tau-lc-duality", "--scale", "smoke", "--out", "out");
        double second = (System.nanoTime() - t1) / 1e9;
        assertEquals(0, again.exit(), again.err());
        assertEquals(report, Files.readString(dir.resolve("out/report.json")));
        // an ensemble that is computed shows its progress bar "tau-lc-duality KEY (N replicas)"; check texts may say "replicas)"
        assertTrue(!java.util.regex.Pattern.compile("\\(\\d+ replicas\\)").matcher(again.err()).find(),
            "no ensemble recomputed on resume: " + again.err());
        assertTrue(second < first, "resume " + second + " s vs first run " + first + " s");

        TestEnvironment.Result bad = TestEnvironment.glassdyn(dir, 60, "reproduce", "tau-lc-duality", "--scale", "huge", "--out", "bad");
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(!Files.exists(dir.resolve("bad/report.json")));
    }
}
