package glassdyn.epm;

/**
 * The local yield probability per attempt of EPM-Q (Ozawa and Biroli, PRL 130, 138201 (2023), main text and Eq. 1):
 * 1 if |sigma| >= sigma_c, else exp(-Delta E(sigma)/T) with Delta E(sigma) = K (sigma_c - |sigma|)^a, sigma_c = 1,
 * K = 1, a = 3/2. Tabulated on {@link #BINS} bins of |sigma| in [0, 1] with linear interpolation of the rate itself:
 * the relative error is below 1e-5 for T >= 0.01 (the table stays in cache; a Math.exp per site is slower). Both
 * dynamics (literal and rejection-free) use this same function, so they sample the same process.
 */
public final class ActivationRates {
    /** Yield threshold sigma_c = 1 (paper, text before Eq. 1). */
    public static final double SIGMA_C = 1;
    /** Generalised stiffness K = 1 (paper, after Eq. 1). */
    public static final double K = 1;
    /** Barrier exponent a = 1.5 (paper Eq. 1, refs [38, 39]). */
    public static final double EXPONENT = 1.5;
    /** Number of table bins on |sigma| in [0, 1]: 2^14 doubles (128 KB) stay in L2 cache. */
    public static final int BINS = 1 << 14;

    private final double temperature;
    private final double[] value = new double[BINS + 2];
    private final double[] slope = new double[BINS + 2];

    public ActivationRates(double temperature) {
        if (!(temperature > 0) || !Double.isFinite(temperature))
            throw glassdyn.InputException.parameter("temperature", "must be positive and finite", temperature);
        this.temperature = temperature;
        for (int k = 0; k <= BINS + 1; k++) value[k] = exactRate(Math.min(1.0, (double) k / BINS), temperature);
        for (int k = 0; k <= BINS; k++) slope[k] = value[k + 1] - value[k];
    }

    public double temperature() { return temperature; }

    /** Delta E(sigma) = K (sigma_c - |sigma|)^a for |sigma| < sigma_c, else 0 (paper Eq. 1). */
    public static double barrier(double sigma) {
        double a = Math.abs(sigma);
        return a >= SIGMA_C ? 0 : K * Math.pow(SIGMA_C - a, EXPONENT);
    }

    /** min(1, exp(-Delta E(sigma)/T)): the yield probability per attempt, computed exactly. */
    public static double exactRate(double sigma, double temperature) {
        return Math.abs(sigma) >= SIGMA_C ? 1 : Math.exp(-barrier(sigma) / temperature);
    }

    /** The tabulated yield probability per attempt. */
    public double rate(double sigma) {
        double a = Math.abs(sigma);
        if (a >= SIGMA_C) return 1;
        double x = a * BINS;
        int k = (int) x;
        return value[k] + (x - k) * slope[k];
    }
}
