package glassdyn.papers.mesoelastic;

import glassdyn.InputException;
import glassdyn.io.LammpsDumpReader;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the trajectory dumps of a protocol (glassdyn's or LAMMPS's) back as frames at exactly the protocol's steps. */
public final class DumpFrames {
    private DumpFrames() {}

    /**
     * The frames of a dump written at steps {@code first}, then every multiple of {@code stride} up to {@code last}
     * (LAMMPS {@code dump ... first yes}; glassdyn's sampling), as glassdyn frames: positions wrapped into the box
     * with image counts, times {@code step * dt}. A frame at another step, a missing frame or a truncated file is an
     * {@link InputException} naming the file.
     */
    public static List<Frame> read(Path file, double dt, long first, long stride, long last) {
        List<Frame> out = new ArrayList<>();
        long expected = first;
        try (LammpsDumpReader in = new LammpsDumpReader(file, dt).dimension(3)) {
            for (Frame f = in.next(); f != null; f = in.next()) {
                if (expected > last)
                    throw InputException.at(file, 0, "more frames than the protocol's (last step " + last + ")", "step " + f.step());
                if (f.step() != expected)
                    throw InputException.at(file, 0, "frame at step " + expected + " expected", "step " + f.step());
                Configuration c = f.config();
                if (f.unwrapped()) c.wrapAll();
                out.add(new Frame(f.step(), c, false, true));
                expected = stride == 1 ? expected + 1 : (expected / stride + 1) * stride;
            }
        }
        if (expected <= last)
            throw InputException.at(file, lineCount(file), "truncated: " + out.size() + " frames, the frame at step " + expected
                + " (of steps up to " + last + ") is missing", "end of file");
        return out;
    }

    private static long lineCount(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
