package glassdyn.indicators;

import glassdyn.particles.Configuration;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The purely structural indicators of paper 003 (Psi_6 B1, Theta B2, s_2 B4-B5, contact number z) against exact values
 * on planted crystals of equal disks (POLY pair rule, diameter 1): a triangular lattice (6 neighbours at 60 degrees:
 * Psi_6 = 1, Theta = 0, z = 6 inside the cutoff 1.25) and a square lattice (4 neighbours at 90 degrees: Psi_6 = 0,
 * Psi_4 = 1, Theta = |pi/2 - pi/3| = pi/6 because three touching disks make 60 degrees, z = 4); s_2 of the triangular
 * lattice against an independent quadrature of B4-B5 with the six Gaussians written out.
 */
class StructuralIndicatorsTest {
    static final PolydisperseSoftDisks POLY = new PolydisperseSoftDisks();

    /** A periodic triangular lattice of {@code nx} x {@code ny} (ny even) disks with spacing {@code a}. */
    static Configuration triangular(int nx, int ny, double a) {
        double h = a * Math.sqrt(3) / 2;
        Configuration c = new Configuration(nx * ny, Box.orthogonal(2, nx * a, ny * h, 1));
        for (int j = 0, m = 0; j < ny; j++)
            for (int i = 0; i < nx; i++, m++) { c.x[m] = (i + 0.5 * (j % 2)) * a; c.y[m] = j * h; }
        return c;
    }

    /** A periodic square lattice of {@code k} x {@code k} disks with spacing {@code a}. */
    static Configuration square(int k, double a) {
        Configuration c = new Configuration(k * k, Box.orthogonal(2, k * a, k * a, 1));
        for (int j = 0, m = 0; j < k; j++)
            for (int i = 0; i < k; i++, m++) { c.x[m] = i * a; c.y[m] = j * a; }
        return c;
    }

    private static void assertAll(double expected, double[] v, double tol, String what) {
        for (int i = 0; i < v.length; i++) assertEquals(expected, v[i], tol, what + " of particle " + i);
    }

    @Test
    void triangularLatticeIsPerfectlyHexaticAndUnfrustrated() {
        Configuration c = triangular(12, 12, 1.0);
        NeighbourShells s = NeighbourShells.of(c, NeighbourShells.POLY, IndicatorFields.XCUT_POLY, 1);
        for (int j = 0; j < c.n; j++) assertEquals(6, s.count(j), "neighbours of " + j);
        assertAll(1.0, HexaticOrder.compute(s, 6), 1e-12, "Psi_6");
        assertAll(0.0, StericBondOrder.compute(c, s, NeighbourShells.POLY), 1e-12, "Theta");
        NeighbourShells inter = NeighbourShells.of(c, NeighbourShells.UNIT, POLY.maxCutoff(1), 1);
        assertAll(6.0, ContactNumber.compute(c, POLY, inter), 0, "z");
    }

    @Test
    void squareLatticeHasNoHexaticOrderAndThetaPiOverSix() {
        Configuration c = square(10, 1.0);
        NeighbourShells s = NeighbourShells.of(c, NeighbourShells.POLY, IndicatorFields.XCUT_POLY, 1);
        for (int j = 0; j < c.n; j++) assertEquals(4, s.count(j), "neighbours of " + j);
        assertAll(0.0, HexaticOrder.compute(s, 6), 1e-12, "Psi_6");
        assertAll(1.0, HexaticOrder.compute(s, 4), 1e-12, "Psi_4");
        assertAll(Math.PI / 6, StericBondOrder.compute(c, s, NeighbourShells.POLY), 1e-12, "Theta");
        NeighbourShells inter = NeighbourShells.of(c, NeighbourShells.UNIT, POLY.maxCutoff(1), 1);
        assertAll(4.0, ContactNumber.compute(c, POLY, inter), 0, "z");
    }

    @Test
    void contactNumberCountsOnlyPairsInsideTheRepulsiveRange() {
        // spacing 1.3 > CUTOFF 1.25: no pair interacts
        Configuration c = triangular(12, 12, 1.3);
        NeighbourShells inter = NeighbourShells.of(c, NeighbourShells.UNIT, POLY.maxCutoff(1), 1);
        assertAll(0.0, ContactNumber.compute(c, POLY, inter), 0, "z");
    }

    /**
     * s_2 of the triangular lattice (rm = 1.4, between the first and second shells at 1 and sqrt 3) against B4-B5
     * integrated here by Simpson's rule on a 10x finer grid with the six Gaussians of the first shell written out
     * (the second shell is more than 2.7 delta beyond rm: its tail is below 1e-3 of the first's).
     */
    @Test
    void excessEntropyOfTheTriangularLatticeMatchesAnIndependentQuadrature() {
        double a = 1.0, rm = 1.4;
        Configuration c = triangular(12, 12, a);
        double rho = c.n / c.box.volume(), d = TwoBodyExcessEntropy.DELTA;
        int m = 20000;
        double lo = TwoBodyExcessEntropy.R_START, h = (rm - lo) / m, sum = 0;
        for (int k = 0; k <= m; k++) {
            double r = lo + k * h;
            double g = 0;
            for (double shell : new double[] {a, Math.sqrt(3) * a, 2 * a}) {
                int count = 6;
                g += count * Math.exp(-(r - shell) * (r - shell) / (2 * d * d)) / Math.sqrt(2 * Math.PI * d * d);
            }
            g /= 2 * Math.PI * rho * r;
            double f = (g > 0 ? g * Math.log(g) : 0) - g + 1;
            double w = k == 0 || k == m ? 1 : k % 2 == 1 ? 4 : 2;
            sum += w * r * f;
        }
        double expected = -Math.PI * rho * sum * h / 3;
        double[] s2 = TwoBodyExcessEntropy.compute(c, rm);
        System.out.printf("s_2 of the triangular lattice (rm = %.2f): %.6f (code) vs %.6f (quadrature)%n", rm, s2[0], expected);
        assertAll(expected, s2, 2e-3 * Math.abs(expected), "s_2");
    }
}
