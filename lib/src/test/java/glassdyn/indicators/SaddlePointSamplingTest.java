package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.force.ForceField;
import glassdyn.elastic.Hessian;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.potential.PolydisperseSoftDisks;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARTn saddles and the SPS field against independent results: the exact saddles of the Mueller-Brown surface (Newton
 * on the analytic gradient), the dense Hessian at a converged saddle of a glass, and a planted soft region.
 */
class SaddlePointSamplingTest {
    /** Mueller-Brown surface (K. Mueller and L. D. Brown, Theor. Chim. Acta 53, 75 (1979)), one 2D "particle". */
    static final class MuellerBrown implements ArtSaddleSearch.Surface {
        static final double[] A = {-200, -100, -170, 15}, a = {-1, -1, -6.5, 0.7}, b = {0, 0, 11, 0.6}, c = {-10, -10, -6.5, 0.7};
        static final double[] X0 = {1, 0, -0.5, -1}, Y0 = {0, 0.5, 1.5, 1};

        @Override public int size() { return 2; }
        @Override public int block() { return 2; }

        @Override
        public double evaluate(double[] x, double[] force) {
            double e = 0, gx = 0, gy = 0;
            for (int k = 0; k < 4; k++) {
                double dx = x[0] - X0[k], dy = x[1] - Y0[k];
                double t = A[k] * Math.exp(a[k] * dx * dx + b[k] * dx * dy + c[k] * dy * dy);
                e += t;
                gx += t * (2 * a[k] * dx + b[k] * dy);
                gy += t * (b[k] * dx + 2 * c[k] * dy);
            }
            force[0] = -gx; force[1] = -gy;
            return e;
        }

        /** Analytic Hessian {hxx, hxy, hyy}. */
        static double[] hessian(double x, double y) {
            double hxx = 0, hxy = 0, hyy = 0;
            for (int k = 0; k < 4; k++) {
                double dx = x - X0[k], dy = y - Y0[k];
                double t = A[k] * Math.exp(a[k] * dx * dx + b[k] * dx * dy + c[k] * dy * dy);
                double px = 2 * a[k] * dx + b[k] * dy, py = b[k] * dx + 2 * c[k] * dy;
                hxx += t * (px * px + 2 * a[k]);
                hxy += t * (px * py + b[k]);
                hyy += t * (py * py + 2 * c[k]);
            }
            return new double[] {hxx, hxy, hyy};
        }

        /** The stationary point near {@code guess} by Newton on the analytic gradient and Hessian. */
        double[] stationary(double gx, double gy) {
            double[] x = {gx, gy}, f = new double[2];
            for (int it = 0; it < 50; it++) {
                evaluate(x, f);
                double[] h = hessian(x[0], x[1]);
                double det = h[0] * h[2] - h[1] * h[1];
                x[0] += (h[2] * f[0] - h[1] * f[1]) / det;
                x[1] += (-h[1] * f[0] + h[0] * f[1]) / det;
            }
            return x;
        }
    }

