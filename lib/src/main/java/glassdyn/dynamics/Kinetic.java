package glassdyn.dynamics;

import glassdyn.particles.Configuration;

/**
 * Kinetic observables (Boltzmann constant 1): temperature from {@code dim*N - dim} degrees of freedom (the centre of
 * mass momentum is conserved; LAMMPS {@code compute temp}), the kinetic part of the pressure tensor
 * {@code sum m v_a v_b / V} (V the area in 2D), and Maxwell-Boltzmann velocities.
 */
public final class Kinetic {
    private Kinetic() {}

    /** Degrees of freedom, {@code dim*N - dim} (at least 1). */
    public static int degreesOfFreedom(Configuration c) { return Math.max(1, c.dim() * c.n - c.dim()); }

    /** Twice the kinetic energy, {@code sum m v^2}. */
    public static double twiceKinetic(Configuration c) { return twiceKinetic(c, 0, c.n); }

    /** {@code sum m v^2} over particles {@code [lo, hi)}. */
    public static double twiceKinetic(Configuration c, int lo, int hi) {
        double s = 0;
        double[] m = c.mass, vx = c.vx, vy = c.vy, vz = c.vz;
        int[] type = c.type;
        for (int i = lo; i < hi; i++) s += m[type[i]] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
        return s;
    }

    public static double kineticEnergy(Configuration c) { return 0.5 * twiceKinetic(c); }

    public static double temperature(Configuration c) { return twiceKinetic(c) / degreesOfFreedom(c); }

    /** Kinetic pressure tensor {@code sum m v_a v_b / V} (xx, yy, zz, xy, xz, yz). */
    public static double[] pressureTensor(Configuration c) {
        double[] p = new double[6];
        for (int i = 0; i < c.n; i++) {
            double m = c.mass[c.type[i]], vx = c.vx[i], vy = c.vy[i], vz = c.vz[i];
            p[0] += m * vx * vx; p[1] += m * vy * vy; p[2] += m * vz * vz;
            p[3] += m * vx * vy; p[4] += m * vx * vz; p[5] += m * vy * vz;
        }
        double v = c.box.volume();
        for (int k = 0; k < 6; k++) p[k] /= v;
        return p;
    }

    /**
     * Gaussian velocities at temperature {@code t} from {@code seed}, with zero total momentum and rescaled to exactly
     * {@code t} (as LAMMPS {@code velocity all create T seed mom yes dist gaussian}); vz = 0 in 2D.
     */
    public static void drawVelocities(Configuration c, double t, long seed) {
        if (!(t >= 0) || !Double.isFinite(t)) throw new IllegalArgumentException("temperature must be non-negative, got " + t);
        RandomStream rnd = new RandomStream(seed);
        boolean three = c.dim() == 3;
        double px = 0, py = 0, pz = 0, mt = 0;
        for (int i = 0; i < c.n; i++) {
            double s = Math.sqrt(t / c.massOf(i));
            c.vx[i] = s * rnd.nextGaussian();
            c.vy[i] = s * rnd.nextGaussian();
            c.vz[i] = three ? s * rnd.nextGaussian() : 0;
            double m = c.massOf(i);
            px += m * c.vx[i]; py += m * c.vy[i]; pz += m * c.vz[i]; mt += m;
        }
        for (int i = 0; i < c.n; i++) { c.vx[i] -= px / mt; c.vy[i] -= py / mt; c.vz[i] -= pz / mt; }
        double now = temperature(c);
        double f = now > 0 ? Math.sqrt(t / now) : 0;
        for (int i = 0; i < c.n; i++) { c.vx[i] *= f; c.vy[i] *= f; c.vz[i] *= f; }
    }
}
