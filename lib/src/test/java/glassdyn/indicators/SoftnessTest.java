package glassdyn.indicators;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** {@link Softness}: a fit depends on its data and seed only, not on what the thread fitted before. */
class SoftnessTest {
    /** Two overlapping Gaussian classes in 4 dimensions, shifted by {@code shift} along the first axis. */
    private static void planted(long seed, double shift, List<double[]> x, List<Integer> y) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < 400; k++) {
            int label = k % 2 == 0 ? 1 : -1;
            double[] v = new double[4];
            for (int a = 0; a < 4; a++) v[a] = gauss(r);
            v[0] += label * shift;
            x.add(v);
            y.add(label);
        }
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void aFitDoesNotDependOnEarlierFitsOfTheThread() {
        List<double[]> x = new ArrayList<>(), x2 = new ArrayList<>();
        List<Integer> y = new ArrayList<>(), y2 = new ArrayList<>();
        planted(1, 0.7, x, y);
        planted(2, 0.3, x2, y2);
        Softness first = Softness.train(x, y, 1000, 5);
        Softness.train(x2, y2, 1000, 9);                    // advances Smile's per-thread generator
        Softness again = Softness.train(x, y, 1000, 5);
        for (double[] v : x2) assertEquals(first.value(v), again.value(v), 0.0);
        assertTrue(first.trainingAccuracy() > 0.6, "planted classes separable above chance: " + first.trainingAccuracy());
    }
}
