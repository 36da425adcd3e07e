package glassdyn.papers.cagejump;

import glassdyn.space.Box;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers building the panel columns of paper 000's figure data (rows to columns, name-value pairs to maps). */
final class PanelColumns {
    private PanelColumns() {}

    /** Column {@code c} of a list of rows. */
    static double[] col(List<double[]> rows, int c) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) v[i] = rows.get(i)[c];
        return v;
    }

    /** An ordered map of columns from alternating names and double arrays. */
    static Map<String, double[]> cols(Object... kv) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (double[]) kv[i + 1]);
        return m;
    }

    /** {@code p - centre} as the minimum image, prefixed by {@code kind} and {@code mode}. */
    static double[] relative(Box b, double[] p, double[] centre, double kind, double mode) {
        double[] dv = {p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]};
        b.minimumImage(dv);
        return new double[] {kind, mode, dv[0], dv[1], dv[2]};
    }

    /** A point wrapped into the (tilted) box. */
    static double[] wrapped(Box b, double x, double y, double z) {
        double[] px = {x}, py = {y}, pz = {z};
        b.wrap(0, px, py, pz, new int[1], new int[1], new int[1]);
        return new double[] {px[0], py[0], pz[0]};
    }
}
