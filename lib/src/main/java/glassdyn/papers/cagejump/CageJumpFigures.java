package glassdyn.papers.cagejump;

import glassdyn.analysis.CageJumpRegions;
import glassdyn.analysis.ClusterNulls;
import static glassdyn.papers.cagejump.CageJumpLer.PHIS;
import static glassdyn.papers.cagejump.PanelColumns.col;

import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figure tables of paper 000 (Figs. 1-4) from the stored per-rate data of the {@link ShearChains}. The tables of
 * the cluster analysis (Figs. 1(b) clustering, 2 region life cycles, 3, 4(b-d)) carry a {@code phi} column with every
 * (phi, cluster rate) of the preset; the highlighted cluster (Figs. 1(b,c), 2, 4(a)) is at phi = 45%, as in the paper.
 */
public final class CageJumpFigures {
    private final CageJumpLer.Preset preset;
    private final ShearChains chains;

    CageJumpFigures(CageJumpLer.Preset preset, ShearChains chains) { this.preset = preset; this.chains = chains; }

    private static Table table(String name, Map<String, double[]> p, Object... extra) {
        List<Object> a = new ArrayList<>(Arrays.asList(extra));
        for (Map.Entry<String, double[]> e : p.entrySet()) { a.add(e.getKey()); a.add(e.getValue()); }
        return Tables.of(name, a.toArray());
    }

    /** The analysed rate closest to gamma_dot tau_0 = 3 at phi = 45% (the paper's Fig. 1(b), 2, 3(a) condition). */
    double highlightRate() { return highlightRate(PHIS[0]); }

    /** The cluster rate of {@code phi} closest to gamma_dot tau_0 = 3 (NaN when that phi has none). */
    double highlightRate(double phi) {
        double best = Double.NaN;
        for (double r : preset.clusterRates(phi)) if (!(Math.abs(Math.log(r / 3)) >= Math.abs(Math.log(best / 3)))) best = r;
        return best;
    }

    /** The (phi, rate) pairs with the cluster analysis, phi = 45% first, each phi's rates in preset order. */
    List<double[]> clusterConditions() {
        List<double[]> c = new ArrayList<>();
        for (double phi : PHIS) for (double r : preset.clusterRates(phi)) c.add(new double[] {phi, r});
        return c;
    }

    /** Fig. 1(a): eta (big-big part) vs gamma_dot at both phi, with the block-average steady flag. */
    public Table flowCurve() {
        List<double[]> rows = new ArrayList<>();
        for (double phi : PHIS)
            for (double r : preset.rates()) {
                RateData d = chains.at(phi, r);
                rows.add(new double[] {phi, r, d.scalars.get("eta"), d.scalars.get("eta_error"), d.scalars.get("steady")});
            }
        return Tables.of("Fig. 1(a): viscosity", "phi", col(rows, 0), "gamma_dot_tau0", col(rows, 1), "eta_kT_tau0_per_db3", col(rows, 2),
            "eta_error", col(rows, 3), "steady", col(rows, 4));
    }

    /** Block averages of eta per (phi, rate): the steady-state check. */
    public Table blocks() {
        List<double[]> rows = new ArrayList<>();
        for (double phi : PHIS)
            for (double r : preset.rates()) {
                Map<String, double[]> p = chains.at(phi, r).panels.get("blocks");
                for (int b = 0; b < p.get("block").length; b++) rows.add(new double[] {phi, r, p.get("block")[b], p.get("eta")[b]});
            }
        return Tables.of("eta block averages", "phi", col(rows, 0), "gamma_dot_tau0", col(rows, 1), "block", col(rows, 2), "eta", col(rows, 3));
    }

    /** chi_4(t) at every (phi, cluster rate) (t in tau_0). */
    public Table chi4() {
        List<double[]> rows = new ArrayList<>();
        for (double[] c : clusterConditions()) {
            Map<String, double[]> p = chains.at(c[0], c[1]).panels.get("chi4");
            for (int k = 0; k < p.get("t").length; k++) rows.add(new double[] {c[0], c[1], p.get("t")[k], p.get("chi4")[k]});
        }
        return Tables.of("chi_4", "phi", col(rows, 0), "gamma_dot_tau0", col(rows, 1), "t_tau0", col(rows, 2), "chi4", col(rows, 3));
    }

