package glassdyn.papers.cagejump;

import glassdyn.analysis.ShearRecord;
import glassdyn.protocols.KaShearRun;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KA SLLOD record of paper 000's MD variant and the cage-plateau measurement. */
class KaShearRunTest {
    @Test
    void recordsFramesInTheShearedCellWithPeculiarDisplacements() {
        Configuration c = KaShearRun.liquid(250, 1, 5, 1);
        ShearRecord rec = KaShearRun.run(c, 0.1, 0.5, 1.0, 0.05, 1, null);
        assertEquals(0.1, rec.sampling, 1e-12);
        assertEquals(11, rec.frames());
        assertEquals(200, rec.bigCount);
        assertEquals(50, rec.smallCount());
        assertEquals(20, rec.stress.length);
        for (int k = 0; k < rec.frames(); k++) {
            assertEquals(k * 0.1, rec.time[k], 1e-9);
            Box b = rec.boxAt(k);
            for (int i = 0; i < rec.bigCount; i++) {
                double s = (rec.x[k][i] - b.xlo() - (rec.y[k][i] - b.ylo()) * b.xy() / b.ly()) / b.lx();
                assertTrue(s >= -1e-5 && s < 1 + 1e-5, "x inside the sheared cell");
            }
        }
        // non-affine: over 1 tau_LJ at gamma_dot = 0.1 the caged A particles move ~0.1-0.3 sigma, far below the affine
        // displacement gamma_dot t |y - ylo| ~ 0.3 sigma on average that a lab-frame displacement would carry
        double msd = 0;
        for (int i = 0; i < rec.bigCount; i++) {
            int k = rec.frames() - 1;
            msd += (rec.ux[k][i] * rec.ux[k][i] + rec.uy[k][i] * rec.uy[k][i] + rec.uz[k][i] * rec.uz[k][i]) / rec.bigCount;
        }
        assertTrue(msd > 1e-3 && msd < 0.2, "non-affine MSD " + msd);
        // the recorded positions are in the frame where the fluid at mid-height is at rest: the x displacement over the
        // run, regressed on y - y0, has slope gamma_dot t and no intercept (SLLOD's lab frame would give +gamma_dot (y0 - ylo) t = 0.3)
        int last = rec.frames() - 1;
        double t = rec.time[last], ymid = rec.box.ylo() + 0.5 * rec.box.ly(), lx = rec.box.lx();
        double sy = 0, sd = 0, syy = 0, syd = 0, m = 0;
        for (int i = 0; i < rec.bigCount; i++) {
            if (Math.abs(rec.y[last][i] - rec.y[0][i]) > 0.5 * rec.box.ly()) continue;
            double dx = rec.x[last][i] - rec.x[0][i];
            dx -= lx * Math.rint(dx / lx);
            double yy = rec.y[0][i] - ymid;
            sy += yy; sd += dx; syy += yy * yy; syd += yy * dx; m++;
        }
        double slope = (m * syd - sy * sd) / (m * syy - sy * sy), intercept = (sd - slope * sy) / m;
        assertEquals(0, intercept, 0.1, "mid-height rest frame: intercept " + intercept);
        assertEquals(0.1 * t, slope, 0.05, "affine slope " + slope);
        // the peculiar velocities are returned: the mean of v_x - 0 over A is near zero (no streaming profile left)
        double vx = 0;
        for (int i = 0; i < c.n; i++) vx += c.vx[i] * (c.y[i] - c.box.ylo() - 0.5 * c.box.ly()) / c.n;
        assertTrue(Math.abs(vx) < 0.2, "streaming profile removed: <v_x (y - y0)> = " + vx);
    }

    @Test
    void msdPlateauOfAPlantedCage() {
        int frames = 257, n = 400;
        double cage = 0.1, drift = 0.1 * Math.sqrt(2) / 64;   // MSD = 2 cage^2 + drift^2 lag^2: the drift doubles it at lag 64
        ShearRecord rec = new ShearRecord(0.1, 0.45, 0.005, 1, n, 1000, new double[] {1, 0.88});
        rec.time = new double[frames];
        rec.ux = new float[frames][n]; rec.uy = new float[frames][n]; rec.uz = new float[frames][n];
        Random r = new Random(3);
        for (int k = 0; k < frames; k++) {
            rec.time[k] = k;
            for (int i = 0; i < n; i++) rec.ux[k][i] = (float) (cage * r.nextGaussian() + drift * k * (i % 2 == 0 ? 1 : -1));
        }
        double[] p = KaClusterVariant.msdPlateau(rec);
        assertEquals(2 * cage * cage, p[0], 0.2 * 2 * cage * cage, "plateau " + p[0] + " at " + p[1]);
        assertTrue(p[1] <= 16, "plateau at short lags, got " + p[1]);
    }
}
