package glassdyn.dynamics;

import glassdyn.force.ForceField;

import glassdyn.particles.Configuration;
import glassdyn.potential.HardCoreYukawa;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Brownian dynamics under shear against exact results for free particles, and the hard core under shear. */
class BrownianShearDynamicsTest {
    /** Mean and standard error of a sample. */
    static double[] meanAndError(double[] v) {
        double m = 0, s = 0;
        for (double a : v) m += a / v.length;
        for (double a : v) s += (a - m) * (a - m) / (v.length - 1);
        return new double[] {m, Math.sqrt(s / v.length)};
    }

    static void assertWithin(double exact, double[] sample, double sigmas, String what) {
        double[] me = meanAndError(sample);
        System.out.printf("%s: %.4f +- %.4f, exact %.4f%n", what, me[0], me[1], exact);
        assertEquals(exact, me[0], sigmas * me[1], what);
    }

    static Configuration freeParticles(int n, double l, int dim) {
        Configuration c = new Configuration(n, Box.cubic(dim, l));
        SplittableRandom r = new SplittableRandom(3);
        c.mass = new double[] {1, 1};
        for (int i = 0; i < n; i++) {
            c.x[i] = r.nextDouble() * l; c.y[i] = r.nextDouble() * l; c.z[i] = dim == 3 ? r.nextDouble() * l : 0;
            c.type[i] = i % 2;
        }
        return c;
    }

    /** Without interactions or shear, MSD = 2 d D t for each species (D = 1 and 1.5), in three dimensions. */
    @Test
    void freeDiffusion() { assertFreeDiffusion(3, 10, 7); }

    /** In two dimensions the same integrator gives MSD = 2 d D t = 4 D t and no z motion. */
    @Test
    void freeDiffusionInTwoDimensions() { assertFreeDiffusion(2, 20, 17); }

    private static void assertFreeDiffusion(int dim, double l, long seed) {
        Configuration c = freeParticles(4000, l, dim);
        Configuration start = c.copy();
        BrownianShearDynamics bd = new BrownianShearDynamics(null, 1e-3, 0, 1, new double[] {1, 1.5}, null, seed);
        for (int s = 0; s < 500; s++) bd.step(c);
        double t = c.time;
        for (int type = 0; type < 2; type++) {
            double[] d2 = new double[c.n / 2];
            for (int i = type, k = 0; i < c.n; i += 2, k++) {
                double dx = c.box.unwrapX(c.x[i], c.ix[i], c.iy[i]) - start.x[i], dy = c.box.unwrapY(c.y[i], c.iy[i]) - start.y[i],
                    dz = dim == 3 ? c.box.unwrapZ(c.z[i], c.iz[i]) - start.z[i] : c.z[i];
                if (dim == 2) assertEquals(0, dz, 0, "2D particles must stay in the plane");
                d2[k] = dx * dx + dy * dy + dz * dz;
            }
            assertWithin(2 * dim * (type == 0 ? 1 : 1.5) * t, d2, 4, dim + "D MSD of type " + type);
        }
    }

