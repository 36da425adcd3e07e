package glassdyn.papers;

import glassdyn.table.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class StageStoreTest {
    private static StageResult sample() {
        Table t = Table.create("x").addColumns(DoubleColumn.create("t", 0.1, 1.0 / 3, Double.NaN),
            StringColumn.create("system", "ipl", "ss", "ss"));
        return new StageResult(Map.of("fs", t), Map.of("pos", new double[] {Math.PI, -0.0, 1e-300, 7}),
            Map.of("tau_alpha", 12.345678901234567, "n", 400.0));
    }

    @Test
    void aFinishedStageIsLoadedBitForBitAndNotComputedAgain(@TempDir Path dir) {
        AtomicInteger runs = new AtomicInteger();
        StageStore a = new StageStore(dir);
        a.get("liquid-T1", "N=400 T=1 seed=7", () -> { runs.incrementAndGet(); return sample(); });
        StageStore b = new StageStore(dir);
        StageResult r = b.get("liquid-T1", "N=400 T=1 seed=7", () -> { runs.incrementAndGet(); return sample(); });
        assertEquals(1, runs.get());
        assertArrayEquals(sample().array("pos"), r.array("pos"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(r.array("pos")[1]));
        assertEquals(12.345678901234567, r.value("tau_alpha"));
        assertEquals(1.0 / 3, r.table("fs").doubleColumn("t").getDouble(1));
        assertTrue(Double.isNaN(r.table("fs").doubleColumn("t").getDouble(2)));
        assertEquals("ss", r.table("fs").stringColumn("system").get(2));
    }

    @Test
    void otherParametersMeanAnotherComputation(@TempDir Path dir) {
        AtomicInteger runs = new AtomicInteger();
        new StageStore(dir).get("s", "T=1", () -> { runs.incrementAndGet(); return sample(); });
        new StageStore(dir).get("s", "T=0.9", () -> { runs.incrementAndGet(); return sample(); });
        assertEquals(2, runs.get());
        assertTrue(new StageStore(dir).has("s", "T=0.9"));
        assertFalse(new StageStore(dir).has("s", "T=1"));
    }

    @Test
    void aStageWithoutItsMarkerIsUnfinished(@TempDir Path dir) throws Exception {
        new StageStore(dir).save("s", "p", sample());
        Files.delete(dir.resolve("s.stage"));
        assertNull(new StageStore(dir).load("s", "p"));
    }

    @Test
    void resultsComeInStageOrderOnAnyThreadCount(@TempDir Path dir) {
        List<StageStore.Stage> stages = List.of(
            new StageStore.Stage("a", "1", () -> StageResult.of(Map.of(), Map.of("v", 1.0))),
            new StageStore.Stage("b", "1", () -> StageResult.of(Map.of(), Map.of("v", 2.0))),
            new StageStore.Stage("c", "1", () -> StageResult.of(Map.of(), Map.of("v", 3.0))));
        List<StageResult> r = new StageStore(dir).getAll(stages, 2);
        assertEquals(List.of(1.0, 2.0, 3.0), r.stream().map(x -> x.value("v")).toList());
        assertThrows(IllegalArgumentException.class, () -> new StageStore(null).get("a/b", "p", StageStoreTest::sample));
        assertNotNull(Tables.class);
    }
}
