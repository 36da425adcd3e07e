package glassdyn.papers.epmq;

import glassdyn.Scale;
import glassdyn.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The epm-q pipeline end to end at the smoke scale, the CLI contract of {@code reproduce} and {@code epm}, resume. */
class EpmQSmokeTest {

    private static String[] runCli(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        int code;
        try { code = Main.run(args); } finally { System.setOut(old); }
        String[] lines = buf.toString().strip().split("\\R");
        return new String[] {Integer.toString(code), lines[lines.length - 1]};
    }

    @Test
    void reproduceSmokeWritesEveryPanelAndReportAndResumes(@TempDir Path out) throws Exception {
        String[] r = runCli("reproduce", "epm-q", "--scale", "smoke", "--out", out.toString());
        assertEquals("0", r[0]);
        assertTrue(r[1].matches("\\{\"paper\":\"epm-q\",\"checks_passed\":\\d+,\"checks_failed\":\\d+,\"checks_not_shown\":\\d+,\"checks_informational\":\\d+,\"checks_total\":\\d+}"), r[1]);
        for (EpmQFigure f : EpmQFigure.values())
            assertTrue(Table.read().csv(out.resolve(f.file() + ".csv").toFile()).rowCount() > 0, f.file());
        String report = Files.readString(out.resolve("report.json"));
        assertTrue(report.contains("\"paper\": \"epm-q\"") && report.contains("\"scale\": \"smoke\"") && report.contains("\"checks\""));
        for (String key : List.of("kernel_alpha", "arrhenius_elastic", "arrhenius_no_elastic", "barrier_ratio", "eact_vs_mean_field",
            "sigma_bar_act_vs_edge", "stress_support_edge", "chi4_peak_grows", "chi4_peak_linear_in_inverse_T", "chi4_peak_bends",
            "chi4_peak_at_tau_alpha", "tau_definitions_share_barrier", "cs_faster_than_P", "finite_size", "stationarity", "facilitation"))
            assertTrue(report.contains("\"" + key + "\""), key);

        // resume: a new pipeline on the same directory reads every run from its checkpoint and gives the same tables
        EpmQ again = EpmQ.of(Scale.SMOKE, out);
        Table fig1b = again.fig1b();
        assertEquals(0, again.simulatedRuns(), "every run comes from its checkpoint");
        Table first = Table.read().csv(out.resolve("fig1b.csv").toFile());
        assertEquals(first.doubleColumn("tau_alpha_sweeps").asList(), fig1b.doubleColumn("tau_alpha_sweeps").asList());
    }

    @Test
    void reproduceRejectsUnknownPapersAndScales(@TempDir Path out) {
        assertEquals("2", runCli("reproduce", "no-such-paper", "--scale", "smoke", "--out", out.toString())[0]);
        assertEquals("2", runCli("reproduce", "epm-q", "--scale", "huge", "--out", out.toString())[0]);
        assertEquals("2", runCli("reproduce", "epm-q", "--scale", "smoke", "--threads", "0", "--out", out.toString())[0]);
    }

    @Test
    void epmCommandSummaryLine(@TempDir Path out) throws Exception {
        String[] r = runCli("epm", "--L", "16", "--temperature", "0.1", "--time", "300", "--equilibrate", "50",
            "--seed", "3", "--out", out.toString());
        assertEquals("0", r[0]);
        assertTrue(r[1].startsWith("{\"tau_alpha\":") && r[1].contains("\"alpha\":0.1") && r[1].contains("\"events\":"), r[1]);
        assertTrue(Files.exists(out.resolve("correlations.csv")));
        String[] none = runCli("epm", "--L", "16", "--temperature", "0.2", "--time", "500", "--kernel", "none");
        assertTrue(none[1].contains("\"alpha\":null"), none[1]);
        assertEquals("2", runCli("epm", "--L", "16", "--temperature", "-1", "--time", "10")[0]);
        assertEquals("2", runCli("epm", "--L", "15", "--temperature", "0.1", "--time", "10")[0]);
        assertEquals("2", runCli("epm", "--L", "16", "--temperature", "0.1", "--time", "10", "--kernel", "bogus")[0]);
    }
}
