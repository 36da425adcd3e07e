package glassdyn.cli;

import glassdyn.InputException;
import glassdyn.io.TrajectoryFiles;
import glassdyn.particles.Trajectory;
import glassdyn.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "stress", mixinStandardHelpOptions = true,
    description = "Per-particle (Egami) atomic stress of a configuration (LAMMPS data file, or one frame of a trajectory). CSV id,type,pe,sigma_xx..sigma_yz.")
final class AnalyzeStress implements Runnable {
    @Option(names = "--potential", required = true, description = "potential name (see the potentials command)") String potential;
    @Option(names = "--data", description = "LAMMPS data file") Path data;
    @Option(names = "--dump", description = "trajectory file (use --frame)") Path dump;
    @Option(names = "--frame", defaultValue = "0", description = "frame index in --dump (default ${DEFAULT-VALUE})") int frame;
    @Option(names = "--dim", defaultValue = "3", description = "dimension of a data file (default ${DEFAULT-VALUE})") int dim;
    @Option(names = "--kinetic", description = "include the kinetic term m v v") boolean kinetic;
    @Option(names = "--threads", description = "threads (default: all cores)") Integer threads;
    @Option(names = "--out", paramLabel = "CSV", description = "write the table as CSV") Path out;

    @Override public void run() {
        if ((data == null) == (dump == null)) throw InputException.parameter("--data/--dump", "give exactly one", data == null ? "neither" : "both");
        glassdyn.potential.PairPotential p = glassdyn.potential.Potentials.pair(potential);
        glassdyn.particles.Configuration c;
        if (data != null) c = glassdyn.io.LammpsDataFile.read(data, dim);
        else {
            c = null;
            try (Trajectory tr = TrajectoryFiles.open(dump)) {
                int k = 0;
                for (glassdyn.particles.Frame f = tr.next(); f != null; f = tr.next(), k++) if (k == frame) { c = f.config(); break; }
            }
            if (c == null) throw InputException.parameter("--frame", "beyond the last frame of " + dump, frame);
        }
        Table t = new glassdyn.analysis.AtomicStress(p, threads == null ? Runtime.getRuntime().availableProcessors() : threads)
            .kinetic(kinetic).compute(c);
        if (out != null) Tables.writeCsv(t, out);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("n", c.n);
        s.put("mean_sigma_xy", t.doubleColumn("sigma_xy").mean());
        s.put("pressure", (t.doubleColumn("sigma_xx").mean() + t.doubleColumn("sigma_yy").mean()
            + (c.dim() == 3 ? t.doubleColumn("sigma_zz").mean() : 0)) / c.dim());
        Main.summary(s);
    }
}
