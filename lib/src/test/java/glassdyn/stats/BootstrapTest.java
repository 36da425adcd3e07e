package glassdyn.stats;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class BootstrapTest {
    /** The 90% interval of a Gaussian sample's mean covers the true mean in about 90% of independent samples. */
    @Test
    void meanIntervalCoversTheTrueMeanNinetyPercentOfTheTime() {
        SplittableRandom rng = new SplittableRandom(1);
        int cover = 0, trials = 400;
        for (int t = 0; t < trials; t++) {
            double[] v = new double[40];
            for (int i = 0; i < v.length; i++) v[i] = 2 + gauss(rng);
            if (Bootstrap.contains(Bootstrap.meanInterval(v, t), 2.0)) cover++;
        }
        double f = cover / (double) trials;
        assertTrue(f > 0.83 && f < 0.95, "coverage " + f);
    }

    /** Exact: the half width of the mean's interval is 1.645 sigma/sqrt(n) for large n (here within 10%). */
    @Test
    void halfWidthMatchesTheNormalTheory() {
        SplittableRandom rng = new SplittableRandom(2);
        double[] v = new double[2000];
        for (int i = 0; i < v.length; i++) v[i] = gauss(rng);
        double[] iv = Bootstrap.meanInterval(v, 3);
        double half = (iv[1] - iv[0]) / 2, expected = 1.645 / Math.sqrt(v.length);
        assertEquals(expected, half, 0.1 * expected);
    }

    /** Too few units: no interval. */
    @Test
    void fewerThanThreeUnitsGiveNoInterval() {
        assertTrue(Double.isNaN(Bootstrap.meanInterval(new double[] {1, 2}, 1)[0]));
        assertTrue(Double.isNaN(Bootstrap.interval(2, idx -> 0, 1)[0]));
    }

    /** Paired differences cancel a shared unit effect that unpaired comparison cannot resolve. */
    @Test
    void pairedDifferenceResolvesASmallShiftUnderALargeSharedSpread() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] a = new double[30], b = new double[30];
        for (int i = 0; i < a.length; i++) {
            double unit = 10 * gauss(rng);
            a[i] = unit + 0.5 + 0.1 * gauss(rng);
            b[i] = unit + 0.1 * gauss(rng);
        }
        assertTrue(Bootstrap.above(Bootstrap.pairedDifference(a, b, 5), 0));
        double[] ia = Bootstrap.meanInterval(a, 6), ib = Bootstrap.meanInterval(b, 7);
        assertTrue(ia[0] < ib[1], "unpaired intervals overlap");
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
