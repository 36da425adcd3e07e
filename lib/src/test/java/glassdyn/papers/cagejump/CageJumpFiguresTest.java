package glassdyn.papers.cagejump;

import glassdyn.analysis.CageJumpRegions;
import glassdyn.table.Tables;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Fig. 1(b) outline of a planted mask. */
class CageJumpFiguresTest {
    /** A 3 x 3 block of voxels: the 8 outer ones are the boundary, the centre is not. */
    @Test
    void boundaryOfASquareMask() {
        double g = CageJumpRegions.GRID_SPACING;
        double[] x = new double[9], y = new double[9];
        for (int i = 0; i < 9; i++) { x[i] = 3 + g * (i % 3); y[i] = 5 + g * (i / 3); }
        Table t = CageJumpFigures.withBoundary(Tables.of("mask", "x", x, "y", y));
        double[] b = t.doubleColumn("boundary").asDoubleArray();
        assertEquals(8, java.util.Arrays.stream(b).sum(), 1e-12);
        assertEquals(0, b[4], 1e-12);
    }
}
