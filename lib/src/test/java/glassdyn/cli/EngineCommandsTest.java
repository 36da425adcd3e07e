package glassdyn.cli;

import glassdyn.force.ForceField;
import glassdyn.protocols.LiquidPreparation;
import glassdyn.io.LammpsDataFile;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.space.Box;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The engine commands in process: results against the library, and bad input (one line, exit 2, no output file). */
class EngineCommandsTest {
    @TempDir Path dir;
    Path data;

    @BeforeEach void writeLiquid() {
        Configuration c = LiquidPreparation.liquid(new KobAndersen(), Box.cubic(3, Math.cbrt(300 / 1.2)),
            LiquidPreparation.kobAndersenCounts(300), 0.8, 0.2, 9, 1);
        data = dir.resolve("liquid.data");
        LammpsDataFile.write(data, c, true, "test");
    }

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            int code = cl.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

    @Test void forcesMatchTheLibrary() throws Exception {
        Path csv = dir.resolve("f.csv");
        Run r = run("forces", "--potential", "kob-andersen", "--data", data.toString(), "--out", csv.toString(), "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        Configuration c = LammpsDataFile.read(data, 3);
        try (ForceField ff = new ForceField(new KobAndersen(), 0.0, 1)) {
            ff.computePerParticle(c);
            assertTrue(r.out().strip().endsWith("}"));
            assertTrue(r.out().contains("\"energy\":" + ff.energy()), r.out());
            var lines = Files.readAllLines(csv);
            assertEquals("id,type,fx,fy,fz,pe", lines.get(0));
            String[] first = lines.get(1).split(",");
            assertEquals(c.id[0], Integer.parseInt(first[0]));
            assertEquals(ff.fx()[0], Double.parseDouble(first[2]));
            assertEquals(ff.energyPerParticle()[0], Double.parseDouble(first[5]));
        }
    }

    @Test void mdWritesSummaryDumpAndData() throws Exception {
        Path dump = dir.resolve("run.dump"), out = dir.resolve("final.data");
        Run r = run("md", "--potential", "kob-andersen", "--data", data.toString(), "--temperature", "0.8", "--dt", "0.005",
            "--steps", "200", "--thermostat", "nose-hoover", "--tdamp", "0.5", "--threads", "2", "--dump", dump.toString(),
            "--every", "50", "--out", out.toString(), "--thermo", "10");
        assertEquals(0, r.exit(), r.err());
        String json = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        for (String key : new String[] {"\"steps\":200", "\"n\":300", "\"seconds\":", "\"atom_steps_per_second\":", "\"temperature\":", "\"pressure_tensor\":["})
            assertTrue(json.contains(key), key + " in " + json);
        long frames = Files.readAllLines(dump).stream().filter(s -> s.equals("ITEM: TIMESTEP")).count();
        assertEquals(5, frames);
        Configuration c = LammpsDataFile.read(out, 3);
        assertEquals(300, c.n);
    }

    /** md --shear-rate: the Lees-Edwards tilt follows gamma-dot t exactly (modulo flips), the shear stress opposes the flow. */
    @Test void mdUnderShearTiltsTheBoxAndReportsStress() throws Exception {
        Path out = dir.resolve("sheared.data");
        double rate = 0.5, dt = 0.005;
        int steps = 400;
        Run r = run("md", "--potential", "kob-andersen", "--data", data.toString(), "--temperature", "0.8", "--dt", "0.005",
            "--steps", String.valueOf(steps), "--thermostat", "nose-hoover", "--tdamp", "0.5", "--shear-rate", String.valueOf(rate),
            "--threads", "1", "--out", out.toString(), "--thermo", "10");
        assertEquals(0, r.exit(), r.err());
        String json = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        for (String key : new String[] {"\"shear_rate\":0.5", "\"shear_stress\":", "\"viscosity\":", "\"strain_applied\":1"})
            assertTrue(json.contains(key), key + " in " + json);
        Configuration c = LammpsDataFile.read(out, 3);
        double expected = rate * steps * dt * c.box.ly();
        expected -= c.box.lx() * Math.rint(expected / c.box.lx());
        assertEquals(expected, c.box.xy(), 1e-9 * c.box.lx(), "tilt after strain 1");
        double stress = Double.parseDouble(json.replaceAll(".*\"shear_stress\":([-0-9.eE]+).*", "$1"));
        assertTrue(stress > 0, "shear stress -P_xy must be positive under positive shear: " + stress);
        assertBadInput(dir.resolve("never.data"), "md", "--potential", "kob-andersen", "--data", data.toString(), "--temperature", "0.8",
            "--dt", "0.005", "--steps", "10", "--shear-rate", "0.1", "--out", dir.resolve("never.data").toString());
    }

    @Test void minimizeConverges() {
        Path out = dir.resolve("is.data");
        Run r = run("minimize", "--potential", "kob-andersen", "--data", data.toString(), "--out", out.toString(),
            "--force-tolerance", "1e-8", "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"max_force\":"), r.out());
        assertTrue(Files.exists(out));
    }

