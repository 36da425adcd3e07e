package glassdyn.analysis;

/** The Bessel function J0 for the isotropic average of F_s in 2D. */
final class Bessel {
    private Bessel() {}

    /**
     * J0(x): the power series for |x| &lt; 12 (cancellation costs at most ~1e-12 there), and Hankel's asymptotic
     * expansion with four terms of P and Q beyond (truncation error below 2e-8 for x &ge; 12; Abramowitz and Stegun
     * 9.2.5, 9.2.9, 9.2.10). Ample for averages of F_s.
     */
    static double j0(double x) {
        x = Math.abs(x);
        if (x < 12) {
            double term = 1, sum = 1, q = x * x / 4;
            for (int k = 1; k < 60; k++) {
                term *= -q / ((double) k * k);
                sum += term;
                if (Math.abs(term) < 1e-17 * Math.abs(sum) && k > 2) break;
            }
            return sum;
        }
                // P and Q of A&S 9.2.9/9.2.10 for nu = 0, in powers of 1/(8x)
        double y = 1 / (8 * x), y2 = y * y;
        double p = 1 - 9.0 / 2 * y2 + 3675.0 / 8 * y2 * y2 - 2401245.0 / 16 * y2 * y2 * y2;
        double qq = -y + 75.0 / 2 * y * y2 - 893025.0 / 120 * y * y2 * y2 + 18261468225.0 / 5040 * y * y2 * y2 * y2;
        double chi = x - Math.PI / 4;
        return Math.sqrt(2 / (Math.PI * x)) * (p * Math.cos(chi) - qq * Math.sin(chi));
    }
}
