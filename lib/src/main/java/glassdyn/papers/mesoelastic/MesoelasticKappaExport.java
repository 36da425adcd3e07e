package glassdyn.papers.mesoelastic;

import glassdyn.Scale;
import glassdyn.potential.StillingerWeber;
import glassdyn.dynamics.Checkpoint;
import glassdyn.force.ForceField;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.InputException;
import glassdyn.io.LammpsDataFile;
import glassdyn.io.LammpsDumpWriter;
import glassdyn.lammps.ExportedRuns;
import glassdyn.lammps.LammpsDeck;
import glassdyn.lammps.PairTable;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.papers.StageStore;
import glassdyn.papers.mesoelastic.MesoelasticPresets.Preset;
import glassdyn.papers.mesoelastic.MesoelasticPresets.SystemSpec;
import glassdyn.papers.mesoelastic.LiquidStage.LiquidProtocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * Paper 004's long MD runs as LAMMPS decks (issue 10): per (system, T) the NVT equilibration and production of
 * {@link MesoelasticKappa} (stage 1), per system the MD trajectory of the IS transition count at its lowest T, from
 * the end of that production (stage 2); and the importer that turns the finished runs into the pipeline's checkpoint
 * files, so that {@code reproduce mesoelastic-kappa --from DIR} computes F_s, MSD, tau_alpha, the inherent
 * structures with G and kappa, the transition count and the isoconfigurational mobility from the LAMMPS trajectories.
 *
 * <p>The decks mirror {@link LiquidStage#simulate}: the same starting liquid (written as
 * {@code start-KEY.data}), the pair potentials as {@code pair_style table} files written from glassdyn's own
 * {@link glassdyn.potential.PairPotential} classes ({@link PairTable}; LAMMPS has no style with the IPL or
 * sticky-sphere smoothing polynomials), {@code fix nvt} with chain 3 ({@link NoseHooverChain#DEFAULT_CHAIN}) and the
 * paper's dt and tau_NH as Tdamp (Tables I, III), skin 0.3 with the list checked every step, and dumps of unwrapped
 * positions at exactly the pipeline's sampling steps ({@link LiquidStage#protocol}).
 *
 * <p>Imported checkpoint files, per (system, T) unit {@code KEY}: {@code KEY.fine.dump} and {@code KEY.coarse.dump}
 * (glassdyn dumps: positions wrapped with image counts, steps as in the run) and {@code KEY.end.ckpt}; per system:
 * {@code trans-SYSTEM.frames.dump}.
 */
public final class MesoelasticKappaExport {
    public static final String PAPER = "mesoelastic-kappa";
    /** Where imported checkpoints go under an export directory (the same place for every paper). */
    public static final String IMPORTED = StageStore.IMPORTED;

    private MesoelasticKappaExport() {}

    static String tableFile(SystemSpec s) { return "pair-" + s.model() + (s.stillingerWeber() ? ".sw" : ".table"); }

    /**
     * The pair setup of a system: a {@code pair_style table} from glassdyn's pair potential, or for SW LAMMPS's own
     * {@code pair_style sw} with a parameter file of paper 004's values (one element "Si", lambda = 18.75, reduced
     * units: epsilon = sigma = 1, the rest as in {@link StillingerWeber}).
     */
    static void writePair(ExportedRuns ex, SystemSpec s) {
        if (!s.stillingerWeber()) { new PairTable(s.potential()).write(ex.file(tableFile(s))); return; }
        try {
            java.nio.file.Files.writeString(ex.file(tableFile(s)), String.format(java.util.Locale.ROOT,
                "# Stillinger-Weber, paper 004 (lambda = 18.75), reduced units%nSi Si Si 1.0 1.0 %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g 0.0%n",
                StillingerWeber.CUT, StillingerWeber.LAMBDA, StillingerWeber.GAMMA, StillingerWeber.COS0, StillingerWeber.A,
                StillingerWeber.B, StillingerWeber.P, StillingerWeber.Q));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> pairLines(SystemSpec s) {
        return s.stillingerWeber() ? List.of("pair_style sw", "pair_coeff * * " + tableFile(s) + " Si")
            : new PairTable(s.potential()).deckLines(tableFile(s));
    }
    static String raw(String run, String part) { return run + "." + part + ".lammpstrj"; }

    /** Writes the decks of {@code scale} into {@code dir}; returns the number of decks. */
    public static int export(Scale scale, Path dir, long seed) {
        Preset preset = preset(scale);
        ExportedRuns ex = ExportedRuns.create(dir);
        List<Object> systems = new ArrayList<>();
        for (SystemSpec s : preset.systems()) {
            writePair(ex, s);
            for (int k = 0; k < s.temperatures().length; k++) {
                String name = dynKey(s, k);
                double t = s.temperatures()[k];
                LiquidProtocol p = LiquidStage.protocol(preset, s, k);
                LammpsDataFile.write(ex.file("start-" + name + ".data"), LiquidStage.startingLiquid(s, k, seedOf(seed, name)), true,
                    "glassdyn export-lammps " + PAPER + " " + scale.label() + ": " + s.key() + " liquid, random start, pushed off, velocities at T = " + t);
                LammpsDeck d = header(s, "NVT equilibration and production of " + s.key() + " at T = " + t, "start-" + name + ".data", s.dt(), t);
                d.run(p.equilibration());
                d.dumpPositions("fine", 1, raw(name, "fine"));
                d.run(p.fine());
                d.undump("fine");
                d.dumpPositions("coarse", p.every(), raw(name, "coarse"));
                d.run(p.production());
                d.undump("coarse");
                d.writeData(name + ".end.data");
                ex.add(name, 1, d, List.of(raw(name, "fine"), raw(name, "coarse"), name + ".end.data"));
            }
            String trans = transKey(s);
            String from = dynKey(s, s.lowestIndex()) + ".end.data";
            LammpsDeck d = header(s, "MD trajectory of the IS transition count of " + s.key() + " at T = " + s.lowestT()
                + ", one frame per step", from, s.transitionDt(), s.lowestT());
            d.dumpPositions("frames", 1, raw(trans, "frames"));
            d.run(preset.quenches(s));
            d.undump("frames");
            ex.add(trans, 2, d, List.of(raw(trans, "frames")));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("system", s.key());
            m.put("model", s.model());
            m.put("pair_table", tableFile(s));
            m.put("n", s.n());
            m.put("density", s.density());
            m.put("dt", s.dt());
            m.put("tdamp", s.tauNH());
            m.put("temperatures", s.temperatures());
            m.put("equilibration_time", s.equilibration());
            m.put("production_time", s.production());
            m.put("transition_dt", s.transitionDt());
            systems.add(m);
        }
        Map<String, Object> par = new LinkedHashMap<>();
        par.put("systems", systems);
        par.put("transition_steps", preset.transitionQuenches());
        par.put("pair_table_points", PairTable.POINTS);
        par.put("seed", seed);
        return ex.finish(PAPER, scale.label(), par);
    }

    private static LammpsDeck header(SystemSpec s, String title, String data, double dt, double t) {
        LammpsDeck d = new LammpsDeck("glassdyn export-lammps " + PAPER + ": " + title);
        d.readData(data, false);
        pairLines(s).forEach(d::line);
        d.neighbors(s.stillingerWeber() ? SW_SKIN : SKIN).timestep(dt);
        d.nvt("nvt", t, s.tauNH(), NoseHooverChain.DEFAULT_CHAIN);
        return d.thermo(1000);
    }

    /**
     * Converts the finished runs of {@code dir} into checkpoint files under {@code dir/imported/checkpoints}.
     * Unfinished runs are skipped; a finished run with a truncated or malformed output is an {@link InputException}
     * naming the file.
     */
    public static ExportedRuns.Imported importRuns(Path dir, Scale scale) {
        ExportedRuns ex = ExportedRuns.read(dir);
        Preset preset = preset(scale);
        Path out = dir.resolve(IMPORTED);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Runnable> known = new LinkedHashMap<>();
        for (SystemSpec s : preset.systems()) {
            for (int k = 0; k < s.temperatures().length; k++) {
                String name = dynKey(s, k);
                LiquidProtocol p = LiquidStage.protocol(preset, s, k);
                double t = s.temperatures()[k];
                known.put(name, () -> {
                    long start = p.equilibration() + p.fine();
                    write(frames(dir.resolve(raw(name, "fine")), s.dt(), p.equilibration(), 1, start), out.resolve(name + FINE_DUMP));
                    write(frames(dir.resolve(raw(name, "coarse")), s.dt(), start, p.every(), start + p.production()),
                        out.resolve(name + COARSE_DUMP));
                    Configuration end = LammpsDataFile.read(dir.resolve(name + ".end.data"), 3);
                    end.wrapAll();  // LAMMPS writes positions as they are between neighbour-list builds, possibly just outside
                    end.time = (start + p.production()) * s.dt();
                    try (ForceField ff = s.forceField(1)) {
                        Checkpoint.write(out.resolve(name + END), end, start + p.production(),
                            new NoseHooverChain(ff, s.dt(), t, s.tauNH()));
                    }
                });
            }
            String trans = transKey(s);
            known.put(trans, () -> write(frames(dir.resolve(raw(trans, "frames")), s.transitionDt(), 0, 1,
                preset.quenches(s)), out.resolve(trans + FRAMES_DUMP)));
        }
        int complete = 0, files = 0;
        for (ExportedRuns.Run r : ex.runs()) {
            Runnable conversion = known.get(r.name());
            if (conversion == null)
                throw new InputException(dir.resolve(ExportedRuns.RUN_TABLE) + ": run '" + r.name() + "' is not a run of the " + PAPER
                    + " export at scale " + scale.label() + "; was the directory exported with another --scale?");
            if (!ex.complete(r)) continue;
            complete++;
            conversion.run();
            files += r.outputs().size();
        }
        return new ExportedRuns.Imported(ex.runs().size(), complete, files);
    }

    private static void write(List<Frame> frames, Path file) {
        LammpsDumpWriter w = new LammpsDumpWriter(file);
        try {
            for (Frame f : frames) w.write(f.config(), f.step());
        } catch (RuntimeException e) {
            w.abort();
            throw e;
        }
        w.close();
    }

    /** The frames of a dump at the protocol's steps ({@link DumpFrames#read}). */
    public static List<Frame> frames(Path file, double dt, long first, long stride, long last) {
        return DumpFrames.read(file, dt, first, stride, last);
    }
}
