package glassdyn.papers.epmq;

import glassdyn.Scale;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KickMeanField;
import glassdyn.epm.MeanFieldTheory;
import glassdyn.papers.StageResult;
import glassdyn.papers.StageStore;
import glassdyn.stats.LineFit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the barrier mismatch between the lattice and the mean field comes from (review 002 section 3.5, issue 16): the
 * self-consistent single-site problem of the theory simulated directly ({@link KickMeanField}) with three kick laws,
 * at the temperatures of the lattice's Arrhenius fit. Each law's barrier is the slope of ln(1/Gamma) against 1/T,
 * one fit per independent replica (the unit of its 90% interval). Comparing the rows separates the approximations:
 * GAUSSIAN_UNIT vs Delta E(sigma-bar(alpha)) is the T -&gt; 0 limit of the theory (finite-T corrections), GAUSSIAN_DROP
 * vs GAUSSIAN_UNIT is SI Eq. 26's &lt;delta sigma^2&gt; = 1, LATTICE vs GAUSSIAN_DROP is the diffusive truncation
 * (broad kicks), and the sweep lattice's own E_{1/Gamma} vs LATTICE is space (correlated kicks, facilitation).
 * A diagnostic (labelled sensitivity study), never a pass. Cost: O(N) per event, (equilibration + measurement) events
 * per site per temperature.
 */
public final class BarrierMismatch {
    /** Temperatures: the range of the lattice's Arrhenius fit (T &lt;= 0.030). */
    public static final double[] TEMPERATURES = {0.03, 0.025, 0.02, 0.015, 0.013};
    /** Events per site discarded, then measured. */
    public static final int EQUILIBRATION_EVENTS_PER_SITE = 10, MEASURED_EVENTS_PER_SITE = 20;
    /** Lattice size of the diagnostic (at most): alpha of the block kernel is 0.1302 at L = 32 against 0.1298 at
     * L = 64, and the event-driven cost is O(N) per event, so L = 32 keeps it at about a minute of CPU. */
    public static final int LATTICE_SIZE = 32;
    /** The rows of the diagnostic: the three mean-field kick laws. (The lattice itself at L = 32 is not comparable: its
     * conserved mean stress, SD 1/L, acts as an applied stress, and it needs far longer transients; the lattice
     * references are the sweep's own barriers at the preset L.) */
    public static final String[] MODELS = {"mean_field_gaussian_unit", "mean_field_gaussian_drop", "mean_field_lattice_kicks"};

    private final EpmQ q;
    private final StageStore store;
    private final int L, replicas;
    private final long seed;
    private Map<String, double[][]> cache;

    BarrierMismatch(EpmQ q, StageStore store, long seed) {
        this.q = q;
        this.store = store;
        this.L = Math.min(LATTICE_SIZE, q.preset().L());
        this.replicas = q.scale() == Scale.SMOKE ? 2 : 3;
        this.seed = seed;
    }

    /** The kick law of a model row. */
    static KickMeanField.Kicks kicks(int model) {
        return switch (model) {
            case 0 -> KickMeanField.Kicks.GAUSSIAN_UNIT;
            case 1 -> KickMeanField.Kicks.GAUSSIAN_DROP;
            case 2 -> KickMeanField.Kicks.LATTICE;
            default -> throw new IllegalArgumentException("model " + model);
        };
    }

    /**
     * One replica of one model: Gamma (events per site per sweep) and the mean delta sigma^2 at each temperature,
     * after {@link #EQUILIBRATION_EVENTS_PER_SITE} events per site from the Gaussian start, over
     * {@link #MEASURED_EVENTS_PER_SITE}.
     */
    static double[][] replica(EshelbyKernel kernel, KickMeanField.Kicks kicks, long seed) {
        double[] gamma = new double[TEMPERATURES.length], drop2 = new double[TEMPERATURES.length];
        for (int i = 0; i < TEMPERATURES.length; i++) {
            double[] r = meanField(kernel, TEMPERATURES[i], kicks, seed * 31 + i);
            gamma[i] = r[0];
            drop2[i] = r[1];
        }
        return new double[][] {gamma, drop2};
    }

    private static double[] meanField(EshelbyKernel kernel, double t, KickMeanField.Kicks kicks, long seed) {
        KickMeanField m = new KickMeanField(kernel, t, kicks, seed);
        m.run((long) EQUILIBRATION_EVENTS_PER_SITE * m.sites());
        double t0 = m.time(), d0 = m.dropSquares();
        long e0 = m.events();
        m.run((long) MEASURED_EVENTS_PER_SITE * m.sites());
        return new double[] {(m.events() - e0) / ((m.time() - t0) * m.sites()), (m.dropSquares() - d0) / (m.events() - e0)};
    }

