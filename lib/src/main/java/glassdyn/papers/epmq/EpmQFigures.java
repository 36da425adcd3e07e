package glassdyn.papers.epmq;

import glassdyn.epm.Correlations;
import glassdyn.epm.EpmRun;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KernelVariant;
import glassdyn.epm.MeanFieldTheory;
import glassdyn.epm.NoElasticExact;
import glassdyn.epm.StressHistogram;
import glassdyn.stats.LineFit;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.epmq.EpmQColumns.column;
import static glassdyn.papers.epmq.EpmQColumns.constant;
import static glassdyn.papers.epmq.EpmQColumns.inverse;
import static glassdyn.papers.epmq.EpmQColumns.rowsTable;
import static glassdyn.papers.epmq.EpmQColumns.select;
import static glassdyn.papers.epmq.EpmQColumns.stack;

/**
 * The figure panels of paper 002 (Figs. 1-4, SI Figs. 5-11), one method per panel, each a table with symbols and
 * units in its column names (time in sweeps, stress in units of sigma_c).
 */
public final class EpmQFigures {
    private final EpmQ q;
    private final EpmQ.Preset preset;
    private final KernelStudy study;

    EpmQFigures(EpmQ q, KernelStudy study) {
        this.q = q;
        this.preset = q.preset();
        this.study = study;
    }

    private Correlations pooled(double t, boolean elastic, int window) { return q.pooled(preset.L(), t, elastic, window); }

    /** Fig. 1(a): &lt;P(t)&gt; at every temperature (L = preset L). Columns T, t, P. */
    public Table fig1a() {
        List<double[][]> b = new ArrayList<>();
        for (double t : preset.temperatures()) {
            Correlations c = pooled(t, true, 0);
            b.add(new double[][] {constant(c.t().length, t), c.t(), c.p()});
        }
        return stack("fig1a_persistence", List.of("T", "t_sweeps", "P"), b);
    }

    /** Fig. 1(b): tau_alpha vs 1/T with (elastic = 1) and without (elastic = 0) elastic interactions, the exact
     * no-elastic value and the Arrhenius fit at T &lt;= 0.030. */
    public Table fig1b() {
        double[] te = preset.temperatures(), tn = preset.noElasticTemperatures();
        double[] tauE = q.tauElastic(preset.L(), te);
        double[] tauN = column(tn, t -> pooled(t, false, 0).tauAlpha());
        RelaxationLaws.Fit fe = EpmQClaims.arrheniusFit(new TemperatureSeries(q, preset.L(), te, true));
        LineFit fn = LineFit.arrhenius(tn, tauN);
        int n = te.length + tn.length;
        double[] T = new double[n], tau = new double[n], el = new double[n], exact = new double[n], fit = new double[n];
        for (int i = 0; i < te.length; i++) { T[i] = te[i]; tau[i] = tauE[i]; el[i] = 1; exact[i] = Double.NaN; fit[i] = Math.exp(fe.at(1 / te[i])); }
        for (int i = 0; i < tn.length; i++) {
            int j = te.length + i;
            T[j] = tn[i]; tau[j] = tauN[i]; el[j] = 0; exact[j] = NoElasticExact.tauAlpha(tn[i]); fit[j] = Math.exp(fn.at(1 / tn[i]));
        }
        double[] se = new double[n];
        TemperatureSeries s = new TemperatureSeries(q, preset.L(), te, true);
        for (int i = 0; i < n; i++) se[i] = i < te.length ? s.lnTauSe[i] : Double.NaN;
        return Tables.of("fig1b_tau_alpha", "T", T, "1/T", inverse(T), "elastic", el, "tau_alpha_sweeps", tau,
            "se_ln_tau_alpha", se, "tau_alpha_exact_no_elastic_sweeps", exact, "tau_alpha_arrhenius_fit_sweeps", fit);
    }

