package glassdyn.papers.cagejump;

import glassdyn.analysis.ConvectiveTraceback;
import glassdyn.analysis.CageJumpRegions;
import glassdyn.analysis.ConvectiveClusters;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life-cycle moments t0-t3 of spec 000 section 2.8 on planted stress curves. */
class ConvectiveClustersTest {
    /**
     * A planted start-up curve: zero until t0 = 1, slope 4 until t1 = 2, slope 1 until t2 = 3, then a linear drop to
     * zero at t3 = 3.4 and flat after; sampled every 0.01. The moments must come back within two samples (the
     * 5-point smoothing rounds the corners) with the paper's from-zero definition; on a baseline of 2 (a region that
     * never comes near zero) the paper's definition finds no t0 and only the baseline-relative sensitivity variant
     * recovers the moments.
     */
    @Test
    void plantedLifeCycleIsRecovered() {
        plantedLifeCycle(0);
        ConvectiveClusters.Cluster raised = planted(2);
        ConvectiveClusters.moments(raised);
        assertTrue(!raised.complete(), "the paper's t0 needs sigma_c near zero");
        assertTrue(raised.baselineCycle.complete(), "the baseline variant finds it");
        assertEquals(3.0, raised.t[raised.baselineCycle.k2()], 0.021);
        assertEquals(1.0 + 0.1 * 5 / 4, raised.t[raised.baselineCycle.k0()], 0.021);
    }

    private static ConvectiveClusters.Cluster planted(double baseline) {
        int m = 500;
        ConvectiveClusters.Cluster cl = new ConvectiveClusters.Cluster();
        cl.from = 100;
        cl.t = new double[m];
        cl.sigma = new double[m];
        for (int k = 0; k < m; k++) {
            double t = 0.01 * k;
            cl.t[k] = t;
            cl.sigma[k] = baseline + (t < 1 ? 0 : t < 2 ? 4 * (t - 1) : t < 3 ? 4 + (t - 2) : t < 3.4 ? 5 * (1 - (t - 3) / 0.4) : 0);
        }
        cl.sigmaSmooth = ConvectiveClusters.movingAverage(cl.sigma, ConvectiveClusters.SMOOTHING);
        return cl;
    }

    private static void plantedLifeCycle(double baseline) {
        int m = 500;
        ConvectiveClusters.Cluster cl = new ConvectiveClusters.Cluster();
        cl.from = 100;
        cl.t = new double[m];
        cl.sigma = new double[m];
        for (int k = 0; k < m; k++) {
            double t = 0.01 * k;
            cl.t[k] = t;
            cl.sigma[k] = baseline + (t < 1 ? 0 : t < 2 ? 4 * (t - 1) : t < 3 ? 4 + (t - 2) : t < 3.4 ? 5 * (1 - (t - 3) / 0.4) : 0);
        }
        cl.sigmaSmooth = ConvectiveClusters.movingAverage(cl.sigma, ConvectiveClusters.SMOOTHING);
        ConvectiveClusters.moments(cl);
        System.out.printf("t0 %.3f t1 %.3f t2 %.3f t3 %.3f, yield %.3f%n", cl.time(cl.f0), cl.time(cl.f1), cl.time(cl.f2), cl.time(cl.f3), cl.sigmaYield);
        assertEquals(3.0, cl.time(cl.f2), 0.021, "t2 = stress maximum");
        assertEquals(1.0 + 0.1 * 5 / 4, cl.time(cl.f0), 0.021, "t0 = last time below 10% of the yield stress");
        assertEquals(2.0, cl.time(cl.f1), 0.021, "t1 = break of the two-segment fit");
        assertEquals(3.4, cl.time(cl.f3), 0.03, "t3 = first local minimum below 20% of the yield stress: the end of the drop");
        assertEquals(baseline + 5.0, cl.sigmaYield, 0.05);
        assertTrue(cl.complete());
    }

    /** A stress that only grows has no yield inside the traced range: the cluster is not complete. */
    @Test
    void noYieldNoLifeCycle() {
        ConvectiveClusters.Cluster cl = new ConvectiveClusters.Cluster();
        cl.t = new double[100];
        cl.sigma = new double[100];
        for (int k = 0; k < 100; k++) { cl.t[k] = k; cl.sigma[k] = k; }
        cl.sigmaSmooth = ConvectiveClusters.movingAverage(cl.sigma, ConvectiveClusters.SMOOTHING);
        ConvectiveClusters.moments(cl);
        assertTrue(!cl.complete());
    }