    /**
     * The affine flow profile layer by layer: for free particles E[X(t) - X(0) | Y(0)] = gamma_dot (Y(0) - y_0) t
     * exactly (the transverse noise has zero mean), so the mean x displacement of each of five layers of starting
     * height, through Lees-Edwards wraps and tilt flips, lies on the imposed linear profile, within 4 standard errors.
     */
    @Test
    void meanDisplacementFollowsTheAffineProfileInEveryLayer() {
        double rate = 2, l = 10;
        Configuration c = freeParticles(5000, l, 3);
        java.util.Arrays.fill(c.type, 0);
        Configuration start = c.copy();
        BrownianShearDynamics bd = new BrownianShearDynamics(null, 1e-3, rate, 1, new double[] {1}, null, 23);
        for (int s = 0; s < 400; s++) bd.step(c);
        double t = c.time, y0 = bd.zeroVelocityPlane(c.box);
        assertTrue(bd.flips() >= 1, "the tilt must flip at strain " + rate * t);
        int layers = 5;
        java.util.List<java.util.List<Double>> byLayer = new java.util.ArrayList<>();
        for (int k = 0; k < layers; k++) byLayer.add(new java.util.ArrayList<>());
        for (int i = 0; i < c.n; i++) {
            double dX = c.box.unwrapX(c.x[i], c.ix[i], c.iy[i]) - start.x[i];
            // the exact conditional mean is linear in the starting height: subtract it and collect the residual
            int k = Math.min(layers - 1, (int) (start.y[i] / l * layers));
            byLayer.get(k).add(dX - rate * (start.y[i] - y0) * t);
        }
        for (int k = 0; k < layers; k++) {
            double[] v = byLayer.get(k).stream().mapToDouble(Double::doubleValue).toArray();
            assertWithin(0, v, 4, "layer " + k + " mean x displacement minus gamma_dot (y - y0) t");
        }
        // and the profile itself is not trivially zero: the top and bottom layers move by about +- rate (l/2) t = +-4
        assertTrue(rate * (0.5 * l) * t > 3.9);
    }

    /**
     * Free particles under simple shear u_x = gamma_dot (y - y0): with X, Y unwrapped through the Lees-Edwards images
     * and tilt flips, relative to the affine convection of the starting point, dX = X - X0 - gamma_dot (Y0 - y0) t,
     * the exact moments are &lt;dX^2&gt; = 2 D t + (2/3) gamma_dot^2 D t^3 (Taylor dispersion: dX = gamma_dot
     * int_0^t (Y(s) - Y0) ds + sqrt(2D) W_x(t)), &lt;dY^2&gt; = 2 D t, &lt;dX dY&gt; = gamma_dot D t^2; the
     * non-affine accumulator (streaming removed step by step) has &lt;dx_na^2&gt; = 2 D t.
     */
    @Test
    void freeParticlesUnderShearShowTaylorDispersion() {
        double rate = 3, l = 10;
        Configuration c = freeParticles(4000, l, 3);
        java.util.Arrays.fill(c.type, 0);
        Configuration start = c.copy();
        BrownianShearDynamics bd = new BrownianShearDynamics(null, 1e-3, rate, 1, new double[] {1}, null, 11);
        for (int s = 0; s < 1000; s++) bd.step(c);
        double t = c.time, y0 = bd.zeroVelocityPlane(c.box);
        assertTrue(bd.flips() >= 2, "the tilt must flip (strain " + rate * t + "), flips " + bd.flips());
        int n = c.n;
        double[] xx = new double[n], yy = new double[n], xy = new double[n], na = new double[n];
        for (int i = 0; i < n; i++) {
            double dX = c.box.unwrapX(c.x[i], c.ix[i], c.iy[i]) - start.x[i] - rate * (start.y[i] - y0) * t;
            double dY = c.box.unwrapY(c.y[i], c.iy[i]) - start.y[i];
            xx[i] = dX * dX; yy[i] = dY * dY; xy[i] = dX * dY;
            na[i] = bd.nonAffineX()[i] * bd.nonAffineX()[i];
        }
        assertWithin(2 * t + 2.0 / 3 * rate * rate * t * t * t, xx, 4, "<dX^2>");
        assertWithin(2 * t, yy, 4, "<dY^2>");
        assertWithin(rate * t * t, xy, 4, "<dX dY>");
        assertWithin(2 * t, na, 4, "<dx_na^2>");
    }

    /**
     * Paper 000's Yukawa mixture (80:20 big:small, d_s = 2/3, D_s = 1.5) at volume fraction 0.3 under shear: after every
     * step no pair is closer than its contact distance (checked over all pairs by minimum image), the corrections are
     * actually exercised, and the mean displacement follows the imposed linear profile.
     */
    @Test
    void hardCoreIsNeverViolatedUnderShear() { assertHardCoreUnderShear(1, false); }

    /** At gamma_dot = 30 the tilt flips several times in 1000 steps: the contact rows must follow the new image shifts. */
    @Test
    void hardCoreIsNeverViolatedThroughTiltFlips() { assertHardCoreUnderShear(30, true); }

