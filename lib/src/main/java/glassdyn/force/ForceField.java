package glassdyn.force;
import glassdyn.parallel.ThreadTeam;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.potential.LennardJones;
import glassdyn.potential.PairPotential;
import glassdyn.space.Box;

import java.util.Arrays;

/**
 * Forces, potential energy and virial of a pair potential on a {@link Configuration}, from a half
 * {@link NeighborList}, on a {@link ThreadTeam} of K threads; or of a many-body potential (a {@link ManyBodyForce}
 * style such as {@link StillingerWeberForce}) from a full list, whose results do not depend on the thread count
 * (see {@link ManyBodyLoop}). Integrators, FIRE and every protocol taking a force field run either kind.
 *
 * <p>Each thread handles a contiguous range of particles (balanced by pair count) and accumulates into its own force
 * buffer; the buffers are summed in thread order, so the result is the same for every run with the same thread count,
 * and differs between thread counts only by floating-point summation order. The loop allocates nothing.
 *
 * <p>Conventions (those of LAMMPS): the virial is {@code W_ab = sum_pairs d_a d_b f(r)/r} with {@code d = r_i - r_j}
 * (components xx, yy, zz, xy, xz, yz), the virial pressure tensor is {@code W / V} (V the area in 2D), per-particle
 * energy ({@code compute pe/atom}) and per-particle stress ({@code compute stress/atom}, virial part, units of pressure
 * times volume: {@code s_i,ab = -1/2 sum_j d_a d_b f(r)/r}) give half of each pair to each particle. The Egami atomic
 * stress is {@code -s_i / v_i} with {@code v_i} the volume per particle.
 */
public final class ForceField implements AutoCloseable {
    /** Indices into {@link #virial()}. */
    public static final int XX = 0, YY = 1, ZZ = 2, XY = 3, XZ = 4, YZ = 5;
    /** Slots of a thread's accumulator: energy then the six virial components. */
    private static final int ACC = 7;

    private final PairPotential potential;
    private final LennardJones lj;
    /** The many-body loop, or null for a pair potential. */
    private final ManyBodyLoop manyBody;
    private NeighborList list;
    private final ThreadTeam team;
    private final boolean ownTeam;
    private final int threads;

    private int n = -1;
    private double[][] bx, by, bz, bpe;
    private double[][][] bst;
    private final double[][] acc;
    private int[] rows = new int[0];
    private long partitionedAt = -1;

    private double energy;
    private final double[] virial = new double[6];
    /** Per-particle energy and stress (six arrays xx..yz), filled by {@link #computePerParticle}. */
    private double[] peAtom = new double[0];
    private final double[][] stressAtom = new double[6][];

    // per-call state read by the thread bodies (set before each parallel phase)
    private Configuration cur;
    private boolean eflag, atomflag;
    private SliceTask after;
    private final java.util.function.IntConsumer pairBody = this::pairPart, reduceBody = this::reducePart,
        centreBody = this::centrePart, gatherBody = this::gatherPart, reverseBody = this::reversePart;

    /** The SIMD Lennard-Jones kernel (null without the Vector API module or for other potentials). */
    private final RowPairKernel kernel;
    private boolean vectorOn;
    /** The half list re-laid for the kernel (at each rebuild), per-thread scratch rows and interleaved force buffers. */
    private PaddedRows padded;
    private long paddedAt = -1;
    private NeighborList paddedList;
    private double[][][] scratch;
    private double[][] f4;
    /** Whether this call's force phase fills the padded rows (each thread its own rows) after a rebuild. */
    private boolean relay;
    private long kernelCalls;
    /** Whether the current call runs on the SIMD kernel (its forces are then in {@link #f4}). */
    private boolean onKernel;

    /**
     * @param potential the pair potential
     * @param cutoff    the largest cutoff in use (for polydisperse models: {@code potential.maxCutoff(maxDiameter)})
     * @param skin      neighbour-list skin
     * @param threads   number of threads (1 = the calling thread only)
     */
    public ForceField(PairPotential potential, double cutoff, double skin, int threads) {
        this(potential, new NeighborList(cutoff, skin, false), new ThreadTeam(threads), true);
    }

    /**
     * A force field whose neighbour list range is {@code cutoff_ab + skin} per species pair when the potential's
     * cutoffs depend on species only (unit sizes), else {@code potential.maxCutoff(1) + skin}.
     */
    public ForceField(PairPotential potential, double skin, int threads) {
        this(potential, listFor(potential, skin), new ThreadTeam(threads), true);
    }

