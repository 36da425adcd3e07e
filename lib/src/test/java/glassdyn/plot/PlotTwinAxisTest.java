package glassdyn.plot;

import glassdyn.table.Tables;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Plot#lineRight}: the trace goes to a second y axis overlaying the first, on the right. */
class PlotTwinAxisTest {
    @Test
    void lineRightUsesASecondAxis() {
        Table t = Tables.of("t", "t", new double[] {0, 1, 2}, "a", new double[] {1, 2, 3}, "b", new double[] {0.1, 0.2, Double.NaN});
        Plot p = Plot.of("twin").line(t, "t", "a", "stress").lineRight(t, "t", "b", "strain", "gamma_c");
        assertEquals(2, p.traceCount());
        String html = p.html();
        assertTrue(html.contains("yaxis2"), "layout has a second y axis");
        assertTrue(html.contains("overlaying") && html.contains("gamma_c"), html.length() + " chars");
        assertTrue(html.contains("y2"), "the trace is on it");
        assertFalse(Plot.of("one").line(t, "t", "a", "x").html().contains("yaxis2"));
    }
}
