package glassdyn.indicators;

import smile.classification.LinearSVM;
import smile.classification.SVM;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Machine-learned softness S (paper 003 Appendix B.5; Cubuk et al., PRL 114, 108001 (2015); Schoenholz et al., Nat.
 * Phys. 12, 469 (2016)): a linear support vector machine (Smile, regularisation C = 1) separates "soft" particles,
 * local maxima of D2min of the critical mode's displacement, from "hard" ones, local minima, by their structure functions
 * ({@link StructureFunctions}, standardised; spec default). S_i = the signed distance {@code w.G_i + b}; large = soft.
 */
public final class Softness {
    /** Regularisation C = 1 (paper 003 B.5). */
    public static final double REGULARISATION = 1;
    /** Local extremum range for the D2min labels (spec 003 ambiguity 14): 2.0 (POLY) / 2.5 (LJ), about two shells. */
    public static final double LABEL_RANGE_POLY = 2.0, LABEL_RANGE_LJ = 2.5;

    private final double[] mean, scale;
    private final LinearSVM svm;
    private final double trainingAccuracy;
    private final int trainingSize;

    private Softness(double[] mean, double[] scale, LinearSVM svm, double trainingAccuracy, int trainingSize) {
        this.mean = mean; this.scale = scale; this.svm = svm; this.trainingAccuracy = trainingAccuracy; this.trainingSize = trainingSize;
    }

    public double trainingAccuracy() { return trainingAccuracy; }
    public int trainingSize() { return trainingSize; }

    /** Labels: +1 where d2min exceeds every neighbour's within the shell, -1 where it is below every one, else 0. */
    public static int[] labels(double[] d2min, NeighbourShells range) {
        int[] y = new int[d2min.length];
        for (int i = 0; i < y.length; i++) {
            if (range.count(i) == 0) continue;
            boolean max = true, min = true;
            for (int q = range.start[i]; q < range.start[i + 1]; q++) {
                double o = d2min[range.index[q]];
                if (o >= d2min[i]) max = false;
                if (o <= d2min[i]) min = false;
            }
            y[i] = max ? 1 : min ? -1 : 0;
        }
        return y;
    }

    /**
     * Trains on the labelled rows (label != 0), the two classes balanced by seeded subsampling to the smaller one's
     * size and capped at {@code maxPerClass} each.
     */
    public static Softness train(List<double[]> features, List<Integer> labels, int maxPerClass, long seed) {
        List<double[]> soft = new ArrayList<>(), hard = new ArrayList<>();
        for (int k = 0; k < features.size(); k++) {
            if (labels.get(k) > 0) soft.add(features.get(k));
            else if (labels.get(k) < 0) hard.add(features.get(k));
        }
        int m = Math.min(maxPerClass, Math.min(soft.size(), hard.size()));
        if (m < 2) throw new IllegalArgumentException("too few labelled particles to train softness: " + soft.size() + " soft, " + hard.size() + " hard");
        SplittableRandom r = new SplittableRandom(seed);
        shuffle(soft, r); shuffle(hard, r);
        int d = soft.get(0).length;
        double[][] x = new double[2 * m][];
        int[] y = new int[2 * m];
        for (int k = 0; k < m; k++) { x[2 * k] = soft.get(k); y[2 * k] = 1; x[2 * k + 1] = hard.get(k); y[2 * k + 1] = -1; }
        double[] mean = new double[d], scale = new double[d];
        for (double[] v : x) for (int a = 0; a < d; a++) mean[a] += v[a] / x.length;
        for (double[] v : x) for (int a = 0; a < d; a++) scale[a] += (v[a] - mean[a]) * (v[a] - mean[a]) / x.length;
        for (int a = 0; a < d; a++) scale[a] = scale[a] > 1e-24 ? Math.sqrt(scale[a]) : 1;
        double[][] z = new double[x.length][];
        for (int k = 0; k < x.length; k++) z[k] = standardise(x[k], mean, scale);
        smile.math.MathEx.setSeed(seed);     // Smile's sample order comes from its per-thread generator: seed it, so a fit
        LinearSVM svm = SVM.fit(z, y, new SVM.Options(REGULARISATION));   // does not depend on what the thread fitted before
        Softness s = new Softness(mean, scale, svm, 0, 2 * m);
        int ok = 0;
        for (int k = 0; k < x.length; k++) if ((s.value(x[k]) > 0 ? 1 : -1) == y[k]) ok++;
        return new Softness(mean, scale, svm, (double) ok / x.length, 2 * m);
    }

    private static <T> void shuffle(List<T> l, SplittableRandom r) {
        for (int i = l.size() - 1; i > 0; i--) java.util.Collections.swap(l, i, r.nextInt(i + 1));
    }

    private static double[] standardise(double[] v, double[] mean, double[] scale) {
        double[] z = new double[v.length];
        for (int a = 0; a < v.length; a++) z[a] = (v[a] - mean[a]) / scale[a];
        return z;
    }

    /** S of one feature vector: {@code w.z + b}, z the standardised features. */
    public double value(double[] features) {
        double[] z = standardise(features, mean, scale), w = svm.weights();
        double s = svm.intercept();
        for (int a = 0; a < z.length; a++) s += w[a] * z[a];
        return s;
    }

    /** The softness field of a configuration's feature rows. */
    public double[] field(double[][] features) {
        double[] s = new double[features.length];
        for (int i = 0; i < s.length; i++) s[i] = value(features[i]);
        return s;
    }

    /** Balanced classification accuracy on labelled rows (label != 0): the mean of the two classes' recalls. */
    public double accuracy(List<double[]> features, List<Integer> labels) {
        int sp = 0, so = 0, hp = 0, ho = 0;
        for (int k = 0; k < features.size(); k++) {
            int y = labels.get(k);
            if (y == 0) continue;
            boolean soft = value(features.get(k)) > 0;
            if (y > 0) { sp++; if (soft) so++; } else { hp++; if (!soft) ho++; }
        }
        return 0.5 * ((sp == 0 ? 0 : (double) so / sp) + (hp == 0 ? 0 : (double) ho / hp));
    }
}
