package glassdyn.papers.plasticity;

import glassdyn.indicators.Indicator;
import glassdyn.indicators.PlasticityScore;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The panels of paper 003 ({@link PlasticityFigure}) from the samples of {@link PlasticitySamples}. */
final class PlasticityFigures {
    private final Preset preset;
    private final PlasticitySamples samples;

    PlasticityFigures(Preset preset, PlasticitySamples samples) {
        this.preset = preset;
        this.samples = samples;
    }

    /** One panel. */
    Table table(PlasticityFigure f) {
        return switch (f) {
            case STRESS_STRAIN -> stressStrain();
            case FIRST_EVENT_STRAIN -> firstEventStrain();
            case STRESS_DROPS -> stressDrops();
            case CDF -> cdf();
            case C_MIN -> cMinTable();
            case SPEARMAN -> spearman();
            case C_MIN_VS_STABILITY -> cMinVsStability();
            case C_VS_EVENT -> cVsEvent();
            case C_DELTA_GAMMA -> cDeltaGamma();
            case C_GAMMA -> PlasticityPanels.cGamma(preset, cVsEvent());
            case THETA_HISTOGRAM -> PlasticityPanels.thetaHistogram(preset, samples);
            case PANEL_COSTS -> PlasticityPanels.panelCosts(preset, seconds());
            case DISSIPATION -> dissipation();
            case DTAU_HISTOGRAM -> dtauHistogram();
            case ONSETS -> onsets();
            case THETA_ELASTIC_BRANCH -> PlasticityPanels.thetaElasticBranch(samples);
            case CRITICAL_MODE_APPROACH -> PlasticityPanels.criticalModeApproach(preset, samples);
            case FIRST_EVENT_DETECTORS -> OnsetDetectors.perGlass(preset, samples);
            case FIRST_EVENT_DETECTOR_SCORES -> OnsetDetectors.scores(preset, samples, PlasticityIndicators.SEED);
            case SVM_ACCURACY -> svmTable();
            case MAPS -> maps();
            case INDICATOR_SECONDS -> seconds();
        };
    }

    /** 90% bootstrap interval of C_min over the glasses (the units), a fixed seed per indicator. */
    private static double[] ci(double[] rx, Indicator ind) { return ScoreIntervals.c(rx, PlasticityIndicators.SEED + ind.ordinal()); }

    private List<GlassRecord> scored(Protocol p) { return samples.scored(p); }

    private double[] firstEventRanks(Protocol p, Indicator ind) { return samples.firstEventRanks(p, ind); }

    Table stressStrain() {
        PanelRows t = new PanelRows("fig1ab_stress_strain", new String[] {"protocol"}, new String[] {"strain", "stress"});
        for (Protocol p : preset.protocols()) {
            GlassRecord r = samples.record(p, "test", 0);
            if (r == null || !r.has("curve.strain")) continue;
            double[] g = r.get("curve.strain"), s = r.get("curve.stress");
            for (int k = 0; k < g.length; k++) t.add(p.name(), g[k], s[k]);
        }
        return t.table;
    }

    Table firstEventStrain() {
        PanelRows t = new PanelRows("fig1c_first_event_strain", new String[] {"protocol"}, new String[] {"inv_T_ini", "gamma_min_mean", "gamma_min_sd", "G_mean", "samples"});
        for (Protocol p : preset.protocols()) {
            double[] g = scored(p).stream().mapToDouble(r -> r.scalar("gamma_x")).toArray();
            double[] mu = scored(p).stream().mapToDouble(r -> r.scalar("G")).toArray();
            t.add(p.name(), p.stability(), mean(g), sd(g), mean(mu), (double) g.length);
        }
        return t.table;
    }

    Table stressDrops() {
        PanelRows t = new PanelRows("fig1d_stress_drops", new String[] {"protocol"}, new String[] {"strain", "stress_drop"});
        for (Protocol p : preset.protocols())
            for (GlassRecord r : scored(p)) {
                if (!r.has("event.strain")) continue;
                double[] g = r.get("event.strain"), d = r.get("event.stress_drop");
                for (int k = 0; k < g.length; k++) t.add(p.name(), g[k], d[k]);
            }
        return t.table;
    }

    Table cdf() {
        PanelRows t = new PanelRows("fig3b_cdf", new String[] {"protocol", "indicator"}, new String[] {"one_minus_rx", "F"});
        double[] q = new double[51];
        for (int k = 0; k < q.length; k++) q[k] = k / 50.0;
        for (Protocol p : preset.protocols())
            for (Indicator ind : Indicator.values()) {
                double[] rx = firstEventRanks(p, ind);
                if (rx.length == 0) continue;
                double[] f = PlasticityScore.cdf(rx, q);
                for (int k = 0; k < q.length; k++) t.add(p.name(), ind.label, q[k], f[k]);
            }
        return t.table;
    }

