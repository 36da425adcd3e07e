package glassdyn.papers.cagejump;

import static glassdyn.papers.Reports.round;
import static glassdyn.papers.cagejump.CageJumpClaims.RATE_FACTOR;
import static glassdyn.papers.cagejump.CageJumpClaims.SEED;
import static glassdyn.papers.cagejump.CageJumpClaims.differenceInterval;
import static glassdyn.papers.cagejump.CageJumpClaims.finite;
import static glassdyn.papers.cagejump.CageJumpClaims.mean;
import static glassdyn.papers.cagejump.CageJumpClaims.meanInterval;
import static glassdyn.papers.cagejump.CageJumpLer.PHIS;

import glassdyn.claims.Claim;
import glassdyn.papers.Reports;
import glassdyn.stats.Bootstrap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The checks of paper 000 that compare shear rates or the strain after yielding (review 000, section 2: C4, C14, C22,
 * C23) and the t_chi diagnostic, split from {@link CageJumpClaims} (same units and rules: {@link CageJumpRules}). The
 * rate comparisons use the highest and the lowest cluster rate; their units are the clusters of each rate (g_cj, alpha,
 * resampled independently per rate) or blocks of one t_chi of P_c(t).
 */
final class CageJumpRateClaims {
    private final CageJumpClaims claims;
    private final ShearChains chains;
    private final double[] rates;

    CageJumpRateClaims(CageJumpClaims claims, ShearChains chains, double[] rates) {
        this.claims = claims; this.chains = chains; this.rates = rates;
    }

    private double[] series(String key) { return claims.series(key); }

    private double[] regions(String kind, String column) { return claims.regions(kind, column); }

    private double highRate() { return Arrays.stream(rates).max().orElse(Double.NaN); }

    private double lowRate() { return Arrays.stream(rates).min().orElse(Double.NaN); }

    /** Bootstrap replicas of the mean of a P_c(t) series resampled in blocks of one t_chi. */
    private double[] occupancyReplicas(double rate, long seed) {
        RateData d = chains.at(PHIS[0], rate);
        double[] p = d.panels.get("occupancy").get("P_c");
        int block = Math.max(1, (int) Math.round(d.scalars.get("t_chi") / CageJumpLer.sampling(rate)));
        SplittableRandom rng = new SplittableRandom(seed);
        double[] rep = new double[Bootstrap.REPLICAS];
        for (int k = 0; k < rep.length && p.length > 0; k++) {
            double s = 0;
            int[] idx = Bootstrap.resample(p.length, block, rng);
            for (int i : idx) s += p[i];
            rep[k] = s / idx.length;
        }
        return rep;
    }

    /** Fig. 3(a) text: "P_c-bar slightly grows with gamma_dot"; P_c(highest) - P_c(lowest rate), units: blocks of one t_chi. */
    Claim occupancyGrowsWithRate() {
        double hi = highRate(), lo = lowRate();
        Claim.Builder b = Claim.of("P_c_grows_with_rate", "P_c-bar grows with gamma_dot: P_c at the highest minus the lowest cluster rate > 0 "
            + "(90% interval from block bootstraps of P_c(t), blocks of one t_chi, independent per rate)", "Fig. 3(a), p. 3").paper("slightly grows");
        if (rates.length < 2) return b.notShown("one cluster rate", "the quick or long preset");
        double pHi = chains.at(PHIS[0], hi).scalars.getOrDefault("P_c", Double.NaN), pLo = chains.at(PHIS[0], lo).scalars.getOrDefault("P_c", Double.NaN);
        double[] rh = occupancyReplicas(hi, SEED), rl = occupancyReplicas(lo, SEED + 1), dd = new double[rh.length];
        for (int k = 0; k < dd.length; k++) dd[k] = rh[k] - rl[k];
        double[] iv = Bootstrap.percentiles90(dd);
        int units = Integer.MAX_VALUE;
        for (double r : new double[] {hi, lo}) {
            RateData d = chains.at(PHIS[0], r);
            int block = Math.max(1, (int) Math.round(d.scalars.get("t_chi") / CageJumpLer.sampling(r)));
            units = Math.min(units, d.panels.get("occupancy").get("P_c").length / block);
        }
        return b.measured(Reports.object("P_c", round(series("P_c")), "rates", rates, "blocks", units)).interval(round(iv[0]), round(iv[1]))
            .status(CageJumpRules.positive("P_c(" + hi + ") - P_c(" + lo + ")", pHi - pLo, iv, units, claims.bigger));
    }

