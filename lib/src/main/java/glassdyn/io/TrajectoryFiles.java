package glassdyn.io;

import glassdyn.particles.Trajectory;

import java.nio.file.Path;

/** Opens a trajectory file by its name: {@code .gsd} (HOOMD), {@code .xyz}/{@code .extxyz} (extended XYZ), else a LAMMPS dump; any of the text formats may end in {@code .gz}. */
public final class TrajectoryFiles {
    private TrajectoryFiles() {}

    /** @param dt the MD timestep (frame time = step * dt); 1 counts time in steps */
    public static Trajectory open(Path file, double dt) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".gsd")) return new GsdReader(file, dt);
        if (name.endsWith(".xyz") || name.endsWith(".extxyz")) return new XyzReader(file, dt);
        return new LammpsDumpReader(file, dt);
    }

    public static Trajectory open(Path file) { return open(file, 1.0); }

    /** What a trajectory file holds: frame count, steps, particle count, dimension, first and last box. */
    public record Summary(int frames, long[] steps, double[] times, int n, int dim, glassdyn.space.Box firstBox, glassdyn.space.Box lastBox) {
        /** As a JSON-ready map. */
        public java.util.Map<String, Object> toMap() {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("frames", frames);
            m.put("n", n);
            m.put("dim", dim);
            m.put("first_step", steps.length > 0 ? steps[0] : null);
            m.put("last_step", steps.length > 0 ? steps[steps.length - 1] : null);
            m.put("first_box", box(firstBox));
            m.put("last_box", box(lastBox));
            return m;
        }

        private static java.util.List<Double> box(glassdyn.space.Box b) {
            return java.util.List.of(b.xlo(), b.ylo(), b.zlo(), b.lx(), b.ly(), b.lz(), b.xy());
        }
    }

    /** Reads the whole file once (one frame in memory at a time) and summarises it; errors name file, line and value. */
    public static Summary summary(Path file, double dt) {
        try (Trajectory t = open(file, dt)) {
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
                times.stream().mapToDouble(Double::doubleValue).toArray(), n, dim, first, last);
        }
    }
}
