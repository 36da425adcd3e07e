package glassdyn.papers.taulc;

import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Structure and tau_LC (paper 001 Sec. IV): ridge regression of ln tau_LC on the structural descriptors (Eqs. 9-13,
 * Fig. 17) and the linear-SVM hardness separating slow from fast particles (Figs. 19-20).
 */
final class StructureLearning {
    private final TauLcDuality d;

    StructureLearning(TauLcDuality d) { this.d = d; }

    /** Fraction of particles in the training set (paper 001 Sec. IV A: random 80:20 split). */
    static final double TRAIN_FRACTION = 0.8;
    /** Cross-validation folds and the ridge penalties scanned (spec 001 ambiguity 22: 10^-3 .. 10^3, widened to 10^5 because the quick data chose the old edge, 10^3). */
    static final int FOLDS = 5;
    static final double[] RIDGE_ALPHAS = {1e-3, 1e-2, 1e-1, 1, 10, 100, 1000, 1e4, 1e5};
    /** SVM penalties scanned on a validation part of the training set (spec 001 ambiguity 24: C is not stated). */
    static final double[] SVM_C = {0.01, 0.1, 1};

    /** The structural data set: features, ln tau_LC, slow label and the rate (0 = equilibrium) of every particle. */
    public record Data(double[][] x, double[] lnTau, boolean[] slow, double[] rate) {}

    private Data structureCache;

    /**
     * Equilibrium origins (all fast, spec ambiguity 24) and the steady configurations at the ensemble rates (tau_LC
     * from cessation, labels by Eq. 2 on the curve), features of {@link StructuralDescriptors}.
     */
    synchronized Data data() {
        if (structureCache != null) return structureCache;
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>(), rate = new ArrayList<>();
        List<Boolean> slow = new ArrayList<>();
        for (int k = 0; k < d.preset().origins(); k++) {
            double[][] f = glassdyn.analysis.StructuralDescriptors.compute(d.origins().get(k));
            double[] tau = d.equilibrium(k).tau();
            for (int i = 0; i < tau.length; i++) { x.add(f[i]); y.add(Math.log(tau[i])); slow.add(false); rate.add(0.0); }
        }
        double tau2 = d.tau2();
        for (double r : d.preset().iceRates()) {
            double[][] f = glassdyn.analysis.StructuralDescriptors.compute(d.steadyOrigin(r));
            double[] tau = d.cessation(r).tau();
            boolean[] sl = d.steadyRelation(r).slowByCurve(tau2);
            for (int i = 0; i < tau.length; i++) { x.add(f[i]); y.add(Math.log(tau[i])); slow.add(sl[i]); rate.add(r); }
        }
        boolean[] sb = new boolean[slow.size()];
        for (int i = 0; i < sb.length; i++) sb[i] = slow.get(i);
        structureCache = new Data(x.toArray(new double[0][]), TauLcFigures.unbox(y), sb, TauLcFigures.unbox(rate));
        return structureCache;
    }

    /** The random 80:20 training split of {@code n} particles for {@code salt} (17: ridge, 20: SVM). */
    boolean[] trainSplit(int n, long salt) {
        glassdyn.dynamics.RandomStream rnd = new glassdyn.dynamics.RandomStream(d.seed() + salt);
        boolean[] train = new boolean[n];
        for (int i = 0; i < n; i++) train[i] = rnd.nextDouble() < TRAIN_FRACTION;
        return train;
    }

    /** The cross-validation fold of each of {@code n} particles (seeded; the ridge of Fig. 17 and the Fig. 18 sequence). */
    int[] folds(int n) {
        int[] fold = new int[n];
        glassdyn.dynamics.RandomStream rnd = new glassdyn.dynamics.RandomStream(d.seed() + 18);
        for (int i = 0; i < n; i++) fold[i] = rnd.nextInt(FOLDS);
        return fold;
    }

