package glassdyn.papers.taulc;

import glassdyn.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smoke pipeline writes every panel and the report, and resumes without recomputing finished stages: a second
 * instance on the same checkpoints simulates nothing and reproduces the report; after deleting one ensemble (an
 * interruption before it finished) only that ensemble is recomputed, bit-identically.
 */
class TauLcDualitySmokeTest {
    @Test
    void writesPanelsAndResumesWithoutRecomputing(@TempDir Path dir) throws Exception {
        TauLcDuality first = TauLcDuality.of(Scale.SMOKE, dir);
        glassdyn.claims.Report rep = first.writeAll(dir);
        assertTrue(first.simulatedRuns() > 5, "runs simulated: " + first.simulatedRuns());
        for (String f : first.figures().keySet()) assertTrue(Files.size(dir.resolve(f + ".csv")) > 0, f);
        assertEquals(40, rep.checks().size());
        assertEquals(36, rep.total(), "four informational diagnostics are not counted");
        for (TauLcFigure f : TauLcFigure.values()) assertTrue(first.figure(f).rowCount() > 0, f.file());
        assertThrows(IllegalArgumentException.class, () -> first.figure("fig2abcd_cluster_life"));
        String json = Files.readString(dir.resolve("report.json"));

        TauLcDuality second = TauLcDuality.of(Scale.SMOKE, dir);
        second.writeAll(dir);
        assertEquals(0, second.simulatedRuns());
        assertEquals(json, Files.readString(dir.resolve("report.json")));

        double[] before = first.continuation(0.2).tau();
        Files.delete(dir.resolve("checkpoints/ice-steady-0.200000.stage"));
        TauLcDuality third = TauLcDuality.of(Scale.SMOKE, dir);
        third.simulate();
        assertEquals(1, third.simulatedRuns());
        assertArrayEquals(before, third.continuation(0.2).tau(), 0.0);
    }
}
