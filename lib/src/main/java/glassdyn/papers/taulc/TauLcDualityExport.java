package glassdyn.papers.taulc;

import glassdyn.Scale;
import glassdyn.protocols.IsoconfigurationalEnsemble;
import glassdyn.protocols.LiquidPreparation;
import glassdyn.dynamics.SllodIntegrator;
import glassdyn.InputException;
import glassdyn.io.LammpsDataFile;
import glassdyn.lammps.ExportedRuns;
import glassdyn.lammps.LammpsDeck;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.space.Box;
import glassdyn.papers.StageStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paper 001's long MD runs as LAMMPS decks (issue 10): the equilibration that yields the equilibrium origins (stage 1)
 * and one steady-shear run per rate (stage 2), with the parameters of {@link TauLcDuality}'s preset for the scale;
 * and the importer that turns the finished runs into {@link TauLcDuality}'s stages ({@code origin-K} and
 * {@code steady-RATE} of its {@link StageStore}), so that {@code reproduce tau-lc-duality --from DIR} takes the
 * origins, the flow curve and the steady states from LAMMPS and runs the isoconfigurational ensembles itself.
 *
 * <p>The protocols mirror glassdyn's: Nose-Hoover with chain 1 ({@link SllodIntegrator#DEFAULT_CHAIN}, as the
 * pipeline's origins stage) at the preset temperature; steady shear from origin 0 with the streaming profile added
 * (LAMMPS {@code velocity ramp}), {@code fix deform xy erate} + {@code fix nvt/sllod}, the transient discarded, then
 * {@code -P_xy} (kinetic part from the peculiar velocities) sampled every {@link TauLcDuality#SAMPLE}. The starting
 * liquid is glassdyn's (random positions, push-off, Maxwell-Boltzmann velocities), written as {@code start.data}.
 */
public final class TauLcDualityExport {
    public static final String PAPER = "tau-lc-duality";

    private TauLcDualityExport() {}

    /** Writes the decks of {@code scale} into {@code dir}; returns the number of decks. */
    public static int export(Scale scale, Path dir, long seed) {
        TauLcPreset p = TauLcDuality.preset(scale);
        ExportedRuns ex = ExportedRuns.create(dir);
        Box box = Box.cubic(3, Math.cbrt(p.n() / p.rho()));
        KobAndersen ka = new KobAndersen();
        Configuration start = LiquidPreparation.liquid(ka, box, LiquidPreparation.kobAndersenCounts(p.n()),
            p.temperature(), 0, seed, 1);
        LammpsDataFile.write(ex.file("start.data"), start, true,
            "glassdyn export-lammps " + PAPER + " " + scale.name().toLowerCase() + ": KA liquid, random start, pushed off, velocities at T");

        // stage 1: equilibration and the equilibrium origins
        LammpsDeck eq = header("equilibration at T = " + p.temperature() + " and " + p.origins() + " equilibrium origins", "start.data", false);
        eq.nvt("nvt", p.temperature(), TauLcDuality.TDAMP, SllodIntegrator.DEFAULT_CHAIN).thermo(1000);
        List<String> origins = new ArrayList<>();
        for (int k = 0; k < p.origins(); k++) {
            eq.run(steps(k == 0 ? p.equilibration() : p.spacing()));
            eq.writeData(originData(k));
            origins.add(originData(k));
        }
        ex.add("equilibrate", 1, eq, origins);

        // stage 2: steady shear per rate, from origin 0
        for (double rate : p.rates()) {
            String name = shearRun(rate);
            LammpsDeck d = header("steady shear at rate " + rate + " from origin 0", originData(0), true);
            d.shear(rate, box.ylo(), box.ly(), p.temperature(), TauLcDuality.TDAMP, SllodIntegrator.DEFAULT_CHAIN).thermo(1000);
            d.run(steps(p.transientTime()));
            d.stressSamples(name + ".stress", steps(TauLcDuality.SAMPLE));
            d.run(steps(p.average()));
            d.unfix("samples");
            d.writeData(name + ".end.data");
            ex.add(name, 2, d, List.of(name + ".stress", name + ".end.data"));
        }
        Map<String, Object> par = new LinkedHashMap<>();
        par.put("sample", p.sample());
        par.put("n", p.n());
        par.put("rho", p.rho());
        par.put("temperature", p.temperature());
        par.put("dt", TauLcDuality.DT);
        par.put("tdamp", TauLcDuality.TDAMP);
        par.put("rates", p.rates());
        par.put("transient_time", p.transientTime());
        par.put("average_time", p.average());
        par.put("sample_interval", TauLcDuality.SAMPLE);
        par.put("seed", seed);
        return ex.finish(PAPER, scale.name().toLowerCase(), par);
    }

    private static LammpsDeck header(String title, String data, boolean triclinic) {
        LammpsDeck d = new LammpsDeck("glassdyn export-lammps " + PAPER + ": " + title);
        d.readData(data, triclinic);
        KobAndersen.lammpsPairLines().forEach(d::line);
        return d.neighbors(IsoconfigurationalEnsemble.SKIN).timestep(TauLcDuality.DT);
    }

    static long steps(double time) { return Math.round(time / TauLcDuality.DT); }
    static String originData(int k) { return "origin-" + k + ".data"; }
    static String shearRun(double rate) { return "shear-" + TauLcRun.rateKey(rate); }

    /** Result of an import: runs listed, runs complete, checkpoint files written. */
    public record Imported(int runs, int complete, int files) {}

    /**
     * Converts the finished runs of {@code dir} into stages of a {@link StageStore} under {@code dir/imported/checkpoints}
     * ({@link StageStore#IMPORTED}), under the keys and parameters the pipeline uses with the default seed
     * ({@link TauLcDuality#SEED}), so {@code reproduce --from} loads them like finished stages; the scale comes from the
     * manifest's preset check (the origin count and rates must match {@code scale}). Unfinished runs are skipped; a
     * finished run with a truncated or malformed output is an {@link InputException}.
     */
    public static Imported importRuns(Path dir, Scale scale) {
        ExportedRuns ex = ExportedRuns.read(dir);
        TauLcPreset p = TauLcPreset.of(scale);
        StageStore out = new StageStore(dir.resolve(StageStore.IMPORTED));
        int complete = 0, files = 0;
        for (ExportedRuns.Run r : ex.runs()) {
            if (!ex.complete(r)) continue;
            complete++;
            if (r.name().equals("equilibrate")) {
                for (int k = 0; k < p.origins(); k++) {
                    Configuration c = LammpsDataFile.read(dir.resolve(originData(k)), 3);
                    c.time = 0;
                    out.save(EquilibriumOrigins.key(k), EquilibriumOrigins.params(p, TauLcDuality.SEED, k), EquilibriumOrigins.result(c));
                    files++;
                }
                continue;
            }
            double rate = rateOf(r, p);
            double[][] ts = stressSamples(dir.resolve(r.name() + ".stress"), steps(p.transientTime()),
                steps(TauLcDuality.SAMPLE), (int) (steps(p.average()) / steps(TauLcDuality.SAMPLE)));
            Configuration end = LammpsDataFile.read(dir.resolve(r.name() + ".end.data"), 3);
            end.time = 0;
            out.save(SteadyShearStates.key(rate), SteadyShearStates.params(p, TauLcDuality.SEED, rate),
                SteadyShearStates.result(ts[0], ts[1], end, null));   // LAMMPS steady runs carry no F_s
            files++;
        }
        return new Imported(ex.runs().size(), complete, files);
    }

    /** Origin {@code k} as imported into {@code dir} at {@code scale} (for comparisons with LAMMPS). */
    public static Configuration importedOrigin(Path dir, Scale scale, int k) {
        TauLcPreset p = TauLcPreset.of(scale);
        return StoredConfiguration.get("", new StageStore(dir.resolve(StageStore.IMPORTED))
            .load(EquilibriumOrigins.key(k), EquilibriumOrigins.params(p, TauLcDuality.SEED, k)));
    }

    /** The imported steady-shear stress series at {@code rate}: sigma_xy every {@link TauLcDuality#SAMPLE}. */
    public static double[] importedStress(Path dir, Scale scale, double rate) {
        TauLcPreset p = TauLcPreset.of(scale);
        return new StageStore(dir.resolve(StageStore.IMPORTED)).load(SteadyShearStates.key(rate),
            SteadyShearStates.params(p, TauLcDuality.SEED, rate)).table("stress").doubleColumn("sigma_xy").asDoubleArray();
    }

    private static double rateOf(ExportedRuns.Run r, TauLcPreset p) {
        for (double rate : p.rates()) if (r.name().equals(shearRun(rate))) return rate;
        throw new InputException(r.name() + ": not a run of the " + PAPER + " export at this scale (rates "
            + java.util.Arrays.toString(p.rates()) + "); was the directory exported with another --scale?");
    }

    /**
     * Reads a {@code fix ave/time} file of (step, -P_xy, T): the samples after step {@code from} (the fix's output at
     * its first step is the state before the averaging window), times from that step; exactly {@code expected} samples.
     */
    static double[][] stressSamples(Path file, long from, long stride, int expected) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        double[] t = new double[expected], s = new double[expected];
        int m = 0;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] w = line.split("\\s+");
            long step;
            double v;
            try {
                step = Long.parseLong(w[0]);
                v = Double.parseDouble(w[1]);
            } catch (RuntimeException e) {
                throw InputException.at(file, k + 1, "expected 'step value temperature'", line);
            }
            if (!Double.isFinite(v)) throw InputException.at(file, k + 1, "non-finite shear stress", line);
            if (step <= from) continue;
            if (m == expected) throw InputException.at(file, k + 1, "more samples than the protocol's " + expected, line);
            if (step != from + (long) (m + 1) * stride)
                throw InputException.at(file, k + 1, "sample at step " + (from + (long) (m + 1) * stride) + " expected", line);
            t[m] = (step - from) * TauLcDuality.DT;
            s[m] = v;
            m++;
        }
        if (m != expected) throw InputException.at(file, lines.size(), "truncated: " + m + " of " + expected + " samples", "");
        return new double[][] {t, s};
    }
}
