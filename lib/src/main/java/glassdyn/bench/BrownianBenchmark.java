package glassdyn.bench;

import glassdyn.dynamics.BrownianShearDynamics;
import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.HardCoreYukawa;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Throughput of paper 000's Brownian dynamics (hard-core + Yukawa mixture, phi = 0.45, gamma_dot tau_0 = 3,
 * dt = 1e-4 tau_0) for given N and thread counts: Brownian steps per second after a melting stretch from the
 * lattice start. {@code java -cp glassdyn.jar glassdyn.bench.BrownianBenchmark N STEPS RANGE THREADS...} (cutoff d_ij + RANGE)
 */
public final class BrownianBenchmark {
    /** Steps run before timing (at most as many as timed), so the fcc start has melted and the list rebuilds at its steady rate. */
    static final int WARMUP_STEPS = 300;

    private BrownianBenchmark() {}

    /** Steps per second at N particles on the given thread count. */
    public static double stepsPerSecond(int n, int steps, int threads, double range) {
        Configuration c = glassdyn.papers.cagejump.ShearedYukawaRun.latticeStart(n, 0.45, 1);
        try (ForceField ff = new ForceField(glassdyn.papers.cagejump.ShearedYukawaRun.potential(range), glassdyn.papers.cagejump.ShearedYukawaRun.SKIN, threads)) {
            BrownianShearDynamics bd = new BrownianShearDynamics(ff, BrownianShearDynamics.DEFAULT_TIME_STEP, 3, 1,
                BrownianShearDynamics.STOKES_EINSTEIN_DIFFUSION, HardCoreYukawa.DIAMETERS, 2);
            for (int s = 0; s < Math.min(WARMUP_STEPS, steps); s++) bd.step(c);
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) bd.step(c);
            return steps / ((System.nanoTime() - t0) * 1e-9);
        }
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]), steps = Integer.parseInt(args[1]);
        double range = Double.parseDouble(args[2]);
        for (int k = 3; k < args.length; k++) {
            int threads = Integer.parseInt(args[k]);
            double r = stepsPerSecond(n, steps, threads, range);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", n); m.put("threads", threads); m.put("cutoff_beyond_contact", range); m.put("steps_per_second", r); m.put("particle_steps_per_second", r * n);
            System.out.println(glassdyn.io.Json.write(m));
        }
    }
}
