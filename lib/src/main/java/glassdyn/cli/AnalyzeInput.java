package glassdyn.cli;

import glassdyn.InputException;
import glassdyn.io.TrajectoryFiles;
import glassdyn.particles.Trajectory;
import glassdyn.table.Tables;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.nio.file.Path;
import java.util.List;

/**
 * Options shared by every subcommand that reads a trajectory: the file (format told by its content, or forced),
 * the timestep, the output CSV (the table goes to standard output, before the JSON summary line, when there is no
 * {@code --out}), and the selection of frames and particle types every analysis runs on.
 */
final class AnalyzeInput {
    @Option(names = "--dump", required = true, paramLabel = "FILE",
        description = "trajectory: LAMMPS text dump, extended XYZ (.gz ok for both), GSD or H5MD; the format is read from the content")
    Path dump;

    @Option(names = "--format", paramLabel = "FMT", description = "force the format: lammps-dump, xyz, gsd or h5md (default: from the content, the name as a hint)")
    String format;

    @Option(names = "--dt", paramLabel = "DT", description = "MD timestep: times are step*DT (default: time in steps)")
    Double dt;

    @Option(names = "--out", paramLabel = "CSV", description = "write the table as CSV (default: the table to standard output)")
    Path out;

    @Option(names = "--start", defaultValue = "0", paramLabel = "K", description = "first frame used, counted from 0 (default ${DEFAULT-VALUE})")
    int start;

    @Option(names = "--stop", paramLabel = "K", description = "frames from --stop on are not used (default: to the end)")
    Integer stop;

    @Option(names = "--step", defaultValue = "1", paramLabel = "K", description = "use every K-th frame from --start (default ${DEFAULT-VALUE})")
    int step;

    @Option(names = "--types", split = ",", paramLabel = "T", description = "particle types analysed (LAMMPS numbering from 1, comma-separated; default: all)")
    List<Integer> types;

    Trajectory open() {
        if (dt != null && !(dt > 0)) throw InputException.parameter("--dt", "must be positive", dt);
        TrajectoryFiles.Format f = format == null ? null : TrajectoryFiles.Format.of(format);
        java.util.Set<Integer> sel = null;
        if (types != null) {
            sel = new java.util.TreeSet<>();
            for (int t : types) {
                if (t < 1) throw InputException.parameter("--types", "types are numbered from 1", t);
                sel.add(t - 1);
            }
        }
        Trajectory tr = TrajectoryFiles.open(dump, dt == null ? 1.0 : dt, f);
        if (start == 0 && stop == null && step == 1 && sel == null) return tr;
        try {
            return new glassdyn.particles.TrajectorySelection(tr, start, stop == null ? Integer.MAX_VALUE : stop, step, sel);
        } catch (RuntimeException e) {
            tr.close();
            throw e;
        }
    }

    /** Writes the table to --out (atomically), or prints it as CSV on standard output. */
    void write(Table t) {
        if (out != null) { Tables.writeCsv(t, out); return; }
        try {
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8));
            Tables.writeCsv(t, w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Computes a table on the opened trajectory, closes it, writes the CSV. */
    Table compute(java.util.function.Function<Trajectory, Table> analysis) {
        Table t;
        try (Trajectory tr = open()) { t = analysis.apply(tr); }
        write(t);
        return t;
    }

    /** The whole trajectory in memory, unwrapped (non-affine when asked). */
    glassdyn.analysis.PositionHistory history(boolean nonAffine) {
        try (Trajectory tr = open()) { return glassdyn.analysis.PositionHistory.of(tr, nonAffine); }
    }
}
