package glassdyn.papers.taulc;

import glassdyn.Progress;
import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.protocols.SteadyShear;
import glassdyn.table.Tables;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Steady shear of paper 001 (Fig. 1, Eq. 1): SLLOD + Lees-Edwards at each rate from equilibrium origin 0, a transient
 * discarded, then the shear stress sampled every {@link TauLcDuality#SAMPLE}; the final configuration is the steady
 * origin of the cessation, continuation and rate-switch ensembles. Each rate is the stage {@code steady-RATE} (table
 * {@code stress}: t, sigma_xy; the end configuration under {@code end.}); LAMMPS runs arrive under the same key.
 */
final class SteadyShearStates {
    private final TauLcRun run;
    private final Supplier<Configuration> origin0;
    private final Map<Double, SteadyShear.Result> results = new ConcurrentHashMap<>();

    SteadyShearStates(TauLcRun run, Supplier<Configuration> origin0) {
        this.run = run;
        this.origin0 = origin0;
    }

    static String key(double rate) { return "steady-" + TauLcRun.rateKey(rate); }

    /** Parameters of the run at {@code rate}: those of origin 0, the rate and the protocol's times. */
    static String params(TauLcPreset p, long seed, double rate) {
        return EquilibriumOrigins.params(p, seed, 0) + String.format(java.util.Locale.ROOT,
            " rate=%s transient=%s average=%s sample=%s fs_q=%s fs_lag=%s fs_origins=%s", rate, p.transientTime(), p.average(),
            TauLcDuality.SAMPLE, IsoconfigurationalEnsembles.scatteringQ(p.rho()), fsMaxLag(p), fsOriginEvery(p));
    }

    /** Largest lag of the steady runs' F_s: a quarter of the averaging window. */
    static double fsMaxLag(TauLcPreset p) { return p.average() / 4; }

    /** Time between the F_s origins of a steady run: 1/20 of the largest lag (21 origins held at once). */
    static double fsOriginEvery(TauLcPreset p) { return fsMaxLag(p) / 20;
    }

    /** The stage result of a steady run: the stress series and the end configuration. */
    static StageResult result(double[] time, double[] stress, Configuration end, double[] fs) {
        Map<String, double[]> a = new LinkedHashMap<>();
        if (fs != null) a.put("fs", fs);
        Map<String, Double> v = new LinkedHashMap<>();
        StoredConfiguration.put("end.", end, a, v);
        return new StageResult(Map.of("stress", Tables.of("steady", "t", time, "sigma_xy", stress)), a, v);
    }

    /** Steady-shear run at {@code rate} from origin 0 (loaded if saved). */
    SteadyShear.Result at(double rate) {
        SteadyShear.Result r = results.get(rate);
        if (r != null) return r;
        StageResult s = run.store.get(key(rate), params(run.p, run.seed, rate), () -> simulate(rate));
        tech.tablesaw.api.Table t = s.table("stress");
        r = new SteadyShear.Result(StoredConfiguration.get("end.", s), t.doubleColumn("t").asDoubleArray(),
            t.doubleColumn("sigma_xy").asDoubleArray(), s.arrays().containsKey("fs") ? s.array("fs") : null);
        SteadyShear.Result prev = results.putIfAbsent(rate, r);
        return prev != null ? prev : r;
    }

    private StageResult simulate(double rate) {
        TauLcPreset p = run.p;
        long total = Math.round((p.transientTime() + p.average()) / TauLcDuality.DT);
        SteadyShear.Result r;
        try (Progress bar = new Progress("tau-lc-duality steady shear rate " + TauLcRun.rateKey(rate), total)) {
            r = SteadyShear.run(origin0.get(), run.potential, rate, p.temperature(), TauLcDuality.DT, TauLcDuality.TDAMP,
                p.transientTime(), p.average(), TauLcDuality.SAMPLE, IsoconfigurationalEnsembles.scatteringQ(p.rho()), fsMaxLag(p),
                fsOriginEvery(p), bar);
        }
        run.countSimulated();
        return result(r.time(), r.stress(), r.end(), r.fs());
    }

    /** The steady configuration at {@code rate} with time 0: the ensemble draws fresh peculiar velocities, the tilt is kept. */
    Configuration origin(double rate) {
        Configuration c = at(rate).end().copy();
        c.time = 0;
        return c;
    }
}
