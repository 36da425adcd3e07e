package glassdyn.force;

import glassdyn.force.ForceField;
import glassdyn.parallel.ThreadTeam;

import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.potential.PairPotential;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** Forces, energy and virial against a direct sum over images, finite differences, and across thread counts. */
class ForceFieldTest {

    /** A jittered lattice of n particles (80:20 A:B) in a box of the given shape; tilt as a fraction of lx. */
    static Configuration lattice(int dim, int perSide, double density, double tiltFraction, long seed) {
        int n = (int) Math.pow(perSide, dim);
        double l = Math.pow(n / density, 1.0 / dim);
        Box box = new Box(dim, -1.0, 0.5, 2.0, l, l, l, tiltFraction * l);
        Configuration c = new Configuration(n, box);
        c.mass = new double[] {1, 1};
        SplittableRandom rnd = new SplittableRandom(seed);
        double a = l / perSide;
        for (int i = 0; i < n; i++) {
            int ix = i % perSide, iy = (i / perSide) % perSide, iz = dim == 3 ? i / (perSide * perSide) : 0;
            double sy = (iy + 0.5) * a + 0.1 * a * (rnd.nextDouble() - 0.5);
            c.y[i] = box.ylo() + sy;
            c.x[i] = box.xlo() + (ix + 0.5) * a + 0.1 * a * (rnd.nextDouble() - 0.5) + sy / l * box.xy();
            c.z[i] = dim == 3 ? box.zlo() + (iz + 0.5) * a + 0.1 * a * (rnd.nextDouble() - 0.5) : 0;
            c.type[i] = rnd.nextDouble() < 0.2 ? 1 : 0;
        }
        return c;
    }

    /** Direct sum over all pairs and all images within {@code range} cells. */
    static double[] direct(Configuration c, PairPotential p, double[] f, double[] w) {
        Box b = c.box;
        int kzr = b.dim() == 3 ? 2 : 0;
        double e = 0;
        java.util.Arrays.fill(f, 0);
        java.util.Arrays.fill(w, 0);
        for (int i = 0; i < c.n; i++)
            for (int j = 0; j < c.n; j++)
                for (int kx = -2; kx <= 2; kx++)
                    for (int ky = -2; ky <= 2; ky++)
                        for (int kz = -kzr; kz <= kzr; kz++) {
                            if (i == j && kx == 0 && ky == 0 && kz == 0) continue;
                            double dx = c.x[i] - c.x[j] - kx * b.lx() - ky * b.xy();
                            double dy = c.y[i] - c.y[j] - ky * b.ly();
                            double dz = c.z[i] - c.z[j] - kz * b.lz();
                            double r2 = dx * dx + dy * dy + dz * dz;
                            if (r2 >= p.cutoff2(c.type[i], c.type[j], 1, 1)) continue;
                            double fp = p.forceOverR(r2, c.type[i], c.type[j], 1, 1);
                            e += 0.5 * p.energy(r2, c.type[i], c.type[j], 1, 1);
                            f[3 * i] += fp * dx; f[3 * i + 1] += fp * dy; f[3 * i + 2] += fp * dz;
                            w[0] += 0.5 * dx * dx * fp; w[1] += 0.5 * dy * dy * fp; w[2] += 0.5 * dz * dz * fp;
                            w[3] += 0.5 * dx * dy * fp; w[4] += 0.5 * dx * dz * fp; w[5] += 0.5 * dy * dz * fp;
                        }
        return new double[] {e};
    }

    /** Energy and forces (x, y, z interleaved in {@code f}) equal the reference to 1e-11 relative. */
    private static void assertEnergyAndForces(double e, double[] f, ForceField ff, int n) {
        assertEquals(e, ff.energy(), 1e-11 * Math.abs(e));
        double fmax = 0;
        for (double v : f) fmax = Math.max(fmax, Math.abs(v));
        for (int i = 0; i < n; i++) {
            assertEquals(f[3 * i], ff.fx()[i], 1e-11 * fmax, "fx " + i);
            assertEquals(f[3 * i + 1], ff.fy()[i], 1e-11 * fmax, "fy " + i);
            assertEquals(f[3 * i + 2], ff.fz()[i], 1e-11 * fmax, "fz " + i);
        }
    }

