package glassdyn.protocols;

import glassdyn.protocols.GlassPreparation;
import glassdyn.protocols.PlasticEvents;

import glassdyn.force.ForceField;
import glassdyn.dynamics.LeesEdwards;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.VibrationalModes;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The onset of the first plastic event of a small POLY glass: its recorded stress is that of the re-minimised onset
 * state, re-shearing it by twice the bisection resolution (independently, with a fresh FIRE) drops the stress, the
 * lowest Hessian eigenvalue at the onset is far below the unstrained glass's (the saddle-node softening), and the
 * locus is the particle with the largest critical-mode component.
 */
class PlasticEventsTest {
    @Test
    void onsetIsTheLastStableStateBeforeTheDrop() {
        PairPotential p = GlassPreparation.potential("poly");
        Configuration c = GlassPreparation.poly(160, Double.POSITIVE_INFINITY, 0, 12);
        double lambda0 = VibrationalModes.dense(Hessian.of(InteractingPairs.of(c, p)), 1).eigenvalues()[0];
        double step = 1e-3;
        PlasticEvents.Path path = new PlasticEvents(p, step).run(c, 1, 0.2, false);
        assertTrue(!path.events().isEmpty(), "an event before strain 0.2");
        PlasticEvents.Event e = path.events().get(0);
        double resolution = step / (1 << PlasticEvents.BISECTIONS);
        double s0 = stressAfter(e.onset(), 0, p), sAfter = stressAfter(e.onset(), 2 * resolution, p);
        System.out.printf("onset at gamma %.6f: stress %.8f, +2 resolutions %.8f (drop %.2e); lambda_min %.3e at onset vs %.3e at gamma 0; locus %d, participation %.3f%n",
            e.strain(), s0, sAfter, s0 - sAfter, e.lowestEigenvalue(), lambda0, e.locus(), e.participation());
        assertTrue(Math.abs(e.stress() - s0) < 1e-9, "the recorded onset stress is that of the re-minimised onset");
        assertTrue(sAfter < s0 - 10 * PlasticEvents.DROP_THRESHOLD, "drop within two resolutions");
        assertTrue(e.lowestEigenvalue() < 0.5 * lambda0, "softening at the onset");
        double best = 0;
        for (int i = 0; i < c.n; i++) best = Math.max(best, Math.hypot(e.mode()[2 * i], e.mode()[2 * i + 1]));
        assertTrue(Math.hypot(e.mode()[2 * e.locus()], e.mode()[2 * e.locus() + 1]) == best, "locus = largest component");
    }

    private static double stressAfter(Configuration onset, double dg, PairPotential p) {
        Configuration c = onset.copy();
        try (ForceField ff = GlassPreparation.forceField(p, c, 1)) {
            LeesEdwards.shearAffinely(c, dg, ff.neighbors());
            ff.neighbors().invalidate();
            assertTrue(new Fire().minimize(c, ff, GlassPreparation.FORCE_TOLERANCE, 2_000_000).converged());
            return -ff.virial()[ForceField.XY] / c.box.volume();
        }
    }
}
