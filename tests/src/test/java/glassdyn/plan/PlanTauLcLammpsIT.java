package glassdyn.plan;

import glassdyn.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code plan tau-lc-duality --engine lammps} at smoke scale: every isoconfigurational ensemble runs its replicas on
 * LAMMPS ({@code glassdyn.lammps.LammpsSllodReplicas}), the plan finishes and {@code reproduce --from} assembles the
 * report. The ensembles' stages must have the schema of glassdyn's own (the same arrays, of the same lengths, and the
 * same scalars): a glassdyn-engine plan given the same origins, steady states and plateau runs three ensembles of
 * different kinds (equilibrium; start-up, with per-particle stresses; continuation, with bond retention) and their
 * stage files are compared name by name and size by size. Values differ by design (another integrator's round-off
 * and its O(dt) tilt timing make other chaotic trajectories); that both integrate the same equations is
 * {@link LammpsSllodReplicaIT}'s check.
 */
class PlanTauLcLammpsIT {
    static final List<String> COMPARED = List.of("ice-eq-0", "ice-startup-0.200000-0", "ice-steady-0.200000");

    @Test
    void ensemblesOnLammpsHaveGlassdynsSchemaAndTheReportAssembles(@TempDir Path tmp) throws Exception {
        TestEnvironment.require("lmp", "apt-get install lammps (environment/test-packages)");
        Path root = TestEnvironment.root();
        Path plan = tmp.resolve("plan"), out = tmp.resolve("out"), ref = tmp.resolve("ref");
        // the papers LAMMPS cannot run refuse in one line naming what is missing
        for (String[] c : new String[][] {{"plasticity-indicators", "no pair style"}, {"cage-jump-ler", "no fix brownian"},
                                          {"epm-q", "lattice"}}) {
            TestEnvironment.Result bad = TestEnvironment.glassdyn(root, 120, "plan", c[0], "--scale", "smoke", "--engine", "lammps",
                "--out", tmp.resolve("bad-" + c[0]).toString());
            assertEquals(2, bad.exit(), c[0]);
            assertEquals(1, bad.err().strip().lines().count(), bad.err());
            assertTrue(bad.err().contains(c[1]), bad.err());
        }
        TestEnvironment.Result p = TestEnvironment.glassdyn(root, 300, "plan", "tau-lc-duality", "--scale", "smoke",
            "--engine", "lammps", "--out", plan.toString());
        assertEquals(0, p.exit(), p.err());
        List<String> ids = Files.readAllLines(plan.resolve("units.tsv")).stream().skip(1).map(l -> l.split("\t")[0]).toList();
        assertTrue(Files.readString(plan.resolve("units.tsv")).contains("equilibrium ensemble (LAMMPS)"));
        for (String id : ids) {
            TestEnvironment.Result r = TestEnvironment.glassdyn(root, 900, "run-unit", plan.toString(), id);
            assertTrue(r.lastLine().contains("\"status\":\"done\""), id + ": " + r.out() + r.err());
        }
        TestEnvironment.Result rep = TestEnvironment.glassdyn(root, 900, "reproduce", "tau-lc-duality", "--scale", "smoke",
            "--from", plan.toString(), "--out", out.toString());
        assertEquals(0, rep.exit(), rep.err());
        assertTrue(Files.readString(out.resolve("report.json")).contains("\"checks\""));

        // the reference: a glassdyn-engine plan from the same origins, steady states and plateau
        assertEquals(0, TestEnvironment.glassdyn(root, 300, "plan", "tau-lc-duality", "--scale", "smoke", "--out",
            ref.toString()).exit());
        Files.createDirectories(ref.resolve("store"));
        Files.createDirectories(ref.resolve("units"));
        try (Stream<Path> s = Files.list(plan.resolve("store"))) {
            for (Path f : s.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("origin") || name.startsWith("steady") || name.startsWith("ice-plateau"))
                    Files.copy(f, ref.resolve("store").resolve(name));
            }
        }
        for (String done : List.of("origins", "ice-plateau", "steady-0.0500000", "steady-0.200000"))
            Files.copy(plan.resolve("units").resolve(done + ".done"), ref.resolve("units").resolve(done + ".done"));
        for (String id : COMPARED) {
            TestEnvironment.Result r = TestEnvironment.glassdyn(root, 900, "run-unit", ref.toString(), id);
            assertTrue(r.lastLine().contains("\"status\":\"done\""), id + ": " + r.out() + r.err());
            assertEquals(schema(ref.resolve("store"), id), schema(plan.resolve("store"), id), id);
        }
    }

    /** Array file names with their sizes, and the stage's listed arrays and scalar names. */
    static TreeMap<String, Long> schema(Path store, String key) throws Exception {
        TreeMap<String, Long> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(store)) {
            for (Path f : s.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(key + ".f64.")) m.put(name, Files.size(f));
            }
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(store.resolve(key + ".stage"))) { p.load(in); }
        for (String k : p.stringPropertyNames()) if (!k.equals("params") && !k.startsWith("value.")) m.put("stage:" + k + "=" + p.getProperty(k), 0L);
        for (String k : p.stringPropertyNames()) if (k.startsWith("value.")) m.put("stage:" + k, 0L);
        assertFalse(m.isEmpty(), "no stage " + key + " in " + store);
        return m;
    }
}
