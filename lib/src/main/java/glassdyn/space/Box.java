package glassdyn.space;

/**
 * A periodic simulation cell in 2D or 3D: orthogonal, sheared in the xy plane by a Lees-Edwards offset, or (for
 * imported data) a general triclinic cell. The tilts are the LAMMPS triclinic tilt factors: the cell vectors are
 * {@code a = (lx, 0, 0)}, {@code b = (xy, ly, 0)}, {@code c = (xz, yz, lz)} from the corner {@code (xlo, ylo, zlo)}
 * (LAMMPS "Triclinic (non-orthogonal) simulation boxes", Howto triclinic). The MD engine uses {@code xy} only; boxes
 * with {@code xz} or {@code yz} come from files ({@link #isGeneralTriclinic()}) and the code paths of an
 * xy-only box are unchanged by them (the general branches are separate). A Lees-Edwards image of a particle one
 * period up in y is displaced by {@code +xy} in x; the flow is along x, the gradient along y.
 *
 * <p>The tilt may grow without bound under steady shear; {@link #flipTilt()} maps it back into
 * {@code [-lx/2, lx/2]} (the same lattice of images, as LAMMPS's {@code fix deform flip yes}). Minimum image is
 * exact for separations shorter than half the smallest perpendicular width of a box whose tilt is in that range.
 *
 * <p>In 2D, {@code lz} is 1 and unused; {@link #volume()} is the area. Lengths are in the model's reduced units.
 */
public final class Box {
    private final int dim;
    private double xlo, ylo, zlo;
    private double lx, ly, lz;
    private double xy;
    private double xz, yz;
    /** xz != 0 || yz != 0, kept as one flag so the xy-only paths pay a single predictable branch. */
    private boolean general;

    /** An orthogonal or xy-tilted box; {@code dim} is 2 or 3 (in 2D {@code zlo, lz} are ignored). */
    public Box(int dim, double xlo, double ylo, double zlo, double lx, double ly, double lz, double xy) {
        if (dim != 2 && dim != 3) throw new IllegalArgumentException("box dimension must be 2 or 3, got " + dim);
        if (!(lx > 0) || !(ly > 0) || (dim == 3 && !(lz > 0)) || !Double.isFinite(lx + ly + (dim == 3 ? lz : 0)))
            throw new IllegalArgumentException("box lengths must be positive and finite, got " + lx + " " + ly + " " + lz);
        if (!Double.isFinite(xy)) throw new IllegalArgumentException("box tilt xy must be finite, got " + xy);
        this.dim = dim;
        this.xlo = xlo; this.ylo = ylo; this.zlo = dim == 3 ? zlo : 0;
        this.lx = lx; this.ly = ly; this.lz = dim == 3 ? lz : 1.0;
        this.xy = xy;
    }

    /**
     * A general triclinic box (3D; in 2D {@code xz, yz} must be 0): cell vectors {@code a = (lx,0,0)},
     * {@code b = (xy,ly,0)}, {@code c = (xz,yz,lz)} from the corner {@code (xlo, ylo, zlo)}.
     */
    public Box(int dim, double xlo, double ylo, double zlo, double lx, double ly, double lz, double xy, double xz, double yz) {
        this(dim, xlo, ylo, zlo, lx, ly, lz, xy);
        if (!Double.isFinite(xz) || !Double.isFinite(yz)) throw new IllegalArgumentException("box tilts xz, yz must be finite, got " + xz + " " + yz);
        if (dim == 2 && (xz != 0 || yz != 0)) throw new IllegalArgumentException("a 2D box has no xz/yz tilt, got " + xz + " " + yz);
        this.xz = xz; this.yz = yz;
        this.general = xz != 0 || yz != 0;
    }

    /** Cubic (3D) or square (2D) box of side {@code l} with its corner at the origin. */
    public static Box cubic(int dim, double l) { return new Box(dim, 0, 0, 0, l, l, l, 0); }

    /** Orthogonal box with its corner at the origin. */
    public static Box orthogonal(int dim, double lx, double ly, double lz) { return new Box(dim, 0, 0, 0, lx, ly, lz, 0); }

    public Box copy() { return new Box(dim, xlo, ylo, zlo, lx, ly, lz, xy, xz, yz); }

    public int dim() { return dim; }
    public double xlo() { return xlo; }
    public double ylo() { return ylo; }
    public double zlo() { return zlo; }
    public double lx() { return lx; }
    public double ly() { return ly; }
    public double lz() { return lz; }
    /** The Lees-Edwards offset (LAMMPS tilt factor xy). */
    public double xy() { return xy; }
    /** Tilt factor xz (x component of the third cell vector); 0 except for imported general triclinic cells. */
    public double xz() { return xz; }
    /** Tilt factor yz (y component of the third cell vector); 0 except for imported general triclinic cells. */
    public double yz() { return yz; }
    /** True when the third cell vector is tilted (xz or yz non-zero): the MD engine does not run such cells. */
    public boolean isGeneralTriclinic() { return general; }

    /**
     * The distances between opposite faces (perpendicular widths) {@code {wx, wy, wz}} ({@code wz} is infinite in
     * 2D): volume over the area of the face spanned by the other two cell vectors.
     */
    public double[] perpendicularWidths() {
        if (dim == 2) return new double[] {lx * ly / Math.hypot(ly, xy), ly, Double.POSITIVE_INFINITY};
        // b x c and c x a for a = (lx,0,0), b = (xy,ly,0), c = (xz,yz,lz)
        double bcx = ly * lz, bcy = -xy * lz, bcz = xy * yz - ly * xz;
        double v = lx * ly * lz;
        return new double[] {v / Math.sqrt(bcx * bcx + bcy * bcy + bcz * bcz), v / (lx * Math.hypot(lz, yz)), lz};
    }

