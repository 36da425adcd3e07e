package glassdyn.neighbors;

import glassdyn.parallel.ThreadTeam;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;

import java.util.Arrays;

/**
 * Verlet neighbour list with a skin, built from a cell list, for 2D and 3D boxes with an xy tilt (Lees-Edwards offset).
 *
 * <p><b>Layout</b> (compressed rows): the neighbours of particle {@code i} are {@code pairs()[start()[i] .. start()[i+1])}.
 * Each entry packs the neighbour index {@code j = entry & INDEX_MASK} and an image code {@code c = entry >>> INDEX_BITS};
 * the neighbour's interacting image is at {@code r_j + shift(c)}, so the separation is
 * {@code r_i - r_j - (shiftX[c], shiftY[c], shiftZ[c])} with no minimum-image arithmetic in the force loop. The image
 * code stands for whole cell vectors {@code kx a + ky b + kz c} ({@code a = (lx,0,0)}, {@code b = (xy,ly,0)},
 * {@code c = (0,0,lz)}), so {@link #updateShifts(Box)} gives the right separation even while the tilt changes between
 * rebuilds (SLLOD). A half list holds each pair once (in the row of either particle); a full list holds it from both
 * sides, with all neighbours of {@code i} in row {@code i}.
 *
 * <p><b>Rebuilds</b>: {@link #update(Configuration)} rebuilds when a particle has moved more than half the skin since
 * the last build, or (under shear) when {@code 2 max|dr| + |xy - xy_build| > skin}, or when the box lengths changed, or
 * after {@link #invalidate()}. A rebuild wraps every particle into the primary cell (keeping image counts); between
 * rebuilds positions must not be wrapped by anyone else, since the image codes refer to the positions at the build.
 * After changing the tilt by whole box lengths ({@link Box#flipTilt()}), call {@link #invalidate()}.
 *
 * <p><b>Cells</b> are built in fractional (sheared) coordinates with perpendicular widths of at least half of
 * {@code cutoff + skin}; a stencil of cell offsets (pruned by a lower bound on the cell-cell distance) covers the range.
 * When the box is large enough that no two offsets wrap onto the same cell, a half stencil finds each pair once (as
 * LAMMPS's half/bin/newton lists); in small boxes the full stencil with an {@code i < j} filter is used, whose
 * offsets map to distinct periodic images, so boxes down to a perpendicular width of {@code cutoff + skin} work,
 * including pairs that interact through more than one image. Coordinates are gathered in cell order for the scan.
 * The half-stencil scan runs eight slots at a time on 512-bit vectors where the JVM has the Vector API module and the
 * CPU AVX-512 ({@link VectorRangeScan}: 2.4x faster builds, measured in session 11), else the scalar loop; both append
 * the same entries in the same order, so the list does not depend on which one ran.
 */
public final class NeighborList {
    /** Low bits of a packed entry: neighbour index. */
    public static final int INDEX_BITS = 27;
    public static final int INDEX_MASK = (1 << INDEX_BITS) - 1;
    /** Image code of the unshifted image. */
    public static final int CENTER = 13;

    private final double cutoff, skin;
    private final boolean full;
    /** Squared list range per species pair {@code a*species+b} (cutoff_ab + skin)^2; one entry when species-blind. */
    private final double[] rangeSq;
    private final int species;
    private int[] start = new int[1];
    private int[] pairs = new int[0];
    /** Shift vectors per image code {@code (kx+1) + 3(ky+1) + 9(kz+1)} for the current box; see {@link #updateShifts}. */
    public final double[] shiftX = new double[27], shiftY = new double[27], shiftZ = new double[27];

    private double[] x0 = new double[0], y0 = new double[0], z0 = new double[0];
    private double xyBuild, lxBuild, lyBuild, lzBuild, slack;
    private boolean valid;
    private long builds;
    private int[] cellOf = new int[0], cellStart = new int[1], cellAtoms = new int[0], slot = new int[0];
    private double[] xs = new double[0], ys = new double[0], zs = new double[0];
    private int[] ts = new int[0];
    private int[] rowY = new int[0], rowZ = new int[0], rowXmin = new int[0], rowXmax = new int[0];
    private int[] segFirst = new int[1], segFrom = new int[0], segTo = new int[0], segCode = new int[0];
    private int segNx, segNy, segNz, segRows = -1;
    private boolean segHalf, rowsChanged;
    private int[][] partPairs = new int[0][];
    private int[] partCount = new int[0];
    private double[] scanX, scanY, scanZ;
    private int scanN, scanNt;
    private boolean scanHalf;
    private final java.util.function.IntConsumer scanBody = this::scanPart, checkBody = this::checkPart;
    private double[] partMax2 = new double[0];
    /** The half-list scan: SIMD where available (the same entries in the same order as the scalar one). */
    private final RangeScan scanner;
    private Configuration checked;
    /** Cells per neighbour range: half-range cells scan about half the volume of full-range ones (as LAMMPS bins). */
    static final int SUBDIVISION = 2;