    Table cMinTable() {
        PanelRows t = new PanelRows("fig4bcfg_cmin", new String[] {"protocol", "indicator", "family"}, new String[] {"order", "C_min", "C_min_error", "C_min_lo90", "C_min_hi90", "samples", "noise_floor"});
        for (Protocol p : preset.protocols())
            for (Indicator ind : Indicator.values()) {
                double[] rx = firstEventRanks(p, ind);
                if (rx.length == 0) continue;
                t.add(p.name(), ind.label, ind.family.name().toLowerCase(), (double) ind.ordinal(), PlasticityScore.score(rx), PlasticityScore.standardError(rx),
                    ci(rx, ind)[0], ci(rx, ind)[1], (double) rx.length, PlasticityScore.noiseFloor(rx.length));
            }
        return t.table;
    }

    Table spearman() {
        PanelRows t = new PanelRows("fig4a_spearman", new String[] {"protocol", "indicator_a", "indicator_b"}, new String[] {"C_s"});
        Indicator[] all = Indicator.values();
        for (Protocol p : preset.protocols()) {
            List<GlassRecord> s = scored(p);
            for (int a = 0; a < all.length; a++)
                for (int b = 0; b < all.length; b++) {
                    double sum = 0;
                    int cnt = 0;
                    for (GlassRecord r : s) {
                        double v = r.get("spearman")[a * all.length + b];
                        if (!Double.isNaN(v)) { sum += v; cnt++; }
                    }
                    if (cnt > 0) t.add(p.name(), all[a].label, all[b].label, sum / cnt);
                }
        }
        return t.table;
    }

    /** The Spearman matrix C_s of one protocol (rows and columns in {@link Indicator} order; NaN where a field is missing). */
    double[][] spearmanMatrix(String protocol) {
        Indicator[] all = Indicator.values();
        double[][] m = new double[all.length][all.length];
        for (double[] row : m) Arrays.fill(row, Double.NaN);
        Table t = spearman();
        Table tp = t.where(t.stringColumn("protocol").isEqualTo(protocol));
        for (int r = 0; r < tp.rowCount(); r++)
            m[Indicator.byLabel(tp.stringColumn("indicator_a").get(r)).ordinal()][Indicator.byLabel(tp.stringColumn("indicator_b").get(r)).ordinal()] = tp.doubleColumn("C_s").getDouble(r);
        return m;
    }

    Table cMinVsStability() {
        PanelRows t = new PanelRows("fig4de_cmin_vs_stability", new String[] {"protocol", "indicator"}, new String[] {"inv_T_ini", "C_min", "C_min_error"});
        for (Protocol p : preset.protocols())
            for (Indicator ind : PlasticityIndicators.STABILITY_INDICATORS) {
                double[] rx = firstEventRanks(p, ind);
                if (rx.length > 0) t.add(p.name(), ind.label, p.stability(), PlasticityScore.score(rx), PlasticityScore.standardError(rx));
            }
        return t.table;
    }

    Table cVsEvent() {
        PanelRows t = new PanelRows("fig4hj_c_vs_event", new String[] {"protocol", "indicator"}, new String[] {"event", "mean_strain", "C", "samples"});
        for (Protocol p : preset.protocols())
            for (Indicator ind : Indicator.values()) {
                List<double[]> rxs = new ArrayList<>(), gs = new ArrayList<>();
                for (GlassRecord r : scored(p))
                    if (r.has("rx_event." + ind.label)) { rxs.add(r.get("rx_event." + ind.label)); gs.add(r.get("event.strain")); }
                int maxE = rxs.stream().mapToInt(a -> a.length).max().orElse(0);
                for (int e = 0; e < maxE; e++) {
                    List<Double> v = new ArrayList<>();
                    double gsum = 0;
                    for (int s = 0; s < rxs.size(); s++) if (rxs.get(s).length > e) { v.add(rxs.get(s)[e]); gsum += gs.get(s)[e]; }
                    t.add(p.name(), ind.label, (double) (e + 1), gsum / v.size(), PlasticityScore.score(v.stream().mapToDouble(Double::doubleValue).toArray()), (double) v.size());
                }
            }
        return t.table;
    }

    Table cDeltaGamma() {
        PanelRows t = new PanelRows("fig4ik_c_delta_gamma", new String[] {"protocol", "indicator"}, new String[] {"delta_gamma", "C", "events"});
        for (Protocol p : preset.protocols())
            for (Indicator ind : PlasticityIndicators.PATH_INDICATORS)
                for (int q = 0; q < PlasticityIndicators.DELTA_GAMMA.length; q++) {
                    List<Double> v = new ArrayList<>();
                    for (GlassRecord r : scored(p))
                        if (r.has("rxdg." + q + "." + ind.label)) for (double x : r.get("rxdg." + q + "." + ind.label)) v.add(x);
                    if (!v.isEmpty()) t.add(p.name(), ind.label, PlasticityIndicators.DELTA_GAMMA[q], PlasticityScore.score(v.stream().mapToDouble(Double::doubleValue).toArray()), (double) v.size());
                }
        return t.table;
    }

