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

/**
 * The absent checks are not_shown; the finite-size cost is computed from the run's measured field seconds into the
 * panel_costs table, and report.json carries no clock value (a plan's assembled report must equal a local run's).
 */
class PlasticityAbsentChecksTest {
    @Test
    void finiteSizeCostScalesThePlantedSeconds() {
        PlasticityIndicators.Preset quick = PlasticityIndicators.preset(Scale.QUICK);
        Table seconds = Table.create(StringColumn.create("indicator", Indicator.SOFT_MODES.label, Indicator.THETA.label),
            DoubleColumn.create("n", 324.0, 324.0), DoubleColumn.create("seconds_per_field", 0.5, 0.01), DoubleColumn.create("fields", 60.0, 60.0));
        assertEquals(0.5, PlasticityAbsentChecks.fieldSeconds(seconds, Indicator.SOFT_MODES), 0);
        assertEquals(0, PlasticityAbsentChecks.fieldSeconds(seconds, Indicator.VIBRALITY), 0);
        Claim c = PlasticityAbsentChecks.finiteSize(quick);
        assertEquals(Status.NOT_SHOWN, c.status());
        double k = 1000.0 / 324, perGlass = PlasticityUnitCost.POLY_GLASS_SECONDS_324 * k + 0.5 * k * k; // only M is dense here
        assertEquals(perGlass, PlasticityAbsentChecks.finiteSizeSecondsPerGlass(quick, seconds), 1e-12);
        Table costs = PlasticityPanels.panelCosts(quick, seconds);
        int row = costs.stringColumn("panel").indexOf("finite_size_check");
        assertTrue(row >= 0, costs.print());
        assertEquals(perGlass, costs.doubleColumn("unit_seconds_s").getDouble(row), 1e-12);
        assertEquals(20.0 * quick.protocols().size(), costs.doubleColumn("glasses").getDouble(row), 0);
        // two runs with different clocks give the same claims
        Table slower = Table.create(StringColumn.create("indicator", Indicator.SOFT_MODES.label, Indicator.THETA.label),
            DoubleColumn.create("n", 324.0, 324.0), DoubleColumn.create("seconds_per_field", 5.0, 0.2), DoubleColumn.create("fields", 60.0, 60.0));
        assertTrue(PlasticityAbsentChecks.finiteSizeSecondsPerGlass(quick, slower) > perGlass);
        for (Claim a : PlasticityAbsentChecks.all(quick)) {
            assertEquals(Status.NOT_SHOWN, a.status(), a.name());
            assertTrue(a.reason() != null && !a.reason().isBlank() && a.needs() != null && !a.needs().isBlank(), a.name());
        }
    }
}
