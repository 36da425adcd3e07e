package glassdyn.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import glassdyn.Scale;
import glassdyn.papers.WorkUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code long} scale is "at most 2 h wall on 2 cores" (brief): each paper's long plan, priced by its unit-cost
 * model, must hold at most 4 core-hours and its longest dependency chain (each unit's core-hours over its threads) at
 * most 2 hours. The unit-cost models are measured (each one's javadoc gives its basis), so this fails when a preset
 * grows past the budget or a cost model is corrected upwards (as the plasticity LJ and mesoelastic transition costs
 * were in session 9). Plans with 2 threads per unit (the machine).
 */
class LongScaleBudgetTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"cage-jump-ler", "tau-lc-duality", "epm-q", "plasticity-indicators", "mesoelastic-kappa"})
    void longPlanFitsTwoHoursOnTwoCores(String paper) {
        List<WorkUnit> units = Pipelines.open(paper, Scale.LONG, dir.resolve("store"), 2).units();
        double total = 0;
        Map<String, Double> finish = new HashMap<>();
        double chain = 0;
        for (WorkUnit u : units) {
            total += u.coreHours();
            double start = 0;
            for (String d : u.dependsOn()) start = Math.max(start, finish.getOrDefault(d, 0.0));
            double end = start + u.coreHours() / Math.max(1, u.threads());
            finish.put(u.id(), end);
            chain = Math.max(chain, end);
        }
        assertTrue(total <= 4.0, paper + " long plan: " + total + " core-hours > 4 (2 h on 2 cores)");
        assertTrue(chain <= 2.0, paper + " long plan: longest dependency chain " + chain + " h > 2 h");
    }
}
