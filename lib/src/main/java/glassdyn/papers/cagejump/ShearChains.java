package glassdyn.papers.cagejump;

import glassdyn.Progress;
import glassdyn.papers.StageResult;
import glassdyn.papers.StageStore;
import glassdyn.particles.Configuration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The chained Brownian shear runs of paper 000 (p. 1, Fig. 1(a)): at each volume fraction the rates of the preset in
 * descending order, each started from the final state of the previous (higher) rate, the first from the fcc start.
 * The two phi chains run in parallel; the cluster analysis runs at the cluster rates of each phi
 * ({@link CageJumpLer.Preset#clusterRates(double)}). Every finished (phi, rate) is kept in a {@link StageStore} as three stages:
 * {@code KEY.state} (final configuration), {@code KEY} (its {@link RateAnalysis}, tied to the analysis version) and, at
 * the cluster rates, {@code KEY.record} (the recorded run), so an interrupted run resumes at the next rate and a
 * changed analysis is rerun from the saved record without simulating again.
 */
final class ShearChains {
    private final CageJumpLer.Preset preset;
    private final long seed;
    private final int threads;
    private final StageStore store;
    private final Map<String, RateData> data = new TreeMap<>();

    ShearChains(CageJumpLer.Preset preset, long seed, Path checkpoints, int threads) {
        this.preset = preset; this.seed = seed; this.threads = threads; this.store = new StageStore(checkpoints);
    }

    static String key(double phi, double rate) { return String.format(Locale.ROOT, "phi%.3f_rate%08.3f", phi, rate); }

    /** Whether the cluster analysis runs at (phi, rate): the preset's cluster rates of that phi. */
    boolean clusterRate(double phi, double rate) {
        for (double r : preset.clusterRates(phi)) if (r == rate) return true;
        return false;
    }

    /**
     * Whether the pseudo-harmonic modes are computed at (phi, rate): at phi = 45% only, the volume fraction of the
     * paper's Fig. 4(a) (the cluster highlighted in Fig. 1(b)).
     */
    static boolean modes(double phi) { return phi == CageJumpLer.PHIS[0]; }

    /**
     * Parameters every stage of (phi, rate) depends on: the preset, the seed and the chain up to this rate. Away from
     * phi = 45% the cluster rates of that phi are part of them (their production length changes every later state of
     * the chain); the phi = 45% string is the one before the 42.5% cluster rates existed, so its stored stages stay valid.
     */
    String params(double phi, double rate) {
        String own = phi != CageJumpLer.PHIS[0] && preset.clusterRates(phi).length > 0
            ? " clusterrates@phi=" + java.util.Arrays.toString(preset.clusterRates(phi)) : "";
        return String.format(Locale.ROOT, "cage-jump-ler phi=%s rate=%s n=%d rates=%s dt=%s eq=%s prod=%s/%s range=%s eqstrain=%s seed=%d",
            phi, rate, preset.n(), java.util.Arrays.toString(preset.rates()), preset.dt(), preset.firstEquilibration(),
            preset.clusterProduction(), preset.flowProduction(), preset.range(), preset.equilibrationStrain(), seed) + own;
    }

    /** {@link #params} plus, at a cluster rate, the analysis version, the cluster rates and whether the PHM are computed. */
    String analysisParams(double phi, double rate) {
        return params(phi, rate) + (clusterRate(phi, rate) ? " analysis=" + RateAnalysis.VERSION
            + " clusterrates=" + java.util.Arrays.toString(preset.clusterRates(phi)) + (modes(phi) ? "" : " phm=no") : "");
    }

    /** The data of (phi, rate), running the chains first if needed. */
    synchronized RateData at(double phi, double rate) {
        simulate();
        return data.get(key(phi, rate));
    }

    /** Every (phi, rate) in key order. */
    synchronized Iterable<RateData> all() {
        simulate();
        return data.values();
    }

    /** Runs (or loads) every (phi, rate): the two phi chains in parallel. */
    synchronized void simulate() {
        if (data.size() == CageJumpLer.PHIS.length * preset.rates().length) return;
        long steps = 0;
        for (double phi : CageJumpLer.PHIS) steps += chainSteps(phi);
        int workers = Math.min(CageJumpLer.PHIS.length, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (Progress bar = new Progress("cage-jump-ler: Brownian steps", steps)) {
            List<Future<List<RateData>>> futures = new ArrayList<>();
            for (int p = 0; p < CageJumpLer.PHIS.length; p++) {
                final int pi = p;
                futures.add(pool.submit(() -> chain(CageJumpLer.PHIS[pi], pi, perChainThreads(), bar)));
            }
            for (Future<List<RateData>> f : futures) for (RateData d : f.get()) data.put(key(d.phi, d.rate), d);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs (or loads) the chain of {@code PHIS[p]} alone: one unit of a plan. Its force threads are those the chain gets
     * in {@link #simulate()} at the same thread count, so a unit records the same trajectory as a local run.
     */
    synchronized void simulateChain(int p) {
        double phi = CageJumpLer.PHIS[p];
        try (Progress bar = new Progress("cage-jump-ler: Brownian steps, phi = " + phi, chainSteps(phi))) {
            for (RateData d : chain(phi, p, perChainThreads(), bar)) data.put(key(d.phi, d.rate), d);
        }
    }

    /** Force threads per chain: the thread count shared by the chains that run in parallel in {@link #simulate()}. */
    private int perChainThreads() { return Math.max(1, threads / Math.min(CageJumpLer.PHIS.length, threads)); }

    /** Brownian steps of the chain at {@code phi} (first equilibration, then each rate's equilibration and production). */
    private long chainSteps(double phi) {
        long steps = Math.round(preset.firstEquilibration() / preset.dt());
        for (double r : preset.rates())
            steps += Math.round((preset.equilibrationStrain() / r + (clusterRate(phi, r) ? preset.clusterProduction() : preset.flowProduction())) / timeStep(r));
        return steps;
    }

    double timeStep(double rate) { return CageJumpLer.timeStep(preset, rate); }

    private List<RateData> chain(double phi, int chainIndex, int forceThreads, Progress bar) {
        List<RateData> out = new ArrayList<>();
        Configuration c = null;
        for (int k = 0; k < preset.rates().length; k++) {
            double rate = preset.rates()[k];
            double prod = clusterRate(phi, rate) ? preset.clusterProduction() : preset.flowProduction();
            double eq = k == 0 ? preset.firstEquilibration() : preset.equilibrationStrain() / rate;
            RateData cached = cached(phi, rate);
            if (cached != null) {
                out.add(cached);
                c = null;
                bar.step(Math.round((eq + prod) / timeStep(rate)));
                continue;
            }
            if (c == null) c = k == 0 ? ShearedYukawaRun.latticeStart(preset.n(), phi, seed + chainIndex) : out.get(k - 1).restore();
            long runSeed = seed + 1000L * chainIndex + k + 1;
            double stressInterval = Math.min(CageJumpLer.STRESS_INTERVAL, prod / (RateAnalysis.MIN_SAMPLES_PER_BLOCK * RateAnalysis.BLOCKS));
            ShearedYukawaRun.Record rec = ShearedYukawaRun.run(c, phi, rate, timeStep(rate), eq, prod, CageJumpLer.sampling(rate),
                stressInterval, preset.range(), forceThreads, runSeed, bar);
            String key = key(phi, rate);
            if (store.dir() != null && clusterRate(phi, rate)) {
                rec.save(store, key + ".record", params(phi, rate));
            }
            RateData d = new RateAnalysis(preset, threads, clusterRate(phi, rate), modes(phi)).analyse(rec);
            d.copyState(c);
            store.save(key + ".state", params(phi, rate), d.stateStage());
            store.save(key, analysisParams(phi, rate), d.analysisStage());
            out.add(d);
        }
        return out;
    }

    /**
     * The stored data of (phi, rate): its analysis when current; else, at a cluster rate with a saved record, the
     * analysis rerun on it; null when the rate must be simulated (again).
     */
    private RateData cached(double phi, double rate) {
        if (store.dir() == null) return null;
        String key = key(phi, rate);
        StageResult state = store.load(key + ".state", params(phi, rate));
        if (state == null) return null;
        StageResult analysis = store.load(key, analysisParams(phi, rate));
        if (analysis != null) return RateData.of(analysis, state);
        if (!clusterRate(phi, rate)) return null;
        ShearedYukawaRun.Record saved = ShearedYukawaRun.Record.load(store, key + ".record", params(phi, rate));
        if (saved == null) return null;
        RateData d = new RateAnalysis(preset, threads, true, modes(phi)).analyse(saved);
        d.copyState(state);
        store.save(key, analysisParams(phi, rate), d.analysisStage());
        return d;
    }
}
