package glassdyn.papers.plasticity;

import glassdyn.indicators.Indicator;
import glassdyn.indicators.IndicatorFields;
import glassdyn.indicators.PlasticityScore;
import glassdyn.indicators.Softness;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.particles.Configuration;
import glassdyn.protocols.PlasticEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores along a strain path (Fig. 4h-k): the gamma = 0 fields against every event (C(event n)), and the cheap
 * fields ({@link PlasticityIndicators#PATH_INDICATORS}) at the stored state a strain Delta gamma before each event
 * (C_Delta-gamma); with the stress-strain curve and the events' strains, stress and energy drops.
 */
final class StrainPathScores {
    private StrainPathScores() {}

    static void record(GlassRecord r, Protocol p, Preset preset, Configuration c0, PlasticEvents.Path path, IndicatorFields.Fields f0, Softness sv) {
        int m = path.events().size();
        double[] es = new double[m], ed = new double[m], ee = new double[m];
        for (int k = 0; k < m; k++) { PlasticEvents.Event e = path.events().get(k); es[k] = e.strain(); ed[k] = e.stressDrop(); ee[k] = e.energyDrop(); }
        r.put("curve.strain", path.strain()).put("curve.stress", path.stress());
        r.put("event.strain", es).put("event.stress_drop", ed).put("event.energy_drop", ee);
        for (Map.Entry<Indicator, double[]> e : f0.raw().entrySet()) {
            double[] rx = new double[m], o = e.getKey().oriented(e.getValue());
            for (int k = 0; k < m; k++) rx[k] = PlasticityScore.normalisedRank(o, path.events().get(k).locus());
            r.put("rx_event." + e.getKey().label, rx);
        }
        deltaGamma(r, p, preset, c0, path, sv);
    }

    /** r_x of each cheap field computed Delta gamma before each event, for every Delta gamma of the grid. */
    private static void deltaGamma(GlassRecord r, Protocol p, Preset preset, Configuration c0, PlasticEvents.Path path, Softness sv) {
        IndicatorFields cheap = new IndicatorFields(p.model(), null, sv, null, 0);
        Map<Integer, IndicatorFields.Fields> cache = new TreeMap<>();
        double[] grid = PlasticityIndicators.DELTA_GAMMA;
        for (int q = 0; q < grid.length; q++) {
            double dg = grid[q];
            Map<Indicator, List<Double>> rx = new TreeMap<>();
            for (PlasticEvents.Event e : path.events()) {
                IndicatorFields.Fields f;
                if (dg == 0) f = cheap.compute(e.onset(), PlasticityIndicators.PATH_INDICATORS);
                else {
                    double target = e.strain() - dg;
                    if (target < -1e-12 || dg < preset.strainStep() - 1e-12) continue;
                    int s = path.stateAtOrBefore(target);
                    f = cache.computeIfAbsent(s, st -> cheap.compute(PlasticEvents.restore(c0, path.positions().get(st)), PlasticityIndicators.PATH_INDICATORS));
                }
                for (Map.Entry<Indicator, double[]> x : f.raw().entrySet())
                    rx.computeIfAbsent(x.getKey(), k -> new ArrayList<>()).add(PlasticityScore.normalisedRank(x.getKey().oriented(x.getValue()), e.locus()));
            }
            for (Map.Entry<Indicator, List<Double>> x : rx.entrySet())
                r.put("rxdg." + q + "." + x.getKey().label, x.getValue().stream().mapToDouble(Double::doubleValue).toArray());
        }
    }
}