    private static void assertHardCoreUnderShear(double rate, boolean flips) {
        HardCoreYukawa yukawa = new HardCoreYukawa();
        double[] d = HardCoreYukawa.DIAMETERS;
        int n = 400, ns = 80;
        double vp = Math.PI / 6 * ((n - ns) + ns * d[1] * d[1] * d[1]);
        double l = Math.cbrt(vp / 0.3);
        Configuration c = new Configuration(n, Box.cubic(3, l));
        c.mass = new double[] {1, 1};
        SplittableRandom r = new SplittableRandom(5);
        double[] v = new double[3];
        for (int i = 0; i < n; ) {
            c.type[i] = i < ns ? 1 : 0;
            c.x[i] = r.nextDouble() * l; c.y[i] = r.nextDouble() * l; c.z[i] = r.nextDouble() * l;
            boolean ok = true;
            for (int j = 0; j < i && ok; j++) ok = distance(c, i, j, v) >= 0.5 * (d[c.type[i]] + d[c.type[j]]);
            if (ok) i++;
        }
        Configuration start = c.copy();
        try (ForceField ff = new ForceField(yukawa, 0.3, 1)) {
            BrownianShearDynamics bd = new BrownianShearDynamics(ff, BrownianShearDynamics.DEFAULT_TIME_STEP, rate, 1,
                BrownianShearDynamics.STOKES_EINSTEIN_DIFFUSION, d, 13);
            bd.requireNoOverlap(c);
            double worst = Double.POSITIVE_INFINITY;
            for (int s = 0; s < 1000; s++) {
                bd.step(c);
                for (int i = 0; i < n; i++)
                    for (int j = i + 1; j < n; j++)
                        worst = Math.min(worst, distance(c, i, j, v) / (0.5 * (d[c.type[i]] + d[c.type[j]])));
            }
            System.out.printf("hard core: smallest r/d_ij over 1000 steps %.15f, %d corrections%n", worst, bd.hardCorePushes());
            assertTrue(worst >= 1.0, "overlap: r/d_ij = " + worst);
            assertTrue(bd.hardCorePushes() > 100, "the hard-core correction must be exercised");
            assertEquals(flips, bd.flips() > 0, "tilt flips: " + bd.flips());
            // least-squares slope of the x displacement against the starting height: gamma_dot t
            double t = c.time, y0 = bd.zeroVelocityPlane(c.box), sxy = 0, syy = 0, sx = 0, sy = 0;
            for (int i = 0; i < n; i++) {
                double dX = c.box.unwrapX(c.x[i], c.ix[i], c.iy[i]) - start.x[i], h = start.y[i] - y0;
                sx += dX; sy += h; sxy += dX * h; syy += h * h;
            }
            double slope = (sxy - sx * sy / n) / (syy - sy * sy / n) / t;
            System.out.printf("velocity profile slope %.4f (imposed %.4f)%n", slope, rate);
            assertEquals(rate, slope, 0.1 * rate);
            // the soft shear stress of all pairs is the force field's virial; the big-big part is a pair subset
            double all = bd.softShearStress(c, -1), bb = bd.softShearStress(c, 0);
            assertEquals(-ff.virial()[ForceField.XY] / c.box.volume(), all, 1e-12 * (1 + Math.abs(all)));
            double bbBrute = 0;
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) {
                if (c.type[i] != 0 || c.type[j] != 0) continue;
                distance(c, i, j, v);
                double r2 = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
                if (r2 < yukawa.cutoff2(0, 0, 1, 1)) bbBrute += v[0] * v[1] * yukawa.forceOverR(r2, 0, 0, 1, 1);
            }
            assertEquals(-bbBrute / c.box.volume(), bb, 1e-12 * (1 + Math.abs(bb)));
        }
    }

    private static double distance(Configuration c, int i, int j, double[] v) {
        v[0] = c.x[i] - c.x[j]; v[1] = c.y[i] - c.y[j]; v[2] = c.z[i] - c.z[j];
        c.box.minimumImage(v);
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }
}
