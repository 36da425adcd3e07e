package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.elastic.Displacements;
import glassdyn.particles.Configuration;
import glassdyn.potential.PolydisperseSoftDisks;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mean thermal displacement behind alpha (paper 003 B22: the inherent structure reheated at constant volume to a
 * small Delta T) against the T -&gt; 0 formula {@code <dx> = -(T/2) M^+ (U3:M^+)} used by {@link LocalThermalExpansion}:
 * a Metropolis Monte Carlo run of a small POLY glass at low T (the NVT ensemble sampled directly), its time-averaged
 * displacement (translations removed) projected on the formula's in the metric of M.
 */
class LocalThermalExpansionTest {
    @Test
    void meanThermalDisplacementMatchesNvtSampling() {
        PolydisperseSoftDisks p = new PolydisperseSoftDisks();
        Configuration c = GlassPreparation.poly(36, Double.POSITIVE_INFINITY, 0, 12);
        HarmonicAnalysis h = new HarmonicAnalysis(c, p, 2, 1000, 1);
        double t = 3e-3;
        double[] predicted = LocalHeatCapacity.anharmonicShift(h);
        for (int a = 0; a < predicted.length; a++) predicted[a] *= -0.5 * t;
        // project on M <dx> (= -(T/2) U3:M^+ up to translations): weights the slowly sampled soft modes less
        double[] weight = new double[predicted.length];
        h.hessian.multiply(predicted, weight);
        int n = c.n;
        double[] x = c.x.clone(), y = c.y.clone(), sum = new double[2 * n];
        double l = c.box.lx();
        SplittableRandom r = new SplittableRandom(5);
        double step = 0.01;
        int sweeps = 150_000, burn = 2_000, blocks = 20;
        double[] blockProj = new double[blocks];
        double pp = Displacements.dot(predicted, weight);
        double[] blockSum = new double[2 * n], u = new double[2 * n];
        long accepted = 0;
        for (int s = 0; s < sweeps + burn; s++) {
            for (int m = 0; m < n; m++) {
                int i = r.nextInt(n);
                double dx = step * (2 * r.nextDouble() - 1), dy = step * (2 * r.nextDouble() - 1);
                double de = energyOf(p, c, x, y, i, x[i] + dx, y[i] + dy, l) - energyOf(p, c, x, y, i, x[i], y[i], l);
                if (de <= 0 || r.nextDouble() < Math.exp(-de / t)) { x[i] += dx; y[i] += dy; accepted++; }
            }
            if (s < burn) continue;
            for (int i = 0; i < n; i++) { u[2 * i] = x[i] - c.x[i]; u[2 * i + 1] = y[i] - c.y[i]; }
            Displacements.removeTranslation(u, 2);
            for (int a = 0; a < u.length; a++) blockSum[a] += u[a];
            int b = (s - burn) / (sweeps / blocks);
            if ((s - burn + 1) % (sweeps / blocks) == 0) {
                for (int a = 0; a < u.length; a++) blockSum[a] /= sweeps / blocks;
                blockProj[b] = Displacements.dot(blockSum, weight) / pp;
                java.util.Arrays.fill(blockSum, 0);
            }
        }
        double mean = 0, var = 0;
        for (double v : blockProj) mean += v / blocks;
        for (double v : blockProj) var += (v - mean) * (v - mean) / (blocks - 1);
        double err = Math.sqrt(var / blocks);
        System.out.printf("NVT Monte Carlo at T = %.0e (acceptance %.2f): projection of <dx> on -(T/2) M^+ U3:M^+ = %.3f +- %.3f%n",
            t, accepted / (double) ((long) (sweeps + burn) * n), mean, err);
        assertTrue(err < 0.1, "statistical error " + err);
        assertEquals(1.0, mean, 3 * err + 0.05);
    }

    private static double energyOf(PolydisperseSoftDisks p, Configuration c, double[] x, double[] y, int i, double xi, double yi, double l) {
        double e = 0;
        for (int j = 0; j < c.n; j++) {
            if (j == i) continue;
            double dx = x[j] - xi, dy = y[j] - yi;
            dx -= l * Math.rint(dx / l);
            dy -= l * Math.rint(dy / l);
            double r2 = dx * dx + dy * dy;
            if (r2 < p.cutoff2(0, 0, c.diameter[i], c.diameter[j])) e += p.energy(r2, 0, 0, c.diameter[i], c.diameter[j]);
        }
        return e;
    }
}
