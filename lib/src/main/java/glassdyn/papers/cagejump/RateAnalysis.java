package glassdyn.papers.cagejump;

import glassdyn.analysis.ClusterLifeCycles;
import glassdyn.analysis.CageJumpRegions;
import glassdyn.analysis.ConvectiveClusters;
import glassdyn.analysis.ShearRecord;
import static glassdyn.papers.cagejump.PanelColumns.col;
import static glassdyn.papers.cagejump.PanelColumns.cols;

import glassdyn.particles.Configuration;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The figure data of one recorded (phi, rate) run of paper 000: the viscosity with its block averages (Fig. 1(a)) and,
 * at the cluster rates, the {@link ConvectiveClusters} aggregates (Figs. 2, 3(a-d)), the threshold sensitivity of the
 * delineation, the highlighted cluster ({@link ClusterSnapshots}), the pseudo-harmonic loci ({@link PseudoHarmonicLoci},
 * Fig. 4(a); only when asked, i.e. at phi = 45%), the cage-jump pair correlation (Eq. (1), Fig. 4(b-d)) and the shear-distorted g(r) (xi_LER, Fig. 3(c)).
 */
final class RateAnalysis {
    /**
     * Version of the cluster analysis: a stored rate analysed by another version is re-analysed from its saved run
     * record, or re-simulated from the previous rate's state when that is missing.
     */
    static final int VERSION = 11;
    /** Stress samples per block at least (short smoke runs sample more often than {@link CageJumpLer#STRESS_INTERVAL}). */
    public static final int MIN_SAMPLES_PER_BLOCK = 8;
    /** Blocks of the steady-state check (spec 000 section 4.3: block averages). */
    public static final int BLOCKS = 4;
    /**
     * Reference jumps of g_cj within +-2 frames of t1 (the paper's window is one frame, [t1 - Delta t/2, t1 + Delta t/2];
     * pooled over 5 like P_ext, spec 000 section 2.10, because a small cluster has few jumps per frame).
     */
    public static final int REFERENCE_HALF_WIDTH = 2;
    /**
     * Delineation thresholds (mean + k std of the jump density) of the sensitivity check of P_c, eta_c and xi_c,
     * besides the default k = 1 (spec 000 section 6, item 16: "test the sensitivity ... to the threshold").
     */
    public static final double[] SENSITIVITY_THRESHOLDS = {0.5, 0.0};
    /** Frames of the shear-distorted g(r): up to 200 of the recorded ones, evenly spaced (was 20: too noisy beyond 3 d_b). */
    public static final int PAIR_FRAMES = 200;

    private final CageJumpLer.Preset preset;
    private final int threads;
    private final boolean clusters;
    private final boolean modes;

    /**
     * {@code clusters}: run the cluster analysis (else only the viscosity); {@code modes}: with it the pseudo-harmonic
     * modes of {@link PseudoHarmonicLoci} (paper 000 Fig. 4(a) is at phi = 45% only).
     */
    RateAnalysis(CageJumpLer.Preset preset, int threads, boolean clusters, boolean modes) {
        this.preset = preset; this.threads = threads; this.clusters = clusters; this.modes = modes;
    }

