package glassdyn.cli;

import glassdyn.plan.Plan;
import glassdyn.plan.UnitRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code run-unit DIR ID}: runs one unit of a plan (skipped when finished; atomic; resumable). */
@Command(name = "run-unit", mixinStandardHelpOptions = true,
    description = "Run one unit of a plan written by 'plan' (skipped when already done; a failed unit exits 1).")
public final class RunUnitCommand implements java.util.concurrent.Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "the plan directory") Path dir;
    @Parameters(index = "1", paramLabel = "ID", description = "the unit's id (first column of units.tsv)") String id;

    @Override
    public Integer call() {
        Plan p = Plan.read(dir);
        UnitRunner.Outcome o = UnitRunner.run(p, id);
        if (o.reason() != null) System.err.println("run-unit: " + id + " failed: " + o.reason());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", o.unit());
        m.put("status", o.status());
        m.put("seconds", glassdyn.papers.Reports.round(o.seconds()));
        Main.summary(m);
        return o.status().equals("failed") ? Main.EXIT_FAILURE : 0;
    }
}
