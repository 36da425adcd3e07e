package glassdyn.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "persistence", mixinStandardHelpOptions = true,
    description = "First-jump (persistence) times from an origin frame. CSV id,type,t_first,censored.")
final class AnalyzePersistence implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Mixin AnalyzeJumps jumps = new AnalyzeJumps();
    @Option(names = "--origin-frame", defaultValue = "0", description = "frame index of the origin (default ${DEFAULT-VALUE})") int origin;

    @Override public void run() {
        glassdyn.analysis.PositionHistory h = in.history(jumps.nonAffine);
        Table first = glassdyn.analysis.PersistenceTime.firstJumps(jumps.detector().compute(h), h, origin);
        in.write(first);
        Map<String, Object> s = AnalyzeSupport.summary(h.frames(), h.n);
        s.put("mean_t_first", first.doubleColumn("t_first").mean());
        s.put("censored_fraction", first.intColumn("censored").sum() / (double) Math.max(1, h.n));
        Main.summary(s);
    }
}