    /** The persistence map of a run at one of its recorded lags. */
    private static Table map(String name, EpmRun.Result r, int index) {
        int L = r.config().L();
        int[] m = r.maps().get(index);
        double[] x = new double[m.length], y = new double[m.length], p = new double[m.length];
        for (int i = 0; i < m.length; i++) { x[i] = i / L; y[i] = i % L; p[i] = m[i]; }
        return Tables.of(name, "T", constant(m.length, r.config().temperature()), "t_sweeps", constant(m.length, r.mapLags()[index]),
            "x", x, "y", y, "p_i", p);
    }

    private EpmRun.Result mapRun(double t) {
        int L = preset.largeTemperatures().length > 0 && Arrays.stream(preset.largeTemperatures()).anyMatch(x -> Math.abs(x - t) < 1e-9)
            ? preset.largeL() : preset.L();
        return q.runs(L, t, true).stream().filter(r -> !r.maps().isEmpty()).findFirst()
            .orElseGet(() -> q.runs(preset.L(), t, true).stream().filter(r -> !r.maps().isEmpty()).findFirst().orElseThrow());
    }

    /** The index of the run's map with mean persistence closest to 1/2 (tau_alpha). */
    static int halfway(EpmRun.Result r) {
        int best = 0;
        double bestD = 2;
        for (int k = 0; k < r.maps().size(); k++) {
            double mean = Arrays.stream(r.maps().get(k)).average().orElse(0);
            if (Math.abs(mean - 0.5) < bestD) { bestD = Math.abs(mean - 0.5); best = k; }
        }
        return best;
    }

    /** Fig. 2: maps of p_i(tau_alpha) (the recorded lag with P closest to 1/2) at T = 0.040 and the lowest T; the paper
     * uses L = 128 (this scale: the largest L run at that T). Columns T, t, x, y, p_i (1 immobile, 0 mobile). */
    public Table fig2() {
        double[] ts = {0.04, q.lowestT()};
        Table out = null;
        for (double t : ts) {
            EpmRun.Result r = mapRun(t);
            Table m = map("fig2_maps", r, halfway(r));
            out = out == null ? m : out.append(m);
        }
        return out;
    }

    /** Fig. 3(a): chi_4(t) at every temperature. Columns T, t, chi4. */
    public Table fig3a() {
        List<double[][]> b = new ArrayList<>();
        for (double t : preset.temperatures()) {
            Correlations c = pooled(t, true, 0);
            b.add(new double[][] {constant(c.t().length, t), c.t(), c.chi4()});
        }
        return stack("fig3a_chi4", List.of("T", "t_sweeps", "chi4"), b);
    }

    /** Fig. 3(b): chi_4 peak vs tau_alpha with (elastic = 1) and without (0) elasticity. */
    public Table fig3b() {
        List<double[]> rows = new ArrayList<>();
        TemperatureSeries s = new TemperatureSeries(q, preset.L(), preset.temperatures(), true);
        for (int i = 0; i < s.T.length; i++) rows.add(new double[] {s.T[i], 1, s.tau[i], s.chi4[i], s.chi4Se[i]});
        for (double t : preset.noElasticTemperatures()) { Correlations c = pooled(t, false, 0); rows.add(new double[] {t, 0, c.tauAlpha(), c.chi4Peak(), Double.NaN}); }
        return rowsTable("fig3b_chi4_peak_vs_tau", List.of("T", "elastic", "tau_alpha_sweeps", "chi4_peak", "chi4_peak_se"), rows);
    }

    /** Fig. 4 temperatures (not stated in the paper; spec 002 section 2.6), those present in the scale. */
    double[] fig4Temperatures() {
        double[] want = {0.04, 0.025, 0.018, 0.013};
        return Arrays.stream(preset.temperatures()).filter(t -> Arrays.stream(want).anyMatch(w -> Math.abs(w - t) < 1e-9)
            || t == q.lowestT()).distinct().toArray();
    }

