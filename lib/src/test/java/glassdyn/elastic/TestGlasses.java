package glassdyn.elastic;

import glassdyn.dynamics.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.space.Box;

import java.util.SplittableRandom;

/** Small glasses for the elasticity tests: random start, then a FIRE quench (Bitzek et al., PRL 97, 170201 (2006)). */
final class TestGlasses {
    private TestGlasses() {}

    /**
     * N particles, binary (80:20 in 3D; 65:35 in 2D, the composition of the 2D Kob-Andersen mixture that resists
     * crystallisation), at number density rho, in a box with tilt {@code tiltFraction * lx}, random positions.
     */
    static Configuration random(int dim, int n, double rho, double tiltFraction, long seed) {
        double l = Math.pow(n / rho, 1.0 / dim);
        Box box = new Box(dim, 0, 0, 0, l, l, l, tiltFraction * l);
        Configuration c = new Configuration(n, box);
        c.mass = new double[] {1, 1};
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            double sy = rng.nextDouble();
            c.y[i] = sy * l;
            c.x[i] = rng.nextDouble() * l + sy * box.xy();
            if (dim == 3) c.z[i] = rng.nextDouble() * l;
            c.type[i] = i < (dim == 3 ? n * 80 / 100 : n * 65 / 100) ? 0 : 1;
        }
        return c;
    }

    /** The largest force on any particle. */
    static double maxForce(ForceField ff, int n) {
        double m = 0;
        for (int i = 0; i < n; i++)
            m = Math.max(m, Math.sqrt(ff.fx()[i] * ff.fx()[i] + ff.fy()[i] * ff.fy()[i] + ff.fz()[i] * ff.fz()[i]));
        return m;
    }

    /** FIRE to a largest force below {@code tol}; returns the largest force reached. */
    static double fire(Configuration c, PairPotential p, double tol, int maxSteps) {
        try (ForceField ff = new ForceField(p, 0.3, 1)) {
            int n = c.n;
            double[] vx = new double[n], vy = new double[n], vz = new double[n];
            double dt = 0.005, dtMax = 0.05, alpha = 0.1;
            int positive = 0;
            ff.compute(c);
            double fmax = maxForce(ff, n);
            for (int step = 0; step < maxSteps && fmax >= tol; step++) {
                double[] fx = ff.fx(), fy = ff.fy(), fz = ff.fz();
                double power = 0, vn = 0, fn = 0;
                for (int i = 0; i < n; i++) {
                    power += fx[i] * vx[i] + fy[i] * vy[i] + fz[i] * vz[i];
                    vn += vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i];
                    fn += fx[i] * fx[i] + fy[i] * fy[i] + fz[i] * fz[i];
                }
                if (power > 0) {
                    double mix = alpha * Math.sqrt(vn / fn);
                    for (int i = 0; i < n; i++) {
                        vx[i] = (1 - alpha) * vx[i] + mix * fx[i];
                        vy[i] = (1 - alpha) * vy[i] + mix * fy[i];
                        vz[i] = (1 - alpha) * vz[i] + mix * fz[i];
                    }
                    if (++positive > 5) { dt = Math.min(dt * 1.1, dtMax); alpha *= 0.99; }
                } else {
                    positive = 0;
                    dt = Math.max(dt * 0.5, 1e-4);
                    alpha = 0.1;
                    java.util.Arrays.fill(vx, 0); java.util.Arrays.fill(vy, 0); java.util.Arrays.fill(vz, 0);
                }
                for (int i = 0; i < n; i++) {
                    vx[i] += dt * fx[i]; vy[i] += dt * fy[i]; vz[i] += dt * fz[i];
                    double dx = dt * vx[i], dy = dt * vy[i], dz = dt * vz[i];
                    double s = Math.sqrt(dx * dx + dy * dy + dz * dz);
                    double cap = s > 0.1 ? 0.1 / s : 1;
                    c.x[i] += cap * dx; c.y[i] += cap * dy;
                    if (c.dim() == 3) c.z[i] += cap * dz;
                }
                ff.compute(c);
                fmax = maxForce(ff, n);
            }
            return fmax;
        }
    }

    /** The shear stress sigma = (1/V) dU/dgamma = -p_xy (virial) from the engine's force loop. */
    static double shearStress(Configuration c, PairPotential p) {
        try (ForceField ff = new ForceField(p, 0.3, 1)) {
            ff.compute(c, true);
            return -ff.virialPressure(c.box)[ForceField.XY];
        }
    }

    /** Applies the affine simple shear x -> x + gamma (y - ylo) together with the box tilt. */
    static void shear(Configuration c, double gamma) {
        Box b = c.box;
        for (int i = 0; i < c.n; i++) c.x[i] += gamma * (c.y[i] - b.ylo());
        b.setTilt(b.xy() + gamma * b.ly());
    }
}
