package glassdyn.particles;

import glassdyn.space.Box;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;

/**
 * Unwraps a stream of frames across periodic boundaries and Lees-Edwards shifts, and optionally removes the
 * affine shear flow to give non-affine displacements (papers 000 and 001 run cage-jump and chi_4 analyses on
 * those).
 *
 * <p>Per frame, the true (unwrapped) position comes from, in order of preference: positions already unwrapped
 * ({@code xu}); image counts ({@code x + ix*lx + iy*xy}, LAMMPS convention); or, when the file has neither,
 * minimum-image tracking: the displacement since the previous frame is the minimum image, in the current cell, of
 * the difference of wrapped positions plus {@code m dT}, where m is the particle's tracked y-image count and dT the
 * tilt change since the previous frame (unfolded across tilt flips): a particle m periods up is carried by the
 * flow there, which the wrapped position does not show. This gives the same unwrapped path as LAMMPS image flags.
 * Tracking is exact when no particle moves more than half the cell, and the tilt less than half of lx, between
 * consecutive frames. General triclinic cells (xz, yz tilts of imported files) unwrap with
 * {@code x + ix lx + iy xy + iz xz, y + iy ly + iz yz, z + iz lz} or by minimum-image tracking in the fixed cell.
 *
 * <p>Non-affine mode: the affine displacement of a particle between two frames under simple shear
 * {@code v_x = gamma_dot (y - y0)} is {@code (gamma_2 - gamma_1) (y_mid - y0)} with the cell strain
 * {@code gamma = xy / ly} and {@code y_mid} the mean of the particle's unwrapped y in the two frames (second-order
 * in the frame interval). It is subtracted from each frame increment and the rest accumulated. The reference
 * plane {@code y0} is the box's {@code ylo} unless set (LAMMPS {@code fix deform remap x} deforms about ylo).
 * Without tilt change between frames this is plain unwrapping.
 */
public final class Unwrapper {
    private final boolean nonAffine;
    private Double y0;
    private int n = -1;
    private double[] px, py, pz;         // previous wrapped positions (tracking)
    private double[] ux, uy, uz;         // accumulated (unwrapped or non-affine) positions
    private double[] tx, ty, tz;         // previous true unwrapped positions (non-affine)
    private int[] my;                    // tracked y-image counts (minimum-image tracking)
    private double prevXy;               // raw tilt of the previous frame
    private double dTilt;                // unfolded tilt change since the previous frame
    private long frames;

    /** Plain unwrapping. */
    public Unwrapper() { this(false); }

    /** @param nonAffine subtract the affine shear flow (see class comment) */
    public Unwrapper(boolean nonAffine) { this.nonAffine = nonAffine; }

    /** Sets the zero-velocity plane of the affine flow (default: the box's ylo of the first frame). */
    public Unwrapper referencePlane(double y0) { this.y0 = y0; return this; }

