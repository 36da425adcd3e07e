package glassdyn.indicators;

import glassdyn.particles.Configuration;
import glassdyn.potential.SmoothedLennardJones2D;

/**
 * Radical (power) Voronoi cells in 2D (paper 003 Appendix B3, after Rieser et al., PRL 116, 088001 (2016)), radius
 * = own size / 2 (POLY d_i / 2; LJ sigma_SS / 2 or sigma_LL / 2, spec 003 ambiguity 11). Each cell is the intersection of
 * the half-planes {@code |x - x_i|^2 - R_i^2 <= |x - x_j|^2 - R_j^2} over the neighbours within
 * {@link #NEIGHBOUR_RANGE}, clipped from a square of half-side {@link #NEIGHBOUR_RANGE} / 2. Gives per particle the cell
 * area A_i, the local density {@code rho_i = 1/A_i}, the free volume {@code A_i - pi R_i^2} (spec defaults, section 2.4)
 * and the anisotropy {@code P(i) = |centroid - x_i|}.
 */
public final class RadicalVoronoi {
    /** Neighbours considered: within 3.5 (sigma units), beyond two shells at rho ~ 1, so every cell closes. */
    public static final double NEIGHBOUR_RANGE = 3.5;

    public final double[] area, freeVolume, density, anisotropy;

    private RadicalVoronoi(double[] area, double[] freeVolume, double[] density, double[] anisotropy) {
        this.area = area; this.freeVolume = freeVolume; this.density = density; this.anisotropy = anisotropy;
    }

    /** The cell radius of particle i for a model ("poly" or "lj"). */
    static double radius(Configuration c, int i, String model) {
        if (model.equals("lj")) return 0.5 * (c.type[i] == 0 ? SmoothedLennardJones2D.SIGMA_SS : SmoothedLennardJones2D.SIGMA_LL);
        return 0.5 * c.diameter[i];
    }

    public static RadicalVoronoi of(Configuration c, String model) {
        NeighbourShells s = NeighbourShells.of(c, NeighbourShells.UNIT, NEIGHBOUR_RANGE, 1);
        int n = c.n;
        double[] area = new double[n], free = new double[n], rho = new double[n], p = new double[n];
        double h = 0.5 * NEIGHBOUR_RANGE;
        double[] px = new double[64], py = new double[64], qx = new double[64], qy = new double[64];
        for (int i = 0; i < n; i++) {
            int m = 4;
            px[0] = -h; py[0] = -h; px[1] = h; py[1] = -h; px[2] = h; py[2] = h; px[3] = -h; py[3] = h;
            double ri = radius(c, i, model);
            for (int q = s.start[i]; q < s.start[i + 1]; q++) {
                int j = s.index[q];
                double ax = s.dx[q], ay = s.dy[q], rj = radius(c, j, model);
                double rhs = 0.5 * (ax * ax + ay * ay + ri * ri - rj * rj);      // keep x.a <= rhs
                int k = 0;
                for (int v = 0; v < m; v++) {
                    int w = (v + 1) % m;
                    double fv = px[v] * ax + py[v] * ay - rhs, fw = px[w] * ax + py[w] * ay - rhs;
                    if (fv <= 0) { qx[k] = px[v]; qy[k] = py[v]; k++; }
                    if ((fv < 0 && fw > 0) || (fv > 0 && fw < 0)) {
                        double t = fv / (fv - fw);
                        qx[k] = px[v] + t * (px[w] - px[v]); qy[k] = py[v] + t * (py[w] - py[v]); k++;
                    }
                    if (k + 2 >= qx.length) { qx = java.util.Arrays.copyOf(qx, 2 * qx.length); qy = java.util.Arrays.copyOf(qy, 2 * qy.length); }
                }
                if (px.length < qx.length) { px = new double[qx.length]; py = new double[qy.length]; }
                System.arraycopy(qx, 0, px, 0, k); System.arraycopy(qy, 0, py, 0, k);
                m = k;
            }
            double a = 0, cx = 0, cy = 0;
            for (int v = 0; v < m; v++) {
                int w = (v + 1) % m;
                double cr = px[v] * py[w] - px[w] * py[v];
                a += cr; cx += (px[v] + px[w]) * cr; cy += (py[v] + py[w]) * cr;
            }
            a *= 0.5;
            cx /= 6 * a; cy /= 6 * a;
            area[i] = a;
            rho[i] = 1 / a;
            free[i] = a - Math.PI * ri * ri;
            p[i] = Math.hypot(cx, cy);
        }
        return new RadicalVoronoi(area, free, rho, p);
    }
}
