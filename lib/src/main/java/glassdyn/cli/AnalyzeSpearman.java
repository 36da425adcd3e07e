package glassdyn.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "spearman", mixinStandardHelpOptions = true,
    description = "Spearman rank correlation of two per-particle columns, matched by particle id (CSV outputs of the other subcommands).")
final class AnalyzeSpearman implements Runnable {
    @Option(names = "--a", required = true, description = "first CSV (with an id column)") Path a;
    @Option(names = "--a-column", required = true, description = "column of the first CSV") String aColumn;
    @Option(names = "--b", required = true, description = "second CSV (with an id column)") Path b;
    @Option(names = "--b-column", required = true, description = "column of the second CSV") String bColumn;

    @Override public void run() {
        Map<Integer, Double> x = AnalyzeSupport.fieldById(a, aColumn), y = AnalyzeSupport.fieldById(b, bColumn);
        List<Integer> ids = x.keySet().stream().filter(y::containsKey).sorted().toList();
        double[] u = new double[ids.size()], w = new double[ids.size()];
        for (int k = 0; k < ids.size(); k++) { u[k] = x.get(ids.get(k)); w[k] = y.get(ids.get(k)); }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("n", ids.size());
        s.put("spearman", glassdyn.stats.RankCorrelation.spearman(u, w));
        Main.summary(s);
    }
}