    /** The figure data of one run (the final state is added by the caller). */
    RateData analyse(ShearRecord rec) {
        RateData d = new RateData();
        d.analysis = VERSION;
        d.phi = rec.phi; d.rate = rec.rate;
        viscosity(d, rec);
        if (!clusters) return d;
        ConvectiveClusters.Result r = ConvectiveClusters.analyse(rec);
        d.scalars.put("t_chi", r.tChi);
        d.scalars.put("jumps", (double) r.jumps);
        d.scalars.put("windows", (double) r.windows);
        d.panels.put("chi4", cols("t", r.chi4.doubleColumn("t").asDoubleArray(), "chi4", r.chi4.doubleColumn("chi4").asDoubleArray()));
        List<ConvectiveClusters.Cluster> done = r.clusters.stream().filter(ConvectiveClusters.Cluster::complete).toList();
        aggregates(d, rec, r, done);
        sensitivity(d, rec, r);
        d.panels.put("occupancy", cols("t", r.occupancyTime, "P_c", r.occupancy));
        double sigma = d.scalars.get("eta") * rec.rate;
        d.scalars.put("sigma", sigma);
        double ext = 0;
        for (double[] j : r.jumpRows) if (j[2] * j[3] > 0) ext++;
        d.scalars.put("P_ext_system", r.jumpRows.length > 0 ? ext / r.jumpRows.length : Double.NaN);
        d.panels.put("jump_clustering", JumpClustering.perWindow(rec, r));
        if (rec.smallCount() > 0) d.panels.put("small_particles", SmallParticleDelineation.perWindow(rec, r));
        d.panels.put("clusters", regionTable(r.clusters, r.tChi, sigma, rec.rate));
        d.panels.put("null_clusters", regionTable(r.nullClusters, r.tChi, sigma, rec.rate));
        d.panels.put("shuffled_clusters", regionTable(r.shuffledClusters, r.tChi, sigma, rec.rate));
        d.scalars.put("P_c_baseline", r.baselineOccupancy);
        // the highlighted cluster: the complete one with the most cage jumps (else the region with the most jumps)
        ConvectiveClusters.Cluster best = null;
        for (ConvectiveClusters.Cluster cl : done) if (best == null || cl.region.jumps() > best.region.jumps()) best = cl;
        if (best == null) for (ConvectiveClusters.Cluster cl : r.clusters) if (best == null || cl.region.jumps() > best.region.jumps()) best = cl;
        if (best != null) {
            ClusterSnapshots.highlight(d, r, best, rec);
            d.scalars.put("hl_complete", best.complete() ? 1.0 : 0.0);
            if (modes && rec.smallCount() > 0 && best.complete()) {
                List<ConvectiveClusters.Cluster> byJumps = new ArrayList<>(done);
                byJumps.sort((p, q) -> Integer.compare(q.region.jumps(), p.region.jumps()));
                byJumps.remove(best);
                byJumps.add(0, best);
                PseudoHarmonicLoci.pseudoHarmonicModes(d, byJumps, rec, preset.range(), threads);
            }
        }
        jumpPairs(d, rec, r, done);
        pairDistortion(d, rec);
        return d;
    }

    /**
     * One row per region (or null copy): volume, the paper's life cycle (complete, start ratio min(sigma_c before t2) /
     * sigma_c(t2), sigma_c,y / sigma, t_y / t_chi, P_ext and jumps on [t1, t3], R(t3)), the peak sigma_c(t2) / sigma of
     * every region, the baseline-relative
     * variant's (suffix {@code _baseline}, sensitivity study) and {@link #strainDrop}; the units of the intervals and of the nulls.
     */
    static Map<String, double[]> regionTable(List<ConvectiveClusters.Cluster> list, double tChi, double sigma, double rate) {
        int n = list.size();
        String[] names = {"volume", "jumps", "complete", "start_ratio", "sigma_cy_over_sigma", "t_y_over_t_chi", "P_ext", "jumps_t1_t3",
            "R_t3", "peak_over_sigma", "complete_baseline", "sigma_cy_over_sigma_baseline", "t_y_over_t_chi_baseline", "P_ext_baseline", "truncated",
            "gamma_drop"};
        double[][] v = new double[names.length][n];
        for (int q = 0; q < n; q++) {
            ConvectiveClusters.Cluster cl = list.get(q);
            ClusterLifeCycles.LifeCycle c = cl.cycle, b = cl.baselineCycle;
            v[0][q] = cl.region.volume(); v[1][q] = cl.region.jumps();
            v[2][q] = c.complete() ? 1 : 0; v[3][q] = c.startRatio();
            v[4][q] = c.complete() ? c.yield() / sigma : Double.NaN;
            v[5][q] = c.complete() ? (cl.t[c.k2()] - cl.t[c.k0()]) / tChi : Double.NaN;
            double[] pe = extensional(cl, c);
            v[6][q] = pe[0]; v[7][q] = pe[1];
            v[8][q] = c.complete() && cl.residentFraction != null && c.k3() < cl.residentFraction.length ? 1 - cl.residentFraction[c.k3()] : Double.NaN;
            v[9][q] = c.yield() / sigma;
            v[10][q] = b.complete() ? 1 : 0;
            v[11][q] = b.complete() ? b.yield() / sigma : Double.NaN;
            v[12][q] = b.complete() ? (cl.t[b.k2()] - cl.t[b.k0()]) / tChi : Double.NaN;
            v[13][q] = extensional(cl, b)[0];
            v[14][q] = cl.truncated ? 1 : 0;
            v[15][q] = strainDrop(cl, c, rate);
        }
        Map<String, double[]> m = new java.util.LinkedHashMap<>();
        for (int k = 0; k < names.length; k++) m.put(names[k], v[k]);
        return m;
    }

