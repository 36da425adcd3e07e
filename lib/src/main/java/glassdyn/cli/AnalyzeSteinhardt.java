package glassdyn.cli;

import glassdyn.InputException;
import glassdyn.analysis.SteinhardtOrder;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;

@Command(name = "steinhardt", mixinStandardHelpOptions = true,
    description = "Steinhardt bond-orientational order q_l and w_l per particle of one frame (neighbours within --rmax; freud's Steinhardt defaults). CSV id,type,neighbours,q_l,w_l...")
final class AnalyzeSteinhardt implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Option(names = "--rmax", required = true, description = "neighbour cutoff (e.g. the first minimum of g(r))") double rmax;
    @Option(names = "--l", split = ",", defaultValue = "4,6", description = "orders l (default ${DEFAULT-VALUE})") List<Integer> l;
    @Option(names = "--frame", defaultValue = "0", description = "frame index among the selected frames (default ${DEFAULT-VALUE})") int frame;

    @Override public void run() {
        Configuration c = null;
        int count = 0;
        try (Trajectory tr = in.open()) {
            for (Frame f = tr.next(); f != null; f = tr.next(), count++) if (count == frame) { c = f.config(); break; }
        }
        if (c == null) throw InputException.parameter("--frame", "beyond the last frame of " + in.dump, frame);
        Table t = new SteinhardtOrder(rmax, l.stream().mapToInt(Integer::intValue).toArray()).compute(c);
        in.write(t);
        Map<String, Object> s = AnalyzeSupport.summary(1, c.n);
        for (int v : l) {
            s.put("mean_q" + v, t.doubleColumn("q" + v).removeMissing().mean());
            s.put("mean_w" + v, t.doubleColumn("w" + v).removeMissing().mean());
        }
        s.put("mean_neighbours", t.doubleColumn("neighbours").mean());
        Main.summary(s);
    }
}