    /** A half list with per-species-pair ranges for species-typed potentials (see the constructor above). */
    public static NeighborList listFor(PairPotential p, double skin) {
        int nt = p.speciesCount();
        if (nt < 1 || nt > 64) return new NeighborList(p.maxCutoff(1.0), skin, false);
        double[][] rc = new double[nt][nt];
        for (int a = 0; a < nt; a++)
            for (int b = 0; b < nt; b++) rc[a][b] = Math.sqrt(p.cutoff2(a, b, 1.0, 1.0));
        return new NeighborList(rc, skin, false);
    }

    /** A force field sharing a caller-owned team (not closed by {@link #close()}). */
    public ForceField(PairPotential potential, NeighborList halfList, ThreadTeam team) {
        this(potential, halfList, team, false);
    }

    /**
     * A force field of a many-body potential on a full neighbour list of range {@code style.cutoff() + skin}.
     *
     * @param threads number of threads (the results are the same for every count)
     */
    public ForceField(ManyBodyForce style, double skin, int threads) {
        this(null, style, new NeighborList(style.cutoff(), skin, true), new ThreadTeam(threads), true);
    }

    private ForceField(PairPotential potential, NeighborList list, ThreadTeam team, boolean ownTeam) {
        this(potential, null, list, team, ownTeam);
    }

    private ForceField(PairPotential potential, ManyBodyForce style, NeighborList list, ThreadTeam team, boolean ownTeam) {
        if (style == null && list.isFull()) throw new IllegalArgumentException("the pair force loop needs a half neighbour list");
        this.potential = potential;
        this.manyBody = style == null ? null : new ManyBodyLoop(style);
        this.lj = potential instanceof LennardJones l ? l : null;
        this.list = list;
        this.team = team;
        this.ownTeam = ownTeam;
        this.threads = team.size();
        acc = new double[threads][ACC];
        kernel = lj != null ? VectorKernels.lennardJones() : null;
        vectorOn = kernel != null && VectorKernels.onByDefault();
    }

    /**
     * Whether the Lennard-Jones forces of forces-only calls (the integrator's steps) run on the SIMD row kernel
     * ({@link LennardJonesRowKernel} over {@link PaddedRows}): only when asked for ({@code -Dglassdyn.pairKernel=vector},
     * or {@link #vectorKernel(boolean)}), the JVM has the {@code jdk.incubator.vector} module and 256-bit double
     * vectors, and the potential is a {@link LennardJones} of one or two species. The kernel computes every pair with
     * the scalar loop's operations and sums in its order, so its forces equal the scalar loop's (at most the sign of a
     * zero differs) and a run follows the same trajectory on either kernel (issue 21, session 12; the cluster-pair
     * kernel before it summed in another order). Energy, virial, per-particle energies and stresses always use the
     * scalar loop. The kernel in use is still recorded ({@link #pairKernel()} in the {@code md} summary and the
     * tau-lc report, {@link #pairKernelTag()} in the tau-lc stage parameters).
     */
    public boolean vectorKernel() { return vectorOn; }

    /**
     * The pair kernel a new Lennard-Jones force field of this JVM uses: {@code "vector"} (asked for with
     * {@code glassdyn.pairKernel=vector} and the Vector API module present) or {@code "scalar"}.
     */
    public static String pairKernel() { return VectorKernels.onByDefault() && VectorKernels.available() ? "vector" : "scalar"; }

    /**
     * Appended to the stage parameters of pipelines that run Lennard-Jones MD: empty for the scalar loop (so stages
     * of plain {@code java -jar} runs keep their parameters), {@code " pair-kernel=vector"} for the SIMD kernel.
     */
    public static String pairKernelTag() { return "vector".equals(pairKernel()) ? " pair-kernel=vector" : ""; }

    /** Selects the SIMD kernel ({@code true}, when available) or the scalar loop; returns {@link #vectorKernel()}. */
    public boolean vectorKernel(boolean on) {
        vectorOn = on && kernel != null;
        return vectorOn;
    }

    /**
     * Work on a slice of particles {@code [lo, hi)} done by part {@code part} of the team; the slices of the parts
     * {@code 0..threads-1} are {@code [n part / threads, n (part+1) / threads)} (see {@link #slice}).
     */
    @FunctionalInterface
    public interface SliceTask { void run(int part, int lo, int hi); }

    /** Start of part {@code part}'s slice of {@code n} particles among {@code parts} (end: {@code slice(n, part+1, parts)}). */
    public static int slice(int n, int part, int parts) { return (int) ((long) n * part / parts); }

