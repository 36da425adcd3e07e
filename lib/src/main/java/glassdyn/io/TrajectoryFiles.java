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
}