    /**
     * @param cutoff largest interaction range
     * @param skin   extra range; the list holds pairs closer than {@code cutoff + skin}
     * @param full   true for a full list (each pair from both sides), false for a half list ({@code i < j})
     */
    public NeighborList(double cutoff, double skin, boolean full) {
        this(new double[][] {{cutoff}}, skin, full);
    }

    /**
     * A list whose range depends on the species pair, {@code cutoffs[a][b] + skin} (as LAMMPS's per-type-pair
     * neighbour cutoffs), so short-ranged pairs carry fewer list entries. Particles of species beyond the table are
     * an error.
     */
    public NeighborList(double[][] cutoffs, double skin, boolean full) {
        this(cutoffs, skin, full, RangeScan.vector());
    }

    /** As {@link #NeighborList(double[][], double, boolean)} with a given half-list scan (tests compare the two). */
    NeighborList(double[][] cutoffs, double skin, boolean full, RangeScan scanner) {
        this.scanner = scanner;
        if (!(skin >= 0) || !Double.isFinite(skin)) throw new IllegalArgumentException("skin must be non-negative, got " + skin);
        species = cutoffs.length;
        rangeSq = new double[species * species];
        double max = 0;
        for (int a = 0; a < species; a++)
            for (int b = 0; b < species; b++) {
                double rc = cutoffs[a][b];
                if (!(rc > 0) || !Double.isFinite(rc) || rc != cutoffs[b][a])
                    throw new IllegalArgumentException("cutoffs must be positive, finite and symmetric, got " + rc);
                rangeSq[a * species + b] = (rc + skin) * (rc + skin);
                max = Math.max(max, rc);
            }
        this.cutoff = max;
        this.skin = skin;
        this.full = full;
    }

    /** A half list ({@code i < j}). */
    public NeighborList(double cutoff, double skin) { this(cutoff, skin, false); }

    public double cutoff() { return cutoff; }
    public double skin() { return skin; }
    public boolean isFull() { return full; }
    /** Row offsets, length {@code n + 1}. Valid until the next rebuild. */
    public int[] start() { return start; }
    /** Packed entries (see class doc). Valid until the next rebuild. */
    public int[] pairs() { return pairs; }
    /** Number of entries in the list. */
    public int size() { return start[start.length - 1]; }
    /** How many times the list was built. */
    public long builds() { return builds; }

    /** Particle indices in cell order at the last build (a spatially local ordering; see SpatialSort). */
    public int[] cellOrder() { return java.util.Arrays.copyOf(cellAtoms, x0.length); }

    /** As {@link #cellOrder()}, into {@code into} (length at least n), without allocating. */
    public void cellOrder(int[] into) { System.arraycopy(cellAtoms, 0, into, 0, x0.length); }

    /** Whether the half-list build runs the SIMD scan ({@link VectorRangeScan}); the list is the same either way. */
    public boolean vectorScan() { return scanner != RangeScan.SCALAR; }

    /** Forces a rebuild at the next {@link #update}. */
    public void invalidate() { valid = false; }

    /** Neighbour index of a packed entry. */
    public static int index(int entry) { return entry & INDEX_MASK; }
    /** Image code of a packed entry. */
    public static int image(int entry) { return entry >>> INDEX_BITS; }

    /** Rebuilds the list if needed (see class doc) and refreshes the image shifts; returns true when it rebuilt. */
    public boolean update(Configuration c) { return update(c, null); }

    /** As {@link #update(Configuration)}, rebuilding on a thread team. */
    public boolean update(Configuration c, ThreadTeam team) {
        boolean rebuild = !valid || c.n != x0.length || needsRebuild(c, team);
        if (rebuild) build(c, team);
        else updateShifts(c.box);
        return rebuild;
    }