    /**
     * Paper 000 Fig. 2(a): gamma_c "drops" after t2. The strain given back from t2 to t3 in units of the affine strain
     * loaded from t0 to t2, (gamma_c(t2) - gamma_c(t3)) / (gamma_dot (t2 - t0)): positive when gamma_c falls although
     * the affine shear keeps adding gamma_dot (t3 - t2); NaN without the paper's life cycle or a strain.
     */
    static double strainDrop(ConvectiveClusters.Cluster cl, ClusterLifeCycles.LifeCycle c, double rate) {
        if (!c.complete() || cl.strain == null || c.k3() >= cl.strain.length) return Double.NaN;
        double loaded = rate * (cl.t[c.k2()] - cl.t[c.k0()]);
        double drop = cl.strain[c.k2()] - cl.strain[c.k3()];
        return loaded > 0 && Double.isFinite(drop) ? drop / loaded : Double.NaN;
    }

    /** P_ext and the jump count of one region on [t1, t3] of a life cycle (NaN when incomplete or without jumps). */
    static double[] extensional(ConvectiveClusters.Cluster cl, ClusterLifeCycles.LifeCycle c) {
        if (!c.complete()) return new double[] {Double.NaN, 0};
        double ext = 0, cnt = 0;
        for (int a = c.k1(); a <= c.k3(); a++) { ext += cl.ext[a]; cnt += cl.ncj[a]; }
        return new double[] {cnt > 0 ? ext / cnt : Double.NaN, cnt};
    }

    /**
     * eta = mean big-big stress / gamma_dot, its standard error from the stress correlation time and the
     * {@link StressSteadyState} diagnostic; {@link #BLOCKS} block averages for the figure.
     */
    static void viscosity(RateData d, ShearRecord rec) {
        double[] s = rec.stress;
        StressSteadyState.Result st = StressSteadyState.of(s);
        double[] block = new double[BLOCKS];
        int per = s.length / BLOCKS;
        for (int b = 0; b < BLOCKS; b++) { for (int q = b * per; q < (b + 1) * per; q++) block[b] += s[q] / per; }
        d.scalars.put("eta", st.mean() / rec.rate);
        d.scalars.put("eta_error", st.error() / rec.rate);
        d.scalars.put("steady", st.steady() ? 1.0 : 0.0);
        d.scalars.put("stress_tau_samples", st.tau());
        d.scalars.put("drift_over_error", st.drift() / st.driftError());
        double[] bi = new double[BLOCKS];
        for (int b = 0; b < BLOCKS; b++) { bi[b] = b + 1; block[b] /= rec.rate; }
        d.panels.put("blocks", cols("block", bi, "eta", block));
    }

