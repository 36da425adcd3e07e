package glassdyn.papers.taulc;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fig. 15 of paper 001: the start-up stress of the grid-cell model ({@link GridCellModel}, Sec. III C) against this
 * run's MD start-up ensembles, for the particles slow and fast at the beginning of shear (Eq. 2 on the start-up
 * tau_sh(tau_LC), as Fig. 5) and the whole system, at every start-up rate. The model's inputs are all measured here:
 * <ul>
 *   <li>H_eq(tau_LC): the equilibrium tau_LC of every particle of every origin;</li>
 *   <li>Eq. 4: a, b, c, lambda_tau fitted over the ensemble rates (Fig. 11); tau_2 of Eq. 2;</li>
 *   <li>G_eff = w G_ini: w the mean over the ensemble rates of the bond-retention weight (App. B; the paper finds one
 *       value, 0.8, for all conditions) and G_ini the inherent-structure modulus (as Eq. 5, Fig. 13);</li>
 *   <li>c_el (Eq. 8) = tau_el / mean tau_sh,slow of the continuation ensemble at the rate (log-interpolated between
 *       ensemble rates, clamped at the ends, for a start-up rate without one);</li>
 *   <li>t_str: the ballistic time at which A t^2 reaches the MSD plateau ({@link TauLcDuality#ballisticTime()}).</li>
 * </ul>
 * gamma_res, the model's only free parameter, is fitted once, at the lowest start-up rate, so that the model's steady
 * stress equals the MD whole-system start-up stress over its last {@link StressModel#STEADY_TAIL} (spec 001 ambiguity
 * 19 fits it to the start-up curve at one rate; only the long-time level is used here, so the transient - overshoot,
 * yield strain, the fast particles' rise - and every other rate are predictions).
 */
public final class TauLcStartupModel {
    /** Cells of the model (spec 001 section 2.11 default: 10^5). */
    static final int CELLS = 100_000;
    /** Cycles of the renewal chain that gives the model's steady stress in the gamma_res fit. */
    static final int FIT_CYCLES = 200_000;
    /** Strain span of the running mean before a start-up curve's peak is located. */
    static final double PEAK_SMOOTHING_STRAIN = 0.03;
    /** Noise standard deviations below the smoothed maximum that still count as the peak (its strain interval). */
    static final double PEAK_SD = 2;

    private final TauLcDuality d;
    private final double[] rates;
    private final double gIni, w, tStr, tau2, target;
    private final GridCellModel.MasterCurve eq4;
    private final GridCellModel.Fit fit;

    TauLcStartupModel(TauLcDuality d) {
        this.d = d;
        rates = Arrays.stream(d.preset().startupRates()).sorted().toArray();
        gIni = d.initialLerModulus();
        w = Arrays.stream(d.retentionWeights()).filter(Double::isFinite).average().orElse(Double.NaN);
        tStr = d.ballisticTime();
        tau2 = d.tau2();
        eq4 = d.eq4Constants();
        Table md = d.startupStress(rates[0]);
        target = tailMean(md.doubleColumn("sigma_all").asDoubleArray());
        fit = model(rates[0]).fitRestructuringStrain(rates[0], target, FIT_CYCLES, Seeds.of(d.seed(), "cell-model-fit"));
    }

    /** G_eff = w G_ini of the model. */
    public double gEff() { return w * gIni; }
    public double ballisticTime() { return tStr; }
    public GridCellModel.MasterCurve eq4() { return eq4; }
    /** The fitted gamma_res (and whether the MD level lay in the range the model reaches). */
    public GridCellModel.Fit fit() { return fit; }
    /** The start-up rates, ascending. */
    public double[] rates() { return rates.clone(); }

    /** c_el of Eq. 8 at {@code rate}: at an ensemble rate its own, else log-interpolated between ensemble rates (clamped). */
    public double elasticRatio(double rate) {
        double[] ice = Arrays.stream(d.preset().iceRates()).sorted().toArray();
        for (double r : ice) if (r == rate) return d.elasticRatio(r);
        if (rate <= ice[0]) return d.elasticRatio(ice[0]);
        if (rate >= ice[ice.length - 1]) return d.elasticRatio(ice[ice.length - 1]);
        int k = 0;
        while (ice[k + 1] < rate) k++;
        double f = Math.log(rate / ice[k]) / Math.log(ice[k + 1] / ice[k]);
        return d.elasticRatio(ice[k]) * (1 - f) + d.elasticRatio(ice[k + 1]) * f;
    }

    private GridCellModel model(double rate) {
        return new GridCellModel(d.tauLcEquilibrium(), eq4, tau2, gEff(), elasticRatio(rate), tStr);
    }

    private final java.util.Map<Double, GridCellModel.Result> results = new java.util.concurrent.ConcurrentHashMap<>();

    /** The model on the MD field times of start-up rate {@code rate}. */
    public GridCellModel.Result at(double rate) {
        return results.computeIfAbsent(rate, r -> model(r).startup(r, fit.gammaRes(), d.startupStress(r).doubleColumn("t").asDoubleArray(),
            CELLS, Seeds.of(d.seed(), "cell-model-" + TauLcRun.rateKey(r))));
    }

    static final String[] GROUPS = {"slow", "fast", "all"};

    /**
     * Fig. 15: per start-up rate and group (slow, fast, all) the MD and model stresses against time and strain, in
     * eps / sigma^3, and each normalised by its own mean over the last {@link StressModel#STEADY_TAIL}.
     */
    public Table table() {
        List<Double> rate = new ArrayList<>(), t = new ArrayList<>(), strain = new ArrayList<>(), md = new ArrayList<>(), mo = new ArrayList<>(),
            mdN = new ArrayList<>(), moN = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (double r : rates) {
            Table m = d.startupStress(r);
            GridCellModel.Result res = at(r);
            double[] time = m.doubleColumn("t").asDoubleArray();
            for (String g : GROUPS) {
                double[] a = m.doubleColumn("sigma_" + g).asDoubleArray(), b = modelGroup(res, g);
                double na = tailMean(a), nb = tailMean(b);
                for (int j = 0; j < time.length; j++) {
                    rate.add(r); group.add(g); t.add(time[j]); strain.add(r * time[j]);
                    md.add(a[j]); mo.add(b[j]); mdN.add(a[j] / na); moN.add(b[j] / nb);
                }
            }
        }
        Table out = Table.create("fig15 start-up stress, MD vs grid-cell model (gamma_res " + String.format(java.util.Locale.ROOT, "%.4g", fit.gammaRes())
            + " fitted at rate " + TauLcRun.rateKey(rates[0]) + ")");
        out.addColumns(DoubleColumn.create("rate", TauLcFigures.unbox(rate)), StringColumn.create("group", group),
            DoubleColumn.create("t_tau", TauLcFigures.unbox(t)), DoubleColumn.create("strain", TauLcFigures.unbox(strain)),
            DoubleColumn.create("sigma_xy_md_eps_sigma3", TauLcFigures.unbox(md)), DoubleColumn.create("sigma_xy_model_eps_sigma3", TauLcFigures.unbox(mo)),
            DoubleColumn.create("sigma_md_norm", TauLcFigures.unbox(mdN)), DoubleColumn.create("sigma_model_norm", TauLcFigures.unbox(moN)));
        return out;
    }

    static double[] modelGroup(GridCellModel.Result r, String g) {
        return switch (g) {
            case "slow" -> r.slow();
            case "fast" -> r.fast();
            default -> r.all();
        };
    }

    /** Mean over the last {@link StressModel#STEADY_TAIL} of a curve. */
    static double tailMean(double[] s) {
        int from = (int) Math.floor(s.length * (1 - StressModel.STEADY_TAIL));
        double m = 0;
        for (int j = from; j < s.length; j++) m += s[j] / (s.length - from);
        return m;
    }

    /** Frames of the running mean that spans {@link #PEAK_SMOOTHING_STRAIN} at {@code rate} on the time grid {@code t}. */
    static int smoothingFrames(double[] t, double rate) {
        double dt = t.length > 1 ? t[1] - t[0] : 1;
        return Math.max(1, (int) Math.round(PEAK_SMOOTHING_STRAIN / (rate * dt)));
    }

    /**
     * A start-up curve's peak: {@code strain} at the maximum of its centred running mean over {@code window} frames
     * within the first 1 - {@link StressModel#STEADY_TAIL} of the run; {@code upper}, the last strain of the stretch
     * after it where the running mean stays within {@link #PEAK_SD} noise sd of the maximum; {@code significance}, the
     * maximum over the tail mean in noise sd. Noise sd: the sd of the running mean over the tail (0 for a smooth curve,
     * then the significance is infinite for a maximum above the tail and 0 otherwise).
     */
    record Peak(double strain, double upper, double height, double significance) {
        static Peak of(double[] strain, double[] s, int window) {
            int n = s.length, h = window / 2;
            double[] m = new double[n];
            for (int j = 0; j < n; j++) {
                int a = Math.max(0, j - h), b = Math.min(n - 1, j + h);
                for (int k = a; k <= b; k++) m[j] += s[k] / (b - a + 1);
            }
            int from = (int) Math.floor(n * (1 - StressModel.STEADY_TAIL));
            double tm = tailMean(m), var = 0;
            for (int j = from; j < n; j++) var += (m[j] - tm) * (m[j] - tm) / Math.max(1, n - from - 1);
            double sd = Math.sqrt(var);
            int arg = 0;
            for (int j = 1; j < Math.max(1, from); j++) if (m[j] > m[arg]) arg = j;
            int up = arg;
            while (up + 1 < n && m[up + 1] >= m[arg] - PEAK_SD * sd) up++;
            double sig = sd > 0 ? (m[arg] - tm) / sd : (m[arg] > tm ? Double.POSITIVE_INFINITY : 0);
            return new Peak(strain[arg], strain[up], tm != 0 ? m[arg] / tm : Double.NaN, sig);
        }
    }

    /** The peak of group {@code g} at start-up rate {@code rate}: MD (index 0) and model (index 1). */
    Peak[] peaks(double rate, String g) {
        Table m = d.startupStress(rate);
        double[] t = m.doubleColumn("t").asDoubleArray(), strain = m.doubleColumn("strain").asDoubleArray();
        int win = smoothingFrames(t, rate);
        return new Peak[] {Peak.of(strain, m.doubleColumn("sigma_" + g).asDoubleArray(), win), Peak.of(strain, modelGroup(at(rate), g), win)};
    }

    /** The MD whole-system tail stress the gamma_res fit matched. */
    public double fitTarget() { return target; }
}