    /** The displacement check (LAMMPS {@code check yes}), over particle slices on the team when it has several threads. */
    private boolean needsRebuild(Configuration c, ThreadTeam team) {
        Box b = c.box;
        if (b.lx() != lxBuild || b.ly() != lyBuild || b.lz() != lzBuild) return true;
        double max2;
        if (team == null || team.size() == 1) max2 = maxDisplacement2(c, 0, c.n);
        else {
            if (partMax2.length != team.size()) partMax2 = new double[team.size()];
            checked = c;
            team.run(checkBody);
            checked = null;
            max2 = 0;
            for (double m : partMax2) max2 = Math.max(max2, m);
        }
        slack = skin - 2 * Math.sqrt(max2) - Math.abs(b.xy() - xyBuild);
        return slack < 0;
    }

    /**
     * The part of the skin not used up at the last {@link #update} ({@code skin - 2 max|r - r_build| - |xy - xy_build|};
     * the whole skin right after a build): any pair may change length by this much more before the list goes stale.
     */
    public double slack() { return slack; }

    private void checkPart(int t) {
        int parts = partMax2.length, n = checked.n;
        partMax2[t] = maxDisplacement2(checked, (int) ((long) n * t / parts), (int) ((long) n * (t + 1) / parts));
    }

    /** The largest squared displacement since the last build among particles {@code [lo, hi)}. */
    private double maxDisplacement2(Configuration c, int lo, int hi) {
        double[] x = c.x, y = c.y, z = c.z, x0 = this.x0, y0 = this.y0, z0 = this.z0;
        double max2 = 0;
        for (int i = lo; i < hi; i++) {
            double dx = x[i] - x0[i], dy = y[i] - y0[i], dz = z[i] - z0[i];
            double d2 = dx * dx + dy * dy + dz * dz;
            if (d2 > max2) max2 = d2;
        }
        return max2;
    }

    /**
     * Squared length of the pair {@code entry} of row {@code i} as it was at the last build (build positions, box lengths
     * and tilt). Until the next rebuild a pair changes length by at most the skin (the displacement check), so a pair
     * longer than {@code a + skin} at the build stays longer than {@code a}.
     */
    public double buildDistance2(int i, int entry) {
        int j = index(entry), code = image(entry);
        int kx = code % 3 - 1, ky = code / 3 % 3 - 1, kz = code / 9 - 1;
        double dx = x0[i] - x0[j] - (kx * lxBuild + ky * xyBuild), dy = y0[i] - y0[j] - ky * lyBuild,
            dz = kz == 0 ? z0[i] - z0[j] : z0[i] - z0[j] - kz * lzBuild;
        return dx * dx + dy * dy + dz * dz;
    }

    /** Shift vectors of the 27 image codes for the box's current lengths and tilt. */
    public void updateShifts(Box b) {
        for (int kz = -1; kz <= 1; kz++)
            for (int ky = -1; ky <= 1; ky++)
                for (int kx = -1; kx <= 1; kx++) {
                    int code = (kx + 1) + 3 * (ky + 1) + 9 * (kz + 1);
                    shiftX[code] = kx * b.lx() + ky * b.xy();
                    shiftY[code] = ky * b.ly();
                    shiftZ[code] = b.dim() == 3 ? kz * b.lz() : 0;
                }
    }

    /** Wraps all particles into the primary cell and builds the list from scratch. */
    public void build(Configuration c) { build(c, null); }

