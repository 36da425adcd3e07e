package glassdyn.epm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** P, chi_4 (SI Eq. 19), C_s (Eq. 17) and C_p (Eq. 18) of a planted event sequence, computed by hand. */
class DynamicCorrelationsPlantedTest {

    @Test
    void twoOriginsOneEvent() {
        EpmDynamics d = new EpmDynamics(2, 0.1, null, EpmDynamics.Algorithm.LITERAL, 1);
        double[] s = d.sigma(), g = d.plasticStrain();
        double[] s0 = {1, 2, -1, 0.5};
        System.arraycopy(s0, 0, s, 0, 4);
        java.util.Arrays.fill(g, 0);
        DynamicCorrelations c = new DynamicCorrelations(4, 0, 2.5, 1, new double[] {1}, 1);
        c.advance(0.5, d);                 // origin A at t0 = 0 (state s0)
        c.advance(1.2, d);                 // origin B at t0 = 1 (state s0); A read at lag 1: P = 1, C_s = C_p = 1
        c.advance(1.5, d);
        s[0] = 0.2;                        // event at site 0: stress drop, plastic strain 1/4 (cos(2 pi / 4) = 0)
        g[0] = 0.25;
        c.event(0, d);
        c.advance(2.4, d);                 // B read at lag 1: P = 3/4
        Correlations r = c.result();
        assertEquals(1, r.t().length);
        assertEquals(0.875, r.p()[0], 1e-12);
        assertEquals(4 * ((1 + 0.5625) / 2 - 0.875 * 0.875), r.chi4()[0], 1e-12);
        double norm = 1 + 4 + 1 + 0.25;
        double ssB = 0.2 * 1 + 4 + 1 + 0.25;
        assertEquals((norm + ssB) / (2 * norm), r.cs()[0], 1e-12);
        assertEquals((1 + (0 + 3) / 4.0) / 2, r.cp()[0], 1e-12);
        assertEquals(2, r.samples()[0], 0);
    }

    @Test
    void eventsBeforeAnOriginDoNotCount() {
        EpmDynamics d = new EpmDynamics(2, 0.1, null, EpmDynamics.Algorithm.LITERAL, 1);
        DynamicCorrelations c = new DynamicCorrelations(4, 1, 10, 100, new double[] {2}, 0);
        c.advance(0.5, d);
        c.event(3, d);                     // before the window: no origin yet
        c.advance(1.5, d);                 // origin at t0 = 1
        c.advance(3.5, d);                 // read at lag 2
        Correlations r = c.result();
        assertEquals(1.0, r.p()[0], 1e-12);
        assertEquals(0.0, r.chi4()[0], 1e-12);
    }
}
