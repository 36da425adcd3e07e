package glassdyn.cli;

import glassdyn.Scale;
import glassdyn.InputException;
import glassdyn.lammps.ExportedRuns;
import glassdyn.papers.mesoelastic.MesoelasticKappaExport;
import glassdyn.papers.taulc.TauLcDualityExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code import-runs DIR}: reads the finished runs of an {@code export-lammps} directory and writes them as the paper
 * pipeline's checkpoint files under {@code DIR/imported/checkpoints}, for {@code reproduce PAPER --from DIR}.
 * Unfinished runs (no completion marker) are counted and left for later; run it again when more have finished.
 */
@Command(name = "import-runs", mixinStandardHelpOptions = true,
    description = "Import the finished LAMMPS runs of an export-lammps directory for 'reproduce PAPER --from DIR'.")
public final class ImportRunsCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "DIR", description = "a directory written by export-lammps") Path dir;

    @Override
    public void run() {
        ExportedRuns ex = ExportedRuns.read(dir);
        Scale s = Scale.parse(ex.scale());
        ExportedRuns.Imported r = switch (ex.paper()) {
            case TauLcDualityExport.PAPER -> {
                TauLcDualityExport.Imported t = TauLcDualityExport.importRuns(dir, s);
                yield new ExportedRuns.Imported(t.runs(), t.complete(), t.files());
            }
            case MesoelasticKappaExport.PAPER -> MesoelasticKappaExport.importRuns(dir, s);
            default -> throw new InputException(dir.resolve(ExportedRuns.RUN_TABLE) + ": import of paper '" + ex.paper() + "' is not built yet");
        };
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", r.runs());
        m.put("complete", r.complete());
        Main.summary(m);
    }
}
