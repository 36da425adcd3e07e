package glassdyn.papers.epmq;

import glassdyn.papers.Reports;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Column helpers of the EPM-Q figures and claims. */
final class EpmQColumns {
    private EpmQColumns() {}

    static double[] column(double[] ts, java.util.function.ToDoubleFunction<Double> f) {
        double[] out = new double[ts.length];
        for (int i = 0; i < ts.length; i++) out[i] = f.applyAsDouble(ts[i]);
        return out;
    }

    static double[] inverse(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = 1 / x[i];
        return out;
    }

    /** y with NaN where T &gt; tMax (excluded from a fit). */
    static double[] select(double[] ts, double[] y, double tMax) {
        double[] out = y.clone();
        for (int i = 0; i < ts.length; i++) if (ts[i] > tMax) out[i] = Double.NaN;
        return out;
    }

    static double[] constant(int n, double v) { double[] a = new double[n]; Arrays.fill(a, v); return a; }

    /** Stacks per-temperature columns into one long table. */
    static Table stack(String name, List<String> cols, List<double[][]> blocks) {
        int total = blocks.stream().mapToInt(b -> b[0].length).sum();
        Object[] args = new Object[2 * cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            double[] v = new double[total];
            int o = 0;
            for (double[][] b : blocks) { System.arraycopy(b[c], 0, v, o, b[c].length); o += b[c].length; }
            args[2 * c] = cols.get(c);
            args[2 * c + 1] = v;
        }
        return Tables.of(name, args);
    }

    static Table rowsTable(String name, List<String> cols, List<double[]> rows) {
        Object[] args = new Object[2 * cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            double[] v = new double[rows.size()];
            for (int r = 0; r < v.length; r++) v[r] = rows.get(r)[c];
            args[2 * c] = cols.get(c);
            args[2 * c + 1] = v;
        }
        return Tables.of(name, args);
    }

    static Map<String, Object> obj(Object... kv) { return Reports.object(kv); }
}
