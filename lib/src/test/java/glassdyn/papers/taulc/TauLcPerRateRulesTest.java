package glassdyn.papers.taulc;

import glassdyn.claims.Status;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link TauLcPerRateRules} on planted pass / fail / not-shown inputs, and the Green-Kubo integral on a planted decay. */
class TauLcPerRateRulesTest {
    @Test
    void thinningOnset() {
        assertEquals(Status.PASS, TauLcPerRateRules.thinningOnset(0.003, 8, 10, 12, 0.1).status());       // Wi <= 0.036
        assertEquals(Status.FAIL, TauLcPerRateRules.thinningOnset(0.3, 8, 10, 12, 0.1).status());         // Wi >= 2.4
        assertEquals(Status.NOT_SHOWN, TauLcPerRateRules.thinningOnset(0.01, 8, 10, 12, 0.1).status());   // [0.08, 0.12]
        assertEquals(Status.NOT_SHOWN, TauLcPerRateRules.thinningOnset(Double.NaN, 8, 10, 12, 0.1).status());
        assertEquals(Status.NOT_SHOWN, TauLcPerRateRules.thinningOnset(0.003, Double.NaN, Double.NaN, Double.NaN, 0.1).status());
    }

    @Test
    void newtonian() {
        assertEquals(Status.PASS, TauLcPerRateRules.newtonian(10, 9, 11, 10.5, 9.5, 11.5, 0.5).status());
        assertEquals(Status.FAIL, TauLcPerRateRules.newtonian(6, 5.5, 6.5, 10.5, 9.5, 11.5, 0.5).status());
        assertEquals(Status.NOT_SHOWN, TauLcPerRateRules.newtonian(10, 9, 11, 10, 2, 20, 0.5).status());
    }

    @Test
    void allWithinAndAtLeast() {
        assertEquals(Status.PASS, TauLcPerRateRules.allWithin(new double[] {0.75, 0.85, Double.NaN}, 0.8, 0.15, 2, "w").status());
        assertEquals(Status.FAIL, TauLcPerRateRules.allWithin(new double[] {0.75, 0.99}, 0.8, 0.15, 2, "w").status());
        assertEquals(Status.NOT_SHOWN, TauLcPerRateRules.allWithin(new double[] {0.8, Double.NaN}, 0.8, 0.15, 2, "w").status());
        assertEquals(Status.PASS, TauLcPerRateRules.allAtLeast(new double[] {0.95, 0.91}, 0.9, 2, "R^2").status());
        assertEquals(Status.FAIL, TauLcPerRateRules.allAtLeast(new double[] {0.95, 0.5}, 0.9, 2, "R^2").status());
        assertEquals(Status.NOT_SHOWN, TauLcPerRateRules.allAtLeast(new double[] {Double.NaN}, 0.9, 2, "R^2").status());
    }

    @Test
    void hardnessCrossing() {
        double[] ps = {0.1, 0.3, 0.5};
        assertEquals(Status.PASS, TauLcPerRateRules.hardnessCrossing(new double[] {-0.5, 0.1, 0.4}, new double[] {0.15, 0.35, 0.5}, ps, 0.1).status());
        assertEquals(Status.FAIL, TauLcPerRateRules.hardnessCrossing(new double[] {-0.5, -0.2, -0.1}, new double[] {0.15, 0.35, 0.5}, ps, 0.1).status());
        assertEquals(Status.FAIL, TauLcPerRateRules.hardnessCrossing(new double[] {-0.5, 0.1, 0.4}, new double[] {0.5, 0.35, 0.5}, ps, 0.1).status());
        assertEquals(Status.NOT_SHOWN, TauLcPerRateRules.hardnessCrossing(new double[] {Double.NaN, 0.1, 0.4}, new double[] {0.1, 0.3, 0.5}, ps, 0.1).status());
    }

    /**
     * Green-Kubo on a planted Ornstein-Uhlenbeck stress: C(t) = s^2 exp(-t / tau), so V/T int_0^tc C = V/T s^2 tau (1 - e^(-tc/tau));
     * the series' time-origin autocorrelation (three independent components) recovers it within its statistical error.
     */
    @Test
    void greenKuboOfAPlantedExponentialAutocorrelation() {
        double dt = 0.1, tau = 2, s = 0.5, a = Math.exp(-dt / tau);
        int frames = 200_000, lag = 100;
        Random rnd = new Random(5);
        double[][] p = new double[3][frames];
        for (double[] c : p) {
            c[0] = s * rnd.nextGaussian();
            for (int j = 1; j < frames; j++) c[j] = a * c[j - 1] + s * Math.sqrt(1 - a * a) * rnd.nextGaussian();
        }
        double[] acf = glassdyn.protocols.StressAutocorrelationAccess.of(p, lag);
        assertEquals(s * s, acf[0], 0.02 * s * s);
        double exact = 3.0 / 0.7 * s * s * tau * (1 - Math.exp(-lag * dt / tau));
        // trapezoid bias of exp(-t/tau) on dt = 0.1: ~ (dt/tau)^2 / 12 relative
        assertEquals(exact, TauLcAlpha.greenKubo(acf, dt, 3.0, 0.7), 0.05 * exact);
    }
}
