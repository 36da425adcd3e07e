package glassdyn.papers.taulc;

import glassdyn.Progress;
import glassdyn.analysis.CageJumpDetector;
import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.protocols.IsoconfigurationalEnsemble;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The isoconfigurational ensembles of paper 001 (Sec. II): from one configuration, {@code replicas} runs with fresh
 * Maxwell-Boltzmann velocities, each particle's first cage jump (the MSD plateau as threshold) giving tau_LC (shear off)
 * or tau_sh (shear on). Equilibrium (tau_LC,eq), cessation and continuation from the steady states (Figs. 2, 3, 6, 7),
 * start-up from the equilibrium origins (Fig. 5), rate switch (Fig. 8); and the short runs that measure the plateau.
 * Each ensemble is the stage {@code ice-KEY} of the store, with its own seed ({@link Seeds}): no two ensembles share
 * velocity draws, so tau_LC and tau_sh of one origin are independent measurements (review 001, M8).
 */
final class IsoconfigurationalEnsembles {
    /** Short runs averaged for the MSD plateau (the single-origin MSD of one run is noisy at N = 500). */
    static final int PLATEAU_REPLICAS = 4;
    /** Window of the MSD plateau search (time): after the ballistic regime, before the alpha relaxation. */
    static final double PLATEAU_TMIN = 0.2, PLATEAU_TMAX = 5.0;
    /** Length of the plateau-measuring run (time), long enough to cover {@link #PLATEAU_TMAX}. */
    static final double PLATEAU_RUN = 10.0;

    private final TauLcRun run;
    private final EquilibriumOrigins origins;
    private final SteadyShearStates steady;
    private final Map<String, IsoconfigurationalEnsemble.Result> results = new ConcurrentHashMap<>();
    private Double plateau;

    IsoconfigurationalEnsembles(TauLcRun run, EquilibriumOrigins origins, SteadyShearStates steady) {
        this.run = run;
        this.origins = origins;
        this.steady = steady;
    }

    /**
     * The MSD plateau (Debye-Waller factor) at equilibrium: the MSD at the time t where the local log slope
     * {@code ln(MSD(2t) / MSD(t/2)) / ln 4} is smallest, t in [{@link #PLATEAU_TMIN}, {@link #PLATEAU_TMAX} / 2], from
     * {@link #PLATEAU_REPLICAS} short runs of origin 0; it is the cage-jump threshold p_c (spec 001 section 2.2 default).
     */
    synchronized double plateau() {
        if (plateau != null) return plateau;
        IsoconfigurationalEnsemble.Result r = ensemble("plateau", origins.all().get(0), 0, PLATEAU_REPLICAS, PLATEAU_RUN, false,
            Seeds.of(run.seed, "plateau"), 0);
        plateau = plateauOf(r.time(), r.msd());
        return plateau;
    }

    /**
     * t_str of the start-up cell model (paper 001 Sec. III C: "a ballistic timescale estimated by the MSD data prior to
     * the onset of plateau"; value not stated, spec 001 section 2.4): the time at which the ballistic MSD, A t^2 with A
     * from the first sample of the plateau runs, reaches the plateau, {@code sqrt(plateau / A)}.
     */
    synchronized double ballisticTime() {
        double p = plateau();
        IsoconfigurationalEnsemble.Result r = ensemble("plateau", origins.all().get(0), 0, PLATEAU_REPLICAS, PLATEAU_RUN, false,
            Seeds.of(run.seed, "plateau"), 0);
        return ballisticTimeOf(r.time(), r.msd(), p);
    }

    /** {@code sqrt(plateau / A)}, A = MSD / t^2 at the first sample with t &gt; 0. */
    static double ballisticTimeOf(double[] t, double[] msd, double plateau) {
        for (int j = 0; j < t.length; j++)
            if (t[j] > 0 && msd[j] > 0) return Math.sqrt(plateau / (msd[j] / (t[j] * t[j])));
        return Double.NaN;
    }

    /** The MSD at the time of the smallest local log slope in [{@link #PLATEAU_TMIN}, {@link #PLATEAU_TMAX} / 2]. */
    static double plateauOf(double[] t, double[] msd) {
        double best = Double.POSITIVE_INFINITY, value = Double.NaN;
        for (int j = 1; 2 * j < t.length; j++) {
            if (t[j] < PLATEAU_TMIN || t[j] > PLATEAU_TMAX / 2) continue;
            double slope = Math.log(msd[2 * j] / msd[j / 2]) / Math.log(t[2 * j] / t[j / 2]);
            if (slope < best) { best = slope; value = msd[j]; }
        }
        return value;
    }

