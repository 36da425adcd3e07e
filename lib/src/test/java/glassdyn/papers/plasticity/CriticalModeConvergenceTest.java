package glassdyn.papers.plasticity;

import glassdyn.Scale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mode comparisons of Fig. 11(b,c) on planted vectors, and one smoke glass through the approach: the refined bracket
 * is a saddle-node (lambda_min ~ sqrt(gamma_c - gamma)), not the descending stress of the branch before it.
 */
class CriticalModeConvergenceTest {
    @Test
    void overlapIsSignFreeAndNormalised() {
        double[] a = {1, 0, 0, 0}, b = {-2, 0, 0, 0}, c = {0, 1, 0, 0};
        assertEquals(1, CriticalModeConvergence.overlap(a, b), 1e-15);
        assertEquals(0, CriticalModeConvergence.overlap(a, c), 1e-15);
        assertEquals(Math.sqrt(0.5), CriticalModeConvergence.overlap(a, new double[] {1, 1, 0, 0}), 1e-15);
    }

    @Test
    void locusAndRankShift() {
        // particle 2 has the largest |psi|, particle 0 the second
        double[] psi = {0.5, 0, 0.1, 0.1, 0, -0.8};
        assertEquals(2, CriticalModeConvergence.locus(psi));
        assertEquals(0, CriticalModeConvergence.rankShift(psi, 2));
        assertEquals(1, CriticalModeConvergence.rankShift(psi, 0));
        assertEquals(2, CriticalModeConvergence.rankShift(psi, 1));
    }

    @Test
    void smokeGlassApproachesItsCriticalMode() {
        PlasticityIndicators.Preset pre = PlasticityIndicators.preset(Scale.SMOKE);
        GlassRecord r = CriticalModeConvergence.of(pre.protocols().get(0), pre, 42);
        assertEquals(1, r.scalar("events"));
        double gx = r.scalar("gamma_x"), gc = r.scalar("gamma_c");
        double[] o = r.get("approach.overlap"), l = r.get("approach.lambda"), d = r.get("approach.delta");
        assertTrue(gc >= gx && gc - gx < pre.strainStep(), "gamma_c above gamma_x by less than a step");
        assertTrue(r.scalar("gamma_c_bracket") < 1e-10);
        assertTrue(r.scalar("lambda_c") < r.scalar("onset.lambda"), "the lowest eigenvalue falls towards gamma_c");
        assertTrue(o[0] > 0.99, "the mode 1e-8 below gamma_c is Psi_c: " + o[0]);
        // a saddle-node: lambda_min ~ sqrt(gamma_c - gamma) over the smallest two decades (ratio 10 +- 30 %)
        double ratio = l[4] / l[0], expected = Math.sqrt(d[4] / d[0]);
        assertTrue(Math.abs(ratio / expected - 1) < 0.3, "lambda ratio " + ratio + " vs sqrt " + expected);
    }
}