    /** Fig. 4: P(sigma) at several T, with the mean-field T -&gt; 0 curve for the paper's alpha = 0.110 and for the
     * kernel's measured alpha. Columns T, sigma, P_sigma, P_MF_paper_alpha, P_MF_measured_alpha. */
    public Table fig4() {
        double a = q.kernelAlpha(), sb = MeanFieldTheory.sigmaBar(a), sp = MeanFieldTheory.sigmaBar(KernelVariant.PAPER_ALPHA);
        double[] c = StressHistogram.centres();
        List<double[][]> b = new ArrayList<>();
        for (double t : fig4Temperatures()) {
            EpmRun.Result r = q.runs(preset.L(), t, true).get(0);
            b.add(new double[][] {constant(c.length, t), c, r.stressDensity(),
                column(c, s -> MeanFieldTheory.density(s, sp, KernelVariant.PAPER_ALPHA)),
                column(c, s -> MeanFieldTheory.density(s, sb, a))});
        }
        return stack("fig4_stress_distribution", List.of("T", "sigma", "P_sigma", "P_MF_paper_alpha", "P_MF_measured_alpha"), b);
    }

    /** Fig. 5: the kernel G'^psi_r for psi = 0, 0.3, pi/4, coordinates centred (-L/2..L/2-1). Columns psi, x, y, G. */
    public Table fig5() {
        int L = preset.L();
        double[] psis = {0, 0.3, Math.PI / 4};
        List<double[][]> b = new ArrayList<>();
        for (double psi : psis) {
            double[] g = EshelbyKernel.single(L, q.variant(), psi);
            double[] x = new double[L * L], y = new double[L * L], v = new double[L * L];
            int i = 0;
            for (int dx = -L / 2; dx < L / 2; dx++)
                for (int dy = -L / 2; dy < L / 2; dy++) {
                    x[i] = dx; y[i] = dy; v[i] = g[Math.floorMod(dx, L) * L + Math.floorMod(dy, L)]; i++;
                }
            b.add(new double[][] {constant(L * L, psi), x, y, v});
        }
        return stack("fig5_kernel", List.of("psi", "x", "y", "G"), b);
    }

    /** Fig. 6(a): &lt;P&gt;, C_s and C_p at T = 0.020 and the lowest T. Columns T, t, P, C_s, C_p. */
    public Table fig6a() {
        List<double[][]> b = new ArrayList<>();
        for (double t : new double[] {0.02, q.lowestT()}) {
            if (Arrays.stream(preset.temperatures()).noneMatch(x -> Math.abs(x - t) < 1e-9)) continue;
            Correlations c = pooled(t, true, 0);
            b.add(new double[][] {constant(c.t().length, t), c.t(), c.p(), c.cs(), c.cp()});
        }
        if (b.isEmpty()) { Correlations c = pooled(q.lowestT(), true, 0); b.add(new double[][] {constant(c.t().length, q.lowestT()), c.t(), c.p(), c.cs(), c.cp()}); }
        return stack("fig6a_correlations", List.of("T", "t_sweeps", "P", "C_s", "C_p"), b);
    }

    /** Fig. 6(b): tau_alpha from &lt;P&gt; = 1/2, C_s = 1/2, C_p = 1/2 and 1/&lt;Gamma&gt;. */
    public Table fig6b() {
        double[] ts = preset.temperatures();
        return Tables.of("fig6b_tau_definitions", "T", ts, "1/T", inverse(ts),
            "tau_P", column(ts, t -> pooled(t, true, 0).tauAlpha()),
            "tau_Cs", column(ts, t -> pooled(t, true, 0).tauStress()),
            "tau_Cp", column(ts, t -> pooled(t, true, 0).tauPlastic()),
            "inv_Gamma", column(ts, t -> 1 / pooled(t, true, 0).gamma()));
    }

