package glassdyn.neighbors;

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
 * rebuilds (SLLOD). A half list holds each pair once with {@code i < j}; a full list holds it from both sides.
 *
 * <p><b>Rebuilds</b>: {@link #update(Configuration)} rebuilds when a particle has moved more than half the skin since
 * the last build, or (under shear) when {@code 2 max|dr| + |xy - xy_build| > skin}, or when the box lengths changed, or
 * after {@link #invalidate()}. A rebuild wraps every particle into the primary cell (keeping image counts); between
 * rebuilds positions must not be wrapped by anyone else, since the image codes refer to the positions at the build.
 * After changing the tilt by whole box lengths ({@link Box#flipTilt()}), call {@link #invalidate()}.
 *
 * <p><b>Cells</b> are built in fractional (sheared) coordinates with perpendicular widths of at least
 * {@code cutoff + skin}, so every pair within range lies in neighbouring cells; with fewer than three cells along a
 * direction the stencil still visits the images -1, 0, +1 along it, which covers small boxes (down to a perpendicular
 * width of {@code cutoff + skin}) including pairs that interact through more than one image.
 */
public final class NeighborList {
    /** Low bits of a packed entry: neighbour index. */
    public static final int INDEX_BITS = 27;
    public static final int INDEX_MASK = (1 << INDEX_BITS) - 1;
    /** Image code of the unshifted image. */
    public static final int CENTER = 13;

    private final double cutoff, skin;
    private final boolean full;
    private int[] start = new int[1];
    private int[] pairs = new int[0];
    /** Shift vectors per image code {@code (kx+1) + 3(ky+1) + 9(kz+1)} for the current box; see {@link #updateShifts}. */
    public final double[] shiftX = new double[27], shiftY = new double[27], shiftZ = new double[27];

    private double[] x0 = new double[0], y0 = new double[0], z0 = new double[0];
    private double xyBuild, lxBuild, lyBuild, lzBuild;
    private boolean valid;
    private long builds;
    private int[] cellOf = new int[0], cellStart = new int[1], cellAtoms = new int[0];

    /**
     * @param cutoff largest interaction range
     * @param skin   extra range; the list holds pairs closer than {@code cutoff + skin}
     * @param full   true for a full list (each pair from both sides), false for a half list ({@code i < j})
     */
    public NeighborList(double cutoff, double skin, boolean full) {
        if (!(cutoff > 0) || !Double.isFinite(cutoff)) throw new IllegalArgumentException("cutoff must be positive, got " + cutoff);
        if (!(skin >= 0) || !Double.isFinite(skin)) throw new IllegalArgumentException("skin must be non-negative, got " + skin);
        this.cutoff = cutoff;
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

    /** Forces a rebuild at the next {@link #update}. */
    public void invalidate() { valid = false; }

    /** Neighbour index of a packed entry. */
    public static int index(int entry) { return entry & INDEX_MASK; }
    /** Image code of a packed entry. */
    public static int image(int entry) { return entry >>> INDEX_BITS; }

    /** Rebuilds the list if needed (see class doc) and refreshes the image shifts; returns true when it rebuilt. */
    public boolean update(Configuration c) {
        boolean rebuild = !valid || c.n != x0.length || needsRebuild(c);
        if (rebuild) build(c);
        else updateShifts(c.box);
        return rebuild;
    }

    private boolean needsRebuild(Configuration c) {
        Box b = c.box;
        if (b.lx() != lxBuild || b.ly() != lyBuild || b.lz() != lzBuild) return true;
        double[] x = c.x, y = c.y, z = c.z;
        double max2 = 0;
        for (int i = 0; i < c.n; i++) {
            double dx = x[i] - x0[i], dy = y[i] - y0[i], dz = z[i] - z0[i];
            double d2 = dx * dx + dy * dy + dz * dz;
            if (d2 > max2) max2 = d2;
        }
        return 2 * Math.sqrt(max2) + Math.abs(b.xy() - xyBuild) > skin;
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
    public void build(Configuration c) {
        Box b = c.box;
        int n = c.n;
        if (n > INDEX_MASK) throw new IllegalArgumentException("too many particles for the neighbour list: " + n);
        double range = cutoff + skin, range2 = range * range;
        int dim = b.dim();
        // perpendicular widths of the sheared cell: along a, V/|b x c| = lx ly / |b|; along b, ly; along c, lz
        double wx = b.lx() * b.ly() / Math.hypot(b.ly(), b.xy());
        double wy = b.ly(), wz = dim == 3 ? b.lz() : Double.POSITIVE_INFINITY;
        if (wx < range || wy < range || wz < range)
            throw new IllegalArgumentException("box too small for cutoff + skin " + range + ": perpendicular widths "
                + wx + ", " + wy + (dim == 3 ? ", " + wz : "") + (b.xy() != 0 ? " (flip the tilt?)" : ""));
        int maxCells = Math.max(1, 2 * n);
        int nx = cells(wx, range, maxCells), ny = cells(wy, range, maxCells);
        int nz = dim == 3 ? cells(wz, range, maxCells) : 1;
        while ((long) nx * ny * nz > maxCells) { nx = Math.max(1, nx / 2); ny = Math.max(1, ny / 2); nz = Math.max(1, nz / 2); }
        int ncell = nx * ny * nz;

        c.wrapAll();
        updateShifts(b);
        double[] x = c.x, y = c.y, z = c.z;
        double xlo = b.xlo(), ylo = b.ylo(), zlo = b.zlo(), lx = b.lx(), ly = b.ly(), lz = b.lz(), xy = b.xy();
        if (cellOf.length != n) { cellOf = new int[n]; cellAtoms = new int[n]; }
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
        for (int i = 0; i < n; i++) cellAtoms[fill[cellOf[i]]++] = i;

        if (start.length != n + 1) start = new int[n + 1];
        int[] out = pairs;
        int m = 0;
        int zr = dim == 3 ? 1 : 0;
        for (int i = 0; i < n; i++) {
            start[i] = m;
            int cell = cellOf[i];
            int cx = cell % nx, cy = (cell / nx) % ny, cz = cell / (nx * ny);
            double xi = x[i], yi = y[i], zi = z[i];
            for (int oz = -zr; oz <= zr; oz++) {
                int jz = cz + oz, kz = Math.floorDiv(jz, nz);
                jz -= kz * nz;
                for (int oy = -1; oy <= 1; oy++) {
                    int jy = cy + oy, ky = Math.floorDiv(jy, ny);
                    jy -= ky * ny;
                    for (int ox = -1; ox <= 1; ox++) {
                        int jx = cx + ox, kx = Math.floorDiv(jx, nx);
                        jx -= kx * nx;
                        int code = (kx + 1) + 3 * (ky + 1) + 9 * (kz + 1);
                        double sxc = shiftX[code], syc = shiftY[code], szc = shiftZ[code];
                        int jc = (jz * ny + jy) * nx + jx;
                        int packedCode = code << INDEX_BITS;
                        for (int p = cellStart[jc], e = cellStart[jc + 1]; p < e; p++) {
                            int j = cellAtoms[p];
                            if (full ? j == i : j <= i) continue;
                            double dx = xi - x[j] - sxc, dy = yi - y[j] - syc, dz = zi - z[j] - szc;
                            if (dx * dx + dy * dy + dz * dz < range2) {
                                if (m == out.length) out = Arrays.copyOf(out, Math.max(1024, out.length + (out.length >> 1)));
                                out[m++] = j | packedCode;
                            }
                        }
                    }
                }
            }
        }
        start[n] = m;
        pairs = out;

        if (x0.length != n) { x0 = new double[n]; y0 = new double[n]; z0 = new double[n]; }
        System.arraycopy(x, 0, x0, 0, n);
        System.arraycopy(y, 0, y0, 0, n);
        System.arraycopy(z, 0, z0, 0, n);
        xyBuild = xy; lxBuild = lx; lyBuild = ly; lzBuild = b.lz();
        valid = true;
        builds++;
    }

    private static int cells(double width, double range, int max) {
        return (int) Math.max(1, Math.min(max, Math.floor(width / range)));
    }

    private static int clamp(int c, int n) { return c < 0 ? 0 : (c >= n ? n - 1 : c); }
}
