package glassdyn.analysis;

import glassdyn.space.Box;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The two nulls of paper 000's "clusters are special" claims (review 000, section 6.1; issue 15), both traced back and
 * measured exactly like the detected regions ({@link ConvectiveClusters#trace}: same convective traceback, same
 * life-cycle detector on the real cluster stress, real cage jumps counted inside):
 * <ul>
 *   <li>random regions: {@link ConvectiveClusters#NULL_COPIES} copies of every detected region, same shape, volume and
 *   detection window, translated uniformly in the box at t_ref ({@link #randomCopies});</li>
 *   <li>time-shuffled jumps: the run's cage jumps with their frames permuted at random ({@link #timeShuffled}), delineated
 *   into regions window by window with the same rule; these regions sit where jump-prone particles are, but the jumps
 *   that made them did not happen together.</li>
 * </ul>
 */
public final class ClusterNulls {
    /** Seed of the frame permutation of the time-shuffled null. */
    public static final long SHUFFLE_SEED = 23;

    private ClusterNulls() {}

    /**
     * The time-shuffled jumps: every jump keeps its particle and its displacement (dx, dy, dz), the frames of all jumps
     * of the run are permuted at random (Fisher-Yates, {@code seed}), and the position is the particle's Lees-Edwards
     * position at its new frame. Keeps the number of jumps in every frame and of every particle (the jump rate and the
     * particles' mobility over the run); breaks the coincidence of jumps in time and space that makes a cluster.
     *
     * @param jumps rows {frame, particle, dx, dy, dz, x, y, z} ({@link ConvectiveClusters.Result#jumpRows})
     * @return rows of the same layout, in the input's particle order
     */
    public static double[][] timeShuffled(ShearRecord rec, double[][] jumps, long seed) {
        int n = jumps.length;
        int[] frame = new int[n];
        for (int r = 0; r < n; r++) frame[r] = (int) jumps[r][0];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int r = n - 1; r > 0; r--) {
            int j = rng.nextInt(r + 1), t = frame[r];
            frame[r] = frame[j]; frame[j] = t;
        }
        double[][] out = new double[n][];
        for (int r = 0; r < n; r++) {
            int f = frame[r], i = (int) jumps[r][1];
            out[r] = new double[] {f, i, jumps[r][2], jumps[r][3], jumps[r][4], rec.x[f][i], rec.y[f][i], rec.z[f][i]};
        }
        return out;
    }

    /**
     * The random-region null of one region: {@link ConvectiveClusters#NULL_COPIES} copies translated uniformly in the
     * box at t_ref (seeded by the window and the label) and traced back like the region ({@link ConvectiveTraceback#shifted}).
     */
    public static void randomCopies(ShearRecord rec, CageJumpRegions.Map map, CageJumpRegions.Region region, int ref,
                             int w, double y0, List<List<double[]>> jumpsByFrame, ConvectiveClusters.Result out) {
        SplittableRandom rng = new SplittableRandom(ConvectiveClusters.NULL_SEED + 7919L * ref + region.label());
        ConvectiveTraceback own = new ConvectiveTraceback(map, region, rec.time[ref], rec.rate, y0);
        Box b = rec.boxAt(ref);
        for (int c = 0; c < ConvectiveClusters.NULL_COPIES; c++) {
            ConvectiveTraceback tb = own.shifted(rng.nextDouble() * b.lx(), rng.nextDouble() * b.ly(), rng.nextDouble() * b.lz());
            ConvectiveClusters.Cluster cl = ConvectiveClusters.trace(rec, map, region, tb, ref, w, y0, jumpsByFrame, true);
            cl.window = out.windows - 1;
            out.nullClusters.add(lean(cl));
        }
    }

    /**
     * A null region without its per-frame membership and jump list (only the detected clusters feed P_c, the
     * snapshots, g_cj and the PHM; the nulls' statistics are computed by the trace): most of the analysis' memory
     * otherwise, as there are {@link ConvectiveClusters#NULL_COPIES} + 1 null regions per cluster.
     */
    public static ConvectiveClusters.Cluster lean(ConvectiveClusters.Cluster cl) {
        cl.members = null;
        cl.jumps = List.of();
        return cl;
    }

    /**
     * The time-shuffled null of one window: the regions of the shuffled jumps of (start, ref], each traced back with its
     * own traceback (the strain only where the paper's t0 was found) and measured with the real jumps {@code jumpsByFrame}.
     */
    public static void shuffledRegions(ShearRecord rec, CageJumpRegions regions, List<List<double[]>> shuffledByFrame, int start,
                                int ref, int w, double y0, List<List<double[]>> jumpsByFrame, ConvectiveClusters.Result out) {
        CageJumpRegions.Map map = ConvectiveClusters.delineate(rec, regions, shuffledByFrame, start, ref, y0);
        for (CageJumpRegions.Region region : map.regions) {
            ConvectiveClusters.Cluster cl = ConvectiveClusters.trace(rec, map, region,
                new ConvectiveTraceback(map, region, rec.time[ref], rec.rate, y0), ref, w, y0, jumpsByFrame, true);
            cl.window = out.windows - 1;
            out.shuffledClusters.add(lean(cl));
        }
    }
}
