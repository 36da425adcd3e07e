package glassdyn.minimize;

import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;

/**
 * Steepest descent with an adaptive step: x &lt;- x + s F, the step s grown by {@link #grow} after a move that lowers
 * the energy and halved (the move undone) after one that does not; no particle moves more than {@link #maxStep} in one
 * move. It follows the gradient flow that defines an inherent structure's basin of attraction (Stillinger-Weber;
 * paper 004 Ref. 79) more closely than {@link Fire}, whose inertia can carry a configuration into a neighbouring basin,
 * at the price of many more force evaluations on stiff landscapes.
 */
public final class SteepestDescent {
    /** Step in units of force (length per force unit) at the start. */
    public double stepStart = 1e-3;
    /** Step growth after an accepted move. */
    public double grow = 1.2;
    /** Largest displacement of any particle in one move. */
    public double maxStep = 0.05;

    /** Minimises until the largest force is below {@code forceTolerance} or after {@code maxIterations} force evaluations. */
    public Fire.Result minimize(Configuration c, ForceField ff, double forceTolerance, long maxIterations) {
        int n = c.n;
        double[] x = c.x, y = c.y, z = c.z;
        double[] dx = new double[n], dy = new double[n], dz = new double[n];
        ff.compute(c, true);
        double u = ff.energy(), fmax = Fire.maxForce(ff, n), s = stepStart;
        long it = 0;
        while (fmax >= forceTolerance && it < maxIterations) {
            it++;
            double[] fx = ff.fx(), fy = ff.fy(), fz = ff.fz();
            double step = Math.min(s, maxStep / fmax);
            for (int i = 0; i < n; i++) {
                dx[i] = step * fx[i]; dy[i] = step * fy[i]; dz[i] = step * fz[i];
                x[i] += dx[i]; y[i] += dy[i]; z[i] += dz[i];
            }
            ff.compute(c, true);
            double trial = ff.energy(), slope = 0;
            double[] gx = ff.fx(), gy = ff.fy(), gz = ff.fz();
            for (int i = 0; i < n; i++) slope += gx[i] * dx[i] + gy[i] * dy[i] + gz[i] * dz[i];
            // lower energy, or a change within round-off while the force still points along the move (before the line minimum)
            if (trial < u || (trial <= u + 1e-12 * Math.max(1, Math.abs(u)) && slope > 0) || step < 1e-14) {
                u = trial;
                fmax = Fire.maxForce(ff, n);
                s = step * grow;
            } else {
                for (int i = 0; i < n; i++) { x[i] -= dx[i]; y[i] -= dy[i]; z[i] -= dz[i]; }
                ff.compute(c, true);
                s = 0.5 * step;
            }
        }
        ff.compute(c, true);
        fmax = Fire.maxForce(ff, n);
        return new Fire.Result(ff.energy(), fmax, it, fmax < forceTolerance);
    }
}
