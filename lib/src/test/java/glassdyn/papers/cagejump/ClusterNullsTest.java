package glassdyn.papers.cagejump;

import glassdyn.analysis.CageJumpRegions;
import glassdyn.analysis.ClusterNulls;
import glassdyn.analysis.ConvectiveClusters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two nulls of {@link ClusterNulls} are drawn as their javadoc states. */
class ClusterNullsTest {
    static final double L = 16;
    static final int NB = 2000, FRAMES = 201, W = 20;

    /** Particles diffusing slowly at rest in a cubic box (no shear), zero virial; frames every 0.01. */
    static ShearedYukawaRun.Record record(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ShearedYukawaRun.Record rec = new ShearedYukawaRun.Record(0, 0.45, 1e-4, 0.01, NB, L * L * L);
        rec.box = glassdyn.space.Box.cubic(3, L);
        rec.time = new double[FRAMES]; rec.tilt = new double[FRAMES];
        rec.x = new float[FRAMES][NB]; rec.y = new float[FRAMES][NB]; rec.z = new float[FRAMES][NB]; rec.virial = new float[FRAMES][NB];
        double[] x = new double[NB], y = new double[NB], z = new double[NB];
        for (int i = 0; i < NB; i++) { x[i] = r.nextDouble() * L; y[i] = r.nextDouble() * L; z[i] = r.nextDouble() * L; }
        for (int k = 0; k < FRAMES; k++) {
            rec.time[k] = 0.01 * k;
            for (int i = 0; i < NB; i++) {
                x[i] = ((x[i] + 0.01 * (r.nextDouble() - 0.5)) % L + L) % L;
                rec.x[k][i] = (float) x[i]; rec.y[k][i] = (float) y[i]; rec.z[k][i] = (float) z[i];
            }
        }
        return rec;
    }

    /**
     * Background jumps of random particles at random frames, plus a planted cluster: every particle within 2.5 d_b of
     * the box centre jumps once in frames (60, 80] (the window ending at t_ref = 80).
     */
    static double[][] jumps(ShearedYukawaRun.Record rec, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<double[]> rows = new ArrayList<>();
        for (int q = 0; q < 1500; q++) {
            int f = 1 + r.nextInt(FRAMES - 1), i = r.nextInt(NB);
            rows.add(row(rec, f, i, r));
        }
        for (int i = 0; i < NB; i++) {
            double dx = rec.x[70][i] - L / 2, dy = rec.y[70][i] - L / 2, dz = rec.z[70][i] - L / 2;
            if (dx * dx + dy * dy + dz * dz < 2.5 * 2.5) rows.add(row(rec, 61 + r.nextInt(20), i, r));
        }
        return rows.toArray(new double[0][]);
    }

    private static double[] row(ShearedYukawaRun.Record rec, int f, int i, SplittableRandom r) {
        return new double[] {f, i, r.nextDouble() - 0.5, r.nextDouble() - 0.5, r.nextDouble() - 0.5, rec.x[f][i], rec.y[f][i], rec.z[f][i]};
    }

    @Test
    void timeShuffledJumpsKeepParticlesAndFramesAndBreakTheirPairing() {
        ShearedYukawaRun.Record rec = record(1);
        double[][] real = jumps(rec, 2), sh = ClusterNulls.timeShuffled(rec, real, ClusterNulls.SHUFFLE_SEED);
        assertEquals(real.length, sh.length);
        double[] fr = new double[real.length], fs = new double[real.length];
        int moved = 0;
        for (int q = 0; q < real.length; q++) {
            assertEquals(real[q][1], sh[q][1], "the jump keeps its particle");
            assertArrayEquals(Arrays.copyOfRange(real[q], 2, 5), Arrays.copyOfRange(sh[q], 2, 5), "and its displacement");
            int f = (int) sh[q][0], i = (int) sh[q][1];
            assertEquals(rec.x[f][i], sh[q][5], 0); assertEquals(rec.y[f][i], sh[q][6], 0); assertEquals(rec.z[f][i], sh[q][7], 0);
            fr[q] = real[q][0]; fs[q] = sh[q][0];
            if (fr[q] != fs[q]) moved++;
        }
        double[] a = fr.clone(), b = fs.clone();
        Arrays.sort(a); Arrays.sort(b);
        assertArrayEquals(a, b, "the frames are a permutation: jumps per frame kept");
        assertTrue(moved > 0.95 * real.length, "frames changed for " + moved + " of " + real.length);
        double rho = glassdyn.stats.RankCorrelation.spearman(fr, fs);
        assertTrue(Math.abs(rho) < 0.1, "old and new frames uncorrelated: rho " + rho);
        assertArrayEquals(sh[7], ClusterNulls.timeShuffled(rec, real, ClusterNulls.SHUFFLE_SEED)[7], "seeded");
    }

