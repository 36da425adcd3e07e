package glassdyn.elastic;

import glassdyn.force.ForceField;
import glassdyn.force.StillingerWeberForce;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.StillingerWeber;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SW shear modulus (Born term, stress and affine force field of two- and three-body terms, non-affine part from the
 * analytic Hessian) against finite differences: d^2U/dgamma^2 and dU/dgamma of the affine shear, and G against the
 * slope of the relaxed shear stress of an inherent structure sheared by +-delta and re-minimised with FIRE.
 */
class StillingerWeberShearModulusTest {
    static final StillingerWeber SW = new StillingerWeber();

    /** An inherent structure of 125 SW particles at density 0.52 (a melted jittered lattice quenched with FIRE). */
    static Configuration inherent(long seed) {
        int side = 5, n = side * side * side;
        double a = Math.cbrt(1 / 0.52), l = side * a;
        Configuration c = new Configuration(n, new Box(3, 0, 0, 0, l, l, l, 0));
        c.mass = new double[] {1};
        SplittableRandom rng = new SplittableRandom(seed);
        int p = 0;
        for (int x = 0; x < side; x++)
            for (int y = 0; y < side; y++)
                for (int z = 0; z < side; z++, p++) {
                    c.x[p] = (x + 0.5) * a + 0.35 * (rng.nextDouble() - 0.5);
                    c.y[p] = (y + 0.5) * a + 0.35 * (rng.nextDouble() - 0.5);
                    c.z[p] = (z + 0.5) * a + 0.35 * (rng.nextDouble() - 0.5);
                }
        // melt (NVE from T = 0.4 for 10 time units) so the quench lands in a disordered minimum, not the lattice
        glassdyn.dynamics.Kinetic.drawVelocities(c, 0.4, seed + 1);
        try (ForceField ff = new ForceField(new StillingerWeberForce(SW), 0.3, 1)) {
            new glassdyn.dynamics.MolecularDynamics(c, new glassdyn.dynamics.VelocityVerlet(ff, 0.01)).run(10);
        }
        relax(c, 1e-11);
        return c;
    }

    static double relax(Configuration c, double tol) {
        try (ForceField ff = new ForceField(new StillingerWeberForce(SW), 0.3, 1)) {
            Fire.Result r = new Fire().minimize(c, ff, tol, 2_000_000);
            assertTrue(r.converged(), "FIRE " + r.maxForce());
            return -ff.virial()[ForceField.XY];   // dU/dgamma of the xy shear
        }
    }

    /** A copy sheared affinely by g in the xy plane (x += g y, tilt += g ly). */
    static Configuration sheared(Configuration c, double g) {
        Configuration s = c.copy();
        s.box.setTilt(c.box.xy() + g * c.box.ly());
        for (int i = 0; i < c.n; i++) s.x[i] += g * (c.y[i] - c.box.ylo());
        return s;
    }

    static double energy(Configuration c) {
        try (ForceField ff = new ForceField(new StillingerWeberForce(SW), 0.3, 1)) {
            ff.compute(c.copy(), true);
            return ff.energy();
        }
    }

    @Test
    void affineDerivativesMatchFiniteDifferences() {
        Configuration c = inherent(1);
        // away from the minimum too: the stress and the affine force field then have their e_b terms at work
        for (int i = 0; i < c.n; i += 3) c.x[i] += 0.02;
        ShearModulus.StrainTerms t = StillingerWeberHessian.strain(c, SW, 0, 1);
        double h = 1e-4, e0 = energy(c), ep = energy(sheared(c, h)), em = energy(sheared(c, -h));
        assertEquals((ep - em) / (2 * h), t.dudg(), 1e-6 * Math.abs(t.born()), "dU/dgamma");
        assertEquals((ep - 2 * e0 + em) / (h * h), t.born(), 1e-5 * Math.abs(t.born()), "d2U/dgamma2");
        // Xi = d/dgamma of the energy gradient at fixed reference positions: grad_ref U(F r) = F^T grad U
        double[] gp = gradient(sheared(c, h), h), gm = gradient(sheared(c, -h), -h);
        double worst = 0, scale = 0;
        for (int k = 0; k < t.xi().length; k++) {
            worst = Math.max(worst, Math.abs((gp[k] - gm[k]) / (2 * h) - t.xi()[k]));
            scale = Math.max(scale, Math.abs(t.xi()[k]));
        }
        assertTrue(worst < 1e-5 * scale, "Xi error " + worst + " of " + scale);
    }

    /** F^T grad U of a configuration sheared by g (F = I + g e_x e_y^T), as a dim*N vector. */
    static double[] gradient(Configuration s, double g) {
        try (ForceField ff = new ForceField(new StillingerWeberForce(SW), 0.3, 1)) {
            ff.compute(s.copy(), false);
            double[] out = new double[3 * s.n];
            for (int i = 0; i < s.n; i++) {
                double gx = -ff.fx()[i], gy = -ff.fy()[i], gz = -ff.fz()[i];
                out[3 * i] = gx; out[3 * i + 1] = gy + g * gx; out[3 * i + 2] = gz;
            }
            return out;
        }
    }

    @Test
    void shearModulusIsTheSlopeOfTheRelaxedStress() {
        Configuration c = inherent(2);
        Hessian h = StillingerWeberHessian.of(c, SW);
        ShearModulus.Result g = ShearModulus.of(StillingerWeberHessian.strain(c, SW, 0, 1),
            HessianSolver.forSolves(h, 1), c.box.volume(), 0, 1);
        double d = 2e-5;
        Configuration p = sheared(c, d), m = sheared(c, -d);
        double sp = relax(p, 1e-11) / c.box.volume(), sm = relax(m, 1e-11) / c.box.volume();
        double slope = (sp - sm) / (2 * d);
        System.out.printf("SW G_xy = %.8f (Born %.6f, non-affine %.6f); relaxed-stress slope %.8f%n", g.g(), g.born(), g.nonAffine(), slope);
        assertTrue(g.nonAffine() > 0.05 * g.born(), "non-affine part too small to test: " + g.nonAffine());
        assertEquals(slope, g.g(), 2e-3 * Math.abs(g.g()), "G vs d sigma / d gamma");
        // the stress term is the same as the force field's virial
        assertEquals(relax(c.copy(), 1e-11) / c.box.volume(), g.stress(), 1e-9 * Math.abs(g.born()));
    }

    @Test
    void planesAreRelatedByPermutingAxes() {
        Configuration c = inherent(3);
        // (x, z) plane of c is the (x, y) plane of c with y and z swapped
        Configuration s = c.copy();
        double[] tmp = s.y.clone();
        System.arraycopy(s.z, 0, s.y, 0, c.n);
        System.arraycopy(tmp, 0, s.z, 0, c.n);
        ShearModulus.StrainTerms a = StillingerWeberHessian.strain(c, SW, 0, 2), b = StillingerWeberHessian.strain(s, SW, 0, 1);
        assertEquals(b.born(), a.born(), 1e-10 * Math.abs(b.born()));
        assertEquals(b.dudg(), a.dudg(), 1e-10 * Math.abs(b.born()));
    }
}
