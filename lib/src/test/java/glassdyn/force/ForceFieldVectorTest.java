package glassdyn.force;

import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The SIMD Lennard-Jones row kernel against the scalar loop (the oracle) on random Kob-Andersen configurations: the
 * forces of the integrator's forces-only calls are equal to the scalar loop's (not only to rounding: the kernel
 * computes every pair with the scalar loop's operations and sums in its order), and the energy and virial (always the
 * scalar loop) too, in 3D orthogonal and tilted boxes, in 2D, in a box small enough for pairs through several images
 * (a particle's row holds the same neighbour more than once, and itself), for a particle count that is not a multiple
 * of the vector width, between list rebuilds and after species changes, and for 1, 2 and 3 threads; results of 1 and
 * 2 threads differ only by summation-order rounding (1e-12 relative). The build runs the tests with the Vector API
 * module ({@code --add-modules jdk.incubator.vector}); without it a plain {@code java} falls back to the scalar loop.
 */
class ForceFieldVectorTest {
    /** Tolerance of results that differ by summation order (thread counts), relative. */
    static final double TOL = 1e-12;

    /** Vector and scalar results on copies of {@code c}, then after random displacements (no rebuild, then a rebuild). */
    private static void compare(Configuration c, int threads) {
        KobAndersen ka = new KobAndersen();
        Configuration cv = c.copy(), cs = c.copy();
        try (ForceField fv = new ForceField(ka, 0.3, threads); ForceField fs = new ForceField(ka, 0.3, threads)) {
            assertFalse(fv.vectorKernel(), "off by default (opt-in with glassdyn.pairKernel=vector)");
            assertEquals("scalar", ForceField.pairKernel());
            assertTrue(fv.vectorKernel(true), "the Vector API kernel is available (surefire adds jdk.incubator.vector)");
            assertFalse(fs.vectorKernel(false));
            SplittableRandom rnd = new SplittableRandom(c.n);
            for (double step : new double[] {0, 0.02, 0.02, 0.4}) {
                for (int i = 0; i < c.n; i++) {
                    double dx = step * (rnd.nextDouble() - 0.5), dy = step * (rnd.nextDouble() - 0.5),
                        dz = c.box.dim() == 3 ? step * (rnd.nextDouble() - 0.5) : 0;
                    cv.x[i] += dx; cv.y[i] += dy; cv.z[i] += dz;
                    cs.x[i] += dx; cs.y[i] += dy; cs.z[i] += dz;
                }
                fv.compute(cv, true);
                fs.compute(cs, true);
                assertEqualResults(fs, fv, c.n, 0, "step " + step + ", " + threads + " threads");
                long before = fv.kernelCalls();
                fv.compute(cv);
                fs.compute(cs);
                assertEquals(before + 1, fv.kernelCalls(), "the forces-only call ran the SIMD kernel");
                assertEquals(0, fs.kernelCalls());
                assertEqualResults(fs, fv, c.n, 0, "forces only, step " + step);
            }
            long builds = fv.neighbors().builds();
            assertTrue(builds >= 2, "the displacements forced a rebuild: " + builds);
        }
    }

    /** Forces, energy and virial of {@code got} equal to {@code ref}'s within {@code tol} relative (0: equal). */
    private static void assertEqualResults(ForceField ref, ForceField got, int n, double tol, String what) {
        double fmax = 0;
        for (int i = 0; i < n; i++)
            fmax = Math.max(fmax, Math.max(Math.abs(ref.fx()[i]), Math.max(Math.abs(ref.fy()[i]), Math.abs(ref.fz()[i]))));
        assertTrue(fmax > 1, what + ": forces are non-trivial, max " + fmax);
        for (int i = 0; i < n; i++) {
            assertEquals(ref.fx()[i], got.fx()[i], tol * fmax, what + ": fx of " + i);
            assertEquals(ref.fy()[i], got.fy()[i], tol * fmax, what + ": fy of " + i);
            assertEquals(ref.fz()[i], got.fz()[i], tol * fmax, what + ": fz of " + i);
        }
        assertEquals(ref.energy(), got.energy(), tol * Math.abs(ref.energy()), what + ": energy");
        double[] w = ref.virial();
        double scale = Math.max(Math.abs(w[0]), Math.max(Math.abs(w[1]), Math.abs(w[2])));
        for (int k = 0; k < 6; k++) assertEquals(w[k], got.virial()[k], tol * scale, what + ": virial " + k);
    }

    @Test void orthogonalBox3d() { compare(ForceFieldTest.lattice(3, 10, 1.2, 0.0, 11), 1); }

    @Test void tiltedBox3dTwoThreads() { compare(ForceFieldTest.lattice(3, 9, 1.2, 0.37, 12), 2); }

    @Test void box2dNotAMultipleOfFour() { compare(ForceFieldTest.lattice(2, 21, 1.2, -0.23, 13), 3); }

    /** 5^3 particles at density 1.2: box 4.7, range 2.8, so pairs meet through more than one image. */
    @Test void smallBoxManyImages() { compare(ForceFieldTest.lattice(3, 5, 1.2, 0.1, 14), 1); }

    @Test void speciesChangesBetweenRebuilds() {
        Configuration c = ForceFieldTest.lattice(3, 8, 1.2, 0.0, 15), cs = c.copy();
        KobAndersen ka = new KobAndersen();
        // a species-blind list (range 2.5 + skin for every pair), so it stays complete when species change
        try (ForceField fv = new ForceField(ka, 2.5, 0.3, 1); ForceField fs = new ForceField(ka, 2.5, 0.3, 1)) {
            fs.vectorKernel(false);
            fv.compute(c, true);
            fs.compute(cs, true);
            for (int i = 0; i < c.n; i += 7) { c.type[i] = 1 - c.type[i]; cs.type[i] = c.type[i]; }
            fv.vectorKernel(true);
            fv.compute(c, true);
            fs.compute(cs, true);
            assertEqualResults(fs, fv, c.n, 0, "after species swaps");
            fv.compute(c);
            fs.compute(cs);
            assertEquals(1, fv.neighbors().builds(), "no rebuild between the computations");
            assertEquals(1, fv.kernelCalls(), "the forces-only call ran the SIMD kernel");
            assertEqualResults(fs, fv, c.n, 0, "forces only, after species swaps");
        }
    }

    @Test void vectorResultsDoNotDependOnThreadCount() {
        Configuration c = ForceFieldTest.lattice(3, 10, 1.2, 0.1, 16);
        KobAndersen ka = new KobAndersen();
        try (ForceField f1 = new ForceField(ka, 0.3, 1); ForceField f2 = new ForceField(ka, 0.3, 2)) {
            assertTrue(f1.vectorKernel(true) && f2.vectorKernel(true));
            f1.compute(c.copy(), true);
            f2.compute(c.copy(), true);
            assertEqualResults(f1, f2, c.n, TOL, "1 vs 2 threads");
            f1.compute(c.copy());
            f2.compute(c.copy());
            assertEquals(1, f1.kernelCalls());
            assertEquals(1, f2.kernelCalls());
            assertEqualResults(f1, f2, c.n, TOL, "forces only, 1 vs 2 threads");
        }
    }

    @Test void systemPropertySelectsTheScalarLoop() {
        String old = System.getProperty("glassdyn.pairKernel");
        System.setProperty("glassdyn.pairKernel", "scalar");
        try (ForceField f = new ForceField(new KobAndersen(), 0.3, 1)) {
            assertFalse(f.vectorKernel());
            assertFalse(f.vectorKernel(true), "cannot be switched on without the kernel");
            assertEquals("scalar", ForceField.pairKernel());
            assertEquals("", ForceField.pairKernelTag(), "scalar stage parameters are those of earlier versions");
        } finally {
            if (old == null) System.clearProperty("glassdyn.pairKernel"); else System.setProperty("glassdyn.pairKernel", old);
        }
    }

    @Test void systemPropertySelectsTheVectorKernel() {
        String old = System.getProperty("glassdyn.pairKernel");
        System.setProperty("glassdyn.pairKernel", "vector");
        try (ForceField f = new ForceField(new KobAndersen(), 0.3, 1)) {
            assertTrue(f.vectorKernel());
            assertEquals("vector", ForceField.pairKernel());
            assertEquals(" pair-kernel=vector", ForceField.pairKernelTag());
        } finally {
            if (old == null) System.clearProperty("glassdyn.pairKernel"); else System.setProperty("glassdyn.pairKernel", old);
        }
    }

    /** A JVM without {@code --add-modules jdk.incubator.vector} runs the scalar loop even when asked (guarded class load). */
    @Test void withoutTheModuleTheScalarLoopRuns() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Dglassdyn.pairKernel=vector", "-cp", System.getProperty("java.class.path"),
            KernelProbe.class.getName())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.endsWith("vector=false"), out);
    }

    /** Prints whether a Kob-Andersen force field runs the SIMD kernel, and that it computes forces. */
    static final class KernelProbe {
        public static void main(String[] args) {
            Configuration c = ForceFieldTest.lattice(3, 6, 1.2, 0.0, 1);
            try (ForceField f = new ForceField(new KobAndersen(), 0.3, 1)) {
                f.compute(c, true);
                if (!(Double.isFinite(f.energy()) && f.energy() != 0)) throw new AssertionError("energy " + f.energy());
                System.out.println("vector=" + f.vectorKernel());
            }
        }
    }
}
