package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.elastic.Displacements;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.ShearModulus;
import glassdyn.particles.Configuration;
import glassdyn.potential.PolydisperseSoftDisks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The indicator fields against independent results: finite differences, exact sums, dense solves, planted signals. */
class IndicatorFieldsTest {
    static final PolydisperseSoftDisks POLY = new PolydisperseSoftDisks();
    static Configuration glass;
    static HarmonicAnalysis harmonic;

    @BeforeAll
    static void quench() {
        glass = GlassPreparation.poly(144, Double.POSITIVE_INFINITY, 0, 21);
        harmonic = HarmonicAnalysis.of(glass, POLY, 10);
    }

    /** v.(U3:uu) equals the directional derivative d/dt [u.M(x + t v).u] by a central difference of two Hessians. */
    @Test
    void thirdOrderContractionIsTheDerivativeOfTheHessian() {
        SplittableRandom r = new SplittableRandom(4);
        int n = glass.n;
        double[] u = new double[2 * n], v = new double[2 * n], w = new double[2 * n];
        for (int a = 0; a < 2 * n; a++) { u[a] = r.nextDouble() - 0.5; v[a] = r.nextDouble() - 0.5; }
        harmonic.contraction.contract(u, w);
        double analytic = Displacements.dot(v, w), h = 1e-5;
        double[] q = new double[2];
        for (int s = 0; s < 2; s++) {
            Configuration d = glass.copy();
            double t = s == 0 ? h : -h;
            for (int i = 0; i < n; i++) { d.x[i] += t * v[2 * i]; d.y[i] += t * v[2 * i + 1]; }
            q[s] = Hessian.of(InteractingPairs.of(d, POLY)).quadraticForm(u);
        }
        double fd = (q[0] - q[1]) / (2 * h);
        System.out.printf("U3:uu . v = %.8f, finite difference of u.M.u = %.8f%n", analytic, fd);
        assertEquals(fd, analytic, 1e-5 * Math.abs(fd));
    }

    /** sum_n G_n = -(non-affine part of G), from the independent linear solve of ShearModulus. */
    @Test
    void atomicNonaffineModuliSumToTheNonaffineModulus() {
        double[] g = NonaffineShearModulus.compute(harmonic);
        double sum = 0;
        for (double x : g) sum += x;
        double expected = -ShearModulus.xy(harmonic.pairs, harmonic.solver, glass.box.volume()).nonAffine();
        System.out.printf("sum of atomic naf moduli %.10f, -G_naf %.10f%n", sum, expected);
        assertEquals(expected, sum, 1e-8 * Math.abs(expected));
    }

    /** psi(i) = trace of particle i's 2x2 block of M^+, from solves against unit vectors (translations removed). */
    @Test
    void vibralityIsTheDiagonalOfThePseudoInverse() {
        double[] psi = Vibrality.compute(harmonic);
        int n = glass.n;
        for (int i : new int[] {0, 17, 101}) {
            double tr = 0;
            for (int c = 0; c < 2; c++) {
                double[] e = new double[2 * n], z = new double[2 * n];
                e[2 * i + c] = 1;
                Displacements.removeTranslation(e, 2);
                harmonic.solver.solve(e, z);
                Displacements.removeTranslation(z, 2);
                tr += z[2 * i + c];
            }
            assertEquals(tr, psi[i], 1e-8 * tr, "particle " + i);
        }
    }

    /** The radical Voronoi cells tile the box: their areas sum to its area, and each holds its particle's disk. */
    @Test
    void voronoiCellsTileTheBox() {
        RadicalVoronoi v = RadicalVoronoi.of(glass, "poly");
        double sum = 0;
        for (double a : v.area) sum += a;
        System.out.printf("sum of radical Voronoi areas %.10f, box area %.10f%n", sum, glass.box.volume());
        assertEquals(glass.box.volume(), sum, 1e-9 * sum);
        for (double a : v.area) assertTrue(a > 0);
    }

    /** A random field scores C ~ 0 within the noise floor; the field that ranks the locus first scores C = 1. */
    @Test
    void scoreOfRandomAndPerfectIndicators() {
        SplittableRandom r = new SplittableRandom(8);
        int samples = 400, n = 300;
        double[] rx = new double[samples], perfect = new double[samples];
        for (int s = 0; s < samples; s++) {
            double[] f = new double[n];
            for (int i = 0; i < n; i++) f[i] = r.nextDouble();
            int locus = r.nextInt(n);
            rx[s] = PlasticityScore.normalisedRank(f, locus);
            f[locus] = 2;
            perfect[s] = PlasticityScore.normalisedRank(f, locus);
        }
        double c = PlasticityScore.score(rx), floor = PlasticityScore.noiseFloor(samples);
        System.out.printf("random indicator over %d events: C = %.4f, noise floor %.4f%n", samples, c, floor);
        assertTrue(Math.abs(c) < 3 * floor);
        assertEquals(1.0, PlasticityScore.score(perfect), 1e-12);
    }

    /** A planted linear rule on the features is learnt: held-out balanced accuracy above 0.95. */
    @Test
    void softnessLearnsAPlantedLinearRule() {
        SplittableRandom r = new SplittableRandom(3);
        List<double[]> x = new ArrayList<>(), xv = new ArrayList<>();
        List<Integer> y = new ArrayList<>(), yv = new ArrayList<>();
        for (int k = 0; k < 1200; k++) {
            double[] f = new double[6];
            for (int a = 0; a < 6; a++) f[a] = 3 * r.nextDouble() + a;
            int label = 2 * f[0] - f[3] + 0.5 * f[5] > 2 * 1.5 - 4.5 + 0.5 * 6.5 ? 1 : -1;
            (k < 800 ? x : xv).add(f);
            (k < 800 ? y : yv).add(label);
        }
        Softness s = Softness.train(x, y, 10_000, 1);
        double acc = s.accuracy(xv, yv);
        System.out.printf("softness on a planted linear rule: training %.3f, held-out %.3f%n", s.trainingAccuracy(), acc);
        assertTrue(acc > 0.95, "held-out accuracy " + acc);
    }
}
