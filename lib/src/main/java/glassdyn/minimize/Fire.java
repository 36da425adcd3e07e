package glassdyn.minimize;

import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;

/**
 * FIRE 2.0 energy minimisation (J. Guenole, W. G. Noehring, A. Vaid, F. Houlle, Z. Xie, A. Prakash and E. Bitzek,
 * Comput. Mater. Sci. 175, 109584 (2020), Algorithm 2 with the semi-implicit Euler integrator, "initial delay" and
 * "half step back" options), with the per-iteration displacement of any particle capped at {@link #maxStep} (as LAMMPS
 * {@code min_modify dmax}). Parameters default to the paper's Table 1 values, which are also LAMMPS
 * {@code min_style fire}'s. Converged when the largest force on any particle is below the tolerance.
 *
 * <p>The minimiser's velocities are its own (the configuration's velocities are left untouched). Positions move; the
 * force field's neighbour list follows them.
 */
public final class Fire {
    /** Guenole et al. 2020, Table 1: N_delay. */
    public int delaySteps = 20;
    /** Table 1: f_inc, f_dec. */
    public double dtGrow = 1.1, dtShrink = 0.5;
    /** Table 1: alpha_start, f_alpha. */
    public double alphaStart = 0.25, alphaShrink = 0.99;
    /** Table 1: dt_max = 10 dt_start, dt_min = 0.02 dt_start. */
    public double dtMaxFactor = 10, dtMinFactor = 0.02;
    /** Table 1: N_(P<=0),max, the number of consecutive uphill steps after which the search stops. */
    public int maxUphill = 2000;
    /** Initial time step: the Lennard-Jones MD step in reduced units (Table 1 takes dt_start = dt_MD). */
    public double dtStart = 0.005;
    /** Largest displacement of any particle in one iteration, in length units (LAMMPS default dmax = 0.1). */
    public double maxStep = 0.1;

    /** Outcome of a minimisation. */
    public record Result(double energy, double maxForce, long iterations, boolean converged) {}

    /**
     * Minimises until the largest force is below {@code forceTolerance} or after {@code maxIterations} iterations.
     */
    public Result minimize(Configuration c, ForceField ff, double forceTolerance, long maxIterations) {
        int n = c.n;
        double[] vx = new double[n], vy = new double[n], vz = new double[n];
        double[] x = c.x, y = c.y, z = c.z, mass = c.mass;
        int[] type = c.type;
        double dt = dtStart, dtMax = dtMaxFactor * dtStart, dtMin = dtMinFactor * dtStart;
        double alpha = alphaStart;
        int positive = 0, uphill = 0;
        double lastStep = 0;
        ff.compute(c, true);
        double fmax = maxForce(ff, n);
        long it = 0;
        while (fmax >= forceTolerance && it < maxIterations) {
            it++;
            double[] fx = ff.fx(), fy = ff.fy(), fz = ff.fz();
            double power = 0;
            for (int i = 0; i < n; i++) power += fx[i] * vx[i] + fy[i] * vy[i] + fz[i] * vz[i];
            if (power > 0) {
                positive++;
                uphill = 0;
                if (positive > delaySteps) {
                    dt = Math.min(dt * dtGrow, dtMax);
                    alpha *= alphaShrink;
                }
            } else {
                positive = 0;
                uphill++;
                if (uphill > maxUphill) break;
                if (it >= delaySteps) {
                    if (dt * dtShrink >= dtMin) dt *= dtShrink;
                    alpha = alphaStart;
                }
                double back = 0.5 * lastStep; // half of the last (capped) position update
                for (int i = 0; i < n; i++) {
                    x[i] -= back * vx[i]; y[i] -= back * vy[i]; z[i] -= back * vz[i];
                    vx[i] = 0; vy[i] = 0; vz[i] = 0;
                }
            }
            // semi-implicit Euler: velocities first, then FIRE mixing, then positions
            double vv = 0, ff2 = 0;
            for (int i = 0; i < n; i++) {
                double s = dt / mass[type[i]];
                vx[i] += s * fx[i]; vy[i] += s * fy[i]; vz[i] += s * fz[i];
                vv += vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i];
                ff2 += fx[i] * fx[i] + fy[i] * fy[i] + fz[i] * fz[i];
            }
            if (ff2 > 0) { // Algorithm 2 mixes inside every integrator step
                double a = 1 - alpha, b = alpha * Math.sqrt(vv / ff2);
                for (int i = 0; i < n; i++) {
                    vx[i] = a * vx[i] + b * fx[i]; vy[i] = a * vy[i] + b * fy[i]; vz[i] = a * vz[i] + b * fz[i];
                }
            }
            double vmax2 = 0;
            for (int i = 0; i < n; i++) vmax2 = Math.max(vmax2, vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
            double step = dt;
            if (step * Math.sqrt(vmax2) > maxStep) step = maxStep / Math.sqrt(vmax2);
            for (int i = 0; i < n; i++) { x[i] += step * vx[i]; y[i] += step * vy[i]; z[i] += step * vz[i]; }
            lastStep = step;
            ff.compute(c, false);
            fmax = maxForce(ff, n);
        }
        ff.compute(c, true);
        return new Result(ff.energy(), fmax, it, fmax < forceTolerance);
    }

    /** Largest force magnitude on any particle. */
    public static double maxForce(ForceField ff, int n) {
        double[] fx = ff.fx(), fy = ff.fy(), fz = ff.fz();
        double m = 0;
        for (int i = 0; i < n; i++) m = Math.max(m, fx[i] * fx[i] + fy[i] * fy[i] + fz[i] * fz[i]);
        return Math.sqrt(m);
    }
}
