import glassdyn.epm.EpmDynamics;
import glassdyn.epm.EpmObserver;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KernelVariant;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Side-by-side benchmark of the EPM-Q samplers (run by {@code environment/benchmark-epm} as a
 * single-file source program on the library jar; not part of the library): plastic events per second
 * of the rejection-free sampler at L = 64 and 128; the speed-up of rejection-free over the literal Monte Carlo at
 * T = 0.025 and 0.015, both continuing the same equilibrated state for the same simulated time; and the machine's
 * streaming memory bandwidth (a[i] += s b[i] over arrays far larger than the caches), which bounds the event rate at
 * bandwidth / (24 L^2 bytes): one kernel read plus one read and one write of the stresses per site and event.
 * The speed-up is reported per simulated sweep (the paper's use: reaching a given time) and per event (robust to
 * the avalanche noise of event counts in one trajectory).
 */
public final class EpmBenchmark {
    private EpmBenchmark() {}

    /** Streaming bandwidth in bytes per second (best of a few passes, 3 x 8 bytes per element). */
    public static double streamBandwidth() {
        int n = 1 << 24;                                  // 128 MB per array
        double[] a = new double[n], b = new double[n];
        for (int i = 0; i < n; i++) { a[i] = i; b[i] = 1.0 / (i + 1); }
        double best = 0, sink = 0;
        for (int pass = 0; pass < 8; pass++) {
            long t0 = System.nanoTime();
            double s = 1e-9 * (pass + 1);
            for (int i = 0; i < n; i++) a[i] += s * b[i];
            double sec = (System.nanoTime() - t0) * 1e-9;
            best = Math.max(best, 24.0 * n / sec);
            sink += a[pass];
        }
        if (sink == 42) System.out.print("");
        return best;
    }

    private static EpmDynamics equilibrated(int L, double T, long seed, double sweeps) {
        EshelbyKernel k = new EshelbyKernel(L, KernelVariant.DEFAULT, EshelbyKernel.defaultAngles(L));
        EpmDynamics d = new EpmDynamics(L, T, k, EpmDynamics.Algorithm.REJECTION_FREE, seed);
        d.run(sweeps, EpmObserver.NONE);
        return d;
    }

    /** {events, seconds} for a run of the given number of simulated sweeps. */
    private static double[] time(EpmDynamics d, double sweeps) {
        long e0 = d.events(), t0 = System.nanoTime();
        d.run(d.time() + sweeps, EpmObserver.NONE);
        return new double[] {d.events() - e0, (System.nanoTime() - t0) * 1e-9};
    }

    public static Map<String, Object> run() {
        Map<String, Object> out = new LinkedHashMap<>();
        double bw = streamBandwidth();
        out.put("stream_bandwidth_GB_per_s", bw / 1e9);
        for (int L : new int[] {64, 128}) {
            EpmDynamics d = equilibrated(L, 0.025, 1, L == 64 ? 2000 : 300);
            double target = L == 64 ? 3e5 : 6e4;                // events to time
            double[] warm = time(d, 10);
            double sweeps = Math.max(10, target / Math.max(1, warm[0]) * 10);
            double[] r = time(d, sweeps);
            double rate = r[0] / r[1];
            double bound = bw / (24.0 * L * L);
            out.put("L" + L + "_events_per_s", rate);
            out.put("L" + L + "_ns_per_site_per_event", 1e9 * r[1] / r[0] / (L * L));
            out.put("L" + L + "_bandwidth_bound_events_per_s", bound);
            out.put("L" + L + "_fraction_of_bound", rate / bound);
        }
        for (double T : new double[] {0.025, 0.015}) {
            int L = 64;
            EpmDynamics d = equilibrated(L, T, 2, T == 0.025 ? 20000 : 50000);
            EpmDynamics lit = d.continueWith(EpmDynamics.Algorithm.LITERAL, 3);
            EpmDynamics rf = d.continueWith(EpmDynamics.Algorithm.REJECTION_FREE, 3);
            double sweeps = T == 0.025 ? 20000 : 100000;
            double[] a = time(lit, sweeps), b = time(rf, sweeps);
            out.put("T" + T + "_literal_seconds", a[1]);
            out.put("T" + T + "_rejection_free_seconds", b[1]);
            out.put("T" + T + "_events_literal", a[0]);
            out.put("T" + T + "_events_rejection_free", b[0]);
            out.put("T" + T + "_sweeps", sweeps);
            out.put("T" + T + "_speedup", a[1] / b[1]);
            // event counts of two single trajectories differ by avalanche noise; the cost per event is robust
            out.put("T" + T + "_speedup_per_event", (a[1] / a[0]) / (b[1] / b[0]));
        }
        return out;
    }

    public static void main(String[] args) {
        Map<String, Object> r = run();
        r.forEach((k, v) -> System.out.println(k + " = " + v));
        System.out.println(glassdyn.io.Json.write(r));
    }
}
