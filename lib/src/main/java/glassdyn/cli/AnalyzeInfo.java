package glassdyn.cli;

import glassdyn.InputException;
import glassdyn.io.TrajectoryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.nio.file.Path;

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
