package glassdyn.engine;

import glassdyn.Scale;
import glassdyn.force.ForceField;
import glassdyn.io.LammpsDataFile;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.papers.mesoelastic.LiquidStage;
import glassdyn.papers.mesoelastic.MesoelasticKappa;
import glassdyn.papers.mesoelastic.MesoelasticKappaExport;
import glassdyn.papers.mesoelastic.MesoelasticPresets;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 for paper 004 at the smoke scale, end to end: {@code export-lammps mesoelastic-kappa} writes the decks;
 * the pair tables reproduce glassdyn's analytic IPL and sticky-sphere forces and energies under LAMMPS {@code run 0}
 * (per-atom force error below 1e-5 of the rms force, total energy to 1e-6 relative; measured 1.2e-6 of |F_i| and
 * 6e-8 on N = 400 liquids); {@code environment/run-lammps-jobs} runs the decks on 2 MPI ranks and, restarted after an
 * interrupted run, runs only that one again; {@code import-runs} converts them; the exported IPL deck (T = 1) gives the
 * same mean potential energy per particle over its production as glassdyn's own MD of the protocol, averaged over
 * {@link #ENSEMBLE} starting liquids each, within 4 combined standard errors of those ensemble means (a single smoke run
 * is too short: its block errors underestimate the run-to-run spread about threefold); {@code reproduce --from}
 * computes every (system, T) and
 * transition unit from the LAMMPS trajectories. Bad input: a truncated dump of a finished run is a one-line error
 * naming the file; an unfinished run is counted as incomplete.
 */
class MesoelasticKappaLammpsIT {
    /** Independent starting liquids of the glassdyn-vs-LAMMPS comparison. */
    static final int ENSEMBLE = 8;
    static final double FORCE_TOL = 1e-5, ENERGY_TOL = 1e-6;

