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

@Command(name = "info", mixinStandardHelpOptions = true, description = "Frame count, steps, particle count and boxes of a trajectory.")
final class AnalyzeInfo implements Runnable {
    @Option(names = "--dump", required = true, description = "trajectory file") Path dump;
    @Option(names = "--dt", description = "MD timestep") Double dt;
    @Option(names = "--format", description = "force the format: lammps-dump, xyz, gsd or h5md (default: from the content)") String format;

    @Override public void run() {
        if (dt != null && !(dt > 0)) throw InputException.parameter("--dt", "must be positive", dt);
        Main.summary(TrajectoryFiles.summary(dump, dt == null ? 1 : dt, format == null ? null : TrajectoryFiles.Format.of(format)).toMap());
    }
}
