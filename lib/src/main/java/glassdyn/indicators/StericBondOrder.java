package glassdyn.indicators;

import glassdyn.particles.Configuration;

import java.util.Arrays;

/**
 * Steric bond order Theta (paper 003 Eq. B2; Tong &amp; Tanaka, PRX 8, 011041 (2018)): for each angularly adjacent pair
 * (k, l) of j's neighbours (cyclic, n_j pairs), theta1 = the angle between r_jk and r_jl, theta2 = the angle with j, k,
 * l "just in touch", {@code cos theta2 = (d_jk^2 + d_jl^2 - d_kl^2) / (2 d_jk d_jl)} (pair sizes by the model's rule);
 * {@code Theta_j = (1/n_j) sum |theta1 - theta2|} in radians (spec 003 section 2.3). Large = soft (frustrated).
 */
public final class StericBondOrder {
    private StericBondOrder() {}

    public static double[] compute(Configuration c, NeighbourShells s, NeighbourShells.PairSize size) {
        double[] out = new double[s.n];
        for (int j = 0; j < s.n; j++) {
            int k0 = s.start[j], nj = s.count(j);
            if (nj < 2) { out[j] = 0; continue; }
            double[] ang = new double[nj];
            Integer[] ord = new Integer[nj];
            for (int q = 0; q < nj; q++) { ang[q] = Math.atan2(s.dy[k0 + q], s.dx[k0 + q]); ord[q] = q; }
            Arrays.sort(ord, (a, b) -> Double.compare(ang[a], ang[b]));
            double sum = 0;
            for (int q = 0; q < nj; q++) {
                int a = ord[q], b = ord[(q + 1) % nj];
                double t1 = ang[b] - ang[a];
                if (t1 < 0) t1 += 2 * Math.PI;
                int k = s.index[k0 + a], l = s.index[k0 + b];
                double djk = size.of(c.type[j], c.type[k], c.diameter[j], c.diameter[k]);
                double djl = size.of(c.type[j], c.type[l], c.diameter[j], c.diameter[l]);
                double dkl = size.of(c.type[k], c.type[l], c.diameter[k], c.diameter[l]);
                double cos = (djk * djk + djl * djl - dkl * dkl) / (2 * djk * djl);
                double t2 = Math.acos(Math.max(-1, Math.min(1, cos)));
                sum += Math.abs(t1 - t2);
            }
            out[j] = sum / nj;
        }
        return out;
    }
}
