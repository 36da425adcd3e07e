package glassdyn.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The real jar end to end: prepare, md with a dump, minimize; bad input exits 2 with one line and no output file. */
class EngineCliIT {
    @TempDir Path dir;

    @Test void prepareMdMinimize() throws Exception {
        Processes.Result p = Processes.glassdyn(dir, "prepare", "--potential", "kob-andersen", "--n", "400", "--temperature", "1.0",
            "--time", "0.5", "--seed", "3", "--out", "liquid.data", "--threads", "2");
        assertEquals(0, p.exit(), p.stderr());
        Processes.Result md = Processes.glassdyn(dir, "md", "--potential", "kob-andersen", "--data", "liquid.data",
            "--temperature", "1.0", "--dt", "0.005", "--steps", "400", "--thermostat", "nose-hoover", "--tdamp", "0.5",
            "--dump", "run.dump", "--every", "100", "--threads", "2");
        assertEquals(0, md.exit(), md.stderr());
        assertEquals(400, (int) Processes.jsonNumber(md.lastLine(), "steps"));
        assertEquals(400, (int) Processes.jsonNumber(md.lastLine(), "n"));
        assertEquals(6, Processes.jsonArray(md.lastLine(), "pressure_tensor").length);
        assertTrue(Processes.jsonNumber(md.lastLine(), "atom_steps_per_second") > 0);
        assertEquals(5, Files.readAllLines(dir.resolve("run.dump")).stream().filter("ITEM: TIMESTEP"::equals).count());
        Processes.Result min = Processes.glassdyn(dir, "minimize", "--potential", "kob-andersen", "--data", "liquid.data",
            "--out", "is.data", "--threads", "2");
        assertEquals(0, min.exit(), min.stderr());
        assertTrue(Processes.jsonNumber(min.lastLine(), "max_force") < 1e-10, min.lastLine());
    }

    @Test void badInputExitsWithOneLine() throws Exception {
        Files.writeString(dir.resolve("garbled.data"), "LAMMPS data\n\n2 atoms\n1 atom types\n0 5 xlo xhi\n0 5 ylo yhi\n0 5 zlo zhi\n\nAtoms\n\n1 1 0 0 0\n2 1 1.0 zz 0\n");
        String[][] cases = {
            {"forces", "--potential", "lennard-jonesish", "--data", "garbled.data", "--out", "out.csv"},
            {"forces", "--potential", "kob-andersen", "--data", "garbled.data", "--out", "out.csv"},
            {"md", "--potential", "kob-andersen", "--data", "garbled.data", "--temperature", "-0.5", "--dt", "0.005", "--steps", "5", "--dump", "out.csv"},
            {"md", "--potential", "kob-andersen", "--data", "garbled.data", "--temperature", "0.5", "--dt", "0", "--steps", "5", "--dump", "out.csv"},
        };
        for (String[] args : cases) {
            Processes.Result r = Processes.glassdyn(dir, args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.stderr());
            assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
            assertFalse(r.stderr().contains("Exception"), r.stderr());
            assertFalse(Files.exists(dir.resolve("out.csv")));
        }
        Processes.Result r = Processes.glassdyn(dir, "forces", "--potential", "kob-andersen", "--data", "garbled.data");
        assertTrue(r.stderr().contains("garbled.data:12") && r.stderr().contains("'zz'"), r.stderr());
    }
}
