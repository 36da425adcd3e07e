package glassdyn.particles;

import glassdyn.InputException;

import java.util.Set;

/**
 * A view of a trajectory restricted to some frames ({@code start}, {@code stop} exclusive, every {@code step}-th,
 * counted from 0 in file order, like Python slices and MDAnalysis {@code trajectory[start:stop:step]}) and some
 * particle types (0-based type indices; the selected particles keep their ids, images and velocities; the box is
 * the file's). Frames outside the selection are read and dropped, so the file streams as before. Progress counts
 * frames of the selection when the file's frame count is known, else the fraction of the file read.
 */
public final class TrajectorySelection implements Trajectory {
    private final Trajectory source;
    private final int start, stop, step;
    private final Set<Integer> types;
    private int index;      // index of the next frame of the source
    private int returned;

    /**
     * @param stop exclusive; {@code Integer.MAX_VALUE} for the end
     * @param types 0-based type indices to keep, or null for all
     */
    public TrajectorySelection(Trajectory source, int start, int stop, int step, Set<Integer> types) {
        if (start < 0) throw InputException.parameter("--start", "must be >= 0", start);
        if (stop <= start) throw InputException.parameter("--stop", "must exceed --start " + start, stop);
        if (step < 1) throw InputException.parameter("--step", "must be >= 1", step);
        if (types != null && types.isEmpty()) throw InputException.parameter("--types", "must name at least one type", "");
        this.source = source;
        this.start = start; this.stop = stop; this.step = step;
        this.types = types;
    }

    @Override public String source() { return source.source(); }
    @Override public void close() { source.close(); }

    @Override public double fractionRead() {
        int total = frameCount();
        return total > 0 ? Math.min(1, (double) returned / total) : source.fractionRead();
    }

    @Override public int frameCount() {
        int total = source.frameCount();
        if (total < 0) return -1;
        int end = Math.min(total, stop);
        return end <= start ? 0 : (end - start + step - 1) / step;
    }

    /** Frames returned so far. */
    public int framesReturned() { return returned; }

    @Override
    public Frame next() {
        while (index < stop) {
            Frame f = source.next();
            if (f == null) {
                if (returned == 0)
                    throw new InputException(source.source() + ": no frame selected (the file has " + index + " frames; --start " + start + ")");
                return null;
            }
            int k = index++;
            if (k < start || (k - start) % step != 0) continue;
            returned++;
            return types == null ? f : select(f);
        }
        return null;
    }

    private Frame select(Frame f) {
        Configuration c = f.config();
        int m = 0;
        for (int i = 0; i < c.n; i++) if (types.contains(c.type[i])) m++;
        if (m == 0) throw new InputException(source.source() + ": frame at step " + f.step() + " has no particle of the selected types " + plusOne(types));
        Configuration s = new Configuration(m, c.box);
        int k = 0;
        for (int i = 0; i < c.n; i++) {
            if (!types.contains(c.type[i])) continue;
            s.x[k] = c.x[i]; s.y[k] = c.y[i]; s.z[k] = c.z[i];
            s.vx[k] = c.vx[i]; s.vy[k] = c.vy[i]; s.vz[k] = c.vz[i];
            s.ix[k] = c.ix[i]; s.iy[k] = c.iy[i]; s.iz[k] = c.iz[i];
            s.type[k] = c.type[i]; s.id[k] = c.id[i]; s.diameter[k] = c.diameter[i];
            k++;
        }
        s.mass = c.mass == null ? null : c.mass.clone();
        s.time = c.time;
        return new Frame(f.step(), s, f.unwrapped(), f.hasImages());
    }

    private static String plusOne(Set<Integer> t) { return t.stream().map(v -> v + 1).sorted().toList().toString(); }
}
