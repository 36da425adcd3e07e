package glassdyn.papers.cagejump;

import static org.junit.jupiter.api.Assertions.*;

import glassdyn.analysis.ConvectiveClusters;
import glassdyn.claims.Status;
import glassdyn.particles.Configuration;
import org.junit.jupiter.api.Test;

/**
 * C25 (small particles do not change the delineation): the non-affine trajectories rebuilt from Lees-Edwards positions
 * against the run's own integrated ones, the Jaccard overlap on a periodic grid, and the rule on planted inputs.
 */
class SmallParticleDelineationTest {
    /**
     * The big particles' trajectories rebuilt from their recorded Lees-Edwards positions equal the non-affine
     * displacements the run integrates at every step, to the trapezoid rule's error (an independent check of the
     * rebuild the small particles need), also across the sheared y boundary.
     */
    @Test
    void rebuiltNonAffineTrajectoriesMatchTheRunsOwn() {
        Configuration c = ShearedYukawaRun.latticeStart(500, 0.45, 3);
        ShearedYukawaRun.Record rec = ShearedYukawaRun.run(c, 0.45, 10, 2e-4, 0.05, 0.2, 0.002, 0.01, 1.5, 1, 7, null);
        double worst = 0, travel = 0;
        for (int i = 0; i < rec.bigCount; i++) {
            double[][] u = SmallParticleDelineation.nonAffine(rec, rec.x, rec.y, rec.z, i);
            int last = rec.frames() - 1;
            for (int k = 0; k <= last; k++) {
                worst = Math.max(worst, Math.abs(u[0][k] - (rec.ux[k][i] - rec.ux[0][i])));
                worst = Math.max(worst, Math.abs(u[1][k] - (rec.uy[k][i] - rec.uy[0][i])));
                worst = Math.max(worst, Math.abs(u[2][k] - (rec.uz[k][i] - rec.uz[0][i])));
            }
            travel = Math.max(travel, Math.abs(rec.ux[last][i] - rec.ux[0][i]));
        }
        assertTrue(travel > 0.1, "particles must move for the test to mean anything: " + travel);
        // measured 0.011 d_b over 100 frames at gamma_dot tau_0 = 10 (the mid-point rule against the Brownian path's own
        // mean height): below a fifteenth of the cage-jump size 0.3 d_b the detector uses
        assertTrue(worst < ConvectiveClusters.CAGE_SIZE / 15, "rebuilt vs integrated: worst " + worst + " d_b, travel " + travel);
    }

    @Test
    void jaccardOnAPeriodicGrid() {
        int g = 4;
        boolean[] a = new boolean[g * g * g], b = new boolean[g * g * g];
        a[0] = a[1] = true;                 // voxels (0,0,0), (1,0,0)
        b[1] = b[2] = true;                 // voxels (1,0,0), (2,0,0)
        assertEquals(1.0 / 3, SmallParticleDelineation.jaccard(a, b, g, g, g, 0, 0, 0), 1e-15);
        // b translated by +1 in x reads b at x + 1: voxels (0,0,0), (1,0,0) -> identical to a
        assertEquals(1.0, SmallParticleDelineation.jaccard(a, b, g, g, g, 1, 0, 0), 1e-15);
        boolean[] c = new boolean[g * g * g];
        c[3] = true;                        // voxel (3,0,0): translated by +1 wraps to x = 0
        assertEquals(0.5, SmallParticleDelineation.jaccard(a, c, g, g, g, 3, 0, 0), 1e-15);
        assertTrue(Double.isNaN(SmallParticleDelineation.jaccard(new boolean[8], new boolean[8], 2, 2, 2, 0, 0, 0)));
    }

    @Test
    void ruleOnPlantedOverlaps() {
        double[] tight = {0.7, 0.8}, wide = {0.45, 0.9};
        assertEquals(Status.PASS, CageJumpRules.sameDelineation(0.75, tight, 0.6, new double[] {0.5, 0.7}, 10, 0.5, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.sameDelineation(0.3, new double[] {0.2, 0.4}, 0.2, new double[] {0.1, 0.3}, 10, 0.5, "x").status());
        assertEquals(Status.FAIL, CageJumpRules.sameDelineation(0.6, tight, -0.01, new double[] {-0.1, 0.05}, 10, 0.5, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.sameDelineation(0.6, wide, 0.4, new double[] {0.2, 0.5}, 10, 0.5, "x").status());
        assertEquals(Status.NOT_SHOWN, CageJumpRules.sameDelineation(0.9, tight, 0.8, new double[] {0.7, 0.9}, 2, 0.5, "x").status());
    }
}