    /** The pair potential; throws for a many-body force field (see {@link #manyBody()}). */
    public PairPotential potential() {
        if (potential == null) throw new IllegalStateException(manyBody.style.name() + " is a many-body potential, not a pair potential");
        return potential;
    }

    /** The many-body style, or null for a pair potential. */
    public ManyBodyForce manyBody() { return manyBody == null ? null : manyBody.style; }

    /** The name of the potential. */
    public String potentialName() { return manyBody != null ? manyBody.style.name() : potential.name(); }
    /** The team the force loop runs on (integrators run their particle loops on it too). */
    public ThreadTeam team() { return team; }
    public NeighborList neighbors() { return list; }
    public int threads() { return threads; }

    /** Forces on the particles after the last compute (the arrays are reused by the next compute). */
    public double[] fx() { return manyBody != null ? manyBody.fx : bx[0]; }
    public double[] fy() { return manyBody != null ? manyBody.fy : by[0]; }
    public double[] fz() { return manyBody != null ? manyBody.fz : bz[0]; }
    /** Total potential energy at the last {@code compute(c, true)} or {@link #computePerParticle}. */
    public double energy() { return energy; }
    /** The virial {@code W_ab} (xx, yy, zz, xy, xz, yz) at the last energy computation (a live array: copy it). */
    public double[] virial() { return virial; }
    /** Per-particle potential energy after {@link #computePerParticle}. */
    public double[] energyPerParticle() { return peAtom; }
    /** Per-particle stress component {@code k} (XX..YZ) after {@link #computePerParticle}, LAMMPS stress/atom units. */
    public double[] stressPerParticle(int k) { return stressAtom[k]; }

    /** The virial pressure tensor {@code W / V} (xx, yy, zz, xy, xz, yz), V the area in 2D; no kinetic part. */
    public double[] virialPressure(Box box) {
        double[] p = new double[6];
        for (int k = 0; k < 6; k++) p[k] = virial[k] / box.volume();
        return p;
    }

    /** Forces only (the cheapest call, for integrator steps); updates the neighbour list if needed. */
    public void compute(Configuration c) { compute(c, false, false); }

    /** Forces and, when {@code energyAndVirial}, the potential energy and virial. */
    public void compute(Configuration c, boolean energyAndVirial) { compute(c, energyAndVirial, false); }

    /** Forces, energy, virial, per-particle energy and per-particle stress. */
    public void computePerParticle(Configuration c) { compute(c, true, true); }

    /**
     * Forces (and energy and virial when asked), then {@code after} on every slice of particles as soon as that
     * slice's forces are final, in the same parallel phase (an integrator's half kick, fused into the force reduction).
     */
    public void compute(Configuration c, boolean energyAndVirial, SliceTask after) {
        this.after = after;
        try { compute(c, energyAndVirial, false); } finally { this.after = null; }
    }

    private void compute(Configuration c, boolean energyAndVirial, boolean perParticle) {
        if (manyBody != null) { computeManyBody(c, energyAndVirial || perParticle, perParticle); return; }
        allocate(c.n, perParticle);
        if (list.update(c, team)) {
            if (c.typeCount() > potential.speciesCount())
                throw new IllegalArgumentException(potential.name() + " has parameters for " + potential.speciesCount()
                    + " species, the configuration has " + c.typeCount());
            widenForSizes(c);
        }
        if (list.builds() != partitionedAt) partition();
        cur = c;
        eflag = energyAndVirial || perParticle;
        atomflag = perParticle;
        onKernel = rowKernel();
        if (onKernel) { preparePadded(c); kernelCalls++; }
        team.run(pairBody);
        relay = false;
        if (threads > 1) team.run(reduceBody);
        else if (after != null) after.run(0, 0, c.n);
        cur = null;
        if (eflag) {
            energy = 0;
            Arrays.fill(virial, 0);
            for (int t = 0; t < threads; t++) {
                energy += acc[t][0];
                for (int k = 0; k < 6; k++) virial[k] += acc[t][1 + k];
            }
        }
        if (perParticle) {
            peAtom = bpe[0];
            for (int k = 0; k < 6; k++) stressAtom[k] = bst[0][k];
        }
    }

