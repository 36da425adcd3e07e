package glassdyn.papers.taulc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure helpers behind Figs. 16, 18, 25 and 31(a,b), against planted signals and hand-counted values. */
class TauLcDescriptorFiguresTest {
    private static double[][] planted(double[] y, glassdyn.dynamics.RandomStream rnd) {
        double[][] x = new double[y.length][4];
        for (int i = 0; i < y.length; i++) {
            x[i][0] = rnd.nextDouble();                 // noise
            x[i][1] = -2 * y[i] + 3;                    // exact, anti-correlated
            x[i][2] = 1;                                // constant
            x[i][3] = y[i] + 0.5 * rnd.nextDouble();    // noisy copy
        }
        return x;
    }

    @Test
    void pearsonOfPlantedFeaturesAndTheirRanking() {
        glassdyn.dynamics.RandomStream rnd = new glassdyn.dynamics.RandomStream(5);
        double[] y = new double[400];
        for (int i = 0; i < y.length; i++) y[i] = rnd.nextDouble();
        double[] p = TauLcDescriptorFigures.featurePearson(planted(y, rnd), y, null);
        assertEquals(-1, p[1], 1e-12);
        assertTrue(Double.isNaN(p[2]), "constant column");
        assertTrue(Math.abs(p[0]) < 0.15, "noise column " + p[0]);
        assertTrue(p[3] > 0.7 && p[3] < 0.99, "noisy copy " + p[3]);
        assertArrayEquals(new int[] {1, 3, 0, 2}, TauLcDescriptorFigures.rankByMagnitude(p));
    }

    @Test
    void restrictedPearsonUsesOnlyTheSelectedRows() {
        double[] y = {1, 2, 3, 4, 100};
        double[][] x = {{1}, {2}, {3}, {4}, {-100}};
        boolean[] use = {true, true, true, true, false};
        assertEquals(1, TauLcDescriptorFigures.featurePearson(x, y, use)[0], 1e-12);
        assertTrue(TauLcDescriptorFigures.featurePearson(x, y, null)[0] < 0);
    }

    @Test
    void peaksOfACosineAreItsExtrema() {
        double[] y = new double[200];
        for (int k = 0; k < y.length; k++) y[k] = Math.cos(2 * Math.PI * k / 40.0) * Math.exp(-k / 100.0);
        // extrema at k = 20, 40, 60, ... (k = 0 is the boundary and not interior)
        assertArrayEquals(new int[] {20, 40, 60}, TauLcDescriptorFigures.peaks(y, 3));
    }

    @Test
    void elementIndexRoundTripsThroughItsLabel() {
        int nr = 10;
        assertArrayEquals(new int[] {0, 0, 0, 0}, TauLcDescriptorFigures.element(0, nr));
        assertArrayEquals(new int[] {2, 1, 1, 9}, TauLcDescriptorFigures.element(2 * 40 + 39, nr));
        assertEquals("X(1) g_2^-2 species A r = 0.5", TauLcDescriptorFigures.label(40 + 20 + 2, nr));
    }

    @Test
    void jumpedFractionCountsJumpsUpToTAndNeverCensoredPairs() {
        double[][] tau = {{1, 2, 10}, {3, 10, 10}};   // 10 = censored at the run end
        assertEquals(0, StressModel.jumpedFraction(tau, 0.5, 10), 0);
        assertEquals(2.0 / 6, StressModel.jumpedFraction(tau, 2, 10), 1e-15);
        assertEquals(3.0 / 6, StressModel.jumpedFraction(tau, 10, 10), 1e-15);
    }
}