    private static void compareToDirect(Configuration c, int threads, double skin) {
        KobAndersen ka = new KobAndersen();
        double[] f = new double[3 * c.n], w = new double[6];
        double e = direct(c, ka, f, w)[0];
        try (ForceField ff = new ForceField(ka, skin, threads)) {
            // compute twice: the second call reuses the list without rebuilding
            ff.computePerParticle(c);
            ff.computePerParticle(c);
            assertEnergyAndForces(e, f, ff, c.n);
            double wmax = 0;
            for (double v : w) wmax = Math.max(wmax, Math.abs(v));
            for (int k = 0; k < 6; k++) assertEquals(w[k], ff.virial()[k], 1e-11 * wmax, "virial " + k);
            double pe = 0, sxx = 0, sxy = 0;
            for (int i = 0; i < c.n; i++) {
                pe += ff.energyPerParticle()[i];
                sxx += ff.stressPerParticle(ForceField.XX)[i];
                sxy += ff.stressPerParticle(ForceField.XY)[i];
            }
            assertEquals(e, pe, 1e-11 * Math.abs(e));
            assertEquals(-w[0], sxx, 1e-11 * wmax);
            assertEquals(-w[3], sxy, 1e-11 * wmax);
            // the SIMD kernel (forces, energy and virial; the build runs tests with the Vector API module)
            assertTrue(ff.vectorKernel(true), "the Vector API kernel is available");
            ff.compute(c, true);
            assertEnergyAndForces(e, f, ff, c.n);
            for (int k = 0; k < 6; k++) assertEquals(w[k], ff.virial()[k], 1e-11 * wmax, "vector virial " + k);
            ff.compute(c);   // forces only: the SIMD kernel's call
            assertEquals(1, ff.kernelCalls());
            assertEnergyAndForces(e, f, ff, c.n);
        }
    }

    @Test void tiltedBox3dMatchesDirectSum() { compareToDirect(lattice(3, 8, 1.2, 0.37, 1), 1, 0.3); }

    @Test void box2dMatchesDirectSum() { compareToDirect(lattice(2, 20, 1.2, -0.23, 2), 2, 0.3); }

    /** A box narrower than twice the cutoff: pairs interact through several images; fewer than 3 cells per side. */
    @Test void smallBoxMatchesDirectSum() {
        compareToDirect(lattice(3, 4, 1.2, 0.2, 3), 1, 0.3);
        compareToDirect(lattice(2, 4, 0.8, 0.45, 4), 2, 0.2);
    }

    @Test void orthogonalBox3dMatchesDirectSum() { compareToDirect(lattice(3, 9, 1.2, 0.0, 7), 2, 0.4); }

