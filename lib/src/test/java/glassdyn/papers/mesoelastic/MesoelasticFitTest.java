package glassdyn.papers.mesoelastic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Eq. 3 of paper 004 recovers planted (t~, l~). */
class MesoelasticFitTest {

    @Test void eq3FitRecoversPlantedParameters() {
        double t = 0.1, l = 0.4, a0 = Math.pow(0.82, -1.0 / 3);
        double[] kappaOverT = {20, 28, 35, 41, 50};
        double[] tau = new double[kappaOverT.length], tau10 = new double[kappaOverT.length];
        for (int k = 0; k < tau.length; k++) {
            tau[k] = t * Math.exp(l * l * a0 * a0 * kappaOverT[k]);
            tau10[k] = t * Math.pow(10, l * l * a0 * a0 * kappaOverT[k]);
        }
        MesoelasticFit f = MesoelasticFit.of(kappaOverT, tau, a0);
        assertEquals(t, f.tTilde(), 1e-12);
        assertEquals(l, f.lTilde(), 1e-12);
        assertEquals(1, f.rSquared(), 1e-12);
        MesoelasticFit g = MesoelasticFit.ofLog10(kappaOverT, tau10, a0);
        assertEquals(t, g.tTilde(), 1e-12);
        assertEquals(l, g.lTilde(), 1e-12);
    }
}
