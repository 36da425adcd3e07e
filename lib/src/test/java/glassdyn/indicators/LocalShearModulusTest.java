package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.force.ForceField;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.ShearModulus;
import glassdyn.elastic.SparseCholeskySolver;
import glassdyn.particles.Configuration;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coarse-grained strain, local shear modulus and local thermal expansion (paper 003 B18-B22) against independent
 * results: a finite difference of the coarse-grained displacement, the Hessian's shear modulus of a perfect crystal
 * (homogeneous, so mu = G everywhere up to the lattice sampling of the kernel), and a planted soft region.
 */
class LocalShearModulusTest {
    static final PolydisperseSoftDisks POLY = new PolydisperseSoftDisks();

    /** Triangular crystal of unit POLY disks, optionally with a disk of smaller (softer, less compressed) ones. */
    static Configuration crystal(int cols, int rows, double cx, double cy, double soft) {
        double a = 1.0, h = a * Math.sqrt(3) / 2;
        Configuration c = new Configuration(cols * rows, Box.orthogonal(2, cols * a, rows * h, 1));
        c.mass = new double[] {1};
        for (int r = 0, i = 0; r < rows; r++)
            for (int q = 0; q < cols; q++, i++) {
                c.x[i] = (q + 0.5 * (r & 1)) * a + 0.25;
                c.y[i] = (r + 0.5) * h;
                c.diameter[i] = Math.hypot(c.x[i] - cx, c.y[i] - cy) < soft ? 0.85 : 1.0;
            }
        return c;
    }

    /** The planted-soft-region crystal, quenched (shared by the planted-signal tests; a copy each call). */
    static synchronized Configuration plantedCrystal() {
        if (planted == null) {
            planted = crystal(20, 24, PLANTED_X, PLANTED_Y, PLANTED_RADIUS);
            try (ForceField ff = GlassPreparation.forceField(POLY, planted, 1)) {
                GlassPreparation.quench(planted, ff);
            }
        }
        return planted.copy();
    }

    static final double PLANTED_X = 10.0, PLANTED_Y = 10.0, PLANTED_RADIUS = 2.3;
    private static Configuration planted;

    /** d u_a / d x_b of B19 (analytic) equals a central difference of the directly summed B18 field. */
    @Test
    void strainIsTheGradientOfTheCoarseGrainedDisplacement() {
        Configuration c = GlassPreparation.poly(144, Double.POSITIVE_INFINITY, 0, 5);
        SplittableRandom r = new SplittableRandom(3);
        double[] u = new double[2 * c.n];
        for (int a = 0; a < u.length; a++) u[a] = r.nextDouble() - 0.5;
        GoldhirschCoarseGraining cg = new GoldhirschCoarseGraining(3.0);
        double[][] e = cg.strain(c, u, 0, 0, 0, 0);
        double h = 1e-5;
        for (int p : new int[] {0, 50, 143}) {
            double[] xp = cg.displacement(c, u, c.x[p] + h, c.y[p]), xm = cg.displacement(c, u, c.x[p] - h, c.y[p]);
            double[] yp = cg.displacement(c, u, c.x[p], c.y[p] + h), ym = cg.displacement(c, u, c.x[p], c.y[p] - h);
            double exx = (xp[0] - xm[0]) / (2 * h), eyy = (yp[1] - ym[1]) / (2 * h);
            double exy = 0.5 * ((yp[0] - ym[0]) + (xp[1] - xm[1])) / (2 * h);
            System.out.printf("particle %d: eps = (%.9f, %.9f, %.9f), finite difference (%.9f, %.9f, %.9f)%n",
                p, e[0][p], e[1][p], e[2][p], exx, eyy, exy);
            assertEquals(exx, e[0][p], 1e-7);
            assertEquals(eyy, e[1][p], 1e-7);
            assertEquals(exy, e[2][p], 1e-7);
        }
    }

