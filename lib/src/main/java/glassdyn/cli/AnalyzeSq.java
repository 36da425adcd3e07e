package glassdyn.cli;

import glassdyn.particles.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "sq", mixinStandardHelpOptions = true,
    description = "Static structure factor S(q) on the cell's wavevectors, averaged over shells and frames. CSV q,S (--partial adds S_a_b).")
final class AnalyzeSq implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Option(names = "--qmax", defaultValue = "15", description = "largest q (default ${DEFAULT-VALUE})") double qmax;
    @Option(names = "--dq", defaultValue = "0.1", description = "shell width (default ${DEFAULT-VALUE})") double dq;
    @Option(names = "--partial", description = "add partial S_a_b columns") boolean partial;

    @Override public void run() {
        Table t;
        try (Trajectory tr = in.open()) { t = new glassdyn.analysis.StaticStructureFactor(qmax, dq).compute(tr); }
        if (!partial) t = AnalyzeSupport.keep(t, "q", "S");
        in.write(t);
        Map<String, Object> s = new LinkedHashMap<>();
        int peak = 0;
        double[] sv = t.doubleColumn("S").asDoubleArray();
        for (int k = 1; k < sv.length; k++) if (sv[k] > sv[peak]) peak = k;
        s.put("q_peak", t.doubleColumn("q").getDouble(peak));
        s.put("S_peak", sv[peak]);
        Main.summary(s);
    }
}
