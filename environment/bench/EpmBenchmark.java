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
 * (ratio of the median seconds per event; robust to the avalanche noise of event counts in one segment). The state is
 * stationary: the run from the Gaussian start lasts {@link #EQUILIBRATION_EVENTS_PER_SITE} events per site (the sweeps
 * this takes are measured: a preset sweep count written for one kernel's Gamma was 100 times too long for another's),
 * and each segment lasts {@link #SEGMENT_EVENTS_PER_SITE} events per site at the stationary Gamma. The working
 * set (kernel table of one angle 32 kB, stresses and rates 64 kB at L = 64) fits in cache, so no memory-bandwidth
 * bound is quoted.
 */
public final class EpmBenchmark {
    private EpmBenchmark() {}

    /** Interleaved segments per sampler. */
    static final int REPEATS = 5;

    /** Events per site of the stationary-state equilibration from the Gaussian start (about 20-30 tau_alpha). */
    static final double EQUILIBRATION_EVENTS_PER_SITE = 30;
    /** Events per site in each timed segment. */
    static final double SEGMENT_EVENTS_PER_SITE = 5;

    /**
     * Runs from the Gaussian start in chunks of 100 sweeps until {@link #EQUILIBRATION_EVENTS_PER_SITE} events per site
     * have happened (the number of sweeps this takes depends on the kernel and T, so it is measured, not preset), and
     * returns the yield rate Gamma (per site per sweep) over the last third of those events.
     */
    private static double equilibrate(EpmDynamics d, int n) {
        double tThird = Double.NaN;
        long eThird = 0;
        while (d.events() < EQUILIBRATION_EVENTS_PER_SITE * n) {
            d.run(d.time() + 100, EpmObserver.NONE);
            if (Double.isNaN(tThird) && d.events() >= 2 * EQUILIBRATION_EVENTS_PER_SITE * n / 3) { tThird = d.time(); eThird = d.events(); }
        }
        return (d.events() - eThird) / ((d.time() - tThird) * n);
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
            EshelbyKernel k = new EshelbyKernel(L, KernelVariant.DEFAULT, EshelbyKernel.defaultAngles(L));
            EpmDynamics d = new EpmDynamics(L, T, k, EpmDynamics.Algorithm.REJECTION_FREE, 2);
            long w0 = System.nanoTime();
            double gamma = equilibrate(d, n);
            out.put("T" + T + "_equilibration_sweeps", d.time());
            out.put("T" + T + "_equilibration_s", (System.nanoTime() - w0) * 1e-9);
            EpmDynamics lit = d.continueWith(EpmDynamics.Algorithm.LITERAL, 3);
            EpmDynamics rf = d.continueWith(EpmDynamics.Algorithm.REJECTION_FREE, 4);
            double sweeps = Math.ceil(SEGMENT_EVENTS_PER_SITE / gamma);
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
