package glassdyn.papers.epmq;

import glassdyn.claims.Status;
import glassdyn.epm.Correlations;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The KWW fit on planted relaxations: exact stretched exponentials give back beta and tau_K; noisy planted
 * trajectories of a simple exponential pass the "not stretched" rule of relaxation_not_stretched, and trajectories
 * of a beta = 0.5 stretched exponential (the liquid-like case) fail it.
 */
class RelaxationShapeTest {

    private static double[] lags() {
        double[] t = new double[90];
        for (int k = 0; k < t.length; k++) t[k] = 0.01 * Math.pow(1.12, k) * 100;
        return t;
    }

    private static double[] kww(double[] t, double tau, double beta, double noise, SplittableRandom r) {
        double[] p = new double[t.length];
        for (int k = 0; k < t.length; k++) p[k] = Math.exp(-Math.pow(t[k] / tau, beta)) + (noise == 0 ? 0 : noise * (r.nextDouble() - 0.5));
        return p;
    }

    @Test
    void exactKwwIsRecovered() {
        double[] t = lags();
        for (double beta : new double[] {0.4, 0.7, 1.0, 1.3}) {
            RelaxationShape.Kww f = RelaxationShape.fit(t, kww(t, 500, beta, 0, null));
            assertEquals(beta, f.beta(), 1e-9);
            assertEquals(500, f.tauK(), 1e-6);
        }
    }

    private static double[] plantedBetas(double beta, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] t = lags();
        List<Correlations> cs = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            double[] p = kww(t, 300 * (1 + 0.2 * r.nextDouble()), beta, 0.02, r);
            cs.add(new Correlations(t, p, p, p, p, p, 1, 1, Double.NaN, Double.NaN));
        }
        return RelaxationShape.betas(cs);
    }

    @Test
    void simpleExponentialPassesStretchedFails() {
        double[] exp = plantedBetas(1.0, 1), stretched = plantedBetas(0.5, 2);
        assertEquals(Status.PASS, EpmQRules.exceeds(TrajectoryStats.mean(exp), TrajectoryStats.interval90(exp),
            RelaxationShape.BETA_THRESHOLD, "x").status());
        assertEquals(Status.FAIL, EpmQRules.exceeds(TrajectoryStats.mean(stretched), TrajectoryStats.interval90(stretched),
            RelaxationShape.BETA_THRESHOLD, "x").status());
    }

    @Test
    void tooFewLagsInRangeOrNoAlphaRelaxationIsNaN() {
        double[] t = {1, 2, 3}, p = {0.95, 0.5, 0.01};
        assertEquals(Double.NaN, RelaxationShape.fit(t, p).beta());
        double[] lags = lags();
        double[] early = new double[lags.length];                  // many lags in range, but P never reaches 1/2
        for (int k = 0; k < early.length; k++) early[k] = 0.89 - 0.29 * k / (early.length - 1.0);
        assertEquals(Double.NaN, RelaxationShape.fit(lags, early).beta());
    }
}
