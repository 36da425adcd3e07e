package glassdyn.indicators;

import glassdyn.particles.Configuration;

/**
 * Local two-body excess entropy s_2 (paper 003 Eqs. B4-B5; Piaggi &amp; Parrinello, JCP 147, 114112 (2017)), in the
 * 2D form of spec 003 section 2.5 (ambiguity 12): {@code g_i(r) = (1 / (2 pi rho r)) sum_j G_delta(r - r_ij)},
 * {@code s_2(i) = -pi rho int_0^{r_m} r dr [g ln g - g + 1]}, Gaussian width delta = 0.12 (ref. [77]), rho the global
 * density, r_m the first minimum of g(r) beyond its first peak. Larger (less negative) = soft (less ordered).
 */
public final class TwoBodyExcessEntropy {
    /** Gaussian broadening delta = 0.12 (paper 003 B4, after Williams et al.). */
    public static final double DELTA = 0.12;
    /** Integration grid dr (spec 003 section 2.5). */
    public static final double DR = 0.005;
    /** Lower integration bound: below it g = 0 (spec 003 section 2.5, avoids 0 ln 0). */
    public static final double R_START = 0.3;

    private TwoBodyExcessEntropy() {}

    /** @param rm upper integration limit (the first minimum of the total g(r)) */
    public static double[] compute(Configuration c, double rm) {
        NeighbourShells s = NeighbourShells.of(c, NeighbourShells.UNIT, rm + 4 * DELTA, 1);
        double rho = c.n / c.box.volume();
        int bins = (int) Math.ceil((rm - R_START) / DR);
        double norm = 1 / Math.sqrt(2 * Math.PI * DELTA * DELTA);
        double[] out = new double[c.n];
        for (int i = 0; i < c.n; i++) {
            double sum = 0;
            for (int b = 0; b < bins; b++) {
                double r = R_START + (b + 0.5) * DR, g = 0;
                for (int q = s.start[i]; q < s.start[i + 1]; q++) {
                    double e = r - s.dist[q];
                    if (Math.abs(e) < 5 * DELTA) g += norm * Math.exp(-e * e / (2 * DELTA * DELTA));
                }
                g /= 2 * Math.PI * rho * r;
                double f = (g > 0 ? g * Math.log(g) : 0) - g + 1;
                sum += r * f * DR;
            }
            out[i] = -Math.PI * rho * sum;
        }
        return out;
    }

    /** The first minimum of g(r) after its highest peak, from a histogram of pair distances up to {@code rmax}. */
    public static double firstMinimum(Configuration c, double rmax) {
        NeighbourShells s = NeighbourShells.of(c, NeighbourShells.UNIT, rmax, 1);
        int bins = (int) (rmax / 0.02);
        double[] h = new double[bins];
        for (int q = 0; q < s.dist.length; q++) {
            int b = (int) (s.dist[q] / 0.02);
            if (b < bins) h[b] += 1 / ((b + 0.5) * 0.02);
        }
        // smooth over 5 bins
        double[] g = new double[bins];
        for (int b = 2; b < bins - 2; b++) g[b] = (h[b - 2] + h[b - 1] + h[b] + h[b + 1] + h[b + 2]) / 5;
        int peak = 0;
        for (int b = 0; b < bins; b++) if (g[b] > g[peak]) peak = b;
        int min = peak;
        for (int b = peak + 1; b < bins - 2; b++) { if (g[b] < g[min]) min = b; if (g[b] > 1.2 * g[min] && b > min + 5) break; }
        return (min + 0.5) * 0.02;
    }
}
