package glassdyn.papers.epmq;

import glassdyn.Scale;
import glassdyn.epm.EpmDynamics;
import glassdyn.epm.EpmRun;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KernelVariant;
import glassdyn.epm.MeanFieldTheory;
import glassdyn.stats.LineFit;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import glassdyn.epm.StressHistogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.Reports.round;

/**
 * The kernel-reading study: every other reading of the SI's fine-grid step ({@link KernelVariant}: naive, recv, stag
 * and the calibrated fitted) run at a few temperatures with one trajectory each, to compare each reading's Arrhenius barrier with the mean-field barrier Delta E(sigma-bar(alpha)) of
 * its own alpha (SI Eq. 33). None at the smoke scale.
 */
public final class KernelStudy {
    /** Window of the kernel-variant study runs, in units of 1/Gamma. */
    public static final double WINDOW_RATES = 60;

    private final Scale scale;
    private final EpmQ.Preset preset;
    private final KernelVariant variant;
    private final TemperatureSweep sweep;

    public KernelStudy(Scale scale, EpmQ.Preset preset, KernelVariant variant, TemperatureSweep sweep) {
        this.scale = scale;
        this.preset = preset;
        this.variant = variant;
        this.sweep = sweep;
    }

    /** The readings studied besides the pipeline's own. */
    public List<KernelVariant> variants() {
        if (scale == Scale.SMOKE) return List.of();
        return java.util.stream.Stream.of(KernelVariant.values()).filter(v -> v != variant).toList();
    }

    public double[] temperatures() { return new double[] {0.04, 0.03, 0.025, 0.02}; }

    public List<EpmRun.Config> configs() {
        List<EpmRun.Config> out = new ArrayList<>();
        for (KernelVariant v : variants())
            for (double t : temperatures())
                out.add(new EpmRun.Config(preset.L(), t, v, EpmDynamics.Algorithm.REJECTION_FREE, seedOf(v, t),
                    preset.equilibrationRates(), WINDOW_RATES, 1, preset.maxLagRates(), 0, null));
        return out;
    }

    /**
     * The seed of a study run: the main run's seed of (L, T, trajectory 0) mixed with the reading, so the study's
     * initial stresses and random streams are independent of the main runs' (review 3.7: they coincided).
     */
    long seedOf(KernelVariant v, double t) {
        return sweep.seedOf(preset.L(), t, 0, true) * 1_000_003L + 101 + v.ordinal();
    }

    /** The readings in the table: the pipeline's own first, then every other (those not run have no E_act). */
    private List<KernelVariant> all() {
        List<KernelVariant> out = new ArrayList<>(List.of(variant));
        for (KernelVariant v : KernelVariant.values()) if (v != variant) out.add(v);
        return out;
    }

    /**
     * One row per reading: alpha (SI Eq. 26, measured on the table), the form-factor exponent, the mean-field
     * sigma-bar and Delta E(sigma-bar) (SI Eq. 33) and the same with the model's &lt;delta sigma^2&gt; = 1 + s^2, the
     * Arrhenius barrier over the study temperatures (unweighted fit of the pooled tau_alpha; NaN for readings not
     * run), sigma-bar^act and the P(sigma) edge at the lowest study temperature.
     */
    public List<Map<String, Object>> rows(EpmQ q) {
        List<Map<String, Object>> rows = new ArrayList<>();
        double[] ts = temperatures();
        double tLow = java.util.Arrays.stream(ts).min().orElseThrow();
        for (KernelVariant v : all()) {
            boolean run = v == variant || variants().contains(v);
            EshelbyKernel k = new EshelbyKernel(preset.L(), v, EshelbyKernel.defaultAngles(preset.L()));
            double a = k.alpha(), ae = MeanFieldTheory.alphaWithStressDrop(a);
            double eAct = Double.NaN, eErr = Double.NaN, edge = Double.NaN;
            if (run && hasAll(q, v, ts)) {
                double[] tau = EpmQColumns.column(ts, t -> q.trajectories().pooled(preset.L(), t, v, 0).tauAlpha());
                LineFit f = LineFit.arrhenius(ts, tau);
                eAct = f.slope();
                eErr = f.slopeError();
                edge = StressHistogram.edge(StressHistogram.centres(), q.trajectories().runs(preset.L(), tLow, v).get(0).stressDensity(), EpmQ.EDGE_TAIL);
            }
            rows.add(EpmQColumns.obj("kernel", v.name().toLowerCase(), "alpha", round(a, 4), "exponent", round(k.exponent(), 4),
                "sigma_bar_MF", round(MeanFieldTheory.sigmaBar(a), 4), "Delta_E_MF", round(MeanFieldTheory.barrier(a), 4),
                "Delta_E_MF_ds2", round(MeanFieldTheory.barrier(ae), 4), "E_act", round(eAct, 4), "E_act_error", round(eErr, 2),
                "sigma_bar_act", round(MeanFieldTheory.sigmaFromBarrier(eAct), 4), "edge_T" + tLow, round(edge, 4)));
        }
        return rows;
    }

    private boolean hasAll(EpmQ q, KernelVariant v, double[] ts) {
        for (double t : ts) if (q.trajectories().runs(preset.L(), t, v).isEmpty()) return false;
        return true;
    }

    /** The rows as a table (kernel name column first, then the numbers). */
    public Table table(EpmQ q) {
        List<Map<String, Object>> rows = rows(q);
        List<String> cols = new ArrayList<>(rows.get(0).keySet());
        cols.remove("kernel");
        Table t = Table.create("kernel_study");
        t.addColumns(StringColumn.create("kernel", rows.stream().map(r -> (String) r.get("kernel")).toList()));
        for (String c : cols) t.addColumns(DoubleColumn.create(c, rows.stream().mapToDouble(r -> (Double) r.get(c)).toArray()));
        return t;
    }
}
