package glassdyn.cli;

import glassdyn.analysis.DynamicSusceptibility;
import glassdyn.analysis.MeanSquareDisplacement;
import glassdyn.analysis.NonGaussianParameter;
import glassdyn.analysis.RadialDistribution;
import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.SelfDynamics;
import glassdyn.analysis.SelfIntermediateScattering;
import glassdyn.InputException;
import glassdyn.io.TrajectoryFiles;
import glassdyn.particles.Trajectory;
import glassdyn.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "rdf", mixinStandardHelpOptions = true,
    description = "Radial distribution function averaged over frames, normalised like LAMMPS compute rdf (CSV r,g; --partial adds g_a_b).")
final class AnalyzeRdf implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Option(names = "--rmax", required = true, description = "cutoff") double rmax;
    @Option(names = "--bins", required = true, description = "number of bins") int bins;
    @Option(names = "--partial", description = "add partial g_a_b columns") boolean partial;
    @Option(names = "--threads", description = "threads (default: all cores)") Integer threads;

    @Override public void run() {
        RadialDistribution rdf = new RadialDistribution(rmax, bins);
        if (threads != null) rdf.threads(threads);
        Table t;
        try (Trajectory tr = in.open()) { t = rdf.compute(tr); }
        if (!partial) t = AnalyzeSupport.keep(t, "r", "g");
        in.write(t);
        Map<String, Object> s = AnalyzeSupport.summary(rdf.frames(), rdf.particles());
        s.put("r_min", RadialDistribution.firstMinimum(t, "g"));
        Main.summary(s);
    }
}
