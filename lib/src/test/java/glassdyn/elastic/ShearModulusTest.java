package glassdyn.elastic;

import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * G from Born minus non-affine (Eq. A1) against the slope of the relaxed shear stress under +-1e-6 strain, each strained
 * state re-minimised with FIRE (the stress from the engine's virial).
 */
class ShearModulusTest {
    static final double STRAIN = 1e-6;
    /**
     * Largest residual force of every quench: the round-off floor of the summed LJ forces is ~1e-12 (FIRE stalls
     * between 1e-12 and 4e-12 in 2D, measured), and 1e-11 bounds the stress error far below 1e-4 of the stress change.
     */
    static final double FORCE_TOLERANCE = 1e-11;

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void equalsSlopeOfRelaxedStress(int dim) {
        KobAndersen ka = new KobAndersen();
        Configuration c = TestGlasses.random(dim, dim == 2 ? 200 : 150, 1.2, 0.21, 5 + dim);
        double fmax = TestGlasses.fire(c, ka, FORCE_TOLERANCE, 500_000);
        assertTrue(fmax < FORCE_TOLERANCE, "quench reached " + fmax);
        InteractingPairs pairs = InteractingPairs.of(c, ka);
        Hessian h = Hessian.of(pairs);
        ShearModulus.Result g = ShearModulus.xy(pairs, new DenseCholeskySolver(h), c.box.volume());

        double[] stress = new double[2];
        for (int s = 0; s < 2; s++) {
            Configuration d = c.copy();
            TestGlasses.shear(d, s == 0 ? STRAIN : -STRAIN);
            double f = TestGlasses.fire(d, ka, FORCE_TOLERANCE, 500_000);
            assertTrue(f < FORCE_TOLERANCE, "strained quench reached " + f);
            stress[s] = TestGlasses.shearStress(d, ka);
        }
        double slope = (stress[0] - stress[1]) / (2 * STRAIN);
        System.out.printf("%dD N=%d: G(Born - non-affine) = %.10g, relaxed stress slope = %.10g, relative difference %.2e%n",
            dim, c.n, g.g(), slope, Math.abs(g.g() - slope) / Math.abs(slope));
        assertEquals(slope, g.g(), 1e-4 * Math.abs(slope), "G = " + g + ", stress slope = " + slope);
        // the unstrained stress equals (1/V) dU/dgamma from the pairs
        assertEquals(TestGlasses.shearStress(c, ka), g.stress(), 1e-10 * g.born());
        // the non-affine part softens: 0 < G < Born
        assertTrue(g.nonAffine() > 0 && g.g() < g.born());
        // every solver gives the same G
        assertEquals(g.g(), ShearModulus.xy(pairs, new SparseCholeskySolver(h, true), c.box.volume()).g(), 1e-10 * g.born());
        assertEquals(g.g(), ShearModulus.xy(pairs, new ConjugateGradientSolver(h, 1e-12), c.box.volume()).g(), 1e-8 * g.born());
    }
}
