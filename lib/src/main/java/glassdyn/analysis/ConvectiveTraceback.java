package glassdyn.analysis;

import glassdyn.space.Box;

/**
 * The convective (affine) traceback of a dynamic region (paper 000, Fig. 1(c); spec 000 section 2.5): a region
 * delineated at time {@code t_ref} (a voxel mask of {@link CageJumpRegions}) is carried by the imposed simple shear
 * {@code u_x = gamma_dot (y - y_0)} only, so at another time t a point belongs to the region iff its separation from
 * the region's convected centroid, minimum image in the box at t and sheared forward by {@code gamma_dot (t_ref - t)},
 * lands in the mask:
 * <pre>  dr = minimage_t(r - c(t)),  dr' = (dx + gamma_dot (t_ref - t) dy, dy, dz),  r in region  iff  c_ref + dr' in mask,</pre>
 * with {@code c(t) = c_ref - gamma_dot (t_ref - t) (c_y - y_0) x}. The region's volume is conserved (simple shear
 * has unit determinant) and no non-affine correction is made, so particles can enter and leave ("deterministic"
 * traceback). The box at t must be the Lees-Edwards box of the same run (tilt {@code xy(t) = xy(t_ref) -
 * gamma_dot L_y (t_ref - t)} modulo flips): the shear then maps the lattice at t onto the lattice at t_ref and
 * the test is exact for any purely affine motion.
 */
public final class ConvectiveTraceback {
    private final CageJumpRegions.Map map;
    private final int label;
    private final double tRef, rate, y0, cx, cy, cz;
    /** Centroid of the mask at t_ref (equal to (cx, cy, cz) unless the region is a shifted copy). */
    private final double mx, my, mz;

    /**
     * @param map    the regions at {@code tRef}
     * @param region the region to follow
     * @param rate   shear rate gamma_dot
     * @param y0     the zero-velocity plane of the flow (the integrator's)
     */
    public ConvectiveTraceback(CageJumpRegions.Map map, CageJumpRegions.Region region, double tRef, double rate, double y0) {
        this.map = map;
        this.label = region.label();
        this.tRef = tRef; this.rate = rate; this.y0 = y0;
        cx = region.cx(); cy = region.cy(); cz = region.cz();
        mx = cx; my = cy; mz = cz;
    }

    private ConvectiveTraceback(ConvectiveTraceback o, double sx, double sy, double sz) {
        map = o.map; label = o.label; tRef = o.tRef; rate = o.rate; y0 = o.y0;
        cx = o.cx + sx; cy = o.cy + sy; cz = o.cz + sz;
        mx = o.mx; my = o.my; mz = o.mz;
    }

    /**
     * The same region translated by (sx, sy, sz) at t_ref and traced back like a region delineated there: the same
     * shape, volume and window at another place (the random-region null of the cluster statistics).
     */
    public ConvectiveTraceback shifted(double sx, double sy, double sz) { return new ConvectiveTraceback(this, sx, sy, sz); }

    public double referenceTime() { return tRef; }
    public int label() { return label; }

    /** The convected centroid at time t: {@code (x, y, z)}. */
    public double[] centroidAt(double t) { return new double[] {cx - rate * (tRef - t) * (cy - y0), cy, cz}; }

    /** Whether the point {@code (x, y, z)} of the box {@code boxAtT} at time t lies inside the traced region. */
    public boolean contains(Box boxAtT, double t, double x, double y, double z, double[] scratch) {
        double s = rate * (tRef - t);
        scratch[0] = x - (cx - s * (cy - y0)); scratch[1] = y - cy; scratch[2] = boxAtT.dim() == 3 ? z - cz : 0;
        boxAtT.minimumImage(scratch);
        return map.labelAt(mx + scratch[0] + s * scratch[1], my + scratch[1], mz + scratch[2]) == label;
    }

    /** Membership of every particle at time t. */
    public boolean[] members(Box boxAtT, double t, double[] x, double[] y, double[] z) {
        boolean[] in = new boolean[x.length];
        double[] d = new double[3];
        for (int i = 0; i < x.length; i++) in[i] = contains(boxAtT, t, x[i], y[i], z == null ? 0 : z[i], d);
        return in;
    }
}
