package glassdyn.analysis;

import glassdyn.table.Tables;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.*;

/**
 * D with its diffusive-window diagnostic, the Stokes-Einstein exponent over the activated points only, and the
 * lag filter of under-sampled time origins, each against planted curves.
 */
class DiffusionAndStokesEinsteinTest {

    @Test void diffusionFromAPlateauPlusLinearMsdIsExactAndDiffusive() {
        double d = 0.0123, plateau = 0.05, tc = 0.5;
        int m = 200;
        double[] t = new double[m], msd = new double[m];
        for (int i = 0; i < m; i++) {
            t[i] = 0.01 * Math.pow(10, 5.0 * i / (m - 1));
            msd[i] = plateau * (1 - Math.exp(-t[i] / tc)) + 6 * d * t[i];
        }
        DiffusionCoefficient r = DiffusionCoefficient.of(t, msd, 1.0, 3);
        // over MSD > 1 (t > 13) the plateau term is constant to exp(-26): the line slope is 6 D
        assertEquals(d, r.d(), 1e-12);
        assertTrue(r.logSlope() > 0.95 && r.logSlope() <= 1, "log slope " + r.logSlope());
        assertTrue(r.diffusive(0.1));
        assertEquals(t[m - 1], r.windowEnd(), 0);
        assertTrue(r.windowStart() > 13 && r.windowStart() < 14.5, "window start " + r.windowStart());
    }

    @Test void subdiffusiveMsdIsFlagged() {
        int m = 100;
        double[] t = new double[m], msd = new double[m];
        for (int i = 0; i < m; i++) { t[i] = Math.pow(10, 3.0 * i / (m - 1)); msd[i] = 0.3 * Math.pow(t[i], 0.7); }
        DiffusionCoefficient r = DiffusionCoefficient.of(t, msd, 1.0, 3);
        assertEquals(0.7, r.logSlope(), 1e-12);
        assertFalse(r.diffusive(0.1));
        DiffusionCoefficient none = DiffusionCoefficient.of(t, msd, 1e9, 3);
        assertTrue(Double.isNaN(none.d()));
        assertEquals(0, none.points());
    }

    @Test void lagsFromFewOriginsAreDropped() {
        double[] t = {1, 2, 2.5, 3, 4}, pairs = {50, 40, 1, 30, 9}, f = {0.9, 0.5, 0.1, 0.3, 0.1};
        Table lags = Tables.of("lags", "t", t, "fs", f, "pairs", pairs);
        Table kept = TimeOriginAverage.withMinimumPairs(lags, 10);
        assertArrayEquals(new double[] {1, 2, 3}, kept.doubleColumn("t").asDoubleArray());
    }
}
