package glassdyn.papers.plasticity;

import glassdyn.analysis.FalkLangerD2min;
import glassdyn.indicators.NeighbourShells;
import glassdyn.indicators.Softness;
import glassdyn.indicators.StructureFunctions;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.protocols.GlassPreparation;
import glassdyn.protocols.PlasticEvents;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A softness training glass (Appendix B.5): the first AQS event's critical mode Psi_c, the local maxima (soft, +1) and
 * minima (hard, -1) of its D2min as labels, and the structure functions of the labelled particles at the onset as
 * features.
 */
final class CriticalModeLabels {
    /** Displacement amplitude of the critical mode for its D2min labels (D2min scales as its square; ranks do not). */
    static final double MODE_AMPLITUDE = 1e-3;

    private CriticalModeLabels() {}

    /** Labels ({@code labels}), feature dimension ({@code dim}) and row-major features ({@code features}) of one glass. */
    static GlassRecord of(Protocol p, Preset preset, long sampleSeed) {
        Configuration c = p.prepare(preset.n(), sampleSeed);
        PairPotential pot = GlassPreparation.potential(p.model());
        PlasticEvents.Path path = new PlasticEvents(pot, preset.strainStep()).run(c, 1, PlasticityIndicators.FIRST_EVENT_MAX_STRAIN, false);
        GlassRecord r = new GlassRecord();
        if (path.events().isEmpty()) return r.put("labels").put("dim", 0).put("features");
        PlasticEvents.Event e = path.events().get(0);
        Configuration on = e.onset();
        double[] d2 = d2minOfMode(on, e.mode());
        double range = p.model().equals("lj") ? Softness.LABEL_RANGE_LJ : Softness.LABEL_RANGE_POLY;
        int[] lab = Softness.labels(d2, NeighbourShells.of(on, NeighbourShells.UNIT, range, 1));
        double[][] f = StructureFunctions.compute(on, p.model());
        List<Double> labels = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < on.n; i++) if (lab[i] != 0) { labels.add((double) lab[i]); rows.add(f[i]); }
        int d = f[0].length;
        double[] flat = new double[rows.size() * d];
        for (int k = 0; k < rows.size(); k++) System.arraycopy(rows.get(k), 0, flat, k * d, d);
        return r.put("labels", labels.stream().mapToDouble(Double::doubleValue).toArray()).put("dim", d).put("features", flat);
    }

    /** D2min (Falk-Langer, cutoff 2.5) of the displacement {@code MODE_AMPLITUDE * psi} from the onset. */
    static double[] d2minOfMode(Configuration on, double[] psi) {
        int n = on.n;
        double[] cx = on.x.clone(), cy = on.y.clone(), z = new double[n];
        for (int i = 0; i < n; i++) { cx[i] += MODE_AMPLITUDE * psi[2 * i]; cy[i] += MODE_AMPLITUDE * psi[2 * i + 1]; }
        Table t = new FalkLangerD2min().compute(on.box, on.x, on.y, z, on.box, cx, cy, z, on.id, on.type);
        return t.doubleColumn("d2min").asDoubleArray();
    }
}
