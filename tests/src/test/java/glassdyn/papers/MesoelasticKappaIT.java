package glassdyn.papers;

import glassdyn.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code reproduce mesoelastic-kappa --scale smoke} through the real jar: one CSV per panel with a header and data
 * rows of the same width, a report.json whose every check has the five fields and no absurd or non-finite number, the
 * closing summary line; a second run resumes from the checkpoints and gives the same report.
 */
class MesoelasticKappaIT {
    @TempDir Path dir;

    static final List<String> PANELS = List.of("fig3_ipl_relative_change", "fig4_1_fs_msd", "fig4_2_tau_alpha",
        "fig4_3_kappa_G_relative", "fig4_4_eq3", "fig5a_is_energy", "fig5b_transition_rate", "fig6_mobility_kappa",
        "fig7_spearman", "fig12_attractive_pairs", "structure_factor", "kappa_distribution", "matched_viscosity");

    @Test void smokeWritesPanelsAndReport() throws Exception {
        TestEnvironment.Result r = TestEnvironment.glassdyn(dir, 120, "reproduce", "mesoelastic-kappa", "--scale", "smoke", "--out", "out", "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.lastLine().contains("\"paper\":\"mesoelastic-kappa\"") && r.lastLine().contains("checks_total"), r.out());
        for (String p : PANELS) {
            List<String> lines = Files.readAllLines(dir.resolve("out").resolve(p + ".csv"));
            assertTrue(lines.size() >= 2, p + " has no data rows");
            int width = lines.get(0).split(",", -1).length;
            for (String line : lines) assertEquals(width, line.split(",", -1).length, p + ": " + line);
        }
        String report = Files.readString(dir.resolve("out/report.json"));
        assertTrue(report.contains("\"scale\": \"smoke\""), report);
        int checks = report.split("\"name\":", -1).length - 1;
        assertTrue(checks >= 8, report);
        for (String key : List.of("\"claim\":", "\"paper_value\":", "\"measured\":", "\"pass\":"))
            assertEquals(checks, report.split(key, -1).length - 1, key + " missing in some check: " + report);
        // no absurd magnitudes (e.g. a ratio over a zero denominator): such cases are bounds or null with a reason
        java.util.regex.Matcher big = java.util.regex.Pattern.compile("[0-9][eE][+-]?[0-9]{3,}").matcher(report);
        if (big.find()) fail("number beyond 1e+-100 in report.json: " + big.group());
        assertFalse(report.contains("Infinity") || report.contains("NaN"), "non-finite number printed in report.json");
        for (String name : List.of("kappa_vs_G_annealing_ipl", "eq3_fit_ipl", "ballistic_end", "transition_rate_ipl_vs_ss", "spearman_density", "attraction_dominated_ss",
                "kappa_vs_G_annealing_sw", "eq3_fit_sw", "transition_rate_ipl_vs_sw", "attraction_dominated_sw", "sq_first_peak_sw",
                "matched_viscosity_tau_alpha", "transition_rate_ipl_vs_ss_matched", "transition_rate_ss_density_matched", "spearman_density_matched"))
            assertTrue(report.contains("\"" + name + "\""), name);
        TestEnvironment.Result again = TestEnvironment.glassdyn(dir, 60, "reproduce", "mesoelastic-kappa", "--scale", "smoke", "--out", "out", "--threads", "1");
        assertEquals(0, again.exit(), again.err());
        assertEquals(report, Files.readString(dir.resolve("out/report.json")), "resumed run changed the report");
    }
}
