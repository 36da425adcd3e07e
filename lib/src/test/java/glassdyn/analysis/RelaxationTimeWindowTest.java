package glassdyn.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** tau_alpha and peak times are values only inside the sampled window; outside it they are null with a reason. */
class RelaxationTimeWindowTest {
    static final double[] T = {1, 2, 4, 8, 16, 32};

    static double[] exp(double tau) {
        double[] f = new double[T.length];
        for (int k = 0; k < T.length; k++) f[k] = Math.exp(-T[k] / tau);
        return f;
    }

    @Test
    void crossingInsideOutsideTheWindow() {
        var in = RelaxationTime.crossingWithin(T, exp(6), RelaxationTime.ONE_OVER_E, "fs");
        assertTrue(in.resolved());
        assertTrue(in.value() > 4 && in.value() < 8, "" + in.value());
        var early = RelaxationTime.crossingWithin(T, exp(0.5), RelaxationTime.ONE_OVER_E, "fs");
        assertNull(early.orNull());
        assertTrue(early.reason().contains("earlier than the sampled window") && early.reason().contains("t = 1.0"), early.reason());
        // the old method reports the first time as if measured
        assertEquals(1.0, RelaxationTime.firstCrossing(T, exp(0.5), RelaxationTime.ONE_OVER_E), 0);
        var late = RelaxationTime.crossingWithin(T, exp(1000), RelaxationTime.ONE_OVER_E, "fs");
        assertNull(late.orNull());
        assertTrue(late.reason().contains("later than the sampled window"), late.reason());
    }

    @Test
    void peakInsideOutsideTheWindow() {
        double[] inside = {0.1, 0.5, 0.9, 0.7, 0.3, 0.2};
        var p = RelaxationTime.peakWithin(T, inside, "chi4");
        assertTrue(p.resolved() && p.value() > 2 && p.value() < 8, "" + p.value());
        double[] rising = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        var r = RelaxationTime.peakWithin(T, rising, "chi4");
        assertNull(r.orNull());
        assertTrue(r.reason().contains("end of the sampled window"), r.reason());
        double[] falling = {0.6, 0.5, 0.4, 0.3, 0.2, 0.1};
        assertTrue(RelaxationTime.peakWithin(T, falling, "chi4").reason().contains("start of the sampled window"));
    }
}
