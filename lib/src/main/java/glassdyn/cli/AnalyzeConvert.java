package glassdyn.cli;

import glassdyn.InputException;
import glassdyn.io.TrajectoryFiles;
import glassdyn.particles.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "convert", mixinStandardHelpOptions = true, description = "Converts a trajectory to extended XYZ (.xyz, .extxyz, optionally .gz).")
final class AnalyzeConvert implements Runnable {
    @Option(names = "--dump", required = true, description = "trajectory file") Path dump;
    @Option(names = "--dt", description = "MD timestep") Double dt;
    @Option(names = "--format", description = "force the input format: lammps-dump, xyz, gsd or h5md (default: from the content)") String format;
    @Option(names = "--out", required = true, description = "extended XYZ output") Path out;

    @Override public void run() {
        if (dt != null && !(dt > 0)) throw InputException.parameter("--dt", "must be positive", dt);
        int frames = 0;
        glassdyn.io.XyzWriter w = new glassdyn.io.XyzWriter(out, true);
        try (Trajectory tr = TrajectoryFiles.open(dump, dt == null ? 1 : dt, format == null ? null : TrajectoryFiles.Format.of(format))) {
            for (glassdyn.particles.Frame f = tr.next(); f != null; f = tr.next()) { w.write(f); frames++; }
        } catch (RuntimeException e) {
            w.abort();
            throw e;
        }
        w.close();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("frames", frames);
        Main.summary(s);
    }
}
