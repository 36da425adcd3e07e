package glassdyn.analysis;

import glassdyn.stats.RidgeRegression;

import glassdyn.dynamics.RandomStream;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paper 001 Sec. IV: the Eq. 9 descriptors and Eq. 11 coarse-graining against hand-evaluated values for a pair of
 * particles; ridge regression against its closed form in one dimension and on a planted linear signal; the linear
 * SVM hardness on planted separable data.
 */
class StructuralLearningTest {
    @Test
    void descriptorsOfAPairMatchEq9AndEq11ByHand() {
        Configuration c = new Configuration(2, Box.cubic(3, 14));
        c.mass = new double[] {1, 1};
        double r = 1.03, u = r / Math.sqrt(2);
        c.x[0] = 6; c.y[0] = 6; c.z[0] = 6; c.type[0] = 0;
        c.x[1] = 6 + u; c.y[1] = 6 + u; c.z[1] = 6; c.type[1] = 1;
        double[][] x = StructuralDescriptors.compute(c);
        int nr = StructuralDescriptors.radii(c), nf = 4 * nr;
        assertEquals(48, nr, "the paper's grid r = 0.3 ... 5.0 fits a box of 14");
        assertEquals(3 * nf, x[0].length);
        double y00 = 0.5 / Math.sqrt(Math.PI), y22 = 0.5 * Math.sqrt(15 / Math.PI) * 0.5;   // x y / r^2 = 1/2
        for (int k = 0; k < nr; k++) {
            double rk = 0.3 + 0.1 * k, e = Math.abs(rk - r) <= 0.4 ? Math.exp(-(rk - r) * (rk - r) / (2 * 0.01)) / (rk * rk) : 0;
            // particle 0 sees one small (species 1) neighbour; particle 1 one big (species 0) neighbour
            assertEquals(0.0, x[0][k], 1e-15);
            assertEquals(e * y00, x[0][nr + k], 1e-12);
            assertEquals(e * y22, x[0][3 * nr + k], 1e-12);
            assertEquals(e * y00, x[1][k], 1e-12);
            assertEquals(e * y22, x[1][2 * nr + k], 1e-12);
            // first coarse-graining generation: (X_i + e^{-r/4} X_j) / (1 + e^{-r/4})
            double w = Math.exp(-r / 4);
            assertEquals((x[0][nr + k] + w * x[1][nr + k]) / (1 + w), x[0][nf + nr + k], 1e-12);
            assertEquals((x[1][k] + w * x[0][k]) / (1 + w), x[1][nf + k], 1e-12);
        }
    }

    @Test
    void ridgeMatchesItsClosedFormAndRecoversAPlantedSignal() {
        RandomStream rnd = new RandomStream(4);
        int n = 400;
        double[][] x1 = new double[n][1];
        double[] y1 = new double[n];
        for (int i = 0; i < n; i++) { x1[i][0] = 3 + 2 * rnd.nextGaussian(); y1[i] = 1.5 * x1[i][0] + rnd.nextGaussian(); }
        double alpha = 50;
        RidgeRegression r1 = RidgeRegression.fit(x1, y1, null, alpha);
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) { mx += x1[i][0] / n; my += y1[i] / n; }
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) { sxx += (x1[i][0] - mx) * (x1[i][0] - mx); sxy += (x1[i][0] - mx) * (y1[i] - my); }
        double sd = Math.sqrt(sxx / n), z2 = sxx / (sd * sd), zy = sxy / sd;
        assertEquals(zy / (z2 + alpha), r1.weights()[0], 1e-9);

        int p = 20;
        double[][] x = new double[n][p];
        double[] y = new double[n], beta = new double[p];
        for (int f = 0; f < p; f++) beta[f] = rnd.nextGaussian();
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < p; f++) { x[i][f] = rnd.nextGaussian(); y[i] += beta[f] * x[i][f]; }
            y[i] += 0.1 * rnd.nextGaussian();
        }
        boolean[] use = new boolean[n];
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) { use[i] = i < 300; fold[i] = i % 5; }
        RidgeRegression r = RidgeRegression.crossValidated(x, y, use, fold, 5, new double[] {1e-3, 1, 1000});
        double[] pr = new double[100], tr = new double[100];
        for (int i = 300; i < n; i++) { pr[i - 300] = r.predict(x[i]); tr[i - 300] = y[i]; }
        assertTrue(RidgeRegression.pearson(pr, tr) > 0.99, "test Pearson " + RidgeRegression.pearson(pr, tr));
        assertTrue(r.alpha() < 1000);
    }

    @Test
    void hardnessSeparatesPlantedClassesAndIsASignedDistance() {
        RandomStream rnd = new RandomStream(8);
        int n = 600, p = 5;
        double[][] x = new double[n][p];
        boolean[] slow = new boolean[n], use = new boolean[n];
        for (int i = 0; i < n; i++) {
            slow[i] = i % 2 == 0;
            for (int f = 0; f < p; f++) x[i][f] = rnd.nextGaussian();
            x[i][0] += slow[i] ? 3 : -3;      // separated along feature 0
            use[i] = i < 400;
        }
        HardnessClassifier h = HardnessClassifier.fit(x, slow, use, 1, 3);
        assertEquals(h.hardness(x[401]), HardnessClassifier.fit(x, slow, use, 1, 3).hardness(x[401]), 0.0, "same seed, same model");
        int right = 0;
        for (int i = 400; i < n; i++) if ((h.hardness(x[i]) > 0) == slow[i]) right++;
        assertTrue(right >= 196, "test accuracy " + right / 200.0);
        // H grows along the planted direction
        double[] a = new double[p], b = new double[p];
        b[0] = 1;
        assertTrue(h.hardness(b) > h.hardness(a));
    }
}
