import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.force.ForceField;
import glassdyn.io.LammpsDataFile;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Steady-state speed of the two Lennard-Jones pair kernels in one {@code md} run (issue 21; a single-file source
 * program on the library jar, not part of the library): Kob-Andersen from a data file (as {@code environment/benchmark-md}
 * prepares it), Nose-Hoover T = 0.8, dt = 0.005, Tdamp 0.5, skin 0.3, sorted every 1000 steps, energy and virial every
 * 100 steps (the thermo samples). After a warm-up block on each kernel, blocks of BLOCK steps alternate between the
 * scalar loop and the SIMD kernel (their forces are equal, so both continue the same trajectory), PAIRS pairs, and the
 * CPU time of the stepping threads (caller and force team; not the JIT or GC threads, so not JVM start-up and warm-up)
 * is reported per atom-step, with the median ratio over the pairs. CPU time, not wall: on a shared machine wall time
 * measures the scheduler. Usage (from the repository root, after the jar is built):
 * {@code java --add-modules jdk.incubator.vector -cp lib/target/glassdyn.jar environment/bench/PairKernelBlocks.java DATA [THREADS] [BLOCK] [PAIRS]}
 * (defaults 1 thread, 300 steps, 10 pairs).
 */
public class PairKernelBlocks {
    public static void main(String[] a) {
        Configuration c = LammpsDataFile.read(Path.of(a[0]), 3);
        int threads = a.length > 1 ? Integer.parseInt(a[1]) : 1, block = a.length > 2 ? Integer.parseInt(a[2]) : 300,
            pairs = a.length > 3 ? Integer.parseInt(a[3]) : 10;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (ForceField f = new ForceField(new KobAndersen(), 0.3, threads)) {
            if (!f.vectorKernel(true)) throw new IllegalStateException("no SIMD kernel: run with --add-modules jdk.incubator.vector");
            MolecularDynamics md = new MolecularDynamics(c, new NoseHooverChain(f, 0.005, 0.8, 0.5)).sortEvery(1000);
            md.sampleEvery(0.5, (cc, step, ff) -> ff.compute(cc, true));
            md.runSteps(block);
            f.vectorKernel(false);
            md.runSteps(block);
            double[] scalar = new double[pairs], vector = new double[pairs], ratio = new double[pairs];
            for (int p = 0; p < pairs; p++) {
                for (int m = 0; m < 2; m++) {
                    boolean vec = (p + m) % 2 == 0;   // alternate which kernel goes first
                    f.vectorKernel(vec);
                    long t0 = steppingCpu(mx);
                    md.runSteps(block);
                    double ns = (steppingCpu(mx) - t0) / ((double) block * c.n);
                    (vec ? vector : scalar)[p] = ns;
                }
                ratio[p] = scalar[p] / vector[p];
            }
            System.out.printf("threads %d, %d pairs of %d-step blocks: CPU ns per atom-step (stepping threads) scalar %.1f,"
                + " SIMD %.1f (medians); scalar / SIMD median %.3f, range %.3f-%.3f%n", threads, pairs, block,
                median(scalar), median(vector), median(ratio), Arrays.stream(ratio).min().orElse(0), Arrays.stream(ratio).max().orElse(0));
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    /** CPU time of the calling thread and the force team's workers. */
    private static long steppingCpu(ThreadMXBean mx) {
        long s = 0;
        for (ThreadInfo ti : mx.getThreadInfo(mx.getAllThreadIds()))
            if (ti != null && (ti.getThreadName().equals("main") || ti.getThreadName().startsWith("glassdyn-force")))
                s += mx.getThreadCpuTime(ti.getThreadId());
        return s;
    }
}