    /** The list built on a thread team is identical to the serial one. */
    /**
     * A polydisperse model (POLY, diameters up to 1.6) on the size-agnostic constructor: the list must widen to the
     * largest diameter's cutoff, or pairs between large particles are missed (a 6% stress error before the fix).
     */
    @Test void polydisperseSizesWidenTheList() {
        Configuration c = lattice(2, 24, 0.9, 0.1, 11);
        java.util.Arrays.fill(c.type, 0);
        SplittableRandom rnd = new SplittableRandom(12);
        for (int i = 0; i < c.n; i++) c.diameter[i] = 0.73 + 0.9 * rnd.nextDouble();
        PairPotential poly = new glassdyn.potential.PolydisperseSoftDisks();
        double e = 0;
        double[] f = new double[3 * c.n];
        Box b = c.box;
        for (int i = 0; i < c.n; i++)
            for (int j = 0; j < c.n; j++)
                for (int kx = -1; kx <= 1; kx++)
                    for (int ky = -1; ky <= 1; ky++) {
                        if (i == j && kx == 0 && ky == 0) continue;
                        double dx = c.x[i] - c.x[j] - kx * b.lx() - ky * b.xy(), dy = c.y[i] - c.y[j] - ky * b.ly();
                        double r2 = dx * dx + dy * dy, si = c.diameter[i], sj = c.diameter[j];
                        if (r2 >= poly.cutoff2(0, 0, si, sj)) continue;
                        e += 0.5 * poly.energy(r2, 0, 0, si, sj);
                        double fp = poly.forceOverR(r2, 0, 0, si, sj);
                        f[3 * i] += fp * dx; f[3 * i + 1] += fp * dy;
                    }
        try (ForceField ff = new ForceField(poly, 0.3, 2)) {
            ff.compute(c, true);
            assertEnergyAndForces(e, f, ff, c.n);
        }
    }

    @Test void parallelListBuildIsIdentical() {
        Configuration c = lattice(3, 12, 1.2, 0.13, 8);
        glassdyn.neighbors.NeighborList serial = ForceField.listFor(new KobAndersen(), 0.3);
        glassdyn.neighbors.NeighborList parallel = ForceField.listFor(new KobAndersen(), 0.3);
        serial.build(c.copy());
        try (ThreadTeam team = new ThreadTeam(3)) { parallel.build(c.copy(), team); }
        assertArrayEquals(serial.start(), parallel.start());
        assertArrayEquals(java.util.Arrays.copyOf(serial.pairs(), serial.size()), java.util.Arrays.copyOf(parallel.pairs(), parallel.size()));
    }

    @Test void forcesAreMinusEnergyGradient() {
        Configuration c = lattice(3, 6, 1.2, 0.3, 5);
        KobAndersen ka = new KobAndersen();
        try (ForceField ff = new ForceField(ka, 0.3, 1)) {
            ff.compute(c, true);
            double[] fx = ff.fx().clone(), fy = ff.fy().clone(), fz = ff.fz().clone();
            double h = 1e-6;
            for (int i : new int[] {0, 17, 100, 215}) {
                double[][] coords = {c.x, c.y, c.z};
                double[] want = {fx[i], fy[i], fz[i]};
                for (int a = 0; a < 3; a++) {
                    double x0 = coords[a][i];
                    coords[a][i] = x0 + h; ff.compute(c, true); double ep = ff.energy();
                    coords[a][i] = x0 - h; ff.compute(c, true); double em = ff.energy();
                    coords[a][i] = x0;
                    assertEquals(want[a], -(ep - em) / (2 * h), 1e-5 * Math.max(1, Math.abs(want[a])), "particle " + i + " axis " + a);
                }
            }
        }
    }

    @Test void resultsDoNotDependOnThreadCount() {
        Configuration c1 = lattice(3, 10, 1.2, 0.1, 6), c2 = c1.copy();
        KobAndersen ka = new KobAndersen();
        try (ForceField f1 = new ForceField(ka, 0.3, 1); ForceField f2 = new ForceField(ka, 0.3, 2)) {
            f1.compute(c1, true);
            f2.compute(c2, true);
            assertEquals(f1.energy(), f2.energy(), 1e-12 * Math.abs(f1.energy()));
            for (int i = 0; i < c1.n; i++) {
                assertEquals(f1.fx()[i], f2.fx()[i], 1e-10);
                assertEquals(f1.fy()[i], f2.fy()[i], 1e-10);
                assertEquals(f1.fz()[i], f2.fz()[i], 1e-10);
            }
            for (int k = 0; k < 6; k++) assertEquals(f1.virial()[k], f2.virial()[k], 1e-10 * Math.abs(f1.virial()[0]));
        }
    }
}