    /**
     * Wavenumber of every ensemble's F_s (tau_alpha): the first peak of S_AA(q) of KA, 7.25 at rho = 1.2, scaled as
     * rho^(1/3) to other densities (sample A, rho = 1.38: 7.60).
     */
    static double scatteringQ(double rho) {
        return rho == 1.2 ? glassdyn.analysis.SelfIntermediateScattering.KOB_ANDERSEN_Q
            : glassdyn.analysis.SelfIntermediateScattering.KOB_ANDERSEN_Q * Math.cbrt(rho / 1.2);
    }

    /**
     * Largest lag of the Green-Kubo stress autocorrelation of the shear-off ensembles: a quarter of the run (each
     * lag then averages over at least 3/4 of the replica's frames).
     */
    static double gkMaxLag(double runTime) { return runTime / 4; }

    /** Equilibrium (shear off) ensemble of origin k: tau_LC,eq. */
    IsoconfigurationalEnsemble.Result equilibrium(int k) {
        return ensemble("eq-" + k, origins.all().get(k), 0, run.p.replicas(), run.p.iceTime(), false, Seeds.of(run.seed, "eq-" + k), 0);
    }

    /** A second equilibrium ensemble of origin k with independent seeds: the zero-shear control of tau_sh(tau_LC). */
    IsoconfigurationalEnsemble.Result control(int k) {
        return ensemble("control-" + k, origins.all().get(k), 0, run.p.replicas(), run.p.iceTime(), false,
            Seeds.of(run.seed, "control-" + k), 0);
    }

    /** Start-up ensemble from equilibrium origin k at {@code rate}: tau_sh and per-particle stresses. */
    IsoconfigurationalEnsemble.Result startup(int k, double rate) {
        return ensemble("startup-" + TauLcRun.rateKey(rate) + "-" + k, origins.all().get(k), rate, run.p.replicas(), run.p.iceTime(),
            true, Seeds.of(run.seed, "startup-" + TauLcRun.rateKey(rate) + "-" + k), 0);
    }

    /** Cessation ensemble (shear switched off) from the steady state at {@code rate}: tau_LC in flow. */
    IsoconfigurationalEnsemble.Result cessation(double rate) {
        return ensemble("cessation-" + TauLcRun.rateKey(rate), steady.origin(rate), 0, run.p.replicas(), run.p.iceTime(), false,
            Seeds.of(run.seed, "cessation-" + TauLcRun.rateKey(rate)), 0);
    }

    /** Continuation ensemble (shear kept on) from the steady state at {@code rate}: tau_sh in steady flow. */
    IsoconfigurationalEnsemble.Result continuation(double rate, double rMin) {
        return ensemble("steady-" + TauLcRun.rateKey(rate), steady.origin(rate), rate, run.p.replicas(), run.p.iceTime(), false,
            Seeds.of(run.seed, "steady-" + TauLcRun.rateKey(rate)), rMin);
    }

    /**
     * Rate-switch ensemble (paper 001 Fig. 8, spec section 1.4 protocol 5): from the steady state at {@code from} the
     * rate is switched to {@code to} at t0 and tau_sh is measured from t0; the same origin as the cessation ensemble at
     * {@code from}, which gives tau_LC of those particles, with independent velocity seeds.
     */
    IsoconfigurationalEnsemble.Result rateSwitch(double from, double to) {
        return ensemble("switch-" + TauLcRun.rateKey(from) + "-to-" + TauLcRun.rateKey(to), steady.origin(from), to,
            run.p.replicas(), run.p.iceTime(), false, Seeds.of(run.seed, "switch-" + TauLcRun.rateKey(from) + "-to-" + TauLcRun.rateKey(to)), 0);
    }

    /**
     * Cessation ensemble of reference time k of the recorded LER trajectory (Fig. 10(a,b): tau_LC per particle at t_r):
     * the configuration at t_r,k with the shear switched off, its own seed.
     */
    IsoconfigurationalEnsemble.Result lerCessation(LerTrajectory trajectory, int k) {
        String key = "ler-cessation-" + k;
        return ensemble(key, trajectory.reference(k), 0, run.p.replicas(), run.p.iceTime(), false, Seeds.of(run.seed, key), 0,
            " from " + trajectory.params() + " reference=" + trajectory.referenceTime(k));
    }

    /** One ensemble, loaded if saved, else run and saved. */
    private IsoconfigurationalEnsemble.Result ensemble(String key, Configuration origin, double rate, int replicas,
                                                       double time, boolean atomStress, long s, double retention) {
        return ensemble(key, origin, rate, replicas, time, atomStress, s, retention, "");
    }