    /** Fig. 2(a): gamma_c drops after t2 (strain given back on [t2, t3] per loaded affine strain), against both nulls; units: regions. */
    Claim strainDropsAfterYield() {
        double[] c = finite(regions("clusters", "gamma_drop")), n = finite(regions("null_clusters", "gamma_drop"));
        double[] ns = finite(regions("shuffled_clusters", "gamma_drop"));
        double[] ic = meanInterval(c), in = differenceInterval(c, n), ins = differenceInterval(c, ns);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gamma_drop", round(mean(c))); m.put("clusters", c.length); m.put("random_regions", round(mean(n))); m.put("random_units", n.length);
        m.put("shuffled_jump_regions", round(mean(ns))); m.put("shuffled_units", ns.length);
        m.put("difference_random_90", round(in)); m.put("difference_shuffled_90", round(ins));
        return Claim.of("gamma_c_drops_after_t2", "gamma_c grows linearly and drops at t2: (gamma_c(t2) - gamma_c(t3)) / (gamma_dot (t2 - t0)) > 0 "
                + "for the regions with the paper's life cycle, and larger than for random regions and time-shuffled-jump regions with that "
                + "life cycle", "Fig. 2(a)").paper("drops at t2").measured(m).interval(ic)
            .status(CageJumpRules.worst(CageJumpRules.positive("gamma_c drop", mean(c), ic, c.length, claims.bigger),
                CageJumpRules.differsFromNull("gamma_drop (random regions)", mean(c) - mean(n), in, c.length, n.length, 1, claims.bigger),
                CageJumpRules.differsFromNull("gamma_drop (time-shuffled jumps)", mean(c) - mean(ns), ins, c.length, ns.length, 1, claims.bigger)));
    }

    /** The shell moments of the clusters of one rate (rows: clusters). */
    private double[][] shells(double rate) {
        Map<String, double[]> p = chains.at(PHIS[0], rate).panels.get("gcj_clusters");
        if (p == null || p.get("m0") == null) return new double[0][];
        double[][] v = new double[p.get("m0").length][CageJumpPairCorrelation.MOMENTS];
        for (int k = 0; k < CageJumpPairCorrelation.MOMENTS; k++) for (int i = 0; i < v.length; i++) v[i][k] = p.get("m" + k)[i];
        return v;
    }

    /** Component {@code which} (0: g_cj, 1: alpha) of the pooled shell of the picked clusters. */
    private static double pooled(double[][] s, int[] pick, int which) {
        double[] m = new double[CageJumpPairCorrelation.MOMENTS];
        for (int i : pick) for (int k = 0; k < m.length; k++) m[k] += s[i][k];
        return CageJumpPairCorrelation.shellAmplitudes(m)[which];
    }