    /**
     * Particles moving exactly affinely (x = x0 + gamma_dot t (y - y0), Lees-Edwards box with flips): the traced
     * cluster keeps its members and the Falk-Langer cluster strain is gamma_dot (t - t0), up to float storage.
     */
    @Test
    void affineFlowGivesClusterStrainEqualToTheImposedStrain() {
        double l = 16, rate = 3, y0 = l / 2;
        int n = 4000, frames = 40;
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        double[] x0 = new double[n], yy = new double[n], zz = new double[n];
        for (int i = 0; i < n; i++) { x0[i] = r.nextDouble() * l; yy[i] = r.nextDouble() * l; zz[i] = r.nextDouble() * l; }
        ShearedYukawaRun.Record rec = new ShearedYukawaRun.Record(rate, 0.45, 1e-4, 0.01, n, l * l * l);
        rec.box = glassdyn.space.Box.cubic(3, l);
        rec.time = new double[frames]; rec.tilt = new double[frames];
        rec.x = new float[frames][]; rec.y = new float[frames][]; rec.z = new float[frames][]; rec.virial = new float[frames][];
        for (int k = 0; k < frames; k++) {
            double t = 0.01 * k;
            glassdyn.space.Box b = rec.box.copy();
            b.setTilt(rate * l * t);
            b.flipTilt();
            double[] x = new double[n], y = yy.clone(), z = zz.clone();
            int[] ix = new int[n], iy = new int[n], iz = new int[n];
            for (int i = 0; i < n; i++) { x[i] = x0[i] + rate * t * (yy[i] - y0); b.wrap(i, x, y, z, ix, iy, iz); }
            rec.time[k] = t; rec.tilt[k] = b.xy();
            rec.x[k] = new float[n]; rec.y[k] = new float[n]; rec.z[k] = new float[n]; rec.virial[k] = new float[n];
            for (int i = 0; i < n; i++) { rec.x[k][i] = (float) x[i]; rec.y[k][i] = (float) y[i]; rec.z[k][i] = (float) z[i]; }
        }
        int ref = 30;
        glassdyn.space.Box refBox = rec.boxAt(ref);
        double[] jx = new double[200], jy = new double[200], jz = new double[200];
        for (int p = 0; p < 200; p++) { jx[p] = 8 + 0.8 * r.nextGaussian(); jy[p] = 8 + 0.8 * r.nextGaussian(); jz[p] = 8 + 0.8 * r.nextGaussian(); }
        CageJumpRegions.Map map = new CageJumpRegions().compute(refBox, jx, jy, jz);
        java.util.List<java.util.List<double[]>> none = new java.util.ArrayList<>();
        for (int k = 0; k < frames; k++) none.add(new java.util.ArrayList<>());
        ConvectiveClusters.Cluster cl = ConvectiveClusters.trace(rec, map, map.regions.get(0), ref, 10, y0, none);
        for (int a = 1; a < cl.t.length; a++) assertEquals(cl.members[0].length, cl.members[a].length, "affine motion keeps the members");
        assertTrue(cl.members[0].length > 50, "members " + cl.members[0].length);
        cl.f0 = cl.from + 3;
        double[] g = ConvectiveClusters.clusterStrain(rec, cl, new ConvectiveTraceback(map, map.regions.get(0), rec.time[ref], rate, y0));
        for (int a = 3; a < cl.t.length; a++) assertEquals(rate * (cl.t[a] - cl.t[3]), g[a], 1e-4, "gamma_c at t = " + cl.t[a]);
        assertTrue(Double.isNaN(g[0]), "no strain before t0");
    }

