package glassdyn.papers.cagejump;

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

    /**
     * A planted profile: a hard-core g0 (0 inside contact, decaying oscillations outside), an affine distortion with
     * strain 0.05 out to r = 3.5 d_b that is switched off smoothly beyond it, and a non-affine contact layer of the
     * opposite sign in the contact bins (as measured on the sheared Yukawa runs). gamma_LER must be the planted strain
     * (the contact layer is outside the fit) and xi_LER the radius where the distortion falls to half the affine one.
     */
    @Test
    void contactLayerDoesNotBiasTheStrainAndXiLerIsThePlantedRange() {
        int bins = 200;
        double dr = 0.025, gamma = 0.05, range = 3.5;
        double[] r = new double[bins], g0 = new double[bins], gxy = new double[bins];
        for (int b = 0; b < bins; b++) {
            r[b] = (b + 0.5) * dr;
            g0[b] = r[b] < 1 ? 0 : 1 + 1.5 * Math.exp(-(r[b] - 1) / 1.2) * Math.cos(2 * Math.PI * (r[b] - 1)) / r[b];
        }
        double[] perUnit = ShearDistortedPairs.affine(r, g0);
        for (int b = 0; b < bins; b++) {
            double envelope = 1 / (1 + Math.exp((r[b] - range) / 0.1)); // affine inside the range, none beyond
            gxy[b] = r[b] < 1 ? 0 : r[b] < 1.1 ? -3 * gamma * Math.abs(perUnit[b]) : gamma * envelope * perUnit[b];
        }
        tech.tablesaw.api.Table t = ShearDistortedPairs.table(r, g0, gxy);
        double fitted = ShearDistortedPairs.strain(t), xi = ShearDistortedPairs.lerSize(t);
        System.out.printf("planted gamma %.3f -> %.4f, planted range %.2f -> xi_LER %.3f%n", gamma, fitted, range, xi);
        assertEquals(gamma, fitted, 1e-3 * gamma, "the contact layer must not enter the strain fit");
        assertEquals(range, xi, 0.3, "xi_LER at the end of the affine range");
        // without the switch-off the distortion stays affine to the edge: no xi_LER, edge ratio 1
        for (int b = 0; b < bins; b++) if (r[b] >= 1.1) gxy[b] = gamma * perUnit[b];
        tech.tablesaw.api.Table affine = ShearDistortedPairs.table(r, g0, gxy);
        assertTrue(Double.isNaN(ShearDistortedPairs.lerSize(affine)));
        assertEquals(1, ShearDistortedPairs.edgeRatio(affine), 1e-9);
    }
}