    /**
     * The linear-response step equals a real AQS step: shear a glass by 1e-6 (Lees-Edwards), FIRE to 1e-12, and compute
     * mu from that displacement field; it must agree with {@link LocalShearModulus#compute} (solve of M xdot = -Xi).
     */
    @Test
    void linearResponseStepEqualsAnAqsStep() {
        Configuration c = GlassPreparation.poly(144, Double.POSITIVE_INFINITY, 0, 7);
        HarmonicAnalysis h = new HarmonicAnalysis(c, POLY, 2, 0, 1);
        double[] mu = LocalShearModulus.compute(h, POLY);
        double dg = 1e-6;
        Configuration s = c.copy();
        try (ForceField ff = GlassPreparation.forceField(POLY, s, 1)) {
            glassdyn.dynamics.LeesEdwards.shearAffinely(s, dg, ff.neighbors());
            ff.neighbors().invalidate();
            assertTrue(new glassdyn.minimize.Fire().minimize(s, ff, 1e-12, GlassPreparation.MAX_ITERATIONS).converged());
        }
        double[] v = new double[2 * c.n], d = new double[3];
        for (int i = 0; i < c.n; i++) {
            d[0] = s.x[i] - (c.x[i] + dg * (c.y[i] - c.box.ylo())); d[1] = s.y[i] - c.y[i]; d[2] = 0;
            s.box.minimumImage(d);
            v[2 * i] = d[0] / dg; v[2 * i + 1] = d[1] / dg;
        }
        glassdyn.elastic.Displacements.removeTranslation(v, 2);
        GoldhirschCoarseGraining cg = new GoldhirschCoarseGraining(GoldhirschCoarseGraining.R_C);
        double[] exy = cg.strain(c, v, 0, 1, 0, 0)[2];
        double[] s0 = LocalShearModulus.shearStress(c, POLY, h.pairs, cg, v, 0), s1 = LocalShearModulus.shearStress(c, POLY, h.pairs, cg, v, dg);
        double worst = 0;
        for (int i = 0; i < c.n; i++) {
            double aqs = (s1[i] - s0[i]) / dg / (2 * exy[i]);
            worst = Math.max(worst, Math.abs(aqs - mu[i]) / Math.abs(mu[i]));
        }
        System.out.printf("local mu from a real AQS step (1e-6, FIRE to 1e-12) vs linear response: largest relative difference %.2e%n", worst);
        assertTrue(worst < 1e-3, "relative difference " + worst);
    }

    /** In a perfect triangular crystal every site is equivalent and there is no non-affine relaxation: mu = G. */
    @Test
    void crystalLocalShearModulusIsTheShearModulus() {
        Configuration c = crystal(20, 24, -100, -100, 0);
        HarmonicAnalysis h = new HarmonicAnalysis(c, POLY, 4, 0, 1);
        double[] mu = LocalShearModulus.compute(h, POLY);
        InteractingPairs pairs = InteractingPairs.of(c, POLY);
        double g = ShearModulus.xy(pairs, new SparseCholeskySolver(Hessian.of(pairs), true), c.box.volume()).g();
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double m : mu) { min = Math.min(min, m); max = Math.max(max, m); }
        System.out.printf("crystal: G from the Hessian %.6f, local mu in [%.6f, %.6f]%n", g, min, max);
        assertEquals(g, min, 5e-3 * g);
        assertEquals(g, max, 5e-3 * g);
    }

    /** A planted disk of smaller, weaker disks in the crystal has the lowest local shear modulus. */
    @Test
    void plantedSoftRegionHasTheLowestLocalShearModulus() {
        double cx = PLANTED_X, cy = PLANTED_Y, soft = PLANTED_RADIUS;
        Configuration c = plantedCrystal();
        // mu needs the Hessian's solver, not its modes: 2 Lanczos modes instead of a dense diagonalisation
        double[] mu = LocalShearModulus.compute(new HarmonicAnalysis(c, POLY, 2, 0, 1), POLY);
        double inside = 0, far = Double.POSITIVE_INFINITY;
        int nIn = 0;
        for (int i = 0; i < c.n; i++) {
            double[] d = {c.x[i] - cx, c.y[i] - cy, 0};
            c.box.minimumImage(d);
            double r = Math.hypot(d[0], d[1]);
            if (r < soft) { inside += mu[i]; nIn++; }
            if (r > soft + GoldhirschCoarseGraining.R_C) far = Math.min(far, mu[i]);
        }
        inside /= nIn;
        System.out.printf("planted soft region: mean local mu inside %.4f, lowest far from it %.4f%n", inside, far);
        assertTrue(inside < 0.9 * far, "inside " + inside + " vs far " + far);
    }
}
