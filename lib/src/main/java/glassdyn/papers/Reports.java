package glassdyn.papers;

import tech.tablesaw.api.Table;

import java.util.Map;

/**
 * What the papers' reports share: rounding of reported numbers, ordered JSON objects for {@code measured}, and
 * writing a paper's figure CSVs with its {@code report.json} ({@link glassdyn.claims.Report}).
 */
public final class Reports {
    private Reports() {}

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
