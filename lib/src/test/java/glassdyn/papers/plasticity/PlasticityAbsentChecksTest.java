package glassdyn.papers.plasticity;

import glassdyn.Scale;
import glassdyn.claims.Claim;
import glassdyn.claims.Status;
import glassdyn.indicators.Indicator;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The absent checks are not_shown with a cost computed from the run's measured field seconds. */
class PlasticityAbsentChecksTest {
    @Test
    void finiteSizeCostScalesThePlantedSeconds() {
        PlasticityIndicators.Preset quick = PlasticityIndicators.preset(Scale.QUICK);
        Table seconds = Table.create(StringColumn.create("indicator", Indicator.SOFT_MODES.label, Indicator.THETA.label),
            DoubleColumn.create("n", 324.0, 324.0), DoubleColumn.create("seconds_per_field", 0.5, 0.01), DoubleColumn.create("fields", 60.0, 60.0));
        assertEquals(0.5, PlasticityAbsentChecks.fieldSeconds(seconds, Indicator.SOFT_MODES), 0);
        assertEquals(0, PlasticityAbsentChecks.fieldSeconds(seconds, Indicator.VIBRALITY), 0);
        Claim c = PlasticityAbsentChecks.finiteSize(quick, seconds);
        assertEquals(Status.NOT_SHOWN, c.status());
        double k = 1000.0 / 324, perGlass = PlasticityUnitCost.POLY_GLASS_SECONDS_324 * k + 0.5 * k * k; // only M is dense here
        assertTrue(c.needs().contains("about " + glassdyn.papers.Reports.round(perGlass) + " CPU-s per glass"), c.needs());
        for (Claim a : PlasticityAbsentChecks.all(quick, seconds)) {
            assertEquals(Status.NOT_SHOWN, a.status(), a.name());
            assertTrue(a.reason() != null && !a.reason().isBlank() && a.needs() != null && !a.needs().isBlank(), a.name());
        }
    }
}
