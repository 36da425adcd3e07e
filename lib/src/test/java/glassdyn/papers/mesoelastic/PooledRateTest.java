package glassdyn.papers.mesoelastic;

import glassdyn.table.Tables;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The transition-rate checks quote the rate pooled over all trajectories (the statistic of their bootstrap interval),
 * not the first trajectory's: a planted set whose first trajectory has no transition.
 */
class PooledRateTest {
    @Test void pooledOverEveryTrajectoryWithTheOneTransitionBoundOnlyWhenNoneHadOne() {
        var t = Tables.of("trajectories", "transitions", new double[] {0, 7, 12}, "duration", new double[] {10, 10, 20});
        MesoelasticFigures.PooledRate p = MesoelasticFigures.pooledRate(t, 2.0);
        assertEquals(19, p.transitions(), 0);
        assertEquals(40, p.duration(), 0);
        assertEquals(19.0 / 40, p.rate(), 1e-15);
        assertEquals(2 * 19.0 / 40, p.scaledRate(), 1e-15);
        assertEquals(p.scaledRate(), p.rateOrBound(), 0);
        var none = Tables.of("trajectories", "transitions", new double[] {0, 0, 0}, "duration", new double[] {10, 10, 20});
        MesoelasticFigures.PooledRate q = MesoelasticFigures.pooledRate(none, 2.0);
        assertEquals(0, q.scaledRate(), 0);
        assertEquals(2.0 / 40, q.rateOrBound(), 1e-15);
        // the bootstrap interval of the same statistic contains the pooled point estimate
        double[] ci = MesoelasticFigures.rateInterval(t, 2.0, 5);
        assertTrue(ci[0] <= p.scaledRate() && p.scaledRate() <= ci[1], java.util.Arrays.toString(ci));
    }
}
