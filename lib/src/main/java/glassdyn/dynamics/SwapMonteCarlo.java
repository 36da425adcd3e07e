package glassdyn.dynamics;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

/**
 * Swap Monte Carlo for size-polydisperse models (Ninarello, Berthier &amp; Coslovich, PRX 7, 021039 (2017); Berthier
 * et al., PRL 116, 238002 (2016)), as used for POLY in paper 003 (Richard et al. 2020, Appendix A.2.b): each
 * elementary move is, with probability {@code P_swap = 0.2}, an attempt to exchange the diameters of two particles
 * picked at random, and otherwise a conventional translational move of a random particle by a uniform displacement in
 * {@code [-delta, delta]^d}; both are accepted with the Metropolis rule {@code min(1, exp(-dE / T))}. Both proposals
 * are symmetric, so detailed balance holds with respect to {@code exp(-E/T)} over positions and size permutations.
 *
 * <p>A sweep is N elementary moves. The maximum displacement is not stated by paper 003; the caller sets it (spec 003
 * default: tuned to 30-40% acceptance). Energies come from a full Verlet list whose skin covers every trial move:
 * a particle that has drifted more than {@code skin/2 - sqrt(d) delta} from its position at the last build triggers a
 * rebuild. Randomness: one stream from the seed, so a run is reproducible (MC is sequential).
 */
public final class SwapMonteCarlo {
    /** P_swap = 0.2, paper 003 Appendix A.2.b. */
    public static final double SWAP_PROBABILITY = 0.2;

    private final PairPotential potential;
    private final double temperature, delta, swapProbability;
    private final RandomStream random;
    private NeighborList list;
    private double[] bx = new double[0], by = new double[0], bz = new double[0];
    private long swapAttempts, swapAccepts, moveAttempts, moveAccepts;

    public SwapMonteCarlo(PairPotential potential, double temperature, double maxDisplacement, double swapProbability, long seed) {
        this.potential = potential;
        this.temperature = TimeStep.positive("temperature", temperature);
        this.delta = TimeStep.positive("maximum displacement", maxDisplacement);
        if (!(swapProbability >= 0 && swapProbability <= 1)) throw new IllegalArgumentException("swap probability must be in [0, 1], got " + swapProbability);
        this.swapProbability = swapProbability;
        this.random = new RandomStream(seed);
    }

    public SwapMonteCarlo(PairPotential potential, double temperature, double maxDisplacement, long seed) {
        this(potential, temperature, maxDisplacement, SWAP_PROBABILITY, seed);
    }

    public long swapAttempts() { return swapAttempts; }
    public long swapAccepts() { return swapAccepts; }
    public long moveAttempts() { return moveAttempts; }
    public long moveAccepts() { return moveAccepts; }
    public double swapAcceptance() { return swapAttempts == 0 ? 0 : (double) swapAccepts / swapAttempts; }
    public double moveAcceptance() { return moveAttempts == 0 ? 0 : (double) moveAccepts / moveAttempts; }

    private double reach(Configuration c) { return Math.sqrt(c.dim()) * delta; }

    /** Builds the list on first use; {@code fresh}: rebuild anyway (positions may have been wrapped by others). */
    private void ensureList(Configuration c, boolean fresh) {
        if (list != null && bx.length == c.n) {
            if (fresh) rebuild(c);
        } else {
            double maxD = 0;
            for (int i = 0; i < c.n; i++) maxD = Math.max(maxD, c.diameter[i]);
            double skin = 2 * reach(c) + 0.3;   // 0.3: headroom so rebuilds are rare (about every 0.15 of drift)
            list = new NeighborList(potential.maxCutoff(maxD), skin, true);
            rebuild(c);
        }
    }

    private void rebuild(Configuration c) {
        list.build(c);
        bx = c.x.clone(); by = c.y.clone(); bz = c.z.clone();
    }

    /** Total potential energy (each pair once). */
    public double energy(Configuration c) {
        ensureList(c, true);
        double e = 0;
        for (int i = 0; i < c.n; i++) e += particleEnergy(c, i, c.x[i], c.y[i], c.z[i]);
        return 0.5 * e;
    }

    /** Energy of particle i placed at (xi, yi, zi) with its current diameter, against all its neighbours. */
    private double particleEnergy(Configuration c, int i, double xi, double yi, double zi) {
        int[] start = list.start(), pairs = list.pairs();
        double[] sx = list.shiftX, sy = list.shiftY, sz = list.shiftZ, x = c.x, y = c.y, z = c.z, d = c.diameter;
        int[] type = c.type;
        int ti = type[i];
        double si = d[i], e = 0;
        for (int p = start[i]; p < start[i + 1]; p++) {
            int j = NeighborList.index(pairs[p]), code = NeighborList.image(pairs[p]);
            double dx = xi - x[j] - sx[code], dy = yi - y[j] - sy[code], dz = zi - z[j] - sz[code];
            double r2 = dx * dx + dy * dy + dz * dz;
            if (r2 < potential.cutoff2(ti, type[j], si, d[j])) e += potential.energy(r2, ti, type[j], si, d[j]);
        }
        return e;
    }

    /** {@code count} sweeps of N elementary moves. */
    public void sweeps(Configuration c, int count) {
        ensureList(c, true);
        for (int s = 0; s < count; s++) for (int m = 0; m < c.n; m++) move(c);
    }

    /**
     * One elementary move: a swap attempt with probability P_swap, else a translation attempt. Between calls nobody
     * else may move or wrap the positions ({@link #sweeps} and {@link #energy} rebuild the list, so they may).
     */
    public void move(Configuration c) {
        ensureList(c, false);
        if (random.nextDouble() < swapProbability) swap(c);
        else translate(c);
    }

    private boolean metropolis(double de) {
        return de <= 0 || random.nextDouble() < Math.exp(-de / temperature);
    }

    private void swap(Configuration c) {
        int i = random.nextInt(c.n), k = random.nextInt(c.n - 1);
        if (k >= i) k++;
        swapAttempts++;
        double[] d = c.diameter;
        if (d[i] == d[k]) { swapAccepts++; return; }
        double before = particleEnergy(c, i, c.x[i], c.y[i], c.z[i]) + particleEnergy(c, k, c.x[k], c.y[k], c.z[k]);
        double t = d[i]; d[i] = d[k]; d[k] = t;
        double after = particleEnergy(c, i, c.x[i], c.y[i], c.z[i]) + particleEnergy(c, k, c.x[k], c.y[k], c.z[k]);
        // a pair (i, k) is counted in both sums before and after with the same value: it cancels
        if (metropolis(after - before)) swapAccepts++;
        else { t = d[i]; d[i] = d[k]; d[k] = t; }
    }

    private void translate(Configuration c) {
        int i = random.nextInt(c.n);
        double dx = delta * (2 * random.nextDouble() - 1), dy = delta * (2 * random.nextDouble() - 1);
        double dz = c.dim() == 3 ? delta * (2 * random.nextDouble() - 1) : 0;
        moveAttempts++;
        double xi = c.x[i], yi = c.y[i], zi = c.z[i];
        double de = particleEnergy(c, i, xi + dx, yi + dy, zi + dz) - particleEnergy(c, i, xi, yi, zi);
        if (!metropolis(de)) return;
        moveAccepts++;
        c.x[i] = xi + dx; c.y[i] = yi + dy; c.z[i] = zi + dz;
        double ex = c.x[i] - bx[i], ey = c.y[i] - by[i], ez = c.z[i] - bz[i];
        double limit = 0.5 * list.skin() - reach(c);
        if (ex * ex + ey * ey + ez * ez > limit * limit) rebuild(c);
    }
}
