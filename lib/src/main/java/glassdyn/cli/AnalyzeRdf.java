package glassdyn.cli;

import glassdyn.analysis.RadialDistribution;
import glassdyn.particles.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "rdf", mixinStandardHelpOptions = true,
    description = "Radial distribution function averaged over frames, normalised like LAMMPS compute rdf, with the running coordination number coord (neighbours within the bin's upper edge, LAMMPS's coord column). CSV r,g (the CLI.md contract); --coord adds coord, --partial adds g_a_b; the JSON summary gives r_min and the first-shell coordination number.")
final class AnalyzeRdf implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Option(names = "--rmax", required = true, description = "cutoff") double rmax;
    @Option(names = "--bins", required = true, description = "number of bins") int bins;
    @Option(names = "--partial", description = "add partial g_a_b columns") boolean partial;
    @Option(names = "--coord", description = "add the running coordination number column coord") boolean coord;
    @Option(names = "--threads", description = "threads (default: all cores)") Integer threads;

    @Override public void run() {
        RadialDistribution rdf = new RadialDistribution(rmax, bins).coordination(true);
        if (threads != null) rdf.threads(threads);
        Table t;
        try (Trajectory tr = in.open()) { t = rdf.compute(tr); }
        Table shown = partial ? t : coord ? AnalyzeSupport.keep(t, "r", "g", "coord") : AnalyzeSupport.keep(t, "r", "g");
        if (partial && !coord) shown = shown.copy().removeColumns("coord");
        in.write(shown);
        Map<String, Object> s = AnalyzeSupport.summary(rdf.frames(), rdf.particles());
        double rMin = RadialDistribution.firstMinimum(t, "g");
        s.put("r_min", AnalyzeSupport.nanToNull(rMin));
        if (Double.isFinite(rMin)) {
            // neighbours within the first minimum (up to the upper edge of its bin): the first-shell coordination number
            int k = Math.min(bins - 1, (int) (rMin / (rmax / bins)));
            s.put("coordination_at_r_min", t.doubleColumn("coord").getDouble(k));
        }
        Main.summary(s);
    }
}
