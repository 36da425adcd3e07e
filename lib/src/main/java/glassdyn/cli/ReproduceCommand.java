package glassdyn.cli;

import glassdyn.Scale;
import glassdyn.InputException;
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
    @Option(names = "--from", paramLabel = "DIR", description = "assemble from a finished plan directory (see plan, run-unit) or take the long runs from an imported export-lammps directory (see import-runs)") Path from;

    @Override
    public void run() {
        Scale s = Scale.parse(scale);
        if (!PAPERS.contains(paper)) throw InputException.parameter("PAPER", "unknown paper, expected one of " + PAPERS, paper);
        if (threads != null && threads < 1) throw InputException.parameter("--threads", "must be >= 1", threads);
        if (from != null && java.nio.file.Files.exists(from.resolve("plan.properties"))) seedFromPlan(s);
        else if (from != null) seedCheckpoints(s);
        int t = threads != null ? threads : Math.min(2, Runtime.getRuntime().availableProcessors());
        Path checkpoints = out.resolve("checkpoints");
        glassdyn.claims.Report report = glassdyn.plan.Pipelines.open(paper, s, checkpoints, t).writeAll(out);
        System.err.print(glassdyn.claims.ReportView.text(report));
        Map<String, Object> m = new LinkedHashMap<>(report.summary());
        m.put("paper", paper);
        Main.summary(m);
    }

    /**
     * {@code --from} a plan directory ({@code glassdyn plan}): every unit must be done; the plan's stage store is copied
     * into {@code OUT/checkpoints} (files already there are kept), so the pipeline assembles the report from the units.
     */
    private void seedFromPlan(Scale s) {
        glassdyn.plan.Plan p = glassdyn.plan.Plan.read(from);
        if (!p.paper.equals(paper) || p.scale != s)
            throw InputException.parameter("--from", "the plan is of " + p.paper + " at scale " + p.scale.label()
                + ", not " + paper + " at " + s.label(), from);
        glassdyn.plan.UnitRunner.Status st = glassdyn.plan.UnitRunner.status(p);
        if (!st.failed().isEmpty() || !st.waiting().isEmpty())
            throw InputException.parameter("--from", "the plan is not finished: " + st.failed().size() + " failed, "
                + st.waiting().size() + " waiting (glassdyn plan --status " + from + ")", from);
        copyMissing(p.store(), out.resolve("checkpoints"));
    }

    private static void copyMissing(Path src, Path dst) {
        try {
            java.nio.file.Files.createDirectories(dst);
            if (!java.nio.file.Files.isDirectory(src)) return;
            try (var files = java.nio.file.Files.walk(src)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path t = dst.resolve(src.relativize(f).toString());
                    if (java.nio.file.Files.isDirectory(f)) java.nio.file.Files.createDirectories(t);
                    else if (!java.nio.file.Files.exists(t)) java.nio.file.Files.copy(f, t);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        Path src = from.resolve(glassdyn.papers.StageStore.IMPORTED);
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
