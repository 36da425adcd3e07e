package glassdyn.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tech.tablesaw.api.Table;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "table", mixinStandardHelpOptions = true,
    description = "The trajectory as one CSV table, one row per particle per frame: step,t,id,type,x,y,z,ix,iy,iz,vx,vy,vz.")
final class AnalyzeTable implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();

    @Override public void run() {
        Table t = in.compute(tr -> tr.toTable());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("rows", t.rowCount());
        Main.summary(s);
    }
}
