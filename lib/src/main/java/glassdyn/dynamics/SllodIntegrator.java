package glassdyn.dynamics;

import glassdyn.force.ForceField;

import glassdyn.particles.Configuration;
import glassdyn.space.Box;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Planar Couette flow by the SLLOD equations with Lees-Edwards boundaries and a Nose-Hoover chain on the PECULIAR
 * velocities (D. J. Evans and G. P. Morriss, Phys. Rev. A 30, 1528 (1984); "Statistical Mechanics of Nonequilibrium
 * Liquids", ch. 6): with the streaming velocity {@code u = gamma_dot (y - ylo) x}, flow along x, gradient along y,
 * <pre>
 *   dr_i/dt = p_i/m + u(y_i),   dp_i/dt = F_i - gamma_dot p_iy x - zeta p_i   (p = m (v - u), peculiar)
 * </pre>
 * integrated as LAMMPS {@code fix nvt/sllod} (source {@code fix_nvt_sllod.cpp}, {@code nh_v_temp}) with {@code fix deform
 * xy erate R remap v flip yes}: a thermostat half step on the peculiar velocities that also applies the SLLOD term
 * {@code v'_x -= (dt/2) gamma_dot v'_y}, a velocity-Verlet kick-drift-kick on laboratory velocities, and another
 * thermostat half step. The box tilt grows as {@code xy += gamma_dot ly dt} in the drift (so the forces at the new
 * positions see the new offset; LAMMPS updates the tilt at the end of the step, one step later: an O(dt) difference)
 * and is flipped by {@link Box#flipTilt()} once {@code |xy| > lx/2}, after which the neighbour list is rebuilt and
 * the image counts {@code ix} are corrected so unwrapped positions are continuous. When a particle is wrapped across
 * a y face its laboratory x velocity changes by {@code -/+ gamma_dot ly} (LAMMPS {@code remap v}), so the peculiar
 * velocity is continuous.
 *
 * <p>The temperature is that of the peculiar velocities with {@code dim N - dim} degrees of freedom (LAMMPS
 * {@code compute temp/deform}). The default chain length is 1, as {@code fix nvt/sllod}'s own default (its constructor
 * sets {@code mtchain = 1} unless {@code tchain} is given; measured: LAMMPS without {@code tchain} and with
 * {@code tchain 1} both hold the 2D KA test case below at T = 1.000, with {@code tchain 3} at 1.059), which is also
 * the single Nose-Hoover variable written in spec 001 section 1.3 ({@code dzeta/dt = (sum p^2/m - g T)/Q},
 * {@code Q = g T tdamp^2}). Longer chains are available; under strong viscous heating they hold the mean temperature
 * above the target (2D KA, N = 300, rho = 1.2, T = 1, rate 0.1, tdamp 0.5: T = 1.059 with chain 3 in both glassdyn
 * and LAMMPS, 1.0005 / 1.0000 with chain 1). {@code configuration.vx} holds laboratory-frame velocities throughout.
 */
public final class SllodIntegrator implements Integrator {
    private final ForceField ff;
    private final double dt, rate;
    private final NoseHooverChainThermostat thermostat;
    /** Image count iy last seen, by particle id (ids survive spatial sorts; a wrap by anyone shows up as a change). */
    private int[] iyById = new int[0];
    private int flips;

    /**
     * @param rate        shear rate gamma_dot (1/time); the tilt grows as {@code xy += rate ly dt}
     * @param temperature target temperature of the peculiar motion
     * @param tdamp       thermostat relaxation time (LAMMPS Tdamp)
     * @param chain       Nose-Hoover chain length (1: fix nvt/sllod's default and spec 001; LAMMPS tchain)
     */
    public SllodIntegrator(ForceField ff, double dt, double rate, double temperature, double tdamp, int chain) {
        this.ff = ff;
        this.dt = TimeStep.check(dt);
        if (!Double.isFinite(rate)) throw new IllegalArgumentException("shear rate must be finite, got " + rate);
        this.rate = rate;
        this.thermostat = new NoseHooverChainThermostat(temperature, tdamp, chain);
    }

    /** LAMMPS {@code fix nvt/sllod}'s default chain length ({@code mtchain = 1} in its constructor). */
    public static final int DEFAULT_CHAIN = 1;

    public SllodIntegrator(ForceField ff, double dt, double rate, double temperature, double tdamp) {
        this(ff, dt, rate, temperature, tdamp, DEFAULT_CHAIN);
    }

    @Override public double dt() { return dt; }
    @Override public ForceField forces() { return ff; }
    @Override public String name() { return "sllod"; }
    public double shearRate() { return rate; }
    /** How many times the tilt was flipped by a box length. */
    public int flips() { return flips; }

    /** Streaming velocity at height {@code y}: {@code gamma_dot (y - ylo)}. */
    public double streamingVelocity(Box box, double y) { return rate * (y - box.ylo()); }

    /** Adds the streaming profile to the (peculiar) velocities, e.g. after drawing them at T (LAMMPS {@code velocity ramp}). */
    public void addStreamingProfile(Configuration c) {
        for (int i = 0; i < c.n; i++) c.vx[i] += streamingVelocity(c.box, c.y[i]);
    }

    /** Temperature of the peculiar velocities, {@code dim N - dim} degrees of freedom. */
    public double peculiarTemperature(Configuration c) {
        return twicePeculiarKinetic(c) / Kinetic.degreesOfFreedom(c);
    }

    private double twicePeculiarKinetic(Configuration c) {
        double s = 0;
        for (int i = 0; i < c.n; i++) {
            double ux = c.vx[i] - streamingVelocity(c.box, c.y[i]);
            s += c.massOf(i) * (ux * ux + c.vy[i] * c.vy[i] + c.vz[i] * c.vz[i]);
        }
        return s;
    }

    /**
     * Pressure tensor (xx, yy, zz, xy, xz, yz) with the kinetic part from peculiar velocities (LAMMPS {@code compute
     * pressure} with {@code temp/deform}) and the virial of the last energy computation; the shear stress is
     * {@code -P_xy}.
     */
    public double[] pressureTensor(Configuration c) {
        double[] p = ff.virialPressure(c.box);
        double v = c.box.volume();
        for (int i = 0; i < c.n; i++) {
            double m = c.massOf(i), ux = c.vx[i] - streamingVelocity(c.box, c.y[i]), uy = c.vy[i], uz = c.vz[i];
            p[0] += m * ux * ux / v; p[1] += m * uy * uy / v; p[2] += m * uz * uz / v;
            p[3] += m * ux * uy / v; p[4] += m * ux * uz / v; p[5] += m * uy * uz / v;
        }
        return p;
    }

    @Override
    public void setup(Configuration c) {
        ff.compute(c, true);
        int maxId = 0;
        for (int i = 0; i < c.n; i++) maxId = Math.max(maxId, c.id[i]);
        iyById = new int[maxId + 1];
        for (int i = 0; i < c.n; i++) iyById[c.id[i]] = c.iy[i];
        thermostat.setup(Kinetic.degreesOfFreedom(c), peculiarTemperature(c));
    }

    @Override
    public void step(Configuration c, boolean energy) {
        if (iyById.length == 0) setup(c);
        remapVelocities(c);   // wraps done outside a step (a sort's rebuild) are caught here
        thermostatHalfStep(c);
        Integrator.halfKick(c, ff, dt);
        Integrator.drift(c, dt);
        shearBox(c);
        ff.compute(c, energy);
        remapVelocities(c);
        Integrator.halfKick(c, ff, dt);
        thermostat.setCurrentTemperature(peculiarTemperature(c));
        thermostatHalfStep(c);
        c.time += dt;
    }

    /** LAMMPS {@code FixNVTSllod::nh_v_temp} inside a Nose-Hoover chain half step. */
    private void thermostatHalfStep(Configuration c) {
        double factor = thermostat.beginHalfStep(dt);
        double h = 0.5 * dt * rate;
        double[] vx = c.vx, vy = c.vy, vz = c.vz, y = c.y;
        double ylo = c.box.ylo();
        for (int i = 0, n = c.n; i < n; i++) {
            double u = rate * (y[i] - ylo);
            double px = vx[i] - u;
            px = px * factor - h * vy[i];
            vx[i] = px + u;
            vy[i] *= factor;
            vz[i] *= factor;
        }
        thermostat.endHalfStep(dt, factor);
    }

    /** Advances the tilt by {@code rate ly dt}; flips it by whole box lengths past lx/2, keeping unwrapped positions. */
    private void shearBox(Configuration c) {
        if (LeesEdwards.addTilt(c, rate * c.box.ly() * dt, ff.neighbors())) flips++;
    }

    /** A wrap across a y face changed iy: the laboratory velocity follows the streaming profile (LAMMPS remap v). */
    private void remapVelocities(Configuration c) {
        double jump = rate * c.box.ly();
        int[] iy = c.iy, id = c.id, last = iyById;
        for (int i = 0, n = c.n; i < n; i++) {
            int dk = iy[i] - last[id[i]];
            if (dk != 0) {
                c.vx[i] -= dk * jump;
                last[id[i]] = iy[i];
            }
        }
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        thermostat.writeState(out);
        out.writeInt(flips);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        thermostat.readState(in);
        flips = in.readInt();
    }
}
