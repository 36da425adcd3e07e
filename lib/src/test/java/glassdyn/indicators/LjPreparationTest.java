package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The LJ protocols of paper 003 A.2.a on a small system: each ends in an inherent structure (largest force below the
 * tolerance, checked by an independent force evaluation) at the paper's density and composition, and the inherent-
 * structure energy orders as the stability: HTL (quench from T = 2.98) above ESL (from T = 0.35) above GQ (cooled).
 */
class LjPreparationTest {
    @Test
    void protocolsEndInInherentStructuresOrderedByStability() {
        int n = 200;
        PairPotential p = GlassPreparation.potential("lj");
        double[] e = new double[3];
        for (GlassPreparation.LjProtocol pr : GlassPreparation.LjProtocol.values()) {
            Configuration c = GlassPreparation.lj(n, pr, pr == GlassPreparation.LjProtocol.GQ ? 60 : 30, 5, 1);
            assertEquals(GlassPreparation.LJ_DENSITY, n / c.box.volume(), 1e-12);
            assertEquals(Math.round(n * GlassPreparation.LJ_LARGE_FRACTION), c.countOfType(1));
            try (ForceField ff = GlassPreparation.forceField(p, c, 1)) {
                ff.compute(c, true);
                assertTrue(Fire.maxForce(ff, n) < GlassPreparation.FORCE_TOLERANCE, pr + " is an inherent structure");
                e[pr.ordinal()] = ff.energy() / n;
            }
        }
        System.out.printf("LJ N=%d inherent-structure energy per particle: HTL %.4f, ESL %.4f, GQ %.4f%n", n, e[0], e[1], e[2]);
        assertTrue(e[0] > e[1] && e[1] > e[2], "HTL > ESL > GQ");
    }
}
