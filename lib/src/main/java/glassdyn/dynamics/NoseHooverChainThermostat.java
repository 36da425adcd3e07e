package glassdyn.dynamics;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The Nose-Hoover chain variables of LAMMPS {@code FixNH::nhc_temp_integrate} (Martyna, Klein &amp; Tuckerman,
 * J. Chem. Phys. 97, 2635 (1992); {@code tloop 1}, masses {@code Q_0 = dof T tdamp^2}, {@code Q_k = T tdamp^2}),
 * separated from the velocities: {@link #beginHalfStep} returns the velocity factor {@code exp(-dt/2 eta_dot_0)} and
 * the caller applies its own velocity update (plain scaling, or SLLOD's scaling plus the flow term) before
 * {@link #endHalfStep}. Used by {@link NoseHooverChain} (NVT) and by {@link SllodIntegrator} on peculiar velocities.
 */
final class NoseHooverChainThermostat {
    private final double target, tdamp;
    private final int chain;
    private final double[] eta, etaDot, etaDotDot, etaMass;
    private double dof, tCurrent;
    private boolean initialized;

    NoseHooverChainThermostat(double temperature, double tdamp, int chain) {
        this.target = TimeStep.positive("temperature", temperature);
        this.tdamp = TimeStep.positive("tdamp", tdamp);
        if (chain < 1) throw new IllegalArgumentException("chain length must be at least 1, got " + chain);
        this.chain = chain;
        eta = new double[chain];
        etaDot = new double[chain + 1];
        etaDotDot = new double[chain];
        etaMass = new double[chain];
    }

    double target() { return target; }

    /** Thermostat energy {@code sum_k Q_k eta_dot_k^2 / 2 + dof T eta_0 + T sum_{k>0} eta_k} (conserved with K + U). */
    double energy() {
        double e = 0.5 * etaMass[0] * etaDot[0] * etaDot[0] + dof * target * eta[0];
        for (int k = 1; k < chain; k++) e += 0.5 * etaMass[k] * etaDot[k] * etaDot[k] + target * eta[k];
        return e;
    }

    /**
     * Sets the degrees of freedom and initialises the chain and the current temperature, unless they were restored from
     * a checkpoint (then the restored temperature, the one the chain saw, is kept for a bit-identical resume).
     */
    void setup(double degreesOfFreedom, double temperature) {
        dof = degreesOfFreedom;
        masses();
        if (initialized) return;
        tCurrent = temperature;
        for (int k = 1; k < chain; k++)
            etaDotDot[k] = (etaMass[k - 1] * etaDot[k - 1] * etaDot[k - 1] - target) / etaMass[k];
        initialized = true;
    }

    void setCurrentTemperature(double t) { tCurrent = t; }

    private void masses() {
        double w = 1 / tdamp;
        etaMass[0] = dof * target / (w * w);
        for (int k = 1; k < chain; k++) etaMass[k] = target / (w * w);
    }

    /** First half of a chain half step (top of the chain down to eta_dot_0); returns the velocity factor. */
    double beginHalfStep(double dt) {
        double dt4 = 0.25 * dt, dt8 = 0.125 * dt;
        etaDotDot[0] = (dof * tCurrent - dof * target) / etaMass[0];
        for (int k = chain - 1; k > 0; k--) {
            double f = Math.exp(-dt8 * etaDot[k + 1]);
            etaDot[k] = (etaDot[k] * f + etaDotDot[k] * dt4) * f;
        }
        double f = Math.exp(-dt8 * etaDot[1]);
        etaDot[0] = (etaDot[0] * f + etaDotDot[0] * dt4) * f;
        return Math.exp(-0.5 * dt * etaDot[0]);
    }

    /** Second half, after the caller scaled the velocities by {@code factor}. */
    void endHalfStep(double dt, double factor) {
        double dt4 = 0.25 * dt, dt8 = 0.125 * dt;
        tCurrent *= factor * factor;
        etaDotDot[0] = (dof * tCurrent - dof * target) / etaMass[0];
        for (int k = 0; k < chain; k++) eta[k] += 0.5 * dt * etaDot[k];
        double f = Math.exp(-dt8 * etaDot[1]);
        etaDot[0] = (etaDot[0] * f + etaDotDot[0] * dt4) * f;
        for (int k = 1; k < chain; k++) {
            f = Math.exp(-dt8 * etaDot[k + 1]);
            etaDotDot[k] = (etaMass[k - 1] * etaDot[k - 1] * etaDot[k - 1] - target) / etaMass[k];
            etaDot[k] = (etaDot[k] * f + etaDotDot[k] * dt4) * f;
        }
    }

    void writeState(DataOutput out) throws IOException {
        out.writeInt(chain);
        for (int k = 0; k < chain; k++) {
            out.writeDouble(eta[k]); out.writeDouble(etaDot[k]); out.writeDouble(etaDotDot[k]);
        }
        out.writeDouble(tCurrent);
    }

    void readState(DataInput in) throws IOException {
        int k0 = in.readInt();
        if (k0 != chain) throw new IOException("checkpoint has a Nose-Hoover chain of " + k0 + ", expected " + chain);
        for (int k = 0; k < chain; k++) { eta[k] = in.readDouble(); etaDot[k] = in.readDouble(); etaDotDot[k] = in.readDouble(); }
        tCurrent = in.readDouble();
        initialized = true;
    }
}
