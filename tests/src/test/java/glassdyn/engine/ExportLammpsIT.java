package glassdyn.engine;

import glassdyn.protocols.SteadyShear;
import glassdyn.papers.taulc.TauLcDuality;
import glassdyn.papers.taulc.TauLcDualityExport;
import glassdyn.papers.taulc.TauLcPreset;
import glassdyn.Scale;
import glassdyn.potential.KobAndersen;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 end to end at the smoke scale of paper 001: {@code export-lammps} writes the decks,
 * {@code environment/run-lammps-jobs} runs them stage by stage on 2 MPI ranks (and, restarted after an interrupted run,
 * runs only that one again), {@code import-runs} turns them into the pipeline's checkpoints, and {@code reproduce --from}
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
        TauLcPreset p = TauLcDuality.preset(Scale.SMOKE);
        assertEquals(1 + p.rates().length, (int) Processes.jsonNumber(r.lastLine(), "decks"), r.lastLine());

        Path runner = Path.of(System.getProperty("glassdyn.root"), "environment", "run-lammps-jobs");
        Processes.Result l = Processes.run(dir, List.of("bash", runner.toString(), exp.toString(), "2"));
        assertEquals(0, l.exit(), "run-lammps-jobs: " + l.stdout() + l.stderr());
        // an interrupted run (no completion marker) is the only one a restarted sweep runs again
        String first = "shear-" + String.format(Locale.ROOT, "%.6g", p.rates()[0]);
        Files.delete(exp.resolve(first + ".done"));
        Processes.Result again = Processes.run(dir, List.of("bash", runner.toString(), exp.toString(), "2"));
        assertEquals(0, again.exit(), again.stdout() + again.stderr());
        assertEquals(p.rates().length, again.stdout().lines().filter(s -> s.contains("finished before, skipped")).count(), again.stdout());
        assertTrue(again.stdout().contains(first + ": ") && Files.exists(exp.resolve(first + ".done")), again.stdout());

        Processes.Result imp = Processes.glassdyn(dir, "import-runs", "exp");
        assertEquals(0, imp.exit(), imp.stderr());
        assertEquals(1 + p.rates().length, (int) Processes.jsonNumber(imp.lastLine(), "complete"), imp.lastLine());

        // the LAMMPS steady shear vs glassdyn's protocol from the same origin
        Path ck = exp.resolve(glassdyn.papers.StageStore.IMPORTED);
        glassdyn.particles.Configuration origin = TauLcDualityExport.importedOrigin(exp, Scale.SMOKE, 0);
        for (double rate : p.rates()) {
            String key = String.format(Locale.ROOT, "%.6g", rate);
            double[] lammps = TauLcDualityExport.importedStress(exp, Scale.SMOKE, rate);
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
            String f = "steady-" + String.format(Locale.ROOT, "%.6g", rate) + ".csv.stress";
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
