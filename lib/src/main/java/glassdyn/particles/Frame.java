package glassdyn.particles;

/**
 * One frame of a trajectory: the configuration at a time step. {@code config.time} is the time in the model's
 * time unit (the step times the timestep when the reader knows it, else the step itself).
 *
 * @param step            the integration step (LAMMPS {@code ITEM: TIMESTEP}, HOOMD {@code configuration/step})
 * @param config          positions, types, ids (sorted by id), velocities when present, image counts
 * @param unwrapped       true when the positions are already unwrapped (LAMMPS {@code xu yu zu}); image counts are then 0
 * @param hasImages       true when the image counts were read from the file (LAMMPS {@code ix iy iz}, HOOMD
 *                        {@code particles/image}); false when they are unknown (zero) and unwrapping has to track
 *                        minimum-image steps between consecutive frames
 */
public record Frame(long step, Configuration config, boolean unwrapped, boolean hasImages) {
    public int n() { return config.n; }
    public double time() { return config.time; }
}
