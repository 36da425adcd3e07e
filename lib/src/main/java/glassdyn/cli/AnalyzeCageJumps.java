package glassdyn.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "cage-jumps", mixinStandardHelpOptions = true,
    description = "Cage jumps by the Candelier-Dauchot-Biroli segmentation. CSV id,type,frame,t,dx,dy,dz,size,p (one row per jump).")
final class AnalyzeCageJumps implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Mixin AnalyzeJumps jumps = new AnalyzeJumps();

    @Override public void run() {
        glassdyn.analysis.PositionHistory h = in.history(jumps.nonAffine);
        Table t = jumps.detector().compute(h);
        in.write(t);
        Map<String, Object> s = AnalyzeSupport.summary(h.frames(), h.n);
        s.put("jumps", t.rowCount());
        s.put("fraction_jumped", (double) t.intColumn("id").unique().size() / Math.max(1, h.n));
        s.put("mean_size", t.rowCount() > 0 ? t.doubleColumn("size").mean() : null);
        Main.summary(s);
    }
}
