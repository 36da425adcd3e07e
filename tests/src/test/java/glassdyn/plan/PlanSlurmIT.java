package glassdyn.plan;

import glassdyn.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A paper's smoke plan through a real scheduler: {@code environment/slurm-local} (single-node Slurm, started by
 * {@code environment/test}), {@code plan}, one {@code sbatch --wait} per level, {@code plan --status},
 * {@code reproduce --from}; the assembled report.json must equal a local run's (deterministic units), and a unit
 * killed mid-run must resume on rerun without changing the report.
 */
class PlanSlurmIT {
    static final String PAPER = "epm-q";

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"cage-jump-ler", "tau-lc-duality", "epm-q",
        "plasticity-indicators", "mesoelastic-kappa"})
    void smokePlanThroughSlurmReproducesTheLocalReport(String paper, @TempDir Path tmp) throws Exception {
        Path root = TestEnvironment.root();
        TestEnvironment.Result start = TestEnvironment.run(root, 120, List.of(root.resolve("environment/slurm-local").toString(), "start"));
        assertEquals(0, start.exit(), "slurm-local start: " + start.out() + start.err());
        Path plan = tmp.resolve("plan"), local = tmp.resolve("local"), assembled = tmp.resolve("assembled");
        TestEnvironment.Result p = TestEnvironment.glassdyn(root, 120, "plan", paper, "--scale", "smoke", "--out", plan.toString());
        assertEquals(0, p.exit(), p.err());
        assertTrue(p.lastLine().contains("\"units\":") && p.lastLine().contains("\"max_unit_memory_gb\":"), p.lastLine());
        int levels = Integer.parseInt(p.lastLine().replaceAll(".*\"levels\":(\\d+).*", "$1"));
        String sbatch = TestEnvironment.require("sbatch", "environment/slurm-local start (as root)");
        for (int k = 0; k < levels; k++) {
            TestEnvironment.Result s = TestEnvironment.run(plan, 600, List.of(sbatch, "--wait",
                plan.resolve("slurm/level-" + k + ".sh").toString()));
            assertEquals(0, s.exit(), "sbatch level " + k + ": " + s.out() + s.err());
        }
        TestEnvironment.Result st = TestEnvironment.glassdyn(root, 60, "plan", "--status", plan.toString());
        assertTrue(st.lastLine().contains("\"failed\":0") && st.lastLine().contains("\"waiting\":0"), st.lastLine());
        assertEquals(0, TestEnvironment.glassdyn(root, 300, "reproduce", paper, "--scale", "smoke", "--from", plan.toString(),
            "--out", assembled.toString()).exit());
        assertEquals(0, TestEnvironment.glassdyn(root, 300, "reproduce", paper, "--scale", "smoke", "--out", local.toString()).exit());
        assertEquals(withoutCommit(local.resolve("report.json")), withoutCommit(assembled.resolve("report.json")));
    }

    @Test
    void aKilledUnitResumesAndTheReportIsUnchanged(@TempDir Path tmp) throws Exception {
        Path root = TestEnvironment.root();
        Path plan = tmp.resolve("plan"), local = tmp.resolve("local"), assembled = tmp.resolve("assembled");
        assertEquals(0, TestEnvironment.glassdyn(root, 120, "plan", PAPER, "--scale", "smoke", "--out", plan.toString()).exit());
        List<String[]> rows = Files.readAllLines(plan.resolve("units.tsv")).stream().skip(1).map(l -> l.split("\t")).toList();
        List<String> ids = rows.stream().map(r -> r[0]).toList();
        // start the costliest level-0 unit and kill it while it computes: after its first progress line (the work has
        // begun and is not finished: a run reports each tenth), so the kill does not race the unit's end
        String victim = rows.stream().filter(r -> r[6].equals("0"))
            .max(java.util.Comparator.comparingDouble(r -> Double.parseDouble(r[3]))).orElseThrow()[0];
        Path log = tmp.resolve("killed.log");
        Process proc = new ProcessBuilder(TestEnvironment.java(), "-jar", TestEnvironment.jar().toString(), "run-unit",
            plan.toString(), victim).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (proc.isAlive() && System.nanoTime() < deadline && !(Files.exists(log) && Files.readString(log).contains("%")))
            Thread.sleep(10);
        assertTrue(proc.isAlive(), "the unit ended before it could be killed: " + Files.readString(log));
        proc.destroyForcibly();
        assertTrue(proc.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(plan.resolve("units/" + victim + ".done")), "a killed unit must not be marked done");
        for (String id : ids) {
            TestEnvironment.Result r = TestEnvironment.glassdyn(root, 300, "run-unit", plan.toString(), id);
            assertEquals(0, r.exit(), id + ": " + r.out() + r.err());
            assertTrue(r.lastLine().contains("\"status\":\"done\""), r.lastLine());
        }
        assertTrue(TestEnvironment.glassdyn(root, 60, "run-unit", plan.toString(), victim).lastLine().contains("skipped"));
        assertEquals(0, TestEnvironment.glassdyn(root, 300, "reproduce", PAPER, "--scale", "smoke", "--from", plan.toString(),
            "--out", assembled.toString()).exit());
        assertEquals(0, TestEnvironment.glassdyn(root, 300, "reproduce", PAPER, "--scale", "smoke", "--out", local.toString()).exit());
        assertEquals(withoutCommit(local.resolve("report.json")), withoutCommit(assembled.resolve("report.json")));
        TestEnvironment.Result bad = TestEnvironment.glassdyn(root, 60, "run-unit", plan.toString(), "no-such-unit");
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    /** report.json as a JSON tree without its commit (object key order is not part of the comparison). */
    private static com.fasterxml.jackson.databind.JsonNode withoutCommit(Path report) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode)
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
        n.remove("commit");
        return n;
    }
}
