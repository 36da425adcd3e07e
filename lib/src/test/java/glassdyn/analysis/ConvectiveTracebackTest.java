package glassdyn.analysis;

import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cage-jump density regions against planted blobs, and the affine traceback against exact affine motion. */
class ConvectiveTracebackTest {
    static final double L = 16, RATE = 3, Y0 = L / 2;

    /** Uniform background jumps plus two planted Gaussian blobs (one across the sheared y boundary). */
    static CageJumpRegions.Map planted(Box box, SplittableRandom r) {
        int background = 400, blob = 150;
        double[][] centre = {{4, 8, 8}, {11, 15.5, 3}};
        int n = background + 2 * blob;
        double[] x = new double[n], y = new double[n], z = new double[n];
        for (int p = 0; p < background; p++) { x[p] = r.nextDouble() * L; y[p] = r.nextDouble() * L; z[p] = r.nextDouble() * L; }
        for (int b = 0; b < 2; b++)
            for (int p = 0; p < blob; p++) {
                int k = background + b * blob + p;
                x[k] = centre[b][0] + 0.8 * r.nextGaussian(0, 1); y[k] = centre[b][1] + 0.8 * r.nextGaussian(0, 1);
                z[k] = centre[b][2] + 0.8 * r.nextGaussian(0, 1);
            }
        return new CageJumpRegions().compute(box, x, y, z);
    }

    @Test
    void plantedBlobsAreTheTwoLargestRegions() {
        Box box = Box.cubic(3, L);
        box.setTilt(3.7);
        CageJumpRegions.Map m = planted(box, new SplittableRandom(1));
        System.out.println("regions: " + m.regions);
        assertTrue(m.regions.size() >= 2, "both planted blobs must be found");
        double[][] expect = {{4, 8, 8}, {11, 15.5, 3}};
        for (int b = 0; b < 2; b++) {
            double best = Double.POSITIVE_INFINITY;
            for (CageJumpRegions.Region reg : m.regions.subList(0, 2)) {
                double[] d = {reg.cx() - expect[b][0], reg.cy() - expect[b][1], reg.cz() - expect[b][2]};
                box.minimumImage(d);
                best = Math.min(best, Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]));
                assertTrue(reg.jumps() >= 100, "a planted region holds most of its 150 jumps, got " + reg.jumps());
            }
            assertTrue(best < 0.5, "planted blob " + b + " centre missed by " + best);
        }
        // a compact blob is nearly isotropic: largest / smallest gyration eigenvalue small
        assertTrue(m.regions.get(0).gyrationRatio() < 2, "gyration ratio " + m.regions.get(0).gyrationRatio());
    }

    /**
     * Particles moved exactly affinely backwards from t_ref (x -= gamma_dot (t_ref - t)(y - y0), the box tilt
     * reduced by gamma_dot L (t_ref - t) with flips, positions rewrapped) keep their membership at every earlier
     * time: the traceback is exact for a purely affine flow, over strains up to 3 (several tilt flips).
     */
    @Test
    void tracebackIsExactForAffineFlow() {
        SplittableRandom r = new SplittableRandom(2);
        Box ref = Box.cubic(3, L);
        ref.setTilt(-2.1);
        CageJumpRegions.Map m = planted(ref, r);
        double tRef = 5;
        int n = 20000;
        double[] x0 = new double[n], y0 = new double[n], z0 = new double[n];
        for (int i = 0; i < n; i++) { y0[i] = r.nextDouble() * L; x0[i] = r.nextDouble() * L + y0[i] / L * ref.xy(); z0[i] = r.nextDouble() * L; }
        for (CageJumpRegions.Region region : m.regions.subList(0, 2)) {
            ConvectiveTraceback tb = new ConvectiveTraceback(m, region, tRef, RATE, Y0);
            boolean[] at = tb.members(ref, tRef, x0, y0, z0);
            int inside = 0;
            for (boolean b : at) if (b) inside++;
            // the voxel mask volume is sampled by the uniform particles
            double expected = n * region.volume() / ref.volume();
            assertEquals(expected, inside, 5 * Math.sqrt(expected), "particles inside the mask at t_ref");
            for (int k = 1; k <= 10; k++) {
                double t = tRef - 0.1 * k; // strains up to gamma_dot * 1 = 3
                Box b = ref.copy();
                b.setTilt(ref.xy() - RATE * L * (tRef - t));
                b.flipTilt();
                double[] x = new double[n], y = y0.clone(), z = z0.clone();
                int[] ix = new int[n], iy = new int[n], iz = new int[n];
                for (int i = 0; i < n; i++) {
                    x[i] = x0[i] - RATE * (tRef - t) * (y0[i] - Y0);
                    b.wrap(i, x, y, z, ix, iy, iz);
                }
                boolean[] now = tb.members(b, t, x, y, z);
                int changed = 0;
                for (int i = 0; i < n; i++) if (now[i] != at[i]) changed++;
                assertEquals(0, changed, "membership changed under purely affine motion at strain " + RATE * (tRef - t));
            }
        }
    }

    /** Under a non-affine perturbation the same traceback does lose and gain members (the test above can fail). */
    @Test
    void nonAffineMotionChangesMembership() {
        SplittableRandom r = new SplittableRandom(3);
        Box ref = Box.cubic(3, L);
        CageJumpRegions.Map m = planted(ref, r);
        ConvectiveTraceback tb = new ConvectiveTraceback(m, m.regions.get(0), 1, RATE, Y0);
        int n = 5000, changed = 0;
        double[] x = new double[n], y = new double[n], z = new double[n], d = new double[3];
        for (int i = 0; i < n; i++) { x[i] = r.nextDouble() * L; y[i] = r.nextDouble() * L; z[i] = r.nextDouble() * L; }
        for (int i = 0; i < n; i++) {
            boolean before = tb.contains(ref, 1, x[i], y[i], z[i], d);
            if (before != tb.contains(ref, 1, x[i] + 0.7, y[i], z[i], d)) changed++;
        }
        assertTrue(changed > 10, "a rigid non-affine shift must move particles across the boundary, changed " + changed);
    }

    /**
     * The gyration ratio carried back by a shear of strain s: for an isotropic region (G = I) the sheared tensor is
     * [[1 + s^2, -s, 0], [-s, 1, 0], [0, 0, 1]], whose xy eigenvalues are (2 + s^2 +- s sqrt(s^2 + 4)) / 2 (exact).
     */
    @Test
    void gyrationRatioShearedBackIsExactForAnIsotropicRegion() {
        CageJumpRegions.Region r = new CageJumpRegions.Region(1, 1, 1, 0, 0, 0, 1, 1, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        for (double s : new double[] {0, 0.1, 0.3, 1}) {
            double hi = (2 + s * s + s * Math.sqrt(s * s + 4)) / 2, lo = (2 + s * s - s * Math.sqrt(s * s + 4)) / 2;
            assertEquals(hi / Math.min(lo, 1), r.gyrationRatioShearedBack(s), 1e-12, "strain " + s);
        }
    }
}