    /** The scalars of {@link #clusterSummary()}, in column order (units in {@link #clusterSummary()}'s javadoc). */
    static final String[] SUMMARY_KEYS = {"eta", "eta_c", "P_c", "sigma_cy", "xi_c", "xi_ler", "xi_alpha", "gamma_ler", "t_y", "t_chi", "P_ext_t1_t3",
        "gyration_ratio", "clusters", "complete_clusters", "jumps", "covered_fraction", "P_c_t0_t3", "P_c_k0.5", "eta_c_k0.5", "xi_c_k0.5",
        "covered_fraction_k0.5", "P_c_k0.0", "eta_c_k0.0", "xi_c_k0.0", "covered_fraction_k0.0", "ler_edge_ratio", "ler_rmax",
        "alpha_significant_bins", "box_length", "gyration_ratio_t_ref", "P_c_baseline", "sigma", "stress_tau_samples", "drift_over_error",
        "complete_baseline", "sigma_cy_baseline", "t_y_baseline", "eta_c_baseline", "xi_c_complete", "P_ext_system"};

    /**
     * Per-(phi, rate) cluster summary (Fig. 3(b-d), 4(d)), one row per (phi, cluster rate): eta and eta_c
     * (k_B T tau_0 / d_b^3), P_c, sigma_c,y (k_B T / d_b^3), xi_c, xi_LER, xi_alpha (d_b), t_y, t_chi (tau_0) and the
     * diagnostics of {@link #SUMMARY_KEYS}; eta's 90% interval; power-law fits y = A gamma_dot^(-x) over the rates of
     * each phi ({@code _fit}: the fitted curve, {@code _exponent}: x).
     */
    public Table clusterSummary() {
        List<double[]> conds = clusterConditions();
        int n = conds.size();
        double[] phi = new double[n], rate = new double[n];
        for (int q = 0; q < n; q++) { phi[q] = conds.get(q)[0]; rate[q] = conds.get(q)[1]; }
        List<Object> a = new ArrayList<>(List.of("phi", phi, "gamma_dot_tau0", rate.clone()));
        Map<String, double[]> byKey = new LinkedHashMap<>();
        for (String k : SUMMARY_KEYS) {
            double[] v = new double[n];
            for (int q = 0; q < n; q++) v[q] = chains.at(phi[q], rate[q]).scalars.getOrDefault(k, Double.NaN);
            a.add(k); a.add(v);
            byKey.put(k, v);
        }
        double[] err = new double[n], lo = new double[n], hi = new double[n];
        for (int q = 0; q < n; q++) {
            err[q] = chains.at(phi[q], rate[q]).scalars.getOrDefault("eta_error", Double.NaN);
            lo[q] = byKey.get("eta")[q] - 1.645 * err[q]; hi[q] = byKey.get("eta")[q] + 1.645 * err[q];
        }
        a.add("eta_error"); a.add(err); a.add("eta_lo90"); a.add(lo); a.add("eta_hi90"); a.add(hi);
        // power-law fits y = A gamma_dot^(-x) over the rates of each phi (Fig. 3(b-d)): the fitted curve and its exponent x
        for (String k : new String[] {"eta", "eta_c", "xi_c", "xi_alpha", "t_y", "t_chi"}) {
            double[] fit = new double[n], ex = new double[n];
            for (double ph : PHIS) {
                double[] at = preset.clusterRates(ph), y = new double[at.length];
                int first = -1;
                for (int q = 0; q < n; q++) if (phi[q] == ph) { if (first < 0) first = q; y[q - first] = byKey.get(k)[q]; }
                if (first < 0) continue;
                glassdyn.stats.LineFit f = CageJumpClaims.powerLaw(at, y);
                for (int q = first; q < first + at.length; q++) {
                    fit[q] = f.points() >= 2 ? Math.exp(f.at(Math.log(rate[q]))) : Double.NaN;
                    ex[q] = f.points() >= 2 ? -f.slope() : Double.NaN;
                }
            }
            a.add(k + "_fit"); a.add(fit); a.add(k + "_exponent"); a.add(ex);
        }
        return Tables.of("Fig. 3: cluster summary per (phi, rate)", a.toArray());
    }