    /** The two phases of {@link ManyBodyLoop} on the team, then {@code after} per slice in the gather phase. */
    private void computeManyBody(Configuration c, boolean energyAndVirial, boolean perParticle) {
        ManyBodyLoop mb = manyBody;
        this.n = c.n;
        if (list.update(c, team)) mb.checkSpecies(c);
        boolean rebuilt = list.builds() != partitionedAt;
        if (rebuilt) {
            partition();
            mb.rebuilt(list, c.n, threads);
        }
        mb.size(c.n, list.size(), perParticle);
        mb.tally.energy = energyAndVirial;
        mb.tally.atoms = perParticle;
        cur = c;
        if (rebuilt) team.run(reverseBody);
        team.run(centreBody);
        team.run(gatherBody);
        cur = null;
        if (energyAndVirial) energy = mb.sum(c.n, virial);
        if (perParticle) {
            peAtom = mb.pe;
            for (int k = 0; k < 6; k++) stressAtom[k] = mb.st[k];
        }
    }

    /** After a list rebuild: the padded rows for the SIMD kernel; every call: the image shifts and packed coordinates. */
    private void preparePadded(Configuration c) {
        if (padded == null) padded = new PaddedRows(kernel.width());
        if (paddedAt != list.builds() || paddedList != list) {
            padded.layout(list, c.n);
            relay = true;
            if (scratch == null || scratch[0][0].length < padded.maxRow)
                scratch = new double[threads][3][padded.maxRow + (padded.maxRow >> 2)];
            if (f4 == null || f4[0].length != 4 * c.n) f4 = new double[threads][4 * c.n];
            paddedAt = list.builds();
            paddedList = list;
        }
        padded.pack(list, c);
    }

    private void reversePart(int t) { manyBody.reverseRows(list, rows[t], rows[t + 1]); }

    private void centrePart(int t) { manyBody.centres(t, rows[t], rows[t + 1], cur, list); }

    private void gatherPart(int t) {
        int lo = slice(n, t, threads), hi = slice(n, t + 1, threads);
        manyBody.gather(lo, hi, list);
        if (after != null) after.run(t, lo, hi);
    }

    private void allocate(int n, boolean perParticle) {
        if (n != this.n) {
            this.n = n;
            bx = new double[threads][n]; by = new double[threads][n]; bz = new double[threads][n];
            bpe = null; bst = null;
        }
        if (perParticle && bpe == null) {
            bpe = new double[threads][n];
            bst = new double[threads][6][n];
        }
    }

    /**
     * After a rebuild: when the configuration's largest diameter needs a longer range than the list has (a
     * polydisperse model on a list sized for unit diameters), replaces the list by one of range
     * {@code potential.maxCutoff(max diameter) + skin} and builds it, so no interacting pair is ever missed.
     */
    private void widenForSizes(Configuration c) {
        double maxD = 0;
        for (int i = 0; i < c.n; i++) maxD = Math.max(maxD, c.diameter[i]);
        double need = potential.maxCutoff(maxD);
        if (need > list.cutoff() * (1 + 1e-12)) {
            list = new NeighborList(need, list.skin(), false);
            partitionedAt = -1;
            list.update(c, team);
        }
    }

    /** How many force calls ran on the SIMD kernel (tests check that it ran). */
    long kernelCalls() { return kernelCalls; }

    /** Whether this call's forces run on the SIMD kernel: forces-only calls of a Lennard-Jones model it handles. */
    private boolean rowKernel() { return vectorOn && !eflag && lj.speciesCount() <= kernel.maxSpecies(); }

    /** Splits the rows into {@code threads} contiguous ranges of about equal pair counts. */
    private void partition() {
        int[] start = list.start();
        int nrow = start.length - 1;
        if (rows.length != threads + 1) rows = new int[threads + 1];
        long total = start[nrow];
        int i = 0;
        for (int t = 1; t < threads; t++) {
            long target = total * t / threads;
            while (i < nrow && start[i] < target) i++;
            rows[t] = i;
        }
        rows[0] = 0;
        rows[threads] = nrow;
        partitionedAt = list.builds();
    }

