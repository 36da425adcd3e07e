package glassdyn.protocols;

import glassdyn.protocols.IsoconfigurationalEnsemble;
import glassdyn.protocols.LiquidPreparation;

import glassdyn.analysis.CageJumpDetector;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.space.Box;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tau_LC of a configuration (paper 001, isoconfigurational mean first-jump time): the same seed gives the same
 * per-particle times on 1 and 3 threads; another seed gives other times; the recorded stresses and displacements
 * agree with independent evaluations (the pressure tensor, the first frame's zero displacement, and the non-affine
 * shift being zero without shear).
 */
class IsoconfigurationalEnsembleTest {
    static Configuration origin;
    static final double T = 1.0, DT = 0.005, TDAMP = 0.5;

    @BeforeAll
    static void prepare() {
        origin = LiquidPreparation.liquid(new KobAndersen(), Box.cubic(3, Math.cbrt(150 / 1.2)),
            LiquidPreparation.kobAndersenCounts(150), T, 2, 11, 1);
    }

    private static IsoconfigurationalEnsemble.Result run(double rate, int threads, long seed) {
        return new IsoconfigurationalEnsemble(new KobAndersen(), T, rate, DT, TDAMP).sampleInterval(0.05)
            .atomicStress(true).run(origin, 3, 4, new CageJumpDetector(0.05), seed, threads, null);
    }

    @Test
    void tauLcIsReproducibleWithASeedAndIndependentOfThreadCount() {
        IsoconfigurationalEnsemble.Result one = run(0, 1, 5), three = run(0, 3, 5), again = run(0, 1, 5), other = run(0, 1, 6);
        assertArrayEquals(one.tau(), three.tau(), 0.0);
        assertArrayEquals(one.tau(), again.tau(), 0.0);
        assertArrayEquals(one.msd(), three.msd(), 0.0);
        assertFalse(java.util.Arrays.equals(one.tau(), other.tau()), "another seed must give other trajectories");
        // the mean over replicas is the mean of the per-replica first-jump times
        for (int i = 0; i < one.tau().length; i++) {
            double m = 0;
            for (double[] r : one.tauReplica()) m += r[i] / one.tauReplica().length;
            assertEquals(m, one.tau()[i], 1e-12);
        }
        // something jumped and something did not within 4 time units at T = 1
        assertTrue(one.censored() > 0 && one.censored() < 1, "censored fraction " + one.censored());
        assertEquals(0.0, one.msd()[0], 0.0);
    }

    @Test
    void shearedEnsembleIsThreadIndependentAndAtomicStressesSumToTheShearStress() {
        IsoconfigurationalEnsemble.Result one = run(0.1, 1, 9), two = run(0.1, 2, 9);
        assertArrayEquals(one.tau(), two.tau(), 0.0);
        assertArrayEquals(one.stress(), two.stress(), 0.0);
        // sum_i s_i / V is -P_xy (from the pressure tensor with peculiar kinetic part) at every frame
        double v = origin.box.volume();
        for (int f = 0; f < one.time().length; f += 10) {
            double s = 0;
            for (double a : one.atomStress()[f]) s += a;
            assertEquals(one.stress()[f], s / v, 1e-9 * (1 + Math.abs(one.stress()[f])), "frame " + f);
        }
    }

    @Test
    void anEnsembleThatCannotFitInMemoryIsRefusedUpFront() {
        IsoconfigurationalEnsemble e = new IsoconfigurationalEnsemble(new KobAndersen(), T, 0, DT, TDAMP);
        glassdyn.InputException ex = org.junit.jupiter.api.Assertions.assertThrows(glassdyn.InputException.class,
            () -> e.run(origin, 2, 1e12, new CageJumpDetector(0.05), 1, 2, null));
        assertTrue(ex.getMessage().contains("GB"), ex.getMessage());
    }
}