    /**
     * From the middle minimum of Mueller-Brown, ARTn in 12 push directions finds both adjacent saddles; every connected
     * saddle equals a Newton saddle (literature: (-0.822, 0.624) and (0.212, 0.293)) to 1e-6 and its barrier to 1e-6.
     */
    @Test
    void muellerBrownSaddlesAndBarriersAreExact() {
        MuellerBrown mb = new MuellerBrown();
        double[] m = mb.stationary(-0.05, 0.467), s1 = mb.stationary(-0.822, 0.624), s2 = mb.stationary(0.212, 0.293);
        double[] f = new double[2];
        double em = mb.evaluate(m, f), es1 = mb.evaluate(s1, f), es2 = mb.evaluate(s2, f);
        ArtSaddleSearch art = new ArtSaddleSearch(mb, 1e-7);
        boolean found1 = false, found2 = false;
        int connected = 0;
        for (int k = 0; k < 12; k++) {
            double phi = 2 * Math.PI * k / 12;
            ArtSaddleSearch.Saddle s = art.search(m, em, new double[] {Math.cos(phi), Math.sin(phi)});
            if (!s.converged() || !s.connected()) continue;
            connected++;
            double d1 = Math.hypot(s.x()[0] - s1[0], s.x()[1] - s1[1]), d2 = Math.hypot(s.x()[0] - s2[0], s.x()[1] - s2[1]);
            double[] exact = d1 < d2 ? s1 : s2;
            double barrier = (d1 < d2 ? es1 : es2) - em;
            System.out.printf("Mueller-Brown push %2d: saddle (%.8f, %.8f), exact (%.8f, %.8f), barrier %.8f (exact %.8f), "
                + "lambda %.3f, %d evaluations%n", k, s.x()[0], s.x()[1], exact[0], exact[1], s.energy() - em, barrier, s.eigenvalue(), s.evaluations());
            assertEquals(exact[0], s.x()[0], 1e-6);
            assertEquals(exact[1], s.x()[1], 1e-6);
            assertEquals(barrier, s.energy() - em, 1e-6);
            assertTrue(s.eigenvalue() < 0);
            found1 |= d1 < d2;
            found2 |= d2 <= d1;
        }
        System.out.printf("Mueller-Brown: %d of 12 searches connected; barriers %.6f and %.6f%n", connected, es1 - em, es2 - em);
        assertTrue(found1 && found2, "both saddles adjacent to the middle minimum");
    }

