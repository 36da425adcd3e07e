package glassdyn.analysis;

import glassdyn.stats.RankCorrelation;

import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exact results for the smaller tools: lattice S(q), Gaussian self dynamics, ranks, clusters, coarse-graining, tilted cell lists. */
class AnalysisToolsTest {

    static Configuration random(int n, Box box, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Configuration c = new Configuration(n, box);
        for (int i = 0; i < n; i++) {
            c.x[i] = box.xlo() + r.nextDouble() * box.lx(); c.y[i] = box.ylo() + r.nextDouble() * box.ly();
            c.z[i] = box.dim() == 3 ? box.zlo() + r.nextDouble() * box.lz() : 0;
            c.type[i] = r.nextInt(5) == 0 ? 1 : 0;
        }
        c.mass = new double[] {1, 1};
        return c;
    }

    @Test
    void cellListInATiltedBoxFindsExactlyTheBruteForcePairs() {
        for (int dim = 2; dim <= 3; dim++) {
            Box box = new Box(dim, -1, 2, 0, 9, 8, 7, 3.1);
            Configuration c = random(dim == 3 ? 600 : 300, box, 3);
            Table cells = new RadialDistribution(2.5, 25).threads(2).compute(c);
            // brute force with minimum image
            double[] hist = new double[25];
            double[] d = new double[3];
            Box b = box.copy();
            for (int i = 0; i < c.n; i++)
                for (int j = i + 1; j < c.n; j++) {
                    d[0] = c.x[j] - c.x[i]; d[1] = c.y[j] - c.y[i]; d[2] = c.z[j] - c.z[i];
                    b.minimumImage(d);
                    int bin = (int) (Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) * (1.0 / (2.5 / 25)));
                    if (bin < 25) hist[bin] += 2;
                }
            for (int k = 0; k < 25; k++) {
                double lo = k * 0.1, hi = lo + 0.1;
                double vfrac = dim == 3 ? 4 * Math.PI / (3 * box.volume()) * (hi * hi * hi - lo * lo * lo) : Math.PI / box.volume() * (hi * hi - lo * lo);
                assertEquals(hist[k] / (vfrac * (c.n - 1.0) * c.n), cells.doubleColumn("g").get(k), 1e-12, "dim " + dim + " bin " + k);
            }
        }
    }

    @Test
    void structureFactorOfASimpleCubicLatticeIsNAtBraggPeaksAndZeroBetween() {
        Configuration c = new Configuration(64, Box.cubic(3, 4));
        for (int i = 0; i < 64; i++) { c.x[i] = i % 4 + 0.25; c.y[i] = (i / 4) % 4 + 0.25; c.z[i] = i / 16 + 0.25; }
        Table s = new StaticStructureFactor(7, 0.05).compute(c);
        for (int r = 0; r < s.rowCount(); r++) {
            double q = s.doubleColumn("q").get(r), v = s.doubleColumn("S").get(r);
            if (Math.abs(q - 2 * Math.PI) < 0.05) assertEquals(64, v, 1e-9);
            else assertEquals(0, v, 1e-9, "q = " + q);
        }
    }

    @Test
    void gaussianDisplacementsGiveKnownSelfDynamics() {
        // independent Gaussian steps: msd = 3 s^2 t, alpha2 = 0, F_s = exp(-q^2 msd / 6) (large-N limit)
        int n = 20000, frames = 11;
        double s = 0.05;
        SplittableRandom r = new SplittableRandom(9);
        Box box = Box.cubic(3, 50);
        List<Frame> list = new ArrayList<>();
        double[] x = new double[n], y = new double[n], z = new double[n];
        for (int k = 0; k < frames; k++) {
            Configuration c = new Configuration(n, box);
            for (int i = 0; i < n; i++) {
                if (k > 0) { x[i] += s * r.nextGaussian(); y[i] += s * r.nextGaussian(); z[i] += s * r.nextGaussian(); }
                c.x[i] = x[i] + 25; c.y[i] = y[i] + 25; c.z[i] = z[i] + 25;
            }
            c.time = k;
            list.add(new Frame(k, c, true, false));
        }
        Table t = new SelfDynamics(7.25, 0.3).compute(Trajectory.of(list));
        int last = t.rowCount() - 1;
        assertEquals(10, t.doubleColumn("t").get(last), 0);
        double msd = t.doubleColumn("msd").get(last);
        assertEquals(3 * s * s * 10, msd, 0.02 * 3 * s * s * 10);
        assertEquals(0, t.doubleColumn("alpha2").get(last), 0.05);
        assertEquals(Math.exp(-7.25 * 7.25 * msd / 6), t.doubleColumn("fs").get(last), 0.01);
        // Q: fraction with |dr| < 0.3 for a Maxwell distribution of variance s^2 t per axis
        double sig = s * Math.sqrt(10), u = 0.3 / sig;
        double expectQ = erf(u / Math.sqrt(2)) - Math.sqrt(2 / Math.PI) * u * Math.exp(-u * u / 2);
        assertEquals(expectQ, t.doubleColumn("Q").get(last), 0.01);
        Table vh = new VanHoveSelf(2, 100).compute(Trajectory.of(list));
        double norm = 0;
        for (int row = 0; row < vh.rowCount(); row++) if (vh.doubleColumn("t").get(row) == 10) norm += vh.doubleColumn("P").get(row) * 0.02;
        assertEquals(1, norm, 1e-9);
    }

    static double erf(double x) {
        // Abramowitz-Stegun 7.1.26 is too coarse; integrate instead (Simpson, 2000 intervals)
        int m = 2000;
        double h = x / m, sum = 0;
        for (int k = 0; k <= m; k++) sum += (k == 0 || k == m ? 1 : k % 2 == 1 ? 4 : 2) * Math.exp(-(k * h) * (k * h));
        return 2 / Math.sqrt(Math.PI) * sum * h / 3;
    }

    @Test
    void spearmanWithTies() {
        assertEquals(1, RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 64}), 1e-15);
        assertEquals(-1, RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {9, 7, 3, 1}), 1e-15);
        assertEquals(List.of(1.0, 2.5, 2.5, 4.0), java.util.Arrays.stream(RankCorrelation.ranks(new double[] {1, 5, 5, 7})).boxed().toList());
        // hand computation: ranks a = (1,2.5,2.5,4), b = (1,3,2,4): Pearson of ranks
        double r = RankCorrelation.spearman(new double[] {1, 5, 5, 7}, new double[] {0.1, 0.3, 0.2, 0.4});
        assertEquals(4.5 / Math.sqrt(4.5 * 5.0), r, 1e-14);
    }

    @Test
    void clustersAcrossThePeriodicBoundary() {
        Configuration c = new Configuration(7, Box.cubic(3, 10));
        double[] xs = {0.2, 9.5, 8.8, 5, 5.9, 3, 7};
        for (int i = 0; i < 7; i++) { c.x[i] = xs[i]; c.y[i] = 5; c.z[i] = 5; }
        boolean[] flag = {true, true, true, true, true, false, true};
        int[] l = new ParticleClusters(1.0).labels(c, flag);
        // {0.2, 9.5, 8.8} wrap into one cluster of 3, {5, 5.9} a cluster of 2, {7} alone, 3 unflagged
        assertEquals(l[0], l[1]); assertEquals(l[1], l[2]); assertEquals(1, l[0]);
        assertEquals(2, l[3]); assertEquals(2, l[4]); assertEquals(3, l[6]); assertEquals(0, l[5]);
        Table sizes = ParticleClusters.sizeDistribution(l);
        assertEquals(3, sizes.rowCount());
    }

    @Test
    void coarseGrainingKeepsAConstantAndAveragesAStep() {
        Configuration c = random(500, Box.cubic(3, 8), 4);
        double[] one = new double[500];
        java.util.Arrays.fill(one, 2.5);
        for (double v : ExponentialCoarseGraining.particles(c, one, 2.0)) assertEquals(2.5, v, 1e-12);
        Table g = ExponentialCoarseGraining.grid(c, one, 4, 2.0);
        for (double v : g.doubleColumn("value").asDoubleArray()) assertEquals(2.5, v, 1e-12);
        // a field that is 1 in the left half: grid values increase towards the middle of that half
        double[] step = new double[500];
        for (int i = 0; i < 500; i++) step[i] = c.x[i] < 4 ? 1 : 0;
        Table h = ExponentialCoarseGraining.grid(c, step, 4, 1.0);
        double left = 0, right = 0;
        for (int r = 0; r < h.rowCount(); r++) if (h.intColumn("gx").get(r) < 2) left += h.doubleColumn("value").get(r); else right += h.doubleColumn("value").get(r);
        assertTrue(left > 2 * right, left + " vs " + right);
    }

    @Test
    void neighbourRetentionIsOneForAFrozenConfigurationAndDropsWhenMixed() {
        Configuration c = random(300, Box.cubic(3, 6), 8);
        int n = c.n;
        double[][] x = {c.x.clone(), c.x.clone()}, y = {c.y.clone(), c.y.clone()}, z = {c.z.clone(), c.z.clone()};
        PositionHistory h = PositionHistory.of(new double[] {0, 1}, c.box, c.type, x, y, z);
        Table m = new NeighbourRetention(1.4).mean(h, 0);
        assertEquals(1, m.doubleColumn("C").get(1), 0);
        // shuffle positions among particles: retention falls to about the random value (density * sphere volume / n0 ~ small)
        double[] sx = x[1].clone(), sy = y[1].clone(), sz = z[1].clone();
        for (int i = 0; i < n; i++) { x[1][i] = sx[(i * 7 + 3) % n]; y[1][i] = sy[(i * 7 + 3) % n]; z[1][i] = sz[(i * 7 + 3) % n]; }
        h = PositionHistory.of(new double[] {0, 1}, c.box, c.type, x, y, z);
        assertTrue(new NeighbourRetention(1.4).mean(h, 0).doubleColumn("C").get(1) < 0.2);
    }
}
