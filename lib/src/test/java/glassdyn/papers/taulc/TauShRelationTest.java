package glassdyn.papers.taulc;

import glassdyn.dynamics.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Eq. 3 fit, the Eq. 2 boundary and p_slow of paper 001 on planted data. */
class TauShRelationTest {
    @Test
    void recoversPlantedEq3ParametersAndTheEq2Boundary() {
        double inf = 20, tau0 = 15, tau2 = 3;
        int n = 4000;
        double[] lc = new double[n], sh = new double[n];
        RandomStream rnd = new RandomStream(3);
        for (int i = 0; i < n; i++) {
            lc[i] = 100 * rnd.nextDouble();
            sh[i] = inf * (1 - Math.exp(-lc[i] / tau0)) * (1 + 0.05 * rnd.nextGaussian());
        }
        TauShRelation rel = new TauShRelation(lc, sh);
        assertEquals(inf, rel.fit().tauShInf(), 0.03 * inf);
        assertEquals(tau0, rel.fit().tau0(), 0.05 * tau0);
        assertTrue(rel.fit().rSquared() > 0.99);
        double c = rel.criticalTauLc(tau2);
        assertEquals(tau2, c - rel.fit().at(c), 1e-9);
        // the exact boundary of the planted curve: x - inf (1 - exp(-x / tau0)) = tau2, solved by bisection here
        double a = 0, b = 200;
        for (int k = 0; k < 200; k++) {
            double m = 0.5 * (a + b);
            if (m - inf * (1 - Math.exp(-m / tau0)) < tau2) a = m; else b = m;
        }
        assertEquals(a, c, 0.05 * a);
        // p_slow by the curve: uniform tau_LC on [0, 100]
        assertEquals(1 - c / 100, TauShRelation.fraction(rel.slowByCurve(tau2)), 0.03);
    }

    @Test
    void identityRelationHasNoSlowParticles() {
        int n = 500;
        double[] lc = new double[n];
        for (int i = 0; i < n; i++) lc[i] = 0.1 * (i + 1);
        TauShRelation rel = new TauShRelation(lc, lc.clone());
        assertEquals(0.0, TauShRelation.fraction(rel.slowPerParticle(0.5)), 0.0);
        assertEquals(0.0, TauShRelation.fraction(rel.slowByCurve(0.5)), 0.0);
    }
}
