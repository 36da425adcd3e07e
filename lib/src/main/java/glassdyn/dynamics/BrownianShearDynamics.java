package glassdyn.dynamics;

import glassdyn.force.ForceField;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;

/**
 * Overdamped Brownian dynamics under simple shear with Lees-Edwards boundaries, for the hard-sphere + Yukawa mixture
 * of paper 000 (Zeng, Yu &amp; Wang 2025; "more details of BD setup are given in Ref. [33]", Kong et al., PRX 12,
 * 041006 (2022), which was not available to us). The Ermak-McCammon step without hydrodynamic interactions
 * (D. L. Ermak and J. A. McCammon, J. Chem. Phys. 69, 1352 (1978)), spec 000 section 1.1.1:
 * <pre>
 *   r_i(t + dt) = r_i + (D_i / k_B T) F_i dt + gamma_dot (y_i - y_0) dt x + sqrt(2 D_i dt) xi_i,   xi ~ N(0, 1)^d
 * </pre>
 * with {@code F} the soft (Yukawa) force, flow along x, gradient along y, {@code y_0} the middle of the box (the
 * zero-velocity plane; not stated, it cancels in relative coordinates), and the Lees-Edwards offset the box tilt,
 * {@code xy += gamma_dot ly dt}, flipped past {@code lx/2} ({@link LeesEdwards}).
 *
 * <p>The hard core {@code r_ij >= d_ij = (d_i + d_j)/2} is imposed by the "potential-free algorithm" of paper 000's
 * Refs. [40, 41] (Foss &amp; Brady, J. Rheol. 44, 629 (2000); Heyes &amp; Melrose, JNNFM 46, 1 (1993)): after the
 * unconstrained step, each overlapping pair is moved apart along its line of centres back to contact; sweeps repeat
 * until no pair overlaps (the hard core is then never violated, rather than capping the sweeps). The overlap is split
 * in proportion to the particles' diffusion coefficients (a contact force moves each particle by its mobility; equal
 * split for equal sizes, as in Heyes &amp; Melrose), a choice the paper does not state.
 *
 * <p>The non-affine displacement of every particle (spec 000 section 1.1.1: every increment except the streaming
 * term, hard-core corrections included) is accumulated in {@link #nonAffineX()} etc. Units: {@code d_b}, {@code k_B T}
 * and {@code tau_0 = d_b^2 / D_0}. Randomness: one stream from the seed, drawn in particle order, so a run is
 * reproducible on any thread count.
 */
public final class BrownianShearDynamics {
    /** Time step 1e-4 tau_0: not stated (paper 000 defers to its Ref. [33]); spec 000 default, 5e-5 at gamma_dot tau_0 = 20. */
    public static final double DEFAULT_TIME_STEP = 1e-4;
    /**
     * Diffusion coefficients of big and small particles: D_b = D_0 = 1 sets the time unit (paper 000: tau_0 = d_b^2/D_0);
     * D_s = D_0 d_b / d_s = 1.5 by Stokes-Einstein scaling (not stated; spec 000 default).
     */
    public static final double[] STOKES_EINSTEIN_DIFFUSION = {1.0, 1.5};

    /** Hard-core sweep cap: far above what a time step of paper-000 size needs; exceeding it is an error, not a truncation. */
    public static final int MAX_SWEEPS = 10_000;
    /** Pairs are separated to {@code d_ij (1 + CONTACT_MARGIN)} so round-off cannot leave them overlapping. */
    static final double CONTACT_MARGIN = 1e-12;

    private final ForceField ff;
    private final NeighborList contacts;
    /**
     * Rows of the entries of the contact list (the force field's when long enough) that were within {@code d_ij + skin}
     * at its last build (same order): only these pairs can overlap before the list's next rebuild, so the sweeps scan
     * them instead of every Yukawa neighbour out to {@code d_ij + 2 + skin}. Half rows for the first sweep of a step,
     * full rows (each pair in both rows) for the later sweeps, which visit only the particles just moved.
     */
    private int[] nearStart = new int[0], nearPairs = new int[0], fullStart = new int[0], fullPairs = new int[0], fill = new int[0];
    private long nearBuild = -1;
    /** The image code of the opposite shift: codes are (kx+1) + 3 (ky+1) + 9 (kz+1), so -k has code 26 - code. */
    private static final int MIRROR = 26;
    /** Sweep bookkeeping: particles moved in the current sweep (stamped), the previous sweep's, and push totals per step. */
    private int[] moved = new int[0], active = new int[0], next = new int[0], touched = new int[0];
    private int activeCount, nextCount, touchedCount, sweepStamp;
    private double[] pushed = new double[0];
    private double maxPushed;
    private final double dt, rate, kT;
    private final double[] diffusion, diameter;
    private final RandomStream random;
    private double[] nax = new double[0], nay = new double[0], naz = new double[0];
    private long pushes, sweeps;
    private int flips;

