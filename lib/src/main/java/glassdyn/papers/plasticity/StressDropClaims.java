package glassdyn.papers.plasticity;

import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.papers.Reports;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.stats.Bootstrap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fig. 1(d) (Sec. II.A): the mean stress drop against strain "peaks sharply at yield" in brittle glasses. Per strain
 * path (the unit), the sharpness is the largest drop over the mean of the path's other drops; the strain of the
 * largest drop is reported beside it. Decidable only on the paths of a brittle parent that reach beyond the paper's
 * yield strain.
 */
final class StressDropClaims {
    /** The paper's yield strain (Fig. 1(c), dashed line: gamma_yielding ~ 7 %, N = 10^4). */
    static final double PAPER_YIELD_STRAIN = 0.07;

    private final Preset preset;
    private final PlasticitySamples samples;
    private final long seed;

    StressDropClaims(Preset preset, PlasticitySamples samples, long seed) {
        this.preset = preset;
        this.samples = samples;
        this.seed = seed;
    }

    /** Largest drop over the mean of the other drops of one path, and the strain of the largest; NaN with fewer than 2 events. */
    static double[] sharpness(double[] strain, double[] drop) {
        if (drop.length < 2) return new double[] {Double.NaN, Double.NaN};
        int k = 0;
        for (int e = 1; e < drop.length; e++) if (drop[e] > drop[k]) k = e;
        double rest = (Arrays.stream(drop).sum() - drop[k]) / (drop.length - 1);
        return new double[] {drop[k] / rest, strain[k]};
    }

    /** Per-path sharpness and strain of the largest drop over the paths of {@code p}. */
    private double[][] paths(Protocol p) {
        List<GlassRecord> l = samples.paths(p);
        double[][] out = new double[2][];
        out[0] = l.stream().mapToDouble(r -> sharpness(r.get("event.strain"), r.get("event.stress_drop"))[0]).filter(x -> !Double.isNaN(x)).toArray();
        out[1] = l.stream().mapToDouble(r -> sharpness(r.get("event.strain"), r.get("event.stress_drop"))[1]).filter(x -> !Double.isNaN(x)).toArray();
        return out;
    }

    Claim brittlePeak(List<Protocol> ps) {
        Protocol brittle = PlasticityProtocols.brittle(ps);
        String claim = "the stress drop peaks sharply at yield in brittle glasses: along each path the largest drop exceeds "
            + PlasticityRules.PEAK_SHARPNESS + " times the mean of the other drops (our bar)";
        Map<String, Object> m = new LinkedHashMap<>();
        for (Protocol p : ps) {
            double[][] s = paths(p);
            double[] g = samples.scored(p).stream().mapToDouble(r -> r.scalar("gamma_x")).toArray();
            m.put(p.name(), Reports.object("paths", s[0].length, "path_strain", preset.pathStrain(), "mean_sharpness", round(Arrays.stream(s[0]).average().orElse(Double.NaN)),
                "strain_of_largest_drop", Reports.round(s[1]), "mean_gamma_min", round(Arrays.stream(g).average().orElse(Double.NaN)), "brittle", PlasticityProtocols.brittle(p)));
        }
        Claim.Builder b = Claim.of("stress_drop_peaks_at_yield_brittle", claim, "Sec. II.A, Fig. 1(d)").paper("sharp peak at gamma_yielding ~ 7 %").measured(m);
        if (brittle == null)
            return b.notShown("no brittle parent (POLY T_ini <= " + PlasticityProtocols.BRITTLE_T_MAX + " or LJ GQ) among " + ps.stream().map(Protocol::name).toList()
                    + "; the paths stop at gamma = " + preset.pathStrain() + (preset.pathStrain() < PAPER_YIELD_STRAIN ? ", below the paper's yield strain " + PAPER_YIELD_STRAIN : "")
                    + " (measured sharpness and first-event strain per parent in 'measured')",
                "at least 3 strain paths of a POLY T_ini = 0.05 glass beyond gamma = " + PAPER_YIELD_STRAIN + " (the long preset: 10 paths to 0.08)");
        double[][] s = paths(brittle);
        if (preset.pathStrain() < PAPER_YIELD_STRAIN || s[0].length < Bootstrap.MIN_UNITS)
            return b.notShown(brittle.name() + ": " + s[0].length + " path(s) to gamma = " + preset.pathStrain() + " (yield at about " + PAPER_YIELD_STRAIN + ")",
                "at least 3 paths of " + brittle.name() + " beyond gamma = " + PAPER_YIELD_STRAIN);
        double mean = Arrays.stream(s[0]).average().orElse(Double.NaN);
        double[] ci = Bootstrap.meanInterval(s[0], seed + 61);
        return b.interval(ci).status(PlasticityRules.sharpPeak(mean, ci, s[0].length));
    }
}
