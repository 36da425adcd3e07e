package glassdyn.papers.epmq;

import glassdyn.claims.Status;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Planted pass and fail of the growing-length check: maps with mobile blocks whose side grows (or shrinks) on cooling. */
class DynamicLengthTest {
    private static final int L = 64;
    private static final double[] T = {0.1, 0.06, 0.04, 0.03, 0.02, 0.013, 0.013, 0.013};

    /** Half the b x b blocks (random offset) mobile: clusters of linear size ~ b. */
    private static int[] blocks(int b, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int ox = r.nextInt(b), oy = r.nextInt(b);
        int nb = (L + b - 1) / b;
        boolean[] mobile = new boolean[nb * nb];
        for (int i = 0; i < mobile.length; i++) mobile[i] = r.nextDouble() < 1 - DynamicLength.MAP_PERSISTENCE;
        int[] m = new int[L * L];
        for (int x = 0; x < L; x++)
            for (int y = 0; y < L; y++) m[x * L + y] = mobile[((x + ox) % L / b) * nb + (y + oy) % L / b] ? 0 : 1;
        return m;
    }

    private static DynamicLength.Trend trendOf(int[] sides) {
        double[] ratio = new double[T.length];
        for (int i = 0; i < T.length; i++) ratio[i] = MobileClusters.ratioToRandom(blocks(sides[i], 100 + i), L, DynamicLength.NULL_SEED);
        return DynamicLength.trend(T, ratio);
    }

    @Test
    void exactPowerLawGivesItsSlope() {
        double[] r = new double[T.length];
        for (int i = 0; i < T.length; i++) r[i] = 2 * Math.pow(1 / T[i], 0.5);
        DynamicLength.Trend t = DynamicLength.trend(T, r);
        assertEquals(0.5, t.slope(), 1e-12);
        assertEquals(0.5, t.interval()[0], 1e-9);
        assertEquals(DynamicLength.THRESHOLD, t.threshold(), 1e-12);
        assertEquals(2 * Math.pow(1 / 0.02, 0.5), t.at(0.02), 1e-9);
    }

    @Test
    void growingBlocksPass() {
        DynamicLength.Trend t = trendOf(new int[] {1, 1, 2, 2, 3, 4, 4, 4});
        assertEquals(Status.PASS, DynamicLength.verdict(t, "x").status(), t.toString());
    }

    @Test
    void shrinkingBlocksFail() {
        DynamicLength.Trend t = trendOf(new int[] {4, 4, 3, 2, 2, 1, 1, 1});
        assertEquals(Status.FAIL, DynamicLength.verdict(t, "x").status(), t.toString());
    }

    @Test
    void randomMapsFail() {
        DynamicLength.Trend t = trendOf(new int[] {1, 1, 1, 1, 1, 1, 1, 1});
        assertEquals(Status.FAIL, DynamicLength.verdict(t, "x").status(), t.toString());
    }

    @Test
    void twoRunsAreNotShown() {
        DynamicLength.Trend t = DynamicLength.trend(new double[] {0.1, 0.013}, new double[] {1, 5});
        assertEquals(Status.NOT_SHOWN, DynamicLength.verdict(t, "x").status());
    }
}
