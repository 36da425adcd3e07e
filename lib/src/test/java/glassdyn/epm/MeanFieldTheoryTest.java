package glassdyn.epm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** SI Eqs. 31-33 checked by finite differences and quadrature, and the paper's numbers (alpha 0.110 -> 0.749). */
class MeanFieldTheoryTest {

    @Test
    void paperNumbers() {
        assertEquals(0.749, MeanFieldTheory.sigmaBar(0.110), 6e-4, "SI after Eq. 33");
        assertEquals(0.1098, MeanFieldTheory.alpha(0.749), 1e-4);
        assertEquals(0.2910, MeanFieldTheory.alpha(1.0), 1e-4);
        assertEquals(0.9691, MeanFieldTheory.density(0, MeanFieldTheory.sigmaBar(0.110), 0.110), 1e-3);
    }

    @Test
    void densitySolvesEq31WithBoundaryConditionsAndIsNormalised() {
        double alpha = 0.13, sb = MeanFieldTheory.sigmaBar(alpha), h = 1e-4;
        double n = MeanFieldTheory.yNormalisation();
        for (double s = 0.05; s < sb - 0.05; s += 0.1) {
            double p2 = (MeanFieldTheory.density(s + h, sb, alpha) - 2 * MeanFieldTheory.density(s, sb, alpha)
                + MeanFieldTheory.density(s - h, sb, alpha)) / (h * h);
            assertEquals(0, alpha * p2 + Math.exp(s - 1) / n, 1e-5, "Eq. 31 at sigma = " + s);
        }
        assertEquals(0, MeanFieldTheory.density(sb - 1e-12, sb, alpha), 1e-9, "P(sigma-bar) = 0");
        assertEquals(0, (MeanFieldTheory.density(h, sb, alpha) - MeanFieldTheory.density(0, sb, alpha)) / h, 1e-3, "P'(0) = 0");
        int m = 20000;
        double w = 2 * sb / m, sum = 0;
        for (int i = 0; i < m; i++) sum += MeanFieldTheory.density(-sb + (i + 0.5) * w, sb, alpha) * w;
        assertEquals(1, sum, 1e-6, "normalised");
    }
}