    /** One ensemble, loaded if saved, else run and saved; {@code originParams} describes an origin outside the steady states. */
    private IsoconfigurationalEnsemble.Result ensemble(String key, Configuration origin, double rate, int replicas,
                                                       double time, boolean atomStress, long s, double retention, String originParams) {
        IsoconfigurationalEnsemble.Result r = results.get(key);
        if (r != null) return r;
        boolean isPlateau = key.equals("plateau");
        double threshold = isPlateau ? 1.0 : plateau();
        // F_s and the stress autocorrelation on the equilibrium ensembles only (tau_alpha at rest, Green-Kubo eta_eq); the
        // steady states' tau_alpha comes from the steady runs, so the sheared ensembles keep their stage parameters
        boolean atRest = key.startsWith("eq-") || key.startsWith("control-");
        double q = atRest ? scatteringQ(run.p.rho()) : 0, acfLag = atRest ? gkMaxLag(time) : 0;
        String params = String.format(java.util.Locale.ROOT, "%s rate=%s replicas=%d time=%s atom_stress=%s seed=%d retention=%s "
                + "threshold=%s sample=%s T=%s dt=%s tdamp=%s", describe(key) + originParams, rate, replicas, time, atomStress, s, retention,
            threshold, TauLcDuality.SAMPLE, run.p.temperature(), TauLcDuality.DT, TauLcDuality.TDAMP)
            + (run.p.jumpWindow() > 0 ? " jump_window=" + run.p.jumpWindow() : "")
            + (run.p.fieldInterval() > 0 ? " field_interval=" + run.p.fieldInterval() : "")
            + (q > 0 ? " fs_q=" + q : "") + (acfLag > 0 ? " stress_acf=" + acfLag : "");
        StageResult stored = run.store.get("ice-" + key, params, () -> {
            IsoconfigurationalEnsemble.Result fresh;
            try (Progress bar = new Progress("tau-lc-duality " + key + " (" + replicas + " replicas)", replicas)) {
                fresh = new IsoconfigurationalEnsemble(run.potential, run.p.temperature(), rate, TauLcDuality.DT, TauLcDuality.TDAMP)
                    .sampleInterval(TauLcDuality.SAMPLE).atomicStress(atomStress).neighbourRetention(retention).jumpWindow(run.p.jumpWindow()).fieldInterval(run.p.fieldInterval())
                    .selfScattering(q).stressAutocorrelation(acfLag)
                    .externalDynamics(run.replicas).run(origin, replicas, time, new CageJumpDetector(threshold), s, run.threads, bar);
            }
            run.countSimulated();
            return toStage(fresh);
        });
        r = fromStage(stored);
        IsoconfigurationalEnsemble.Result prev = results.putIfAbsent(key, r);
        return prev != null ? prev : r;
    }

    /** The origin an ensemble starts from, as parameters: an equilibrium origin's or a steady run's. */
    private String describe(String key) {
        return "origin of " + key + ": " + EquilibriumOrigins.params(run.p, run.seed, 0) + " origins=" + run.p.origins()
            + " steady=" + run.p.transientTime() + "+" + run.p.average();
    }

    static StageResult toStage(IsoconfigurationalEnsemble.Result r) {
        Map<String, double[]> a = new LinkedHashMap<>();
        Map<String, Double> v = new LinkedHashMap<>();
        a.put("tau", r.tau()); a.put("time", r.time()); a.put("msd", r.msd()); a.put("alpha2", r.alpha2()); a.put("stress", r.stress());
        v.put("censored", r.censored());
        putMatrix("tau_replica", r.tauReplica(), a, v);
        putMatrix("atom_stress", r.atomStress(), a, v);
        putMatrix("retention", r.retention(), a, v);
        putMatrix("fs_replica", r.fsReplica(), a, v);
        putMatrix("stress_acf", r.stressAcf(), a, v);
        if (r.fieldTime() != null && r.fieldTime().length != r.time().length) a.put("field_time", r.fieldTime());
        return new StageResult(Map.of(), a, v);
    }

    static IsoconfigurationalEnsemble.Result fromStage(StageResult s) {
        return new IsoconfigurationalEnsemble.Result(s.array("tau"), matrix("tau_replica", s), s.value("censored"), s.array("time"),
            s.array("msd"), s.array("alpha2"), s.array("stress"), matrix("atom_stress", s), matrix("retention", s),
            s.arrays().containsKey("field_time") ? s.array("field_time") : s.array("time"), matrix("fs_replica", s),
            matrix("stress_acf", s));
    }

    private static void putMatrix(String name, double[][] m, Map<String, double[]> a, Map<String, Double> v) {
        if (m == null) return;
        int rows = m.length, cols = rows == 0 ? 0 : m[0].length;
        double[] flat = new double[rows * cols];
        for (int i = 0; i < rows; i++) System.arraycopy(m[i], 0, flat, i * cols, cols);
        a.put(name, flat);
        v.put(name + ".rows", (double) rows);
    }

    private static double[][] matrix(String name, StageResult s) {
        if (!s.arrays().containsKey(name)) return null;
        double[] flat = s.array(name);
        int rows = (int) s.value(name + ".rows"), cols = rows == 0 ? 0 : flat.length / rows;
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) System.arraycopy(flat, i * cols, m[i], 0, cols);
        return m;
    }
}