    /** Averages over the complete life cycles: sigma_c,y, t_y, xi_c, gyration ratio, P_ext on [t1, t3], P_c and eta_c. */
    static void aggregates(RateData d, ShearRecord rec, ConvectiveClusters.Result r, List<ConvectiveClusters.Cluster> done) {
        double sy = 0, ty = 0, vol = 0, gyr = 0, gyrRef = 0, ext = 0, cnt = 0;
        int gyrN = 0;
        for (ConvectiveClusters.Cluster cl : done) {
            sy += cl.sigmaYield / done.size();
            ty += (cl.time(cl.f2) - cl.time(cl.f0)) / done.size();
            vol += cl.region.volume() / done.size();
            // footnote [58]: the shape at t0, the t_ref mask carried back by the affine shear
            double g0 = cl.region.gyrationRatioShearedBack(rec.rate * (cl.time(cl.refFrame) - cl.time(cl.f0)));
            if (Double.isFinite(g0) && Double.isFinite(cl.region.gyrationRatio())) { gyr += g0; gyrRef += cl.region.gyrationRatio(); gyrN++; }
            for (int f = cl.f1; f <= cl.f3; f++) { ext += cl.ext[f - cl.from]; cnt += cl.ncj[f - cl.from]; }
        }
        d.scalars.put("box_length", rec.box.lx());
        d.scalars.put("clusters", (double) r.clusters.size());
        d.scalars.put("complete_clusters", (double) done.size());
        d.scalars.put("sigma_cy", done.isEmpty() ? Double.NaN : sy);
        d.scalars.put("t_y", done.isEmpty() ? Double.NaN : ty);
        // xi_c from every delineated region (its volume at t_ref does not depend on the life-cycle detection)
        double allVol = r.clusters.stream().mapToDouble(cl -> cl.region.volume()).average().orElse(Double.NaN);
        d.scalars.put("xi_c", Math.cbrt(3 * allVol / (4 * Math.PI)));
        d.scalars.put("xi_c_complete", done.isEmpty() ? Double.NaN : Math.cbrt(3 * vol / (4 * Math.PI)));
        d.scalars.put("gyration_ratio", gyrN == 0 ? Double.NaN : gyr / gyrN);
        d.scalars.put("gyration_ratio_t_ref", gyrN == 0 ? Double.NaN : gyrRef / gyrN);
        d.scalars.put("P_ext_t1_t3", cnt > 0 ? ext / cnt : Double.NaN);
        d.scalars.put("jumps_t1_t3", cnt);
        double pc = Arrays.stream(r.occupancy).average().orElse(Double.NaN);
        d.scalars.put("P_c", pc);
        d.scalars.put("eta_c", pc * sy / (2 * rec.rate));
        d.scalars.put("covered_fraction", r.coveredFraction);
        d.scalars.put("P_c_t0_t3", Arrays.stream(r.occupancyToT3).average().orElse(Double.NaN));
        // sensitivity study: the baseline-relative life cycles (commit bc91e38), never the default
        List<ConvectiveClusters.Cluster> base = r.clusters.stream().filter(cl -> cl.baselineCycle.complete()).toList();
        double bsy = base.stream().mapToDouble(cl -> cl.baselineCycle.yield()).average().orElse(Double.NaN);
        d.scalars.put("complete_baseline", (double) base.size());
        d.scalars.put("sigma_cy_baseline", bsy);
        d.scalars.put("t_y_baseline", base.stream().mapToDouble(cl -> cl.t[cl.baselineCycle.k2()] - cl.t[cl.baselineCycle.k0()]).average().orElse(Double.NaN));
        d.scalars.put("eta_c_baseline", r.baselineOccupancy * bsy / (2 * rec.rate));
    }

    /** P_c, eta_c, xi_c and the covered fraction at the other delineation thresholds (the SM's rule is unavailable). */
    static void sensitivity(RateData d, ShearRecord rec, ConvectiveClusters.Result r) {
        for (double k : SENSITIVITY_THRESHOLDS) {
            ConvectiveClusters.Result alt = ConvectiveClusters.withRegions(rec, r, new CageJumpRegions(CageJumpRegions.GRID_SPACING,
                CageJumpRegions.KERNEL_WIDTH, k, CageJumpRegions.MIN_RADIUS, CageJumpRegions.MIN_JUMPS));
            List<ConvectiveClusters.Cluster> altDone = alt.clusters.stream().filter(ConvectiveClusters.Cluster::complete).toList();
            double asy = altDone.stream().mapToDouble(cl -> cl.sigmaYield).average().orElse(Double.NaN);
            double avol = alt.clusters.stream().mapToDouble(cl -> cl.region.volume()).average().orElse(Double.NaN);
            double apc = Arrays.stream(alt.occupancy).average().orElse(Double.NaN);
            String tag = "_k" + k;
            d.scalars.put("P_c" + tag, apc);
            d.scalars.put("eta_c" + tag, apc * asy / (2 * rec.rate));
            d.scalars.put("xi_c" + tag, Math.cbrt(3 * avol / (4 * Math.PI)));
            d.scalars.put("covered_fraction" + tag, alt.coveredFraction);
        }
    }

    /** Fig. 4(b-d): g_cj(r) and alpha(r) over the complete clusters, xi_alpha and the significant bins. */
    static void jumpPairs(RateData d, ShearRecord rec, ConvectiveClusters.Result r, List<ConvectiveClusters.Cluster> done) {
        List<double[]> shells = new ArrayList<>();
        Table gcj = jumpPairCorrelation(rec, r, done, shells);
        // per cluster: the additive moments of the shell r < NEAR_RANGE (the units of the rate-independence checks)
        Map<String, double[]> sh = new java.util.LinkedHashMap<>();
        for (int k = 0; k < CageJumpPairCorrelation.MOMENTS; k++) sh.put("m" + k, col(shells, k));
        d.panels.put("gcj_clusters", sh);
        d.scalars.put("xi_alpha", CageJumpPairCorrelation.truncationRadius(gcj));
        d.scalars.put("alpha_significant_bins", (double) CageJumpPairCorrelation.significantBins(gcj));
        d.panels.put("gcj", cols("r", gcj.doubleColumn("r").asDoubleArray(), "g_cj", gcj.doubleColumn("g_cj").asDoubleArray(),
            "alpha", gcj.doubleColumn("alpha").asDoubleArray(), "alpha_noise", gcj.doubleColumn("alpha_noise").asDoubleArray(),
            "pairs", gcj.doubleColumn("pairs").asDoubleArray()));
    }

