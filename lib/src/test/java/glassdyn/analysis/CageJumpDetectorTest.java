package glassdyn.analysis;

import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Planted-signal tests of the Candelier et al. detector: Gaussian thermal noise in a cage (sigma = 0.05 per axis, so
 * the plateau &lt;u^2&gt; = 3 sigma^2 = 0.0075) plus instantaneous jumps of known frames and sizes (0.4 to 1.0,
 * random directions, at least 20 frames apart); and the same noise without jumps.
 */
class CageJumpDetectorTest {
    static final int N = 300, FRAMES = 600, MIN_GAP = 20;
    static final double SIGMA = 0.05;

    record Planted(int particle, int frame, double size) { }

    static PositionHistory synthetic(long seed, boolean jumps, List<Planted> planted) { return synthetic(seed, jumps, planted, 0.4, 1.0); }

    static PositionHistory synthetic(long seed, boolean jumps, List<Planted> planted, double minSize, double maxSize) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[FRAMES][N], y = new double[FRAMES][N], z = new double[FRAMES][N];
        for (int i = 0; i < N; i++) {
            double cx = rng.nextDouble() * 10, cy = rng.nextDouble() * 10, cz = rng.nextDouble() * 10;
            // up to 4 jump frames, at least MIN_GAP apart and from the ends
            List<Integer> at = new ArrayList<>();
            if (jumps) {
                int count = rng.nextInt(5);
                for (int tries = 0; at.size() < count && tries < 100; tries++) {
                    int f = MIN_GAP + rng.nextInt(FRAMES - 2 * MIN_GAP);
                    if (at.stream().allMatch(g -> Math.abs(g - f) >= MIN_GAP)) at.add(f);
                }
            }
            for (int k = 0; k < FRAMES; k++) {
                if (at.contains(k)) {
                    double size = minSize + (maxSize - minSize) * rng.nextDouble();
                    double ux = rng.nextGaussian(), uy = rng.nextGaussian(), uz = rng.nextGaussian();
                    double norm = Math.sqrt(ux * ux + uy * uy + uz * uz);
                    cx += size * ux / norm; cy += size * uy / norm; cz += size * uz / norm;
                    planted.add(new Planted(i, k, size));
                }
                x[k][i] = cx + SIGMA * rng.nextGaussian();
                y[k][i] = cy + SIGMA * rng.nextGaussian();
                z[k][i] = cz + SIGMA * rng.nextGaussian();
            }
        }
        double[] t = new double[FRAMES];
        for (int k = 0; k < FRAMES; k++) t[k] = 0.1 * k;
        return PositionHistory.of(t, Box.cubic(3, 10), new int[N], x, y, z);
    }

    /** {precision, recall, worst size error} with a match when the frame is within one frame of a planted jump. */
    static double[] score(Table jumps, List<Planted> planted) {
        boolean[] used = new boolean[planted.size()];
        int matched = 0;
        double worstSizeError = 0;
        for (int r = 0; r < jumps.rowCount(); r++) {
            int i = jumps.intColumn("id").get(r) - 1, f = jumps.intColumn("frame").get(r);
            for (int k = 0; k < planted.size(); k++) {
                Planted p = planted.get(k);
                if (!used[k] && p.particle == i && Math.abs(p.frame - f) <= 1) {
                    used[k] = true;
                    matched++;
                    worstSizeError = Math.max(worstSizeError, Math.abs(jumps.doubleColumn("size").get(r) - p.size));
                    break;
                }
            }
        }
        double precision = (double) matched / jumps.rowCount(), recall = (double) matched / planted.size();
        System.out.printf("cage jumps: planted %d, detected %d, matched within 1 frame %d: precision %.4f recall %.4f, worst size error %.3f%n",
            planted.size(), jumps.rowCount(), matched, precision, recall, worstSizeError);
        return new double[] {precision, recall, worstSizeError};
    }

    @Test
    void findsPlantedJumpsWithHighPrecisionAndRecall() {
        List<Planted> planted = new ArrayList<>();
        PositionHistory h = synthetic(7, true, planted);
        Table jumps = new CageJumpDetector(3 * SIGMA * SIGMA).compute(h);
        double[] s = score(jumps, planted);
        double precision = s[0], recall = s[1], worstSizeError = s[2];
        assertTrue(planted.size() > 400, "enough planted jumps");
        assertTrue(precision >= 0.98, "precision " + precision);
        assertTrue(recall >= 0.98, "recall " + recall);
        assertTrue(worstSizeError < 0.1, "jump size from the cage centroids, worst error " + worstSizeError);
        // time: midway between the two cages
        int r0 = 0;
        assertEquals(0.5 * (h.time[jumps.intColumn("frame").get(r0) - 1] + h.time[jumps.intColumn("frame").get(r0)]),
            jumps.doubleColumn("t").get(r0), 1e-12);
    }

    @Test
    void smallJumpsNearTheNoiseLevel() {
        // jumps of 3 to 6 sigma per axis (0.15 to 0.3): a harder case: measured precision 0.96, recall 0.95 (seed 13)
        List<Planted> planted = new ArrayList<>();
        PositionHistory h = synthetic(13, true, planted, 0.15, 0.3);
        double[] s = score(new CageJumpDetector(3 * SIGMA * SIGMA).compute(h), planted);
        assertTrue(s[0] >= 0.94, "precision " + s[0]);
        assertTrue(s[1] >= 0.93, "recall " + s[1]);
    }

    @Test
    void findsNothingWithoutJumps() {
        PositionHistory h = synthetic(11, false, new ArrayList<>());
        Table jumps = new CageJumpDetector(3 * SIGMA * SIGMA).compute(h);
        assertEquals(0, jumps.rowCount(), "jump-free trajectories of " + N + " particles x " + FRAMES + " frames");
    }

    @Test
    void sameResultOnAnyThreadCount() {
        List<Planted> planted = new ArrayList<>();
        PositionHistory h = synthetic(3, true, planted);
        Table a = new CageJumpDetector(3 * SIGMA * SIGMA).compute(h);
        Table b = java.util.concurrent.ForkJoinPool.commonPool().submit(() -> new CageJumpDetector(3 * SIGMA * SIGMA).compute(h)).join();
        assertEquals(a.rowCount(), b.rowCount());
        for (int r = 0; r < a.rowCount(); r++) assertEquals(a.doubleColumn("p").get(r), b.doubleColumn("p").get(r), 0.0);
    }
}