    /** Fig. 17: ridge prediction of ln tau_LC on the test particles (one row each). */
    Table ridge() {
        Data s = data();
        int n = s.lnTau().length;
        boolean[] train = trainSplit(n, 17);
        int[] fold = folds(n);
        glassdyn.stats.RidgeRegression model = glassdyn.stats.RidgeRegression.crossValidated(s.x(), s.lnTau(), train, fold, FOLDS, RIDGE_ALPHAS);
        List<Double> rate = new ArrayList<>(), truth = new ArrayList<>(), pred = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (train[i]) continue;
            rate.add(s.rate()[i]); truth.add(s.lnTau()[i]); pred.add(model.predict(s.x()[i]));
        }
        double[] a = new double[rate.size()];
        Arrays.fill(a, model.alpha());
        return Tables.of("fig17 ridge regression of ln tau_LC (test set)", "rate", TauLcFigures.unbox(rate), "ln_tau_LC", TauLcFigures.unbox(truth),
            "ln_tau_LC_predicted", TauLcFigures.unbox(pred), "alpha", a);
    }

    /**
     * Fig. 19-20: linear-SVM hardness. Training on a class-balanced (undersampled) 80% of the particles, C chosen on a
     * quarter of that held out; accuracy on the balanced remaining 20%. Per rate: mean H, p_H = fraction with H &gt; 0,
     * and p_slow, plus the test accuracy and Pearson(H, ln tau_LC) over all particles (in every row).
     */
    Table hardness() {
        Data s = data();
        int n = s.lnTau().length;
        boolean[] train = trainSplit(n, 20);
        boolean[] bTrain = balanced(s.slow(), train, 21), test = new boolean[n];
        for (int i = 0; i < n; i++) test[i] = !train[i];
        boolean[] bTest = balanced(s.slow(), test, 22);
        double[] rates = java.util.stream.DoubleStream.concat(java.util.stream.DoubleStream.of(0), Arrays.stream(d.preset().iceRates())).toArray();
        if (count(s.slow(), bTrain, true) < MIN_CLASS_SIZE) {
            // no slow particles to learn from (a short smoke run): every SVM column NaN, p_slow still reported
            double[] nan = new double[rates.length], pS = new double[rates.length];
            Arrays.fill(nan, Double.NaN);
            for (int k = 0; k < rates.length; k++) {
                int m = 0;
                for (int i = 0; i < n; i++) if (s.rate()[i] == rates[k]) { m++; if (s.slow()[i]) pS[k]++; }
                pS[k] /= m;
            }
            return Tables.of("fig20 hardness", "rate", rates, "mean_H", nan, "p_H", nan.clone(), "p_slow", pS,
                "test_accuracy", nan.clone(), "pearson_H_ln_tau_LC", nan.clone(), "C", nan.clone(),
                "pearson_H_ln_tau_LC_test_rate", nan.clone(), "pearson_test_lo90", nan.clone(), "pearson_test_hi90", nan.clone());
        }
        // C on a validation quarter of the balanced training set
        glassdyn.dynamics.RandomStream rnd = new glassdyn.dynamics.RandomStream(d.seed() + 23);
        boolean[] fit = new boolean[n], val = new boolean[n];
        for (int i = 0; i < n; i++) if (bTrain[i]) { if (rnd.nextDouble() < 0.75) fit[i] = true; else val[i] = true; }
        double bestC = SVM_C[SVM_C.length / 2], bestAcc = -1;
        boolean scan = count(s.slow(), fit, true) >= MIN_CLASS_SIZE && count(s.slow(), fit, false) >= MIN_CLASS_SIZE;
        for (double c : scan ? SVM_C : new double[0]) {
            double acc = accuracy(glassdyn.analysis.HardnessClassifier.fit(s.x(), s.slow(), fit, c, d.seed() + 24), s, val);
            if (acc > bestAcc) { bestAcc = acc; bestC = c; }
        }
        glassdyn.analysis.HardnessClassifier h = glassdyn.analysis.HardnessClassifier.fit(s.x(), s.slow(), bTrain, bestC, d.seed() + 25);
        double testAcc = accuracy(h, s, bTest);
        double[] hv = new double[n];
        for (int i = 0; i < n; i++) hv[i] = h.hardness(s.x()[i]);
        hardnessCache = hv;
        double pear = glassdyn.stats.RidgeRegression.pearson(hv, s.lnTau());
        double[] meanH = new double[rates.length], pH = new double[rates.length], pS = new double[rates.length];
        for (int k = 0; k < rates.length; k++) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (s.rate()[i] != rates[k]) continue;
                m++; meanH[k] += hv[i]; if (hv[i] > 0) pH[k]++; if (s.slow()[i]) pS[k]++;
            }
            meanH[k] /= m; pH[k] /= m; pS[k] /= m;
        }
        double[] acc = new double[rates.length], pr = new double[rates.length], cc = new double[rates.length];
        Arrays.fill(acc, testAcc); Arrays.fill(pr, pear); Arrays.fill(cc, bestC);
        double[][] perRate = testPearsonPerRate(hv, s, test, rates);
        return Tables.of("fig20 hardness", "rate", rates, "mean_H", meanH, "p_H", pH, "p_slow", pS,
            "test_accuracy", acc, "pearson_H_ln_tau_LC", pr, "C", cc, "pearson_H_ln_tau_LC_test_rate", perRate[0],
            "pearson_test_lo90", perRate[1], "pearson_test_hi90", perRate[2]);
    }

    /**
     * Claim #28 (Sec. IV B: Pearson(H, tau_LC) ~ 0.5 per rate): Pearson of H with ln tau_LC over the held-out (non-training)
     * particles of each rate, with a 90% bootstrap interval over those particles (the unit; neighbours are correlated,
     * so the interval is a lower bound on the uncertainty). Rows: {pearson, lo, hi} per rate.
     */
    static double[][] testPearsonPerRate(double[] h, Data s, boolean[] test, double[] rates) {
        double[][] out = new double[3][rates.length];
        for (int k = 0; k < rates.length; k++) {
            java.util.List<Integer> idx = new java.util.ArrayList<>();
            for (int i = 0; i < h.length; i++) if (test[i] && s.rate()[i] == rates[k]) idx.add(i);
            double[] a = new double[idx.size()], b = new double[idx.size()];
            for (int j = 0; j < a.length; j++) { a[j] = h[idx.get(j)]; b[j] = s.lnTau()[idx.get(j)]; }
            out[0][k] = a.length < 3 ? Double.NaN : glassdyn.stats.RidgeRegression.pearson(a, b);
            double[] ci = glassdyn.stats.Bootstrap.interval(a.length, r -> {
                double[] x = new double[r.length], y = new double[r.length];
                for (int j = 0; j < r.length; j++) { x[j] = a[r[j]]; y[j] = b[r[j]]; }
                return glassdyn.stats.RidgeRegression.pearson(x, y);
            }, 28 + k);
            out[1][k] = ci[0];
            out[2][k] = ci[1];
        }
        return out;
    }

    /**
     * Controls of the SVM accuracy (review 001, claim 27), on the same balanced test set as {@link #hardness()}:
     * {rate-only, shuffled}: the accuracy of predicting each particle's label by the majority label of its rate in the
     * balanced training set, and of a linear SVM (C = the middle of the grid) trained on labels shuffled within each
     * rate (structure kept, particle-level information destroyed). NaN without enough slow particles.
     */
    double[] svmControls() {
        Data s = data();
        int n = s.lnTau().length;
        boolean[] train = trainSplit(n, 20);
        boolean[] bTrain = balanced(s.slow(), train, 21), test = new boolean[n];
        for (int i = 0; i < n; i++) test[i] = !train[i];
        boolean[] bTest = balanced(s.slow(), test, 22);
        if (count(s.slow(), bTrain, true) < MIN_CLASS_SIZE) return new double[] {Double.NaN, Double.NaN};
        java.util.Map<Double, int[]> votes = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) if (bTrain[i]) votes.computeIfAbsent(s.rate()[i], r -> new int[2])[s.slow()[i] ? 1 : 0]++;
        int right = 0, m = 0;
        for (int i = 0; i < n; i++) {
            if (!bTest[i]) continue;
            int[] v = votes.getOrDefault(s.rate()[i], new int[2]);
            m++;
            if ((v[1] > v[0]) == s.slow()[i]) right++;
        }
        boolean[] shuffled = s.slow().clone();
        glassdyn.dynamics.RandomStream rnd = new glassdyn.dynamics.RandomStream(d.seed() + 26);
        for (double r : java.util.Arrays.stream(s.rate()).distinct().toArray()) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < n; i++) if (s.rate()[i] == r) idx.add(i);
            for (int k = idx.size() - 1; k > 0; k--) {
                int j = rnd.nextInt(k + 1);
                boolean t = shuffled[idx.get(k)]; shuffled[idx.get(k)] = shuffled[idx.get(j)]; shuffled[idx.get(j)] = t;
            }
        }
        glassdyn.analysis.HardnessClassifier h = glassdyn.analysis.HardnessClassifier.fit(s.x(), shuffled, bTrain,
            SVM_C[SVM_C.length / 2], d.seed() + 27);
        return new double[] {m == 0 ? Double.NaN : (double) right / m, accuracy(h, s, bTest)};
    }

    private double[] hardnessCache;

    /** H of every particle of {@link #data()} (the SVM of {@link #hardness()}), or null when the SVM was not trained. */
    synchronized double[] particleHardness() {
        if (hardnessCache == null) hardness();
        return hardnessCache;
    }

    /** Fewest particles of a class (slow or fast) the SVM is trained on; fewer (a short smoke run) and it is not trained. */
    static final int MIN_CLASS_SIZE = 4;

    private static int count(boolean[] slow, boolean[] use, boolean label) {
        int m = 0;
        for (int i = 0; i < use.length; i++) if (use[i] && slow[i] == label) m++;
        return m;
    }

    private static double accuracy(glassdyn.analysis.HardnessClassifier h, Data s, boolean[] use) {
        int right = 0, m = 0;
        for (int i = 0; i < use.length; i++) {
            if (!use[i]) continue;
            m++;
            if ((h.hardness(s.x()[i]) > 0) == s.slow()[i]) right++;
        }
        return m == 0 ? Double.NaN : (double) right / m;
    }

    /** The rows of {@code use} with the majority class undersampled at random to the minority's size. */
    private boolean[] balanced(boolean[] slow, boolean[] use, long salt) {
        List<Integer> s = new ArrayList<>(), f = new ArrayList<>();
        for (int i = 0; i < use.length; i++) if (use[i]) (slow[i] ? s : f).add(i);
        List<Integer> big = s.size() > f.size() ? s : f, small = big == s ? f : s;
        glassdyn.dynamics.RandomStream rnd = new glassdyn.dynamics.RandomStream(d.seed() + salt);
        for (int i = big.size() - 1; i > 0; i--) { int j = rnd.nextInt(i + 1); Integer t = big.get(i); big.set(i, big.get(j)); big.set(j, t); }
        boolean[] out = new boolean[use.length];
        for (int i : small) out[i] = true;
        for (int k = 0; k < small.size(); k++) out[big.get(k)] = true;
        return out;
    }
}
