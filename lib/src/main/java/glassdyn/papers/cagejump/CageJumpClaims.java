package glassdyn.papers.cagejump;

import glassdyn.analysis.ClusterLifeCycles;
import glassdyn.analysis.ClusterNulls;
import glassdyn.analysis.ConvectiveClusters;
import static glassdyn.papers.Reports.round;
import static glassdyn.papers.cagejump.CageJumpLer.PHIS;

import glassdyn.claims.Claim;
import glassdyn.claims.Verdict;
import glassdyn.papers.Reports;
import glassdyn.stats.Bootstrap;
import glassdyn.stats.LineFit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The checks of paper 000's claims as typed {@link Claim}s, one method per claim, from the stored per-rate data of
 * the {@link ShearChains}; the decision rules are the pure functions of {@link CageJumpRules}. The cluster checks use
 * phi = 45%, the volume fraction the paper names for Figs. 1(b), 2, 3(a) and 4(a-c); the paper's one statement that
 * spans both volume fractions in Figs. 3-4, xi_c = 0.8 xi_LER "for all conditions", is tested at each phi
 * ({@link #xiCOverXiLer}). The paper orders neither P_c nor xi_c between the two phi, so no such check exists. The independent units of
 * the intervals are the detected regions (clusters, pooled over the cluster rates), the t_chi windows, the rates (for
 * fitted exponents; regions whose traceback the start of the run cut are left out) or, for P_c(t), blocks of one t_chi; every
 * "clusters are special" claim is compared with two nulls ({@link ClusterNulls}): random regions of the same shape, volume
 * and window ({@link ConvectiveClusters#NULL_COPIES} per region) and regions of time-shuffled jumps.
 */
public final class CageJumpClaims {
    /** Paper 000 Fig. 3(a): P_c-bar = 78% at phi = 45%, gamma_dot tau_0 = 3. */
    public static final double PAPER_PC = 0.78;
    /** Paper 000 Fig. 3(c): xi_c = 0.8 xi_LER; Fig. 4(d): xi_alpha = 0.8 xi_c. */
    public static final double PAPER_RATIO = 0.8;
    /** eta_c matches eta "nicely" (Fig. 3(b)); within a factor of 2 here (the paper gives no number). */
    public static final double ETA_C_FACTOR = 2;
    /** P_c-bar within 20 points of 78%. */
    public static final double PC_TOLERANCE = 0.2;
    /** A cluster size can be measured when the box spans at least 2.5 cluster diameters (spec 000 section 4.4). */
    public static final double MIN_BOX_PER_DIAMETER = 2.5;
    /** The coincidence claim passes when the one-sided p-value of the mean spot-to-locus distance is below 5%. */
    public static final double PHM_P_VALUE = 0.05;
    /** Fewest early jumpers for the coincidence test. */
    public static final int PHM_MIN_SPOTS = 3;
    /**
     * g_cj and the alpha amplitude count as independent of gamma_dot when the highest and lowest rates agree within a
     * factor 1.5 (the paper gives no number; "not sensitive", "does not depend").
     */
    public static final double RATE_FACTOR = 1.5;
    /** Seed of the bootstrap intervals. */
    public static final long SEED = 17;
    static final String LONG = "the long preset (N = 8000 at both phi, 5 tau_0 per cluster rate: more and larger clusters; about 2 h on 2 cores)";
    static final String PAPER = "the paper preset (N = 20000, 10 tau_0 per cluster rate at gamma_dot tau_0 = 20, 10, 3, 1: more and larger "
        + "clusters; about 10 core-hours of Brownian dynamics as two plan units, see README 'Paper-scale runs')";

    /** What would show an undecided cluster check: the long preset below its size, the paper preset from it on. */
    static String bigger(CageJumpLer.Preset p) { return p.n() < CageJumpLer.LONG_N ? LONG : PAPER; }

    private final CageJumpLer.Preset preset;
    private final ShearChains chains;
    private final double h;
    private final RateData hd;
    private final double[] rates;
    private final CageJumpRateClaims more;
    /** {@link #bigger(CageJumpLer.Preset)} of this preset. */
    final String bigger;

    CageJumpClaims(CageJumpLer.Preset preset, ShearChains chains, double highlightRate) {
        this.preset = preset; this.chains = chains; this.h = highlightRate;
        this.bigger = bigger(preset);
        this.hd = chains.at(PHIS[0], highlightRate);
        this.rates = preset.clusterRates();
        this.more = new CageJumpRateClaims(this, chains, rates);
    }

    double[] series(String key) { return series(PHIS[0], key); }

    /** A scalar at every cluster rate of {@code phi} (preset order). */
    double[] series(double phi, String key) {
        double[] at = preset.clusterRates(phi), v = new double[at.length];
        for (int q = 0; q < v.length; q++) v[q] = chains.at(phi, at[q]).scalars.getOrDefault(key, Double.NaN);
        return v;
    }

    /**
     * A column of the per-region table ("clusters" or "null_clusters") pooled over the cluster rates, without the
     * regions whose traceback the start of the run cut (their t0 could not be searched over the full depth).
     */
    double[] regions(String kind, String column) {
        List<Double> v = new ArrayList<>();
        for (double r : rates) {
            Map<String, double[]> p = chains.at(PHIS[0], r).panels.get(kind);
            if (p == null) continue;
            double[] c = p.get(column), cut = p.get("truncated");
            for (int i = 0; i < c.length; i++) if (cut[i] == 0) v.add(c[i]);
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] finite(double[] v) { return Arrays.stream(v).filter(Double::isFinite).toArray(); }

    static double mean(double[] v) { return Arrays.stream(v).average().orElse(Double.NaN); }

    static double[] meanInterval(double[] v) { return Bootstrap.meanInterval(v, SEED); }

    /** 90% interval of mean(a) - mean(b), a and b resampled independently (two sets of units). */
    static double[] differenceInterval(double[] a, double[] b) {
        if (a.length < Bootstrap.MIN_UNITS || b.length < Bootstrap.MIN_UNITS) return new double[] {Double.NaN, Double.NaN};
        SplittableRandom rng = new SplittableRandom(SEED);
        double[] d = new double[Bootstrap.REPLICAS];
        for (int k = 0; k < d.length; k++) {
            double sa = 0, sb = 0;
            for (int i : Bootstrap.resample(a.length, 1, rng)) sa += a[i];
            for (int i : Bootstrap.resample(b.length, 1, rng)) sb += b[i];
            d[k] = sa / a.length - sb / b.length;
        }
        return Bootstrap.percentiles90(d);
    }

    /** Power-law exponent of y ~ rate^-x over the positive finite points (NaN with fewer than 2). */
    static LineFit powerLaw(double[] rate, double[] y) {
        double[] lx = new double[rate.length], ly = new double[rate.length];
        for (int i = 0; i < rate.length; i++) { lx[i] = Math.log(rate[i]); ly[i] = y[i] > 0 ? Math.log(y[i]) : Double.NaN; }
        return LineFit.of(lx, ly);
    }

    /** Every check in report order. */
    List<Claim> checks() {
        List<Claim> c = new ArrayList<>();
        c.add(shearThinning());
        c.add(etaPhiOrder());
        c.add(steadyState());
        c.add(jumpsClustered());
        c.add(jumpsClusteredVsShuffled());
        c.add(lifeCycleFromZero());
        c.add(occupancyMean());
        c.add(more.occupancyGrowsWithRate());
        c.add(etaCMatchesEta());
        c.add(nuCVsLambda());
        c.add(xiCOverXiLer());
        c.add(yieldTimeVsTChi());
        c.add(extensionalJumps());
        c.add(peakStressVsNull());
        c.add(extensionalVsNull());
        c.add(exchangeVsNull());
        c.add(peakStressVsShuffled());
        c.add(extensionalVsShuffled());
        c.add(exchangeVsShuffled());
        c.add(more.strainDropsAfterYield());
        c.add(more.jumpCorrelationVsRate());
        c.add(more.alphaAmplitudeVsRate());
        c.add(alphaRange());
        c.add(pseudoHarmonicLoci());
        c.add(gyrationRatio());
        c.add(SmallParticleClaims.sameDelineation(chains, preset));
        c.add(more.tChiResolved());
        return c;
    }

    private double[] eta(double phi, double[] at, String key) {
        double[] v = new double[at.length];
        for (int q = 0; q < at.length; q++) v[q] = chains.at(phi, at[q]).scalars.get(key);
        return v;
    }

    private double[] thinningRates() { return Arrays.stream(preset.rates()).filter(r -> r >= 1).toArray(); }

    /** Fig. 1(a): eta ~ gamma_dot^-lambda for gamma_dot tau_0 &gt;= 1, lambda &gt; 0 at both phi; units: the rates. */
    Claim shearThinning() {
        double[] at = thinningRates();
        LineFit f45 = powerLaw(at, eta(PHIS[0], at, "eta")), f425 = powerLaw(at, eta(PHIS[1], at, "eta"));
        double l45 = -f45.slope(), l425 = -f425.slope();
        double e = Math.max(f45.slopeError(), f425.slopeError());
        double lo = Math.min(l45 - 1.645 * f45.slopeError(), l425 - 1.645 * f425.slopeError());
        Verdict v = CageJumpRules.positive("min(lambda_45, lambda_42.5)", Math.min(l45, l425), new double[] {lo, Double.POSITIVE_INFINITY},
            Double.isFinite(e) ? at.length : 0, "at least 3 rates >= 1 (quick or long preset)");
        return Claim.of("shear_thinning", "eta ~ gamma_dot^-lambda with lambda > 0 for gamma_dot tau0 >= 1 at both phi", "Fig. 1(a)")
            .paper("lambda > 0 (not quoted)").measured(Reports.object("lambda_45", round(l45), "lambda_45_error", round(f45.slopeError()),
                "lambda_42.5", round(l425), "lambda_42.5_error", round(f425.slopeError()), "rates", at))
            .interval(round(l45 - 1.645 * f45.slopeError()), round(l45 + 1.645 * f45.slopeError())).status(v);
    }

    /** Fig. 1(a): eta(45%) &gt; eta(42.5%) at every rate; errors from the stress correlation time. */
    Claim etaPhiOrder() {
        double[] at = thinningRates(), e45 = eta(PHIS[0], at, "eta"), e425 = eta(PHIS[1], at, "eta");
        double[] s45 = eta(PHIS[0], at, "eta_error"), s425 = eta(PHIS[1], at, "eta_error");
        double[] d = new double[at.length], lo = new double[at.length];
        for (int q = 0; q < at.length; q++) { d[q] = e45[q] - e425[q]; lo[q] = d[q] - 1.645 * Math.hypot(s45[q], s425[q]); }
        return Claim.of("eta_phi_order", "eta(45%) > eta(42.5%) at every rate", "Fig. 1(a)").paper("eta(45%) > eta(42.5%)")
            .measured(Reports.object("eta_45", round(e45), "eta_42.5", round(e425), "difference_lower_90", round(lo)))
            .status(CageJumpRules.allPositive("eta(45%) - eta(42.5%)", d, lo));
    }

    /** Informational: stationarity of every run (half-run drift against its correlation-time error). */
    Claim steadyState() {
        int steady = 0, total = 0;
        List<Double> z = new ArrayList<>();
        for (RateData d : chains.all()) {
            total++;
            if (d.scalars.get("steady") == 1.0) steady++;
            z.add(round(d.scalars.getOrDefault("drift_over_error", Double.NaN)));
        }
        return Claim.of("steady_state", "the stress of every (phi, rate) is stationary: second-half minus first-half mean within 1.645 standard "
                + "errors from the correlation time (diagnostic, not a claim of the paper)", "spec 000 section 4.3")
            .measured(Reports.object("steady", steady + " of " + total, "drift_over_error", z))
            .informational(steady + " of " + total + " runs pass the drift test");
    }

    /** Fig. 1(b): the jumps of a t_chi window cluster; dispersion against jumps moved to random big particles; units: windows. */
    Claim jumpsClustered() {
        return clustering("jumps_clustered", "dispersion_null", "the same jumps moved to random big particles of their frame");
    }

    /** Fig. 1(b): the same, against the time-shuffled jumps ({@link ClusterNulls#timeShuffled}); units: windows. */
    Claim jumpsClusteredVsShuffled() {
        return clustering("jumps_clustered_vs_shuffled", "dispersion_shuffled", "the time-shuffled jumps falling in the window (every jump "
            + "keeps its particle, the frames of all jumps are permuted)");
    }

    private Claim clustering(String name, String nullColumn, String nullText) {
        List<Double> obs = new ArrayList<>(), nul = new ArrayList<>();
        for (double r : rates) {
            Map<String, double[]> p = chains.at(PHIS[0], r).panels.get("jump_clustering");
            if (p == null || p.get(nullColumn) == null) continue;
            for (int k = 0; k < p.get("window").length; k++)
                if (Double.isFinite(p.get("dispersion")[k]) && Double.isFinite(p.get(nullColumn)[k])) {
                    obs.add(p.get("dispersion")[k]); nul.add(p.get(nullColumn)[k]);
                }
        }
        double[] a = obs.stream().mapToDouble(Double::doubleValue).toArray(), b = nul.stream().mapToDouble(Double::doubleValue).toArray();
        double diff = mean(a) - mean(b);
        double[] iv = a.length >= Bootstrap.MIN_UNITS ? Bootstrap.pairedDifference(a, b, SEED) : new double[] {Double.NaN, Double.NaN};
        return Claim.of(name, "cage jumps accumulated over t_chi form clusters: dispersion var/mean of counts in "
                + JumpClustering.CELL + " d_b cells above that of " + nullText + " (paired per window)", "Fig. 1(b)")
            .paper("clustering clearly seen").measured(Reports.object("dispersion", round(mean(a)), "dispersion_null", round(mean(b)), "windows", a.length))
            .interval(iv).status(CageJumpRules.differsFromNull("dispersion", diff, iv, a.length, b.length, 1, "more t_chi windows (longer runs)"));
    }

    /** Fig. 2(a): sigma_c rises from nearly zero; the fraction of regions with the paper's life cycle vs random regions. */
    Claim lifeCycleFromZero() {
        double[] c = regions("clusters", "complete"), n = regions("null_clusters", "complete"), ns = regions("shuffled_clusters", "complete");
        double[] sr = finite(regions("clusters", "start_ratio")), nsr = finite(regions("null_clusters", "start_ratio"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fraction", round(mean(c))); m.put("regions", c.length); m.put("fraction_random_regions", round(mean(n)));
        m.put("fraction_shuffled_jump_regions", round(mean(ns))); m.put("shuffled_jump_regions", ns.length);
        m.put("start_ratio_median", round(median(sr))); m.put("start_ratio_median_random", round(median(nsr)));
        m.put("fraction_baseline_variant", round(mean(regions("clusters", "complete_baseline"))));
        m.put("fraction_baseline_variant_random", round(mean(regions("null_clusters", "complete_baseline"))));
        double[] iv = meanInterval(c);
        return Claim.of("life_cycle_from_zero", "sigma_c of a convective cluster increases from nearly zero (t0: sigma_c <= "
                + ClusterLifeCycles.T0_LEVEL + " sigma_c(t2)), peaks at t2 in the detection window and drops below " + ClusterLifeCycles.T3_LEVEL
                + " sigma_c(t2) at t3; \"also found for other clusters\": the fraction of regions with this life cycle, against random regions "
                + "of the same shape, volume and window and regions of time-shuffled jumps (the bar is the larger null fraction; start_ratio = "
                + "min sigma_c before t2 / sigma_c(t2))", "Fig. 2(a), p. 2")
            .paper("typical (shown for one cluster)").measured(m).interval(iv)
            .status(CageJumpRules.typicalAgainstNull("fraction with the paper's life cycle", mean(c), iv, c.length, maxFinite(mean(n), mean(ns)), bigger));
    }

    private static double maxFinite(double a, double b) {
        return !Double.isFinite(a) ? b : !Double.isFinite(b) ? a : Math.max(a, b);
    }

    private static double median(double[] v) {
        if (v.length == 0) return Double.NaN;
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    /** Fig. 3(a): P_c-bar near 78% at gamma_dot tau_0 = 3; interval over blocks of one t_chi. */
    Claim occupancyMean() {
        Claim.Builder b = Claim.of("P_c_mean", "P_c-bar near 78% at phi = 45%, gamma_dot tau0 = 3, within " + (int) (100 * PC_TOLERANCE)
            + " points; the life is [t0, t2] of the paper's life cycle; the regions are the default delineation (mean + 1 std of the "
            + "cage-jump density, spec 000 section 2.4; the SM's rule is unavailable), which sets the covered fraction", "Fig. 3(a)").paper(PAPER_PC);
        if (h != 3) return b.notShown("no run at gamma_dot tau0 = 3 (highlighted rate " + h + ")", "a preset with rate 3");
        double[] p = hd.panels.get("occupancy").get("P_c");
        int block = Math.max(1, (int) Math.round(hd.scalars.get("t_chi") / CageJumpLer.sampling(h)));
        double pc = hd.scalars.getOrDefault("P_c", Double.NaN);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("P_c", round(pc));
        for (String k : new String[] {"covered_fraction", "P_c_t0_t3", "P_c_baseline", "P_c_k0.5", "P_c_k0.0", "complete_clusters", "clusters"})
            m.put(k, round(hd.scalars.getOrDefault(k, Double.NaN)));
        double[] iv = Bootstrap.meanInterval(p, block, SEED);
        return b.measured(m).interval(iv).status(CageJumpRules.near("P_c", pc, iv, PAPER_PC, PC_TOLERANCE));
    }

    /** Fig. 3(b): eta_c = P_c sigma_c,y / (2 gamma_dot) matches eta at every rate; sigma_c,y interval over clusters. */
    Claim etaCMatchesEta() {
        double[] eta = series("eta"), pc = series("P_c");
        double[] ratio = new double[rates.length], lo = new double[rates.length], hi = new double[rates.length];
        int minClusters = Integer.MAX_VALUE;
        for (int q = 0; q < rates.length; q++) {
            Map<String, double[]> rp = chains.at(PHIS[0], rates[q]).panels.get("clusters");
            List<Double> kept = new ArrayList<>();
            for (int i = 0; i < rp.get("truncated").length; i++) if (rp.get("truncated")[i] == 0) kept.add(rp.get("sigma_cy_over_sigma")[i]);
            double[] sy = finite(kept.stream().mapToDouble(Double::doubleValue).toArray());
            minClusters = Math.min(minClusters, sy.length);
            double[] iv = meanInterval(sy);
            // eta_c / eta = P_c (sigma_c,y / sigma) / 2
            ratio[q] = pc[q] * mean(sy) / 2; lo[q] = pc[q] * iv[0] / 2; hi[q] = pc[q] * iv[1] / 2;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eta_c_over_eta", round(ratio)); m.put("eta", round(eta)); m.put("eta_c", round(series("eta_c")));
        m.put("P_c", round(pc)); m.put("complete_clusters", round(series("complete_clusters")));
        m.put("eta_c_baseline_variant", round(series("eta_c_baseline")));
        m.put("eta_c_k0.5", round(series("eta_c_k0.5"))); m.put("eta_c_k0.0", round(series("eta_c_k0.0")));
        Claim.Builder b = Claim.of("eta_c_matches_eta", "eta_c = P_c sigma_c,y / (2 gamma_dot) matches eta (within a factor " + ETA_C_FACTOR
            + " at every rate; sigma_c,y from the clusters with the paper's life cycle)", "Fig. 3(b), p. 3").paper("nice match").measured(m);
        if (minClusters < CageJumpRules.MIN_UNITS)
            return b.notShown("only " + minClusters + " clusters with the paper's life cycle at some rate (need >= " + CageJumpRules.MIN_UNITS
                + "; see life_cycle_from_zero); baseline-variant eta_c " + Arrays.toString(round(series("eta_c_baseline"))) + " vs eta "
                + Arrays.toString(round(eta)), bigger);
        return b.status(CageJumpRules.withinFactor("eta_c / eta", ratio, lo, hi, ETA_C_FACTOR));
    }

    /** Fig. 3(c): xi_c ~ gamma_dot^-nu_c with nu_c = lambda / 4; gated by the box span. */
    Claim nuCVsLambda() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("xi_c_k0.5", round(series("xi_c_k0.5"))); extra.put("xi_c_k0.0", round(series("xi_c_k0.0")));
        return nuCVsLambda("nu_c_vs_lambda_over_4", "", "Fig. 3(b,c)", rates, series("xi_c"), series("eta"), series("box_length")[0], "d_b", extra,
            "N >= 3e4 at phi = 45% (L >= 32 d_b), about 2 h per rate on 2 cores");
    }

    /**
     * The nu_c = lambda / 4 check of one model ({@code id}, {@code prefix} before the claim text): exponents of xi_c and
     * eta over {@code rates}; not shown with fewer than 3 rates or when the box of edge {@code boxL} spans fewer than
     * {@link #MIN_BOX_PER_DIAMETER} diameters of the largest cluster; else {@link CageJumpRules#exponentsAgree}.
     */
    static Claim nuCVsLambda(String id, String prefix, String where, double[] rates, double[] xiC, double[] eta, double boxL, String unit,
                             Map<String, Object> extra, String needs) {
        LineFit fx = powerLaw(rates, xiC), fe = powerLaw(rates, eta);
        double nuC = -fx.slope(), lam = -fe.slope();
        double span = boxL / (2 * Arrays.stream(xiC).max().orElse(Double.NaN));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nu_c", round(nuC)); m.put("nu_c_error", round(fx.slopeError())); m.put("lambda_over_4", round(lam / 4));
        m.put("xi_c", round(xiC)); m.put("box_per_cluster_diameter", round(span));
        m.putAll(extra);
        Claim.Builder b = Claim.of(id, prefix + "xi_c ~ gamma_dot^-nu_c with nu_c = lambda/4 (within 1.645 sigma + 0.05); xi_c from "
            + "the mean volume of all delineated regions", where).paper("nu_c = lambda/4").measured(m)
            .interval(round(nuC - 1.645 * fx.slopeError()), round(nuC + 1.645 * fx.slopeError()));
        if (rates.length < 3) return b.notShown(rates.length + " cluster rates (need >= 3 for an exponent with an error)", "the quick or long preset");
        if (!(span >= MIN_BOX_PER_DIAMETER))
            return b.notShown("the box (L = " + round(boxL) + " " + unit + ") spans only " + round(span) + " diameters of the largest cluster (need >= "
                + MIN_BOX_PER_DIAMETER + ", spec 000 section 4.4); measured nu_c " + round(nuC) + " +- " + round(fx.slopeError())
                + " vs lambda/4 " + round(lam / 4), needs);
        return b.status(CageJumpRules.exponentsAgree("nu_c", nuC, fx.slopeError(), lam / 4, 0.05));
    }

    /**
     * Fig. 3(c): xi_c / xi_LER = 0.8 "for all conditions", i.e. at both volume fractions: per phi the mean of
     * xi_c / xi_LER over its cluster rates, with a 90% interval over the regions (the region volumes of each rate
     * resampled independently; xi_LER, one g(r) per run, is held fixed); g(r) out to r_max = 0.44 L.
     */
    Claim xiCOverXiLer() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> conds = new ArrayList<>(), missing = new ArrayList<>(), edges = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<double[]> intervals = new ArrayList<>();
        List<Integer> units = new ArrayList<>();
        for (double phi : PHIS) {
            double[] at = preset.clusterRates(phi);
            if (at.length == 0) continue;
            double[] xiC = series(phi, "xi_c"), xiL = series(phi, "xi_ler");
            double[][] vols = new double[at.length][];
            for (int q = 0; q < at.length; q++) vols[q] = finite(chains.at(phi, at[q]).panels.get("clusters").get("volume"));
            XiRatio r = XiRatio.of(vols, xiL);
            String tag = "_" + String.valueOf(Math.round(phi * 1000) / 10.0).replaceAll("\\.0$", "");
            m.put("xi_c" + tag, round(xiC)); m.put("xi_ler" + tag, round(xiL)); m.put("mean_ratio" + tag, round(r.ratio));
            m.put("interval" + tag, round(r.interval)); m.put("regions_min" + tag, r.units);
            m.put("edge_ratio" + tag, round(series(phi, "ler_edge_ratio"))); m.put("r_max" + tag, round(series(phi, "ler_rmax")));
            String cond = "phi = " + phi;
            for (int q = 0; q < at.length; q++) if (!(xiL[q] > 0)) missing.add(cond + ", rate " + at[q]);
            edges.add(cond + ": r_max " + round(series(phi, "ler_rmax")[0]) + " d_b, measured/affine there " + Arrays.toString(round(series(phi, "ler_edge_ratio"))));
            conds.add(cond); ratios.add(r.ratio); intervals.add(r.interval); units.add(r.units);
        }
        Claim.Builder b = Claim.of("xi_c_over_xi_ler", "xi_c / xi_LER = 0.8 for all conditions: at each phi the mean over its cluster rates within "
                + "0.3 of 0.8 (90% interval over regions, xi_LER held fixed)", "Fig. 3(c), p. 3")
            .paper(PAPER_RATIO).measured(m);
        if (!missing.isEmpty())
            return b.notShown("xi_LER not found at " + String.join("; ", missing) + ": the g(r) distortion stays above "
                + (int) (100 * ShearDistortedPairs.DEVIATION) + "% of the affine one out to r_max = 0.44 L (" + String.join("; ", edges) + ")",
                "a box with 0.44 L > xi_LER: N >= 6000 (L = 18 d_b)");
        return b.status(CageJumpRules.nearAtEvery("xi_c / xi_LER", conds.toArray(String[]::new),
            ratios.stream().mapToDouble(Double::doubleValue).toArray(), intervals.toArray(double[][]::new),
            units.stream().mapToInt(Integer::intValue).toArray(), PAPER_RATIO, 0.3, bigger));
    }

    /**
     * Mean over rates of xi_c / xi_LER, xi_c = (3 &lt;V&gt; / 4 pi)^(1/3) of each rate's regions, with the 90% bootstrap
     * interval (regions resampled per rate) and the fewest regions of a rate (the units).
     */
    record XiRatio(double ratio, double[] interval, int units) {
        static XiRatio of(double[][] volumes, double[] xiLer) {
            int units = Integer.MAX_VALUE;
            for (double[] v : volumes) units = Math.min(units, v.length);
            double ratio = ratio(volumes, xiLer, null);
            if (units < Bootstrap.MIN_UNITS || !Double.isFinite(ratio)) return new XiRatio(ratio, new double[] {Double.NaN, Double.NaN}, units == Integer.MAX_VALUE ? 0 : units);
            SplittableRandom rng = new SplittableRandom(SEED);
            double[] rep = new double[Bootstrap.REPLICAS];
            for (int k = 0; k < rep.length; k++) rep[k] = ratio(volumes, xiLer, rng);
            return new XiRatio(ratio, Bootstrap.percentiles90(rep), units);
        }

        /** The mean ratio of the given volumes (resampled with {@code rng} when not null). */
        private static double ratio(double[][] volumes, double[] xiLer, SplittableRandom rng) {
            double sum = 0;
            for (int q = 0; q < volumes.length; q++) {
                double[] v = volumes[q];
                double mean = 0;
                if (rng == null) for (double x : v) mean += x / v.length;
                else for (int i : Bootstrap.resample(v.length, 1, rng)) mean += v[i] / v.length;
                sum += Math.cbrt(3 * mean / (4 * Math.PI)) / xiLer[q];
            }
            return volumes.length > 0 ? sum / volumes.length : Double.NaN;
        }
    }

    /** Fig. 3(d): t_y = &lt;t2 - t0&gt; agrees with t_chi, against the random-region null; units: clusters. */
    Claim yieldTimeVsTChi() {
        double[] c = finite(regions("clusters", "t_y_over_t_chi")), n = finite(regions("null_clusters", "t_y_over_t_chi"));
        double[] ns = finite(regions("shuffled_clusters", "t_y_over_t_chi"));
        double[] ic = meanInterval(c), in = meanInterval(n), ins = meanInterval(ns);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("t_y_over_t_chi", round(mean(c))); m.put("clusters", c.length); m.put("random_regions", round(mean(n))); m.put("random_units", n.length);
        m.put("shuffled_jump_regions", round(mean(ns))); m.put("shuffled_units", ns.length);
        m.put("t_y", round(series("t_y"))); m.put("t_chi", round(series("t_chi")));
        m.put("t_y_over_t_chi_baseline_variant", round(mean(finite(regions("clusters", "t_y_over_t_chi_baseline")))));
        m.put("random_baseline_variant", round(mean(finite(regions("null_clusters", "t_y_over_t_chi_baseline")))));
        return Claim.of("t_y_vs_t_chi", "t_y = <t2 - t0> agrees with t_chi (ratio within [0.5, 2]) and random regions of the same shape, "
                + "volume and window, nor regions of time-shuffled jumps, give the same ratio", "Fig. 3(d)").paper("t_y = t_chi").measured(m).interval(ic)
            .status(CageJumpRules.worst(CageJumpRules.agreementAgainstNull("t_y / t_chi (random regions)", mean(c), ic, c.length, mean(n), in, n.length, bigger),
                CageJumpRules.agreementAgainstNull("t_y / t_chi (time-shuffled jumps)", mean(c), ic, c.length, mean(ns), ins, ns.length, bigger)));
    }

    /** Fig. 2(c): P_ext &gt; 50% on [t1, t3]; ratio of pooled counts, interval over clusters; the system-wide value alongside. */
    Claim extensionalJumps() {
        double[] pe = regions("clusters", "P_ext"), nj = regions("clusters", "jumps_t1_t3");
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < pe.length; i++) if (Double.isFinite(pe[i]) && nj[i] > 0) keep.add(i);
        double[] ext = new double[keep.size()], cnt = new double[keep.size()];
        for (int k = 0; k < ext.length; k++) { cnt[k] = nj[keep.get(k)]; ext[k] = pe[keep.get(k)] * cnt[k]; }
        ToDoubleFunction<int[]> pooled = idx -> { double e = 0, n = 0; for (int i : idx) { e += ext[i]; n += cnt[i]; } return n > 0 ? e / n : Double.NaN; };
        int[] all = new int[ext.length];
        for (int i = 0; i < all.length; i++) all[i] = i;
        double p = pooled.applyAsDouble(all);
        double[] iv = Bootstrap.interval(ext.length, pooled, SEED);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("P_ext", round(p)); m.put("clusters", ext.length); m.put("jumps", Arrays.stream(cnt).sum());
        m.put("P_ext_system", round(series("P_ext_system")));
        return Claim.of("P_ext_above_half", "P_ext > 50% on [t1, t3] of the paper's life cycle, pooled over clusters of all rates "
                + "(the system-wide fraction of extensional jumps is shown alongside: a value above 50% there too makes it generic)", "Fig. 2(c)")
            .paper("> 50%").measured(m).interval(iv).status(CageJumpRules.aboveHalf("P_ext", p, iv, ext.length, bigger));
    }

    private Claim versusNull(String name, String claim, String source, String column, int sign) {
        return versusNull(name, claim, source, column, sign, "null_clusters", "random regions");
    }

    /** Clusters against one null's regions ({@code kind}: "null_clusters" or "shuffled_clusters"), interval over regions. */
    private Claim versusNull(String name, String claim, String source, String column, int sign, String kind, String nullName) {
        double[] c = finite(regions("clusters", column)), n = finite(regions(kind, column));
        double d = mean(c) - mean(n);
        double[] iv = differenceInterval(c, n);
        return Claim.of(name, claim, source).paper("clusters differ from " + nullName)
            .measured(Reports.object("clusters", round(mean(c)), kind.equals("null_clusters") ? "random_regions" : "shuffled_jump_regions", round(mean(n)),
                "units", c.length, "null_units", n.length))
            .interval(iv).status(CageJumpRules.differsFromNull(column, d, iv, c.length, n.length, sign, bigger));
    }

    private static final String SHUFFLED = "regions delineated, with the same rule, from the time-shuffled jumps (every jump keeps its particle, "
        + "the frames of all jumps are permuted), traced back and measured like the clusters";

    /** Fig. 2(a), 3(b): peak stress against the time-shuffled-jump regions. */
    Claim peakStressVsShuffled() {
        return versusNull("sigma_cy_vs_shuffled_jumps", "the peak stress sigma_c(t2) / sigma of the detected regions exceeds that of " + SHUFFLED,
            "Fig. 2(a), 3(b)", "peak_over_sigma", 1, "shuffled_clusters", "time-shuffled-jump regions");
    }

    /** Fig. 2(c): P_ext on [t1, t3] against the time-shuffled-jump regions. */
    Claim extensionalVsShuffled() {
        return versusNull("P_ext_vs_shuffled_jumps", "P_ext on [t1, t3] of the clusters exceeds that of " + SHUFFLED, "Fig. 2(c)", "P_ext", 1,
            "shuffled_clusters", "time-shuffled-jump regions");
    }

    /** Fig. 2(d): R(t3) against the time-shuffled-jump regions. */
    Claim exchangeVsShuffled() {
        return versusNull("R_vs_shuffled_jumps", "R(t3) of the clusters exceeds that of " + SHUFFLED, "Fig. 2(d)", "R_t3", 1,
            "shuffled_clusters", "time-shuffled-jump regions");
    }

    /** Fig. 2(a), 3(b): the peak sigma_c(t2) / sigma of the clusters exceeds that of random regions. */
    Claim peakStressVsNull() {
        return versusNull("sigma_cy_vs_random_regions", "the peak stress sigma_c(t2) / sigma of the detected regions exceeds that of random "
            + "regions of the same shape, volume and window (clusters carry the stress: eta_c = eta needs sigma_c,y / sigma = 2 / P_c)",
            "Fig. 2(a), 3(b)", "peak_over_sigma", 1);
    }

    /** Fig. 2(c): P_ext of the clusters on [t1, t3] exceeds that of random regions with a life cycle. */
    Claim extensionalVsNull() {
        return versusNull("P_ext_vs_random_regions", "P_ext on [t1, t3] of the clusters exceeds that of random regions with the same life "
            + "cycle detector", "Fig. 2(c)", "P_ext", 1);
    }

    /** Fig. 2(d): R(t3) of the clusters (exchange after yielding) exceeds that of random regions. */
    Claim exchangeVsNull() {
        return versusNull("R_vs_random_regions", "R(t3) = 1 - N_res(t3)/N_res(t0) of the clusters (sharp exchange after yielding at t2) "
            + "exceeds that of random regions with the same life cycle detector", "Fig. 2(d)", "R_t3", 1);
    }

    /** Fig. 4(c,d): the range of alpha(r) shrinks with gamma_dot and xi_alpha / xi_c = 0.8. */
    Claim alphaRange() {
        return alphaRange("alpha_range_and_xi_alpha", "", "Fig. 4(c,d)", rates, series("xi_alpha"), series("xi_c"), series("alpha_significant_bins"));
    }

    /** The alpha(r) range check of one model over {@code rates} ({@link CageJumpRules#alphaRange}); {@code mean_ratio} is mean xi_alpha / xi_c. */
    static Claim alphaRange(String id, String prefix, String where, double[] rates, double[] xiA, double[] xiC, double[] bins) {
        boolean shrinks = true;
        for (int q = 1; q < rates.length; q++) shrinks &= rates[q] < rates[q - 1] ? xiA[q] >= xiA[q - 1] : xiA[q] <= xiA[q - 1];
        double ratio = 0;
        for (int q = 0; q < rates.length; q++) ratio += xiA[q] / xiC[q] / rates.length;
        return Claim.of(id, prefix + "the range of alpha(r) shrinks with gamma_dot (xi_alpha, the break to a steeper decay, "
                + "monotone) and xi_alpha / xi_c = 0.8 within 0.3", where).paper(PAPER_RATIO)
            .measured(Reports.object("xi_alpha", round(xiA), "xi_c", round(xiC), "mean_ratio", round(ratio), "significant_bins", round(bins)))
            .status(CageJumpRules.alphaRange(bins, xiA, shrinks, ratio, PAPER_RATIO));
    }

    /** Fig. 4(a): PHM loci coincide with the early cage-jump spots (null: random big particles of the same clusters). */
    Claim pseudoHarmonicLoci() {
        double p = hd.scalars.getOrDefault("phm_p_value", Double.NaN), spots = hd.scalars.getOrDefault("phm_spots", 0.0);
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : new String[] {"distance", "null_mean", "null_std", "p_value", "spots", "clusters", "highlighted_p_value", "loci", "free",
            "softest_kappa", "overlaps"}) m.put(k, round(hd.scalars.getOrDefault("phm_" + k, Double.NaN)));
        String why = hd.scalars.containsKey("phm_failed") ? "the isolated cluster has no stable inherent structure"
            : hd.panels.containsKey("fig4a_modes") ? "early jumpers in the isolated clusters" : "no cluster with the paper's life cycle to isolate at t0";
        return Claim.of("phm_vs_early_jumps", "PHM loci coincide with the early cage-jump spots: mean distance from the particles jumping during "
                + "[t0, t1] to the nearest of the " + PseudoHarmonicLoci.PHM_LOCI + " softest PHM cores of the cluster isolated at t0, against as "
                + "many random big particles of the same cluster, pooled over up to " + PseudoHarmonicLoci.clusters(preset.n()) + " clusters; p < "
                + PHM_P_VALUE, "Fig. 4(a)").paper("coincide").measured(m)
            .status(CageJumpRules.significant(why, p, (int) spots, PHM_MIN_SPOTS, PHM_P_VALUE, bigger));
    }

    /** Footnote [58]: gyration eigenvalue ratio 1.26 at t0 (informational). */
    Claim gyrationRatio() {
        return Claim.of("gyration_ratio_t0", "largest / smallest gyration eigenvalue of the clusters at t0 (t_ref mask sheared back)", "footnote [58]")
            .paper(1.26).measured(Reports.object("ratio", round(series("gyration_ratio")), "ratio_t_ref", round(series("gyration_ratio_t_ref"))))
            .informational("shape diagnostic");
    }
}
