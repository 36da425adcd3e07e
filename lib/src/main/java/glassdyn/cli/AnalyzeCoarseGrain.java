package glassdyn.cli;

import glassdyn.InputException;
import glassdyn.particles.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "coarse-grain", mixinStandardHelpOptions = true,
    description = "Grid coarse-graining of a per-particle field (paper 001 Eq. A1) on one frame, with local maxima/minima as cluster centres. CSV gx,gy,gz,x,y,z,value,extremum.")
final class AnalyzeCoarseGrain implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Option(names = "--frame", defaultValue = "0", description = "frame index (default ${DEFAULT-VALUE})") int frame;
    @Option(names = "--field", required = true, description = "CSV with an id column and the field column") Path field;
    @Option(names = "--column", required = true, description = "field column name (e.g. t_first)") String column;
    @Option(names = "--cells", defaultValue = "8", description = "grid cells per side (default ${DEFAULT-VALUE}; paper 001 uses 20 at N = 10^4+)") int cells;
    @Option(names = "--length", description = "decay length l_cg (default L/cells, as paper 001)") Double length;

    @Override public void run() {
        Map<Integer, Double> values = AnalyzeSupport.fieldById(field, column);
        glassdyn.particles.Configuration c = null;
        try (Trajectory tr = in.open()) {
            int k = 0;
            for (glassdyn.particles.Frame f = tr.next(); f != null; f = tr.next(), k++) if (k == frame) { c = f.config(); break; }
        }
        if (c == null) throw InputException.parameter("--frame", "beyond the last frame of " + in.dump, frame);
        double[] v = new double[c.n];
        for (int i = 0; i < c.n; i++) {
            Double x = values.get(c.id[i]);
            if (x == null) throw InputException.at(field, 0, "no value for particle id " + c.id[i], column);
            v[i] = x;
        }
        double l = length != null ? length : c.box.lx() / cells;
        Table t = glassdyn.analysis.ExponentialCoarseGraining.grid(c, v, cells, l);
        in.write(t);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cells", t.rowCount());
        s.put("maxima", t.intColumn("extremum").isEqualTo(1).size());
        s.put("minima", t.intColumn("extremum").isEqualTo(-1).size());
        Main.summary(s);
    }
}
