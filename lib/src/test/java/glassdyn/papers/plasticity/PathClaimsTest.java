package glassdyn.papers.plasticity;

import glassdyn.indicators.Indicator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-path averages of the strain-path claims on a planted path record. */
class PathClaimsTest {
    @Test
    void deltaGammaAveragesTakeTheRightGridPoints() {
        // DELTA_GAMMA = {0, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2}: plant r_x = 0.9 up to 1e-3 and 0.6 from 1e-2 on
        GlassRecord r = new GlassRecord().put("rxdg.0.theta", 0.9, 0.9).put("rxdg.2.theta", 0.9).put("rxdg.3.theta", 0.9)
            .put("rxdg.4.theta", 0.1).put("rxdg.5.theta", 0.6, 0.6).put("rxdg.6.theta", 0.6);
        assertEquals(0.9, PathClaims.meanAtDeltaGamma(r, Indicator.THETA, 0, PathClaims.SMALL_DG), 1e-12);
        assertEquals(0.6, PathClaims.meanAtDeltaGamma(r, Indicator.THETA, PathClaims.LARGE_DG, 1), 1e-12);
        assertTrue(Double.isNaN(PathClaims.meanAtDeltaGamma(r, Indicator.SOFTNESS, 0, 1)));
    }

    @Test
    void eventAveragesSplitEarlyAndLate() {
        GlassRecord r = new GlassRecord().put("rx_event.theta", 1, 0.8, 0.5, 0.5, 0.2, 0.4);
        assertEquals(0.9, PathClaims.meanOverEvents(r, Indicator.THETA, 1, PathClaims.EARLY_EVENTS), 1e-12);
        assertEquals(0.3, PathClaims.meanOverEvents(r, Indicator.THETA, PathClaims.LATE_FROM, Integer.MAX_VALUE), 1e-12);
        assertTrue(Double.isNaN(PathClaims.meanOverEvents(r, Indicator.THETA, 7, 9)));
    }
}
