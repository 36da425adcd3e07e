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

    /** A trajectory over frames already in memory. */
    static Trajectory of(List<Frame> frames) {
        return new Trajectory() {
            int k;
            @Override public Frame next() { return k < frames.size() ? frames.get(k++) : null; }
            @Override public String source() { return "memory"; }
        };
    }
}
