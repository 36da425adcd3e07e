package glassdyn.cli;

import glassdyn.Scale;
import glassdyn.InputException;
import glassdyn.papers.epmq.EpmQ;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code reproduce PAPER --scale S --out DIR}: runs the figure pipelines of one paper, writes one CSV per figure
 * panel and report.json, and resumes from the checkpoints in DIR/checkpoints after an interruption.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
    description = "Reproduce one paper's figures: one CSV per panel plus report.json (checks against the paper).")
public final class ReproduceCommand implements Runnable {
    /** The paper names of CLI.md. */
    static final List<String> PAPERS = List.of("cage-jump-ler", "tau-lc-duality", "epm-q", "plasticity-indicators", "mesoelastic-kappa");

    @Parameters(index = "0", paramLabel = "PAPER", description = "one of cage-jump-ler, tau-lc-duality, epm-q, plasticity-indicators, mesoelastic-kappa") String paper;
    @Option(names = "--scale", defaultValue = "quick", description = "smoke, quick, long or paper (default quick)") String scale;
    @Option(names = "--out", required = true, description = "output directory") Path out;
    @Option(names = "--threads", description = "worker threads (default: min(2, cores))") Integer threads;
    @Option(names = "--from", paramLabel = "DIR", description = "take the long runs from an imported export-lammps directory (see import-runs)") Path from;

    @Override
    public void run() {
        Scale s = Scale.parse(scale);
        if (!PAPERS.contains(paper)) throw InputException.parameter("PAPER", "unknown paper, expected one of " + PAPERS, paper);
        if (threads != null && threads < 1) throw InputException.parameter("--threads", "must be >= 1", threads);
        if (from != null) seedCheckpoints(s);
        int t = threads != null ? threads : Math.min(2, Runtime.getRuntime().availableProcessors());
        Path checkpoints = out.resolve("checkpoints");
        Map<String, Object> rep = switch (paper) {
            case "epm-q" -> new EpmQ(s, glassdyn.epm.KernelVariant.DEFAULT, EpmQ.SEED, checkpoints, t).writeAll(out);
            case "tau-lc-duality" -> new glassdyn.papers.TauLcDuality(s, glassdyn.papers.TauLcDuality.SEED, checkpoints, t).writeAll(out);
            case "plasticity-indicators" -> new glassdyn.papers.PlasticityIndicators(s, glassdyn.papers.PlasticityIndicators.SEED, checkpoints, t).writeAll(out);
            case "cage-jump-ler" -> new glassdyn.papers.CageJumpLer(s, glassdyn.papers.CageJumpLer.SEED, checkpoints, t).writeAll(out);
            case "mesoelastic-kappa" -> new glassdyn.papers.MesoelasticKappa(s, glassdyn.papers.MesoelasticKappa.SEED, checkpoints, t).writeAll(out);
            default -> throw new InputException("paper '" + paper + "' is not built yet");
        };
        glassdyn.claims.Report report = glassdyn.claims.Report.fromJson(rep);
        System.err.print(glassdyn.claims.ReportView.text(report));
        Map<String, Object> m = new LinkedHashMap<>(report.summary());
        m.put("paper", paper);
        Main.summary(m);
    }

    /**
     * Copies the checkpoint files that {@code import-runs} wrote under {@code FROM/imported/checkpoints} into
     * {@code OUT/checkpoints} (files already there are kept), so the pipeline loads those stages instead of running them.
     */
    private void seedCheckpoints(Scale s) {
        glassdyn.lammps.ExportedRuns ex = glassdyn.lammps.ExportedRuns.read(from);
        if (!ex.paper().equals(paper) || Scale.parse(ex.scale()) != s)
            throw InputException.parameter("--from", "the export is of " + ex.paper() + " at scale " + ex.scale()
                + ", not " + paper + " at " + s.name().toLowerCase(), from);
        Path src = from.resolve(glassdyn.papers.TauLcDualityExport.IMPORTED);
        if (!java.nio.file.Files.isDirectory(src))
            throw InputException.parameter("--from", "nothing imported yet: run 'glassdyn import-runs " + from + "' first", from);
        try {
            Path dst = out.resolve("checkpoints");
            java.nio.file.Files.createDirectories(dst);
            try (var files = java.nio.file.Files.list(src)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path t = dst.resolve(f.getFileName().toString());
                    if (!java.nio.file.Files.exists(t)) java.nio.file.Files.copy(f, t);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
