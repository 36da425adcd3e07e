package glassdyn.io;

import glassdyn.particles.Trajectory;

import java.nio.file.Path;

/**
 * Opens a trajectory file, its format told by its content (magic bytes, first line; through gzip for the text
 * formats) with the name as a hint only when the content does not decide: GSD (HOOMD; magic
 * {@code 0x65DF65DF65DF65DF}), H5MD (the HDF5 signature), LAMMPS text dump (first line {@code ITEM: TIMESTEP}), extended
 * or plain XYZ (first line a particle count). {@link Format} forces a format.
 */
public final class TrajectoryFiles {
    private TrajectoryFiles() {}

    /** Trajectory formats read. */
    public enum Format {
        LAMMPS_DUMP("lammps-dump"), XYZ("xyz"), GSD("gsd"), H5MD("h5md");

        public final String cliName;
        Format(String cliName) { this.cliName = cliName; }

        /** By command-line name ({@code lammps-dump, xyz, gsd, h5md}); an unknown name throws naming the known ones. */
        public static Format of(String name) {
            for (Format f : values()) if (f.cliName.equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) return f;
            throw glassdyn.InputException.parameter("--format", "must be one of lammps-dump, xyz, gsd, h5md", name);
        }
    }

    /** @param dt the MD timestep (frame time = step * dt); 1 counts time in steps */
    public static Trajectory open(Path file, double dt) { return open(file, dt, null); }

    /** Opens with the given format, or the detected one when {@code format} is null. */
    public static Trajectory open(Path file, double dt, Format format) {
        Format f = format != null ? format : detect(file);
        return switch (f) {
            case GSD -> new GsdReader(file, dt);
            case XYZ -> new XyzReader(file, dt);
            case LAMMPS_DUMP -> new LammpsDumpReader(file, dt);
            case H5MD -> new H5mdReader(file, dt);
        };
    }

    /** The format of a file by its content, the name deciding only when the content does not; errors name the file. */
    public static Format detect(Path file) {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(512);
        } catch (java.nio.file.NoSuchFileException e) {
            throw glassdyn.InputException.at(file, 0, "no such file", null);
        } catch (java.io.IOException e) {
            throw glassdyn.InputException.at(file, 0, "cannot read: " + e.getMessage(), null);
        }
        if (startsWith(head, 0xDF, 0x65, 0xDF, 0x65, 0xDF, 0x65, 0xDF, 0x65)) return Format.GSD;
        if (startsWith(head, 0x89, 'H', 'D', 'F', 0x0D, 0x0A, 0x1A, 0x0A)) return Format.H5MD;
        if (startsWith(head, 0x1F, 0x8B)) {
            try (java.io.InputStream in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file))) {
                head = in.readNBytes(512);
            } catch (java.io.IOException e) {
                throw glassdyn.InputException.at(file, 0, "corrupt gzip stream: " + e.getMessage(), null);
            }
        }
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (first.startsWith("ITEM:")) return Format.LAMMPS_DUMP;
        if (first.matches("\\d+")) return Format.XYZ;
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".gsd")) return Format.GSD;
        if (name.endsWith(".xyz") || name.endsWith(".extxyz")) return Format.XYZ;
        if (name.endsWith(".h5") || name.endsWith(".h5md")) return Format.H5MD;
        if (name.endsWith(".dump") || name.contains(".lammpstrj")) return Format.LAMMPS_DUMP;
        String shown = first.chars().allMatch(ch -> ch >= 32 && ch < 127) ? first : "binary data";
        throw glassdyn.InputException.at(file, 1, "cannot tell the trajectory format from the content or the name (give --format lammps-dump, xyz, gsd or h5md)",
            shown.length() > 60 ? shown.substring(0, 60) : shown);
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int k = 0; k < magic.length; k++) if ((b[k] & 0xFF) != magic[k]) return false;
        return true;
    }

    public static Trajectory open(Path file) { return open(file, 1.0); }

    /** What a trajectory file holds: frame count, steps, particle count, dimension, first and last box. */
    public record Summary(int frames, long[] steps, double[] times, int n, int dim, glassdyn.space.Box firstBox, glassdyn.space.Box lastBox, String format) {
        /** As a JSON-ready map. */
        public java.util.Map<String, Object> toMap() {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("frames", frames);
            m.put("n", n);
            m.put("dim", dim);
            m.put("format", format);
            m.put("first_step", steps.length > 0 ? steps[0] : null);
            m.put("last_step", steps.length > 0 ? steps[steps.length - 1] : null);
            m.put("first_box", box(firstBox));
            m.put("last_box", box(lastBox));
            return m;
        }

        private static java.util.List<Double> box(glassdyn.space.Box b) {
            return b.isGeneralTriclinic() ? java.util.List.of(b.xlo(), b.ylo(), b.zlo(), b.lx(), b.ly(), b.lz(), b.xy(), b.xz(), b.yz())
                : java.util.List.of(b.xlo(), b.ylo(), b.zlo(), b.lx(), b.ly(), b.lz(), b.xy());
        }
    }

    /** Reads the whole file once (one frame in memory at a time) and summarises it; errors name file, line and value. */
    public static Summary summary(Path file, double dt) { return summary(file, dt, null); }

    /** As {@link #summary(Path, double)} with a forced format (null: detect). */
    public static Summary summary(Path file, double dt, Format format) {
        try (Trajectory t = open(file, dt, format)) {
            java.util.List<Long> steps = new java.util.ArrayList<>();
            java.util.List<Double> times = new java.util.ArrayList<>();
            glassdyn.space.Box first = null, last = null;
            int n = 0, dim = 3;
            for (glassdyn.particles.Frame f = t.next(); f != null; f = t.next()) {
                if (first == null) { first = f.config().box; n = f.n(); dim = f.config().dim(); }
                last = f.config().box;
                steps.add(f.step());
                times.add(f.time());
            }
            return new Summary(steps.size(), steps.stream().mapToLong(Long::longValue).toArray(),
                times.stream().mapToDouble(Double::doubleValue).toArray(), n, dim, first, last,
                (format != null ? format : detect(file)).cliName);
        }
    }
}
