package glassdyn.cli;

import glassdyn.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = "Clusters of the most mobile particles (largest displacement over a lag from a frame), connected by a distance cutoff. CSV size,count.")
final class AnalyzeClusters implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Option(names = "--frame", defaultValue = "0", description = "start frame (default ${DEFAULT-VALUE})") int frame;
    @Option(names = "--lag", required = true, description = "lag in frames for the displacement") int lag;
    @Option(names = "--fraction", defaultValue = "0.1", description = "fraction of most mobile particles flagged (default ${DEFAULT-VALUE})") double fraction;
    @Option(names = "--cutoff", defaultValue = "1.4", description = "connection distance (default ${DEFAULT-VALUE}, about r_min)") double cutoff;

    @Override public void run() {
        if (!(fraction > 0 && fraction <= 1)) throw InputException.parameter("--fraction", "must be in (0, 1]", fraction);
        glassdyn.analysis.PositionHistory h = in.history(false);
        int end = frame + lag;
        if (frame < 0 || lag < 1 || end >= h.frames()) throw InputException.parameter("--lag", "frame + lag must be a frame index below " + h.frames(), lag);
        double[] d2 = new double[h.n];
        for (int i = 0; i < h.n; i++) {
            double dx = h.x[end][i] - h.x[frame][i], dy = h.y[end][i] - h.y[frame][i], dz = h.z[end][i] - h.z[frame][i];
            d2[i] = dx * dx + dy * dy + dz * dz;
        }
        double[] sorted = d2.clone();
        java.util.Arrays.sort(sorted);
        int flaggedCount = Math.max(1, (int) Math.round(fraction * h.n));
        double threshold = sorted[h.n - flaggedCount];
        boolean[] flag = new boolean[h.n];
        for (int i = 0; i < h.n; i++) flag[i] = d2[i] >= threshold;
        glassdyn.particles.Configuration c = new glassdyn.particles.Configuration(h.n, h.box[frame]);
        System.arraycopy(h.x[frame], 0, c.x, 0, h.n); System.arraycopy(h.y[frame], 0, c.y, 0, h.n); System.arraycopy(h.z[frame], 0, c.z, 0, h.n);
        int[] labels = new glassdyn.analysis.ParticleClusters(cutoff).labels(c, flag);
        Table t = glassdyn.analysis.ParticleClusters.sizeDistribution(labels);
        in.write(t);
        Map<String, Object> s = AnalyzeSupport.summary(h.frames(), h.n);
        s.put("flagged", flaggedCount);
        s.put("clusters", (int) t.doubleColumn("count").sum());
        s.put("largest", t.rowCount() > 0 ? (int) t.doubleColumn("size").max() : 0);
        Main.summary(s);
    }
}
