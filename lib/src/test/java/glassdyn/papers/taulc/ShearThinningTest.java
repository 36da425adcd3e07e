package glassdyn.papers.taulc;

import glassdyn.stats.LineFit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Cross fit and the power-law regime of paper 001 Fig. 1 on exact (planted) Cross flow curves. */
class ShearThinningTest {
    static final double ETA_EQ = 30, TAU_ETA = 40, LAMBDA = 0.67;

    static double cross(double rate) { return ETA_EQ / (1 + Math.pow(TAU_ETA * rate, LAMBDA)); }

    @Test
    void crossFitRecoversThePlantedCurve() {
        double[] rate = {0.003, 0.01, 0.03, 0.1, 0.3}, eta = new double[rate.length];
        for (int i = 0; i < rate.length; i++) eta[i] = cross(rate[i]);
        ShearThinning.Cross c = ShearThinning.fitCross(rate, eta);
        assertEquals(LAMBDA, c.lambda(), 1e-6);
        assertEquals(TAU_ETA, c.tauEta(), 1e-4 * TAU_ETA);
        assertEquals(ETA_EQ, c.etaEq(), 1e-5 * ETA_EQ);
        assertTrue(c.rmsLog() < 1e-8);
        // local exponent lambda (1 - eta/eta_eq), against a centred finite difference of the exact curve
        double r = 0.05, h = 1e-5;
        double fd = -(Math.log(cross(r * Math.exp(h))) - Math.log(cross(r * Math.exp(-h)))) / (2 * h);
        assertEquals(fd, c.localExponent(r), 1e-8);
        assertEquals(LAMBDA * (1 - cross(r) / ETA_EQ), c.localExponent(r), 1e-8);
    }

    @Test
    void powerLawRegimeHoldsTheExponentWithinTheTolerance() {
        // rates over 4 decades: only those with eta <= (tol / lambda) eta_eq enter, and their slope is within tol
        double tol = 0.15;
        double[] rate = new double[13], eta = new double[13];
        for (int i = 0; i < rate.length; i++) { rate[i] = 1e-4 * Math.pow(10, i / 3.0); eta[i] = cross(rate[i]); }
        boolean[] in = ShearThinning.powerLawRegime(eta, ETA_EQ, tol / LAMBDA);
        int first = -1;
        for (int i = 0; i < in.length; i++) if (in[i]) { first = i; break; }
        assertTrue(first > 0, "the low rates are Newtonian / crossover");
        for (int i = first; i < in.length; i++) assertTrue(in[i], "the regime is the top end");
        // the exact boundary: eta / eta_eq = tol / lambda  <=>  (tau rate)^lambda = lambda / tol - 1
        double boundary = Math.pow(LAMBDA / tol - 1, 1 / LAMBDA) / TAU_ETA;
        assertTrue(rate[first] >= boundary && rate[first - 1] < boundary);
        LineFit f = ShearThinning.powerLaw(rate, eta, in);
        assertTrue(Math.abs(-f.slope() - LAMBDA) <= tol, "lambda " + -f.slope());
        // the top three rates of a sweep that stops at eta_eq / 3.5 are not in the regime
        double[] shortRate = {0.003, 0.01, 0.03, 0.1}, shortEta = new double[4];
        for (int i = 0; i < 4; i++) shortEta[i] = cross(shortRate[i]);
        assertArrayEquals(new boolean[4], ShearThinning.powerLawRegime(shortEta, ETA_EQ, tol / LAMBDA));
        assertTrue(Double.isNaN(ShearThinning.powerLaw(shortRate, shortEta, new boolean[4]).slope()));
    }
}
