package glassdyn.engine;

import glassdyn.dynamics.Checkpoint;
import glassdyn.dynamics.SteadyShear;
import glassdyn.papers.TauLcDuality;
import glassdyn.Scale;
import glassdyn.potential.KobAndersen;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 end to end at the smoke scale of paper 001: {@code export-lammps} writes the decks, LAMMPS runs them stage by
 * stage on 2 MPI ranks, {@code import-runs} turns them into the pipeline's checkpoints, and {@code reproduce --from}
 * uses them without re-running those stages. The decks' physics is checked against glassdyn's own steady-shear
 * protocol from the same (LAMMPS-equilibrated) origin: the mean shear stress at each rate agrees within 4 combined
 * standard errors (block averages). Bad input: a truncated stress file is a one-line error naming file and line; an
 * unfinished run is counted as incomplete.
 */
class ExportLammpsIT {
    static final int BLOCKS = 5;

    @Test
    void exportedDecksRunUnderLammpsAndFeedThePipeline() throws Exception {
        Path dir = Files.createTempDirectory("glassdyn-export");
        Path exp = dir.resolve("exp");
        Processes.Result r = Processes.glassdyn(dir, "export-lammps", "tau-lc-duality", "--scale", "smoke", "--out", "exp");
        assertEquals(0, r.exit(), r.stderr());
        TauLcDuality.Preset p = TauLcDuality.preset(Scale.SMOKE);
        assertEquals(1 + p.rates().length, (int) Processes.jsonNumber(r.lastLine(), "decks"), r.lastLine());

        for (int stage = 1; stage <= 2; stage++)
            for (String job : Files.readAllLines(exp.resolve("jobs-stage-" + stage + ".txt"))) {
                List<String> cmd = new ArrayList<>(List.of("mpirun", "--allow-run-as-root", "-np", "2"));
                cmd.addAll(List.of(job.trim().split("\\s+")));
                Processes.Result l;
                try {
                    l = Processes.run(exp, cmd);
                } catch (java.io.IOException e) {
                    throw new AssertionError("mpirun/lmp are required for this test: " + e.getMessage());
                }
                assertEquals(0, l.exit(), "LAMMPS failed on '" + job + "': " + l.stdout() + l.stderr());
            }

        Processes.Result imp = Processes.glassdyn(dir, "import-runs", "exp");
        assertEquals(0, imp.exit(), imp.stderr());
        assertEquals(1 + p.rates().length, (int) Processes.jsonNumber(imp.lastLine(), "complete"), imp.lastLine());

        // the LAMMPS steady shear vs glassdyn's protocol from the same origin
        Path ck = exp.resolve("imported/checkpoints");
        glassdyn.particles.Configuration origin = Checkpoint.read(ck.resolve("origin-0.ckpt")).configuration();
        for (double rate : p.rates()) {
            String key = String.format(Locale.ROOT, "%.6g", rate);
            double[] lammps = Table.read().csv(ck.resolve("steady-" + key + ".csv").toFile()).doubleColumn("sigma_xy").asDoubleArray();
            SteadyShear.Result ours = SteadyShear.run(origin, new KobAndersen(), rate, p.temperature(), TauLcDuality.DT,
                TauLcDuality.TDAMP, p.transientTime(), p.average(), TauLcDuality.SAMPLE, null);
            assertEquals(ours.stress().length, lammps.length, "sample count at rate " + rate);
            SteadyShear.Result theirs = new SteadyShear.Result(null, ours.time(), lammps);
            double a = ours.meanStress(), b = theirs.meanStress();
            double sigma = Math.hypot(ours.stressError(BLOCKS), theirs.stressError(BLOCKS));
            System.out.printf(Locale.ROOT, "rate %s: sigma_xy glassdyn %.4f +- %.4f, LAMMPS %.4f +- %.4f (%.2f sigma)%n",
                key, a, ours.stressError(BLOCKS), b, theirs.stressError(BLOCKS), Math.abs(a - b) / sigma);
            assertTrue(Math.abs(a - b) < 4 * sigma, "rate " + rate + ": glassdyn " + a + " vs LAMMPS " + b + " +- " + sigma);
        }

        // reproduce --from takes the imported stages: the steady-shear checkpoints are the imported ones
        Processes.Result rep = Processes.glassdyn(dir, "reproduce", "tau-lc-duality", "--scale", "smoke", "--from", "exp", "--out", "rep");
        assertEquals(0, rep.exit(), rep.stderr());
        assertTrue(Files.exists(dir.resolve("rep/report.json")));
        for (double rate : p.rates()) {
            String f = "steady-" + String.format(Locale.ROOT, "%.6g", rate) + ".csv";
            assertEquals(Files.readString(ck.resolve(f)), Files.readString(dir.resolve("rep/checkpoints").resolve(f)));
        }

        // an unfinished run is incomplete; a truncated output of a finished run is a one-line error naming the file
        String shear = "shear-" + String.format(Locale.ROOT, "%.6g", p.rates()[0]);
        Files.delete(exp.resolve(shear + ".done"));
        Processes.Result part = Processes.glassdyn(dir, "import-runs", "exp");
        assertEquals(p.rates().length, (int) Processes.jsonNumber(part.lastLine(), "complete"), part.lastLine());
        Files.writeString(exp.resolve(shear + ".done"), "glassdyn: run complete\n");
        List<String> lines = Files.readAllLines(exp.resolve(shear + ".stress"));
        Files.write(exp.resolve(shear + ".stress"), lines.subList(0, lines.size() / 2));
        Processes.Result bad = Processes.glassdyn(dir, "import-runs", "exp");
        assertEquals(2, bad.exit(), bad.stdout());
        String msg = bad.stderr().strip();
        assertEquals(1, msg.lines().filter(s -> !s.startsWith("WARNING")).count(), msg);
        assertTrue(msg.contains(shear + ".stress:") && msg.contains("truncated"), msg);
    }
}
