package glassdyn.epm;

/**
 * The exact stationary persistence of EPM-Q without elastic interactions (paper Fig. 1b squares; SI Eq. 38 is its
 * mean-field form). Derivation: without redistribution the sites are independent renewal processes. A yield at
 * stress sigma (sign s) resets it to sigma - (z + |sigma| - 1) s = s (1 - z) with z ~ Exp(1) (paper Eq. 1), so, the
 * two signs being equally likely in the symmetric stationary state, the reset density is
 * y(sigma) = (1/2)[e^{sigma-1} theta(1-sigma) + e^{-sigma-1} theta(1+sigma)] (= e^{-1} cosh sigma for |sigma| &lt; 1;
 * it has tails beyond -+1 where z &gt; 2, unlike SI Eq. 29). A site then keeps its stress until it yields, with
 * hazard nu(sigma) = min(1, e^{-Delta E(sigma)/T}) per sweep (one attempt per site per sweep on average; the
 * discreteness of attempts changes this by O(1/L^2)). By renewal theory the stationary stress density is the reset
 * density weighted by the mean residence time: P_ss = Gamma y / nu with Gamma = 1 / int y/nu the yield rate; and,
 * the residence being exponential (memoryless), a site with stress sigma at a random origin persists for a lag t
 * with probability e^{-nu t}. Hence &lt;P(t)&gt; = int P_ss(sigma) e^{-nu(sigma) t} dsigma, and tau_alpha solves
 * &lt;P&gt; = 1/2. Values: tau_alpha = 34.25 (T = 0.2), 5632 (T = 0.1); Gamma = 6.068e-2, 8.853e-4 (spec 002 section 2.9).
 *
 * <p>Quadrature: by symmetry, 2 x [int_0^1 (e^{-1} cosh sigma / nu) (...) + (1/2) e^{-2} (...)|_{nu = 1}], the first
 * integral by Gauss-Legendre on {@link #PANELS} panels in u = 1 - sigma.
 */
public final class NoElasticExact {
    private NoElasticExact() {}

    static final int PANELS = 4000;
    private static final double[] GL_X = {-0.8611363115940526, -0.3399810435848563, 0.3399810435848563, 0.8611363115940526};
    private static final double[] GL_W = {0.3478548451374538, 0.6521451548625461, 0.6521451548625461, 0.3478548451374538};

    /** Unnormalised int y e^{-nu t}/nu over the real line. */
    private static double weighted(double t, double temperature) {
        double s = 0, h = 1.0 / PANELS;
        for (int p = 0; p < PANELS; p++) {
            double a = p * h;
            for (int q = 0; q < 4; q++) {
                double u = a + 0.5 * h * (1 + GL_X[q]);
                double sigma = 1 - u;
                double nu = Math.exp(-Math.pow(u, 1.5) / temperature);
                s += 0.5 * h * GL_W[q] * Math.exp(-1) * Math.cosh(sigma) / nu * Math.exp(-nu * t);
            }
        }
        return 2 * (s + 0.5 * Math.exp(-2) * Math.exp(-t));
    }

    /** Yield rate Gamma per site per sweep. */
    public static double gamma(double temperature) { return 1 / weighted(0, temperature); }

    /** &lt;P(t)&gt; in the stationary state. */
    public static double persistence(double t, double temperature) {
        return weighted(t, temperature) / weighted(0, temperature);
    }

    /** tau_alpha with &lt;P(tau_alpha)&gt; = 1/2 (bisection in ln t). */
    public static double tauAlpha(double temperature) {
        double z = weighted(0, temperature);
        double lo = Math.log(1e-3), hi = Math.log(1e12);
        for (int it = 0; it < 100; it++) {
            double mid = 0.5 * (lo + hi);
            if (weighted(Math.exp(mid), temperature) / z > 0.5) lo = mid; else hi = mid;
        }
        return Math.exp(0.5 * (lo + hi));
    }
}
