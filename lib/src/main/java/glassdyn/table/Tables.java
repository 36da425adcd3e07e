package glassdyn.table;

import glassdyn.io.AtomicFiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Bridges between glassdyn's arrays and Tablesaw tables: building, HTML display, atomic CSV. */
public final class Tables {
    private Tables() {}

    /**
     * A table of named double columns, e.g. {@code Tables.of("msd", "t", t, "msd", msd)}: names carry units or
     * the quantity's symbol as in the papers; all columns must have the same length.
     */
    public static Table of(String name, Object... namesAndColumns) {
        if (namesAndColumns.length % 2 != 0) throw new IllegalArgumentException("expected name/column pairs");
        Table t = Table.create(name);
        int len = -1;
        for (int k = 0; k < namesAndColumns.length; k += 2) {
            String col = (String) namesAndColumns[k];
            double[] v = (double[]) namesAndColumns[k + 1];
            if (len >= 0 && v.length != len)
                throw new IllegalArgumentException("column " + col + " has " + v.length + " rows, expected " + len);
            len = v.length;
            t.addColumns(DoubleColumn.create(col, v));
        }
        return t;
    }

    /** Writes a table as CSV atomically (no partial file on failure). Doubles keep full precision. */
    public static void writeCsv(Table table, Path file) {
        AtomicFiles.write(file, out -> writeCsv(table, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** Writes a table as CSV to a writer (flushed, not closed); the same text as {@link #writeCsv(Table, Path)}. */
    public static void writeCsv(Table table, Writer w) throws java.io.IOException {
        int nc = table.columnCount();
        for (int c = 0; c < nc; c++) {
            if (c > 0) w.write(',');
            w.write(table.column(c).name());
        }
        w.write('\n');
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < table.rowCount(); r++) {
            sb.setLength(0);
            for (int c = 0; c < nc; c++) {
                if (c > 0) sb.append(',');
                Column<?> col = table.column(c);
                if (col.isMissing(r)) continue;
                Object v = col.get(r);
                if (v instanceof Double d) sb.append(Double.isFinite(d) ? Double.toString(d) : "nan");
                else {
                    String s = String.valueOf(v);
                    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0) s = '"' + s.replace("\"", "\"\"") + '"';
                    sb.append(s);
                }
            }
            sb.append('\n');
            w.write(sb.toString());
        }
        w.flush();
    }

    /**
     * An HTML table for notebooks: the first {@code head} and last {@code tail} rows, numbers to six significant
     * digits, the table's name and size as a caption.
     */
    /**
     * The table, or when it has no row the note "empty at this scale: WHY" (what a notebook cell shows instead of an
     * empty table; the notebook test accepts it).
     */
    public static Object orEmptyNote(Table table, String why) {
        return table.rowCount() > 0 ? table : table.name() + ": empty at this scale: " + why;
    }

    public static String toHtml(Table table, int head, int tail) {
        StringBuilder sb = new StringBuilder();
        int rows = table.rowCount();
        sb.append("<div class=\"glassdyn-table\" data-rows=\"").append(rows).append("\"><table style=\"border-collapse:collapse;font-size:12px\">");
        sb.append("<caption style=\"text-align:left;font-weight:bold\">").append(escape(table.name()))
            .append(" <span style=\"font-weight:normal;color:#666\">(").append(rows).append(" rows &times; ")
            .append(table.columnCount()).append(" columns)</span></caption><thead><tr>");
        for (Column<?> c : table.columns())
            sb.append("<th style=\"border-bottom:1px solid #999;padding:2px 8px;text-align:right\">")
                .append(escape(c.name())).append("</th>");
        sb.append("</tr></thead><tbody>");
        boolean elide = rows > head + tail + 1;
        for (int r = 0; r < rows; r++) {
            if (elide && r == head) {
                sb.append("<tr><td colspan=\"").append(table.columnCount())
                    .append("\" style=\"text-align:center;color:#666\">&hellip; ").append(rows - head - tail)
                    .append(" more rows &hellip;</td></tr>");
                r = rows - tail - 1;
                continue;
            }
            sb.append("<tr>");
            for (Column<?> c : table.columns()) {
                sb.append("<td style=\"padding:2px 8px;text-align:right\">");
                if (!c.isMissing(r)) {
                    Object v = c.get(r);
                    sb.append(escape(v instanceof Double d ? format(d) : String.valueOf(v)));
                }
                sb.append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</tbody></table></div>").toString();
    }

    static String format(double d) {
        if (!Double.isFinite(d)) return Double.toString(d);
        if (d == Math.rint(d) && Math.abs(d) < 1e9) return Long.toString((long) d);
        return String.format("%.6g", d);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
