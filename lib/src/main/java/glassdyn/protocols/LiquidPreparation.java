package glassdyn.protocols;
import glassdyn.force.ForceField;

import glassdyn.dynamics.Kinetic;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.dynamics.RandomStream;

import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.space.Box;

/**
 * Starting configurations for the mixtures: particles placed uniformly at random in the (possibly tilted) box, the
 * overlaps removed by a capped-step FIRE descent, velocities drawn at the temperature, then Nose-Hoover equilibration.
 * Everything follows from the seed.
 */
public final class LiquidPreparation {
    private LiquidPreparation() {}

    /** Largest force left by the push-off: overlaps are gone well before this. */
    static final double PUSH_OFF_FORCE = 1.0;
    /** Iteration cap of the push-off descent (it needs a few hundred for a random start at liquid density). */
    static final long PUSH_OFF_ITERATIONS = 5000;
    /** Nose-Hoover damping time of the equilibration, 100 Lennard-Jones steps of 0.005 (a common LAMMPS choice). */
    static final double TDAMP = 0.5;
    /** Equilibration time step, the Kob-Andersen step of 0.005. */
    static final double DT = 0.005;

    /**
     * Uniform random positions in {@code box}, the first {@code counts[0]} particles of species 0, the next
     * {@code counts[1]} of species 1, and so on; unit masses; zero velocities.
     */
    public static Configuration random(Box box, int[] counts, long seed) {
        int n = 0;
        for (int k : counts) n += k;
        Configuration c = new Configuration(n, box);
        c.mass = new double[counts.length];
        java.util.Arrays.fill(c.mass, 1.0);
        RandomStream rnd = new RandomStream(seed);
        int i = 0;
        for (int t = 0; t < counts.length; t++)
            for (int k = 0; k < counts[t]; k++, i++) {
                double sx = rnd.nextDouble(), sy = rnd.nextDouble(), sz = rnd.nextDouble();
                c.y[i] = box.ylo() + sy * box.ly();
                c.x[i] = box.xlo() + sx * box.lx() + sy * box.xy();
                c.z[i] = box.dim() == 3 ? box.zlo() + sz * box.lz() : 0;
                c.type[i] = t;
            }
        return c;
    }

    /** Removes overlaps: capped-step FIRE until the largest force is below {@link #PUSH_OFF_FORCE}. */
    public static void pushOff(Configuration c, ForceField ff) {
        new Fire().minimize(c, ff, PUSH_OFF_FORCE, PUSH_OFF_ITERATIONS);
    }

    /**
     * A liquid: random start, push-off, Maxwell-Boltzmann velocities at {@code temperature}, then {@code time} of
     * Nose-Hoover dynamics at that temperature.
     */
    public static Configuration liquid(PairPotential potential, Box box, int[] counts, double temperature, double time,
                                       long seed, int threads) {
        Configuration c = random(box, counts, seed);
        try (ForceField ff = new ForceField(potential, 0.3, threads)) {
            pushOff(c, ff);
            Kinetic.drawVelocities(c, temperature, seed + 1);
            c.time = 0;
            if (time > 0) new MolecularDynamics(c, new NoseHooverChain(ff, DT, temperature, TDAMP)).run(time);
            c.time = 0;
        }
        return c;
    }

    /** Kob-Andersen 80:20 composition counts for {@code n} particles (A first). */
    public static int[] kobAndersenCounts(int n) {
        int nb = (int) Math.round(0.2 * n);
        return new int[] {n - nb, nb};
    }
}
