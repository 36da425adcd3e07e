package glassdyn.papers.plasticity;

import glassdyn.claims.Claim;
import glassdyn.claims.Status;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fig. 5's reversible first events from the detector study: the per-glass flag and the decision on planted fractions. */
class AnelasticFirstEventsTest {
    static final double STEP = 2e-4;
    static final Protocol INF = new Protocol("poly-inf", "poly", Double.POSITIVE_INFINITY, 0, null, 0);
    static final Protocol T012 = new Protocol("poly-0.12", "poly", 0.12, 0, null, 0);
    static final Protocol T005 = new Protocol("poly-0.05", "poly", 0.05, 0, null, 0);

    static GlassRecord glass(double gammaX, double altGammaX) {
        return new GlassRecord().put("locus", 3).put("gamma_x", gammaX).put("alt.found", 1).put("alt.gamma_x", altGammaX);
    }

    @Test
    void aGlassIsReversibleWhenTheIrreversibleStepComesMoreThanOneStepLater() {
        assertEquals(0, AnelasticFirstEvents.reversible(glass(0.01, 0.01 + 4e-6), STEP), "the falling elastic branch just before gamma_c");
        assertEquals(1, AnelasticFirstEvents.reversible(glass(0.01, 0.01 + 3 * STEP), STEP));
        assertEquals(1, AnelasticFirstEvents.reversible(new GlassRecord().put("locus", 3).put("gamma_x", 0.01).put("alt.found", 0), STEP),
            "no irreversible step up to the give-up strain");
        assertTrue(Double.isNaN(AnelasticFirstEvents.reversible(new GlassRecord().put("locus", 3).put("gamma_x", 0.01), STEP)), "no detector study");
        assertTrue(Double.isNaN(AnelasticFirstEvents.reversible(new GlassRecord().put("alt.found", 0), STEP)), "no first event");
    }

    static double[] flags(int k, int n) {
        double[] f = new double[n];
        for (int i = 0; i < k; i++) f[i] = 1;
        return f;
    }

    static Claim claim(Protocol stable, int kd, int ks) {
        Map<Protocol, double[]> m = new LinkedHashMap<>();
        m.put(INF, flags(kd, 20));
        m.put(stable, flags(ks, 20));
        return AnelasticFirstEvents.claim("poly", m, STEP, 1);
    }

    @Test
    void plantedPassFailAndNotShown() {
        assertEquals(Status.PASS, claim(T005, 2, 15).status(), "more reversible first events in the very stable parent");
        Claim fail = claim(T005, 15, 1);
        assertEquals(Status.FAIL, fail.status());
        assertTrue(fail.reason().contains("against the claim"), fail.reason());
        assertEquals(Status.NOT_SHOWN, claim(T005, 5, 7).status(), "2 of 20 more is not resolved");
        Claim moderate = claim(T012, 2, 15);
        assertEquals(Status.NOT_SHOWN, moderate.status(), "T_ini = 0.12 is not a very stable glass: measured, not decided");
        assertTrue(moderate.reason().contains("not a very stable"), moderate.reason());
        Map<Protocol, double[]> one = new LinkedHashMap<>();
        one.put(INF, flags(3, 20));
        assertEquals(Status.NOT_SHOWN, AnelasticFirstEvents.claim("poly", one, STEP, 1).status());
    }
}
