package glassdyn.indicators;

import glassdyn.particles.Configuration;

/**
 * Goldhirsch-Goldenberg coarse-graining of a 2D particle configuration (paper 003 Appendix B.11, Eqs. B18-B20, after
 * Goldhirsch &amp; Goldenberg and Tsamados et al. PRE 80, 026112): the kernel
 * {@code phi(r) = (1/A)[1 - 2(r/r_c)^4 + (r/r_c)^8]} for {@code r < r_c}, {@code A = 8 pi r_c^2 / 15} (so that it
 * integrates to 1 in 2D), the mass-weighted displacement field (B18)
 * {@code u(r) = sum_i m_i u_i phi(|r - r_i|) / sum_i m_i phi(|r - r_i|)}, its symmetric gradient (B19, differentiated
 * analytically), and the bond-integrated local stress (B20)
 * {@code sigma_ab(r) = sum_pairs u'(r_ij) r_ij^a r_ij^b / r_ij int_0^1 ds phi(|r - r_i - s r_ij|)} (the pair sum of B20 with
 * the sign for which the box average is {@code (1/V) dU/d(strain)}: positive under positive shear in a stable solid).
 * Fields are evaluated at the particle positions (spec 003 section 2.12 default), with Lees-Edwards minimum images.
 */
public final class GoldhirschCoarseGraining {
    /** Coarse-graining scale r_c = 5 sigma (paper 003 B.11, "as prescribed by Tsamados et al."). */
    public static final double R_C = 5.0;
    /** Gauss-Legendre points of the bond integral of B20 (spec 003 section 2.12 default: 8-16). */
    static final int BOND_POINTS = 12;

    private final double rc, norm;
    private static final double[] GL_X, GL_W;

    static {
        GL_X = new double[BOND_POINTS];
        GL_W = new double[BOND_POINTS];
        gaussLegendre(GL_X, GL_W);
    }

    public GoldhirschCoarseGraining(double rc) {
        if (!(rc > 0)) throw new IllegalArgumentException("coarse-graining scale must be positive (got " + rc + ")");
        this.rc = rc;
        this.norm = 15 / (8 * Math.PI * rc * rc);
    }

    public double scale() { return rc; }

    /** The kernel phi(r). */
    public double weight(double r) {
        if (r >= rc) return 0;
        double x2 = (r / rc) * (r / rc), t = 1 - x2 * x2;
        return norm * t * t;
    }

    /** phi'(r)/r (finite at r = 0). */
    double weightSlopeOverR(double r) {
        if (r >= rc) return 0;
        double x2 = (r / rc) * (r / rc), t = 1 - x2 * x2;
        return norm * 2 * t * (-4 * x2 / (rc * rc));
    }

    /**
     * The symmetric coarse-grained displacement gradient at every particle position (B19): columns {@code eps_xx,
     * eps_yy, eps_xy}, each of length N. The displacement of particle i seen from the field point p is
     * {@code u_i + G.(r_i - p)} with {@code u} periodic (length 2N) and {@code G} a homogeneous displacement gradient
     * ({@code gxx, gxy, gyx, gyy}; {@code gxy} = simple shear x += gamma y): the common {@code G.p} is a translation and
     * drops out of the gradient, so Lees-Edwards images need no special case.
     */
    public double[][] strain(Configuration c, double[] u, double gxx, double gxy, double gyx, double gyy) {
        int n = c.n;
        NeighbourShells s = NeighbourShells.of(c, NeighbourShells.UNIT, rc, 1);
        double[] exx = new double[n], eyy = new double[n], exy = new double[n];
        for (int p = 0; p < n; p++) {
            double mp = c.massOf(p);
            // self term: d = 0, zero gradient of the weight
            double w = mp * weight(0), wux = w * u[2 * p], wuy = w * u[2 * p + 1];
            double gw_x = 0, gw_y = 0, gux_x = 0, gux_y = 0, guy_x = 0, guy_y = 0;
            for (int q = s.start[p]; q < s.start[p + 1]; q++) {
                int i = s.index[q];
                double dx = s.dx[q], dy = s.dy[q], r = s.dist[q], m = c.massOf(i);
                double wi = m * weight(r);
                // grad_p phi(|r_i - p|) = -phi'(r) d / r
                double g = -m * weightSlopeOverR(r);
                double gx = g * dx, gy = g * dy;
                double ux = u[2 * i] + gxx * dx + gxy * dy, uy = u[2 * i + 1] + gyx * dx + gyy * dy;
                w += wi; wux += wi * ux; wuy += wi * uy;
                gw_x += gx; gw_y += gy;
                gux_x += gx * ux; gux_y += gy * ux; guy_x += gx * uy; guy_y += gy * uy;
            }
            double ux = wux / w, uy = wuy / w;
            // d(sum w u / sum w) = (sum grad w u - u sum grad w) / sum w
            double dxux = (gux_x - ux * gw_x) / w, dyux = (gux_y - ux * gw_y) / w;
            double dxuy = (guy_x - uy * gw_x) / w, dyuy = (guy_y - uy * gw_y) / w;
            exx[p] = dxux;
            eyy[p] = dyuy;
            exy[p] = 0.5 * (dyux + dxuy);
        }
        return new double[][] {exx, eyy, exy};
    }

    /** The coarse-grained displacement u(p) of B18 at the point (px, py) of a periodic field u (length 2N), by a direct sum. */
    public double[] displacement(Configuration c, double[] u, double px, double py) {
        double w = 0, wux = 0, wuy = 0;
        double[] d = new double[3];
        for (int i = 0; i < c.n; i++) {
            d[0] = c.x[i] - px; d[1] = c.y[i] - py; d[2] = 0;
            c.box.minimumImage(d);
            double wi = c.massOf(i) * weight(Math.hypot(d[0], d[1]));
            w += wi; wux += wi * u[2 * i]; wuy += wi * u[2 * i + 1];
        }
        return new double[] {wux / w, wuy / w};
    }

    /** {@code int_0^1 ds phi(|q + s r|)} (the bond integral of B20) for a bond from {@code p + q} to {@code p + q + r}. */
    double bondIntegral(double qx, double qy, double rx, double ry) {
        double reach = rc + Math.hypot(rx, ry);
        if (qx * qx + qy * qy >= reach * reach) return 0;
        double sum = 0;
        for (int g = 0; g < BOND_POINTS; g++) {
            double t = GL_X[g];
            sum += GL_W[g] * weight(Math.hypot(qx + t * rx, qy + t * ry));
        }
        return sum;
    }

    /** Gauss-Legendre nodes and weights on [0, 1] (Newton on P_n). */
    private static void gaussLegendre(double[] x, double[] w) {
        int n = x.length;
        for (int k = 0; k < n; k++) {
            double z = Math.cos(Math.PI * (k + 0.75) / (n + 0.5)), dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1, p1 = z;
                for (int m = 2; m <= n; m++) { double p2 = ((2 * m - 1) * z * p1 - (m - 1) * p0) / m; p0 = p1; p1 = p2; }
                dp = n * (z * p1 - p0) / (z * z - 1);
                double dz = p1 / dp;
                z -= dz;
                if (Math.abs(dz) < 1e-16) break;
            }
            x[k] = 0.5 * (1 - z);
            w[k] = 1 / ((1 - z * z) * dp * dp);
        }
    }
}
