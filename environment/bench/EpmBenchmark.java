import glassdyn.epm.EpmDynamics;
import glassdyn.epm.EpmObserver;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KernelVariant;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Side-by-side benchmark of the two samplers of the same EPM-Q process (run by {@code environment/benchmark-epm} as a
 * single-file source program on the library jar; not part of the library): the literal Monte Carlo loop of the
 * paper (one attempt at a time) against the rejection-free sampler, both continuing the same equilibrated state
 * (L = 64, default kernel) at T = 0.025 and 0.015. The two are interleaved (literal segment, rejection-free segment,
 * repeated {@link #REPEATS} times, each segment the same number of simulated sweeps) so that load changes on a shared
 * machine hit both alike, and the medians over the segments are reported: plastic events per second, events per
 * second per site (events/s x N, i.e. site updates of the O(N) kernel add per second) and the speed-up per event
 * (ratio of the median seconds per event; robust to the avalanche noise of event counts in one segment). The working
 * set (kernel table of one angle 32 kB, stresses and rates 64 kB at L = 64) fits in cache, so no memory-bandwidth
 * bound is quoted.
 */
public final class EpmBenchmark {
    private EpmBenchmark() {}

    /** Interleaved segments per sampler. */
    static final int REPEATS = 5;

    private static EpmDynamics equilibrated(int L, double T, long seed, double sweeps) {
        EshelbyKernel k = new EshelbyKernel(L, KernelVariant.DEFAULT, EshelbyKernel.defaultAngles(L));
        EpmDynamics d = new EpmDynamics(L, T, k, EpmDynamics.Algorithm.REJECTION_FREE, seed);
        d.run(sweeps, EpmObserver.NONE);
        return d;
    }

    /** {events, seconds} for a segment of the given number of simulated sweeps. */
    private static double[] segment(EpmDynamics d, double sweeps) {
        long e0 = d.events(), t0 = System.nanoTime();
        d.run(d.time() + sweeps, EpmObserver.NONE);
        return new double[] {d.events() - e0, (System.nanoTime() - t0) * 1e-9};
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    public static Map<String, Object> run() {
        Map<String, Object> out = new LinkedHashMap<>();
        int L = 64, n = L * L;
        out.put("L", L);
        out.put("repeats", REPEATS);
        for (double T : new double[] {0.025, 0.015}) {
            // equilibrated to about 30 events per site at the stationary rate (Gamma ~ 2e-4 at T = 0.025, ~1e-5 at
            // 0.015 in the quick runs): an early, still aging state has a far larger Gamma and favours the literal loop
            EpmDynamics d = equilibrated(L, T, 2, T == 0.025 ? 2e5 : 3e6);
            EpmDynamics lit = d.continueWith(EpmDynamics.Algorithm.LITERAL, 3);
            EpmDynamics rf = d.continueWith(EpmDynamics.Algorithm.REJECTION_FREE, 4);
            double sweeps = T == 0.025 ? 4000 : 40000;
            segment(lit, sweeps / 10);                                  // warm-up (JIT) of both loops
            segment(rf, sweeps / 10);
            double[] litPerEvent = new double[REPEATS], rfPerEvent = new double[REPEATS], litEvents = new double[REPEATS], rfEvents = new double[REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                double[] a = segment(lit, sweeps), b = segment(rf, sweeps);
                litPerEvent[r] = a[1] / Math.max(1, a[0]); rfPerEvent[r] = b[1] / Math.max(1, b[0]);
                litEvents[r] = a[0]; rfEvents[r] = b[0];
            }
            String p = "T" + T + "_";
            out.put(p + "sweeps_per_segment", sweeps);
            out.put(p + "Gamma_per_site_per_sweep", median(rfEvents) / (sweeps * n));
            out.put(p + "literal_events_per_segment_median", median(litEvents));
            out.put(p + "rejection_free_events_per_segment_median", median(rfEvents));
            out.put(p + "literal_events_per_s", 1 / median(litPerEvent));
            out.put(p + "rejection_free_events_per_s", 1 / median(rfPerEvent));
            out.put(p + "literal_events_per_s_per_site", n / median(litPerEvent));
            out.put(p + "rejection_free_events_per_s_per_site", n / median(rfPerEvent));
            out.put(p + "speedup_per_event_median", median(litPerEvent) / median(rfPerEvent));
        }
        return out;
    }

    public static void main(String[] args) {
        Map<String, Object> r = run();
        r.forEach((k, v) -> System.out.println(k + " = " + v));
        System.out.println(glassdyn.io.Json.write(r));
    }
}
