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
    private final double dt, target, tdamp;
    private final int chain;
    private final double[] eta, etaDot, etaDotDot, etaMass;
    private double tCurrent;
    private boolean initialized;

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
        this.target = TimeStep.positive("temperature", temperature);
        this.tdamp = TimeStep.positive("tdamp", tdamp);
        if (chain < 1) throw new IllegalArgumentException("chain length must be at least 1, got " + chain);
        this.chain = chain;
        eta = new double[chain];
        etaDot = new double[chain + 1];
        etaDotDot = new double[chain];
        etaMass = new double[chain];
    }

    @Override public double dt() { return dt; }
    @Override public ForceField forces() { return ff; }
    @Override public String name() { return "nose-hoover"; }
    public double targetTemperature() { return target; }

    /** Thermostat energy (the conserved quantity is kinetic + potential + this). */
    public double thermostatEnergy(Configuration c) {
        double dof = Kinetic.degreesOfFreedom(c);
        double e = 0.5 * etaMass[0] * etaDot[0] * etaDot[0] + dof * target * eta[0];
        for (int k = 1; k < chain; k++) e += 0.5 * etaMass[k] * etaDot[k] * etaDot[k] + target * eta[k];
        return e;
    }

    @Override
    public void setup(Configuration c) {
        ff.compute(c, true);
        if (initialized) return;
        tCurrent = Kinetic.temperature(c);
        masses(c);
        for (int k = 1; k < chain; k++)
            etaDotDot[k] = (etaMass[k - 1] * etaDot[k - 1] * etaDot[k - 1] - target) / etaMass[k];
        initialized = true;
    }

    private void masses(Configuration c) {
        double tfreq = 1 / tdamp;
        etaMass[0] = Kinetic.degreesOfFreedom(c) * target / (tfreq * tfreq);
        for (int k = 1; k < chain; k++) etaMass[k] = target / (tfreq * tfreq);
    }

    @Override
    public void step(Configuration c, boolean energy) {
        if (!initialized) setup(c);
        thermostatHalfStep(c);
        Integrator.halfKick(c, ff, dt);
        Integrator.drift(c, dt);
        ff.compute(c, energy);
        Integrator.halfKick(c, ff, dt);
        tCurrent = Kinetic.temperature(c);
        thermostatHalfStep(c);
        c.time += dt;
    }

    /** LAMMPS {@code FixNH::nhc_temp_integrate} with {@code nc_tchain = 1}, no drag. */
    private void thermostatHalfStep(Configuration c) {
        double dof = Kinetic.degreesOfFreedom(c);
        double dt4 = 0.25 * dt, dt8 = 0.125 * dt, dthalf = 0.5 * dt;
        double keTarget = dof * target;
        masses(c);
        double ke = dof * tCurrent;
        etaDotDot[0] = etaMass[0] > 0 ? (ke - keTarget) / etaMass[0] : 0;
        for (int k = chain - 1; k > 0; k--) {
            double expfac = Math.exp(-dt8 * etaDot[k + 1]);
            etaDot[k] *= expfac;
            etaDot[k] += etaDotDot[k] * dt4;
            etaDot[k] *= expfac;
        }
        double expfac = Math.exp(-dt8 * etaDot[1]);
        etaDot[0] *= expfac;
        etaDot[0] += etaDotDot[0] * dt4;
        etaDot[0] *= expfac;

        double factor = Math.exp(-dthalf * etaDot[0]);
        double[] vx = c.vx, vy = c.vy, vz = c.vz;
        for (int i = 0, n = c.n; i < n; i++) { vx[i] *= factor; vy[i] *= factor; vz[i] *= factor; }
        tCurrent *= factor * factor;
        ke = dof * tCurrent;
        etaDotDot[0] = etaMass[0] > 0 ? (ke - keTarget) / etaMass[0] : 0;
        for (int k = 0; k < chain; k++) eta[k] += dthalf * etaDot[k];

        etaDot[0] *= expfac;
        etaDot[0] += etaDotDot[0] * dt4;
        etaDot[0] *= expfac;
        for (int k = 1; k < chain; k++) {
            expfac = Math.exp(-dt8 * etaDot[k + 1]);
            etaDot[k] *= expfac;
            etaDotDot[k] = (etaMass[k - 1] * etaDot[k - 1] * etaDot[k - 1] - target) / etaMass[k];
            etaDot[k] += etaDotDot[k] * dt4;
            etaDot[k] *= expfac;
        }
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeInt(chain);
        for (int k = 0; k < chain; k++) {
            out.writeDouble(eta[k]); out.writeDouble(etaDot[k]); out.writeDouble(etaDotDot[k]); out.writeDouble(etaMass[k]);
        }
        out.writeDouble(tCurrent);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        int k0 = in.readInt();
        if (k0 != chain) throw new IOException("checkpoint has a Nose-Hoover chain of " + k0 + ", expected " + chain);
        for (int k = 0; k < chain; k++) {
            eta[k] = in.readDouble(); etaDot[k] = in.readDouble(); etaDotDot[k] = in.readDouble(); etaMass[k] = in.readDouble();
        }
        tCurrent = in.readDouble();
        initialized = true;
    }
}
