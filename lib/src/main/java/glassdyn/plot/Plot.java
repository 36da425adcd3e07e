package glassdyn.plot;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.HistogramTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A figure built from tables: curves of one column against another, optional log axes, fitted lines and
 * heatmaps. Notebooks end a cell with a {@code Plot} (or its {@link #figure()}) and the kernel shows it offline.
 *
 * <pre>{@code
 * Plot.of("Mean-square displacement").logX().logY()
 *     .line(msd, "t", "msd_A", "A").line(msd, "t", "msd_B", "B")
 *     .fit("t^1", 1e-2, 1e2, t -> 6 * t)
 * }</pre>
 */
public final class Plot {
    private final String title;
    private final List<Trace> traces = new ArrayList<>();
    private String emptyBecause;
    private boolean logX, logY;
    private String xLabel, yLabel, y2Label;
    private boolean rightAxis;
    private int width = 640, height = 420;

    private Plot(String title) { this.title = title; }

    public static Plot of(String title) { return new Plot(title); }

    public Plot logX() { logX = true; return this; }
    public Plot logY() { logY = true; return this; }
    public Plot xLabel(String s) { xLabel = s; return this; }
    public Plot yLabel(String s) { yLabel = s; return this; }
    public Plot size(int width, int height) { this.width = width; this.height = height; return this; }

    /** Lines with markers of {@code y} against {@code x}; rows with a non-finite value (or non-positive on a log axis) are skipped. */
    public Plot line(Table t, String x, String y, String name) {
        return add(t, x, y, name, ScatterTrace.Mode.LINE_AND_MARKERS);
    }

    /**
     * One line per distinct value of {@code group} (e.g. one curve per temperature of a long table with a {@code T}
     * column), named {@code group = value}, in the order the values first appear.
     */
    public Plot lines(Table t, String x, String y, String group) {
        return grouped(t, x, y, group, ScatterTrace.Mode.LINE_AND_MARKERS);
    }

    /** Markers only, one series per distinct value of {@code group}. */
    public Plot pointsBy(Table t, String x, String y, String group) {
        return grouped(t, x, y, group, ScatterTrace.Mode.MARKERS);
    }

    private Plot grouped(Table t, String x, String y, String group, ScatterTrace.Mode mode) {
        var col = t.column(group);
        java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>();
        for (int r = 0; r < t.rowCount(); r++) values.add(col.getString(r));
        for (String v : values) {
            int[] rows = java.util.stream.IntStream.range(0, t.rowCount()).filter(r -> col.getString(r).equals(v)).toArray();
            add(t.rows(rows), x, y, group + " = " + groupLabel(v), mode);
        }
        return this;
    }

    /**
     * A group's value as a legend shows it: a decimal with binary round-off ({@code 2.7999999999997245}, a time summed
     * from steps) to 6 significant digits without trailing zeros; other values unchanged.
     */
    static String groupLabel(String v) {
        if (v.length() <= 8 || v.indexOf('.') < 0) return v;   // short values and integers (ids, seeds) as they are
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) return v;
            return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /**
     * Lines with markers of {@code y} against {@code x} on a second y axis at the right (twin axes, e.g. a stress and a
     * strain over the same times), titled {@code label} ({@code null}: untitled, the trace name then says which axis; the
     * legend sits over the right axis' title otherwise).
     */
    public Plot lineRight(Table t, String x, String y, String name, String label) {
        double[][] xy = clean(((NumericColumn<?>) t.column(x)).asDoubleArray(), ((NumericColumn<?>) t.column(y)).asDoubleArray());
        rightAxis = true;
        y2Label = label;
        traces.add(ScatterTrace.builder(xy[0], xy[1]).name(name == null ? y : name).mode(ScatterTrace.Mode.LINE_AND_MARKERS)
            .yAxis(ScatterTrace.YAxis.Y2).marker(Marker.builder().size(5).build()).build());
        return this;
    }

    /**
     * A shaded band between the columns {@code lo} ({@code null}: zero) and {@code hi} against {@code x} (an error or
     * noise band); rows with a non-finite value are skipped.
     */
    public Plot band(Table t, String x, String lo, String hi, String name) {
        double[] xv = ((NumericColumn<?>) t.column(x)).asDoubleArray(), hv = ((NumericColumn<?>) t.column(hi)).asDoubleArray();
        double[] lv = lo == null ? new double[xv.length] : ((NumericColumn<?>) t.column(lo)).asDoubleArray();
        int[] keep = java.util.stream.IntStream.range(0, xv.length).filter(i -> Double.isFinite(xv[i]) && Double.isFinite(lv[i])
            && Double.isFinite(hv[i]) && !(logX && xv[i] <= 0) && !(logY && (lv[i] <= 0 || hv[i] <= 0))).toArray();
        int m = keep.length;
        double[] px = new double[2 * m], py = new double[2 * m];
        for (int k = 0; k < m; k++) {
            px[k] = xv[keep[k]]; py[k] = hv[keep[k]];
            px[2 * m - 1 - k] = xv[keep[k]]; py[2 * m - 1 - k] = lv[keep[k]];
        }
        if (xLabel == null) xLabel = x;
        traces.add(ScatterTrace.builder(px, py).name(name).mode(ScatterTrace.Mode.LINE).fill(ScatterTrace.Fill.TO_SELF)
            .fillColor("rgba(120,120,120,0.25)").line(Line.builder().width(0).build()).build());
        return this;
    }

    /** Markers only. */
    public Plot points(Table t, String x, String y, String name) {
        return add(t, x, y, name, ScatterTrace.Mode.MARKERS);
    }

    /**
     * A particle map: markers at ({@code x}, {@code y}) coloured by {@code color} (viridis, with a colour bar), e.g. a
     * slab of particles coloured by their relaxation time; {@code logColor} colours by log10 of the value.
     */
    public Plot particles(Table t, String x, String y, String color, boolean logColor) {
        double[] xv = ((NumericColumn<?>) t.column(x)).asDoubleArray(), yv = ((NumericColumn<?>) t.column(y)).asDoubleArray();
        double[] cv = ((NumericColumn<?>) t.column(color)).asDoubleArray().clone();
        if (logColor) for (int i = 0; i < cv.length; i++) cv[i] = Math.log10(cv[i]);
        if (xLabel == null) xLabel = x;
        if (yLabel == null) yLabel = y;
        traces.add(ScatterTrace.builder(xv, yv).name(logColor ? "log10 " + color : color).mode(ScatterTrace.Mode.MARKERS)
            .marker(Marker.builder().size(7).color(cv).colorScale(Marker.Palette.VIRIDIS).showScale(true).colorBar(LOWER_COLOR_BAR).build()).build());
        return this;
    }

    /** The colour bar of {@link #particles} in the lower half of the right margin, so the legend above it stays readable. */
    private static final tech.tablesaw.plotly.components.ColorBar LOWER_COLOR_BAR = tech.tablesaw.plotly.components.ColorBar.builder()
        .len(0.55).y(0).yAnchor(tech.tablesaw.plotly.components.ColorBar.Yanchor.BOTTOM).build();

    /** A curve from arrays (for fits and theory lines). */
    public Plot curve(String name, double[] x, double[] y, boolean dashed) {
        double[][] xy = clean(x, y);
        ScatterTrace.ScatterBuilder b = ScatterTrace.builder(xy[0], xy[1]).name(name).mode(ScatterTrace.Mode.LINE);
        if (dashed) b.line(Line.builder().dash(Line.Dash.DASH).build());
        traces.add(b.build());
        return this;
    }

    /**
     * Vectors (u, v) drawn from the points (x, y): one segment per vector, grouped under one legend entry {@code name},
     * with a marker at the head; non-finite vectors are skipped.
     */
    public Plot arrows(String name, double[] x, double[] y, double[] u, double[] v) {
        List<double[]> heads = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!(Double.isFinite(x[i]) && Double.isFinite(y[i]) && Double.isFinite(u[i]) && Double.isFinite(v[i]))) continue;
            traces.add(ScatterTrace.builder(new double[] {x[i], x[i] + u[i]}, new double[] {y[i], y[i] + v[i]}).name(name)
                .legendGroup(name).showLegend(heads.isEmpty()).mode(ScatterTrace.Mode.LINE).line(Line.builder().color("black").width(1).build()).build());
            heads.add(new double[] {x[i] + u[i], y[i] + v[i]});
        }
        double[] hx = new double[heads.size()], hy = new double[heads.size()];
        for (int i = 0; i < hx.length; i++) { hx[i] = heads.get(i)[0]; hy[i] = heads.get(i)[1]; }
        if (hx.length > 0) traces.add(ScatterTrace.builder(hx, hy).name(name + " (heads)").legendGroup(name).showLegend(false)
            .mode(ScatterTrace.Mode.MARKERS).marker(Marker.builder().size(4).color("black").build()).build());
        return this;
    }

    /** {@link #arrows} in a colour of its own, zero vectors skipped (e.g. the red force dipole of paper 004 Fig. 1). */
    public Plot arrows(String name, double[] x, double[] y, double[] u, double[] v, String color) {
        double[] hx = new double[x.length], hy = new double[x.length];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (!(Double.isFinite(x[i]) && Double.isFinite(y[i]) && Double.isFinite(u[i]) && Double.isFinite(v[i]))) continue;
            if (u[i] == 0 && v[i] == 0) continue;   // only the non-zero vectors (e.g. the two forces of one dipole)
            traces.add(ScatterTrace.builder(new double[] {x[i], x[i] + u[i]}, new double[] {y[i], y[i] + v[i]}).name(name)
                .legendGroup(name).showLegend(k == 0).mode(ScatterTrace.Mode.LINE).line(Line.builder().color(color).width(3).build()).build());
            hx[k] = x[i] + u[i]; hy[k] = y[i] + v[i]; k++;
        }
        if (k > 0) traces.add(ScatterTrace.builder(java.util.Arrays.copyOf(hx, k), java.util.Arrays.copyOf(hy, k)).name(name + " (heads)")
            .legendGroup(name).showLegend(false).mode(ScatterTrace.Mode.MARKERS).marker(Marker.builder().size(7).color(color).build()).build());
        return this;
    }

    /**
     * Segments from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}), one per row, coloured by {@code value} in
     * {@code classes} quantile classes of the value (one trace per class, viridis from low to high, legend = value
     * range), e.g. the bonds of a glass coloured by their stiffness.
     */
    public Plot segments(Table t, String x1, String y1, String x2, String y2, String value, int classes) {
        double[] a = col(t, x1), b = col(t, y1), c = col(t, x2), d = col(t, y2), v = col(t, value);
        double[] sorted = java.util.Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) return this;
        String[] palette = {"#440154", "#46327e", "#365c8d", "#277f8e", "#1fa187", "#4ac16d", "#a0da39", "#fde725"};
        int m = Math.max(1, Math.min(classes, palette.length));
        for (int k = 0; k < m; k++) {
            double lo = sorted[(int) ((long) k * (sorted.length - 1) / m)], hi = sorted[(int) ((long) (k + 1) * (sorted.length - 1) / m)];
            List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                boolean in = k == m - 1 ? v[i] >= lo && v[i] <= hi : v[i] >= lo && v[i] < hi;
                if (!in || !(Double.isFinite(a[i]) && Double.isFinite(b[i]) && Double.isFinite(c[i]) && Double.isFinite(d[i]))) continue;
                xs.add(a[i]); xs.add(c[i]); xs.add(Double.NaN);
                ys.add(b[i]); ys.add(d[i]); ys.add(Double.NaN);
            }
            if (xs.isEmpty()) continue;
            String color = palette[m == 1 ? 0 : k * (palette.length - 1) / (m - 1)];
            traces.add(ScatterTrace.builder(xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray())
                .name(String.format(java.util.Locale.ROOT, "%s %.3g-%.3g", value, lo, hi)).mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(color).width(2).build()).build());
        }
        if (xLabel == null) xLabel = "x";
        if (yLabel == null) yLabel = "y";
        return this;
    }

    /** Open circles of marker size {@code size} at (x, y), outlined in {@code color} (e.g. the loci of soft modes). */
    public Plot circles(String name, double[] x, double[] y, double size, String color) {
        traces.add(ScatterTrace.builder(x, y).name(name).mode(ScatterTrace.Mode.MARKERS)
            .marker(Marker.builder().size(size).color("rgba(0,0,0,0)").line(Line.builder().color(color).width(2).build()).build()).build());
        return this;
    }

    private static double[] col(Table t, String name) { return ((NumericColumn<?>) t.column(name)).asDoubleArray(); }

    /** A fitted or theoretical function drawn dashed over {@code [x0, x1]} (log-spaced when the x axis is logarithmic). */
    public Plot fit(String name, double x0, double x1, DoubleUnaryOperator f) {
        int m = 100;
        double[] x = new double[m], y = new double[m];
        for (int i = 0; i < m; i++) {
            double u = i / (m - 1.0);
            x[i] = logX ? x0 * Math.pow(x1 / x0, u) : x0 + (x1 - x0) * u;
            y[i] = f.applyAsDouble(x[i]);
        }
        return curve(name, x, y, true);
    }

    /** A histogram of one column (non-finite values skipped), {@code bins} bins, normalised to a probability density. */
    public Plot histogram(Table t, String column, String name, int bins) {
        double[] v = ((NumericColumn<?>) t.column(column)).asDoubleArray();
        double[] clean = java.util.Arrays.stream(v).filter(Double::isFinite).toArray();
        if (xLabel == null) xLabel = column;
        if (yLabel == null) yLabel = "probability density";
        traces.add(HistogramTrace.builder(clean).name(name == null ? column : name).nBinsX(bins)
            .histNorm(HistogramTrace.HistNorm.PROBABILITY_DENSITY).opacity(0.7).build());
        return this;
    }

    /**
     * A particle map: one marker per row at ({@code x}, {@code y}) coloured by {@code value} (its rank when
     * {@code byRank}, so that skewed fields keep their contrast), with a colour bar; non-finite rows are skipped.
     */
    public Plot particleMap(Table t, String x, String y, String value, boolean byRank, double markerSize) {
        double[] xv = ((NumericColumn<?>) t.column(x)).asDoubleArray(), yv = ((NumericColumn<?>) t.column(y)).asDoubleArray();
        double[] v = ((NumericColumn<?>) t.column(value)).asDoubleArray();
        int k = 0;
        double[] cx = new double[v.length], cy = new double[v.length], cv = new double[v.length];
        for (int i = 0; i < v.length; i++)
            if (Double.isFinite(xv[i]) && Double.isFinite(yv[i]) && Double.isFinite(v[i])) { cx[k] = xv[i]; cy[k] = yv[i]; cv[k] = v[i]; k++; }
        cx = java.util.Arrays.copyOf(cx, k); cy = java.util.Arrays.copyOf(cy, k); cv = java.util.Arrays.copyOf(cv, k);
        if (byRank) {
            double[] r = glassdyn.stats.RankCorrelation.ranks(cv);
            for (int i = 0; i < k; i++) cv[i] = r[i] / k;
        }
        if (xLabel == null) xLabel = x;
        if (yLabel == null) yLabel = y;
        traces.add(ScatterTrace.builder(cx, cy).name(byRank ? "rank of " + value : value).mode(ScatterTrace.Mode.MARKERS)
            .marker(Marker.builder().size(markerSize).color(cv).colorScale(Marker.Palette.VIRIDIS).showScale(true).colorBar(LOWER_COLOR_BAR).build()).build());
        return this;
    }

    /** A heatmap of {@code z[row][col]} (row = y index, col = x index). */
    public Plot heatmap(double[][] z) {
        int ny = z.length, nx = ny == 0 ? 0 : z[0].length;
        Object[] xs = new Object[nx], ys = new Object[ny];
        for (int i = 0; i < nx; i++) xs[i] = i;
        for (int j = 0; j < ny; j++) ys[j] = j;
        traces.add(HeatmapTrace.builder(xs, ys, z).build());
        return this;
    }

    private Plot add(Table t, String x, String y, String name, ScatterTrace.Mode mode) {
        double[] xv = ((NumericColumn<?>) t.column(x)).asDoubleArray();
        double[] yv = ((NumericColumn<?>) t.column(y)).asDoubleArray();
        double[][] xy = clean(xv, yv);
        if (xLabel == null) xLabel = x;
        if (yLabel == null) yLabel = y;
        traces.add(ScatterTrace.builder(xy[0], xy[1]).name(name == null ? y : name).mode(mode)
            .marker(Marker.builder().size(5).build()).build());
        return this;
    }

    private double[][] clean(double[] x, double[] y) {
        int n = Math.min(x.length, y.length), k = 0;
        double[] cx = new double[n], cy = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) continue;
            if ((logX && x[i] <= 0) || (logY && y[i] <= 0)) continue;
            cx[k] = x[i]; cy[k] = y[i]; k++;
        }
        return new double[][] {java.util.Arrays.copyOf(cx, k), java.util.Arrays.copyOf(cy, k)};
    }

    /** The Tablesaw/plotly figure. */
    public Figure figure() {
        Axis.AxisBuilder xa = Axis.builder().title(xLabel == null ? "" : xLabel);
        Axis.AxisBuilder ya = Axis.builder().title(yLabel == null ? "" : yLabel);
        if (logX) xa.type(Axis.Type.LOG);
        if (logY) ya.type(Axis.Type.LOG);
        Layout.LayoutBuilder lb = Layout.builder().title(title).width(width).height(height).xAxis(xa.build()).yAxis(ya.build());
        if (rightAxis) lb.yAxis2(Axis.builder().title(y2Label == null ? "" : y2Label).overlaying(ScatterTrace.YAxis.Y).side(Axis.Side.right).build());
        Layout layout = lb.build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    /** HTML fragment (plotly.js bundled offline). */
    /**
     * Why this plot may have no trace at this scale (e.g. "no complete cluster at N = 500"); an empty plot then shows
     * "empty at this scale: WHY" instead of blank axes, which the notebook test accepts. No effect on a plot with traces.
     */
    public Plot emptyBecause(String why) {
        this.emptyBecause = why;
        return this;
    }

    /** The plot as offline plotly HTML, wrapped in a div that states its trace count ({@code data-traces}). */
    public String html() {
        if (traces.isEmpty() && emptyBecause != null)
            return "<div class=\"glassdyn-plot\" data-traces=\"0\"><p><b>" + escapeHtml(title) + "</b>: empty at this scale: "
                + escapeHtml(emptyBecause) + "</p></div>";
        return "<div class=\"glassdyn-plot\" data-traces=\"" + traceCount() + "\">" + Plotly.html(figure()) + "</div>";
    }

    public int traceCount() { return traces.size(); }

    /** Text form for notebooks' text/plain output. */
    public String text() {
        return traces.isEmpty() && emptyBecause != null ? "plot '" + title + "' with 0 traces: empty at this scale: " + emptyBecause
            : "plot with " + traces.size() + " traces";
    }

    private static String escapeHtml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
