package glassdyn.papers;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;

/**
 * A paper's report ({@code {"paper", "scale", "checks": [{"name", "claim", "paper_value", "measured", "pass"}]}}, the
 * {@code report.json} of {@code reproduce}) as a table of claims, one row per check, for notebooks.
 */
public final class Reports {
    private Reports() {}

    /**
     * The report as a {@link glassdyn.claims.Report} (shown in notebooks as the compact table of
     * {@link glassdyn.claims.ReportView}); old-style checks with {@code pass} true, false or a string are read as pass,
     * fail or not shown.
     */
    public static glassdyn.claims.Report checks(Map<String, Object> report) {
        return glassdyn.claims.Report.fromJson(report);
    }

    /** The report's checks as a Tablesaw table (name, claim, paper value, measured, status). */
    public static Table checkTable(Map<String, Object> report) {
        Table t = Table.create("report: " + report.get("paper") + " (" + report.get("scale") + ")");
        StringColumn name = StringColumn.create("check"), claim = StringColumn.create("claim"),
            paper = StringColumn.create("paper value"), measured = StringColumn.create("measured");
        BooleanColumn pass = BooleanColumn.create("pass");
        Object checks = report.get("checks");
        if (checks instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> c)) continue;
                name.append(String.valueOf(c.get("name")));
                claim.append(String.valueOf(c.get("claim")));
                paper.append(format(c.get("paper_value")));
                measured.append(format(c.get("measured")));
                pass.append(Boolean.TRUE.equals(c.get("pass")));
            }
        }
        return t.addColumns(name, claim, paper, measured, pass);
    }

    /**
     * One check of a report: {@code {"name", "claim", "paper_value", "measured", "pass"}}; {@code pass} is true, false
     * or a string such as "not shown at this scale" when the scale cannot show the claim.
     */
    public static Map<String, Object> check(String name, String claim, Object paper, Object measured, Object pass) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name); m.put("claim", claim); m.put("paper_value", paper); m.put("measured", measured); m.put("pass", pass);
        return m;
    }

    /** Significant digits of the numbers in a report. */
    public static final int DIGITS = 4;

    /**
     * {@code x} to {@link #DIGITS} significant digits, but never fewer than its integer digits (a count of 12191 stays
     * 12191); non-finite values unchanged (the JSON writer prints them as null).
     */
    public static double round(double x) {
        if (Math.abs(x) >= Math.pow(10, DIGITS)) return Math.rint(x);
        return round(x, DIGITS);
    }

    /** {@code x} to {@code digits} significant digits; non-finite values unchanged. */
    public static double round(double x, int digits) {
        if (!Double.isFinite(x) || x == 0) return x;
        return new java.math.BigDecimal(x).round(new java.math.MathContext(digits)).doubleValue();
    }

    /** Each element by {@link #round(double)}, in a new array. */
    public static double[] round(double[] x) {
        double[] o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = round(x[i]);
        return o;
    }

    /** An ordered JSON object from alternating keys and values. */
    public static Map<String, Object> object(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) m.put((String) kv[k], kv[k + 1]);
        return m;
    }

    private static String format(Object v) {
        if (v instanceof Double d) return String.format("%.4g", d);
        if (v instanceof String str) return str;
        return glassdyn.io.Json.write(v);
    }

    /**
     * Writes one CSV per figure panel ({@code name.csv}) and {@code report.json} into {@code out}; returns report.json's
     * object. The report gains the commit of the build and each check its {@code status}, {@code pass} (true only for
     * pass), {@code reason} and {@code needs} ({@link glassdyn.claims.Claim#toJson()}).
     */
    public static Map<String, Object> write(java.nio.file.Path out, Map<String, Table> figures, Map<String, Object> report) {
        for (Map.Entry<String, Table> e : figures.entrySet())
            glassdyn.table.Tables.writeCsv(e.getValue(), out.resolve(e.getKey() + ".csv"));
        glassdyn.claims.Report r = glassdyn.claims.Report.fromJson(report);
        r = new glassdyn.claims.Report(r.paper(), r.scale(), glassdyn.claims.BuildInfo.commit(), r.checks(), r.extras());
        Map<String, Object> json = r.toJson();
        glassdyn.io.AtomicFiles.writeString(out.resolve("report.json"), glassdyn.io.Json.pretty(json));
        return json;
    }

    /** Writes the figure CSVs and report.json of a typed report (its commit replaced by the build's); returns it. */
    public static glassdyn.claims.Report write(java.nio.file.Path out, Map<String, Table> figures, glassdyn.claims.Report report) {
        for (Map.Entry<String, Table> e : figures.entrySet())
            glassdyn.table.Tables.writeCsv(e.getValue(), out.resolve(e.getKey() + ".csv"));
        glassdyn.claims.Report r = new glassdyn.claims.Report(report.paper(), report.scale(),
            glassdyn.claims.BuildInfo.commit(), report.checks(), report.extras());
        glassdyn.io.AtomicFiles.writeString(out.resolve("report.json"), glassdyn.io.Json.pretty(r.toJson()));
        return r;
    }
}
