package glassdyn.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Legend labels of grouped series: round-off in a double group value is trimmed, other labels are kept. */
class PlotGroupLabelTest {
    @Test void roundOffTrimmedOtherLabelsKept() {
        assertEquals("2.8", Plot.groupLabel("2.7999999999997245"));
        assertEquals("2.64499", Plot.groupLabel("2.6449899999997416"));
        assertEquals("0.45", Plot.groupLabel("0.45"));
        assertEquals("phi = 45%, rate 10", Plot.groupLabel("phi = 45%, rate 10"));
        assertEquals("12345678901", Plot.groupLabel("12345678901"));
    }
}
