package glassdyn.cli;

import glassdyn.InputException;
import glassdyn.Scale;
import glassdyn.papers.WorkUnit;
import glassdyn.plan.Pipelines;
import glassdyn.plan.Plan;
import glassdyn.plan.UnitRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code plan PAPER --scale S --out DIR}: the paper's work as independent units ({@code DIR/units.tsv}) with one Slurm
 * array script per dependency level; {@code plan --status DIR}: finished, failed (with reasons) and waiting units.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Write a paper's work as independent units with Slurm array scripts, or (--status DIR) report on a plan.")
public final class PlanCommand implements Runnable {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PAPER", description = "one of " + "cage-jump-ler, tau-lc-duality, epm-q, plasticity-indicators, mesoelastic-kappa")
    String paper;
    @Option(names = "--scale", defaultValue = "quick", description = "smoke, quick, long or paper (default quick)") String scale;
    @Option(names = "--out", description = "plan directory to write") Path out;
    @Option(names = "--threads", defaultValue = "1", description = "worker threads per unit (default 1)") int threads;
    @Option(names = "--engine", defaultValue = "glassdyn", description = "glassdyn (default) or lammps: the engine of the "
        + "units LAMMPS can run (mesoelastic-kappa's liquids, tau-lc-duality's isoconfigurational ensembles; lmp on the path or GLASSDYN_LMP)") String engine;
    @Option(names = "--status", paramLabel = "DIR", description = "report on the plan in DIR instead of writing one") Path status;

    @Override
    public void run() {
        if (status != null) {
            if (paper != null || out != null) throw InputException.parameter("--status", "takes only the plan directory", status);
            Plan p = Plan.read(status);
            UnitRunner.Status s = UnitRunner.status(p);
            for (int i = 0; i < s.failed().size(); i++) System.out.println("failed " + s.failed().get(i) + ": " + s.reasons().get(i));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("done", s.done().size());
            m.put("failed", s.failed().size());
            m.put("waiting", s.waiting().size());
            m.put("failed_units", s.failed());
            Main.summary(m);
            return;
        }
        if (paper == null) throw InputException.parameter("PAPER", "missing (or use --status DIR)", "");
        if (out == null) throw InputException.parameter("--out", "missing: the plan directory to write", "");
        if (threads < 1) throw InputException.parameter("--threads", "must be >= 1", threads);
        if (!Pipelines.PAPERS.contains(paper)) throw InputException.parameter("PAPER", "unknown paper, expected one of " + Pipelines.PAPERS, paper);
        Plan p = Plan.write(paper, Scale.parse(scale), threads, engine, out, jar());
        double hours = 0, mem = 0;
        for (WorkUnit u : p.units) { hours += u.coreHours(); mem = Math.max(mem, u.memoryGb()); }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", paper);
        m.put("units", p.units.size());
        m.put("levels", p.levels());
        m.put("core_hours", glassdyn.papers.Reports.round(hours));
        m.put("max_unit_memory_gb", glassdyn.papers.Reports.round(mem));
        Main.summary(m);
    }

    /** The jar this command runs from (what the Slurm tasks run). */
    static Path jar() {
        try {
            return Path.of(PlanCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
