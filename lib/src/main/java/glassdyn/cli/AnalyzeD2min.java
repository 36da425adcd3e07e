package glassdyn.cli;

import glassdyn.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "d2min", mixinStandardHelpOptions = true,
    description = "Falk-Langer D2min and local strain between two frames. CSV id,type,neighbors,d2min,eps_*,gamma,eta_vm.")
final class AnalyzeD2min implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Option(names = "--ref-frame", defaultValue = "0", description = "reference frame index (default ${DEFAULT-VALUE})") int ref;
    @Option(names = "--frame", defaultValue = "-1", description = "current frame index, -1 for the last (default ${DEFAULT-VALUE})") int frame;
    @Option(names = "--cutoff", defaultValue = "2.5", description = "neighbour cutoff in the reference frame (default ${DEFAULT-VALUE})") double cutoff;

    @Override public void run() {
        glassdyn.analysis.PositionHistory h = in.history(false);
        int cur = frame < 0 ? h.frames() + frame : frame;
        if (ref < 0 || ref >= h.frames()) throw InputException.parameter("--ref-frame", "out of range 0.." + (h.frames() - 1), ref);
        if (cur < 0 || cur >= h.frames()) throw InputException.parameter("--frame", "out of range 0.." + (h.frames() - 1), frame);
        Table t = new glassdyn.analysis.FalkLangerD2min(cutoff).compute(h, ref, cur);
        in.write(t);
        Map<String, Object> s = AnalyzeSupport.summary(h.frames(), h.n);
        s.put("mean_d2min", t.doubleColumn("d2min").removeMissing().mean());
        s.put("max_d2min", t.doubleColumn("d2min").removeMissing().max());
        Main.summary(s);
    }
}
