package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.elastic.Displacements;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.potential.PolydisperseSoftDisks;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nonlinear modes (paper 003 B24-B26) against independent results: U4::zzzz against a second difference of the
 * Hessian's quadratic form, U4:zzz against a difference of U4::zzzz, converged modes against the equation B24 itself and
 * random perturbations (a local minimum of b_n), for n = 4 (POLY) and n = 3 (LJ), and a planted soft region.
 */
class NonlinearModesTest {
    static final PolydisperseSoftDisks POLY = new PolydisperseSoftDisks();

    @Test
    void quarticContractionIsTheSecondDerivativeOfTheHessian() {
        Configuration c = GlassPreparation.poly(144, Double.POSITIVE_INFINITY, 0, 21);
        InteractingPairs pairs = InteractingPairs.of(c, POLY);
        FourthOrderContraction u4 = new FourthOrderContraction(new ThirdOrderContraction(pairs, c, POLY), c, POLY);
        SplittableRandom r = new SplittableRandom(9);
        double[] z = new double[2 * c.n], v = new double[2 * c.n], g = new double[2 * c.n];
        for (int a = 0; a < z.length; a++) { z[a] = r.nextDouble() - 0.5; v[a] = r.nextDouble() - 0.5; }
        double h = 1e-4;
        double[] q = new double[3];
        for (int s = -1; s <= 1; s++) {
            Configuration d = c.copy();
            for (int i = 0; i < c.n; i++) { d.x[i] += s * h * z[2 * i]; d.y[i] += s * h * z[2 * i + 1]; }
            q[s + 1] = Hessian.of(InteractingPairs.of(d, POLY)).quadraticForm(z);
        }
        double fd = (q[2] - 2 * q[1] + q[0]) / (h * h), analytic = u4.quartic(z);
        u4.cubicGradient(z, g);
        double e = 1e-4, dq = (u4.quartic(add(z, v, e)) - u4.quartic(add(z, v, -e))) / (2 * e);
        System.out.printf("U4::zzzz %.8f, second difference of z.M.z %.8f; 4 U4:zzz.v %.8f, difference %.8f%n",
            analytic, fd, 4 * Displacements.dot(g, v), dq);
        assertEquals(fd, analytic, 1e-4 * Math.abs(fd));
        assertEquals(dq, 4 * Displacements.dot(g, v), 1e-7 * Math.abs(dq));
    }

    static double[] add(double[] a, double[] b, double t) {
        double[] o = a.clone();
        for (int k = 0; k < o.length; k++) o[k] += t * b[k];
        return o;
    }

    @Test
    void modesSolveTheNonlinearEquationAndAreLocalMinima() {
        for (String model : new String[] {"poly", "lj"}) {
            Configuration c = model.equals("poly") ? GlassPreparation.poly(256, Double.POSITIVE_INFINITY, 0, 3)
                : GlassPreparation.lj(256, GlassPreparation.LjProtocol.HTL, 0.5, 3, 1);
            PairPotential p = GlassPreparation.potential(model);
            HarmonicAnalysis h = new HarmonicAnalysis(c, p, 2, 0, 1);
            int n = NonlinearModes.orderOf(model);
            NonlinearModes nm = new NonlinearModes(h, p, n);
            NonlinearModes.Result res = nm.find();
            System.out.printf("%s (n = %d): %d starting guesses, %d converged, %d distinct; softest kappa %.5f b %.5g in %d iterations%n",
                model, n, res.seeds(), res.converged(), res.modes().size(), res.modes().get(0).stiffness(), res.modes().get(0).cost(),
                res.modes().get(0).iterations());
            assertTrue(res.converged() >= res.seeds() * 3 / 4, "most starting guesses converge");
            NonlinearModes.Mode m = res.modes().get(0);
            double[] pi = m.vector(), mp = new double[pi.length], rhs = new double[pi.length];
            h.hessian.multiply(pi, mp);
            double kappa = Displacements.dot(pi, mp);
            if (n == 4) {
                FourthOrderContraction u4 = new FourthOrderContraction(h.contraction, c, p);
                u4.cubicGradient(pi, rhs);
                double s = kappa / u4.quartic(pi);
                for (int a = 0; a < rhs.length; a++) rhs[a] *= s;
            } else {
                h.contraction.contract(pi, rhs);
                double s = kappa / Displacements.dot(pi, rhs);
                for (int a = 0; a < rhs.length; a++) rhs[a] *= s;
            }
            double res24 = Displacements.norm(add(mp, rhs, -1)) / Displacements.norm(mp);
            System.out.printf("  B24 residual of the softest mode %.2e%n", res24);
            assertTrue(res24 < 1e-5, "B24 residual " + res24);
            SplittableRandom r = new SplittableRandom(2);
            double[] g = new double[pi.length];
            double b0 = nm.cost(pi, g);
            for (int k = 0; k < 5; k++) {
                double[] v = new double[pi.length];
                for (int a = 0; a < v.length; a++) v[a] = r.nextDouble() - 0.5;
                Displacements.removeTranslation(v, 2);
                Displacements.normalize(v);
                double b1 = nm.cost(add(pi, v, 1e-3), g);
                assertTrue(b1 >= b0 * (1 - 1e-12), "perturbed cost " + b1 + " below " + b0);
            }
        }
    }

    /** Planted signal: the crystal of LocalShearModulusTest with a disk of smaller disks. */
    @Test
    void softestModeSitsOnAPlantedSoftRegion() {
        double cx = LocalShearModulusTest.PLANTED_X, cy = LocalShearModulusTest.PLANTED_Y, soft = LocalShearModulusTest.PLANTED_RADIUS;
        Configuration c = LocalShearModulusTest.plantedCrystal();
        HarmonicAnalysis h = new HarmonicAnalysis(c, POLY, 2, 0, 1);
        NonlinearModes.Result res = new NonlinearModes(h, POLY, 4).find();
        double[] pi = NonlinearModes.field(h, res.modes());
        double[] v = res.modes().get(0).vector();
        int core = 0, top = 0;
        for (int i = 0; i < c.n; i++) {
            if (v[2 * i] * v[2 * i] + v[2 * i + 1] * v[2 * i + 1] > v[2 * core] * v[2 * core] + v[2 * core + 1] * v[2 * core + 1]) core = i;
            if (pi[i] > pi[top]) top = i;
        }
        double[] d1 = {c.x[core] - cx, c.y[core] - cy, 0}, d2 = {c.x[top] - cx, c.y[top] - cy, 0};
        c.box.minimumImage(d1);
        c.box.minimumImage(d2);
        System.out.printf("planted soft region: %d distinct modes; softest mode's core %.2f and pi's maximum %.2f from its centre (radius %.1f)%n",
            res.modes().size(), Math.hypot(d1[0], d1[1]), Math.hypot(d2[0], d2[1]), soft);
        // the softest mode sits in the region or on its mismatched rim; pi's maximum inside it
        assertTrue(Math.hypot(d1[0], d1[1]) < soft + 2.5);
        assertTrue(Math.hypot(d2[0], d2[1]) < soft + 1);
    }
}
