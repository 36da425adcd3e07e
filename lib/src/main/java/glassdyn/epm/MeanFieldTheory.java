package glassdyn.epm;

/**
 * The Hebraud-Lequeux-like mean-field theory of EPM-Q (Ozawa and Biroli, PRL 130, 138201 (2023), main text Eqs. 2-4
 * and SI Eqs. 20-38), with sigma_c = sigma_0 = 1. The kinetic elastoplastic expansion (SI Eqs. 20-26) gives a
 * stress diffusion D = alpha Gamma; at T -> 0 the stationary distribution (SI Eq. 30) vanishes outside
 * [-sigma-bar, sigma-bar] and inside is SI Eq. 32; normalisation gives alpha(sigma-bar), SI Eq. 33; the relaxation
 * rate is Gamma ~ exp(-Delta E(sigma-bar)/T) (main text Eq. 4, SI Eq. 37), against exp(-Delta E(0)/T) without
 * elasticity (SI Eq. 38). Paper values: alpha = 0.110 gives sigma-bar = 0.749 (SI after Eq. 33, Fig. 11).
 */
public final class MeanFieldTheory {
    private MeanFieldTheory() {}

    /** sigma_c = 1 (paper). */
    public static final double SIGMA_C = ActivationRates.SIGMA_C;
    /** sigma_0 = z_0 = 1 (SI Fig. 11 caption; spec A12). */
    public static final double SIGMA_0 = 1;
    /** The paper's sigma-bar = 0.749 for alpha = 0.110 (SI after Eq. 33). */
    public static final double PAPER_SIGMA_BAR = 0.749;

    /** Normalisation of y(sigma), SI Eq. 29: N = 2 sigma_0 (1 - exp(-sigma_c/sigma_0)). */
    public static double yNormalisation() { return 2 * SIGMA_0 * (1 - Math.exp(-SIGMA_C / SIGMA_0)); }

    /** SI Eq. 33: alpha as a function of sigma-bar. */
    public static double alpha(double sigmaBar) {
        double s0 = SIGMA_0, sc = SIGMA_C;
        return (s0 * (sigmaBar - s0) * Math.exp((sigmaBar - sc) / s0) + (s0 * s0 - sigmaBar * sigmaBar / 2) * Math.exp(-sc / s0))
            / (1 - Math.exp(-sc / s0));
    }

    /** Inverse of SI Eq. 33 on [0, sigma_c] (alpha is increasing there, from 0 to 0.2910); NaN outside its range. */
    public static double sigmaBar(double alpha) {
        if (!(alpha >= 0) || alpha > alpha(SIGMA_C)) return Double.NaN;
        double lo = 0, hi = SIGMA_C;
        for (int it = 0; it < 200 && hi - lo > 1e-15; it++) {
            double mid = 0.5 * (lo + hi);
            if (alpha(mid) < alpha) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** SI Eq. 32 (regime I, T -> 0), symmetric in sigma, zero for |sigma| >= sigma-bar. */
    public static double density(double sigma, double sigmaBar, double alpha) {
        double s = Math.abs(sigma);
        if (s >= sigmaBar) return 0;
        double s0 = SIGMA_0, sc = SIGMA_C, an = alpha * yNormalisation();
        return s0 * s0 / an * (Math.exp((sigmaBar - sc) / s0) - Math.exp((s - sc) / s0))
            + s0 * Math.exp(-sc / s0) / an * (s - sigmaBar);
    }

    /** The predicted barrier Delta E(sigma-bar(alpha)) (main text Eq. 4). */
    public static double barrier(double alpha) { return ActivationRates.barrier(sigmaBar(alpha)); }

    /** sigma-bar^act from a measured activation energy: E_act = (1 - sigma)^{3/2} inverted (main text, Fig. 4 arrows). */
    public static double sigmaFromBarrier(double activationEnergy) {
        return SIGMA_C - Math.pow(activationEnergy / ActivationRates.K, 1 / ActivationRates.EXPONENT);
    }

    /**
     * The noise strength with this model's mean squared stress drop instead of SI Eq. 26's approximation
     * &lt;delta sigma^2&gt; = sigma_0^2 = 1. A site yielding at |s| drops by delta sigma = (z + |s| - 1) sgn s with
     * z ~ Exp(1) (paper, model rules), so &lt;delta sigma^2&gt; = 1 + s^2 (variance 1 of z plus the squared mean |s|).
     * At T -&gt; 0 sites yield at |s| = sigma-bar, so one correction step gives alpha' = alpha (1 + sigma-bar(alpha)^2)
     * (about 1.56 alpha at sigma-bar = 0.749; review 002 section 3.5). Iterating it to self-consistency has no
     * solution below sigma-bar = 1 for alpha &gt;= 0.110, so only the one step is used, to show the size of the
     * paper's approximation: a larger alpha, a wider P(sigma) and a lower Delta E(sigma-bar). The mean over all events
     * is larger still: a site reset beyond -+1 (z &gt; 2, probability e^{-2}) yields again at once with a drop of
     * about 1 + Exp(1), so the measured &lt;delta sigma^2&gt; is about 2.3 in the Eq. 26 mean field and 2.7 on the lattice
     * and in the mean field with the actual drops ({@link KickMeanField}); alpha &lt;delta sigma^2&gt; then exceeds
     * alpha(sigma_c) = 0.291 and Eq. 33 has no solution. Either way the theory is
     * the diffusive (second-order) truncation of SI Eqs. 21-24; the broad lattice kicks of a 1/r^2 kernel are
     * described by neither.
     */
    public static double alphaWithStressDrop(double alpha) {
        double sb = sigmaBar(alpha);
        return alpha * (1 + sb * sb);
    }
}