    /** Fig. 7: chi_4 peak vs 1/T with the linear fit at T &lt;= 0.020. */
    public Table fig7() {
        double[] ts = preset.temperatures();
        double[] peak = column(ts, t -> pooled(t, true, 0).chi4Peak());
        TemperatureSeries s = new TemperatureSeries(q, preset.L(), ts, true);
        RelaxationLaws.Fit f = RelaxationLaws.line(inverse(ts), s.select(peak, 0, EpmQ.CHI4_FIT_TMAX), s.chi4Se);
        return Tables.of("fig7_chi4_peak", "T", ts, "1/T", inverse(ts), "chi4_peak", peak, "chi4_peak_se", s.chi4Se,
            "chi4_peak_linear_fit", column(ts, t -> f.at(1 / t)));
    }

    /** Fig. 8: &lt;P&gt; and chi_4 in two consecutive windows at the lowest T (window 1 then 2). */
    public Table fig8() {
        List<double[][]> b = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Correlations c = pooled(q.lowestT(), true, w);
            b.add(new double[][] {constant(c.t().length, w + 1), c.t(), c.p(), c.chi4()});
        }
        return stack("fig8_stationarity", List.of("window", "t_sweeps", "P", "chi4"), b);
    }

    /** Fig. 9: tau_alpha and chi_4 peak for L = preset L and the larger L at the common temperatures. */
    public Table fig9() {
        List<double[]> rows = new ArrayList<>();
        for (double t : preset.largeTemperatures())
            for (int L : new int[] {preset.L(), preset.largeL()}) {
                if (q.runs(L, t, true).isEmpty()) continue;
                Correlations c = q.pooled(L, t, true, 0);
                rows.add(new double[] {L, t, 1 / t, c.tauAlpha(), c.chi4Peak()});
            }
        return rowsTable("fig9_finite_size", List.of("L", "T", "1/T", "tau_alpha_sweeps", "chi4_peak"), rows);
    }

    /** Fig. 10: persistence maps at the lowest T from one origin at the paper's lags 2048 ... 2e5 (those within the run). */
    public Table fig10() {
        EpmRun.Result r = mapRun(q.lowestT());
        Table out = null;
        for (int k = 0; k < r.mapLags().length; k++) {
            double lag = r.mapLags()[k];
            if (Arrays.stream(EpmQ.FIG10_LAGS).noneMatch(x -> x == lag)) continue;
            Table m = map("fig10_maps", r, k);
            out = out == null ? m : out.append(m);
        }
        return out != null ? out : map("fig10_maps", r, r.maps().size() - 1);
    }

    /** Fig. 11(a): the mean-field P(sigma) of SI Eq. 32 for alpha = 0.110 (sigma-bar = 0.749) and for the kernel's alpha. */
    public Table fig11a() {
        double[] s = new double[401];
        for (int i = 0; i < s.length; i++) s[i] = -1 + 2.0 * i / (s.length - 1);
        double a = q.kernelAlpha();
        double sp = MeanFieldTheory.sigmaBar(KernelVariant.PAPER_ALPHA), sb = MeanFieldTheory.sigmaBar(a);
        return Tables.of("fig11a_mean_field_P", "sigma", s,
            "P_MF_paper_alpha", column(s, x -> MeanFieldTheory.density(x, sp, KernelVariant.PAPER_ALPHA)),
            "P_MF_measured_alpha", column(s, x -> MeanFieldTheory.density(x, sb, a)));
    }

    /** Fig. 11(b): alpha vs sigma-bar from SI Eq. 33. */
    public Table fig11b() {
        double[] s = new double[201];
        for (int i = 0; i < s.length; i++) s[i] = (double) i / (s.length - 1);
        return Tables.of("fig11b_alpha_vs_sigma_bar", "sigma_bar", s, "alpha", column(s, MeanFieldTheory::alpha));
    }

    /** Fig. 4 arrows: sigma-bar^act from the Arrhenius barrier (weighted fit, T &lt;= 0.030), the measured edge at the
     * lowest T and the mean-field sigma-bar for the kernel's alpha and for 0.110. */
    public Table fig4Markers() {
        TemperatureSeries s = new TemperatureSeries(q, preset.L(), preset.temperatures(), true);
        double eAct = EpmQClaims.arrheniusFit(s).slope();
        EpmRun.Result low = q.runs(preset.L(), q.lowestT(), true).get(0);
        double edge = StressHistogram.edge(StressHistogram.centres(), low.stressDensity(), EpmQ.EDGE_TAIL);
        return Tables.of("fig4_markers", "E_act", new double[] {eAct}, "sigma_bar_act", new double[] {MeanFieldTheory.sigmaFromBarrier(eAct)},
            "edge_lowest_T", new double[] {edge}, "sigma_bar_MF_kernel_alpha", new double[] {MeanFieldTheory.sigmaBar(q.kernelAlpha())},
            "sigma_bar_MF_paper_alpha", new double[] {MeanFieldTheory.sigmaBar(KernelVariant.PAPER_ALPHA)});
    }

    /** SI Fig. 11(b) points: the paper's KEP point (0.749, 0.110) and the kernel's (sigma-bar(alpha), alpha). */
    public Table fig11bPoints() {
        double a = q.kernelAlpha();
        return Tables.of("fig11b_points", "which", new double[] {0, 1}, "sigma_bar", new double[] {MeanFieldTheory.PAPER_SIGMA_BAR,
            MeanFieldTheory.sigmaBar(a)}, "alpha", new double[] {KernelVariant.PAPER_ALPHA, a});
    }

    /** Fig. 2's growing length ({@link DynamicLength}): one row per run with maps, at the preset L and the larger L. */
    public Table dynamicLength() {
        Table t = DynamicLength.table(preset.L(), q.dynamicLengthPoints(preset.L(), preset.temperatures()));
        List<DynamicLength.Point> large = q.dynamicLengthPoints(preset.largeL(), preset.largeTemperatures());
        return large.isEmpty() || preset.largeL() == preset.L() ? t : t.append(DynamicLength.table(preset.largeL(), large));
    }

    /** The barrier diagnostic's summary, with the lattice's E_{1/Gamma} and E_act (tau_alpha) as references. */
    public Table barrierMismatch() {
        TemperatureSeries s = new TemperatureSeries(q, preset.L(), preset.temperatures(), true);
        double[] e = EpmQClaims.latticeBarriers(s);
        return q.barrierMismatch().summary(e[1], e[0]);
    }

    /** One panel by its typed name. */
    public Table figure(EpmQFigure f) {
        return switch (f) {
            case FIG1A -> fig1a();
            case FIG1B -> fig1b();
            case FIG2 -> fig2();
            case FIG3A -> fig3a();
            case FIG3B -> fig3b();
            case FIG4 -> fig4();
            case FIG4_MARKERS -> fig4Markers();
            case FIG5 -> fig5();
            case FIG6A -> fig6a();
            case FIG6B -> fig6b();
            case FIG7 -> fig7();
            case FIG8 -> fig8();
            case FIG9 -> fig9();
            case FIG10 -> fig10();
            case FIG11A -> fig11a();
            case FIG11B -> fig11b();
            case FIG11B_POINTS -> fig11bPoints();
            case KERNEL_STUDY -> study.table(q);
            case DYNAMIC_LENGTH -> dynamicLength();
            case BARRIER_MISMATCH -> barrierMismatch();
            case BARRIER_MISMATCH_RATES -> q.barrierMismatch().rates();
            case RELAXATION_SHAPE -> RelaxationShape.table(q);
        };
    }

    /** All panels by file name (without .csv). */
    public Map<String, Table> all() {
        Map<String, Table> m = new LinkedHashMap<>();
        for (EpmQFigure f : EpmQFigure.values()) m.put(f.file(), figure(f));
        return m;
    }
}
