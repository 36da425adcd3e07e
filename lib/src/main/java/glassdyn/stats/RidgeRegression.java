package glassdyn.stats;

/**
 * Ridge (L2-penalised least-squares) linear regression on z-scored features (paper 001 Sec. IV A uses scikit-learn's
 * Ridge; spec 001 ambiguity 22: features standardised on the training set, intercept unpenalised), solved exactly by
 * the normal equations {@code (Z^T Z + alpha I) w = Z^T (y - mean y)} with a Cholesky factorisation.
 */
public final class RidgeRegression {
    private final double[] mean, scale, w;
    private final double intercept, alpha;

    private RidgeRegression(double[] mean, double[] scale, double[] w, double intercept, double alpha) {
        this.mean = mean; this.scale = scale; this.w = w; this.intercept = intercept; this.alpha = alpha;
    }

    public double alpha() { return alpha; }
    /** Weights on the z-scored features. */
    public double[] weights() { return w.clone(); }

    /** Fits rows {@code x[i]} (only those with {@code use[i]}, or all when {@code use} is null) to {@code y}. */
    public static RidgeRegression fit(double[][] x, double[] y, boolean[] use, double alpha) {
        int n = x.length, p = x[0].length, m = 0;
        double[] mean = new double[p], scale = new double[p];
        double my = 0;
        for (int i = 0; i < n; i++) {
            if (use != null && !use[i]) continue;
            m++; my += y[i];
            for (int f = 0; f < p; f++) mean[f] += x[i][f];
        }
        my /= m;
        for (int f = 0; f < p; f++) mean[f] /= m;
        for (int i = 0; i < n; i++) {
            if (use != null && !use[i]) continue;
            for (int f = 0; f < p; f++) { double d = x[i][f] - mean[f]; scale[f] += d * d; }
        }
        for (int f = 0; f < p; f++) { scale[f] = Math.sqrt(scale[f] / m); if (!(scale[f] > 1e-300)) scale[f] = 1; }
        double[][] a = new double[p][p];
        double[] b = new double[p], z = new double[p];
        for (int i = 0; i < n; i++) {
            if (use != null && !use[i]) continue;
            for (int f = 0; f < p; f++) z[f] = (x[i][f] - mean[f]) / scale[f];
            double yi = y[i] - my;
            for (int f = 0; f < p; f++) {
                b[f] += z[f] * yi;
                double zf = z[f];
                double[] row = a[f];
                for (int g = 0; g <= f; g++) row[g] += zf * z[g];
            }
        }
        for (int f = 0; f < p; f++) { a[f][f] += alpha; for (int g = 0; g < f; g++) a[g][f] = a[f][g]; }
        return new RidgeRegression(mean, scale, solve(a, b), my, alpha);
    }

    /** Cholesky solve of a symmetric positive-definite system (a is overwritten). */
    static double[] solve(double[][] a, double[] b) {
        int p = b.length;
        for (int j = 0; j < p; j++) {
            double s = a[j][j];
            for (int k = 0; k < j; k++) s -= a[j][k] * a[j][k];
            if (!(s > 0)) throw new IllegalStateException("normal matrix not positive definite (alpha too small?)");
            a[j][j] = Math.sqrt(s);
            for (int i = j + 1; i < p; i++) {
                double t = a[i][j];
                for (int k = 0; k < j; k++) t -= a[i][k] * a[j][k];
                a[i][j] = t / a[j][j];
            }
        }
        double[] v = b.clone();
        for (int i = 0; i < p; i++) { for (int k = 0; k < i; k++) v[i] -= a[i][k] * v[k]; v[i] /= a[i][i]; }
        for (int i = p - 1; i >= 0; i--) { for (int k = i + 1; k < p; k++) v[i] -= a[k][i] * v[k]; v[i] /= a[i][i]; }
        return v;
    }

    public double predict(double[] x) {
        double s = intercept;
        for (int f = 0; f < w.length; f++) s += w[f] * (x[f] - mean[f]) / scale[f];
        return s;
    }

    /**
     * alpha from {@code alphas} by {@code folds}-fold cross-validation on the rows with {@code use[i]} (folds by
     * {@code fold[i]}), maximising the mean validation Pearson correlation; then the fit on all those rows.
     */
    public static RidgeRegression crossValidated(double[][] x, double[] y, boolean[] use, int[] fold, int folds, double[] alphas) {
        double best = Double.NEGATIVE_INFINITY, bestAlpha = alphas[0];
        for (double a : alphas) {
            double score = 0;
            for (int k = 0; k < folds; k++) {
                boolean[] train = new boolean[x.length];
                int nv = 0;
                for (int i = 0; i < x.length; i++) { train[i] = use[i] && fold[i] != k; if (use[i] && fold[i] == k) nv++; }
                RidgeRegression r = fit(x, y, train, a);
                double[] pv = new double[nv], tv = new double[nv];
                int q = 0;
                for (int i = 0; i < x.length; i++) if (use[i] && fold[i] == k) { pv[q] = r.predict(x[i]); tv[q++] = y[i]; }
                score += pearson(pv, tv) / folds;
            }
            if (score > best) { best = score; bestAlpha = a; }
        }
        return fit(x, y, use, bestAlpha);
    }

    /** Pearson correlation coefficient. */
    public static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) { ma += a[i] / n; mb += b[i] / n; }
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) { double u = a[i] - ma, v = b[i] - mb; sab += u * v; saa += u * u; sbb += v * v; }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
    }
}
