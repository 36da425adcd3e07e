package glassdyn.papers.mesoelastic;

import glassdyn.Scale;
import glassdyn.lammps.ExportedRuns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * One liquid (system, T) of paper 004 as a work unit on the LAMMPS engine ({@code glassdyn plan ... --engine lammps}):
 * the unit writes the scale's decks ({@link MesoelasticKappaExport#export}, the same starting liquid, pair tables and
 * protocol as {@code export-lammps}) into its own directory, runs its one deck with {@code lmp} (one rank; the
 * executable from {@code GLASSDYN_LMP}, else {@code lmp} on the path), converts the finished run as {@code import-runs}
 * does, and places the imported trajectory and end configuration in the plan's stage store, where
 * {@link LiquidStage#imported} reads them instead of running glassdyn's MD. A unit killed midway reruns its deck.
 */
final class LammpsLiquidUnit {
    private LammpsLiquidUnit() {}

    /** Runs the deck of liquid {@code key} in {@code work/key} and copies its imported files into {@code store}. */
    static void run(Scale scale, long seed, String key, Path work, Path store) {
        Path dir = work.resolve(key);
        try {
            Files.createDirectories(dir);
            Files.createDirectories(store);
            MesoelasticKappaExport.export(scale, dir, seed);
            ExportedRuns ex = ExportedRuns.read(dir);
            ExportedRuns.Run r = ex.run(key);
            if (r == null) throw new IllegalStateException("the " + scale.label() + " export has no run " + key);
            Files.deleteIfExists(dir.resolve(r.marker()));
            String lmp = System.getenv().getOrDefault("GLASSDYN_LMP", "lmp");
            Process p = new ProcessBuilder(lmp, "-in", r.deck(), "-log", r.log(), "-nocite").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve(key + ".screen").toFile()).start();
            int exit = p.waitFor();
            if (exit != 0 || !ex.complete(r))
                throw new IllegalStateException("LAMMPS run " + key + " failed (exit " + exit + "; see " + dir.resolve(r.log()) + ")");
            MesoelasticKappaExport.importRuns(dir, scale);
            Path imported = dir.resolve(MesoelasticKappaExport.IMPORTED);
            for (String suffix : List.of(FINE_DUMP, COARSE_DUMP, END)) {
                Path tmp = store.resolve(key + suffix + ".tmp");
                Files.copy(imported.resolve(key + suffix), tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, store.resolve(key + suffix), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LAMMPS unit " + key + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("LAMMPS unit " + key + " interrupted", e);
        }
    }
}