    /** Gamma[replica][T] and mean delta sigma^2 [replica][T] per kick law, from the stage store or simulated. */
    synchronized Map<String, double[][]> results() {
        if (cache != null) return cache;
        EshelbyKernel kernel = new EshelbyKernel(L, q.variant(), EshelbyKernel.defaultAngles(L));
        List<StageStore.Stage> stages = new ArrayList<>();
        for (int model = 0; model < MODELS.length; model++)
            for (int r = 0; r < replicas; r++) {
                KickMeanField.Kicks k = kicks(model);
                long s = seed * 1_000_003L + model * 101L + r;
                String params = String.format(Locale.ROOT, "L=%d kernel=%s model=%s seed=%d T=%s eq=%d meas=%d", L, q.variant(), MODELS[model], s,
                    java.util.Arrays.toString(TEMPERATURES), EQUILIBRATION_EVENTS_PER_SITE, MEASURED_EVENTS_PER_SITE);
                stages.add(new StageStore.Stage("barrier_" + MODELS[model] + "_L" + L + "_r" + r, params, () -> {
                    double[][] g = replica(kernel, k, s);
                    return new StageResult(Map.of(), Map.of("gamma", g[0], "drop2", g[1]), Map.of());
                }));
            }
        List<StageResult> done = store.getAll(stages, Math.min(2, Runtime.getRuntime().availableProcessors()));
        cache = new LinkedHashMap<>();
        int j = 0;
        for (String model : MODELS) {
            double[][] g = new double[replicas][], d = new double[replicas][];
            for (int r = 0; r < replicas; r++, j++) { g[r] = done.get(j).array("gamma"); d[r] = done.get(j).array("drop2"); }
            cache.put(model, new double[][] {flatten(g), flatten(d)});
        }
        return cache;
    }

    private double[] flatten(double[][] a) {
        double[] o = new double[a.length * TEMPERATURES.length];
        for (int r = 0; r < a.length; r++) System.arraycopy(a[r], 0, o, r * TEMPERATURES.length, TEMPERATURES.length);
        return o;
    }

    /** The barrier of each replica: slope of ln(1/Gamma) vs 1/T. */
    double[] barriers(String k) {
        double[] g = results().get(k)[0], e = new double[replicas];
        for (int r = 0; r < replicas; r++) {
            double[] inv = new double[TEMPERATURES.length];
            for (int i = 0; i < inv.length; i++) inv[i] = 1 / g[r * TEMPERATURES.length + i];
            e[r] = LineFit.arrhenius(TEMPERATURES, inv).slope();
        }
        return e;
    }

    /** Summary rows: each kick law's barrier (mean, 90% over replicas), mean delta sigma^2, and the references. */
    public Table summary(double latticeInverseGamma, double latticeTauAlpha) {
        double a = q.kernelAlpha();
        StringColumn what = StringColumn.create("model");
        DoubleColumn e = DoubleColumn.create("barrier"), lo = DoubleColumn.create("barrier_90_low"), hi = DoubleColumn.create("barrier_90_high"),
            d2 = DoubleColumn.create("mean_drop_squared");
        for (String k : MODELS) {
            double[] b = barriers(k), iv = TrajectoryStats.interval90(b);
            what.append(k); e.append(TrajectoryStats.mean(b)); lo.append(iv[0]); hi.append(iv[1]);
            d2.append(TrajectoryStats.mean(results().get(k)[1]));
        }
        String[] refs = {"theory_Delta_E_sigma_bar_alpha", "theory_Delta_E_one_step_drop2", "sweep_lattice_E_inverse_Gamma", "sweep_lattice_E_act_tau_alpha"};
        double[] vals = {MeanFieldTheory.barrier(a), MeanFieldTheory.barrier(MeanFieldTheory.alphaWithStressDrop(a)), latticeInverseGamma, latticeTauAlpha};
        for (int i = 0; i < refs.length; i++) { what.append(refs[i]); e.append(vals[i]); lo.append(Double.NaN); hi.append(Double.NaN); d2.append(Double.NaN); }
        return Table.create("barrier_mismatch", what, e, lo, hi, d2);
    }

    /** Gamma vs T per kick law (mean over replicas and the 90% interval of ln Gamma), for an Arrhenius plot. */
    public Table rates() {
        StringColumn what = StringColumn.create("model");
        DoubleColumn t = DoubleColumn.create("T"), inv = DoubleColumn.create("1/T"), g = DoubleColumn.create("Gamma_per_site_per_sweep"),
            se = DoubleColumn.create("se_ln_Gamma");
        for (String k : MODELS) {
            double[] all = results().get(k)[0];
            for (int i = 0; i < TEMPERATURES.length; i++) {
                double[] ln = new double[replicas];
                for (int r = 0; r < replicas; r++) ln[r] = Math.log(all[r * TEMPERATURES.length + i]);
                what.append(k); t.append(TEMPERATURES[i]); inv.append(1 / TEMPERATURES[i]);
                g.append(Math.exp(TrajectoryStats.mean(ln))); se.append(TrajectoryStats.standardError(ln));
            }
        }
        return Table.create("barrier_mismatch_rates", what, t, inv, g, se);
    }

    /** The barrier of each kick law with its interval, for the report. */
    Map<String, Object> measured(double latticeInverseGamma, double latticeTauAlpha) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : MODELS) {
            double[] b = barriers(k);
            m.put("E_" + k, glassdyn.papers.Reports.round(TrajectoryStats.mean(b), 4));
            m.put("E_" + k + "_90", glassdyn.papers.Reports.round(TrajectoryStats.interval90(b)));
            m.put("mean_drop_squared_" + k, glassdyn.papers.Reports.round(TrajectoryStats.mean(results().get(k)[1]), 4));
        }
        double a = q.kernelAlpha();
        m.put("Delta_E_theory", glassdyn.papers.Reports.round(MeanFieldTheory.barrier(a), 4));
        m.put("E_sweep_lattice_inverse_Gamma", glassdyn.papers.Reports.round(latticeInverseGamma, 4));
        m.put("E_sweep_lattice_tau_alpha", glassdyn.papers.Reports.round(latticeTauAlpha, 4));
        m.put("replicas", replicas);
        m.put("L", L);
        return m;
    }
}
