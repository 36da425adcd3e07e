package glassdyn.papers.plasticity;

import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.indicators.Indicator;
import glassdyn.papers.Reports;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;

import java.util.List;

/**
 * The claims of paper 003 along the strain path (Sec. III.B,C, Fig. 4h-k), with the strain paths as the independent
 * units: C_Delta-gamma high up to Delta gamma ~ 1e-3 and lower beyond 1e-2, and C(event n) of a brittle glass
 * dropping after a handful of events. Each path gives one paired difference (early minus late r_x).
 */
final class PathClaims {
    /** Delta gamma up to which the paper's C_Delta-gamma stays near 1, and from which it has decayed (Fig. 4i,k). */
    static final double SMALL_DG = 1e-3, LARGE_DG = 1e-2;
    /** Events counted as "early" and the first event counted as "late" for C(event n) (Fig. 4j: "a handful of events"). */
    static final int EARLY_EVENTS = 2, LATE_FROM = 5;

    private final Preset preset;
    private final PlasticitySamples samples;
    private final long seed;

    PathClaims(Preset preset, PlasticitySamples samples, long seed) {
        this.preset = preset;
        this.samples = samples;
        this.seed = seed;
    }

    /** Mean r_x over one path's events at the Delta gamma grid points with {@code lo <= dg <= hi}; NaN when none. */
    static double meanAtDeltaGamma(GlassRecord r, Indicator i, double lo, double hi) {
        double s = 0;
        int n = 0;
        for (int q = 0; q < PlasticityIndicators.DELTA_GAMMA.length; q++) {
            double dg = PlasticityIndicators.DELTA_GAMMA[q];
            String key = "rxdg." + q + "." + i.label;
            if (dg < lo - 1e-15 || dg > hi + 1e-15 || !r.has(key)) continue;
            for (double x : r.get(key)) { s += x; n++; }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Mean r_x over events {@code from..to} (1-based, inclusive) of one path; NaN when the path has none there. */
    static double meanOverEvents(GlassRecord r, Indicator i, int from, int to) {
        String key = "rx_event." + i.label;
        if (!r.has(key)) return Double.NaN;
        double[] v = r.get(key);
        double s = 0;
        int n = 0;
        for (int k = from - 1; k < Math.min(to, v.length); k++) { s += v[k]; n++; }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Paired early-minus-late difference over the paths that have both. */
    private Claim decay(String name, String claim, String source, List<GlassRecord> paths, boolean deltaGamma) {
        double[] early = new double[paths.size()], late = new double[paths.size()];
        int n = 0;
        for (GlassRecord r : paths) {
            double e = deltaGamma ? meanAtDeltaGamma(r, Indicator.THETA, 0, SMALL_DG) : meanOverEvents(r, Indicator.THETA, 1, EARLY_EVENTS);
            double l = deltaGamma ? meanAtDeltaGamma(r, Indicator.THETA, LARGE_DG, 1) : meanOverEvents(r, Indicator.THETA, LATE_FROM, Integer.MAX_VALUE);
            if (Double.isNaN(e) || Double.isNaN(l)) continue;
            early[n] = e;
            late[n++] = l;
        }
        early = java.util.Arrays.copyOf(early, n);
        late = java.util.Arrays.copyOf(late, n);
        double d = ScoreIntervals.c(early) - ScoreIntervals.c(late);
        double[] ci = ScoreIntervals.paired(early, late, seed + name.hashCode());
        Claim.Builder b = Claim.of(name, claim, source).paper("decays")
            .measured(Reports.object("C_early", round(ScoreIntervals.c(early)), "C_late", round(ScoreIntervals.c(late)), "paths", n,
                "indicator", Indicator.THETA.label))
            .interval(ci);
        if (n < glassdyn.stats.Bootstrap.MIN_UNITS)
            return b.notShown(n + " strain path(s) with early and late scores (the paths are the independent units; 3 needed)",
                "at least 10 strain paths per protocol to gamma >= " + (deltaGamma ? "0.05" : "0.08") + " (the long preset)");
        return b.status(PlasticityRules.beats("early", "late", d, ci, n));
    }

    /** C_Delta-gamma of Theta: higher at Delta gamma &lt;= 1e-3 than at &gt;= 1e-2 (Fig. 4i,k), per strain path. */
    Claim deltaGammaDecay(Protocol p) {
        return decay("c_delta_gamma_decay_" + p.name(), "C_Delta-gamma of Theta is higher for Delta gamma <= 1e-3 than for >= 1e-2 (" + p.name() + ")",
            "Sec. III.C, Fig. 4(i,k)", samples.paths(p), true);
    }

    /** C(event n) of Theta in a brittle glass: events 1-2 score above events from the 5th on (Fig. 4j). */
    Claim brittleDecay(Protocol brittle, List<Protocol> ps) {
        String claim = "in brittle glasses C(event n) of Theta drops after a handful of events: events 1-2 above events >= 5";
        if (brittle == null)
            return Claim.of("c_event_decay_brittle", claim, "Sec. III.B, Fig. 4(j)").paper("sharp decay")
                .notShown("no brittle parent (POLY T_ini <= " + PlasticityProtocols.BRITTLE_T_MAX + " or LJ GQ) in " + ps.stream().map(Protocol::name).toList(),
                    "10 strain paths of a POLY T_ini = 0.05 glass to gamma = 0.08 (the long preset)");
        return decay("c_event_decay_brittle", claim + " (" + brittle.name() + ")", "Sec. III.B, Fig. 4(j)", samples.paths(brittle), false);
    }

    /** Strain at which the dissipation density is compared: below the paper's yield strain (~7%), reached at every scale. */
    static final double DISSIPATION_STRAIN = 0.04;
    /** "About four orders of magnitude": pass at three or more orders, fail below two. */
    static final double DISSIPATION_PASS_BELOW = 1e-3, DISSIPATION_FAIL_ABOVE = 1e-2;

    /**
     * The dissipation density Gamma of one strain path at strain {@code gamma}: the energy drops per particle of its events
     * up to {@code gamma}, times the number density (energy per unit area, as {@code fig6d_dissipation}); NaN when the
     * path does not reach {@code gamma} or has no event record.
     */
    static double dissipationAt(GlassRecord r, double gamma, double density) {
        if (!r.has("event.strain") || !r.has("event.energy_drop") || !reaches(r, gamma)) return Double.NaN;
        double[] g = r.get("event.strain"), de = r.get("event.energy_drop");
        double cum = 0;
        for (int k = 0; k < g.length && g[k] <= gamma; k++) cum += de[k];
        return cum * density;
    }

    /**
     * Sec. III.B, Fig. 6(d): "in stable glasses, Gamma is about four orders of magnitude lower than in poorly annealed
     * glasses, which means that the decrease seen in C_gamma occurs in the absence of any plasticity". Gamma at strain
     * {@link #DISSIPATION_STRAIN} per strain path (the independent unit) of the most stable brittle parent against the
     * most ductile parent of the same model; the ratio of the means with a 90% bootstrap interval (paths of each parent
     * resampled independently).
     */
    Claim dissipationSuppressed(Protocol brittle, List<Protocol> ps) {
        String name = "dissipation_suppressed_brittle";
        String claim = "in stable (brittle) glasses the dissipation density Gamma at gamma = " + DISSIPATION_STRAIN
            + " is about four orders of magnitude below the most ductile parent's: ratio of the means over strain paths <= "
            + DISSIPATION_PASS_BELOW + " (pass), > " + DISSIPATION_FAIL_ABOVE + " (fail)";
        String source = "Sec. III.B, Fig. 6(d)";
        Protocol ductile = brittle == null ? null : PlasticityProtocols.ductile(ps, brittle.model());
        if (brittle == null || ductile == null || ductile == brittle) {
            List<String> measured = new java.util.ArrayList<>();
            for (Protocol p : ps) {
                double[] g = gammaPerPath(p);
                if (g.length > 0) measured.add(p.name() + " " + String.format(java.util.Locale.ROOT, "%.3g", mean(g)) + " (" + g.length + " paths)");
            }
            return Claim.of(name, claim, source).paper("about 1e-4")
                .notShown("no brittle parent (POLY T_ini <= " + PlasticityProtocols.BRITTLE_T_MAX + " or LJ GQ) with a ductile parent of its model; "
                    + "measured mean Gamma at gamma = " + DISSIPATION_STRAIN + ": " + String.join(", ", measured),
                    "10 strain paths of a POLY T_ini = 0.05 glass and of T_ini = inf (the long preset)");
        }
        double[] b = gammaPerPath(brittle), d = gammaPerPath(ductile);
        double ratio = mean(b) / mean(d);
        double[] ci = {Double.NaN, Double.NaN};
        if (b.length >= glassdyn.stats.Bootstrap.MIN_UNITS && d.length >= glassdyn.stats.Bootstrap.MIN_UNITS) {
            java.util.SplittableRandom rng = new java.util.SplittableRandom(seed + name.hashCode());
            double[] rep = new double[glassdyn.stats.Bootstrap.REPLICAS];
            for (int k = 0; k < rep.length; k++) {
                double sb = 0, sd = 0;
                for (int i : glassdyn.stats.Bootstrap.resample(b.length, 1, rng)) sb += b[i];
                for (int i : glassdyn.stats.Bootstrap.resample(d.length, 1, rng)) sd += d[i];
                rep[k] = (sb / b.length) / (sd / d.length);
            }
            ci = glassdyn.stats.Bootstrap.percentiles90(rep);
        }
        return Claim.of(name, claim + " (" + brittle.name() + " vs " + ductile.name() + ")", source).paper("about 1e-4")
            .measured(Reports.object("Gamma_brittle", round(mean(b)), "Gamma_ductile", round(mean(d)),
                "paths_brittle", b.length, "paths_ductile", d.length, "strain", DISSIPATION_STRAIN))
            .interval(ci)
            .status(PlasticityRules.ordersLower("Gamma at gamma = " + DISSIPATION_STRAIN, ratio, ci, DISSIPATION_PASS_BELOW,
                DISSIPATION_FAIL_ABOVE, Math.min(b.length, d.length)));
    }

    /** Number density of a protocol's glasses (POLY 1, LJ {@link glassdyn.protocols.GlassPreparation#LJ_DENSITY}). */
    static double numberDensity(Protocol p) {
        return p.model().equals("lj") ? glassdyn.protocols.GlassPreparation.LJ_DENSITY : 1.0;
    }

    /** Whether the path's stress-strain curve reaches {@code gamma} (a path can stop early at its event cap). */
    static boolean reaches(GlassRecord r, double gamma) {
        if (!r.has("curve.strain")) return false;
        double[] g = r.get("curve.strain");
        return g.length > 0 && g[g.length - 1] >= gamma - 1e-12;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** Gamma at {@link #DISSIPATION_STRAIN} of every strain path of {@code p} that reaches it. */
    private double[] gammaPerPath(Protocol p) {
        double density = numberDensity(p);
        return samples.paths(p).stream()
            .mapToDouble(r -> dissipationAt(r, DISSIPATION_STRAIN, density)).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** Path samples per protocol of this preset (for the notes). */
    int pathSamples() { return preset.pathSamples(); }
}
