package glassdyn.stats;

import glassdyn.InputException;

/** Spearman's rank correlation (Pearson correlation of the ranks; tied values get their average rank). */
public final class RankCorrelation {
    private RankCorrelation() {}

    public static double spearman(double[] a, double[] b) {
        if (a.length != b.length) throw InputException.parameter("spearman", "arrays must have equal length " + a.length, b.length);
        if (a.length < 2) throw InputException.parameter("spearman", "needs at least two values", a.length);
        for (int i = 0; i < a.length; i++)
            if (Double.isNaN(a[i]) || Double.isNaN(b[i])) throw InputException.parameter("spearman", "NaN at index " + i, a[i] + ", " + b[i]);
        return pearson(ranks(a), ranks(b));
    }

    /** Ranks 1..n with ties averaged. */
    public static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (p, q) -> Double.compare(v[p], v[q]));
        double[] r = new double[n];
        for (int s = 0; s < n; ) {
            int e = s;
            while (e + 1 < n && v[idx[e + 1]] == v[idx[s]]) e++;
            double avg = 0.5 * (s + e) + 1;
            for (int k = s; k <= e; k++) r[idx[k]] = avg;
            s = e + 1;
        }
        return r;
    }

    public static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) { ma += a[i]; mb += b[i]; }
        ma /= n; mb /= n;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) { double x = a[i] - ma, y = b[i] - mb; sab += x * y; saa += x * x; sbb += y * y; }
        return sab / Math.sqrt(saa * sbb);
    }
}
