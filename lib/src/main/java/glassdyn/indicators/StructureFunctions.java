package glassdyn.indicators;

import glassdyn.particles.Configuration;
import glassdyn.potential.SmoothedLennardJones2D;

/**
 * The structure functions the softness classifier sees (paper 003 Appendix B.5, after Cubuk et al., PRL 114, 108001
 * (2015)):
 * <ul>
 *   <li>POLY (B6-B8): normalised distance {@code x = r_ij / d_ij}; 25 hat-binned radial counts {@code G_m = sum_j
 *       g_m(x_ij)}, centres {@code x_m = 0.5 * 1.1^(m-1)}, g_m = 1 at x_m falling linearly to 0 at x_(m+-1); plus the
 *       centre's diameter: 26 features.</li>
 *   <li>LJ: counts of S and L neighbours in bins of width 0.025 of {@code r_ij / sigma_ij} on [0.8, 3) plus the centre's
 *       diameter: 88 x 2 + 1 = 177 features (the paper says 129; spec 003 ambiguity 13 keeps the stated binning).</li>
 * </ul>
 */
public final class StructureFunctions {
    /** POLY: 25 radial functions (B7). */
    public static final int POLY_FUNCTIONS = 25;
    /** LJ binning: [0.8, 3) in steps of 0.025 (B.5). */
    public static final double LJ_X0 = 0.8, LJ_X1 = 3.0, LJ_DX = 0.025;

    private StructureFunctions() {}

    static double polyCentre(int m) { return 0.5 * Math.pow(1.1, m - 1); }

    /** Feature vectors, one row per particle. */
    public static double[][] compute(Configuration c, String model) {
        return model.equals("lj") ? lj(c) : poly(c);
    }

    public static double[][] poly(Configuration c) {
        double xmax = polyCentre(POLY_FUNCTIONS + 1);
        double dmax = 0;
        for (double d : c.diameter) dmax = Math.max(dmax, d);
        NeighbourShells s = NeighbourShells.of(c, NeighbourShells.POLY, xmax, dmax);
        double[][] f = new double[c.n][POLY_FUNCTIONS + 1];
        double lnq = Math.log(1.1), x1 = polyCentre(1);
        for (int i = 0; i < c.n; i++) {
            for (int q = s.start[i]; q < s.start[i + 1]; q++) {
                int j = s.index[q];
                double x = s.dist[q] / NeighbourShells.POLY.of(0, 0, c.diameter[i], c.diameter[j]);
                if (x <= polyCentre(0)) continue;
                // x lies between centres m0 and m0+1 (m index from 0 = the centre below x_1)
                double t = Math.log(x / x1) / lnq + 1;          // continuous m
                int lo = (int) Math.floor(t);
                double xl = polyCentre(lo), xh = polyCentre(lo + 1);
                double wh = (x - xl) / (xh - xl), wl = 1 - wh;
                if (lo >= 1 && lo <= POLY_FUNCTIONS) f[i][lo - 1] += wl;
                if (lo + 1 >= 1 && lo + 1 <= POLY_FUNCTIONS) f[i][lo] += wh;
            }
            f[i][POLY_FUNCTIONS] = c.diameter[i];
        }
        return f;
    }

    public static double[][] lj(Configuration c) {
        int bins = (int) Math.round((LJ_X1 - LJ_X0) / LJ_DX);
        NeighbourShells s = NeighbourShells.of(c, NeighbourShells.LJ, LJ_X1, SmoothedLennardJones2D.SIGMA_LL);
        double[][] f = new double[c.n][2 * bins + 1];
        for (int i = 0; i < c.n; i++) {
            for (int q = s.start[i]; q < s.start[i + 1]; q++) {
                int j = s.index[q];
                double x = s.dist[q] / NeighbourShells.LJ.of(c.type[i], c.type[j], 0, 0);
                int b = (int) Math.floor((x - LJ_X0) / LJ_DX);
                if (b >= 0 && b < bins) f[i][c.type[j] * bins + b] += 1;
            }
            f[i][2 * bins] = c.type[i] == 0 ? SmoothedLennardJones2D.SIGMA_SS : SmoothedLennardJones2D.SIGMA_LL;
        }
        return f;
    }
}
