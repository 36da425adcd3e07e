package glassdyn.papers.plasticity;

import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.ShearModulus;
import glassdyn.elastic.SparseCholeskySolver;
import glassdyn.indicators.Indicator;
import glassdyn.indicators.IndicatorFields;
import glassdyn.indicators.LocalYieldStress;
import glassdyn.indicators.PlasticityScore;
import glassdyn.indicators.SaddlePointSampling;
import glassdyn.indicators.Softness;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.protocols.GlassPreparation;
import glassdyn.protocols.PlasticEvents;
import glassdyn.stats.RankCorrelation;

import java.util.Arrays;
import java.util.Map;

/**
 * A scored glass (Sec. II): every indicator field at gamma = 0, AQS to the first event (to the path strain for the
 * path samples), the normalised rank r_x of the event locus in each oriented field (Eq. 1), the Spearman matrix of the
 * fields (Fig. 4a), Delta tau_y / G (Fig. 8b) and, for sample 0, the particle maps.
 */
final class FirstEventScores {
    private FirstEventScores() {}

    static GlassRecord of(Protocol p, Preset preset, int index, long sampleSeed, Softness sv) {
        Configuration c = p.prepare(preset.n(), sampleSeed);
        Configuration c0 = c.copy();
        PairPotential pot = GlassPreparation.potential(p.model());
        InteractingPairs pairs = InteractingPairs.of(c0, pot);
        double g = ShearModulus.xy(pairs, new SparseCholeskySolver(Hessian.of(pairs), true), c0.box.volume()).g();
        boolean isPath = index < preset.pathSamples(p);
        double maxStrain = PlasticityIndicators.FIRST_EVENT_MAX_STRAIN;
        PlasticEvents aqs = new PlasticEvents(pot, preset.strainStep());
        PlasticEvents.Path path = aqs.run(c, isPath ? preset.maxPathEvents() : 1, isPath ? preset.pathStrain() : maxStrain, maxStrain, isPath);
        IndicatorFields fc = fields(p, preset, index, sampleSeed, sv, pot, c0);
        IndicatorFields.Fields f = fc.compute(c0, IndicatorFields.all());
        GlassRecord r = new GlassRecord().put("G", g).put("events", path.events().size());
        SaddlePointSampling.Result sps = fc.lastSaddles();
        if (sps != null) r.put("sps.events_per_cluster", sps.eventsPerCluster()).put("sps.full_clusters", sps.fullClusters(preset.spsEvents()))
            .put("sps.searches_per_cluster", (double) sps.searches() / Math.max(1, sps.clusters()));
        if (path.events().isEmpty()) return r;
        PlasticEvents.Event e1 = path.events().get(0);
        r.put("gamma_x", e1.strain()).put("stress_drop", e1.stressDrop()).put("locus", e1.locus())
            .put("lambda", e1.lowestEigenvalue()).put("participation", e1.participation());
        for (Indicator ind : Indicator.values()) {
            double[] raw = f.raw().get(ind);
            if (raw == null) continue;
            r.put("rx." + ind.label, PlasticityScore.normalisedRank(ind.oriented(raw), e1.locus()));
            r.put("sec." + ind.label, f.seconds().get(ind));
        }
        OnsetDetectors.record(r, aqs, e1, maxStrain, f);
        r.put("spearman", spearman(f));
        if (f.raw().containsKey(Indicator.YIELD_STRESS)) {
            double[] v = f.raw().get(Indicator.YIELD_STRESS).clone();
            for (int i = 0; i < v.length; i++) v[i] /= g;
            r.put("dtau_over_G", v);
        }
        // Theta of every scored glass (Fig. 8(c,d): P(Theta) and the Theta > 0.1 fraction); older checkpoints have it on the map glass only
        if (f.raw().containsKey(Indicator.THETA)) r.put("field." + Indicator.THETA.label, f.raw().get(Indicator.THETA));
        if (index == 0) {
            r.put("map.x", c0.x).put("map.y", c0.y).put("map.d", c0.diameter);
            for (Map.Entry<Indicator, double[]> e : f.raw().entrySet()) r.put("map." + e.getKey().label, e.getKey().oriented(e.getValue()));
        }
        if (isPath) StrainPathScores.record(r, p, preset, c0, path, f, sv);
        return r;
    }

    /** The field computer of one sample: Delta tau_y on the first yieldSamples glasses, SPS on the first spsSamples. */
    private static IndicatorFields fields(Protocol p, Preset preset, int index, long sampleSeed, Softness sv, PairPotential pot, Configuration c0) {
        double maxD = 1;
        for (double d : c0.diameter) maxD = Math.max(maxD, d);
        LocalYieldStress lys = index < preset.yieldSamples(p)
            ? new LocalYieldStress(pot, LocalYieldStress.R_FREE, pot.maxCutoff(maxD) + 0.3, preset.yieldSpacing(), preset.yieldAngles(), LocalYieldStress.LOCAL_STRAIN_STEP)
            : null;
        SaddlePointSampling sps = index < preset.spsSamples(p)
            ? new SaddlePointSampling(pot, preset.spsEvents(), preset.spsCentreStride(), sampleSeed, 1) : null;
        return new IndicatorFields(p.model(), lys, sv, sps, 0);
    }

    /** Spearman C_s between every pair of oriented fields (row-major in {@link Indicator} order, NaN where one is missing). */
    private static double[] spearman(IndicatorFields.Fields f) {
        Indicator[] all = Indicator.values();
        double[] sp = new double[all.length * all.length];
        Arrays.fill(sp, Double.NaN);
        for (int a = 0; a < all.length; a++)
            for (int b = 0; b < all.length; b++) {
                double[] fa = f.raw().get(all[a]), fb = f.raw().get(all[b]);
                if (fa != null && fb != null)
                    sp[a * all.length + b] = RankCorrelation.spearman(all[a].oriented(fa), all[b].oriented(fb));
            }
        return sp;
    }
}
