package glassdyn.indicators;

import glassdyn.elastic.InteractingPairs;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

/**
 * The full contraction {@code U4::zzzz} of the fourth derivative of a pair-potential energy with a displacement z and
 * its gradient {@code U4:zzz} (2D; spec 003 section 5.5). Per pair with {@code r = r_j - r_i}, {@code n = r/|r|},
 * {@code dz = z_j - z_i}, {@code a = n.dz}, {@code s = |dz|^2 - a^2}, the fourth derivative of {@code phi(|r + t dz|)} at
 * t = 0 is
 * <pre>  f4 = phi'''' a^4 + 6 a^2 s B + 3 s^2 C,   B = phi'''/r - 2 phi''/r^2 + 2 phi'/r^3,   C = phi''/r^2 - phi'/r^3</pre>
 * (from rho' = a, rho'' = s/r, rho''' = -3as/r^2, rho'''' = -3s(s - 4a^2)/r^3), with gradient in dz
 * {@code (4 phi'''' a^3 + 12 a s B) n + (12 a^2 B + 12 s C)(dz - a n)}, added to j and subtracted from i.
 * {@code phi'''} comes from {@link ThirdOrderContraction}; {@code phi''''} is the second central difference of the
 * potential's analytic {@code phi''} (step {@link #DERIVATIVE_STEP} r).
 */
public final class FourthOrderContraction {
    /** Relative step of the second difference of phi'': truncation ~(1e-3)^2 relative, round-off ~1e-16/(1e-3)^2. */
    public static final double DERIVATIVE_STEP = 1e-3;

    private final InteractingPairs pairs;
    private final ThirdOrderContraction third;
    private final double[] d4u;

    /** @param third phi''' of the same pairs (its central difference of phi''); phi'''' is the second difference here */
    public FourthOrderContraction(ThirdOrderContraction third, Configuration c, PairPotential p) {
        this.third = third;
        this.pairs = third.pairs();
        d4u = new double[pairs.count];
        for (int k = 0; k < pairs.count; k++) {
            int i = pairs.i[k], j = pairs.j[k];
            double r = pairs.r[k], h = DERIVATIVE_STEP * r, rp = r + h, rm = r - h;
            int ti = c.type[i], tj = c.type[j];
            double si = c.diameter[i], sj = c.diameter[j];
            double cp = rp * rp < p.cutoff2(ti, tj, si, sj) ? p.curvature(rp * rp, ti, tj, si, sj) : 0;
            d4u[k] = (cp - 2 * pairs.d2u[k] + p.curvature(rm * rm, ti, tj, si, sj)) / (h * h);
        }
    }

    /** {@code U4::zzzz}. */
    public double quartic(double[] z) {
        double sum = 0;
        for (int k = 0; k < pairs.count; k++) {
            int i = pairs.i[k], j = pairs.j[k];
            double r = pairs.r[k], nx = pairs.rx[k] / r, ny = pairs.ry[k] / r;
            double dx = z[2 * j] - z[2 * i], dy = z[2 * j + 1] - z[2 * i + 1];
            double a = nx * dx + ny * dy, s = dx * dx + dy * dy - a * a;
            sum += d4u[k] * a * a * a * a + 6 * a * a * s * coefB(k) + 3 * s * s * coefC(k);
        }
        return sum;
    }

    /** {@code out = U4:zzz} (length 2N; overwritten): a quarter of the gradient of {@code U4::zzzz}. */
    public void cubicGradient(double[] z, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int k = 0; k < pairs.count; k++) {
            int i = pairs.i[k], j = pairs.j[k];
            double r = pairs.r[k], nx = pairs.rx[k] / r, ny = pairs.ry[k] / r;
            double dx = z[2 * j] - z[2 * i], dy = z[2 * j + 1] - z[2 * i + 1];
            double a = nx * dx + ny * dy, s = dx * dx + dy * dy - a * a;
            double b = coefB(k), c = coefC(k);
            // (1/4) d f4 / d dz
            double radial = d4u[k] * a * a * a + 3 * a * s * b;
            double perp = 3 * a * a * b + 3 * s * c;
            double gx = radial * nx + perp * (dx - a * nx), gy = radial * ny + perp * (dy - a * ny);
            out[2 * j] += gx; out[2 * j + 1] += gy;
            out[2 * i] -= gx; out[2 * i + 1] -= gy;
        }
    }

    private double coefB(int k) {
        double r = pairs.r[k];
        return third.thirdDerivative(k) / r - 2 * pairs.d2u[k] / (r * r) + 2 * pairs.du[k] / (r * r * r);
    }

    private double coefC(int k) {
        double r = pairs.r[k];
        return pairs.d2u[k] / (r * r) - pairs.du[k] / (r * r * r);
    }
}
