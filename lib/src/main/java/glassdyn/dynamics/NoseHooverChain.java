package glassdyn.dynamics;

import glassdyn.particles.Configuration;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Canonical (NVT) dynamics with a Nose-Hoover chain thermostat (G. J. Martyna, M. L. Klein and M. Tuckerman,
 * J. Chem. Phys. 97, 2635 (1992)) in the Trotter splitting of LAMMPS {@code fix nvt temp T T Tdamp} (source
 * {@code fix_nh.cpp}, {@code nhc_temp_integrate}): chain of {@link #DEFAULT_CHAIN} thermostats (LAMMPS {@code tchain 3}),
 * one sub-step ({@code tloop 1}), masses {@code Q_0 = dof T tdamp^2}, {@code Q_k = T tdamp^2}, half a thermostat
 * update around each velocity-Verlet step. The temperature counts {@code dim*N - dim} degrees of freedom.
 */
public final class NoseHooverChain implements Integrator {
    /** LAMMPS {@code fix nvt} default chain length ({@code tchain 3}). */
    public static final int DEFAULT_CHAIN = 3;

    private final ForceField ff;
    private final double dt;
    private final NoseHooverChainThermostat thermostat;
    private boolean ready;

    /**
     * @param temperature target temperature
     * @param tdamp       thermostat relaxation time (LAMMPS Tdamp), in time units
     */
    public NoseHooverChain(ForceField ff, double dt, double temperature, double tdamp) {
        this(ff, dt, temperature, tdamp, DEFAULT_CHAIN);
    }

    public NoseHooverChain(ForceField ff, double dt, double temperature, double tdamp, int chain) {
        this.ff = ff;
        this.dt = TimeStep.check(dt);
        this.thermostat = new NoseHooverChainThermostat(temperature, tdamp, chain);
    }

    @Override public double dt() { return dt; }
    @Override public ForceField forces() { return ff; }
    @Override public String name() { return "nose-hoover"; }
    public double targetTemperature() { return thermostat.target(); }

    /** Thermostat energy (the conserved quantity is kinetic + potential + this). */
    public double thermostatEnergy(Configuration c) {
        return thermostat.energy();
    }

    @Override
    public void setup(Configuration c) {
        ff.compute(c, true);
        thermostat.setup(Kinetic.degreesOfFreedom(c), Kinetic.temperature(c));
        ready = true;
    }

    @Override
    public void step(Configuration c, boolean energy) {
        if (!ready) setup(c);
        thermostatHalfStep(c);
        Integrator.halfKick(c, ff, dt);
        Integrator.drift(c, dt);
        ff.compute(c, energy);
        Integrator.halfKick(c, ff, dt);
        thermostat.setCurrentTemperature(Kinetic.temperature(c));
        thermostatHalfStep(c);
        c.time += dt;
    }

    /** LAMMPS {@code FixNH::nhc_temp_integrate} with {@code nc_tchain = 1}, no drag: chain, velocity scaling, chain. */
    private void thermostatHalfStep(Configuration c) {
        double factor = thermostat.beginHalfStep(dt);
        double[] vx = c.vx, vy = c.vy, vz = c.vz;
        for (int i = 0, n = c.n; i < n; i++) { vx[i] *= factor; vy[i] *= factor; vz[i] *= factor; }
        thermostat.endHalfStep(dt, factor);
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        thermostat.writeState(out);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        thermostat.readState(in);
    }
}