    /**
     * The planted cluster is found by the delineation of the real jumps of its window; in the same window's shuffled jumps
     * the cluster's particles jump at other times, so the window holds far fewer jumps there; the shuffled regions are
     * delineated in the same window.
     * Every detected region has {@link ConvectiveClusters#NULL_COPIES} random copies of the same region (volume, shape)
     * and window whose members at t_ref are about the region's volume times the density, at other places.
     */
    @Test
    void shuffledNullLosesThePlantedClusterAndRandomCopiesKeepShapeAndWindow() {
        ShearedYukawaRun.Record rec = record(3);
        double[][] real = jumps(rec, 4), sh = ClusterNulls.timeShuffled(rec, real, ClusterNulls.SHUFFLE_SEED);
        double y0 = L / 2;
        List<List<double[]>> byFrame = ConvectiveClusters.byFrame(real, FRAMES), shByFrame = ConvectiveClusters.byFrame(sh, FRAMES);
        CageJumpRegions regions = new CageJumpRegions();
        int start = 60, ref = 80;
        CageJumpRegions.Map map = ConvectiveClusters.delineate(rec, regions, byFrame, start, ref, y0);
        assertTrue(map.labelAt(L / 2, L / 2, L / 2) > 0, "the planted cluster is a region");
        ConvectiveClusters.Result out = new ConvectiveClusters.Result();
        out.windows = 4;
        ClusterNulls.shuffledRegions(rec, regions, shByFrame, start, ref, W, y0, byFrame, out);
        CageJumpRegions.Region planted = map.regions.get(map.labelAt(L / 2, L / 2, L / 2) - 1);
        assertTrue(!out.shuffledClusters.isEmpty());
        for (ConvectiveClusters.Cluster cl : out.shuffledClusters) {
            assertEquals(ref, cl.refFrame);
            assertEquals(3, cl.window);
        }
        // the cluster's particles still jump, in other windows: the window keeps about window/run = 1/10 of their jumps
        int realNear = near(byFrame, start, ref), shuffledNear = near(shByFrame, start, ref);
        assertTrue(realNear > 25 && shuffledNear < 0.4 * realNear, "jumps within 2.5 d_b of the planted cluster: real " + realNear
            + ", shuffled " + shuffledNear);
        ClusterNulls.randomCopies(rec, map, planted, ref, W, y0, byFrame, out);
        assertEquals(ConvectiveClusters.NULL_COPIES, out.nullClusters.size());
        double density = NB / (L * L * L), expected = planted.volume() * density;
        ConvectiveClusters.Cluster own = ConvectiveClusters.trace(rec, map, planted, ref, W, y0, byFrame);
        int ownMembers = own.members[ref - own.from].length;
        for (ConvectiveClusters.Cluster c : out.nullClusters) {
            assertSame(planted, c.region, "same region: shape and volume");
            assertEquals(ref, c.refFrame, "same window");
            double m = c.inside[ref - c.from];
            assertTrue(Math.abs(m - expected) < 5 * Math.sqrt(expected) + 3, "members " + m + " vs volume x density " + expected);
            assertTrue(!Arrays.equals(c.inside, own.inside), "at another place");
            assertTrue(c.members == null && c.jumps.isEmpty(), "the nulls keep no per-frame membership");
        }
        assertTrue(Math.abs(ownMembers - expected) < 5 * Math.sqrt(expected) + 3);
    }

    private static int near(List<List<double[]>> byFrame, int start, int ref) {
        int n = 0;
        for (int k = start + 1; k <= ref; k++)
            for (double[] j : byFrame.get(k)) {
                double dx = j[5] - L / 2, dy = j[6] - L / 2, dz = j[7] - L / 2;
                if (dx * dx + dy * dy + dz * dz < 2.5 * 2.5) n++;
            }
        return n;
    }
}
