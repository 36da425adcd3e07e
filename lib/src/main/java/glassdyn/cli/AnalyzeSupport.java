package glassdyn.cli;

import glassdyn.analysis.RelaxationTime;
import glassdyn.InputException;
import tech.tablesaw.api.Table;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the {@code analyze} subcommands. */
final class AnalyzeSupport {
    private AnalyzeSupport() {}

    static Map<String, Object> summary(int frames, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("frames", frames);
        m.put("n", n);
        return m;
    }

    static Table keep(Table t, String... cols) { return t.selectColumns(cols); }

    static Object nanToNull(double v) { return Double.isFinite(v) ? v : null; }

    /**
     * Puts a characteristic time in the summary: its value, or null and {@code key_reason} saying why (the crossing
     * or peak lies outside the sampled window), also printed on standard error as a note.
     */
    static void time(Map<String, Object> s, String key, glassdyn.analysis.RelaxationTime.Estimate e) {
        s.put(key, e.orNull());
        if (!e.resolved()) {
            s.put(key + "_reason", e.reason());
            System.err.println("note: " + key + " not measured: " + e.reason());
        }
    }

    /** A per-particle column of a CSV with an {@code id} column (e.g. the output of persistence or d2min), by particle id. */
    static Map<Integer, Double> fieldById(Path csv, String column) {
        Map<Integer, Double> m = new java.util.HashMap<>();
        List<String> lines;
        try { lines = java.nio.file.Files.readAllLines(csv); }
        catch (java.nio.file.NoSuchFileException e) { throw InputException.at(csv, 0, "no such file", null); }
        catch (java.io.IOException e) { throw InputException.at(csv, 0, "cannot read: " + e.getMessage(), null); }
        if (lines.isEmpty()) throw InputException.at(csv, 1, "empty CSV", "");
        List<String> head = List.of(lines.get(0).split(","));
        int idCol = head.indexOf("id"), valCol = head.indexOf(column);
        if (idCol < 0) throw InputException.at(csv, 1, "no id column", lines.get(0));
        if (valCol < 0) throw InputException.at(csv, 1, "no column '" + column + "'", lines.get(0));
        for (int k = 1; k < lines.size(); k++) {
            String[] v = lines.get(k).split(",", -1);
            if (v.length <= Math.max(idCol, valCol)) throw InputException.at(csv, k + 1, "too few columns", lines.get(k));
            try {
                m.put(Integer.parseInt(v[idCol].strip()), Double.parseDouble(v[valCol].strip()));
            } catch (NumberFormatException e) {
                throw InputException.at(csv, k + 1, "not a number", lines.get(k));
            }
        }
        return m;
    }
}