    /**
     * Advances to the next frame and returns its unwrapped (or non-affine) positions as {@code {x, y, z}} arrays
     * indexed like the frame's (id-sorted) particles. The arrays are owned by the unwrapper and overwritten by the
     * next call; copy them to keep them.
     */
    public double[][] advance(Frame f) {
        Configuration c = f.config();
        Box b = c.box;
        if (n < 0) {
            n = c.n;
            ux = new double[n]; uy = new double[n]; uz = new double[n];
            px = new double[n]; py = new double[n]; pz = new double[n];
            if (nonAffine) { tx = new double[n]; ty = new double[n]; tz = new double[n]; }
            my = new int[n];
            if (y0 == null) y0 = b.ylo();
        } else if (c.n != n) {
            throw new InputException("frame at step " + f.step() + " has " + c.n + " particles, the first frame had " + n);
        }
        boolean direct = f.unwrapped() || f.hasImages();
        // tilt change since the previous frame, unfolded across flips (a flip changes the tilt by a multiple of lx
        // without changing the lattice; a physical change per frame is assumed below lx/2)
        double raw = b.xy() - prevXy;
        dTilt = frames == 0 ? 0 : raw - b.lx() * Math.rint(raw / b.lx());
        if (frames == 0) {
            for (int i = 0; i < n; i++) {
                double x = c.x[i], y = c.y[i], z = c.z[i];
                if (f.hasImages() && !f.unwrapped()) {
                    if (b.isGeneralTriclinic()) { x = b.unwrapX(x, c.ix[i], c.iy[i], c.iz[i]); y = b.unwrapY(y, c.iy[i], c.iz[i]); }
                    else { x = b.unwrapX(x, c.ix[i], c.iy[i]); y = b.unwrapY(y, c.iy[i]); }
                    z = b.unwrapZ(z, c.iz[i]);
                }
                ux[i] = x; uy[i] = y; uz[i] = z;
                if (nonAffine) { tx[i] = x; ty[i] = y; tz[i] = z; }
            }
        } else if (!nonAffine) {
            if (direct) trueUnwrapped(f, ux, uy, uz);
            else track(c, ux, uy, uz);
        } else {
            // true positions of this frame, then subtract the affine part of the increment
            double[] nx = new double[n], ny = new double[n], nz = new double[n];
            System.arraycopy(tx, 0, nx, 0, n); System.arraycopy(ty, 0, ny, 0, n); System.arraycopy(tz, 0, nz, 0, n);
            if (direct) trueUnwrapped(f, nx, ny, nz);
            else track(c, nx, ny, nz);
            double dg = dTilt / b.ly();
            for (int i = 0; i < n; i++) {
                double ymid = 0.5 * (ny[i] + ty[i]);
                ux[i] += (nx[i] - tx[i]) - dg * (ymid - y0);
                uy[i] += ny[i] - ty[i];
                uz[i] += nz[i] - tz[i];
            }
            tx = nx; ty = ny; tz = nz;
        }
        System.arraycopy(c.x, 0, px, 0, n); System.arraycopy(c.y, 0, py, 0, n); System.arraycopy(c.z, 0, pz, 0, n);
        prevXy = b.xy();
        frames++;
        return new double[][] {ux, uy, uz};
    }

    private static void trueUnwrapped(Frame f, double[] x, double[] y, double[] z) {
        Configuration c = f.config();
        Box b = c.box;
        if (f.unwrapped()) {
            System.arraycopy(c.x, 0, x, 0, c.n); System.arraycopy(c.y, 0, y, 0, c.n); System.arraycopy(c.z, 0, z, 0, c.n);
            return;
        }
        if (b.isGeneralTriclinic()) {
            for (int i = 0; i < c.n; i++) {
                x[i] = b.unwrapX(c.x[i], c.ix[i], c.iy[i], c.iz[i]);
                y[i] = b.unwrapY(c.y[i], c.iy[i], c.iz[i]);
                z[i] = b.unwrapZ(c.z[i], c.iz[i]);
            }
            return;
        }
        for (int i = 0; i < c.n; i++) {
            x[i] = b.unwrapX(c.x[i], c.ix[i], c.iy[i]);
            y[i] = b.unwrapY(c.y[i], c.iy[i]);
            z[i] = b.unwrapZ(c.z[i], c.iz[i]);
        }
    }

    /**
     * Adds the displacement since the previous frame: the difference of wrapped positions, plus the tilt change
     * carried by the particle's y image ({@code m dT}: a particle m periods up moves with the flow there), then the
     * minimum image in the current (possibly flipped) cell; the y-image count follows the y wrap.
     */
    private void track(Configuration c, double[] x, double[] y, double[] z) {
        Box b = c.box.copy();
        b.flipTilt();
        double[] d = new double[3];
        boolean three = b.dim() == 3;
        for (int i = 0; i < n; i++) {
            d[0] = c.x[i] - px[i] + my[i] * dTilt; d[1] = c.y[i] - py[i]; d[2] = three ? c.z[i] - pz[i] : 0;
            double dy = d[1];
            b.minimumImage(d);
            my[i] += (int) Math.rint((d[1] - dy) / b.ly());
            x[i] += d[0]; y[i] += d[1]; z[i] += d[2];
        }
    }
}