    /**
     * A planted occupancy: windows of w = 10 frames tile 101 frames; the cluster of the window ending at t_ref holds the
     * even (odd) particles for even (odd) windows and lives over the frames [t_ref - 2w, t_ref - w - 1]. Every frame whose clusters all
     * exist then has exactly one live cluster, P_c = 1/2; frames near the end would also need the clusters of windows
     * beyond the run, so the averaging range must stop before them (the range used before stopped one window before
     * the end and averaged in frames with P_c = 0).
     */
    @Test
    void plantedOccupancyIsExactOverTheCoveredRange() {
        int w = 10, frames = 101, nb = 40;
        ShearedYukawaRun.Record rec = new ShearedYukawaRun.Record(3, 0.45, 1e-4, 0.01, nb, 1000);
        rec.time = new double[frames];
        for (int k = 0; k < frames; k++) rec.time[k] = 0.01 * k;
        ConvectiveClusters.Result out = new ConvectiveClusters.Result();
        out.tChi = w * 0.01;
        for (int ref = w; ref < frames; ref += w) {
            ConvectiveClusters.Cluster cl = new ConvectiveClusters.Cluster();
            cl.refFrame = ref; cl.from = Math.max(0, ref - 3 * w); cl.to = ref;
            cl.region = new CageJumpRegions.Region(1, 10, 250, 0, 0, 0, 20, 1.2, new double[9]);
            int parity = (ref / w) % 2;
            int[] members = java.util.stream.IntStream.range(0, nb).filter(i -> i % 2 == parity).toArray();
            cl.members = new int[cl.to - cl.from + 1][];
            for (int a = 0; a < cl.members.length; a++) cl.members[a] = members;
            cl.f0 = ref - 2 * w; cl.f2 = ref - w - 1; cl.f3 = ref - w + 1; cl.sigmaYield = 1;
            if (cl.f0 < cl.from) continue; // life reaching before the run: not traceable
            out.clusters.add(cl);
            out.windows++;
        }
        ConvectiveClusters.occupancy(rec, out);
        assertTrue(out.occupancy.length >= 40, "frames averaged: " + out.occupancy.length);
        for (int k = 0; k < out.occupancy.length; k++) assertEquals(0.5, out.occupancy[k], 1e-12, "P_c at t = " + out.occupancyTime[k]);
        assertEquals(250 / 1000.0, out.coveredFraction, 1e-12);
        // with the life to t3 = t2 + 2 frames, the next window's cluster (the other half) overlaps for 2 frames of every w
        double mean3 = java.util.Arrays.stream(out.occupancyToT3).average().orElse(Double.NaN);
        for (int k = 0; k < out.occupancyToT3.length; k++) {
            double phase = Math.floorMod(Math.round(out.occupancyTime[k] / 0.01), w); // frame index modulo w
            assertEquals(phase < 2 ? 1.0 : 0.5, out.occupancyToT3[k], 1e-12, "P_c to t3 at t = " + out.occupancyTime[k]);
        }
        assertTrue(mean3 > 0.5);
    }

    /**
     * Fig. 2(a) strain drop: a planted life cycle whose strain rises at gamma_dot to t2 and falls back by half the
     * loaded strain at t3 gives 0.5; a strain that keeps rising at gamma_dot gives -(t3 - t2) / (t2 - t0) < 0.
     */
    @Test
    void strainDropOfPlantedStrain() {
        ConvectiveClusters.Cluster cl = new ConvectiveClusters.Cluster();
        int m = 500;
        cl.from = 0;
        cl.t = new double[m]; cl.sigma = new double[m];
        for (int k = 0; k < m; k++) {
            double t = 0.01 * k;
            cl.t[k] = t;
            cl.sigma[k] = t < 1 ? 0 : t < 2 ? 4 * (t - 1) : t < 3 ? 4 + (t - 2) : t < 3.4 ? 5 * (1 - (t - 3) / 0.4) : 0;
        }
        cl.sigmaSmooth = ConvectiveClusters.movingAverage(cl.sigma, ConvectiveClusters.SMOOTHING);
        ConvectiveClusters.moments(cl);
        double rate = 2, t0 = cl.time(cl.f0), t2 = cl.time(cl.f2), t3 = cl.time(cl.f3);
        cl.strain = new double[m];
        for (int k = 0; k < m; k++) cl.strain[k] = cl.t[k] <= t2 ? rate * (cl.t[k] - t0) : rate * (t2 - t0) * (1 - 0.5 * (cl.t[k] - t2) / (t3 - t2));
        assertEquals(0.5, RateAnalysis.strainDrop(cl, cl.cycle, rate), 1e-9);
        for (int k = 0; k < m; k++) cl.strain[k] = rate * (cl.t[k] - t0);
        assertEquals(-(t3 - t2) / (t2 - t0), RateAnalysis.strainDrop(cl, cl.cycle, rate), 1e-9);
        cl.strain = null;
        assertTrue(Double.isNaN(RateAnalysis.strainDrop(cl, cl.cycle, rate)));
    }
}
