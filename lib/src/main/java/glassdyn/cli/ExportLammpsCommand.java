package glassdyn.cli;

import glassdyn.Scale;
import glassdyn.InputException;
import glassdyn.papers.mesoelastic.MesoelasticKappaExport;
import glassdyn.papers.taulc.TauLcDualityExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code export-lammps PAPER --scale S --out DIR}: the paper's long MD runs as LAMMPS decks, job lists per stage and
 * a manifest (see {@link glassdyn.lammps.ExportedRuns}). Built for {@code tau-lc-duality} (paper 001) and
 * {@code mesoelastic-kappa} (paper 004).
 */
@Command(name = "export-lammps", mixinStandardHelpOptions = true,
    description = "Write a paper's MD runs as LAMMPS input decks (one per independent run), job lists and a manifest.")
public final class ExportLammpsCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "PAPER", description = "tau-lc-duality or mesoelastic-kappa (the other papers' exports are not built yet)") String paper;
    @Option(names = "--scale", defaultValue = "paper", description = "smoke, quick or paper (default paper)") String scale;
    @Option(names = "--out", required = true, description = "output directory") Path out;
    @Option(names = "--seed", description = "seed of the starting liquids (default: the seed of the paper's reproduce, 2025 for tau-lc-duality, 2021 for mesoelastic-kappa)") Long seed;

    @Override
    public void run() {
        Scale s = Scale.parse(scale);
        if (!ReproduceCommand.PAPERS.contains(paper))
            throw InputException.parameter("PAPER", "unknown paper, expected one of " + ReproduceCommand.PAPERS, paper);
        int decks = switch (paper) {
            case TauLcDualityExport.PAPER -> TauLcDualityExport.export(s, out, seed != null ? seed : glassdyn.papers.taulc.TauLcDuality.SEED);
            case MesoelasticKappaExport.PAPER -> MesoelasticKappaExport.export(s, out, seed != null ? seed : glassdyn.papers.mesoelastic.MesoelasticPresets.SEED);
            default -> throw new InputException("export-lammps " + paper + " is not built yet (built: " + TauLcDualityExport.PAPER
                + ", " + MesoelasticKappaExport.PAPER + ")");
        };
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", paper);
        m.put("decks", decks);
        Main.summary(m);
    }
}
