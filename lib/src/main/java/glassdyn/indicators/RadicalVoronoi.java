package glassdyn.indicators;

import glassdyn.particles.Configuration;
import glassdyn.potential.SmoothedLennardJones2D;

/**
 * Radical (power) Voronoi cells in 2D (paper 003 Appendix B3, after Rieser et al., PRL 116, 088001 (2016)), radius
 * = own size / 2 (POLY d_i / 2; LJ sigma_SS / 2 or sigma_LL / 2, spec 003 ambiguity 11). Each cell is the intersection of
 * the half-planes {@code |x - x_i|^2 - R_i^2 <= |x - x_j|^2 - R_j^2} over the neighbours within
 * {@link #NEIGHBOUR_RANGE}, clipped from a square of half-side {@link #NEIGHBOUR_RANGE} / 2. Gives per particle the cell
 * area A_i, the local density {@code rho_i = 1/A_i}, the free volume {@code A_i - pi R_i^2} (spec defaults, section 2.4)
 * and the anisotropy {@code P(i) = |centroid - x_i|} with its vector {@code p_i = centroid - x_i}. Every cell vertex is
 * dual to a triangle of the regular (weighted Delaunay) triangulation: particle i and the two neighbours whose
 * bisectors meet there; they are kept (as entries of {@link #shells}) for {@link VoronoiAnisotropyDivergence}.
 */
public final class RadicalVoronoi {
    /** Neighbours considered: within 3.5 (sigma units), beyond two shells at rho ~ 1, so every cell closes. */
    public static final double NEIGHBOUR_RANGE = 3.5;

    public final double[] area, freeVolume, density, anisotropy;
    /** The vector p_i from the particle to its cell's centroid (B3). */
    public final double[] px, py;
    /** The neighbour shells the cells were cut from. */
    public final NeighbourShells shells;
    /**
     * Cell vertices of particle i: {@code vertexStart[i]..vertexStart[i+1]}, each the dual triangle (i, a, b) given by
     * the shell entries {@code vertexA, vertexB} of i's two neighbours (-1: the cell did not close there).
     */
    public final int[] vertexStart, vertexA, vertexB;

    private RadicalVoronoi(double[] area, double[] freeVolume, double[] density, double[] px, double[] py,
                           NeighbourShells shells, int[] vertexStart, int[] vertexA, int[] vertexB) {
        this.area = area; this.freeVolume = freeVolume; this.density = density; this.px = px; this.py = py;
        this.anisotropy = new double[px.length];
        for (int i = 0; i < px.length; i++) anisotropy[i] = Math.hypot(px[i], py[i]);
        this.shells = shells; this.vertexStart = vertexStart; this.vertexA = vertexA; this.vertexB = vertexB;
    }

    /** The cell radius of particle i for a model ("poly" or "lj"). */
    static double radius(Configuration c, int i, String model) {
        if (model.equals("lj")) return 0.5 * (c.type[i] == 0 ? SmoothedLennardJones2D.SIGMA_SS : SmoothedLennardJones2D.SIGMA_LL);
        return 0.5 * c.diameter[i];
    }

    public static RadicalVoronoi of(Configuration c, String model) {
        NeighbourShells s = NeighbourShells.of(c, NeighbourShells.UNIT, NEIGHBOUR_RANGE, 1);
        int n = c.n;
        double[] area = new double[n], free = new double[n], rho = new double[n], cpx = new double[n], cpy = new double[n];
        double h = 0.5 * NEIGHBOUR_RANGE;
        double[] px = new double[64], py = new double[64], qx = new double[64], qy = new double[64];
        // label of the edge leaving each polygon vertex: the shell entry whose bisector it lies on (-1: the square)
        int[] pl = new int[64], ql = new int[64];
        int[] vStart = new int[n + 1];
        int[] va = new int[8 * n], vb = new int[8 * n];
        for (int i = 0; i < n; i++) {
            int m = 4;
            px[0] = -h; py[0] = -h; px[1] = h; py[1] = -h; px[2] = h; py[2] = h; px[3] = -h; py[3] = h;
            java.util.Arrays.fill(pl, 0, 4, -1);
            double ri = radius(c, i, model);
            for (int q = s.start[i]; q < s.start[i + 1]; q++) {
                int j = s.index[q];
                double ax = s.dx[q], ay = s.dy[q], rj = radius(c, j, model);
                double rhs = 0.5 * (ax * ax + ay * ay + ri * ri - rj * rj);      // keep x.a <= rhs
                int k = 0;
                for (int v = 0; v < m; v++) {
                    int w = (v + 1) % m;
                    double fv = px[v] * ax + py[v] * ay - rhs, fw = px[w] * ax + py[w] * ay - rhs;
                    if (fv <= 0) { qx[k] = px[v]; qy[k] = py[v]; ql[k] = pl[v]; k++; }
                    if ((fv < 0 && fw > 0) || (fv > 0 && fw < 0)) {
                        double t = fv / (fv - fw);
                        qx[k] = px[v] + t * (px[w] - px[v]); qy[k] = py[v] + t * (py[w] - py[v]);
                        // leaving the cell: the new edge runs along this bisector; entering: along the old edge
                        ql[k] = fv < 0 ? q : pl[v];
                        k++;
                    }
                    if (k + 2 >= qx.length) {
                        qx = java.util.Arrays.copyOf(qx, 2 * qx.length); qy = java.util.Arrays.copyOf(qy, 2 * qy.length);
                        ql = java.util.Arrays.copyOf(ql, 2 * ql.length);
                    }
                }
                if (px.length < qx.length) { px = new double[qx.length]; py = new double[qy.length]; pl = new int[ql.length]; }
                System.arraycopy(qx, 0, px, 0, k); System.arraycopy(qy, 0, py, 0, k); System.arraycopy(ql, 0, pl, 0, k);
                m = k;
            }
            if (vStart[i] + m > va.length) { va = java.util.Arrays.copyOf(va, 2 * va.length + m); vb = java.util.Arrays.copyOf(vb, va.length); }
            for (int v = 0; v < m; v++) { va[vStart[i] + v] = pl[(v + m - 1) % m]; vb[vStart[i] + v] = pl[v]; }
            vStart[i + 1] = vStart[i] + m;
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
            cpx[i] = cx; cpy[i] = cy;
        }
        return new RadicalVoronoi(area, free, rho, cpx, cpy, s, vStart, java.util.Arrays.copyOf(va, vStart[n]), java.util.Arrays.copyOf(vb, vStart[n]));
    }
}
