package glassdyn.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Plot#arrows}: one segment per finite vector plus one trace of heads, under one legend entry. */
class PlotArrowsTest {
    @Test
    void oneSegmentPerFiniteVector() {
        Plot p = Plot.of("modes").arrows("mode 0", new double[] {0, 1, 2}, new double[] {0, 0, 0},
            new double[] {0.5, Double.NaN, -0.5}, new double[] {0.25, 1, 0.75});
        assertEquals(3, p.traceCount(), "2 segments (the NaN vector skipped) + the heads");
        String html = p.html();
        assertTrue(html.contains("mode 0") && html.contains("legendgroup"), html.length() + " chars");
        assertEquals(0, Plot.of("none").arrows("x", new double[] {0}, new double[] {0}, new double[] {Double.NaN}, new double[] {0}).traceCount());
    }
}