    /** As {@link #build(Configuration)}, scanning the rows on a thread team (the list does not depend on the team). */
    public void build(Configuration c, ThreadTeam team) {
        Box b = c.box;
        int n = c.n;
        if (n > INDEX_MASK) throw new IllegalArgumentException("too many particles for the neighbour list: " + n);
        double range = cutoff + skin;
        int dim = b.dim();
        int nt = species;
        if (nt > 1) for (int i = 0; i < n; i++)
            if (c.type[i] >= nt) throw new IllegalArgumentException("particle type index " + c.type[i] + " beyond the "
                + nt + " species of the neighbour cutoffs");
        if (b.isGeneralTriclinic())
            throw new IllegalArgumentException("the MD neighbour list runs orthogonal or xy-tilted (Lees-Edwards) cells only, got xz="
                + b.xz() + " yz=" + b.yz() + " (analyses of such cells work; simulations do not)");
        // perpendicular widths of the sheared cell: along a, V/|b x c| = lx ly / |b|; along b, ly; along c, lz
        double wx = b.lx() * b.ly() / Math.hypot(b.ly(), b.xy());
        double wy = b.ly(), wz = dim == 3 ? b.lz() : Double.POSITIVE_INFINITY;
        if (wx < range || wy < range || wz < range)
            throw new IllegalArgumentException("box too small for cutoff + skin " + range + ": perpendicular widths "
                + wx + ", " + wy + (dim == 3 ? ", " + wz : "") + (b.xy() != 0 ? " (flip the tilt?)" : ""));
        int maxCells = Math.max(8, 4 * n);
        int nx = cells(wx, range / SUBDIVISION, maxCells), ny = cells(wy, range / SUBDIVISION, maxCells);
        int nz = dim == 3 ? cells(wz, range / SUBDIVISION, maxCells) : 1;
        while ((long) nx * ny * nz > maxCells) { nx = Math.max(SUBDIVISION, nx / 2); ny = Math.max(SUBDIVISION, ny / 2); nz = dim == 3 ? Math.max(SUBDIVISION, nz / 2) : 1; }
        int ncell = nx * ny * nz;
        // cells reach at least range/SUBDIVISION, so neighbours lie within SUBDIVISION cells along each direction
        int rx = reach(wx / nx, range), ry = reach(wy / ny, range), rz = dim == 3 ? reach(wz / nz, range) : 0;
        // half stencil (each cell pair once) only when no offset wraps onto another offset's cell
        boolean half = !full && nx > 2 * rx && ny > 2 * ry && (dim == 2 || nz > 2 * rz);
        int rowCount = stencilRows(rx, ry, rz, wx / nx, wy / ny, dim == 3 ? wz / nz : 0, b.xy() != 0, range, half);

        c.wrapAll();
        updateShifts(b);
        double[] x = c.x, y = c.y, z = c.z;
        double xlo = b.xlo(), ylo = b.ylo(), zlo = b.zlo(), lx = b.lx(), ly = b.ly(), lz = b.lz(), xy = b.xy();
        if (cellOf.length != n) {
            // the slot arrays carry RangeScan.SLACK padding entries for whole-vector loads past the last particle
            int padded = n + RangeScan.SLACK;
            cellOf = new int[n]; cellAtoms = new int[padded]; slot = new int[n]; ts = new int[padded];
            xs = new double[padded]; ys = new double[padded]; zs = new double[padded];
        }
        if (cellStart.length != ncell + 1) cellStart = new int[ncell + 1];
        else Arrays.fill(cellStart, 0);
        for (int i = 0; i < n; i++) {
            double sy = (y[i] - ylo) / ly;
            double sx = (x[i] - xlo - (y[i] - ylo) * (xy / ly)) / lx;
            int cx = clamp((int) (sx * nx), nx), cy = clamp((int) (sy * ny), ny);
            int cz = dim == 3 ? clamp((int) ((z[i] - zlo) / lz * nz), nz) : 0;
            int cell = (cz * ny + cy) * nx + cx;
            cellOf[i] = cell;
            cellStart[cell + 1]++;
        }
        for (int k = 0; k < ncell; k++) cellStart[k + 1] += cellStart[k];
        int[] fill = Arrays.copyOf(cellStart, ncell);
        for (int i = 0; i < n; i++) {
            int p = fill[cellOf[i]]++;
            cellAtoms[p] = i;
            slot[i] = p;
            xs[p] = x[i]; ys[p] = y[i]; zs[p] = z[i];
            ts[p] = nt > 1 ? c.type[i] : 0;
        }

        // every cell's stencil as runs of consecutive cells along x (contiguous in the cell-sorted arrays), split where
        // the run wraps around x; each run has one image code
        if (nx != segNx || ny != segNy || nz != segNz || half != segHalf || rowCount != segRows || rowsChanged) {
            segments(nx, ny, nz, rowCount, half);
            segNx = nx; segNy = ny; segNz = nz; segHalf = half; segRows = rowCount;
        }

        if (start.length != n + 1) start = new int[n + 1];
        scanX = x; scanY = y; scanZ = z; scanN = n; scanNt = nt; scanHalf = half;
        int parts = team == null ? 1 : team.size();
        if (partPairs.length != parts) { partPairs = new int[parts][0]; partCount = new int[parts]; }
        if (parts == 1) {
            partPairs[0] = pairs;
            scanPart(0);
            pairs = partPairs[0];
            start[n] = partCount[0];
        } else {
            team.run(scanBody);
            int total = 0;
            for (int t = 0; t < parts; t++) total += partCount[t];
            if (pairs.length < total || pairs == partPairs[0]) pairs = new int[total + (total >> 3)];
            int base = 0;
            for (int t = 0; t < parts; t++) {
                int lo = (int) ((long) n * t / parts), hi = (int) ((long) n * (t + 1) / parts);
                for (int i = lo; i < hi; i++) start[i] += base;
                System.arraycopy(partPairs[t], 0, pairs, base, partCount[t]);
                base += partCount[t];
            }
            start[n] = total;
        }
        scanX = scanY = scanZ = null;

        if (x0.length != n) { x0 = new double[n]; y0 = new double[n]; z0 = new double[n]; }
        System.arraycopy(x, 0, x0, 0, n);
        System.arraycopy(y, 0, y0, 0, n);
        System.arraycopy(z, 0, z0, 0, n);
        xyBuild = xy; lxBuild = lx; lyBuild = ly; lzBuild = b.lz();
        slack = skin;
        valid = true;
        builds++;
    }

