package glassdyn.potential;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every pair potential against central finite differences of itself: the force against the energy, the curvature
 * against the force; and the smoothness at the cutoff each paper claims.
 */
class PairPotentialDerivativesTest {
    /** A pair of a potential: types and sizes. */
    record Pair(PairPotential u, int ti, int tj, double si, double sj) {
        double e(double r) { return u.energy(r * r, ti, tj, si, sj); }
        double force(double r) { return u.forceOverR(r * r, ti, tj, si, sj) * r; }   // -u'
        double curv(double r) { return u.curvature(r * r, ti, tj, si, sj); }
        double rc() { return Math.sqrt(u.cutoff2(ti, tj, si, sj)); }
    }

    static List<Pair> pairs() {
        List<Pair> l = new ArrayList<>();
        List<PairPotential> typed = List.of(InversePowerLaw.threeD(), InversePowerLaw.twoD(), new StickySpheres(),
            new ModifiedBinaryLennardJones(0.8, 0.4), new SmoothedLennardJones2D(), new HardCoreYukawa());
        for (PairPotential u : typed)
            for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) l.add(new Pair(u, a, b, 1, 1));
        PairPotential p = new PolydisperseSoftDisks();
        double[][] sizes = {{1, 1}, {1, 2.0 / 3}, {0.7245, 0.7245}, {0.7245, 1.61359}, {1.61359, 1.61359}, {1.2, 0.9}};
        for (double[] s : sizes) l.add(new Pair(p, 0, 0, s[0], s[1]));
        return l;
    }

    @Test
    void forceAndCurvatureMatchFiniteDifferences() {
        for (Pair p : pairs()) {
            double rc = p.rc();
            // from deep in the core (0.75 of the smallest natural length) to just inside the cutoff
            double rmin = 0.45 * rc;
            for (int k = 0; k <= 60; k++) {
                double r = rmin + (rc * 0.999 - rmin) * k / 60.0;
                double h = 1e-5 * r;
                double fdF = -(p.e(r + h) - p.e(r - h)) / (2 * h);
                double fdC = -(p.force(r + h) - p.force(r - h)) / (2 * h);
                double scaleF = Math.abs(p.force(r)) + Math.abs(p.e(r)) / r + 1; // absolute floor: the smoothing polynomials cancel terms of order 1e3
                double scaleC = Math.abs(p.curv(r)) + Math.abs(p.force(r)) / r + 1;
                String where = p.u().name() + " " + p.ti() + p.tj() + " s=" + p.si() + "," + p.sj() + " r=" + r;
                assertEquals(0, (p.force(r) - fdF) / scaleF, 1e-6, "force vs -dE/dr, " + where);
                assertEquals(0, (p.curv(r) - fdC) / scaleC, 1e-6, "curvature vs -dF/dr, " + where);
            }
        }
    }

    @Test
    void energyVanishesAtTheCutoff() {
        for (Pair p : pairs()) {
            double rc = p.rc();
            assertEquals(0, p.e(rc * (1 - 1e-12)), 1e-9, p.u().name() + " energy at cutoff");
        }
    }

    /** Paper 004 (IPL, via Ref. 51) and paper 003 (POLY Eq. A1, smoothed LJ): first derivatives vanish too. */
    @Test
    void smoothedModelsAreC2AtTheCutoff() {
        for (Pair p : pairs()) {
            if (p.u() instanceof ModifiedBinaryLennardJones || p.u() instanceof HardCoreYukawa) continue;
            double rc = p.rc(), r = rc * (1 - 1e-9);
            double scale = Math.abs(p.curv(0.8 * rc)) + 1;
            assertEquals(0, p.force(r) / scale, 1e-8, p.u().name() + " force at cutoff");
            assertEquals(0, p.curv(r) / scale, 1e-6, p.u().name() + " curvature at cutoff");
        }
        // IPL: the third derivative vanishes too (f''' = 0 at x_c): the slope of u'' near x_c falls linearly with
        // the distance to x_c (halving the distance halves it), whereas for SS (only C2) it tends to a constant
        assertEquals(0.5, curvatureSlopeRatio(InversePowerLaw.threeD()), 0.02, "IPL u''' at x_c");
        assertEquals(1.0, curvatureSlopeRatio(new StickySpheres()), 0.02, "SS u''' at x_c (control)");
    }

    private static double curvatureSlopeRatio(ScaledBinaryPotential u) {
        double xc = u.dimensionlessCutoff();
        java.util.function.DoubleUnaryOperator slope = h -> {
            double a = u.curvature((xc - h) * (xc - h), 0, 0, 1, 1), b = u.curvature((xc - 2 * h) * (xc - 2 * h), 0, 0, 1, 1);
            return (a - b) / h;
        };
        return slope.applyAsDouble(5e-4) / slope.applyAsDouble(1e-3);
    }

    /** The smoothed LJ of paper 003 is C2 where the quartic takes over (R_in = 2 sigma), the SS model at x_min. */
    @Test
    void smoothBranchesJoinWithContinuousCurvature() {
        SmoothedLennardJones2D lj = new SmoothedLennardJones2D();
        StickySpheres ss = new StickySpheres();
        for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) {
            double s = a + b == 0 ? SmoothedLennardJones2D.SIGMA_SS : a + b == 1 ? 1 : SmoothedLennardJones2D.SIGMA_LL;
            checkJoin(new Pair(lj, a, b, 1, 1), SmoothedLennardJones2D.R_IN * s);
            checkJoin(new Pair(ss, a, b, 1, 1), StickySpheres.X_MIN * ss.lambda(a, b));
        }
    }

    private static void checkJoin(Pair p, double r0) {
        double lo = r0 * (1 - 1e-10), hi = r0 * (1 + 1e-10);
        assertEquals(p.e(lo), p.e(hi), 1e-8, p.u().name() + " energy jump");
        assertEquals(p.force(lo), p.force(hi), 1e-7, p.u().name() + " force jump");
        assertEquals(p.curv(lo), p.curv(hi), 1e-6 * (1 + Math.abs(p.curv(lo))), p.u().name() + " curvature jump");
    }

    /** The paper-003 POLY constants: v(1.25) = 0 given v0 = 1 (A1), and the derived smoothing of spec 004 for IPL. */
    @Test
    void publishedCoefficientsAreConsistent() {
        double x = PolydisperseSoftDisks.CUTOFF;
        double v = Math.pow(x, -12) + PolydisperseSoftDisks.C0 + PolydisperseSoftDisks.C1 * x * x + PolydisperseSoftDisks.C2 * Math.pow(x, 4);
        assertEquals(0, v, 1e-10);
        double[] c = InversePowerLaw.threeD().coefficients();
        // spec 004 section 5b.1 lists these (derived independently while planning)
        assertEquals(-1.11063377, c[0], 1e-7);
        assertEquals(1.26761524, c[1], 1e-7);
        assertEquals(-0.49604061, c[2], 1e-7);
        assertEquals(0.06605118, c[3], 1e-7);
    }

    /** POLY sizes (paper 003 A.1.b): f(d) ~ d^-3 with d_min/d_max = 0.449 has mean 1 and polydispersity 0.23. */
    @Test
    void polyDiametersHaveThePaperPolydispersity() {
        glassdyn.particles.Configuration c = new glassdyn.particles.Configuration(200_000, glassdyn.space.Box.cubic(2, 500));
        PolydisperseSoftDisks.drawDiameters(c, 1);
        double m = 0, m2 = 0, lo = Double.MAX_VALUE, hi = 0;
        for (double d : c.diameter) { m += d / c.n; m2 += d * d / c.n; lo = Math.min(lo, d); hi = Math.max(hi, d); }
        assertEquals(1.0, m, 3e-3);
        assertEquals(0.23, Math.sqrt(m2 - m * m) / m, 3e-3);
        assertEquals(0.449, PolydisperseSoftDisks.D_MIN / PolydisperseSoftDisks.D_MAX, 1e-12);
        assertTrue(lo >= PolydisperseSoftDisks.D_MIN && hi <= PolydisperseSoftDisks.D_MAX);
    }
}