    /** Fig. 3(c): the shear-distorted g(r) of the big particles over up to {@link #PAIR_FRAMES} frames, gamma_LER and xi_LER. */
    static void pairDistortion(RateData d, ShearRecord rec) {
        double rmax = 0.44 * rec.box.lx(); // within half the narrowest width of a tilted cell (CellGrid); no fixed cap (review 000, finding 6)
        ShearDistortedPairs g = new ShearDistortedPairs(rmax, (int) Math.round(rmax / 0.05));
        int every = Math.max(1, rec.frames() / PAIR_FRAMES);
        for (int k = 0; k < rec.frames(); k += every) {
            Configuration c = new Configuration(rec.bigCount, rec.boxAt(k));
            for (int i = 0; i < rec.bigCount; i++) { c.x[i] = rec.x[k][i]; c.y[i] = rec.y[k][i]; c.z[i] = rec.z[k][i]; }
            g.add(c);
        }
        Table gt = g.table();
        d.scalars.put("gamma_ler", ShearDistortedPairs.strain(gt));
        d.scalars.put("xi_ler", ShearDistortedPairs.lerSize(gt));
        d.scalars.put("ler_edge_ratio", ShearDistortedPairs.edgeRatio(gt));
        d.scalars.put("ler_rmax", rmax);
        d.panels.put("gr", cols("r", gt.doubleColumn("r").asDoubleArray(), "g0", gt.doubleColumn("g0").asDoubleArray(),
            "g_xy", gt.doubleColumn("g_xy").asDoubleArray(), "g_xy_affine", gt.doubleColumn("g_xy_affine").asDoubleArray()));
    }

    /**
     * Paper 000 Eq. (1): reference jumps inside each complete cluster within {@link #REFERENCE_HALF_WIDTH} frames of
     * its t1, target jumps anywhere in the box during [t1, t2], all mapped affinely to t1; pooled over clusters. Each
     * cluster's share of the shell r &lt; {@link CageJumpPairCorrelation#NEAR_RANGE} is added to {@code shells}.
     */
    static Table jumpPairCorrelation(ShearRecord rec, ConvectiveClusters.Result r, List<ConvectiveClusters.Cluster> done,
                                     List<double[]> shells) {
        double y0 = rec.box.ylo() + 0.5 * rec.box.ly();
        CageJumpPairCorrelation g = new CageJumpPairCorrelation(0.44 * rec.box.lx(), CageJumpPairCorrelation.BIN);
        for (ConvectiveClusters.Cluster cl : done) {
            double t1 = rec.time[cl.f1], tRef = rec.time[cl.refFrame];
            List<double[]> ref = new ArrayList<>(), tgt = new ArrayList<>();
            for (double[] j : cl.jumps)
                if (Math.abs(j[0] - cl.f1) <= REFERENCE_HALF_WIDTH)
                    ref.add(new double[] {j[4] - rec.rate * (tRef - t1) * (j[5] - y0), j[5], j[6]});
            for (double[] j : r.jumpRows) {
                int f = (int) j[0];
                if (f < cl.f1 || f > cl.f2) continue;
                tgt.add(new double[] {j[5] - rec.rate * (rec.time[f] - t1) * (j[6] - y0), j[6], j[7]});
            }
            if (ref.isEmpty() || tgt.isEmpty()) continue;
            double[] before = g.nearMoments(CageJumpPairCorrelation.NEAR_RANGE);
            g.add(rec.boxAt(cl.f1), col(ref, 0), col(ref, 1), col(ref, 2), col(tgt, 0), col(tgt, 1), col(tgt, 2));
            double[] after = g.nearMoments(CageJumpPairCorrelation.NEAR_RANGE);
            for (int k = 0; k < after.length; k++) after[k] -= before[k];
            shells.add(after);
        }
        return g.table();
    }
}
