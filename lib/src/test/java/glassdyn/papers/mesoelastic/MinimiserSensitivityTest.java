package glassdyn.papers.mesoelastic;

import glassdyn.Scale;
import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.minimize.SteepestDescent;
import glassdyn.particles.Configuration;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Steepest descent reaches a minimum, agrees with FIRE inside one basin, and the sensitivity table counts both. */
class MinimiserSensitivityTest {
    @Test void steepestDescentFindsTheBasinMinimumThatFireFinds() {
        MesoelasticPresets.SystemSpec s = MesoelasticPresets.preset(Scale.SMOKE).system("ss-0.6");
        Configuration liquid = LiquidStage.startingLiquid(s, 0, 7);
        try (ForceField ff = s.forceField(1)) {
            Configuration a = liquid.copy();
            Fire.Result f = new Fire().minimize(a, ff, 1e-10, 200_000);
            assertTrue(f.converged());
            // a planted point inside the basin: the FIRE minimum displaced by 1e-3 in every coordinate direction
            Configuration b = a.copy();
            for (int i = 0; i < b.n; i++) { b.x[i] += 1e-3 * Math.sin(i); b.y[i] += 1e-3 * Math.cos(i); b.z[i] -= 1e-3 * Math.sin(2 * i); }
            ff.neighbors().invalidate();
            Fire.Result r = new SteepestDescent().minimize(b, ff, 1e-8, 2_000_000);
            assertTrue(r.converged(), "max force " + r.maxForce());
            assertEquals(f.energy(), r.energy(), 1e-9 * Math.abs(f.energy()));
            // from the liquid itself: a minimum below the liquid's potential energy
            Configuration c = liquid.copy();
            ff.neighbors().invalidate();
            ff.compute(c, true);
            double u0 = ff.energy();
            Fire.Result q = new SteepestDescent().minimize(c, ff, 1e-6, 2_000_000);
            assertTrue(q.converged() && q.energy() < u0, q.toString());
        }
    }

    @Test void summaryCountsTransitionsOfBothMinimisers() {
        var run = new MinimiserSensitivity.Run(new double[] {0, 0, 1e-2, 1e-2, 2e-2}, new double[] {0, 0, 0, 1e-2, 2e-2}, 1, 1, 0, 0);
        var t = MinimiserSensitivity.summary(run);
        assertEquals(1e-5, t.doubleColumn("threshold").get(2));
        assertEquals(2, t.doubleColumn("transitions_fire").get(2));
        assertEquals(2, t.doubleColumn("transitions_steepest_descent").get(2));
        assertEquals(1, t.doubleColumn("quenches_with_different_IS_energy").get(2));
    }
}