    /** One stored panel of the highlighted cluster at the rate nearest 3 (empty table when there was no region). */
    private Table highlighted(String panel) {
        RateData d = chains.at(PHIS[0], highlightRate());
        Map<String, double[]> p = d.panels.get(panel);
        if (p == null) return Tables.of(panel + " (no region at this scale)", "t", new double[0]);
        return table(panel + ", gamma_dot tau0 = " + highlightRate(), p);
    }

    /** The table of one figure. */
    public Table table(CageJumpFigure f) {
        return switch (f) {
            case FLOW_CURVE -> flowCurve();
            case ETA_BLOCKS -> blocks();
            case CAGE_JUMPS -> highlighted("fig1b_jumps");
            case CLUSTER_MASK -> withBoundary(highlighted("fig1b_mask"));
            case JUMP_CLUSTERING -> perRate("jump_clustering", "Fig. 1(b): jump clustering against random big particles and time-shuffled jumps");
            case SMALL_PARTICLES -> perRate("small_particles", "p. 1 / SM: delineation with the small particles' jumps (Jaccard overlap per window)");
            case TRACEBACK -> highlighted("fig1c_traceback");
            case CLUSTER_LIFE -> highlighted("cluster_series");
            case CLUSTER_JUMPS -> highlighted("fig2_jumps");
            case REGION_LIFE_CYCLES -> regionLifeCycles();
            case OCCUPANCY -> occupancy();
            case CLUSTER_SUMMARY -> clusterSummary();
            case PAIR_DISTORTION -> pairDistortion();
            case CHI4 -> chi4();
            case PHM_MODES -> highlighted("fig4a_modes");
            case PHM_SPOTS -> highlighted("fig4a_spots");
            case JUMP_PAIR_CORRELATION -> jumpCorrelation();
        };
    }

    /**
     * The Fig. 1(b) mask with a {@code boundary} column: 1 for a voxel of the slab with a missing in-plane neighbour (one
     * grid spacing away in x or y), the outline drawn instead of the filled voxels.
     */
    static Table withBoundary(Table mask) {
        if (!mask.columnNames().contains("x")) return mask;
        double[] x = mask.doubleColumn("x").asDoubleArray(), y = mask.doubleColumn("y").asDoubleArray();
        double g = CageJumpRegions.GRID_SPACING;
        java.util.Set<Long> in = new java.util.HashSet<>();
        for (int i = 0; i < x.length; i++) in.add(key(x[i], y[i], g));
        double[] edge = new double[x.length];
        for (int i = 0; i < x.length; i++)
            edge[i] = in.contains(key(x[i] + g, y[i], g)) && in.contains(key(x[i] - g, y[i], g)) && in.contains(key(x[i], y[i] + g, g))
                && in.contains(key(x[i], y[i] - g, g)) ? 0 : 1;
        return mask.copy().addColumns(tech.tablesaw.api.DoubleColumn.create("boundary", edge));
    }

    private static long key(double x, double y, double g) { return Math.round(x / g) * 1_000_003L + Math.round(y / g); }

