package glassdyn.papers.plasticity;

import glassdyn.papers.StageResult;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of one glass sample of paper 003: named arrays of doubles (a scalar is an array of one), stored in the
 * {@link glassdyn.papers.StageStore} as the arrays of a {@link StageResult}.
 */
final class GlassRecord {
    private final Map<String, double[]> values = new LinkedHashMap<>();

    GlassRecord put(String key, double... v) {
        if (key.contains(" ") || key.isEmpty()) throw new IllegalArgumentException("bad key '" + key + "'");
        values.put(key, v.clone());
        return this;
    }

    boolean has(String key) { return values.containsKey(key); }

    double[] get(String key) {
        double[] v = values.get(key);
        if (v == null) throw new IllegalArgumentException("sample record has no '" + key + "'");
        return v;
    }

    double scalar(String key) { return get(key)[0]; }

    StageResult toStage() {
        return new StageResult(Map.of(), new LinkedHashMap<>(values), Map.of());
    }

    static GlassRecord of(StageResult s) {
        GlassRecord r = new GlassRecord();
        r.values.putAll(s.arrays());
        return r;
    }
}
