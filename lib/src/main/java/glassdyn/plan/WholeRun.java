package glassdyn.plan;

import glassdyn.claims.Report;
import glassdyn.papers.PaperPipeline;
import glassdyn.papers.WorkUnit;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A pipeline not yet cut into units: the plan has one unit, {@code all}, that runs the whole pipeline into its stage
 * store (the figures it writes on the way go to {@code DIR/units/all.out}); {@code reproduce --from} then assembles the
 * report from that store. Honest but not parallel: the unit's cost is the whole pipeline's.
 */
final class WholeRun implements PaperPipeline {
    private final String paper;
    private final Function<Path, Report> writeAll;
    private final Path scratch;
    private final WorkUnit unit;

    WholeRun(String paper, Function<Path, Report> writeAll, Path scratch, Cost cost, int threads) {
        this.paper = paper;
        this.writeAll = writeAll;
        this.scratch = scratch;
        this.unit = new WorkUnit("all", "whole pipeline", List.of(), cost.coreHours(), cost.memoryGb(), threads, cost.basis());
    }

    /** A cost estimate with its basis. */
    record Cost(double coreHours, double memoryGb, String basis) {}

    @Override public String paper() { return paper; }

    @Override public List<WorkUnit> units() { return List.of(unit); }

    @Override
    public void runUnit(String id) {
        if (!id.equals(unit.id())) throw new IllegalArgumentException("no unit '" + id + "' in the plan of " + paper);
        writeAll.apply(scratch);
    }

    @Override public Report writeAll(Path out) { return writeAll.apply(out); }
}
