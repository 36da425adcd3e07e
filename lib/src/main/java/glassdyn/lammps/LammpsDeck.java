package glassdyn.lammps;

/**
 * A LAMMPS input deck, written line by line with the commands glassdyn's protocols need. Numbers are written in
 * their shortest exact form so that the deck runs exactly the parameters of the glassdyn run it mirrors. Every deck ends
 * by writing a completion marker file, so an importer can tell a finished run from an interrupted one.
 */
public final class LammpsDeck {
    private final StringBuilder text = new StringBuilder();

    /** A deck starting with a comment line and LAMMPS's reduced units, atomic style, periodic boundaries. */
    public LammpsDeck(String title) {
        comment(title);
        line("units lj");
        line("atom_style atomic");
        line("boundary p p p");
    }

    public LammpsDeck line(String command) { text.append(command).append('\n'); return this; }

    public LammpsDeck comment(String c) { return line("# " + c); }

    /** {@code read_data FILE}; triclinic boxes (needed for Lees-Edwards shear) via {@code change_box}. */
    public LammpsDeck readData(String file, boolean triclinic) {
        line("read_data " + file);
        if (triclinic) line("change_box all triclinic");
        return this;
    }

    /** Neighbour list: skin and a rebuild on displacement checked every step (glassdyn's own rule). */
    public LammpsDeck neighbors(double skin) {
        line("neighbor " + num(skin) + " bin");
        return line("neigh_modify every 1 delay 0 check yes");
    }

    public LammpsDeck timestep(double dt) { return line("timestep " + num(dt)); }

    /** Nose-Hoover NVT with chain length {@code chain} (LAMMPS {@code fix nvt}). */
    public LammpsDeck nvt(String id, double temperature, double tdamp, int chain) {
        return line("fix " + id + " all nvt temp " + num(temperature) + " " + num(temperature) + " " + num(tdamp)
            + " tchain " + chain);
    }

    /**
     * Simple shear at {@code rate} in the xy plane: the streaming profile added to the velocities (glassdyn's
     * {@code SllodIntegrator.addStreamingProfile}), {@code fix deform xy erate} with velocity remapping and tilt flips,
     * SLLOD with a Nose-Hoover thermostat on the peculiar velocities, and the compute {@code p} of the pressure with
     * the peculiar temperature (so that {@code -c_p[4]} is the shear stress with its kinetic part).
     */
    public LammpsDeck shear(double rate, double ylo, double ly, double temperature, double tdamp, int chain) {
        line("velocity all ramp vx 0 " + num(rate * ly) + " y " + num(ylo) + " " + num(ylo + ly)
            + " sum yes units box");
        return sllod(rate, temperature, tdamp, chain);
    }

    /**
     * As {@link #shear} for velocities that already carry the streaming profile (a data file written by glassdyn after
     * {@code SllodIntegrator.addStreamingProfile}): deform, SLLOD and the peculiar pressure, no {@code velocity ramp}.
     */
    public LammpsDeck sllod(double rate, double temperature, double tdamp, int chain) {
        line("fix shear all deform 1 xy erate " + num(rate) + " remap v flip yes");
        line("fix flow all nvt/sllod temp " + num(temperature) + " " + num(temperature) + " " + num(tdamp) + " tchain " + chain);
        line("compute tdef all temp/deform");
        line("compute p all pressure tdef");
        line("thermo_modify temp tdef");
        return line("variable sxy equal -c_p[4]");
    }

    public LammpsDeck thermo(int every) { return line("thermo " + every); }

    public LammpsDeck run(long steps) { return line("run " + steps); }

    /**
     * Samples of the shear stress and peculiar temperature every {@code stride} steps into {@code file}
     * (columns: step, -P_xy, T), from the next run on.
     */
    public LammpsDeck stressSamples(String file, long stride) {
        return line("fix samples all ave/time " + stride + " 1 " + stride + " v_sxy c_tdef file " + file
            + " format \" %.17g\"");
    }

    public LammpsDeck unfix(String id) { return line("unfix " + id); }

    /**
     * Unwrapped positions ({@code id type xu yu zu}, 17 significant digits, sorted by id) into {@code file} every
     * {@code every} steps from the next run on, including the run's first step ({@code first yes}) even when it is
     * not a multiple of {@code every}: the sampling of glassdyn's {@code MolecularDynamics.sampleEvery}
     * (multiples of the stride) plus the configuration the sampling starts from.
     */
    public LammpsDeck dumpPositions(String id, long every, String file) {
        line("dump " + id + " all custom " + every + " " + file + " id type xu yu zu");
        return line("dump_modify " + id + " sort id first yes format float %.17g");
    }

    /**
     * The frames an online analysis needs ({@code id type x y z ix iy iz vx vy vz}: wrapped positions with image
     * counts, which LAMMPS corrects on every tilt flip so unwrapped positions stay continuous, and laboratory
     * velocities; 17 significant digits, sorted by id) every {@code every} steps from the next run's first step on.
     */
    public LammpsDeck dumpFrames(String id, long every, String file) {
        line("dump " + id + " all custom " + every + " " + file + " id type x y z ix iy iz vx vy vz");
        return line("dump_modify " + id + " sort id format float %.17g");
    }

    public LammpsDeck undump(String id) { return line("undump " + id); }

    /** {@code write_data FILE nocoeff}: positions, velocities, image flags and masses (no pair coefficients, so the
     * file reads back before a {@code pair_style}). */
    public LammpsDeck writeData(String file) { return line("write_data " + file + " nocoeff"); }

    /** The completion marker: the last command of every deck. */
    public LammpsDeck complete(String marker) { return line("print \"glassdyn: run complete\" file " + marker); }

    public String text() { return text.toString(); }

    static String num(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("not a finite number for a LAMMPS deck: " + v);
        // Java's shortest representation that reads back to the same double
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
