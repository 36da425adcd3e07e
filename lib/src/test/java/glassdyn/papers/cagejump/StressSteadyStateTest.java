package glassdyn.papers.cagejump;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The steady-state diagnostic on stationary correlated noise (passes in ~90% of series) and on a planted drift (fails). */
class StressSteadyStateTest {
    @Test
    void stationaryPassesAndDriftFails() {
        SplittableRandom rng = new SplittableRandom(1);
        int steady = 0, drifting = 0, trials = 400;
        for (int n = 0; n < trials; n++) {
            double[] s = ClusterLifeCyclesTest.ou(2000, 10, rng), d = s.clone();
            for (int k = 0; k < d.length; k++) d[k] += 1.0 * k / d.length; // drift of 1 over the run: ~3.5 standard errors
            if (StressSteadyState.of(s).steady()) steady++;
            if (StressSteadyState.of(d).steady()) drifting++;
        }
        System.out.printf("steady: stationary %.3f, drifting %.3f%n", steady / (double) trials, drifting / (double) trials);
        assertTrue(steady >= 0.8 * trials, "stationary series flagged: " + steady);
        assertTrue(drifting <= 0.2 * trials, "drift not detected: " + drifting);
        // tau of an AR(1) with a = exp(-1/10): (1 + a) / (2 (1 - a)) = 10.0 samples
        double tau = 0;
        for (int n = 0; n < 50; n++) tau += StressSteadyState.of(ClusterLifeCyclesTest.ou(20000, 10, rng)).tau() / 50;
        assertEquals(10.0, tau, 1.0);
    }
}
