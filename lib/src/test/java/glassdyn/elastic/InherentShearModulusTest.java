package glassdyn.elastic;

import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ShearModulus#ofInherentStructure}: the quench reaches a minimum, and each plane's G equals the slope of the
 * relaxed shear stress under +-1e-6 strain (each strained state re-minimised). The xz and yz planes are checked by
 * relabelling the axes of the (untilted, cubic) inherent structure so that they become the box's xy plane.
 */
class InherentShearModulusTest {
    @Test
    void everyPlaneEqualsTheSlopeOfTheRelaxedStress() {
        KobAndersen ka = new KobAndersen();
        Configuration liquid = TestGlasses.random(3, 150, 1.2, 0, 11);
        ShearModulus.Inherent is = ShearModulus.ofInherentStructure(liquid, ka, ShearModulusTest.FORCE_TOLERANCE, 500_000);
        assertTrue(is.maxForce() < ShearModulusTest.FORCE_TOLERANCE, "quench reached " + is.maxForce());
        // the liquid itself is untouched
        assertTrue(liquid.x[0] != is.structure().x[0] || liquid.y[0] != is.structure().y[0]);
        int[][] planes = {{0, 1, 2}, {0, 2, 1}, {1, 2, 0}};  // new (x, y, z) from old axes: xy, xz, yz
        double sum = 0;
        for (int p = 0; p < 3; p++) {
            Configuration c = relabel(is.structure(), planes[p]);
            double[] stress = new double[2];
            for (int s = 0; s < 2; s++) {
                Configuration d = c.copy();
                TestGlasses.shear(d, s == 0 ? ShearModulusTest.STRAIN : -ShearModulusTest.STRAIN);
                assertTrue(TestGlasses.fire(d, ka, ShearModulusTest.FORCE_TOLERANCE, 500_000) < ShearModulusTest.FORCE_TOLERANCE);
                stress[s] = TestGlasses.shearStress(d, ka);
            }
            double slope = (stress[0] - stress[1]) / (2 * ShearModulusTest.STRAIN);
            assertEquals(slope, is.g()[p + 1], 1e-4 * Math.abs(slope), "plane " + p);
            sum += is.g()[p + 1];
        }
        assertEquals(sum / 3, is.mean(), 1e-12 * Math.abs(sum));
    }

    /** The configuration with axis a[k] of the original as its axis k (cubic untilted box). */
    private static Configuration relabel(Configuration c, int[] a) {
        Configuration o = c.copy();
        double[][] src = {c.x, c.y, c.z}, dst = {o.x, o.y, o.z};
        for (int k = 0; k < 3; k++) System.arraycopy(src[a[k]], 0, dst[k], 0, c.n);
        return o;
    }
}