    /** The three-body Stillinger-Weber model through md and minimize (the engine's many-body force field). */
    @Test void stillingerWeberRunsMdAndMinimize() throws Exception {
        int side = 5, n = side * side * side;
        double a = Math.cbrt(1 / 0.52), l = side * a;
        Configuration c = new Configuration(n, Box.cubic(3, l));
        c.mass = new double[] {1};
        java.util.SplittableRandom rng = new java.util.SplittableRandom(4);
        for (int i = 0; i < n; i++) {
            c.x[i] = (i % side + 0.5) * a + 0.3 * (rng.nextDouble() - 0.5);
            c.y[i] = (i / side % side + 0.5) * a + 0.3 * (rng.nextDouble() - 0.5);
            c.z[i] = (i / (side * side) + 0.5) * a + 0.3 * (rng.nextDouble() - 0.5);
        }
        Path sw = dir.resolve("sw.data"), after = dir.resolve("sw-md.data"), is = dir.resolve("sw-is.data");
        LammpsDataFile.write(sw, c, false, "sw test");
        Run md = run("md", "--potential", "stillinger-weber", "--data", sw.toString(), "--temperature", "0.06", "--dt", "0.02",
            "--steps", "100", "--thermostat", "nose-hoover", "--tdamp", "2", "--threads", "2", "--out", after.toString(), "--thermo", "50");
        assertEquals(0, md.exit(), md.err());
        Run min = run("minimize", "--potential", "stillinger-weber", "--data", after.toString(), "--out", is.toString(),
            "--force-tolerance", "1e-9", "--threads", "1");
        assertEquals(0, min.exit(), min.err());
        double fmax = Double.parseDouble(min.out().replaceAll("(?s).*\"max_force\":([-0-9.eE]+).*", "$1"));
        assertTrue(fmax < 1e-9, min.out());
        // the written inherent structure is a minimum of the library's own SW force field
        Configuration q = LammpsDataFile.read(is, 3);
        try (glassdyn.force.ForceField ff = new glassdyn.force.ForceField(new glassdyn.force.StillingerWeberForce(), 0.3, 1)) {
            ff.compute(q, false);
            assertTrue(glassdyn.minimize.Fire.maxForce(ff, q.n) < 1e-8);
        }
    }

    private void assertBadInput(Path mustNotExist, String... args) {
        Run r = run(args);
        assertEquals(Main.EXIT_BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(mustNotExist), "no partial output " + mustNotExist);
    }

    @Test void badInputGetsOneLineAndNoOutput() throws Exception {
        Path out = dir.resolve("never.csv");
        assertBadInput(out, "forces", "--potential", "no-such-model", "--data", data.toString(), "--out", out.toString());
        Path garbled = dir.resolve("garbled.data");
        Files.writeString(garbled, Files.readString(data).replaceFirst("\n1 1 ", "\n1 1 abc "));
        assertBadInput(out, "forces", "--potential", "kob-andersen", "--data", garbled.toString(), "--out", out.toString());
        assertBadInput(out, "md", "--potential", "kob-andersen", "--data", data.toString(), "--temperature", "-1",
            "--dt", "0.005", "--steps", "10", "--dump", out.toString());
        assertBadInput(out, "md", "--potential", "kob-andersen", "--data", data.toString(), "--temperature", "0.8",
            "--dt", "0", "--steps", "10", "--dump", out.toString());
        assertBadInput(out, "md", "--potential", "kob-andersen", "--data", dir.resolve("missing.data").toString(),
            "--temperature", "0.8", "--dt", "0.005", "--steps", "10", "--out", out.toString());
        assertBadInput(out, "minimize", "--potential", "kob-andersen", "--data", garbled.toString(), "--out", out.toString());
        assertBadInput(out, "md", "--potential", "kob-andersen", "--data", data.toString(), "--temperature", "0.8",
            "--dt", "0.005", "--steps", "10", "--thermostat", "berendsen");
    }
}
