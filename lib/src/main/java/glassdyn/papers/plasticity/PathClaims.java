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

    /** Path samples per protocol of this preset (for the notes). */
    int pathSamples() { return preset.pathSamples(); }
}
