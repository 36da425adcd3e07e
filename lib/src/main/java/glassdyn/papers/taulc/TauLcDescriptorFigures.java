package glassdyn.papers.taulc;

import glassdyn.analysis.StructuralDescriptors;
import glassdyn.stats.RidgeRegression;
import glassdyn.table.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The descriptor figures of paper 001 from the data set of the ridge regression ({@link StructureLearning#data()}:
 * equilibrium origins and steady configurations, ln tau_LC per particle): Fig. 16 (Pearson coefficient of every
 * descriptor element with ln tau_LC), Fig. 18 and Table I (test-set Pearson of a ridge regression on the k most
 * correlated elements, k = 1..30, against the whole vector; the top 15 named) and Fig. 25 (Y(r), Eqs. 25-26: the
 * particle mean of the second-generation g_2^-2 with both species together, per rate, and the magnitudes of its first
 * peaks).
 *
 * <p>This library's descriptors are (l, m) = (0, 0) and (2, -2) only ({@link StructuralDescriptors}), not the 2352
 * elements (l = 0..6, all m) of the paper's Fig. 16: the screening is over the elements computed here, ranked the way
 * the paper ranks them (|Pearson| with ln tau_LC on the training particles).
 */
final class TauLcDescriptorFigures {
    /** Largest number of elements in the Fig. 18 forward sequence (paper: the top 30). */
    static final int TOP = 30;
    /** Rows of Table I (paper: 15 features). */
    static final int TABLE_ROWS = 15;
    /** Peaks of Y(r) reported (paper Fig. 25: the first seven). */
    static final int PEAKS = 7;

    private final TauLcDuality d;
    private final StructureLearning s;

    TauLcDescriptorFigures(TauLcDuality d, StructureLearning s) { this.d = d; this.s = s; }

    private int radii() { return StructuralDescriptors.radii(d.origins().get(0)); }

    /** Fig. 16: element index, its generation, l, m, neighbour species (1 = A, 2 = B), r, and Pearson with ln tau_LC over all particles. */
    Table correlation() {
        StructureLearning.Data data = s.data();
        double[] p = featurePearson(data.x(), data.lnTau(), null);
        int nr = radii(), nf = p.length;
        double[] idx = new double[nf], gen = new double[nf], l = new double[nf], m = new double[nf], sp = new double[nf], r = new double[nf];
        for (int f = 0; f < nf; f++) {
            int[] e = element(f, nr);
            idx[f] = f; gen[f] = e[0]; l[f] = e[1] == 0 ? 0 : 2; m[f] = e[1] == 0 ? 0 : -2; sp[f] = e[2] + 1;
            r[f] = StructuralDescriptors.R_FIRST + e[3] * StructuralDescriptors.R_STEP;
        }
        return Tables.of("fig16 Pearson of descriptor elements with ln tau_LC", "element", idx, "generation", gen, "l", l, "m", m,
            "species", sp, "r_sigma", r, "pearson_ln_tau_LC", p);
    }

    /** Fig. 18: k, test-set Pearson of the ridge on the k top elements, and (every row) the Pearson with the whole vector. */
    Table cumulative() {
        StructureLearning.Data data = s.data();
        boolean[] train = s.trainSplit(data.lnTau().length, 17);
        int[] fold = s.folds(data.lnTau().length);
        int[] order = rankByMagnitude(featurePearson(data.x(), data.lnTau(), train));
        int k = Math.min(TOP, order.length);
        double[] ks = new double[k], cum = new double[k], all = new double[k];
        double whole = testPearson(data.x(), data.lnTau(), train, fold, null);
        for (int j = 0; j < k; j++) {
            ks[j] = j + 1;
            cum[j] = testPearson(data.x(), data.lnTau(), train, fold, Arrays.copyOf(order, j + 1));
            all[j] = whole;
        }
        return Tables.of("fig18 cumulative Pearson of the top elements (test set)", "k", ks, "pearson_top_k", cum, "pearson_all_elements", all);
    }

    /** Table I: the top {@value #TABLE_ROWS} elements by training-set |Pearson| with ln tau_LC, named. */
    Table topElements() {
        StructureLearning.Data data = s.data();
        boolean[] train = s.trainSplit(data.lnTau().length, 17);
        double[] p = featurePearson(data.x(), data.lnTau(), train);
        int[] order = rankByMagnitude(p);
        int nr = radii(), k = Math.min(TABLE_ROWS, order.length);
        Table t = Table.create("table I: top descriptor elements (training set)");
        IntColumn rank = IntColumn.create("rank");
        StringColumn name = StringColumn.create("element");
        DoubleColumn pear = DoubleColumn.create("pearson_ln_tau_LC");
        for (int j = 0; j < k; j++) { rank.append(j + 1); name.append(label(order[j], nr)); pear.append(p[order[j]]); }
        return t.addColumns(rank, name, pear);
    }

    /** Fig. 25(a,b): Y(r) = particle mean of the second-generation g_2^-2(r), both species summed; rate 0 = equilibrium origins. */
    Table distortion() {
        StructureLearning.Data data = s.data();
        int nr = radii(), base = 2 * 4 * nr + 2 * nr;
        double[] rates = rates(data.rate());
        List<Double> rate = new ArrayList<>(), r = new ArrayList<>(), y = new ArrayList<>();
        for (double rk : rates) {
            double[] mean = new double[nr];
            int count = 0;
            for (int i = 0; i < data.rate().length; i++) {
                if (data.rate()[i] != rk) continue;
                count++;
                for (int k = 0; k < nr; k++) mean[k] += data.x()[i][base + k] + data.x()[i][base + nr + k];
            }
            for (int k = 0; k < nr; k++) {
                rate.add(rk); r.add(StructuralDescriptors.R_FIRST + k * StructuralDescriptors.R_STEP); y.add(mean[k] / count);
            }
        }
        return Tables.of("fig25 Y(r), second-generation g_2^-2", "rate", TauLcFigures.unbox(rate), "r_sigma", TauLcFigures.unbox(r),
            "Y", TauLcFigures.unbox(y));
    }

    /**
     * Fig. 25(c,d): the first {@value #PEAKS} local extrema of |Y(r)| located at the highest rate, and |Y| at those r
     * for every rate (rate 0 = equilibrium).
     */
    Table distortionPeaks() {
        Table t = distortion();
        double[] rate = t.doubleColumn("rate").asDoubleArray(), rr = t.doubleColumn("r_sigma").asDoubleArray(),
            y = t.doubleColumn("Y").asDoubleArray();
        double[] rates = rates(rate);
        int nr = rate.length / rates.length;
        double top = rates[rates.length - 1];
        int topStart = Arrays.stream(rates).boxed().toList().indexOf(top) * nr;
        int[] peaks = peaks(Arrays.copyOfRange(y, topStart, topStart + nr), PEAKS);
        List<Double> pr = new ArrayList<>(), pi = new ArrayList<>(), pos = new ArrayList<>(), mag = new ArrayList<>();
        for (int q = 0; q < rates.length; q++)
            for (int j = 0; j < peaks.length; j++) {
                pr.add(rates[q]); pi.add((double) j + 1); pos.add(rr[q * nr + peaks[j]]); mag.add(Math.abs(y[q * nr + peaks[j]]));
            }
        return Tables.of("fig25cd |Y| at the first peaks", "rate", TauLcFigures.unbox(pr), "peak", TauLcFigures.unbox(pi),
            "r_sigma", TauLcFigures.unbox(pos), "abs_Y", TauLcFigures.unbox(mag));
    }

    /**
     * Fig. 19: hardness H (signed distance to the SVM hyperplane of Fig. 20) per particle of equilibrium origin 0
     * (rate 0) and of the steady configuration at each ensemble rate, with positions and the Eq. 2 class used to train
     * it (slow = 1). Empty, named with the reason, when the SVM was not trained (too few slow particles).
     */
    Table hardnessMap() {
        double[] h = s.particleHardness();
        if (h == null) return Table.create("fig19 hardness map (SVM not trained: fewer than " + StructureLearning.MIN_CLASS_SIZE
            + " slow training particles)");
        StructureLearning.Data data = s.data();
        List<Double> rate = new ArrayList<>(), x = new ArrayList<>(), y = new ArrayList<>(), z = new ArrayList<>(), hh = new ArrayList<>(), sl = new ArrayList<>();
        double[] ice = d.preset().iceRates();
        int n = d.origins().get(0).n;
        for (int q = -1; q < ice.length; q++) {
            glassdyn.particles.Configuration c = q < 0 ? d.origins().get(0) : d.steadyOrigin(ice[q]);
            int off = q < 0 ? 0 : (d.preset().origins() + q) * n;
            for (int i = 0; i < c.n; i++) {
                rate.add(q < 0 ? 0 : ice[q]); x.add(c.x[i]); y.add(c.y[i]); z.add(c.z[i]);
                hh.add(h[off + i]); sl.add(data.slow()[off + i] ? 1.0 : 0.0);
            }
        }
        return Tables.of("fig19 hardness maps", "rate", TauLcFigures.unbox(rate), "x_sigma", TauLcFigures.unbox(x),
            "y_sigma", TauLcFigures.unbox(y), "z_sigma", TauLcFigures.unbox(z), "H", TauLcFigures.unbox(hh), "slow", TauLcFigures.unbox(sl));
    }

    /** Fig. 17 inset: the test-set Pearson of the ridge prediction per rate (0 = equilibrium) and pooled (rate NaN), with the particle count. */
    Table ridgePerRate() {
        Table t = d.fig17Ridge();
        double[] rate = t.doubleColumn("rate").asDoubleArray(), y = t.doubleColumn("ln_tau_LC").asDoubleArray(),
            p = t.doubleColumn("ln_tau_LC_predicted").asDoubleArray();
        double[] rates = rates(rate);
        double[] r = Arrays.copyOf(rates, rates.length + 1), pear = new double[r.length], count = new double[r.length];
        r[rates.length] = Double.NaN;
        for (int q = 0; q < r.length; q++) {
            boolean[] use = new boolean[rate.length];
            for (int i = 0; i < rate.length; i++) { use[i] = q == rates.length || rate[i] == r[q]; if (use[i]) count[q]++; }
            pear[q] = featurePearson(column(p), y, use)[0];
        }
        return Tables.of("fig17 inset: ridge test Pearson per rate (last row pooled)", "rate", r, "pearson_test", pear, "particles", count);
    }

    private static double[][] column(double[] v) {
        double[][] x = new double[v.length][1];
        for (int i = 0; i < v.length; i++) x[i][0] = v[i];
        return x;
    }

    // ---- pure helpers (unit-tested) ---------------------------------------------------------------------------------

    /** Pearson coefficient of each column of {@code x} with {@code y} over the rows in {@code use} (all when null); NaN for a constant column. */
    static double[] featurePearson(double[][] x, double[] y, boolean[] use) {
        int nf = x[0].length, n = 0;
        double my = 0;
        for (int i = 0; i < y.length; i++) if (use == null || use[i]) { my += y[i]; n++; }
        my /= n;
        double[] out = new double[nf];
        for (int f = 0; f < nf; f++) {
            double mx = 0;
            for (int i = 0; i < y.length; i++) if (use == null || use[i]) mx += x[i][f];
            mx /= n;
            double sxy = 0, sxx = 0, syy = 0;
            for (int i = 0; i < y.length; i++) {
                if (use != null && !use[i]) continue;
                double a = x[i][f] - mx, b = y[i] - my;
                sxy += a * b; sxx += a * a; syy += b * b;
            }
            out[f] = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
        }
        return out;
    }

    /** Indices sorted by decreasing |p|, NaN last. */
    static int[] rankByMagnitude(double[] p) {
        return java.util.stream.IntStream.range(0, p.length).boxed()
            .sorted((a, b) -> Double.compare(Double.isNaN(p[b]) ? -1 : Math.abs(p[b]), Double.isNaN(p[a]) ? -1 : Math.abs(p[a])))
            .mapToInt(Integer::intValue).toArray();
    }

    /** Indices of the first {@code max} interior local extrema of {@code y} (maxima of |y| between sign-consistent neighbours). */
    static int[] peaks(double[] y, int max) {
        List<Integer> out = new ArrayList<>();
        for (int k = 1; k + 1 < y.length && out.size() < max; k++) {
            boolean up = y[k] > y[k - 1] && y[k] >= y[k + 1], down = y[k] < y[k - 1] && y[k] <= y[k + 1];
            if (up || down) out.add(k);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Test-set Pearson of a cross-validated ridge on the columns {@code cols} of {@code x} (all when null). */
    static double testPearson(double[][] x, double[] y, boolean[] train, int[] fold, int[] cols) {
        double[][] sub = x;
        if (cols != null) {
            sub = new double[x.length][cols.length];
            for (int i = 0; i < x.length; i++) for (int j = 0; j < cols.length; j++) sub[i][j] = x[i][cols[j]];
        }
        RidgeRegression model = RidgeRegression.crossValidated(sub, y, train, fold, StructureLearning.FOLDS, StructureLearning.RIDGE_ALPHAS);
        List<Double> p = new ArrayList<>(), t = new ArrayList<>();
        for (int i = 0; i < y.length; i++) if (!train[i]) { p.add(model.predict(sub[i])); t.add(y[i]); }
        return RidgeRegression.pearson(TauLcFigures.unbox(p), TauLcFigures.unbox(t));
    }

    /** {generation, lm (0 = (0,0), 1 = (2,-2)), neighbour species (0 = A, 1 = B), r index} of element {@code f}. */
    static int[] element(int f, int nr) {
        int perGen = 4 * nr, rem = f % perGen;
        return new int[] {f / perGen, rem / (2 * nr), (rem / nr) % 2, rem % nr};
    }

    /** A readable name of element {@code f}: generation, harmonic, neighbour species and r. */
    static String label(int f, int nr) {
        int[] e = element(f, nr);
        return String.format(java.util.Locale.ROOT, "X(%d) %s species %s r = %.1f", e[0], e[1] == 0 ? "g_0^0" : "g_2^-2",
            e[2] == 0 ? "A" : "B", StructuralDescriptors.R_FIRST + e[3] * StructuralDescriptors.R_STEP);
    }

    private static double[] rates(double[] rate) { return Arrays.stream(rate).distinct().sorted().toArray(); }
}
