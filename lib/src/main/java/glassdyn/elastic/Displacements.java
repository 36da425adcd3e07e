package glassdyn.elastic;

/**
 * Operations on displacement fields of N particles in {@code dim} dimensions, stored particle by particle
 * ({@code u[dim * i + a]}): dot products and removal of the global translation (the Hessian's zero modes).
 */
public final class Displacements {
    private Displacements() {}

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }

    public static double norm(double[] a) { return Math.sqrt(dot(a, a)); }

    /** Subtracts the mean displacement of each Cartesian component (projects out the {@code dim} translations). */
    public static void removeTranslation(double[] u, int dim) {
        int n = u.length / dim;
        for (int a = 0; a < dim; a++) {
            double s = 0;
            for (int i = 0; i < n; i++) s += u[dim * i + a];
            s /= n;
            for (int i = 0; i < n; i++) u[dim * i + a] -= s;
        }
    }

    /** Scales {@code u} to unit norm; returns the norm it had. */
    public static double normalize(double[] u) {
        double nrm = norm(u);
        if (nrm > 0) for (int k = 0; k < u.length; k++) u[k] /= nrm;
        return nrm;
    }
}