    /** One stored panel of every (phi, cluster rate), stacked with phi and gamma_dot_tau0 columns. */
    private Table perRate(String panel, String title) {
        List<Object> a = new ArrayList<>();
        Map<String, List<Double>> cols = new LinkedHashMap<>();
        cols.put("phi", new ArrayList<>());
        cols.put("gamma_dot_tau0", new ArrayList<>());
        for (double[] c : clusterConditions()) {
            Map<String, double[]> p = chains.at(c[0], c[1]).panels.get(panel);
            if (p == null || p.isEmpty()) continue;
            int n = p.values().iterator().next().length;
            for (int k = 0; k < n; k++) { cols.get("phi").add(c[0]); cols.get("gamma_dot_tau0").add(c[1]); }
            for (Map.Entry<String, double[]> e : p.entrySet())
                for (double v : e.getValue()) cols.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<String, List<Double>> e : cols.entrySet()) {
            a.add(e.getKey()); a.add(e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return Tables.of(title, a.toArray());
    }

    /**
     * Per-region life cycles at every (phi, cluster rate): the detected regions ({@code null_kind} 0), their random copies of
     * the same shape, volume and window ({@code null_kind} 1, also {@code random_region} 1) and the regions of the
     * time-shuffled jumps ({@code null_kind} 2, {@link ClusterNulls}), columns of {@link RateAnalysis#regionTable}.
     */
    public Table regionLifeCycles() {
        List<Object> a = new ArrayList<>();
        Map<String, List<Double>> cols = new LinkedHashMap<>();
        cols.put("phi", new ArrayList<>());
        cols.put("gamma_dot_tau0", new ArrayList<>());
        cols.put("random_region", new ArrayList<>());
        cols.put("null_kind", new ArrayList<>());
        String[] kinds = {"clusters", "null_clusters", "shuffled_clusters"};
        for (double[] c : clusterConditions())
            for (int q = 0; q < kinds.length; q++) {
                String kind = kinds[q];
                double nk = q;
                Map<String, double[]> p = chains.at(c[0], c[1]).panels.get(kind);
                if (p == null) continue;
                int n = p.get("volume").length;
                for (int k = 0; k < n; k++) { cols.get("phi").add(c[0]); cols.get("gamma_dot_tau0").add(c[1]); cols.get("random_region").add(nk == 1 ? 1.0 : 0.0); cols.get("null_kind").add(nk); }
                for (Map.Entry<String, double[]> e : p.entrySet())
                    for (double v : e.getValue()) cols.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(v);
            }
        for (Map.Entry<String, List<Double>> e : cols.entrySet()) {
            a.add(e.getKey()); a.add(e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return Tables.of("Fig. 2-3: life cycles of the regions, of random regions and of time-shuffled-jump regions", a.toArray());
    }

    /**
     * Fig. 4(a): the free particles of the highlighted cluster isolated at t0 (positions relative to its convected
     * centroid, inherent structure) with {@code phm_weight}, the largest weight |z_i|^2 a particle has in the
     * {@link PseudoHarmonicLoci#PHM_LOCI} softest pseudo-harmonic modes (empty when the modes were not computed).
     */
    public Table phmMap() {
        Map<String, double[]> p = chains.at(PHIS[0], highlightRate()).panels.get("fig4a_modes");
        if (p == null) return Tables.of("Fig. 4(a): no isolated cluster at this scale", "dx", new double[0], "dy", new double[0],
            "dz", new double[0], "type", new double[0], "phm_weight", new double[0]);
        double[] mode = p.get("mode");
        int loci = (int) Arrays.stream(mode).max().orElse(0) + 1, nf = mode.length / loci;
        double[] w = new double[nf];
        for (int r = 0; r < mode.length; r++) w[r % nf] = Math.max(w[r % nf], p.get("weight")[r]);
        return Tables.of("Fig. 4(a): PHM weight of the isolated cluster at t0, gamma_dot tau0 = " + highlightRate(),
            "dx", Arrays.copyOf(p.get("dx"), nf), "dy", Arrays.copyOf(p.get("dy"), nf), "dz", Arrays.copyOf(p.get("dz"), nf),
            "type", Arrays.copyOf(p.get("type"), nf), "phm_weight", w);
    }

    /** The {@link PseudoHarmonicLoci#PHM_LOCI} softest modes of {@link #phmMap()}: stiffness and participation ratio (empty when not computed). */
    public Table phmModes() {
        Map<String, double[]> p = chains.at(PHIS[0], highlightRate()).panels.get("fig4a_modes");
        double[] mode = p == null ? new double[0] : p.get("mode");
        int loci = (int) Arrays.stream(mode).max().orElse(-1) + 1, nf = loci == 0 ? 0 : mode.length / loci;
        double[] m = new double[loci], k = new double[loci], pr = new double[loci];
        for (int q = 0; q < loci; q++) { m[q] = q; k[q] = p.get("kappa_kT_per_db2")[q * nf]; pr[q] = p.get("participation")[q * nf]; }
        return Tables.of("Fig. 4(a): softest pseudo-harmonic modes", "mode", m, "kappa_kT_per_db2", k, "participation", pr);
    }

    /** Scalars of the highlighted cluster (t0..t3, t_ref, volume, yield stress). */
    public Map<String, Double> highlightedMoments() {
        Map<String, Double> m = new LinkedHashMap<>();
        chains.at(PHIS[0], highlightRate()).scalars.forEach((k, v) -> { if (k.startsWith("hl_")) m.put(k.substring(3), v); });
        return m;
    }

    /** The shear-distorted g(r) at every (phi, cluster rate). */
    public Table pairDistortion() {
        List<double[]> rows = new ArrayList<>();
        for (double[] c : clusterConditions()) {
            Map<String, double[]> p = chains.at(c[0], c[1]).panels.get("gr");
            for (int k = 0; k < p.get("r").length; k++)
                rows.add(new double[] {c[0], c[1], p.get("r")[k], p.get("g0")[k], p.get("g_xy")[k], p.get("g_xy_affine")[k]});
        }
        return Tables.of("Fig. 3(c): shear-distorted g(r)", "phi", col(rows, 0), "gamma_dot_tau0", col(rows, 1), "r_db", col(rows, 2),
            "g0", col(rows, 3), "g_xy", col(rows, 4), "g_xy_affine", col(rows, 5));
    }

    /**
     * g_cj(r) and alpha(r) at every (phi, cluster rate) (Fig. 4(b, c); the paper shows phi = 45%, the 42.5% rows are
     * this reproduction's).
     */
    public Table jumpCorrelation() {
        List<double[]> rows = new ArrayList<>();
        for (double[] c : clusterConditions()) {
            Map<String, double[]> p = chains.at(c[0], c[1]).panels.get("gcj");
            if (p == null) continue;
            for (int k = 0; k < p.get("r").length; k++)
                rows.add(new double[] {c[0], c[1], p.get("r")[k], p.get("g_cj")[k], p.get("alpha")[k], p.get("alpha_noise")[k], p.get("pairs")[k]});
        }
        return Tables.of("Fig. 4(b,c): cage-jump pair correlation", "phi", col(rows, 0), "gamma_dot_tau0", col(rows, 1), "r_db", col(rows, 2),
            "g_cj", col(rows, 3), "alpha", col(rows, 4), "alpha_noise", col(rows, 5), "pairs", col(rows, 6), "alpha_significance",
            java.util.Arrays.stream(col(rows, 5)).map(v -> CageJumpPairCorrelation.SIGNIFICANCE * v).toArray());
    }

    /**
     * P_c(t) at each phi's cluster rate nearest gamma_dot tau_0 = 3 (Fig. 3(a); the paper shows phi = 45%), with phi
     * and gamma_dot_tau0 columns.
     */
    public Table occupancy() {
        List<double[]> rows = new ArrayList<>();
        for (double phi : PHIS) {
            double r = highlightRate(phi);
            if (!Double.isFinite(r)) continue;
            Map<String, double[]> p = chains.at(phi, r).panels.get("occupancy");
            for (int k = 0; k < p.get("t").length; k++) rows.add(new double[] {phi, r, p.get("t")[k], p.get("P_c")[k]});
        }
        return Tables.of("Fig. 3(a): P_c(t) at the rate nearest gamma_dot tau0 = 3", "phi", col(rows, 0), "gamma_dot_tau0", col(rows, 1),
            "t_tau0", col(rows, 2), "P_c", col(rows, 3));
    }

    /** Every figure table by file name, in {@link CageJumpFigure} order. */
    public Map<String, Table> figures() {
        Map<String, Table> m = new LinkedHashMap<>();
        for (CageJumpFigure f : CageJumpFigure.values()) m.put(f.file(), table(f));
        return m;
    }
}
