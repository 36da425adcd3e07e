package glassdyn.papers.epmq;

import glassdyn.epm.Correlations;
import glassdyn.epm.EpmRun;
import glassdyn.papers.StageResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One EPM-Q run ({@link EpmRun.Result}) as a {@link StageResult} of the {@link glassdyn.papers.StageStore} and back,
 * round-trip exact: per window k the arrays {@code wK.t}, {@code wK.p}, {@code wK.chi4}, {@code wK.cs}, {@code wK.cp},
 * {@code wK.samples} and the scalars {@code wK.gamma}, {@code wK.origins}, {@code wK.tauError}, {@code wK.chi4Error};
 * the stress density, the map lags and one array per persistence map; the run's scalars.
 */
final class EpmRunStage {
    private EpmRunStage() {}

    /** Bumped when the stored layout or the meaning of a run changes. */
    static final String VERSION = "epmq-run-2";

    /** Everything that determines the run's result (the stage is recomputed when it differs). */
    static String params(EpmRun.Config c) {
        return VERSION + " " + c.key() + " eq=" + c.equilibrationRates() + " window=" + c.windowRates()
            + " lag=" + c.maxLagRates() + " stressEvery=" + c.stressEvery()
            + " maps=" + (c.mapLags() == null ? "none" : Arrays.toString(c.mapLags()));
    }

    static StageResult encode(EpmRun.Result r) {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("alpha", r.alpha());
        values.put("tEq", r.tEquilibrium());
        values.put("window", r.windowLength());
        values.put("events", (double) r.events());
        values.put("drift", r.stressDrift());
        values.put("seconds", r.seconds());
        values.put("windows", (double) r.windows().size());
        for (int k = 0; k < r.windows().size(); k++) {
            Correlations x = r.windows().get(k);
            String w = "w" + k + ".";
            arrays.put(w + "t", x.t());
            arrays.put(w + "p", x.p());
            arrays.put(w + "chi4", x.chi4());
            arrays.put(w + "cs", x.cs());
            arrays.put(w + "cp", x.cp());
            arrays.put(w + "samples", x.samples());
            values.put(w + "gamma", x.gamma());
            values.put(w + "origins", (double) x.origins());
            values.put(w + "tauError", x.tauAlphaError());
            values.put(w + "chi4Error", x.chi4PeakError());
        }
        arrays.put("density", r.stressDensity());
        arrays.put("mapLags", r.mapLags());
        for (int k = 0; k < r.maps().size(); k++) {
            int[] m = r.maps().get(k);
            double[] d = new double[m.length];
            for (int i = 0; i < m.length; i++) d[i] = m[i];
            arrays.put("map" + k, d);
        }
        return new StageResult(Map.of(), arrays, values);
    }

    static EpmRun.Result decode(EpmRun.Config c, StageResult s) {
        int nw = (int) s.value("windows");
        List<Correlations> ws = new ArrayList<>();
        for (int k = 0; k < nw; k++) {
            String w = "w" + k + ".";
            ws.add(new Correlations(s.array(w + "t"), s.array(w + "p"), s.array(w + "chi4"), s.array(w + "cs"),
                s.array(w + "cp"), s.array(w + "samples"), s.value(w + "gamma"), (long) s.value(w + "origins"),
                s.value(w + "tauError"), s.value(w + "chi4Error")));
        }
        double[] mapLags = s.array("mapLags");
        List<int[]> maps = new ArrayList<>();
        for (int k = 0; k < mapLags.length; k++) {
            double[] d = s.array("map" + k);
            int[] m = new int[d.length];
            for (int i = 0; i < m.length; i++) m[i] = (int) d[i];
            maps.add(m);
        }
        return new EpmRun.Result(c, s.value("alpha"), s.value("tEq"), s.value("window"), ws, s.array("density"), mapLags,
            maps, (long) s.value("events"), s.value("drift"), s.value("seconds"));
    }
}
