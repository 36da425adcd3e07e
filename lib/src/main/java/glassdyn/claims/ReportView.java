package glassdyn.claims;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A report as people read it: a compact table (check, claim in one line with its source, paper value, measured value
 * with interval, status) as HTML for notebooks, with each long reason folded into a {@code <details>} element and the
 * status as a coloured word, or as plain text for the terminal ({@code reproduce} prints it to stderr). The full
 * {@code measured} structure stays in report.json; here it is shortened to {@link #SHORT} characters.
 */
public final class ReportView {
    private ReportView() {}

    /** Longest measured value shown in a table cell. */
    public static final int SHORT = 48;

    private static final Map<Status, String> COLOUR = Map.of(Status.PASS, "#1a7f37", Status.FAIL, "#cf222e",
        Status.NOT_SHOWN, "#9a6700", Status.INFORMATIONAL, "#57606a");

    /** Self-contained HTML (inline styles only), readable at 1200 px. */
    public static String html(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<div style=\"font-family:sans-serif;font-size:13px;max-width:1180px\">");
        sb.append("<p><b>").append(esc(r.paper())).append("</b>, scale ").append(esc(r.scale()))
            .append(", commit ").append(esc(String.valueOf(r.commit()))).append(": ")
            .append(r.count(Status.PASS)).append(" pass, ").append(r.count(Status.FAIL)).append(" fail, ")
            .append(r.count(Status.NOT_SHOWN)).append(" not shown of ").append(r.total()).append(" checks; ")
            .append(r.count(Status.INFORMATIONAL)).append(" informational</p>");
        sb.append("<table style=\"border-collapse:collapse;table-layout:fixed;width:100%\">");
        sb.append("<colgroup><col style=\"width:16%\"><col style=\"width:40%\"><col style=\"width:12%\">")
            .append("<col style=\"width:20%\"><col style=\"width:12%\"></colgroup>");
        sb.append("<tr style=\"border-bottom:2px solid #888\"><th style=\"text-align:left\">check</th><th style=\"text-align:left\">claim (source)</th>")
            .append("<th>paper</th><th>measured [90% interval]</th><th>status</th></tr>");
        for (Claim c : r.checks()) {
            sb.append("<tr style=\"border-bottom:1px solid #ddd;vertical-align:top\">");
            cell(sb, "<code style=\"word-break:break-all\">" + esc(c.name()) + "</code>");
            String claim = esc(c.claim()) + (c.source() == null ? "" : " <i>(" + esc(c.source()) + ")</i>");
            String why = c.reason() == null ? "" : c.reason();
            if (c.needs() != null) why += (why.isEmpty() ? "" : " ") + "Needs: " + c.needs();
            if (!why.isEmpty()) claim += "<details><summary style=\"color:#555\">why</summary>"
                + esc(why) + "</details>";
            cell(sb, claim);
            cell(sb, esc(shortValue(c.paperValue())));
            cell(sb, esc(measured(c)));
            cell(sb, "<b style=\"color:" + COLOUR.get(c.status()) + "\">" + label(c.status()) + "</b>");
            sb.append("</tr>");
        }
        return sb.append("</table></div>").toString();
    }

    /** Plain text, one line per check, the reason (and needs) on an indented line below. */
    public static String text(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.paper()).append(" (").append(r.scale()).append(", ").append(r.commit()).append("): ")
            .append(r.count(Status.PASS)).append(" pass, ").append(r.count(Status.FAIL)).append(" fail, ")
            .append(r.count(Status.NOT_SHOWN)).append(" not shown of ").append(r.total()).append(", ")
            .append(r.count(Status.INFORMATIONAL)).append(" informational\n");
        int w = 8;
        for (Claim c : r.checks()) w = Math.max(w, c.name().length());
        for (Claim c : r.checks()) {
            sb.append(String.format(Locale.ROOT, "  %-13s %-" + w + "s  %s | paper %s | measured %s%n",
                label(c.status()).toUpperCase(Locale.ROOT), c.name(), c.claim(), shortValue(c.paperValue()), measured(c)));
            if (c.reason() != null) sb.append("  ").append(" ".repeat(14 + w)).append(c.reason()).append('\n');
            if (c.needs() != null) sb.append("  ").append(" ".repeat(14 + w)).append("needs: ").append(c.needs()).append('\n');
        }
        return sb.toString();
    }

    /** "pass", "fail", "not shown", "informational". */
    public static String label(Status s) { return s.json().replace('_', ' '); }

    /** The measured value shortened, with the interval when there is one. */
    public static String measured(Claim c) {
        String v = shortValue(c.measured());
        if (c.interval() != null) v += " [" + num(c.interval()[0]) + ", " + num(c.interval()[1]) + "]";
        return v;
    }

    /** A number to 4 significant digits, a short list or map in full, anything longer cut at {@link #SHORT}. */
    public static String shortValue(Object v) {
        String s;
        if (v == null) s = "-";
        else if (v instanceof Number n) s = num(n.doubleValue());
        else if (v instanceof String str) s = str;
        else if (v instanceof double[] a) s = list(java.util.Arrays.stream(a).boxed().toList());
        else if (v instanceof Collection<?> l) s = list(l);
        else if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (b.length() > 0) b.append(", ");
                b.append(e.getKey()).append(' ').append(shortValue(e.getValue()));
                if (b.length() > SHORT) break;
            }
            s = b.toString();
        } else s = String.valueOf(v);
        return s.length() > SHORT ? s.substring(0, SHORT - 1) + "\u2026" : s;
    }

    private static String list(Collection<?> l) {
        StringBuilder b = new StringBuilder("[");
        for (Object o : l) {
            if (b.length() > 1) b.append(", ");
            b.append(shortValue(o));
            if (b.length() > SHORT) break;
        }
        return b.append(']').toString();
    }

    static String num(double x) {
        if (!Double.isFinite(x)) return "n/a";
        if (x == Math.rint(x) && Math.abs(x) < 1e6) return String.valueOf((long) x);
        return String.format(Locale.ROOT, "%.4g", x).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
            .replaceAll("\\.$", "");
    }

    private static void cell(StringBuilder sb, String html) {
        sb.append("<td style=\"padding:3px 6px;overflow-wrap:anywhere;text-align:left\">").append(html).append("</td>");
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