    /** Gamma(gamma): cumulative energy dissipated in events per unit area (spec 003 ambiguity 24), per path sample. */
    Table dissipation() {
        PanelRows t = new PanelRows("fig6d_dissipation", new String[] {"protocol"}, new String[] {"strain", "Gamma"});
        for (Protocol p : preset.protocols()) {
            GlassRecord r = samples.record(p, "test", 0);
            if (r == null || !r.has("event.strain")) continue;
            double[] g = r.get("event.strain"), de = r.get("event.energy_drop");
            double cum = 0, perArea = PathClaims.numberDensity(p);
            for (int k = 0; k < g.length; k++) { cum += de[k] * perArea; t.add(p.name(), g[k], cum); }
        }
        return t.table;
    }

    Table dtauHistogram() {
        PanelRows t = new PanelRows("fig8b_dtau_histogram", new String[] {"protocol"}, new String[] {"dtau_over_G", "density"});
        for (Protocol p : preset.protocols()) {
            List<Double> v = new ArrayList<>();
            for (GlassRecord r : scored(p)) if (r.has("dtau_over_G")) for (double x : r.get("dtau_over_G")) v.add(x);
            if (v.isEmpty()) continue;
            double lo = 1e-4, hi = 1;
            int bins = 24;
            double[] h = new double[bins];
            for (double x : v) {
                int b = (int) Math.floor(Math.log(x / lo) / Math.log(hi / lo) * bins);
                if (b >= 0 && b < bins) h[b]++;
            }
            for (int b = 0; b < bins; b++) {
                double x0 = lo * Math.pow(hi / lo, (double) b / bins), x1 = lo * Math.pow(hi / lo, (double) (b + 1) / bins);
                t.add(p.name(), Math.sqrt(x0 * x1), h[b] / (v.size() * (x1 - x0)));
            }
        }
        return t.table;
    }

    Table onsets() {
        PanelRows t = new PanelRows("fig11_onsets", new String[] {"protocol"}, new String[] {"sample", "gamma_x", "stress_drop", "lowest_eigenvalue", "participation_ratio"});
        for (Protocol p : preset.protocols()) {
            List<GlassRecord> s = scored(p);
            for (int k = 0; k < s.size(); k++)
                t.add(p.name(), (double) k, s.get(k).scalar("gamma_x"), s.get(k).scalar("stress_drop"), s.get(k).scalar("lambda"), s.get(k).scalar("participation"));
        }
        return t.table;
    }

    Table svmTable() {
        PanelRows t = new PanelRows("svm_accuracy", new String[] {"protocol"}, new String[] {"training_accuracy", "validation_accuracy", "paper_validation_accuracy", "training_size", "validation_size"});
        for (Protocol p : preset.protocols()) {
            double[] a = samples.svmAccuracy(p);
            if (a == null) continue;
            t.add(p.name(), a[0], a[1], PlasticityIndicators.PAPER_SVM_ACCURACY.getOrDefault(p.name(), Double.NaN), a[2], a[3]);
        }
        return t.table;
    }

    /** The particle maps of sample 0 of each protocol: positions, diameter, the locus, every field oriented (larger = softer). */
    Table maps() {
        PanelRows t;
        List<String> cols = new ArrayList<>(List.of("x", "y", "diameter", "locus"));
        for (Indicator ind : Indicator.values()) cols.add(ind.label);
        t = new PanelRows("maps", new String[] {"protocol"}, cols.toArray(String[]::new));
        for (Protocol p : preset.protocols()) {
            GlassRecord r = samples.record(p, "test", 0);
            if (r == null || !r.has("map.x")) continue;
            int locus = r.has("locus") ? (int) r.scalar("locus") : -1;
            double[] x = r.get("map.x");
            for (int i = 0; i < x.length; i++) {
                Object[] row = new Object[cols.size() + 1];
                row[0] = p.name();
                row[1] = x[i]; row[2] = r.get("map.y")[i]; row[3] = r.get("map.d")[i]; row[4] = i == locus ? 1.0 : 0.0;
                int c = 5;
                for (Indicator ind : Indicator.values()) row[c++] = r.has("map." + ind.label) ? r.get("map." + ind.label)[i] : Double.NaN;
                t.add(row);
            }
        }
        return t.table;
    }

    Table seconds() {
        PanelRows t = new PanelRows("indicator_seconds", new String[] {"indicator"}, new String[] {"n", "seconds_per_field", "fields"});
        for (Indicator ind : Indicator.values()) {
            List<Double> v = new ArrayList<>();
            for (Protocol p : preset.protocols()) for (GlassRecord r : scored(p)) if (r.has("sec." + ind.label)) v.add(r.scalar("sec." + ind.label));
            if (!v.isEmpty()) t.add(ind.label, (double) preset.n(), mean(v.stream().mapToDouble(Double::doubleValue).toArray()), (double) v.size());
        }
        return t.table;
    }

    static double mean(double[] v) { return v.length == 0 ? Double.NaN : Arrays.stream(v).average().orElse(Double.NaN); }

    static double sd(double[] v) {
        if (v.length < 2) return Double.NaN;
        double m = mean(v), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return Math.sqrt(s / (v.length - 1));
    }

}
