package glassdyn.indicators;

import glassdyn.io.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checkpoint of one finished glass sample: named arrays of doubles, one line {@code key v1 v2 ...} each, written
 * atomically (write then rename), values in Java's shortest round-trip form so a resumed run is bit-identical.
 */
public final class SampleRecord {
    private final Map<String, double[]> values = new LinkedHashMap<>();

    public SampleRecord put(String key, double... v) {
        if (key.contains(" ") || key.isEmpty()) throw new IllegalArgumentException("bad key '" + key + "'");
        values.put(key, v.clone());
        return this;
    }

    public boolean has(String key) { return values.containsKey(key); }

    public double[] get(String key) {
        double[] v = values.get(key);
        if (v == null) throw new IllegalArgumentException("sample record has no '" + key + "'");
        return v;
    }

    public double scalar(String key) { return get(key)[0]; }

    public Map<String, double[]> all() { return values; }

    public void write(Path file) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            s.append(e.getKey());
            for (double v : e.getValue()) s.append(' ').append(v);
            s.append('\n');
        }
        AtomicFiles.writeString(file, s.toString());
    }

    /** The record in {@code file}, or null when there is none (a half-written file never exists: writes are atomic). */
    public static SampleRecord read(Path file) {
        if (!Files.exists(file)) return null;
        try {
            List<String> lines = Files.readAllLines(file);
            SampleRecord r = new SampleRecord();
            for (String line : lines) {
                if (line.isBlank()) continue;
                String[] t = line.trim().split(" ");
                double[] v = new double[t.length - 1];
                for (int k = 1; k < t.length; k++) v[k - 1] = Double.parseDouble(t[k]);
                r.values.put(t[0], v);
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            throw new glassdyn.InputException(file + ": corrupt checkpoint (" + e.getMessage() + "); delete it to recompute");
        }
    }
}