    /**
     * @param ff        the soft force field (null: no soft interactions)
     * @param dt        time step (tau_0)
     * @param rate      shear rate gamma_dot (1/tau_0)
     * @param kT        thermal energy
     * @param diffusion diffusion coefficient per type (D_0 = 1 for big particles)
     * @param diameter  hard-core diameter per type (null: no hard core)
     */
    public BrownianShearDynamics(ForceField ff, double dt, double rate, double kT, double[] diffusion, double[] diameter,
                                 long seed) {
        this.ff = ff;
        this.dt = TimeStep.check(dt);
        if (!Double.isFinite(rate)) throw new IllegalArgumentException("shear rate must be finite, got " + rate);
        this.rate = rate;
        this.kT = TimeStep.positive("temperature", kT);
        for (double d : diffusion) TimeStep.positive("diffusion coefficient", d);
        this.diffusion = diffusion.clone();
        this.diameter = diameter == null ? null : diameter.clone();
        this.random = new RandomStream(seed);
        if (diameter == null) contacts = null;
        else {
            double max = 0;
            for (double d : diameter) max = Math.max(max, TimeStep.positive("diameter", d));
            boolean shared = ff != null && ff.neighbors().cutoff() >= max && !ff.neighbors().isFull();
            contacts = shared ? ff.neighbors() : new NeighborList(max, 0.3 * max, false);
        }
    }

    public double dt() { return dt; }
    public double shearRate() { return rate; }
    /** Accumulated non-affine displacements (x, y, z) since the first step. */
    public double[] nonAffineX() { return nax; }
    public double[] nonAffineY() { return nay; }
    public double[] nonAffineZ() { return naz; }
    /** Number of hard-core pair corrections applied so far. */
    public long hardCorePushes() { return pushes; }
    /** Number of hard-core sweeps over the contact pairs so far (the last sweep of each step finds no overlap). */
    public long hardCoreSweeps() { return sweeps; }
    public int flips() { return flips; }

    /** The zero-velocity plane y_0: the middle of the box. */
    public double zeroVelocityPlane(Box b) { return b.ylo() + 0.5 * b.ly(); }

