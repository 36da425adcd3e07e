package glassdyn.dynamics;

import glassdyn.force.ForceField;

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
        this.partKinetic = new double[ff.threads()];
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

    /**
     * One step as LAMMPS {@code fix nvt}: thermostat half step, half kick, drift, forces, half kick, temperature,
     * thermostat half step. The thermostat's half step (LAMMPS {@code FixNH::nhc_temp_integrate} with
     * {@code nc_tchain = 1}, no drag) updates the chain, scales the velocities and tracks the temperature through the
     * scale factor, so the chain needs no pass over the particles. The particle work runs on the force field's team in
     * three phases: scaling + kick + drift; the second kick and the kinetic energy per slice, fused into the force
     * reduction; the final scaling. With one thread the arithmetic is that of the plain sequence.
     */
    @Override
    public void step(Configuration c, boolean energy) {
        if (!ready) setup(c);
        stepped = c;
        factor = thermostat.beginHalfStep(dt);
        thermostat.endHalfStep(dt, factor);
        ff.team().run(scaleKickDrift);
        ff.compute(c, energy, kickAndKinetic);
        double twiceKinetic = 0;
        for (double k : partKinetic) twiceKinetic += k;
        thermostat.setCurrentTemperature(twiceKinetic / Kinetic.degreesOfFreedom(c));
        factor = thermostat.beginHalfStep(dt);
        thermostat.endHalfStep(dt, factor);
        ff.team().run(scale);
        stepped = null;
        c.time += dt;
    }

    // per-step state read by the team's parts
    private Configuration stepped;
    private double factor;
    private final double[] partKinetic;
    private final java.util.function.IntConsumer scaleKickDrift = this::scaleKickDrift, scale = this::scale;
    private final ForceField.SliceTask kickAndKinetic = this::kickAndKinetic;

    private void scaleKickDrift(int t) {
        int n = stepped.n, parts = partKinetic.length, lo = ForceField.slice(n, t, parts), hi = ForceField.slice(n, t + 1, parts);
        Integrator.scaleVelocities(stepped, factor, lo, hi);
        Integrator.halfKick(stepped, ff, dt, lo, hi);
        Integrator.drift(stepped, dt, lo, hi);
    }

    private void kickAndKinetic(int t, int lo, int hi) {
        Integrator.halfKick(stepped, ff, dt, lo, hi);
        partKinetic[t] = Kinetic.twiceKinetic(stepped, lo, hi);
    }

    private void scale(int t) {
        int n = stepped.n, parts = partKinetic.length;
        Integrator.scaleVelocities(stepped, factor, ForceField.slice(n, t, parts), ForceField.slice(n, t + 1, parts));
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