    /** Shear strain of the cell, {@code xy / ly}. */
    public double strain() { return xy / ly; }

    /** Volume in 3D, area in 2D (the tilt does not change either). */
    public double volume() { return dim == 3 ? lx * ly * lz : lx * ly; }

    public void setTilt(double xy) {
        if (!Double.isFinite(xy)) throw new IllegalArgumentException("box tilt xy must be finite, got " + xy);
        this.xy = xy;
    }

    /** Rescales the box lengths about its corner (positions are the caller's business). */
    public void setLengths(double lx, double ly, double lz) {
        if (!(lx > 0) || !(ly > 0) || (dim == 3 && !(lz > 0)))
            throw new IllegalArgumentException("box lengths must be positive, got " + lx + " " + ly + " " + lz);
        this.lx = lx; this.ly = ly; this.lz = dim == 3 ? lz : 1.0;
    }

    /**
     * Maps the tilt back into {@code [-lx/2, lx/2]} by whole multiples of {@code lx}; returns the multiple removed.
     * The periodic lattice is unchanged, so wrapped positions and minimum images are unchanged.
     */
    public int flipTilt() {
        if (general) {
            // c -= k b, then c -= m a: the same lattice with |yz| <= ly/2, |xz| <= lx/2 (LAMMPS limits)
            double k = Math.rint(yz / ly);
            yz -= k * ly; xz -= k * xy;
            xz -= lx * Math.rint(xz / lx);
            general = xz != 0 || yz != 0;
        }
        int k = (int) Math.rint(xy / lx);
        xy -= k * lx;
        return k;
    }

    /**
     * Minimum image of a separation vector, in place: {@code d[0..dim-1]}. Order: z, then y (which carries the
     * Lees-Edwards shift into x), then x.
     */
    public void minimumImage(double[] d) {
        if (general) { minimumImageGeneral(d); return; }
        if (dim == 3) d[2] -= lz * Math.rint(d[2] / lz);
        double ky = Math.rint(d[1] / ly);
        d[1] -= ky * ly;
        d[0] -= ky * xy;
        d[0] -= lx * Math.rint(d[0] / lx);
    }

    /** Minimum image in a general triclinic cell: subtract whole c, then b, then a vectors (fractional rounding). */
    private void minimumImageGeneral(double[] d) {
        double kz = Math.rint(d[2] / lz);
        d[2] -= kz * lz; d[1] -= kz * yz; d[0] -= kz * xz;
        double ky = Math.rint(d[1] / ly);
        d[1] -= ky * ly; d[0] -= ky * xy;
        d[0] -= lx * Math.rint(d[0] / lx);
    }

    /**
     * Wraps particle {@code i} back into the primary cell and updates its image counts so that the unwrapped
     * position {@code x + ix*lx + iy*xy, y + iy*ly, z + iz*lz} is unchanged (LAMMPS image-flag convention).
     * {@code iz} may be null in 2D; {@code z} may be null in 2D.
     */
    public void wrap(int i, double[] x, double[] y, double[] z, int[] ix, int[] iy, int[] iz) {
        if (general) {
            double kz = Math.floor((z[i] - zlo) / lz);
            if (kz != 0) { z[i] -= kz * lz; y[i] -= kz * yz; x[i] -= kz * xz; iz[i] += (int) kz; }
            double sz = (z[i] - zlo) / lz;
            double ky = Math.floor((y[i] - ylo - sz * yz) / ly);
            if (ky != 0) { y[i] -= ky * ly; x[i] -= ky * xy; iy[i] += (int) ky; }
            double sy = (y[i] - ylo - sz * yz) / ly;
            double kx = Math.floor((x[i] - xlo - sy * xy - sz * xz) / lx);
            if (kx != 0) { x[i] -= kx * lx; ix[i] += (int) kx; }
            return;
        }
        double ky = Math.floor((y[i] - ylo) / ly);
        if (ky != 0) {
            y[i] -= ky * ly;
            x[i] -= ky * xy;
            iy[i] += (int) ky;
        }
        double kx = Math.floor((x[i] - xlo - (y[i] - ylo) * (xy / ly)) / lx);
        if (kx != 0) {
            x[i] -= kx * lx;
            ix[i] += (int) kx;
        }
        if (dim == 3) {
            double kz = Math.floor((z[i] - zlo) / lz);
            if (kz != 0) {
                z[i] -= kz * lz;
                iz[i] += (int) kz;
            }
        }
    }

    /** Unwrapped x with all three image counts: {@code x + ix lx + iy xy + iz xz} (general triclinic cells). */
    public double unwrapX(double x, int ix, int iy, int iz) { return x + ix * lx + iy * xy + iz * xz; }
    /** Unwrapped y with the y and z image counts: {@code y + iy ly + iz yz}. */
    public double unwrapY(double y, int iy, int iz) { return y + iy * ly + iz * yz; }

    /** Unwrapped x of a particle at {@code (x, ...)} with images {@code (ix, iy)} (xy-only cells; see the 4-argument form). */
    public double unwrapX(double x, int ix, int iy) { return x + ix * lx + iy * xy; }
    public double unwrapY(double y, int iy) { return y + iy * ly; }
    public double unwrapZ(double z, int iz) { return z + iz * lz; }

    @Override
    public String toString() {
        if (general) return String.format("Box[3D %g x %g x %g, xy=%g xz=%g yz=%g]", lx, ly, lz, xy, xz, yz);
        return dim == 3
            ? String.format("Box[3D %g x %g x %g, xy=%g]", lx, ly, lz, xy)
            : String.format("Box[2D %g x %g, xy=%g]", lx, ly, xy);
    }
}