    @Test
    void exportedDecksRunUnderLammpsAndFeedThePipeline() throws Exception {
        Path dir = Files.createTempDirectory("glassdyn-export-004");
        Path exp = dir.resolve("exp");
        Processes.Result r = Processes.glassdyn(dir, "export-lammps", "mesoelastic-kappa", "--scale", "smoke", "--out", "exp");
        assertEquals(0, r.exit(), r.stderr());
        MesoelasticKappa pipeline = new MesoelasticKappa(Scale.SMOKE, MesoelasticPresets.SEED, null, 1);
        List<MesoelasticPresets.SystemSpec> systems = pipeline.preset().systems();
        int dyn = systems.stream().mapToInt(s -> s.temperatures().length).sum(), runs = dyn + systems.size();
        assertEquals(runs, (int) Processes.jsonNumber(r.lastLine(), "decks"), r.lastLine());

        Path runner = Path.of(System.getProperty("glassdyn.root"), "environment", "run-lammps-jobs");
        Processes.Result l = Processes.run(dir, List.of("bash", runner.toString(), exp.toString(), "2"));
        assertEquals(0, l.exit(), "run-lammps-jobs: " + l.stdout() + l.stderr());
        // the pair tables against glassdyn's analytic potentials on liquids equilibrated by those runs
        for (MesoelasticPresets.SystemSpec s : List.of(systems.get(0), systems.get(1))) tableMatchesPotential(exp, s);
        // an interrupted run (no completion marker) is the only one a restarted sweep runs again
        String first = MesoelasticPresets.dynKey(systems.get(0), 0);
        Files.delete(exp.resolve(first + ".done"));
        Processes.Result again = Processes.run(dir, List.of("bash", runner.toString(), exp.toString(), "2"));
        assertEquals(0, again.exit(), again.stdout() + again.stderr());
        assertEquals(runs - 1, again.stdout().lines().filter(x -> x.contains("finished before, skipped")).count(), again.stdout());
        assertTrue(again.stdout().contains(first + ": ") && Files.exists(exp.resolve(first + ".done")), again.stdout());

        Processes.Result imp = Processes.glassdyn(dir, "import-runs", "exp");
        assertEquals(0, imp.exit(), imp.stderr());
        assertEquals(runs, (int) Processes.jsonNumber(imp.lastLine(), "complete"), imp.lastLine());

        // the exported deck vs glassdyn's own MD of the same protocol: mean U/N of the production over an ensemble of
        // starting liquids (one run is too short to average the structural fluctuations at the smoke scale)
        MesoelasticPresets.SystemSpec ipl = systems.get(0);
        String key = MesoelasticPresets.dynKey(ipl, 0);
        String deck = Files.readString(exp.resolve(key + ".in"));
        LiquidStage.LiquidProtocol p = pipeline.protocol(ipl, 0);
        long start = p.equilibration() + p.fine();
        double[] ours = new double[ENSEMBLE], theirs = new double[ENSEMBLE];
        for (int e = 0; e < ENSEMBLE; e++)
            LammpsDataFile.write(exp.resolve("seed-" + (e + 1) + ".data"),
                new MesoelasticKappa(Scale.SMOKE, 100 + e, null, 1).startingLiquid(ipl, 0), true, "ensemble member " + e);
        // the exported deck once per starting liquid, in one LAMMPS process (a loop over 'clear' and the deck)
        Processes.lammps(exp, "variable e loop " + ENSEMBLE + "\nlabel member\nclear\n"
            + deck.replace("start-" + key + ".data", "seed-${e}.data").replace(key, "seed-${e}") + "next e\njump SELF member\n", 1);
        for (int e = 0; e < ENSEMBLE; e++) {
            theirs[e] = meanEnergy(ipl, MesoelasticKappaExport.frames(exp.resolve("seed-" + (e + 1) + ".coarse.lammpstrj"), ipl.dt(), start,
                p.every(), start + p.production()));
            ours[e] = meanEnergy(ipl, new LiquidStage(pipeline.preset(), ipl, 0, MesoelasticPresets.seedOf(100 + e, key), null).simulate().coarse());
        }
        double[] a = meanAndError(ours), b = meanAndError(theirs);
        double sigma = Math.hypot(a[1], b[1]);
        System.out.printf(Locale.ROOT, "%s, %d starting liquids: U/N glassdyn %.4f +- %.4f, LAMMPS %.4f +- %.4f (%.2f sigma)%n",
            key, ENSEMBLE, a[0], a[1], b[0], b[1], Math.abs(a[0] - b[0]) / sigma);
        assertTrue(Math.abs(a[0] - b[0]) < 4 * sigma, key + ": U/N glassdyn " + a[0] + " vs LAMMPS " + b[0] + " +- " + sigma);

        // reproduce --from computes every (system, T) and transition unit from the LAMMPS trajectories
        Processes.Result rep = Processes.glassdyn(dir, "reproduce", "mesoelastic-kappa", "--scale", "smoke", "--from", "exp", "--out", "rep");
        assertEquals(0, rep.exit(), rep.stderr());
        assertTrue(Files.exists(dir.resolve("rep/report.json")));
        for (MesoelasticPresets.SystemSpec s : systems) {
            for (int k = 0; k < s.temperatures().length; k++) assertFromLammps(dir.resolve("rep/checkpoints/" + MesoelasticPresets.dynKey(s, k) + ".stage"));
            assertFromLammps(dir.resolve("rep/checkpoints/" + MesoelasticPresets.transKey(s) + ".stage"));
        }

        // an unfinished run is incomplete; a truncated output of a finished run is a one-line error naming the file
        String trans = MesoelasticPresets.transKey(systems.get(0));
        Files.delete(exp.resolve(trans + ".done"));
        Processes.Result part = Processes.glassdyn(dir, "import-runs", "exp");
        assertEquals(runs - 1, (int) Processes.jsonNumber(part.lastLine(), "complete"), part.lastLine());
        Files.writeString(exp.resolve(trans + ".done"), "glassdyn: run complete\n");
        Path dump = exp.resolve(trans + ".frames.lammpstrj");
        List<String> lines = Files.readAllLines(dump);
        Files.write(dump, lines.subList(0, lines.size() / 2));
        Processes.Result bad = Processes.glassdyn(dir, "import-runs", "exp");
        assertEquals(2, bad.exit(), bad.stdout());
        String msg = bad.stderr().strip();
        assertEquals(1, msg.lines().filter(x -> !x.startsWith("WARNING")).count(), msg);
        assertTrue(msg.contains(trans + ".frames.lammpstrj:") && msg.contains("truncated"), msg);
    }

