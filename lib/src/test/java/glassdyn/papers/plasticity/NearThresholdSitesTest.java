package glassdyn.papers.plasticity;

import glassdyn.claims.Claim;
import glassdyn.claims.Status;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fig. 8(b,c): the near-threshold fraction ratio between ductile and brittle glasses on planted fields. */
class NearThresholdSitesTest {
    static final Protocol INF = AnelasticFirstEventsTest.INF, T012 = AnelasticFirstEventsTest.T012, T005 = AnelasticFirstEventsTest.T005;

    /** {@code glasses} fields of 300 sites, {@code near} of them (per glass, cycling over {@code perGlass}) at 0.01, the rest at 0.2. */
    static List<double[]> fields(int glasses, int... perGlass) {
        List<double[]> l = new ArrayList<>();
        for (int g = 0; g < glasses; g++) {
            double[] f = new double[300];
            java.util.Arrays.fill(f, 0.2);
            for (int i = 0; i < perGlass[g % perGlass.length]; i++) f[i] = 0.01;
            l.add(f);
        }
        return l;
    }

    static Claim dtau(Protocol other, List<double[]> ductile, List<double[]> brittle) {
        Map<Protocol, double[][]> c = new LinkedHashMap<>();
        c.put(INF, NearThresholdSites.counts(ductile, x -> x < NearThresholdSites.DTAU_NEAR));
        c.put(other, NearThresholdSites.counts(brittle, x -> x < NearThresholdSites.DTAU_NEAR));
        return NearThresholdSites.claim("n", "c", "s", "p", "dtau < 0.03", List.of(INF, other), c,
            (r, ci, n) -> PlasticityRules.depletedBy("near", r, ci, NearThresholdSites.DTAU_BAR, n), 3);
    }

    @Test
    void countsAndPooledFraction() {
        double[][] c = NearThresholdSites.counts(fields(2, 30, 0), x -> x < 0.03);
        assertEquals(30, c[0][0]);
        assertEquals(0, c[1][0]);
        assertEquals(30.0 / 600, NearThresholdSites.pooled(c, new int[] {0, 1}), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, NearThresholdSites.ratio(0.1, 0));
        assertEquals(1, NearThresholdSites.ratio(0, 0));
    }

    @Test
    void plantedPassFailAndNotShown() {
        assertEquals(Status.PASS, dtau(T005, fields(10, 30, 25, 35), fields(10, 0, 0, 1)).status(), "10% against ~0.03%: a ratio of ~300");
        assertEquals(Status.FAIL, dtau(T005, fields(10, 30, 25, 35), fields(10, 10, 15, 12)).status(), "a ratio of ~2.5");
        assertEquals(Status.NOT_SHOWN, dtau(T005, fields(2, 30), fields(2, 0)).status(), "two glasses per parent");
        Claim noBrittle = dtau(T012, fields(10, 30, 25, 35), fields(10, 0, 0, 1));
        assertEquals(Status.NOT_SHOWN, noBrittle.status(), "T_ini = 0.12 is not the paper's brittle glass");
        assertTrue(noBrittle.reason().contains("no brittle parent"), noBrittle.reason());
    }

    @Test
    void thetaWindowOfOneDecade() {
        java.util.function.BiFunction<Integer, Integer, Status> theta = (d, b) -> {
            Map<Protocol, double[][]> c = new LinkedHashMap<>();
            c.put(INF, NearThresholdSites.counts(fields(10, d), x -> x < NearThresholdSites.DTAU_NEAR));
            c.put(T005, NearThresholdSites.counts(fields(10, b), x -> x < NearThresholdSites.DTAU_NEAR));
            return NearThresholdSites.claim("n", "c", "s", "p", "theta", List.of(INF, T005), c, (r, ci, n) -> PlasticityRules.withinWindow("t", r, ci,
                NearThresholdSites.THETA_WINDOW[0], NearThresholdSites.THETA_WINDOW[1], n), 5).status();
        };
        assertEquals(Status.PASS, theta.apply(60, 6), "a ratio of 10");
        assertEquals(Status.FAIL, theta.apply(60, 60), "no depletion");
    }
}