    /** Rows {@code [n t / parts, n (t+1) / parts)} into part {@code t}'s buffer, row offsets local to the part. */
    private void scanPart(int t) {
        int parts = partPairs.length, n = scanN, nt = scanNt;
        boolean half = scanHalf;
        int lo = (int) ((long) n * t / parts), hi = (int) ((long) n * (t + 1) / parts);
        final double[] x = scanX, y = scanY, z = scanZ, xs = this.xs, ys = this.ys, zs = this.zs, rsq = rangeSq;
        final int[] ts = this.ts, cellAtoms = this.cellAtoms, cellStart = this.cellStart, cellOf = this.cellOf, slot = this.slot;
        final int[] segFirst = this.segFirst, segFrom = this.segFrom, segTo = this.segTo, segCode = this.segCode;
        final int[] start = this.start;
        int[] out = partPairs[t];
        int m = 0;
        for (int i = lo; i < hi; i++) {
            start[i] = m;
            int cell = cellOf[i];
            double xi = x[i], yi = y[i], zi = z[i];
            int self = slot[i];
            int row = ts[self] * nt;
            for (int q = segFirst[cell], qe = segFirst[cell + 1]; q < qe; q++) {
                int code = segCode[q];
                boolean fromSelf = code < 0;
                if (fromSelf) code = ~code;
                double xic = xi - shiftX[code], yic = yi - shiftY[code], zic = zi - shiftZ[code];
                int packedCode = code << INDEX_BITS;
                int p = fromSelf ? self + 1 : cellStart[segFrom[q]], e = cellStart[segTo[q] + 1];
                if (half) {
                    if (out.length - m < e - p + RangeScan.SLACK)
                        out = Arrays.copyOf(out, Math.max(out.length + (out.length >> 1), m + e - p + 1024));
                    m = scanner.scan(p, e, xic, yic, zic, xs, ys, zs, ts, cellAtoms, rsq, row, packedCode, out, m);
                } else {
                    for (; p < e; p++) {
                        double dx = xic - xs[p], dy = yic - ys[p], dz = zic - zs[p];
                        if (dx * dx + dy * dy + dz * dz < rsq[row + ts[p]]) {
                            int j = cellAtoms[p];
                            if (full ? j == i : j <= i) continue;
                            if (m == out.length) out = Arrays.copyOf(out, Math.max(1024, out.length + (out.length >> 1)));
                            out[m++] = j | packedCode;
                        }
                    }
                }
            }
        }
        partPairs[t] = out;
        partCount[t] = m;
    }

    /** Cells needed along a direction to cover {@code range} with cells of perpendicular width {@code w}. */
    private static int reach(double w, double range) { return (int) Math.ceil(range / w - 1e-12); }