    private void pairPart(int t) {
        Configuration c = cur;
        double[] fx = bx[t], fy = by[t], fz = bz[t];
        if (onKernel) {
            double[] f = f4[t];
            Arrays.fill(f, 0);
            if (relay) padded.fill(list, rows[t], rows[t + 1]);
            kernel.forces(padded, rows[t], rows[t + 1], lj.cut2, lj.lj1, lj.lj2, lj.speciesCount(), f, scratch[t]);
            // one thread: the forces into the particle arrays here; several: in the reduction, from the buffers
            if (threads == 1) for (int i = 0, k = 0; i < n; i++, k += 4) { fx[i] = f[k]; fy[i] = f[k + 1]; fz[i] = f[k + 2]; }
            return;
        }
        Arrays.fill(fx, 0); Arrays.fill(fy, 0); Arrays.fill(fz, 0);
        double[] pe = null;
        double[][] st = null;
        if (atomflag) {
            pe = bpe[t]; st = bst[t];
            Arrays.fill(pe, 0);
            for (double[] s : st) Arrays.fill(s, 0);
        }
        double[] a = acc[t];
        Arrays.fill(a, 0);
        if (lj != null) lennardJonesRows(rows[t], rows[t + 1], c, lj, list, fx, fy, fz, eflag, a, pe, st);
        else pairRows(rows[t], rows[t + 1], c, potential, list, fx, fy, fz, eflag, a, pe, st);
    }

    /** Adds the buffers of threads 1.. into thread 0's, over this part's slice of particles, in thread order. */
    private void reducePart(int t) {
        int lo = slice(n, t, threads), hi = slice(n, t + 1, threads);
        if (onKernel) {
            reduceInterleaved(lo, hi);
            if (after != null) after.run(t, lo, hi);
            return;
        }
        for (int s = 1; s < threads; s++) {
            addRange(bx[0], bx[s], lo, hi);
            addRange(by[0], by[s], lo, hi);
            addRange(bz[0], bz[s], lo, hi);
            if (atomflag) {
                addRange(bpe[0], bpe[s], lo, hi);
                for (int k = 0; k < 6; k++) addRange(bst[0][k], bst[s][k], lo, hi);
            }
        }
        if (after != null) after.run(t, lo, hi);
    }

    /** The kernel's interleaved buffers of all threads summed in thread order into thread 0's force arrays, over {@code [lo, hi)}. */
    private void reduceInterleaved(int lo, int hi) {
        double[] fx = bx[0], fy = by[0], fz = bz[0];
        for (int i = lo; i < hi; i++) {
            int k = 4 * i;
            double sx = f4[0][k], sy = f4[0][k + 1], sz = f4[0][k + 2];
            for (int s = 1; s < threads; s++) { double[] f = f4[s]; sx += f[k]; sy += f[k + 1]; sz += f[k + 2]; }
            fx[i] = sx; fy[i] = sy; fz[i] = sz;
        }
    }

    private static void addRange(double[] into, double[] from, int lo, int hi) {
        for (int i = lo; i < hi; i++) into[i] += from[i];
    }

    /** The Lennard-Jones loop: rows {@code [i0, i1)} of the half list, parameters from the species tables. */
    private static void lennardJonesRows(int i0, int i1, Configuration c, LennardJones lj, NeighborList list,
                                         double[] fx, double[] fy, double[] fz, boolean eflag, double[] a,
                                         double[] pe, double[][] st) {
        final double[] x = c.x, y = c.y, z = c.z;
        final int[] type = c.type;
        final int[] start = list.start(), pairs = list.pairs();
        final double[] sx = list.shiftX, sy = list.shiftY, sz = list.shiftZ;
        final double[] cut2 = lj.cut2, lj1 = lj.lj1, lj2 = lj.lj2, lj3 = lj.lj3, lj4 = lj.lj4, off = lj.offset;
        final int nt = lj.speciesCount();
        final int mask = NeighborList.INDEX_MASK, bits = NeighborList.INDEX_BITS;
        double e = 0, wxx = 0, wyy = 0, wzz = 0, wxy = 0, wxz = 0, wyz = 0;
        for (int i = i0; i < i1; i++) {
            final double xi = x[i], yi = y[i], zi = z[i];
            final int row = type[i] * nt;
            double fxi = 0, fyi = 0, fzi = 0;
            for (int p = start[i], pend = start[i + 1]; p < pend; p++) {
                final int entry = pairs[p];
                final int j = entry & mask, code = entry >>> bits;
                final double dx = xi - x[j] - sx[code], dy = yi - y[j] - sy[code], dz = zi - z[j] - sz[code];
                final double r2 = dx * dx + dy * dy + dz * dz;
                final int k = row + type[j];
                if (r2 >= cut2[k]) continue;
                final double r2inv = 1.0 / r2;
                final double r6inv = r2inv * r2inv * r2inv;
                final double fpair = r6inv * (lj1[k] * r6inv - lj2[k]) * r2inv;
                final double ddx = dx * fpair, ddy = dy * fpair, ddz = dz * fpair;
                fxi += ddx; fyi += ddy; fzi += ddz;
                fx[j] -= ddx; fy[j] -= ddy; fz[j] -= ddz;
                if (eflag) {
                    final double u = r6inv * (lj3[k] * r6inv - lj4[k]) - off[k];
                    e += u;
                    wxx += dx * ddx; wyy += dy * ddy; wzz += dz * ddz;
                    wxy += dx * ddy; wxz += dx * ddz; wyz += dy * ddz;
                    if (pe != null) tallyAtom(i, j, u, dx, dy, dz, ddx, ddy, ddz, pe, st);
                }
            }
            fx[i] += fxi; fy[i] += fyi; fz[i] += fzi;
        }
        a[0] += e; a[1] += wxx; a[2] += wyy; a[3] += wzz; a[4] += wxy; a[5] += wxz; a[6] += wyz;
    }

