package glassdyn.dynamics;

import glassdyn.force.ForceField;

import glassdyn.particles.Configuration;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A time-stepping scheme on a {@link ForceField}. Time is in the model's time unit; one {@link #step} advances
 * {@code c.time} by {@link #dt()}. Implementations keep their own state (thermostat variables, random stream) and
 * save it in checkpoints through {@link #writeState}/{@link #readState}.
 */
public interface Integrator {
    /** Time step in the model's time unit. */
    double dt();

    /** The force field (its arrays hold the forces at the current positions after {@link #setup} or a step). */
    ForceField forces();

    /**
     * Computes the forces at the current positions (with energy and virial) and initialises the scheme's state unless
     * it was restored by {@link #readState}. Call once before the first step, and again after the configuration was
     * changed from outside.
     */
    void setup(Configuration c);

    /** One step; when {@code energy} is true the force field also computes the energy and virial at the new positions. */
    void step(Configuration c, boolean energy);

    /** A short name for checkpoints and logs, e.g. {@code nve}, {@code nose-hoover}. */
    String name();

    /** Writes the scheme's own state (not the configuration). */
    void writeState(DataOutput out) throws IOException;

    /** Restores the state written by {@link #writeState}; {@link #setup} then keeps it. */
    void readState(DataInput in) throws IOException;

    /** Half kick {@code v += (dt/2) f / m}, shared by the velocity-Verlet family. */
    static void halfKick(Configuration c, ForceField ff, double dt) { halfKick(c, ff, dt, 0, c.n); }

    /** {@link #halfKick} on particles {@code [lo, hi)}. */
    static void halfKick(Configuration c, ForceField ff, double dt, int lo, int hi) {
        double[] fx = ff.fx(), fy = ff.fy(), fz = ff.fz(), vx = c.vx, vy = c.vy, vz = c.vz, m = c.mass;
        int[] type = c.type;
        double h = 0.5 * dt;
        for (int i = lo; i < hi; i++) {
            double s = h / m[type[i]];
            vx[i] += s * fx[i]; vy[i] += s * fy[i]; vz[i] += s * fz[i];
        }
    }

    /** Drift {@code x += dt v}. */
    static void drift(Configuration c, double dt) { drift(c, dt, 0, c.n); }

    /** {@link #drift} on particles {@code [lo, hi)}. */
    static void drift(Configuration c, double dt, int lo, int hi) {
        double[] x = c.x, y = c.y, z = c.z, vx = c.vx, vy = c.vy, vz = c.vz;
        for (int i = lo; i < hi; i++) { x[i] += dt * vx[i]; y[i] += dt * vy[i]; z[i] += dt * vz[i]; }
    }

    /** Velocities times {@code factor} on particles {@code [lo, hi)}. */
    static void scaleVelocities(Configuration c, double factor, int lo, int hi) {
        double[] vx = c.vx, vy = c.vy, vz = c.vz;
        for (int i = lo; i < hi; i++) { vx[i] *= factor; vy[i] *= factor; vz[i] *= factor; }
    }
}
