package glassdyn.dynamics;

import glassdyn.force.ForceField;

import glassdyn.particles.Configuration;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Langevin dynamics in the BAOAB splitting (B. Leimkuhler and C. Matthews, Appl. Math. Res. Express 2013, 34):
 * half kick, half drift, exact Ornstein-Uhlenbeck velocity update {@code v <- c1 v + sqrt((1 - c1^2) T/m) xi} with
 * {@code c1 = exp(-dt/damp)}, half drift, forces, half kick. {@code damp} is the velocity relaxation time (as LAMMPS
 * {@code fix langevin ... damp}). The noise is drawn serially from one seeded {@link RandomStream}, so trajectories
 * do not depend on the thread count.
 */
public final class Langevin implements Integrator {
    private final ForceField ff;
    private final double dt, target, damp;
    private final RandomStream random;

    public Langevin(ForceField ff, double dt, double temperature, double damp, long seed) {
        this.ff = ff;
        this.dt = TimeStep.check(dt);
        if (!(temperature >= 0) || !Double.isFinite(temperature))
            throw new IllegalArgumentException("temperature must be non-negative, got " + temperature);
        this.target = temperature;
        this.damp = TimeStep.positive("damp", damp);
        this.random = new RandomStream(seed);
    }

    @Override public double dt() { return dt; }
    @Override public ForceField forces() { return ff; }
    @Override public String name() { return "langevin"; }
    @Override public void setup(Configuration c) { ff.compute(c, true); }

    @Override
    public void step(Configuration c, boolean energy) {
        Integrator.halfKick(c, ff, dt);
        Integrator.drift(c, 0.5 * dt);
        double c1 = Math.exp(-dt / damp), c2 = Math.sqrt(1 - c1 * c1);
        boolean three = c.dim() == 3;
        for (int i = 0; i < c.n; i++) {
            double s = c2 * Math.sqrt(target / c.massOf(i));
            c.vx[i] = c1 * c.vx[i] + s * random.nextGaussian();
            c.vy[i] = c1 * c.vy[i] + s * random.nextGaussian();
            if (three) c.vz[i] = c1 * c.vz[i] + s * random.nextGaussian();
        }
        Integrator.drift(c, 0.5 * dt);
        ff.compute(c, energy);
        Integrator.halfKick(c, ff, dt);
        c.time += dt;
    }

    @Override public void writeState(DataOutput out) throws IOException { random.write(out); }
    @Override public void readState(DataInput in) throws IOException { random.read(in); }
}
