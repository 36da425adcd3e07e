package glassdyn.space;

/**
 * The rotation that brings three cell vectors {@code A, B, C} (any orientation, right-handed) to the LAMMPS
 * restricted-triclinic form {@code a = (lx,0,0)}, {@code b = (xy,ly,0)}, {@code c = (xz,yz,lz)} (LAMMPS Howto
 * triclinic, "general triclinic" to "restricted triclinic"): {@code lx = |A|}, {@code xy = B.Â},
 * {@code ly = |Â x B|}, {@code xz = C.Â}, {@code yz = (B.C - xy xz) / ly}, {@code lz = sqrt(|C|^2 - xz^2 - yz^2)}.
 * The rotation's rows are {@code Â}, {@code (Â x B) x Â / |..|} and {@code (A x B) / |A x B|}; positions and
 * velocities rotate with it, image counts do not change. Cells already in LAMMPS form give the identity exactly.
 */
public final class LatticeRotation {
    /** {@code lx, ly, lz, xy, xz, yz} of the rotated cell. */
    public final double lx, ly, lz, xy, xz, yz;
    private final double[] r;           // row-major 3x3, null for the identity
    /** Determinant of (A, B, C): positive for a right-handed cell. */
    public final double volume;

    /** @throws IllegalArgumentException for a degenerate or left-handed cell */
    public LatticeRotation(double[] a, double[] b, double[] c) {
        volume = a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
        if (!(volume > 0))
            throw new IllegalArgumentException(volume == 0 || Double.isNaN(volume) ? "degenerate cell (zero volume)"
                : "left-handed cell (A x B . C < 0): LAMMPS form needs a right-handed cell; swap two vectors");
        if (a[1] == 0 && a[2] == 0 && b[2] == 0 && a[0] > 0 && b[1] > 0 && c[2] > 0) {
            lx = a[0]; xy = b[0]; ly = b[1]; xz = c[0]; yz = c[1]; lz = c[2];
            r = null;
            return;
        }
        double na = Math.sqrt(dot(a, a));
        double[] ah = {a[0] / na, a[1] / na, a[2] / na};
        double[] n = cross(a, b);
        double nn = Math.sqrt(dot(n, n));
        double[] ch = {n[0] / nn, n[1] / nn, n[2] / nn};
        double[] bh = cross(ch, ah);
        lx = na;
        xy = dot(b, ah);
        ly = dot(b, bh);
        xz = dot(c, ah);
        yz = dot(c, bh);
        lz = dot(c, ch);
        r = new double[] {ah[0], ah[1], ah[2], bh[0], bh[1], bh[2], ch[0], ch[1], ch[2]};
    }

    /** True when the cell was already in LAMMPS form (no rotation). */
    public boolean isIdentity() { return r == null; }

    /** Rotates {@code (x, y, z)} in place at index i of three arrays. */
    public void rotate(double[] x, double[] y, double[] z, int i) {
        if (r == null) return;
        double u = x[i], v = y[i], w = z[i];
        x[i] = r[0] * u + r[1] * v + r[2] * w;
        y[i] = r[3] * u + r[4] * v + r[5] * w;
        z[i] = r[6] * u + r[7] * v + r[8] * w;
    }

    static double dot(double[] p, double[] q) { return p[0] * q[0] + p[1] * q[1] + p[2] * q[2]; }

    static double[] cross(double[] p, double[] q) {
        return new double[] {p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]};
    }
}