    /**
     * At saddles converged by ARTn on a POLY glass (N = 100), the dense Hessian (EJML, from the analytic pair curvatures)
     * has exactly one negative eigenvalue, equal to the Lanczos one, and the forces recomputed by a fresh force field are
     * below the tolerance 5e-3; the barrier is positive and the push-back returned to the start.
     */
    @Test
    void convergedSaddleHasOneNegativeHessianEigenvalue() {
        PairPotential pot = new PolydisperseSoftDisks();
        Configuration c = GlassPreparation.poly(100, Double.POSITIVE_INFINITY, 0, 11);
        SplittableRandom r = new SplittableRandom(5);
        int checked = 0;
        try (SaddlePointSampling.Particles surface = new SaddlePointSampling.Particles(c, pot)) {
            ArtSaddleSearch art = new ArtSaddleSearch(surface, SaddlePointSampling.FORCE_TOLERANCE);
            double[] x0 = surface.positions(), f = new double[x0.length];
            double e0 = surface.evaluate(x0, f);
            for (int attempt = 0; attempt < 12 && checked < 3; attempt++) {
                int centre = r.nextInt(c.n);
                double[] push = new double[x0.length];
                for (int i = 0; i < c.n; i++) {
                    double[] d = {c.x[i] - c.x[centre], c.y[i] - c.y[centre], 0};
                    c.box.minimumImage(d);
                    if (Math.hypot(d[0], d[1]) < SaddlePointSampling.CLUSTER_RADIUS) { push[2 * i] = r.nextDouble(-1, 1); push[2 * i + 1] = r.nextDouble(-1, 1); }
                }
                ArtSaddleSearch.Saddle s = art.search(x0, e0, push);
                if (!s.converged() || !s.connected()) continue;
                checked++;
                Configuration at = c.copy();
                for (int i = 0; i < c.n; i++) { at.x[i] = s.x()[2 * i]; at.y[i] = s.x()[2 * i + 1]; }
                double fmax;
                try (ForceField ff = GlassPreparation.forceField(pot, at, 1)) {
                    ff.compute(at, true);
                    fmax = Fire.maxForce(ff, at.n);
                    assertEquals(s.energy(), ff.energy(), 1e-10);
                }
                DMatrixRMaj h = Hessian.of(at, pot).dense();
                EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h.numRows, false, true);
                assertTrue(eig.decompose(h));
                double[] ev = new double[h.numRows];
                for (int k = 0; k < ev.length; k++) ev[k] = eig.getEigenvalue(k).real;
                Arrays.sort(ev);
                int negative = 0;
                for (double e : ev) if (e < -1e-8) negative++;
                System.out.printf("POLY N = 100 saddle %d: barrier %.5f, |F|max %.2e, dense Hessian lowest %.6f, %.2e, %.2e, %.6f "
                    + "(%d negative), Lanczos %.6f, %d evaluations%n", checked, s.energy() - e0, fmax, ev[0], ev[1], ev[2], ev[3],
                    negative, s.eigenvalue(), s.evaluations());
                assertTrue(fmax < SaddlePointSampling.FORCE_TOLERANCE, "force " + fmax);
                assertEquals(1, negative, "negative Hessian eigenvalues");
                assertEquals(ev[0], s.eigenvalue(), 1e-3 * Math.abs(ev[0]) + 1e-4);
                assertTrue(Math.abs(ev[1]) < 1e-8 && Math.abs(ev[2]) < 1e-8, "two translation zero modes");
                assertTrue(s.energy() - e0 > 0);
            }
        }
        assertTrue(checked == 3, "three connected saddles checked, got " + checked);
    }

    /**
     * A triangular crystal of unit POLY disks with a planted disk-shaped glassy region of smaller polydisperse disks
     * (diameters uniform in 0.7-1; as the frozen-matrix test): ARTn clusters centred inside the region find lower barriers than clusters far from it, and
     * the lowest SPS strain (B28) of the sampled centres is inside it.
     */
    @Test
    void plantedSoftRegionHasTheLowestBarriers() {
        double cx = 6.0, cy = 6.0, soft = 2.3;
        SplittableRandom dis = new SplittableRandom(9);
        Configuration c = LocalShearModulusTest.crystal(12, 14, cx, cy, soft);
        for (int i = 0; i < c.n; i++) if (c.diameter[i] < 1) c.diameter[i] = 0.7 + 0.3 * dis.nextDouble();
        PairPotential pot = new PolydisperseSoftDisks();
        try (ForceField ff = GlassPreparation.forceField(pot, c, 1)) {
            GlassPreparation.quench(c, ff);
        }
        java.util.List<Integer> inside = new java.util.ArrayList<>(), far = new java.util.ArrayList<>();
        for (int i = 0; i < c.n; i++) {
            double[] d = {c.x[i] - cx, c.y[i] - cy, 0};
            c.box.minimumImage(d);
            double r = Math.hypot(d[0], d[1]);
            if (r < soft - 0.5 && inside.size() < 5) inside.add(i);
            if (r > soft + 2.5 && i % 7 == 0 && far.size() < 5) far.add(i);
        }
        int[] centres = java.util.stream.Stream.concat(inside.stream(), far.stream()).mapToInt(Integer::intValue).toArray();
        SaddlePointSampling.Result res = new SaddlePointSampling(pot, 1, 1, 7, 2).compute(c, centres);
        double[] barrier = res.lowestBarrier(c.n);
        double in = Double.POSITIVE_INFINITY, out = Double.POSITIVE_INFINITY;
        for (int i : inside) in = Math.min(in, barrier[i]);
        for (int i : far) out = Math.min(out, barrier[i]);
        int softest = 0;
        for (int i = 0; i < c.n; i++) if (res.perAtom()[i] < res.perAtom()[softest]) softest = i;
        System.out.printf("planted soft region: %d searches, %d saddles, %d connected, %d events; lowest barrier inside %.5f, "
                + "far %.5f; lowest SPS strain %.5f at %s%n", res.searches(), res.saddles(), res.connected(), res.events().size(), in, out,
            res.perAtom()[softest], inside.contains(softest) ? "a centre inside" : "atom " + softest);
        assertTrue(Double.isFinite(in) && Double.isFinite(out), "events found inside and far from the region");
        assertTrue(in < 0.5 * out, "lowest barrier inside " + in + " vs far " + out);
    }

    /**
     * The indicator-list format is part of the scored stages' parameters (PlasticitySamples), so dropping any one field
     * (SPS included) must change it: a checkpoint of another list is then recomputed, never read as this one. (The
     * 19-field upgrade path this test once pinned is gone with the old checkpoint format, and Q's orientation changed.)
     */
    @Test
    void formatChangesWhenAnyFieldIsDropped() {
        java.util.Set<Double> seen = new java.util.HashSet<>();
        seen.add(Indicator.format());
        for (Indicator i : Indicator.values())
            assertTrue(seen.add(Indicator.formatWithout(i)), "dropping " + i + " gives a format already seen");
    }
}
