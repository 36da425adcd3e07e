package glassdyn.elastic;

import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.space.Box;

import java.util.SplittableRandom;

/** Small glasses for the elasticity tests: random start, then a FIRE quench. */
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

    /** FIRE (the engine's) to a largest force below {@code tol}; returns the largest force reached. */
    static double fire(Configuration c, PairPotential p, double tol, int maxSteps) {
        try (ForceField ff = new ForceField(p, 0.3, 1)) {
            return new Fire().minimize(c, ff, tol, maxSteps).maxForce();
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
