package glassdyn.analysis;

import smile.classification.LinearSVM;
import smile.classification.SVM;

/**
 * The structural "hardness" of paper 001 Sec. IV B: a linear support-vector machine (Smile's {@link SVM}) trained on
 * z-scored structural features to separate slow (solid-like, label +1) from fast (liquid-like, -1) particles;
 * the hardness is the signed distance to the hyperplane, {@code H = (w . z + b) / |w|} (&gt; 0 solid-like).
 */
public final class HardnessClassifier {
    /** SVM convergence tolerance (Smile's default). */
    public static final double TOLERANCE = 1e-3;
    /**
     * Smile's SVM passes over the data: converged for the hardness (review 001 M21: held-out hardness of a fit with 10x the
     * passes correlates > 0.99 with this one, {@code HardnessClassifierConvergenceTest}; at 3000 x 324 features 2 vs 20
     * passes give hyperplanes at cosine 0.9986 and training accuracy 0.9260 vs 0.9267).
     */
    public static final int EPOCHS = 2;

    private final double[] mean, scale, w;
    private final double b, norm;

    private HardnessClassifier(double[] mean, double[] scale, double[] w, double b) {
        this.mean = mean; this.scale = scale; this.w = w; this.b = b;
        double s = 0;
        for (double v : w) s += v * v;
        norm = Math.sqrt(s);
    }

    /**
     * Trains on the rows with {@code use[i]}; {@code slow[i]} is the label; {@code c} is the SVM penalty C; {@code seed}
     * seeds Smile's sample permutation (its per-thread generator, {@code MathEx.setSeed}), so a fit is reproducible.
     */
    public static HardnessClassifier fit(double[][] x, boolean[] slow, boolean[] use, double c, long seed) {
        return fit(x, slow, use, c, seed, EPOCHS);
    }

    /** As {@link #fit(double[][], boolean[], boolean[], double, long)} with {@code epochs} passes (convergence studies). */
    public static HardnessClassifier fit(double[][] x, boolean[] slow, boolean[] use, double c, long seed, int epochs) {
        int p = x[0].length, m = 0;
        for (boolean u : use) if (u) m++;
        double[] mean = new double[p], scale = new double[p];
        for (int i = 0; i < x.length; i++) if (use[i]) for (int f = 0; f < p; f++) mean[f] += x[i][f] / m;
        for (int i = 0; i < x.length; i++) if (use[i]) for (int f = 0; f < p; f++) { double d = x[i][f] - mean[f]; scale[f] += d * d / m; }
        for (int f = 0; f < p; f++) { scale[f] = Math.sqrt(scale[f]); if (!(scale[f] > 1e-300)) scale[f] = 1; }
        double[][] z = new double[m][];
        int[] y = new int[m];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (!use[i]) continue;
            z[k] = standardise(x[i], mean, scale);
            y[k++] = slow[i] ? 1 : -1;
        }
        smile.math.MathEx.setSeed(seed);
        LinearSVM svm = SVM.fit(z, y, new SVM.Options(c, TOLERANCE, epochs));
        return new HardnessClassifier(mean, scale, svm.weights(), svm.intercept());
    }

    private static double[] standardise(double[] x, double[] mean, double[] scale) {
        double[] z = new double[x.length];
        for (int f = 0; f < x.length; f++) z[f] = (x[f] - mean[f]) / scale[f];
        return z;
    }

    /** Hardness H = (w . z + b) / |w|. */
    public double hardness(double[] x) {
        double s = b;
        for (int f = 0; f < w.length; f++) s += w[f] * (x[f] - mean[f]) / scale[f];
        return s / norm;
    }
}
