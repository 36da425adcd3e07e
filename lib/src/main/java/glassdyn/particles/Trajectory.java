package glassdyn.particles;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A stream of frames read one at a time, so a trajectory larger than memory can be analysed in one pass.
 * {@link #next()} returns {@code null} after the last frame. Frames returned earlier stay valid (each frame owns
 * its arrays). Readers that hold a file open must be closed.
 */
public interface Trajectory extends AutoCloseable, Iterable<Frame> {

    /** The next frame, or {@code null} at the end of the trajectory. */
    Frame next();

    /** Where the frames come from (a file name, or "memory"), for messages. */
    String source();

    @Override
    default void close() { }

    /** How much of the trajectory has been read, in [0, 1] (for progress bars); NaN when unknown. */
    default double fractionRead() { return Double.NaN; }

    /** The number of frames this trajectory will return in all, when known without reading it (GSD, H5MD, selections of those); -1 otherwise. */
    default int frameCount() { return -1; }

    /** A progress bar (stderr) for a pass over this trajectory, shown when the pass takes more than a second. */
    default TrajectoryProgress progressBar(String label) { return new TrajectoryProgress(this, label); }

    /** Iterates over the remaining frames (single use). */
    @Override
    default Iterator<Frame> iterator() {
        return new Iterator<>() {
            Frame pending = Trajectory.this.next();
            @Override public boolean hasNext() { return pending != null; }
            @Override public Frame next() {
                if (pending == null) throw new java.util.NoSuchElementException();
                Frame f = pending;
                pending = Trajectory.this.next();
                return f;
            }
        };
    }

    /** Reads every remaining frame into memory. */
    default List<Frame> readAll() {
        List<Frame> out = new ArrayList<>();
        for (Frame f = next(); f != null; f = next()) out.add(f);
        return out;
    }

    /**
     * The remaining frames as one table, one row per particle per frame, for ad hoc work: {@code step, t, id, type}
     * (LAMMPS type, 1-based), positions {@code x, y, z} (as stored: wrapped, or unwrapped when the file had them),
     * image counts {@code ix, iy, iz}, velocities {@code vx, vy, vz}. Lengths and times in the model's units.
     */
    default tech.tablesaw.api.Table toTable() {
        java.util.List<Frame> frames = readAll();  // the table holds every frame anyway
        int rows = 0;
        for (Frame f : frames) rows += f.n();
        long[] step = new long[rows];
        double[] t = new double[rows], x = new double[rows], y = new double[rows], z = new double[rows];
        double[] vx = new double[rows], vy = new double[rows], vz = new double[rows];
        int[] id = new int[rows], type = new int[rows], ix = new int[rows], iy = new int[rows], iz = new int[rows];
        int r = 0;
        for (Frame f : frames) {
            Configuration c = f.config();
            for (int i = 0; i < c.n; i++, r++) {
                step[r] = f.step(); t[r] = c.time; id[r] = c.id[i]; type[r] = c.type[i] + 1;
                x[r] = c.x[i]; y[r] = c.y[i]; z[r] = c.z[i]; ix[r] = c.ix[i]; iy[r] = c.iy[i]; iz[r] = c.iz[i];
                vx[r] = c.vx[i]; vy[r] = c.vy[i]; vz[r] = c.vz[i];
            }
        }
        tech.tablesaw.api.Table table = tech.tablesaw.api.Table.create(source());
        table.addColumns(tech.tablesaw.api.LongColumn.create("step", step), tech.tablesaw.api.DoubleColumn.create("t", t),
            tech.tablesaw.api.IntColumn.create("id", id), tech.tablesaw.api.IntColumn.create("type", type),
            tech.tablesaw.api.DoubleColumn.create("x", x), tech.tablesaw.api.DoubleColumn.create("y", y),
            tech.tablesaw.api.DoubleColumn.create("z", z), tech.tablesaw.api.IntColumn.create("ix", ix),
            tech.tablesaw.api.IntColumn.create("iy", iy), tech.tablesaw.api.IntColumn.create("iz", iz),
            tech.tablesaw.api.DoubleColumn.create("vx", vx), tech.tablesaw.api.DoubleColumn.create("vy", vy),
            tech.tablesaw.api.DoubleColumn.create("vz", vz));
        return table;
    }

    /** A trajectory over frames already in memory. */
    static Trajectory of(List<Frame> frames) {
        return new Trajectory() {
            int k;
            @Override public Frame next() { return k < frames.size() ? frames.get(k++) : null; }
            @Override public String source() { return "memory"; }
            @Override public double fractionRead() { return frames.isEmpty() ? 1 : (double) k / frames.size(); }
        };
    }
}
