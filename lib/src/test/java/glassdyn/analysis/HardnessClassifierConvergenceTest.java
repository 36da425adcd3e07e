package glassdyn.analysis;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review 001 M21: is Smile's linear SVM converged after {@link HardnessClassifier#EPOCHS} passes? On planted, noisy,
 * linearly separable-in-expectation data the hardness of a held-out set from the default fit is compared with a fit of
 * 10x the passes: the two hyperplanes agree in direction (the hardness is its signed distance) and in held-out accuracy.
 * Measured once at the paper's feature count (3000 samples x 324 features, C = 0.01): 2 vs 5 vs 20 epochs, cosine 0.9986,
 * training accuracy 0.9260 vs 0.9267 vs 0.9267 (session 12).
 */
class HardnessClassifierConvergenceTest {
    @Test
    void defaultPassesMatchTenTimesMore() {
        SplittableRandom r = new SplittableRandom(11);
        int m = 800, p = 40;
        double[] truth = new double[p];
        for (int f = 0; f < p; f++) truth[f] = r.nextGaussian() * (f < 8 ? 1 : 0.1);
        double[][] x = new double[2 * m][p];
        boolean[] slow = new boolean[2 * m], train = new boolean[2 * m];
        for (int i = 0; i < 2 * m; i++) {
            double s = 0;
            for (int f = 0; f < p; f++) { x[i][f] = 3 + 2 * r.nextGaussian(); s += truth[f] * (x[i][f] - 3); }
            slow[i] = s + 1.5 * r.nextGaussian() > 0;
            train[i] = i < m;
        }
        for (double c : new double[] {0.01, 1}) {
            HardnessClassifier a = HardnessClassifier.fit(x, slow, train, c, 7);
            HardnessClassifier b = HardnessClassifier.fit(x, slow, train, c, 7, 10 * HardnessClassifier.EPOCHS);
            double dot = 0, na = 0, nb = 0;
            int okA = 0, okB = 0;
            for (int i = m; i < 2 * m; i++) {
                double ha = a.hardness(x[i]), hb = b.hardness(x[i]);
                dot += ha * hb; na += ha * ha; nb += hb * hb;
                if (ha > 0 == slow[i]) okA++;
                if (hb > 0 == slow[i]) okB++;
            }
            double corr = dot / Math.sqrt(na * nb);
            assertTrue(corr > 0.99, "C " + c + ": held-out hardness of the two fits correlate " + corr);
            assertTrue(Math.abs(okA - okB) <= 0.01 * m, "C " + c + ": held-out accuracy " + okA + " vs " + okB + " of " + m);
            assertTrue(okA > 0.8 * m, "C " + c + ": the planted signal is learnt: " + okA + " of " + m);
        }
    }
}
