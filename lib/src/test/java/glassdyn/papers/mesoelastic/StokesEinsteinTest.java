package glassdyn.papers.mesoelastic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The Stokes-Einstein exponent over the activated points only, against planted power laws. */
class StokesEinsteinTest {

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
}
