package glassdyn.particles;

import glassdyn.space.Box;

/**
 * The state of N point particles in a periodic {@link Box}, struct-of-arrays: one {@code double[]} per
 * Cartesian component of positions and velocities, so force loops stream through contiguous memory.
 *
 * <p>Conventions shared by the whole library:
 * <ul>
 *   <li>{@code type[i]} is the 0-based species index (LAMMPS type {@code t} is index {@code t - 1});</li>
 *   <li>{@code id[i]} is the particle's label as read from or written to a file (LAMMPS atom id, 1-based);</li>
 *   <li>{@code ix, iy, iz} are LAMMPS-style image counts, so unwrapped positions follow from {@link Box#unwrapX};</li>
 *   <li>{@code diameter[i]} is the particle size for polydisperse models (1 when not used);</li>
 *   <li>{@code mass[t]} is the mass of species {@code t};</li>
 *   <li>in 2D the z, vz and iz arrays exist and stay zero, so loops need no special case.</li>
 * </ul>
 * Velocities are laboratory-frame velocities; under shear the peculiar velocity subtracts the streaming
 * profile, see the integrators.
 */
public final class Configuration {
    public final int n;
    public final Box box;
    public final double[] x, y, z;
    public final double[] vx, vy, vz;
    public final int[] type;
    public final int[] id;
    public final int[] ix, iy, iz;
    public final double[] diameter;
    public double[] mass;
    /** Simulation time in the model's time unit. */
    public double time;

    /** N particles of one species (mass 1) at the origin, at rest; the caller fills positions and types. */
    public Configuration(int n, Box box) {
        if (n < 0) throw new IllegalArgumentException("particle count must be non-negative, got " + n);
        this.n = n;
        this.box = box;
        x = new double[n]; y = new double[n]; z = new double[n];
        vx = new double[n]; vy = new double[n]; vz = new double[n];
        type = new int[n];
        id = new int[n];
        ix = new int[n]; iy = new int[n]; iz = new int[n];
        diameter = new double[n];
        java.util.Arrays.fill(diameter, 1.0);
        for (int i = 0; i < n; i++) id[i] = i + 1;
        mass = new double[] {1.0};
    }

    public int dim() { return box.dim(); }

    /** Number of species: one more than the largest type index (at least the length of {@link #mass}). */
    public int typeCount() {
        int m = mass.length;
        for (int t : type) if (t + 1 > m) m = t + 1;
        return m;
    }

    public int countOfType(int t) {
        int c = 0;
        for (int v : type) if (v == t) c++;
        return c;
    }

    public double massOf(int i) { return mass[type[i]]; }

    /** A deep copy (box included). */
    public Configuration copy() {
        Configuration c = new Configuration(n, box.copy());
        System.arraycopy(x, 0, c.x, 0, n); System.arraycopy(y, 0, c.y, 0, n); System.arraycopy(z, 0, c.z, 0, n);
        System.arraycopy(vx, 0, c.vx, 0, n); System.arraycopy(vy, 0, c.vy, 0, n); System.arraycopy(vz, 0, c.vz, 0, n);
        System.arraycopy(type, 0, c.type, 0, n); System.arraycopy(id, 0, c.id, 0, n);
        System.arraycopy(ix, 0, c.ix, 0, n); System.arraycopy(iy, 0, c.iy, 0, n); System.arraycopy(iz, 0, c.iz, 0, n);
        System.arraycopy(diameter, 0, c.diameter, 0, n);
        c.mass = mass.clone();
        c.time = time;
        return c;
    }

    /** Wraps every particle into the primary cell, keeping image counts (see {@link Box#wrap}). */
    public void wrapAll() {
        for (int i = 0; i < n; i++) box.wrap(i, x, y, z, ix, iy, iz);
    }

    /** Throws naming the first particle whose position or velocity is not finite. */
    public void requireFinite(String where) {
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || !Double.isFinite(z[i]))
                throw new IllegalStateException(where + ": particle id " + id[i] + " has a non-finite position ("
                    + x[i] + ", " + y[i] + ", " + z[i] + ")");
            if (!Double.isFinite(vx[i]) || !Double.isFinite(vy[i]) || !Double.isFinite(vz[i]))
                throw new IllegalStateException(where + ": particle id " + id[i] + " has a non-finite velocity ("
                    + vx[i] + ", " + vy[i] + ", " + vz[i] + ")");
        }
    }
}
