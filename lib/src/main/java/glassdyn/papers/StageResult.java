package glassdyn.papers;

import tech.tablesaw.api.Table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one stage of a paper's pipeline produces: named tables (all columns numeric or text), named arrays of doubles
 * (per-particle fields, positions; int data stored as doubles is exact below 2^53) and named scalars. Stored and
 * loaded by {@link StageStore}.
 */
public record StageResult(Map<String, Table> tables, Map<String, double[]> arrays, Map<String, Double> values) {
    public StageResult {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        for (String k : tables.keySet()) StageStore.checkName(k);
        for (String k : arrays.keySet()) StageStore.checkName(k);
    }

    public static StageResult of(Map<String, Table> tables, Map<String, Double> values) {
        return new StageResult(tables, Map.of(), values);
    }

    /** The table named {@code name}; throws when there is none. */
    public Table table(String name) {
        Table t = tables.get(name);
        if (t == null) throw new IllegalArgumentException("stage result has no table '" + name + "' (has " + tables.keySet() + ")");
        return t;
    }

    /** The array named {@code name}; throws when there is none. */
    public double[] array(String name) {
        double[] a = arrays.get(name);
        if (a == null) throw new IllegalArgumentException("stage result has no array '" + name + "' (has " + arrays.keySet() + ")");
        return a;
    }

    /** The scalar named {@code name}; throws when there is none. */
    public double value(String name) {
        Double v = values.get(name);
        if (v == null) throw new IllegalArgumentException("stage result has no value '" + name + "' (has " + values.keySet() + ")");
        return v;
    }
}
