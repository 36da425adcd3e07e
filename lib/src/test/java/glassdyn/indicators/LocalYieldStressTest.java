package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frozen-matrix local yield stress on a planted signal: a triangular crystal of unit POLY disks with one disk-shaped
 * region of smaller (weaker, less compressed) disks. The region must have the lowest threshold: the grid point nearest
 * to it is the weakest, and the per-atom field is lower inside than anywhere far from it.
 */
class LocalYieldStressTest {
    @Test
    void plantedSoftRegionHasTheLowestYieldStress() {
        int cols = 16, rows = 18;
        double a = 1.0, h = a * Math.sqrt(3) / 2;
        Configuration c = new Configuration(cols * rows, Box.orthogonal(2, cols * a, rows * h, 1));
        c.mass = new double[] {1};
        double cx = 5.0, cy = 11.0, soft = 2.3;
        for (int r = 0, i = 0; r < rows; r++)
            for (int q = 0; q < cols; q++, i++) {
                c.x[i] = (q + 0.5 * (r & 1)) * a + 0.25;
                c.y[i] = (r + 0.5) * h;
                c.diameter[i] = Math.hypot(c.x[i] - cx, c.y[i] - cy) < soft ? 0.85 : 1.0;
            }
        try (ForceField ff = GlassPreparation.forceField(new PolydisperseSoftDisks(), c, 1)) {
            GlassPreparation.quench(c, ff);
        }
        LocalYieldStress lys = new LocalYieldStress(new PolydisperseSoftDisks(), 3.0, 1.6, 4.0, new double[] {0}, 5e-3);
        LocalYieldStress.Result res = lys.compute(c);
        int weakest = 0;
        for (int k = 0; k < res.gridThreshold().length; k++) if (res.gridThreshold()[k] < res.gridThreshold()[weakest]) weakest = k;
        double dist = Math.hypot(res.gridX()[weakest] - cx, res.gridY()[weakest] - cy);
        double inside = 0, far = Double.POSITIVE_INFINITY, strongest = 0;
        int nIn = 0;
        for (int i = 0; i < c.n; i++) {
            double[] d = {c.x[i] - cx, c.y[i] - cy, 0};
            c.box.minimumImage(d);
            double r = Math.hypot(d[0], d[1]);
            if (r < soft) { inside += res.perAtom()[i]; nIn++; }
            if (r > 3.0 + soft + 1) far = Math.min(far, res.perAtom()[i]);
        }
        for (double t : res.gridThreshold()) strongest = Math.max(strongest, t);
        inside /= nIn;
        System.out.printf("frozen matrix: %d grid points, weakest %.4f at %.2f from the planted centre, strongest %.4f; "
            + "mean per-atom value inside the region %.4f, lowest far from it %.4f%n",
            res.gridThreshold().length, res.gridThreshold()[weakest], dist, strongest, inside, far);
        assertTrue(dist < 3.0, "weakest grid point must be the one over the planted region: distance " + dist);
        assertTrue(inside < 0.7 * far, "inside " + inside + " vs far " + far);
    }
}