    /** The generic loop for any {@link PairPotential} (sizes from the configuration's diameters). */
    private static void pairRows(int i0, int i1, Configuration c, PairPotential pot, NeighborList list,
                                 double[] fx, double[] fy, double[] fz, boolean eflag, double[] a,
                                 double[] pe, double[][] st) {
        final double[] x = c.x, y = c.y, z = c.z, diam = c.diameter;
        final int[] type = c.type;
        final int[] start = list.start(), pairs = list.pairs();
        final double[] sx = list.shiftX, sy = list.shiftY, sz = list.shiftZ;
        final int mask = NeighborList.INDEX_MASK, bits = NeighborList.INDEX_BITS;
        double e = 0, wxx = 0, wyy = 0, wzz = 0, wxy = 0, wxz = 0, wyz = 0;
        for (int i = i0; i < i1; i++) {
            final double xi = x[i], yi = y[i], zi = z[i], si = diam[i];
            final int ti = type[i];
            double fxi = 0, fyi = 0, fzi = 0;
            for (int p = start[i], pend = start[i + 1]; p < pend; p++) {
                final int entry = pairs[p];
                final int j = entry & mask, code = entry >>> bits;
                final double dx = xi - x[j] - sx[code], dy = yi - y[j] - sy[code], dz = zi - z[j] - sz[code];
                final double r2 = dx * dx + dy * dy + dz * dz;
                final int tj = type[j];
                final double sj = diam[j];
                if (r2 >= pot.cutoff2(ti, tj, si, sj)) continue;
                final double fpair = pot.forceOverR(r2, ti, tj, si, sj);
                final double ddx = dx * fpair, ddy = dy * fpair, ddz = dz * fpair;
                fxi += ddx; fyi += ddy; fzi += ddz;
                fx[j] -= ddx; fy[j] -= ddy; fz[j] -= ddz;
                if (eflag) {
                    final double u = pot.energy(r2, ti, tj, si, sj);
                    e += u;
                    wxx += dx * ddx; wyy += dy * ddy; wzz += dz * ddz;
                    wxy += dx * ddy; wxz += dx * ddz; wyz += dy * ddz;
                    if (pe != null) tallyAtom(i, j, u, dx, dy, dz, ddx, ddy, ddz, pe, st);
                }
            }
            fx[i] += fxi; fy[i] += fyi; fz[i] += fzi;
        }
        a[0] += e; a[1] += wxx; a[2] += wyy; a[3] += wzz; a[4] += wxy; a[5] += wxz; a[6] += wyz;
    }

    /** Half of a pair's energy and (negative) virial to each of its two particles (LAMMPS pe/atom, stress/atom). */
    private static void tallyAtom(int i, int j, double u, double dx, double dy, double dz,
                                  double ddx, double ddy, double ddz, double[] pe, double[][] st) {
        double hu = 0.5 * u;
        pe[i] += hu; pe[j] += hu;
        double sxx = -0.5 * dx * ddx, syy = -0.5 * dy * ddy, szz = -0.5 * dz * ddz;
        double sxy = -0.5 * dx * ddy, sxz = -0.5 * dx * ddz, syz = -0.5 * dy * ddz;
        st[XX][i] += sxx; st[XX][j] += sxx;
        st[YY][i] += syy; st[YY][j] += syy;
        st[ZZ][i] += szz; st[ZZ][j] += szz;
        st[XY][i] += sxy; st[XY][j] += sxy;
        st[XZ][i] += sxz; st[XZ][j] += sxz;
        st[YZ][i] += syz; st[YZ][j] += syz;
    }

    @Override
    public void close() {
        if (ownTeam) team.close();
    }
}