    /**
     * Fills the stencil rows: for each (oy, oz) the range {@code [oxMin, oxMax]} of x offsets whose cells can hold a
     * point within {@code range} of a point of cell 0; returns the number of rows. Lower bound on the distance between
     * cells {@code o} apart: the perpendicular gaps {@code (|o_d| - 1) w_d}, combined in quadrature for an orthogonal box
     * and by their maximum for a tilted one. A half stencil keeps the offsets from the centre on in (z, y, x) order.
     */
    private int stencilRows(int rx, int ry, int rz, double wx, double wy, double wz, boolean tilted, double range, boolean half) {
        int max = (2 * ry + 1) * (2 * rz + 1);
        rowsChanged = false;
        if (rowY.length < max) {
            rowY = new int[max]; rowZ = new int[max]; rowXmin = new int[max]; rowXmax = new int[max];
            rowsChanged = true;
        }
        int k = 0;
        for (int oz = -rz; oz <= rz; oz++)
            for (int oy = -ry; oy <= ry; oy++) {
                if (half && (oz < 0 || (oz == 0 && oy < 0))) continue;
                int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
                for (int ox = (half && oz == 0 && oy == 0) ? 0 : -rx; ox <= rx; ox++) {
                    double gx = Math.max(0, Math.abs(ox) - 1) * wx, gy = Math.max(0, Math.abs(oy) - 1) * wy;
                    double gz = Math.max(0, Math.abs(oz) - 1) * wz;
                    double bound = tilted ? Math.max(gx, Math.max(gy, gz)) : Math.sqrt(gx * gx + gy * gy + gz * gz);
                    if (bound >= range) continue;
                    lo = Math.min(lo, ox);
                    hi = Math.max(hi, ox);
                }
                if (lo > hi) continue;
                if (rowY[k] != oy || rowZ[k] != oz || rowXmin[k] != lo || rowXmax[k] != hi) rowsChanged = true;
                rowY[k] = oy; rowZ[k] = oz; rowXmin[k] = lo; rowXmax[k] = hi;
                k++;
            }
        return k;
    }

    /**
     * Per cell, the stencil rows as runs of cells {@code segFrom..segTo} (same y and z, consecutive x) with their image
     * code; a run that starts at the cell itself in a half list has its code stored as {@code ~code} (the scan then
     * starts after the particle itself, so each pair within the cell is found once).
     */
    private void segments(int nx, int ny, int nz, int rowCount, boolean half) {
        int ncell = nx * ny * nz;
        if (segFirst.length != ncell + 1) segFirst = new int[ncell + 1];
        int q = 0;
        for (int cz = 0, cell = 0; cz < nz; cz++)
            for (int cy = 0; cy < ny; cy++)
                for (int cx = 0; cx < nx; cx++, cell++) {
                    segFirst[cell] = q;
                    for (int r = 0; r < rowCount; r++) {
                        int jy = cy + rowY[r], ky = Math.floorDiv(jy, ny);
                        int jz = cz + rowZ[r], kz = Math.floorDiv(jz, nz);
                        jy -= ky * ny; jz -= kz * nz;
                        int base = (jz * ny + jy) * nx;
                        int xa = cx + rowXmin[r], xb = cx + rowXmax[r];
                        boolean centreRow = half && rowY[r] == 0 && rowZ[r] == 0;
                        for (int kx = Math.floorDiv(xa, nx), kxEnd = Math.floorDiv(xb, nx); kx <= kxEnd; kx++) {
                            int from = Math.max(xa, kx * nx) - kx * nx, to = Math.min(xb, kx * nx + nx - 1) - kx * nx;
                            int code = (kx + 1) + 3 * (ky + 1) + 9 * (kz + 1);
                            if (q == segCode.length) {
                                int len = Math.max(1024, 2 * q);
                                segFrom = Arrays.copyOf(segFrom, len); segTo = Arrays.copyOf(segTo, len); segCode = Arrays.copyOf(segCode, len);
                            }
                            segFrom[q] = base + from;
                            segTo[q] = base + to;
                            segCode[q] = centreRow && kx == 0 && from == cx ? ~code : code;
                            q++;
                        }
                    }
                }
        segFirst[ncell] = q;
    }

    private static int cells(double width, double range, int max) {
        return (int) Math.max(1, Math.min(max, Math.floor(width / range)));
    }

    private static int clamp(int c, int n) { return c < 0 ? 0 : (c >= n ? n - 1 : c); }
}
