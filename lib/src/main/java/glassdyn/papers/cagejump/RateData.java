package glassdyn.papers.cagejump;

import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.potential.HardCoreYukawa;
import glassdyn.space.Box;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Figure data and final state of one finished (phi, rate) of the shear chains, stored in {@link glassdyn.papers.StageStore}
 * as two stages: the analysis (scalars and panel columns, tied to {@link RateAnalysis#VERSION}) and the final
 * configuration (which starts the next, lower rate of the chain).
 */
final class RateData {
    int analysis;
    double phi, rate;
    final Map<String, Double> scalars = new LinkedHashMap<>();
    final Map<String, Map<String, double[]>> panels = new LinkedHashMap<>();
    double[] fx, fy, fz, tilt;
    int[] ftype, fix, fiy, fiz;
    double boxLength;

    private static final String PANEL = "panel.";

    /** The analysis part: scalars as values (plus meta.phi, meta.rate, meta.analysis), panel columns as arrays {@code panel.P.C}. */
    StageResult analysisStage() {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, double[]>> p : panels.entrySet())
            for (Map.Entry<String, double[]> c : p.getValue().entrySet()) arrays.put(PANEL + p.getKey() + "." + c.getKey(), c.getValue());
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("meta.phi", phi); values.put("meta.rate", rate); values.put("meta.analysis", (double) analysis);
        values.putAll(scalars);
        return new StageResult(Map.of(), arrays, values);
    }

    /** The final configuration as arrays, the box edge as a value. */
    StageResult stateStage() {
        Map<String, double[]> a = new LinkedHashMap<>();
        a.put("x", fx); a.put("y", fy); a.put("z", fz); a.put("type", toDouble(ftype));
        a.put("ix", toDouble(fix)); a.put("iy", toDouble(fiy)); a.put("iz", toDouble(fiz)); a.put("tilt", tilt);
        return new StageResult(Map.of(), a, Map.of("box_length", boxLength));
    }

    /** Rebuilds the data from its two stages (the state may be null, then the chain cannot continue from it). */
    static RateData of(StageResult analysisStage, StageResult state) {
        RateData d = new RateData();
        for (Map.Entry<String, Double> e : analysisStage.values().entrySet()) {
            switch (e.getKey()) {
                case "meta.phi" -> d.phi = e.getValue();
                case "meta.rate" -> d.rate = e.getValue();
                case "meta.analysis" -> d.analysis = e.getValue().intValue();
                default -> d.scalars.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, double[]> e : analysisStage.arrays().entrySet()) {
            String name = e.getKey().substring(PANEL.length());
            int dot = name.indexOf('.');
            d.panels.computeIfAbsent(name.substring(0, dot), k -> new LinkedHashMap<>()).put(name.substring(dot + 1), e.getValue());
        }
        if (state != null) d.copyState(state);
        return d;
    }

    /** Copies the final configuration of a state stage. */
    void copyState(StageResult s) {
        fx = s.array("x"); fy = s.array("y"); fz = s.array("z"); ftype = toInt(s.array("type"));
        fix = toInt(s.array("ix")); fiy = toInt(s.array("iy")); fiz = toInt(s.array("iz")); tilt = s.array("tilt");
        boxLength = s.value("box_length");
    }

    /** Copies the final configuration of {@code end}. */
    void copyState(Configuration end) {
        fx = end.x.clone(); fy = end.y.clone(); fz = end.z.clone(); ftype = end.type.clone();
        fix = end.ix.clone(); fiy = end.iy.clone(); fiz = end.iz.clone();
        tilt = new double[] {end.box.xy()}; boxLength = end.box.lx();
    }

    /** The final configuration, the start of the next rate. */
    Configuration restore() {
        int n = fx.length;
        Configuration c = new Configuration(n, Box.cubic(3, boxLength));
        c.box.setTilt(tilt[0]);
        c.mass = new double[] {1, 1};
        for (int i = 0; i < n; i++) {
            c.x[i] = fx[i]; c.y[i] = fy[i]; c.z[i] = fz[i]; c.type[i] = ftype[i];
            c.ix[i] = fix[i]; c.iy[i] = fiy[i]; c.iz[i] = fiz[i];
            c.diameter[i] = HardCoreYukawa.DIAMETERS[c.type[i]];
        }
        return c;
    }

    static double[] toDouble(int[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) d[i] = a[i];
        return d;
    }

    static int[] toInt(double[] a) {
        int[] d = new int[a.length];
        for (int i = 0; i < a.length; i++) d[i] = (int) a[i];
        return d;
    }
}
