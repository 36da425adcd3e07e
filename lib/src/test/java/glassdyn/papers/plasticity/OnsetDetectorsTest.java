package glassdyn.papers.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import glassdyn.claims.Claim;
import glassdyn.claims.Status;
import glassdyn.indicators.Indicator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The detector-sensitivity entry on planted glass records: the counts (same locus, variant beyond one AQS step,
 * gamma_c inside the variant's bracket), C under both detectors with a paired interval that excludes 0 when the
 * variant's locus always ranks high and the default's at the middle, and covers 0 when both rank alike; the entry is
 * informational, never pass or fail, and not shown without glasses.
 */
class OnsetDetectorsTest {
    static final double STEP = 2e-4, WIDTH = STEP / 512;

    /** Glass k: default onset at 0.01 k, variant {@code later} steps further; r_x of Theta 0.5 (default) and {@code rxAlt} (variant). */
    static GlassRecord glass(int k, int later, boolean sameLocus, double rxAlt) {
        double gx = 0.01 * (k + 1);
        GlassRecord r = new GlassRecord().put("locus", k).put("gamma_x", gx).put("lambda", 0.1)
            .put("alt.found", 1).put("alt.gamma_x", gx + later * STEP + WIDTH).put("alt.width", WIDTH).put("alt.lambda", 1e-4)
            .put("alt.locus", sameLocus ? k : k + 1).put("alt.displacement_locus", sameLocus ? k : k + 2).put("alt.cpu_seconds", 0.5);
        r.put("rx." + Indicator.THETA.label, 0.5 + 0.01 * (k % 3)).put("rx_alt." + Indicator.THETA.label, rxAlt + 0.01 * (k % 2));
        return r;
    }

    @Test
    void summaryCountsAndPairedScores() {
        List<Map.Entry<Integer, GlassRecord>> l = new ArrayList<>();
        for (int k = 0; k < 12; k++) l.add(Map.entry(k, glass(k, k < 4 ? 3 : 0, k >= 5, 0.95)));
        Map<String, Object> m = OnsetDetectors.summary(l, k -> k < 5 ? 0.01 * (k + 1) + (k < 4 ? 3 : 0) * STEP + 1.5 * WIDTH : Double.NaN, STEP, 7);
        assertEquals(12, m.get("glasses"));
        // report.json holds no clock value (a plan's assembled report must equal a local run's, PlanSlurmIT)
        assertTrue(m.keySet().stream().noneMatch(k -> k.contains("cpu") || k.contains("second")), m.keySet().toString());
        assertEquals("7 of 12", m.get("same_locus_stress_vs_irreversible"));
        assertEquals("7 of 12", m.get("psi_locus_is_largest_displacement"));
        assertEquals("4 of 12", m.get("irreversible_beyond_one_step"));
        assertEquals("5 of 5 approach glasses", m.get("gamma_c_within_irreversible_bracket"));
        double[] c = OnsetDetectors.pairedC(l, Indicator.THETA, 7);
        assertEquals(12, c[0]);
        assertTrue(c[2] - c[1] > 0.8, "planted: the variant's locus ranks near the top, the default's at the middle");
        assertTrue(c[3] > 0, "the paired interval excludes 0: " + c[3] + ", " + c[4]);
        // both detectors agree on the ranks: the interval covers 0
        List<Map.Entry<Integer, GlassRecord>> same = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            GlassRecord r = glass(k, 0, true, 0.5);
            r.put("rx_alt." + Indicator.THETA.label, r.scalar("rx." + Indicator.THETA.label));
            same.add(Map.entry(k, r));
        }
        double[] d = OnsetDetectors.pairedC(same, Indicator.THETA, 7);
        assertTrue(d[3] <= 0 && d[4] >= 0, "no difference planted: " + d[3] + ", " + d[4]);
    }

    @Test
    void entryIsInformationalOrNotShownNeverPassOrFail() {
        List<Map.Entry<Integer, GlassRecord>> l = new ArrayList<>();
        for (int k = 0; k < 4; k++) l.add(Map.entry(k, glass(k, 0, true, 0.9)));
        Claim c = OnsetDetectors.claimOf(Map.of("poly-inf", OnsetDetectors.summary(l, k -> Double.NaN, STEP, 1)));
        assertEquals(Status.INFORMATIONAL, c.status());
        assertEquals("first_event_detector_sensitivity", c.name());
        assertEquals(Status.NOT_SHOWN, OnsetDetectors.claimOf(Map.of()).status());
    }
}
