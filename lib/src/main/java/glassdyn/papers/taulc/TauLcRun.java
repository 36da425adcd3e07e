package glassdyn.papers.taulc;

import glassdyn.Scale;
import glassdyn.papers.StageStore;
import glassdyn.potential.KobAndersen;
import glassdyn.potential.PairPotential;
import glassdyn.space.Box;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every stage of one pipeline run shares: the scale and its preset, the seed, the checkpoint store, the thread
 * count, the Kob-Andersen potential, and the count of stages simulated (not loaded).
 */
final class TauLcRun {
    final Scale scale;
    final TauLcPreset p;
    final long seed;
    final StageStore store;
    final int threads;
    final PairPotential potential = new KobAndersen();
    private final AtomicInteger simulated = new AtomicInteger();
    /** The engine of the ensembles' replicas: null for glassdyn's integrator, else LAMMPS ({@link TauLcDuality#withLammps}). */
    glassdyn.protocols.IsoconfigurationalEnsemble.ExternalDynamics replicas;

    TauLcRun(Scale scale, TauLcPreset p, long seed, StageStore store, int threads) {
        this.scale = scale;
        this.p = p;
        this.seed = seed;
        this.store = store;
        this.threads = Math.max(1, threads);
    }

    Box box() { return Box.cubic(3, Math.cbrt(p.n() / p.rho())); }

    void countSimulated() { simulated.incrementAndGet(); }

    int simulated() { return simulated.get(); }

    static String rateKey(double rate) { return String.format(java.util.Locale.ROOT, "%.6g", rate); }
}
