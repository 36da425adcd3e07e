package glassdyn.papers.epmq;

import glassdyn.Progress;
import glassdyn.epm.Correlations;
import glassdyn.epm.EpmRun;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KernelVariant;
import glassdyn.papers.StageResult;
import glassdyn.papers.StageStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The EPM-Q runs of one pipeline: each (L, T, kernel, trajectory) run is one stage of the {@link StageStore} (so a
 * finished run is read back on resume and a run whose parameters changed is redone), simulated in parallel over
 * independent runs with their own seeds (results do not depend on the thread count), and looked up by (L, T, kernel).
 */
public final class EpmTrajectories {
    private final String label;
    private final List<EpmRun.Config> configs;
    private final StageStore store;
    private final int threads;
    private final Map<String, EpmRun.Result> results = new TreeMap<>();
    private final AtomicInteger simulated = new AtomicInteger();

    public EpmTrajectories(String label, List<EpmRun.Config> configs, StageStore store, int threads) {
        this.label = label;
        this.configs = List.copyOf(configs);
        this.store = store;
        this.threads = Math.max(1, threads);
    }

    /** The runs of this pipeline, in the order given. */
    public List<EpmRun.Config> configs() { return configs; }

    /**
     * Runs (or loads) one run only, by its {@link EpmRun.Config#key() key}: a work unit of a plan. The runs are
     * independent (own seed, own kernel table), so a run computed alone is the run computed among all.
     */
    public synchronized void simulateOne(String key) {
        EpmRun.Config c = configs.stream().filter(x -> x.key().equals(key)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no run '" + key + "' in " + label));
        new EpmTrajectories(label + " " + key, List.of(c), store, 1).simulate();
    }

    /** Runs this instance simulated (the others came from the store). */
    public int simulatedRuns() { return simulated.get(); }

    /** Every run, simulated or read from the store. */
    public synchronized Collection<EpmRun.Result> all() {
        simulate();
        return results.values();
    }

    /** Runs (or loads) every run not yet in memory; the longest first so the workers finish together. */
    public synchronized void simulate() {
        List<EpmRun.Config> todo = new ArrayList<>();
        for (EpmRun.Config c : configs) {
            if (results.containsKey(c.key())) continue;
            StageResult s = store.load(c.key(), EpmRunStage.params(c));
            if (s != null) results.put(c.key(), EpmRunStage.decode(c, s)); else todo.add(c);
        }
        if (todo.isEmpty()) return;
        long steps = todo.stream().mapToLong(c -> 1 + c.windows()).sum();
        Map<String, EshelbyKernel> kernels = new ConcurrentHashMap<>();      // one table per (L, reading), shared
        for (EpmRun.Config c : todo)
            if (c.elastic()) kernels.computeIfAbsent(c.L() + ":" + c.kernel(),
                k -> new EshelbyKernel(c.L(), c.kernel(), EshelbyKernel.defaultAngles(c.L())));
        todo.sort((a, b) -> Double.compare(cost(b), cost(a)));
        try (Progress progress = new Progress(label + " (" + todo.size() + " runs)", steps)) {
            List<StageStore.Stage> stages = new ArrayList<>();
            for (EpmRun.Config c : todo)
                stages.add(new StageStore.Stage(c.key(), EpmRunStage.params(c), () -> {
                    EpmRun.Result r = EpmRun.run(c, c.elastic() ? kernels.get(c.L() + ":" + c.kernel()) : null, progress);
                    simulated.incrementAndGet();
                    return EpmRunStage.encode(r);
                }));
            List<StageResult> done = store.getAll(stages, threads);
            for (int i = 0; i < todo.size(); i++) results.put(todo.get(i).key(), EpmRunStage.decode(todo.get(i), done.get(i)));
        }
    }

    private static double cost(EpmRun.Config c) {
        return c.elastic() ? (double) c.L() * c.L() * c.L() * c.L() * c.windows() : 1;
    }

    /** The runs at (L, T) with the given kernel (null: without elastic interactions), in key order. */
    public synchronized List<EpmRun.Result> runs(int L, double t, KernelVariant kernel) {
        simulate();
        List<EpmRun.Result> out = new ArrayList<>();
        for (EpmRun.Result r : results.values()) {
            EpmRun.Config c = r.config();
            if (c.L() == L && Math.abs(c.temperature() - t) < 1e-9 && c.kernel() == kernel) out.add(r);
        }
        return out;
    }

    /** One window's correlations of every trajectory at (L, T, kernel), in key order. */
    public List<Correlations> each(int L, double t, KernelVariant kernel, int window) {
        List<EpmRun.Result> rs = runs(L, t, kernel);
        if (rs.isEmpty()) throw new IllegalStateException("no run at L = " + L + ", T = " + t);
        return rs.stream().map(r -> r.windows().get(Math.min(window, r.windows().size() - 1))).toList();
    }

    /** One window's correlations pooled over the trajectories at (L, T, kernel) (same lag grid for every one). */
    public Correlations pooled(int L, double t, KernelVariant kernel, int window) {
        return average(each(L, t, kernel, window), L * L);
    }

    /**
     * Pooled over runs, each weighted equally: P, C_s, C_p and Gamma are means; chi_4 is N times the variance of P over
     * all (trajectory, origin) samples (SI Eq. 19 with the average over trajectories and origins, spec 002 section 2):
     * the mean within-trajectory chi_4 plus N times the variance of the trajectories' mean P. Samples and origins add;
     * the block errors of single runs combine as for a mean.
     */
    static Correlations average(List<Correlations> cs, int sites) {
        int m = cs.stream().mapToInt(c -> c.t().length).min().orElse(0);
        int n = cs.size();
        double[] tt = Arrays.copyOf(cs.get(0).t(), m), p = new double[m], chi = new double[m], s = new double[m],
            q = new double[m], samples = new double[m];
        double g = 0;
        for (Correlations c : cs) {
            for (int k = 0; k < m; k++) {
                p[k] += c.p()[k] / n; chi[k] += c.chi4()[k] / n;
                s[k] += c.cs()[k] / n; q[k] += c.cp()[k] / n; samples[k] += c.samples()[k];
            }
            g += c.gamma() / n;
        }
        if (n > 1) {
            for (Correlations c : cs)
                for (int k = 0; k < m; k++) chi[k] += sites * (c.p()[k] - p[k]) * (c.p()[k] - p[k]) / n;
        }
        double te = 0, ce = 0;
        for (Correlations c : cs) { te += c.tauAlphaError() * c.tauAlphaError(); ce += c.chi4PeakError() * c.chi4PeakError(); }
        return new Correlations(tt, p, chi, s, q, samples, g, cs.stream().mapToLong(Correlations::origins).sum(),
            Math.sqrt(te) / n, Math.sqrt(ce) / n);
    }
}
