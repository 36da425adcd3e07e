package glassdyn.claims;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ReportTest {
    private static Report sample() {
        return new Report("epm-q", "quick", "abc1234", List.of(
            Claim.of("a", "x grows", "Fig. 1").paper(0.11).measured(0.13).interval(0.12, 0.14).pass(),
            Claim.of("b", "y falls", "Eq. 3").paper("falls").measured(Map.of("slope", 0.2)).fail("slope 0.2 > 0"),
            Claim.of("c", "z at L = 128", "Fig. 2b").notShown("L = 64 only", "L = 128, 4 core-hours"),
            Claim.of("d", "steady state", "diagnostic").measured(0.1).informational("block means within 1 SE")),
            Map.of("kernel", "literal"));
    }

    @Test
    void countsByStatusLeaveInformationalOut() {
        Report r = sample();
        Map<String, Object> s = r.summary();
        assertEquals(1L, s.get("checks_passed"));
        assertEquals(1L, s.get("checks_failed"));
        assertEquals(1L, s.get("checks_not_shown"));
        assertEquals(3L, s.get("checks_total"));
    }

    @Test
    void jsonHasTheFieldsOfTheCliContractAndPassOnlyForPass() {
        Map<String, Object> j = sample().toJson();
        assertEquals("abc1234", j.get("commit"));
        List<?> checks = (List<?>) j.get("checks");
        Map<?, ?> c0 = (Map<?, ?>) checks.get(0), c2 = (Map<?, ?>) checks.get(2), c3 = (Map<?, ?>) checks.get(3);
        assertEquals(List.of("name", "claim", "source", "paper_value", "measured", "interval", "status", "pass", "reason", "needs"),
            List.copyOf(c0.keySet()));
        assertEquals(true, c0.get("pass"));
        assertEquals(false, c2.get("pass"));
        assertEquals("not_shown", c2.get("status"));
        assertEquals("L = 128, 4 core-hours", c2.get("needs"));
        assertEquals(false, c3.get("pass"));
        Report back = Report.fromJson(j);
        assertEquals(sample().checks().get(2), back.checks().get(2));
    }

    @Test
    void notShownAndFailNeedAReason() {
        assertThrows(IllegalArgumentException.class, () -> Claim.of("x", "c", "s").notShown("", "more"));
        assertThrows(IllegalArgumentException.class, () -> Claim.of("x", "c", "s").fail(null));
    }

    @Test
    void oldStyleChecksReadAsPassFailNotShown() {
        Report r = Report.fromJson(Map.of("paper", "p", "scale", "smoke", "checks", List.of(
            Map.of("name", "a", "claim", "c", "pass", true),
            Map.of("name", "b", "claim", "c", "pass", false),
            Map.of("name", "c", "claim", "c", "pass", "not shown at this scale"),
            Map.of("name", "d", "claim", "c", "status", "informational"))));
        assertEquals(List.of(Status.PASS, Status.FAIL, Status.NOT_SHOWN, Status.INFORMATIONAL),
            r.checks().stream().map(Claim::status).toList());
        assertEquals("not shown at this scale", r.checks().get(2).reason());
    }

    @Test
    void viewsShowEveryCheckWithItsStatusWordAndFoldTheReason() {
        String html = ReportView.html(sample());
        for (String s : List.of(">pass<", ">fail<", ">not shown<", ">informational<", "<details>", "slope 0.2 &gt; 0",
            "0.13 [0.12, 0.14]"))
            assertTrue(html.contains(s), s);
        String text = ReportView.text(sample());
        assertTrue(text.contains("NOT SHOWN") && text.contains("needs: L = 128"), text);
    }
}
