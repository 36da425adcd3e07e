package glassdyn.papers.cagejump;

import static glassdyn.papers.cagejump.PanelColumns.cols;

import glassdyn.analysis.CageJumpDetector;
import glassdyn.analysis.CageJumpRegions;
import glassdyn.analysis.ConvectiveClusters;
import glassdyn.analysis.ShearRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Paper 000 p. 1 (claim C25 of review 000): "including the contribution of small particles does not change the
 * heterogeneous feature of dynamics and the delineation of dynamic regions" (details in the unavailable SM). Per
 * window of length t_chi (the windows of {@link ConvectiveClusters}), the regions delineated from the big particles'
 * cage jumps (the paper's default) are compared with the regions delineated from the jumps of all particles, big and
 * small, with the same {@link CageJumpRegions} parameters and the same detector ({@link ConvectiveClusters#P_THRESHOLD},
 * {@link ConvectiveClusters#CAGE_SIZE}; the SM's small-particle choices are unknown, so none is changed). The overlap
 * is the Jaccard index of the two region masks, |A and B| / |A or B| over voxels, against a null of the same sizes and
 * shapes: the all-particle mask translated by a random whole number of voxels along each cell vector (the grid is
 * periodic in the sheared box's fractional coordinates).
 *
 * <p>The record holds the small particles' Lees-Edwards positions only, so their non-affine unwrapped trajectories are
 * rebuilt frame to frame: the minimum-image displacement in the later frame's box minus the affine shear
 * {@code gamma_dot dt (y_mid - y0)} with y_mid the displacement's mid-point height (trapezoid rule; the run integrates
 * it at every time step). {@link #nonAffine} is tested against the run's own non-affine big-particle trajectories.
 */
final class SmallParticleDelineation {
    /** Random voxel translations of the null per window. */
    static final int NULL_SHIFTS = 20;
    /** Seed of the null's translations. */
    static final long SEED = 25;

    private SmallParticleDelineation() {}

    /**
     * The non-affine unwrapped trajectory of one particle from its Lees-Edwards positions {@code px, py, pz}
     * ([frame][particle], the record's frame in which the fluid at mid-height y0 rests), starting at 0.
     */
    static double[][] nonAffine(ShearRecord rec, float[][] px, float[][] py, float[][] pz, int i) {
        return nonAffine(rec, boxes(rec), px, py, pz, i);
    }

    /** The box of every frame, built once for all particles ({@link ShearRecord#boxAt} copies a box per call). */
    static glassdyn.space.Box[] boxes(ShearRecord rec) {
        glassdyn.space.Box[] b = new glassdyn.space.Box[rec.frames()];
        for (int k = 0; k < b.length; k++) b[k] = rec.boxAt(k);
        return b;
    }

    /** {@link #nonAffine(ShearRecord, float[][], float[][], float[][], int)} with the frames' boxes given. */
    static double[][] nonAffine(ShearRecord rec, glassdyn.space.Box[] boxes, float[][] px, float[][] py, float[][] pz, int i) {
        int frames = rec.frames();
        double y0 = rec.box.ylo() + 0.5 * rec.box.ly();
        double[] ux = new double[frames], uy = new double[frames], uz = new double[frames], d = new double[3];
        for (int k = 1; k < frames; k++) {
            d[0] = px[k][i] - px[k - 1][i]; d[1] = py[k][i] - py[k - 1][i]; d[2] = pz[k][i] - pz[k - 1][i];
            boxes[k].minimumImage(d);
            double yMid = py[k - 1][i] + 0.5 * d[1];
            ux[k] = ux[k - 1] + d[0] - rec.rate * (rec.time[k] - rec.time[k - 1]) * (yMid - y0);
            uy[k] = uy[k - 1] + d[1];
            uz[k] = uz[k - 1] + d[2];
        }
        return new double[][] {ux, uy, uz};
    }

    /**
     * The cage jumps of the small particles as rows {frame, particle, dx, dy, dz, x, y, z} like
     * {@link ConvectiveClusters#cageJumps} (particle = bigCount + small index); none without recorded small particles.
     */
    static double[][] smallJumps(ShearRecord rec) {
        int ns = rec.smallCount();
        CageJumpDetector det = new CageJumpDetector(ConvectiveClusters.P_THRESHOLD).minJump(ConvectiveClusters.CAGE_SIZE);
        @SuppressWarnings("unchecked")
        List<CageJumpDetector.Jump>[] per = new List[ns];
        glassdyn.space.Box[] boxes = boxes(rec);
        java.util.stream.IntStream.range(0, ns).parallel().forEach(q -> {
            double[][] u = nonAffine(rec, boxes, rec.sx, rec.sy, rec.sz, q);
            per[q] = det.detect(u[0], u[1], u[2]);
        });
        List<double[]> rows = new ArrayList<>();
        for (int q = 0; q < ns; q++)
            for (CageJumpDetector.Jump j : per[q]) {
                int f = j.frame();
                rows.add(new double[] {f, rec.bigCount + q, j.dx(), j.dy(), j.dz(), rec.sx[f][q], rec.sy[f][q], rec.sz[f][q]});
            }
        return rows.toArray(new double[0][]);
    }

    /**
     * Columns window, jumps_big, jumps_small, voxels_big, voxels_all (region voxels of each delineation), jaccard and
     * jaccard_null (mean over {@link #NULL_SHIFTS} translations), one row per window; NaN where neither delineation
     * has a region.
     */
    static Map<String, double[]> perWindow(ShearRecord rec, ConvectiveClusters.Result r) {
        int frames = rec.frames();
        int w = Math.max(ConvectiveClusters.MIN_WINDOW_FRAMES, (int) Math.round(r.tChi / rec.sampling));
        double[][] small = smallJumps(rec);
        double[][] all = new double[r.jumpRows.length + small.length][];
        System.arraycopy(r.jumpRows, 0, all, 0, r.jumpRows.length);
        System.arraycopy(small, 0, all, r.jumpRows.length, small.length);
        List<List<double[]>> bigBy = ConvectiveClusters.byFrame(r.jumpRows, frames), allBy = ConvectiveClusters.byFrame(all, frames);
        int count = 0;
        for (int start = 0; start + w < frames; start += w) count++;
        double[] win = new double[count], jb = new double[count], js = new double[count], vb = new double[count], va = new double[count],
            jac = new double[count], nul = new double[count];
        double y0 = rec.box.ylo() + 0.5 * rec.box.ly();
        CageJumpRegions regions = new CageJumpRegions();
        SplittableRandom rng = new SplittableRandom(SEED);
        int q = 0;
        for (int start = 0; start + w < frames; start += w, q++) {
            int ref = start + w;
            CageJumpRegions.Map a = ConvectiveClusters.delineate(rec, regions, bigBy, start, ref, y0);
            CageJumpRegions.Map b = ConvectiveClusters.delineate(rec, regions, allBy, start, ref, y0);
            win[q] = q;
            for (int k = start + 1; k <= ref; k++) { jb[q] += bigBy.get(k).size(); js[q] += allBy.get(k).size() - bigBy.get(k).size(); }
            boolean[] ma = mask(a), mb = mask(b);
            vb[q] = count(ma); va[q] = count(mb);
            jac[q] = jaccard(ma, mb, a.gx, a.gy, a.gz, 0, 0, 0);
            double s = 0;
            for (int t = 0; t < NULL_SHIFTS; t++)
                s += jaccard(ma, mb, a.gx, a.gy, a.gz, rng.nextInt(a.gx), rng.nextInt(a.gy), rng.nextInt(a.gz));
            nul[q] = s / NULL_SHIFTS;
        }
        return cols("window", win, "jumps_big", jb, "jumps_small", js, "voxels_big", vb, "voxels_all", va, "jaccard", jac, "jaccard_null", nul);
    }

    /** Voxels inside any region. */
    static boolean[] mask(CageJumpRegions.Map m) {
        boolean[] in = new boolean[m.voxels()];
        for (int v = 0; v < in.length; v++) in[v] = m.label(v) != 0;
        return in;
    }

    private static int count(boolean[] m) {
        int c = 0;
        for (boolean b : m) if (b) c++;
        return c;
    }

    /**
     * Jaccard index |A and B'| / |A or B'| of mask A and mask B translated by (sx, sy, sz) voxels on the periodic
     * gx x gy x gz grid (x fastest); NaN when both are empty.
     */
    static double jaccard(boolean[] a, boolean[] b, int gx, int gy, int gz, int sx, int sy, int sz) {
        int inter = 0, union = 0;
        for (int z = 0; z < gz; z++)
            for (int y = 0; y < gy; y++)
                for (int x = 0; x < gx; x++) {
                    int v = x + gx * (y + gy * z);
                    int u = (x + sx) % gx + gx * ((y + sy) % gy + gy * ((z + sz) % gz));
                    boolean p = a[v], r = b[u];
                    if (p && r) inter++;
                    if (p || r) union++;
                }
        return union == 0 ? Double.NaN : (double) inter / union;
    }
}
