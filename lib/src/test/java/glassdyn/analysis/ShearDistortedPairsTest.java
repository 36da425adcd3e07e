package glassdyn.analysis;

import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shear distortion of g(r) against a planted affine strain, and no distortion without one. */
class ShearDistortedPairsTest {
    /**
     * An isotropic structured configuration: 1400 unit hard spheres placed by random sequential insertion in a cube
     * of side 14 (volume fraction 0.27; g0 has a contact peak and a decaying tail), then sheared affinely by
     * {@code strain} together with the cell (tilt = strain L).
     */
    static Configuration sample(long seed, double strain) {
        int n = 1400;
        double l = 14;
        SplittableRandom r = new SplittableRandom(seed);
        Box box = Box.cubic(3, l);
        Configuration c = new Configuration(n, box);
        c.mass = new double[] {1};
        double[] d = new double[3];
        for (int i = 0; i < n; ) {
            c.x[i] = r.nextDouble() * l; c.y[i] = r.nextDouble() * l; c.z[i] = r.nextDouble() * l;
            boolean ok = true;
            for (int j = 0; j < i && ok; j++) {
                d[0] = c.x[i] - c.x[j]; d[1] = c.y[i] - c.y[j]; d[2] = c.z[i] - c.z[j];
                box.minimumImage(d);
                ok = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] >= 1;
            }
            if (ok) i++;
        }
        for (int i = 0; i < n; i++) c.x[i] += strain * c.y[i];
        box.setTilt(strain * l);
        return c;
    }

    @Test
    void plantedAffineStrainIsRecovered() {
        double gamma = 0.04;
        ShearDistortedPairs sheared = new ShearDistortedPairs(4.5, 90), still = new ShearDistortedPairs(4.5, 90);
        for (int s = 0; s < 6; s++) { sheared.add(sample(s, gamma)); still.add(sample(100 + s, 0)); }
        double g = ShearDistortedPairs.strain(sheared.table()), g0 = ShearDistortedPairs.strain(still.table());
        System.out.printf("fitted gamma_LER: sheared %.4f (planted %.2f), unsheared %.4f%n", g, gamma, g0);
        assertEquals(gamma, g - g0, 0.25 * gamma, "the fitted first-shell strain is the planted affine strain");
    }
}
