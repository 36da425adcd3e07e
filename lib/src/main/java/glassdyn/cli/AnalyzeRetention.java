package glassdyn.cli;

import glassdyn.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "retention", mixinStandardHelpOptions = true,
    description = "Neighbour retention C(t): fraction of the neighbours within rc at the origin still within rc. CSV t,C.")
final class AnalyzeRetention implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Option(names = "--rc", required = true, description = "neighbour cutoff (r_min, the first minimum of g(r))") double rc;
    @Option(names = "--origin-frame", defaultValue = "0", description = "frame index of the origin (default ${DEFAULT-VALUE})") int origin;

    @Override public void run() {
        glassdyn.analysis.PositionHistory h = in.history(false);
        if (origin < 0 || origin >= h.frames()) throw InputException.parameter("--origin-frame", "out of range 0.." + (h.frames() - 1), origin);
        Table t = new glassdyn.analysis.NeighbourRetention(rc).mean(h, origin);
        in.write(t);
        Map<String, Object> s = AnalyzeSupport.summary(h.frames(), h.n);
        s.put("C_last", t.doubleColumn("C").getDouble(t.rowCount() - 1));
        Main.summary(s);
    }
}
