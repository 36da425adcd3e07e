package glassdyn.dynamics;

import glassdyn.force.ForceField;

import glassdyn.particles.Configuration;

import java.io.DataInput;
import java.io.DataOutput;

/** Velocity Verlet, microcanonical (NVE; LAMMPS {@code fix nve}). */
public final class VelocityVerlet implements Integrator {
    private final ForceField ff;
    private final double dt;

    public VelocityVerlet(ForceField ff, double dt) {
        this.ff = ff;
        this.dt = TimeStep.check(dt);
    }

    @Override public double dt() { return dt; }
    @Override public ForceField forces() { return ff; }
    @Override public String name() { return "nve"; }
    @Override public void setup(Configuration c) { ff.compute(c, true); }

    @Override
    public void step(Configuration c, boolean energy) {
        Integrator.halfKick(c, ff, dt);
        Integrator.drift(c, dt);
        ff.compute(c, energy);
        Integrator.halfKick(c, ff, dt);
        c.time += dt;
    }

    @Override public void writeState(DataOutput out) { }
    @Override public void readState(DataInput in) { }
}