    private static void assertFromLammps(Path properties) throws Exception {
        assertTrue(Files.readString(properties).contains("lammps_trajectory=1.0"), properties + " was not computed from the LAMMPS trajectory");
    }

    /** Mean U/N over the frames. */
    private static double meanEnergy(MesoelasticPresets.SystemSpec s, List<Frame> frames) {
        double u = 0;
        try (ForceField ff = new ForceField(s.potential(), 0.3, 1)) {
            for (Frame f : frames) {
                ff.neighbors().invalidate();
                ff.compute(f.config(), true);
                u += ff.energy() / f.n() / frames.size();
            }
        }
        return u;
    }

    /** Mean and standard error of independent values. */
    private static double[] meanAndError(double[] v) {
        double m = java.util.Arrays.stream(v).average().orElseThrow(), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return new double[] {m, Math.sqrt(s / (v.length - 1) / v.length)};
    }

    /** LAMMPS {@code run 0} with the exported pair table on the end of a finished run vs glassdyn's forces and energy. */
    private static void tableMatchesPotential(Path exp, MesoelasticPresets.SystemSpec s) throws Exception {
        String key = MesoelasticPresets.dynKey(s, 0);
        Configuration c = LammpsDataFile.read(exp.resolve(key + ".end.data"), 3);
        c.wrapAll();
        String table = "pair-" + s.model() + ".table";
        StringBuilder in = new StringBuilder("units lj\natom_style atomic\nboundary p p p\nread_data " + key + ".end.data\n");
        for (String line : Files.readAllLines(exp.resolve(key + ".in")))
            if (line.startsWith("pair_style") || line.startsWith("pair_coeff")) in.append(line).append('\n');
        in.append("compute pe all pe/atom\ndump d all custom 1 run0-").append(key).append(".dump id fx fy fz c_pe\n")
            .append("dump_modify d sort id format float %.17g\nrun 0\n");
        Processes.lammps(exp, in.toString(), 1);
        assertTrue(Files.exists(exp.resolve(table)));
        List<String> dump = Files.readAllLines(exp.resolve("run0-" + key + ".dump"));
        try (ForceField ff = new ForceField(s.potential(), 0.3, 1)) {
            ff.compute(c, true);
            double[] fx = ff.fx(), fy = ff.fy(), fz = ff.fz();
            double rms = 0, maxErr = 0, energy = 0;
            for (int i = 0; i < c.n; i++) {
                String[] w = dump.get(9 + i).trim().split("\\s+");
                assertEquals(c.id[i], Integer.parseInt(w[0]));
                double dx = Double.parseDouble(w[1]) - fx[i], dy = Double.parseDouble(w[2]) - fy[i], dz = Double.parseDouble(w[3]) - fz[i];
                maxErr = Math.max(maxErr, Math.sqrt(dx * dx + dy * dy + dz * dz));
                rms += (fx[i] * fx[i] + fy[i] * fy[i] + fz[i] * fz[i]) / c.n;
                energy += Double.parseDouble(w[4]);
            }
            rms = Math.sqrt(rms);
            System.out.printf(Locale.ROOT, "%s pair table: max |F_lammps - F_glassdyn| = %.3g (rms |F| %.4g), E %.10g vs %.10g%n",
                s.key(), maxErr, rms, energy, ff.energy());
            assertTrue(maxErr < FORCE_TOL * rms, s.key() + ": force error " + maxErr + " vs rms force " + rms);
            assertEquals(ff.energy(), energy, ENERGY_TOL * Math.abs(ff.energy()), s.key() + ": total energy");
        }
    }
}
