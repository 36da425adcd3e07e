package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.space.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Dynamic regions delineated from the density of cage jumps (paper 000, Fig. 1(b): "the boundary ... delineated
 * according to the density distribution of cage jumps"; the algorithm is in the unavailable Supplemental Material,
 * so every choice below is spec 000 section 2.4's default and a named constant): the jump positions, all referred to
 * one time (the caller maps them affinely), are smeared with a Gaussian kernel on a grid; voxels denser than
 * mean + k std form 26-connected components; components smaller than a minimum volume or holding too few jumps
 * are dropped. Each kept component is a region with its voxel mask, volume, centroid, jump count and gyration
 * tensor (paper 000 footnote [58]).
 *
 * <p>The grid lives in the fractional coordinates of the (Lees-Edwards tilted) box, so it is exactly periodic along
 * the three cell vectors and adjacent voxels across the sheared y boundary are adjacent in space; voxels are equal
 * parallelepipeds of volume V / (gx gy gz).
 */
public final class CageJumpRegions {
    /** Grid spacing 0.5 d_b: not stated (SM); spec 000 section 2.4 default. */
    public static final double GRID_SPACING = 0.5;
    /** Gaussian kernel width 1.0 d_b: not stated (SM); spec 000 section 2.4 default. */
    public static final double KERNEL_WIDTH = 1.0;
    /** Threshold rho* = mean + 1 std of the density: not stated (SM); spec 000 section 2.4 default. */
    public static final double THRESHOLD_STD = 1.0;
    /** Smallest kept region, a sphere of radius 1.5 d_b: not stated (SM); spec 000 section 2.4 default. */
    public static final double MIN_RADIUS = 1.5;
    /** Fewest cage jumps in a kept region: not stated (SM); spec 000 section 2.4 default. */
    public static final int MIN_JUMPS = 10;
    /** The kernel is cut at this many widths (exp(-4.5) = 1%). */
    public static final double KERNEL_RANGE = 3.0;

    private final double spacing, width, thresholdStd, minVolume;
    private final int minJumps;

    public CageJumpRegions(double spacing, double width, double thresholdStd, double minRadius, int minJumps) {
        if (!(spacing > 0)) throw InputException.parameter("grid-spacing", "must be positive", spacing);
        if (!(width > 0)) throw InputException.parameter("kernel-width", "must be positive", width);
        if (!Double.isFinite(thresholdStd)) throw InputException.parameter("threshold", "must be finite", thresholdStd);
        if (!(minRadius >= 0)) throw InputException.parameter("min-radius", "must be non-negative", minRadius);
        this.spacing = spacing; this.width = width; this.thresholdStd = thresholdStd;
        this.minVolume = 4 * Math.PI / 3 * minRadius * minRadius * minRadius;
        this.minJumps = minJumps;
    }

    /** Spec 000's defaults. */
    public CageJumpRegions() { this(GRID_SPACING, KERNEL_WIDTH, THRESHOLD_STD, MIN_RADIUS, MIN_JUMPS); }

    /**
     * One region: label (1, 2, ... by decreasing volume), voxels, volume (d_b^3), centroid, jumps inside, gyration
     * eigenvalue ratio (largest / smallest) and the gyration tensor (row-major 3 x 3) of its voxel centres.
     */
    public record Region(int label, int voxels, double volume, double cx, double cy, double cz, int jumps, double gyrationRatio, double[] gyration) {
        /** Radius of the sphere of the same volume, (3 V / 4 pi)^(1/3) (paper 000's xi_c of one region). */
        public double radius() { return Math.cbrt(3 * volume / (4 * Math.PI)); }

        /**
         * The gyration eigenvalue ratio of the region carried back by a simple shear of strain {@code s} (x -&gt; x - s y):
         * {@code G' = S G S^T}, S = [[1, -s, 0], [0, 1, 0], [0, 0, 1]]. With {@code s = gamma_dot (t_ref - t0)} it is the
         * shape at t0, where paper 000 footnote [58] measures it (average 1.26).
         */
        public double gyrationRatioShearedBack(double s) {
            double[] g = gyration, h = new double[9];
            double[][] sm = {{1, -s, 0}, {0, 1, 0}, {0, 0, 1}};
            for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) {
                double v = 0;
                for (int c = 0; c < 3; c++) for (int d = 0; d < 3; d++) v += sm[a][c] * g[3 * c + d] * sm[b][d];
                h[3 * a + b] = v;
            }
            double[] ev = eigenvalues(h);
            double lo = g[8] == 0 ? ev[1] : ev[0]; // 2D: the z row is empty
            return lo > 0 ? ev[2] / lo : Double.POSITIVE_INFINITY;
        }
    }

    /** The regions of one set of jumps and the voxel labels (0 outside every region). */
    public static final class Map {
        public final Box box;
        public final int gx, gy, gz;
        final int[] label;
        public final List<Region> regions;

        Map(Box box, int gx, int gy, int gz, int[] label, List<Region> regions) {
            this.box = box; this.gx = gx; this.gy = gy; this.gz = gz; this.label = label; this.regions = regions;
        }

        /** Volume of one voxel. */
        public double voxelVolume() { return box.volume() / ((double) gx * gy * gz); }

        /** Number of voxels. */
        public int voxels() { return label.length; }

        /** Label of voxel v (0 outside every region). */
        public int label(int v) { return label[v]; }

        /** Centre of voxel v in the box. */
        public double[] centre(int v) {
            double fx = (v % gx + 0.5) / gx, fy = ((v / gx) % gy + 0.5) / gy, fz = (v / (gx * gy) + 0.5) / gz;
            return new double[] {box.xlo() + fx * box.lx() + fy * box.xy(), box.ylo() + fy * box.ly(), box.dim() == 3 ? box.zlo() + fz * box.lz() : 0};
        }

        /** The region label at a point of the map's box (any periodic image), 0 outside. */
        public int labelAt(double x, double y, double z) { return label[voxel(box, gx, gy, gz, x, y, z)]; }
    }

    /** Voxel index of a point, wrapped along the three cell vectors. */
    public static int voxel(Box b, int gx, int gy, int gz, double x, double y, double z) {
        double sy = (y - b.ylo()) / b.ly();
        double sx = (x - b.xlo() - sy * b.xy()) / b.lx();
        double sz = b.dim() == 3 ? (z - b.zlo()) / b.lz() : 0;
        int i = Math.floorMod((int) Math.floor(sx * gx), gx), j = Math.floorMod((int) Math.floor(sy * gy), gy),
            k = Math.floorMod((int) Math.floor(sz * gz), gz);
        return (k * gy + j) * gx + i;
    }

    /** Regions of the jumps at {@code (x, y, z)} (positions in {@code box}, any image). */
    public Map compute(Box box, double[] x, double[] y, double[] z) {
        Box b = box.copy();
        int dim = b.dim();
        int gx = Math.max(3, (int) Math.round(b.lx() / spacing)), gy = Math.max(3, (int) Math.round(b.ly() / spacing)),
            gz = dim == 3 ? Math.max(3, (int) Math.round(b.lz() / spacing)) : 1;
        int cells = gx * gy * gz;
        double[] rho = density(b, gx, gy, gz, x, y, z);
        double mean = 0, var = 0;
        for (double r : rho) mean += r / cells;
        for (double r : rho) var += (r - mean) * (r - mean) / cells;
        double threshold = mean + thresholdStd * Math.sqrt(var);
        int[] raw = new int[cells];
        java.util.Arrays.fill(raw, -1);
        int[] jumpsIn = new int[cells];
        for (int p = 0; p < x.length; p++) jumpsIn[voxel(b, gx, gy, gz, x[p], y[p], z[p])]++;
        double vv = b.volume() / cells;
        List<double[]> found = new ArrayList<>(); // volume, voxels, cx, cy, cz, jumps, ratio, raw id
        int[] queue = new int[cells], ux = new int[cells], uy = new int[cells], uz = new int[cells];
        int components = 0;
        for (int seed = 0; seed < cells; seed++) {
            if (raw[seed] >= 0 || !(rho[seed] > threshold)) continue;
            int id = components++;
            int head = 0, tail = 0;
            queue[tail++] = seed; raw[seed] = id;
            ux[seed] = seed % gx; uy[seed] = (seed / gx) % gy; uz[seed] = seed / (gx * gy);
            int jumps = 0;
            double[] s = new double[3], ss = new double[9];
            while (head < tail) {
                int v = queue[head++];
                jumps += jumpsIn[v];
                // voxel centre, unwrapped through the grid coordinates carried along the search
                double fx = (ux[v] + 0.5) / gx, fy = (uy[v] + 0.5) / gy, fz = (uz[v] + 0.5) / gz;
                double[] r = {b.xlo() + fx * b.lx() + fy * b.xy(), b.ylo() + fy * b.ly(), dim == 3 ? b.zlo() + fz * b.lz() : 0};
                for (int a = 0; a < 3; a++) { s[a] += r[a]; for (int c = 0; c < 3; c++) ss[3 * a + c] += r[a] * r[c]; }
                for (int dz = dim == 3 ? -1 : 0; dz <= (dim == 3 ? 1 : 0); dz++)
                    for (int dy = -1; dy <= 1; dy++)
                        for (int dx = -1; dx <= 1; dx++) {
                            if (dx == 0 && dy == 0 && dz == 0) continue;
                            int nxu = ux[v] + dx, nyu = uy[v] + dy, nzu = uz[v] + dz;
                            int w = (Math.floorMod(nzu, gz) * gy + Math.floorMod(nyu, gy)) * gx + Math.floorMod(nxu, gx);
                            if (raw[w] >= 0 || !(rho[w] > threshold)) continue;
                            raw[w] = id; ux[w] = nxu; uy[w] = nyu; uz[w] = nzu;
                            queue[tail++] = w;
                        }
            }
            int m = tail;
            double[] c = {s[0] / m, s[1] / m, s[2] / m};
            double[] g = new double[9];
            for (int a = 0; a < 3; a++) for (int e = 0; e < 3; e++) g[3 * a + e] = ss[3 * a + e] / m - c[a] * c[e];
            double[] ev = eigenvalues(g);
            double lo = dim == 3 ? ev[0] : ev[1];
            double ratio = lo > 0 ? ev[2] / lo : Double.POSITIVE_INFINITY;
            // wrap the centroid into the cell
            double[] cw = c.clone();
            double[] cwz = {cw[2]};
            double[] cwx = {cw[0]}, cwy = {cw[1]};
            b.wrap(0, cwx, cwy, dim == 3 ? cwz : null, new int[1], new int[1], dim == 3 ? new int[1] : null);
            found.add(new double[] {m * vv, m, cwx[0], cwy[0], dim == 3 ? cwz[0] : 0, jumps, ratio, id, g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8]});
        }
        found.removeIf(f -> f[0] < minVolume || f[5] < minJumps);
        found.sort((p, q) -> p[0] != q[0] ? Double.compare(q[0], p[0]) : Double.compare(p[7], q[7]));
        int[] relabel = new int[components];
        List<Region> regions = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            double[] f = found.get(k);
            relabel[(int) f[7]] = k + 1;
            regions.add(new Region(k + 1, (int) f[1], f[0], f[2], f[3], f[4], (int) f[5], f[6], java.util.Arrays.copyOfRange(f, 8, 17)));
        }
        int[] label = new int[cells];
        for (int v = 0; v < cells; v++) label[v] = raw[v] >= 0 ? relabel[raw[v]] : 0;
        return new Map(b, gx, gy, gz, label, List.copyOf(regions));
    }

    /** Gaussian-kernel density of the points on the fractional grid (minimum image in the tilted cell). */
    private double[] density(Box b, int gx, int gy, int gz, double[] x, double[] y, double[] z) {
        int dim = b.dim();
        double rc = KERNEL_RANGE * width, rc2 = rc * rc, inv2 = 1 / (2 * width * width);
        double hx = b.lx() / gx, hy = b.ly() / gy, hz = b.lz() / gz;
        int ry = (int) Math.ceil(rc / hy) + 1, rz = dim == 3 ? (int) Math.ceil(rc / hz) + 1 : 0;
        int rx = (int) Math.ceil((rc + Math.abs(b.xy()) / b.ly() * rc) / hx) + 1;
        rx = Math.min(rx, (gx - 1) / 2); ry = Math.min(ry, (gy - 1) / 2); rz = Math.min(rz, (gz - 1) / 2);
        double[] rho = new double[gx * gy * gz];
        double[] d = new double[3];
        for (int p = 0; p < x.length; p++) {
            double sy = (y[p] - b.ylo()) / b.ly(), sx = (x[p] - b.xlo() - sy * b.xy()) / b.lx();
            double sz = dim == 3 ? (z[p] - b.zlo()) / b.lz() : 0;
            int i0 = (int) Math.floor(sx * gx), j0 = (int) Math.floor(sy * gy), k0 = (int) Math.floor(sz * gz);
            for (int dk = -rz; dk <= rz; dk++)
                for (int dj = -ry; dj <= ry; dj++)
                    for (int di = -rx; di <= rx; di++) {
                        int i = i0 + di, j = j0 + dj, k = k0 + dk;
                        double fx = (i + 0.5) / gx, fy = (j + 0.5) / gy, fz = (k + 0.5) / gz;
                        d[0] = b.xlo() + fx * b.lx() + fy * b.xy() - x[p];
                        d[1] = b.ylo() + fy * b.ly() - y[p];
                        d[2] = dim == 3 ? b.zlo() + fz * b.lz() - z[p] : 0;
                        b.minimumImage(d);
                        double r2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
                        if (r2 >= rc2) continue;
                        int v = (Math.floorMod(k, gz) * gy + Math.floorMod(j, gy)) * gx + Math.floorMod(i, gx);
                        rho[v] += Math.exp(-r2 * inv2);
                    }
        }
        return rho;
    }

    /** Ascending eigenvalues of a symmetric 3 x 3 matrix (row-major). */
    public static double[] eigenvalues(double[] g) {
        var eig = org.ejml.dense.row.factory.DecompositionFactory_DDRM.eig(3, false, true);
        if (!eig.decompose(new org.ejml.data.DMatrixRMaj(3, 3, true, g.clone())))
            throw new IllegalStateException("eigen-decomposition of the gyration tensor failed");
        double[] ev = new double[3];
        for (int a = 0; a < 3; a++) ev[a] = eig.getEigenvalue(a).real;
        java.util.Arrays.sort(ev);
        return ev;
    }
}
