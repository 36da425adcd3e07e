package glassdyn.indicators;

/**
 * Bond-orientational order Psi_m (paper 003 Eq. B1; Kawasaki, Araki &amp; Tanaka, PRL 99, 215701 (2007)):
 * {@code Psi_m(j) = |sum_k exp(i m theta_jk)| / n_j} over the neighbours within x_cut d_jk (x_cut = 1.33 POLY, 1.5 LJ;
 * paper 003 B1). Fig. 4 uses m = 6 (hexatic); low = soft.
 */
public final class HexaticOrder {
    private HexaticOrder() {}

    public static double[] compute(NeighbourShells s, int m) {
        double[] out = new double[s.n];
        for (int j = 0; j < s.n; j++) {
            double re = 0, im = 0;
            for (int p = s.start[j]; p < s.start[j + 1]; p++) {
                double th = Math.atan2(s.dy[p], s.dx[p]);
                re += Math.cos(m * th); im += Math.sin(m * th);
            }
            int k = s.count(j);
            out[j] = k == 0 ? 0 : Math.hypot(re, im) / k;
        }
        return out;
    }
}
