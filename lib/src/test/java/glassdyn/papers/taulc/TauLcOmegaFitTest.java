package glassdyn.papers.taulc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eq. 33/34 of paper 001: the basin average against a direct sum, and the Omega fit recovering a planted k. */
class TauLcOmegaFitTest {
    private final PelBasinModel m = new PelBasinModel(2.0, 50.0, 0.7, 0.3);

    @Test
    void histogramOfOneBarrierPerBinReproducesTheDirectAverage() {
        double[] eb = {0.5, 1.0, 1.5, 2.0};
        double[][] h = TauLcOmegaFit.barrierHistogram(new double[] {0.5, 1.0, 1.5, 2.0, -0.3}, 3);
        double direct = 0;
        for (double e : eb) direct += m.meanTime(e, 0) / eb.length;
        // rate 0: t_bar = mean tau_LC, which the bin centres reproduce only approximately; at one bin per value exactly
        double[][] exact = {eb, {0.25, 0.25, 0.25, 0.25}};
        assertEquals(direct, TauLcOmegaFit.basinMeanTime(m, exact[0], exact[1], 0), 1e-12 * direct);
        assertEquals(1, h[1][0] + h[1][1] + h[1][2], 1e-12, "the negative barrier is dropped, the rest sum to 1");
    }

    @Test
    void solveKRecoversAPlantedOmegaAndRefusesAnUnreachableTarget() {
        double[] eb = {0.8, 1.4, 2.1}, w = {0.2, 0.5, 0.3};
        double rate = 0.01, kTrue = 50.0 * 7.3;
        double target = TauLcOmegaFit.basinMeanTime(TauLcOmegaFit.withK(m, kTrue), eb, w, rate);
        double k = TauLcOmegaFit.solveK(m, eb, w, rate, target);
        assertEquals(kTrue, k, 1e-6 * kTrue);
        double ceiling = TauLcOmegaFit.basinMeanTime(m, eb, w, 0);   // no tilt: the longest t_bar possible
        assertTrue(Double.isNaN(TauLcOmegaFit.solveK(m, eb, w, rate, 2 * ceiling)));
    }
}
