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

    @Test void stokesEinsteinFitsOnlyTheActivatedReliablePoints() {
        // planted: D = tau^-1 below tau = 10 (Stokes-Einstein), D = 10^(0.77 - 1) tau^-0.77 above (continuous at 10)
        double[] tau = {1, 2, 4, 8, 12, 20, 40, 80, 160, 300};
        double[] d = new double[tau.length];
        boolean[] ok = new boolean[tau.length];
        for (int i = 0; i < tau.length; i++) {
            d[i] = tau[i] < 10 ? 1 / tau[i] : Math.pow(10, 0.77 - 1) * Math.pow(tau[i], -0.77);
            ok[i] = true;
        }
        ok[9] = false;          // a non-diffusive D, planted far off the law: it must not enter
        d[9] = 1;
        StokesEinstein se = StokesEinstein.fit(tau, d, ok, 10);
        assertEquals(0.77, se.xi(), 1e-12);
        assertEquals(0, se.halfWidth90(), 1e-9);
        assertEquals(5, se.points());
        assertEquals(12, se.tauMin(), 0);
        assertEquals(160, se.tauMax(), 0);
        assertFalse(se.used()[3]);
        assertFalse(se.used()[9]);
        assertTrue(se.xiAll() > 0.8 && se.xiAll() < 1, "the normal liquid pulls xi towards 1: " + se.xiAll());
        // two activated points: an exponent but no interval
        StokesEinstein two = StokesEinstein.fit(new double[] {12, 20}, new double[] {d[4], d[5]}, new boolean[] {true, true}, 10);
        assertEquals(0.77, two.xi(), 1e-12);
        assertTrue(Double.isNaN(two.halfWidth90()));
    }

    @Test void stokesEinsteinIntervalCoversTheTrueExponent() {
        // noisy planted law: the 90% interval must contain 0.77 in about 90% of 400 draws
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        double[] tau = {10, 15, 25, 40, 60, 100};
        int covered = 0, draws = 400;
        for (int k = 0; k < draws; k++) {
            double[] d = new double[tau.length];
            boolean[] ok = new boolean[tau.length];
            for (int i = 0; i < tau.length; i++) { d[i] = Math.pow(tau[i], -0.77) * Math.exp(0.05 * rng.nextGaussian()); ok[i] = true; }
            StokesEinstein se = StokesEinstein.fit(tau, d, ok, 10);
            if (Math.abs(se.xi() - 0.77) <= se.halfWidth90()) covered++;
        }
        assertTrue(covered > 0.85 * draws && covered < 0.95 * draws, "coverage " + covered + "/" + draws);
    }

    @Test void lagsFromFewOriginsAreDropped() {
        double[] t = {1, 2, 2.5, 3, 4}, pairs = {50, 40, 1, 30, 9}, f = {0.9, 0.5, 0.1, 0.3, 0.1};
        Table lags = Tables.of("lags", "t", t, "fs", f, "pairs", pairs);
        Table kept = TimeOriginAverage.withMinimumPairs(lags, 10);
        assertArrayEquals(new double[] {1, 2, 3}, kept.doubleColumn("t").asDoubleArray());
    }
}
