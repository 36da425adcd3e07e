package glassdyn.indicators;

/**
 * Divergence of the Voronoi anisotropy Q (paper 003 Eq. B3, after Rieser, Goodrich, Liu &amp; Durian, PRL 116, 088001
 * (2016)): the anisotropy vectors p_i of the radical Voronoi cells ({@link RadicalVoronoi}) are interpolated linearly
 * over each triangle k of the dual (regular) triangulation, whose divergence is then a constant per triangle, and
 * {@code Q_k = (div p) / (A_k / <A>)} as printed in B3 (A_k the triangle's area, {@code <A>} the mean over all
 * triangles); Q(i) is the mean of Q_k over the triangles touching particle i. The triangles touching i are the
 * vertices of i's cell, so each is found from the cell itself with periodic images already resolved.
 *
 * <p>The paper does not say which sign of Q marks soft particles (spec 003 ambiguity 8); the field is ranked with large
 * = soft, and since reversing it maps every rank r_x to 1 - r_x + 1/N, the score of -Q is -C(Q) up to 2/N.
 */
public final class VoronoiAnisotropyDivergence {
    /** Per triangle incidence (one per cell vertex): divergence and area, and the mean triangle area. */
    public record Triangles(double[] divergence, double[] area, double meanArea) {}

    private VoronoiAnisotropyDivergence() {}

    public static double[] compute(RadicalVoronoi v) {
        Triangles t = triangles(v);
        int n = v.px.length;
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int m = 0;
            for (int k = v.vertexStart[i]; k < v.vertexStart[i + 1]; k++) {
                if (!(t.area[k] > 0)) continue;
                sum += t.divergence[k] / (t.area[k] / t.meanArea);
                m++;
            }
            q[i] = m > 0 ? sum / m : 0;
        }
        return q;
    }

    /**
     * The divergence of the linear interpolant of p and the area of the triangle of every cell vertex (each triangle
     * appears once from each of its three particles); NaN area where the cell did not close.
     */
    public static Triangles triangles(RadicalVoronoi v) {
        NeighbourShells s = v.shells;
        int total = v.vertexA.length;
        double[] div = new double[total], area = new double[total];
        double sumA = 0;
        int count = 0;
        for (int i = 0; i < v.px.length; i++)
            for (int k = v.vertexStart[i]; k < v.vertexStart[i + 1]; k++) {
                int ea = v.vertexA[k], eb = v.vertexB[k];
                if (ea < 0 || eb < 0) { area[k] = Double.NaN; continue; }
                int a = s.index[ea], b = s.index[eb];
                double ax = s.dx[ea], ay = s.dy[ea], bx = s.dx[eb], by = s.dy[eb];
                double det = ax * by - ay * bx;
                // gradient g of f(x) = f_i + g.x through (0, f_i), (d_a, f_a), (d_b, f_b): [d_a; d_b] g = (f_a - f_i, f_b - f_i)
                double fx1 = v.px[a] - v.px[i], fx2 = v.px[b] - v.px[i];
                double fy1 = v.py[a] - v.py[i], fy2 = v.py[b] - v.py[i];
                double dpxdx = (by * fx1 - ay * fx2) / det;
                double dpydy = (-bx * fy1 + ax * fy2) / det;
                div[k] = dpxdx + dpydy;
                area[k] = 0.5 * Math.abs(det);
                sumA += area[k];
                count++;
            }
        return new Triangles(div, area, sumA / count);
    }
}