    private static int[] all(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    /**
     * ln(A(highest) / A(lowest rate)) of a pooled shell amplitude with its 90% interval, clusters resampled per rate;
     * not shown when the amplitude's interval does not lie above its uncorrelated value (g_cj 1, alpha 0) at both rates.
     */
    private Claim amplitudeVsRate(String name, String claim, String source, int which, String label) {
        double[][] hi = shells(highRate()), lo = shells(lowRate());
        double aHi = hi.length > 0 ? pooled(hi, all(hi.length), which) : Double.NaN, aLo = lo.length > 0 ? pooled(lo, all(lo.length), which) : Double.NaN;
        double lr = Math.log(aHi / aLo);
        double[] iv = {Double.NaN, Double.NaN};
        int units = Math.min(hi.length, lo.length);
        if (units >= CageJumpRules.MIN_UNITS) {
            SplittableRandom rng = new SplittableRandom(SEED);
            double[] rep = new double[Bootstrap.REPLICAS];
            int ok = 0;
            for (int k = 0; k < rep.length; k++) {
                double v = Math.log(pooled(hi, Bootstrap.resample(hi.length, 1, rng), which) / pooled(lo, Bootstrap.resample(lo.length, 1, rng), which));
                if (Double.isFinite(v)) rep[ok++] = v;
            }
            iv = ok >= rep.length / 2 ? Bootstrap.percentiles90(Arrays.copyOf(rep, ok)) : iv;
        }
        // a flat g_cj = 1 (alpha = 0) is "insensitive" trivially: the comparison needs a signal above the uncorrelated value
        double base = which == 0 ? 1 : 0;
        double[] ivHi = hi.length >= CageJumpRules.MIN_UNITS ? Bootstrap.interval(hi.length, pick -> pooled(hi, pick, which), SEED) : new double[] {Double.NaN, Double.NaN};
        double[] ivLo = lo.length >= CageJumpRules.MIN_UNITS ? Bootstrap.interval(lo.length, pick -> pooled(lo, pick, which), SEED) : new double[] {Double.NaN, Double.NaN};
        double[] perRate = new double[rates.length];
        for (int q = 0; q < rates.length; q++) { double[][] s = shells(rates[q]); perRate[q] = s.length > 0 ? pooled(s, all(s.length), which) : Double.NaN; }
        return Claim.of(name, claim + ": " + label + " on the shell r < " + CageJumpPairCorrelation.NEAR_RANGE + " d_b, pooled over the clusters "
                + "with the paper's life cycle; the highest and the lowest cluster rate within a factor " + RATE_FACTOR + " (90% interval of the log "
                + "ratio, clusters resampled per rate)", source).paper("independent of gamma_dot")
            .measured(Reports.object(label, round(perRate), "rates", rates, "ratio_high_low", round(Math.exp(lr)), "clusters_high", hi.length,
                "clusters_low", lo.length, "interval_high", round(ivHi), "interval_low", round(ivLo))).interval(round(iv[0]), round(iv[1]))
            .status(CageJumpRules.rateIndependent(label, lr, iv, units, ivHi, ivLo, base, RATE_FACTOR, claims.bigger));
    }

    /** Fig. 4(b): the orientation-averaged g_cj is not sensitive to gamma_dot; units: clusters. */
    Claim jumpCorrelationVsRate() {
        return amplitudeVsRate("g_cj_insensitive_to_rate", "the orientation-averaged g_cj(r) is not sensitive to gamma_dot", "Fig. 4(b), p. 4", 0, "g_cj");
    }

    /** Fig. 4(c): the amplitude of alpha(r) does not depend on gamma_dot; units: clusters. */
    Claim alphaAmplitudeVsRate() {
        return amplitudeVsRate("alpha_amplitude_vs_rate", "the amplitude of alpha(r) does not depend on gamma_dot", "Fig. 4(c), p. 4", 1, "alpha");
    }

    /** Informational: t_chi is an interior maximum of chi_4 (not the last lag) at every cluster rate. */
    Claim tChiResolved() {
        double[] tChi = series("t_chi"), last = new double[rates.length];
        int atEnd = 0;
        for (int q = 0; q < rates.length; q++) {
            Map<String, double[]> p = chains.at(PHIS[0], rates[q]).panels.get("chi4");
            double[] t = p.get("t"), x = p.get("chi4");
            int best = 0;
            for (int k = 1; k < x.length; k++) if (x[k] > x[best]) best = k;
            last[q] = t.length > 0 ? t[t.length - 1] : Double.NaN;
            if (best == x.length - 1) atEnd++;
        }
        return Claim.of("t_chi_resolved", "t_chi (maximum of chi_4) is an interior maximum, not the last lag, at every cluster rate (diagnostic: "
                + "a maximum at the last lag means the run is too short for t_chi)", "Fig. 3(d)")
            .measured(Reports.object("t_chi", round(tChi), "last_lag", round(last), "at_last_lag", atEnd))
            .informational(atEnd == 0 ? "chi_4 peaks before the last lag at every rate" : atEnd + " rate(s) peak at the last lag: t_chi is a lower bound there");
    }
}