    /**
     * Shear stress {@code sigma_xy = -(1/V) sum_pairs x_ij f_y,ij} of the soft (Yukawa) interactions between particles of
     * type {@code species} only (paper 000 Fig. 1(a) uses the big-big part, type 0), or of all pairs when
     * {@code species < 0}, at the current positions (the hard core adds a contact stress that paper 000 leaves out).
     */
    public double softShearStress(Configuration c, int species) {
        if (ff == null) return 0;
        ff.compute(c, true);
        NeighborList list = ff.neighbors();
        int[] start = list.start(), pairs = list.pairs(), type = c.type;
        double w = 0;
        for (int i = 0; i < c.n; i++) {
            if (species >= 0 && type[i] != species) continue;
            for (int p = start[i]; p < start[i + 1]; p++) {
                int j = NeighborList.index(pairs[p]), code = NeighborList.image(pairs[p]);
                if (species >= 0 && type[j] != species) continue;
                double dx = c.x[i] - c.x[j] - list.shiftX[code], dy = c.y[i] - c.y[j] - list.shiftY[code],
                    dz = c.z[i] - c.z[j] - list.shiftZ[code];
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 >= ff.potential().cutoff2(type[i], type[j], c.diameter[i], c.diameter[j])) continue;
                w += dx * dy * ff.potential().forceOverR(r2, type[i], type[j], c.diameter[i], c.diameter[j]);
            }
        }
        return -w / c.box.volume();
    }

    /** Throws naming a pair if the configuration violates the hard core (e.g. a bad start). */
    public void requireNoOverlap(Configuration c) {
        if (contacts == null) return;
        refreshContacts(c);
        sweepArrays(c.n);
        if (sweepAll(c, false) > 0) throw new IllegalArgumentException("hard-core overlap in the starting configuration");
    }

    /** One Ermak-McCammon step, the tilt update and the hard-core correction. */
    public void step(Configuration c) {
        int n = c.n;
        if (nax.length != n) { nax = new double[n]; nay = new double[n]; naz = new double[n]; }
        if (ff != null) ff.compute(c);
        double[] fx = ff != null ? ff.fx() : null, fy = ff != null ? ff.fy() : null, fz = ff != null ? ff.fz() : null;
        boolean three = c.dim() == 3;
        double y0 = zeroVelocityPlane(c.box);
        for (int i = 0; i < n; i++) {
            double d = diffusion[c.type[i]], mob = d / kT * dt, amp = Math.sqrt(2 * d * dt);
            double dx = amp * random.nextGaussian(), dy = amp * random.nextGaussian(), dz = three ? amp * random.nextGaussian() : 0;
            if (fx != null) { dx += mob * fx[i]; dy += mob * fy[i]; dz += mob * fz[i]; }
            double stream = rate * (c.y[i] - y0) * dt;
            c.x[i] += dx + stream; c.y[i] += dy; c.z[i] += dz;
            nax[i] += dx; nay[i] += dy; naz[i] += dz;
        }
        NeighborList list = ff != null ? ff.neighbors() : contacts;
        if (LeesEdwards.addTilt(c, rate * c.box.ly() * dt, list)) flips++;
        if (contacts != null) resolveOverlaps(c);
        if (list == null) c.wrapAll();
        c.time += dt;
    }

    /**
     * Sweeps until no pair overlaps. The first sweep visits every contact pair; later sweeps visit only the pairs of
     * particles moved by the sweep before (an overlap can only appear where something moved), through full rows.
     * The contact list is re-checked whenever the pushes since its last check could have used up its slack.
     */
    private void resolveOverlaps(Configuration c) {
        int n = c.n;
        sweepArrays(n);
        refreshContacts(c);
        double budget = contacts.slack();
        int found = sweepAll(c, true);
        sweeps++;
        for (int s = 1; found > 0; s++) {
            if (s >= MAX_SWEEPS) throw new IllegalStateException("hard-core overlaps not resolved after " + MAX_SWEEPS
                + " sweeps at time " + c.time + ": the time step is too large");
            if (2 * maxPushed > budget) {
                refreshContacts(c);
                budget = contacts.slack();
                clearPushes();
            }
            int[] t = active; active = next; next = t;
            activeCount = nextCount;
            found = sweepActive(c);
            sweeps++;
        }
        clearPushes();
    }

    /** Forgets the push totals (after the list's displacement check has seen the pushes, and at the end of a step). */
    private void clearPushes() {
        for (int k = 0; k < touchedCount; k++) pushed[touched[k]] = 0;
        touchedCount = 0;
        maxPushed = 0;
    }

    private void sweepArrays(int n) {
        if (moved.length != n) { moved = new int[n]; pushed = new double[n]; active = new int[n]; next = new int[n]; touched = new int[n]; }
    }

    /**
     * Updates the contact list (a rebuild when particles moved too far) and, after a rebuild, its near rows: the entries
     * within {@code d_ij + skin} at the build, as half rows (list order) and as full rows (both directions).
     */
    private void refreshContacts(Configuration c) {
        contacts.update(c);
        if (contacts.builds() == nearBuild) return;
        int n = c.n;
        int[] start = contacts.start(), pairs = contacts.pairs(), type = c.type;
        if (nearStart.length != n + 1) { nearStart = new int[n + 1]; fullStart = new int[n + 1]; }
        if (nearPairs.length < contacts.size()) nearPairs = new int[contacts.size()];
        double skin = contacts.skin();
        int m = 0;
        java.util.Arrays.fill(fullStart, 0);
        for (int i = 0; i < n; i++) {
            nearStart[i] = m;
            for (int p = start[i]; p < start[i + 1]; p++) {
                int j = NeighborList.index(pairs[p]);
                double reach = 0.5 * (diameter[type[i]] + diameter[type[j]]) + skin;
                if (contacts.buildDistance2(i, pairs[p]) < reach * reach) {
                    nearPairs[m++] = pairs[p];
                    fullStart[i + 1]++;
                    fullStart[j + 1]++;
                }
            }
        }
        nearStart[n] = m;
        for (int i = 0; i < n; i++) fullStart[i + 1] += fullStart[i];
        if (fullPairs.length < 2 * m) fullPairs = new int[2 * m];
        if (fill.length != n) fill = new int[n];
        System.arraycopy(fullStart, 0, fill, 0, n);
        for (int i = 0; i < n; i++)
            for (int p = nearStart[i]; p < nearStart[i + 1]; p++) {
                int j = NeighborList.index(nearPairs[p]), code = NeighborList.image(nearPairs[p]);
                fullPairs[fill[i]++] = nearPairs[p];
                fullPairs[fill[j]++] = ((MIRROR - code) << NeighborList.INDEX_BITS) | i;
            }
        nearBuild = contacts.builds();
    }

    /** One pass over every near pair; moves overlapping pairs to contact when {@code push}. Returns the overlaps found. */
    private int sweepAll(Configuration c, boolean push) {
        if (++sweepStamp == Integer.MAX_VALUE) { java.util.Arrays.fill(moved, 0); sweepStamp = 1; }
        nextCount = 0;
        int found = 0;
        for (int i = 0; i < c.n; i++) found += sweepRow(c, i, nearStart, nearPairs, push);
        return found;
    }

    /** One pass over the full rows of the particles moved by the previous sweep. */
    private int sweepActive(Configuration c) {
        if (++sweepStamp == Integer.MAX_VALUE) { java.util.Arrays.fill(moved, 0); sweepStamp = 1; }
        nextCount = 0;
        int found = 0;
        for (int k = 0; k < activeCount; k++) found += sweepRow(c, active[k], fullStart, fullPairs, true);
        return found;
    }

    /** The pairs of row {@code i}: overlaps counted, and pushed apart to contact when {@code push}. */
    private int sweepRow(Configuration c, int i, int[] start, int[] pairs, boolean push) {
        double[] sx = contacts.shiftX, sy = contacts.shiftY, sz = contacts.shiftZ;
        double[] x = c.x, y = c.y, z = c.z;
        int[] type = c.type;
        int ti = type[i], found = 0;
        for (int p = start[i]; p < start[i + 1]; p++) {
            int j = NeighborList.index(pairs[p]), code = NeighborList.image(pairs[p]), tj = type[j];
            double dx = x[i] - x[j] - sx[code], dy = y[i] - y[j] - sy[code], dz = z[i] - z[j] - sz[code];
            double r2 = dx * dx + dy * dy + dz * dz, dij = 0.5 * (diameter[ti] + diameter[tj]);
            if (r2 >= dij * dij) continue;
            found++;
            if (!push) continue;
            double r = Math.sqrt(r2), gap = dij * (1 + CONTACT_MARGIN) - r;
            double di = diffusion[ti], dj = diffusion[tj], wi = di / (di + dj), wj = dj / (di + dj);
            double ux = dx / r, uy = dy / r, uz = dz / r;
            double ai = gap * wi, aj = gap * wj;
            x[i] += ai * ux; y[i] += ai * uy; z[i] += ai * uz;
            x[j] -= aj * ux; y[j] -= aj * uy; z[j] -= aj * uz;
            nax[i] += ai * ux; nay[i] += ai * uy; naz[i] += ai * uz;
            nax[j] -= aj * ux; nay[j] -= aj * uy; naz[j] -= aj * uz;
            pushes++;
            moved(i, ai);
            moved(j, aj);
        }
        return found;
    }

    /** Records that particle {@code i} was pushed by {@code a}: it joins the next sweep and its push total grows. */
    private void moved(int i, double a) {
        if (moved[i] != sweepStamp) { moved[i] = sweepStamp; next[nextCount++] = i; }
        if (pushed[i] == 0) touched[touchedCount++] = i;
        pushed[i] += a;
        if (pushed[i] > maxPushed) maxPushed = pushed[i];
    }
}
