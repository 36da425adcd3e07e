package glassdyn.analysis;

import glassdyn.protocols.InherentStructureTransitions;

import glassdyn.force.ForceField;
import glassdyn.protocols.LiquidPreparation;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.InversePowerLaw;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** The IS transition count recovers planted basin changes. */
class InherentStructureTransitionsTest {

    @Test void countsPlantedBasinChanges() {
        // a walk between two basins (energies -100 and -99.99) with sub-threshold quench noise of 1e-7
        SplittableRandom rng = new SplittableRandom(4);
        int m = 2000, planted = 0;
        double[] u = new double[m];
        int basin = 0;
        for (int s = 0; s < m; s++) {
            if (s > 0 && rng.nextDouble() < 0.03) { basin ^= 1; planted++; }
            u[s] = -100 + 0.01 * basin + 1e-7 * (rng.nextDouble() - 0.5);
        }
        assertTrue(planted > 20);
        assertEquals(planted, InherentStructureTransitions.count(u, InherentStructureTransitions.THRESHOLD));
        assertEquals(0, InherentStructureTransitions.count(u, 0.02));
    }

    @Test void noTransitionsAtRestInAMinimum() {
        InversePowerLaw p = InversePowerLaw.threeD();
        Configuration c = LiquidPreparation.random(Box.cubic(3, Math.cbrt(64 / 0.82)), new int[] {32, 32}, 9);
        try (ForceField ff = new ForceField(p, 0.3, 1); ForceField qf = new ForceField(p, 0.3, 1)) {
            double u0 = new Fire().minimize(c, ff, 1e-10, 100_000).energy();
            MolecularDynamics md = new MolecularDynamics(c, new NoseHooverChain(ff, 0.005, 1e-12, 0.2));
            InherentStructureTransitions.Result r = InherentStructureTransitions.sample(md, qf, new Fire(), 1e-8, 100_000, 5);
            assertEquals(0, r.transitions());
            for (double e : r.energy()) assertEquals(u0, e, 1e-9);
            assertEquals(5 * 0.005, r.duration(), 1e-12);
        }
    }
}
