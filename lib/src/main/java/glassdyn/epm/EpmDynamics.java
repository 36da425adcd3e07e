package glassdyn.epm;

import java.util.SplittableRandom;

/**
 * The thermal elastoplastic lattice model EPM-Q of Ozawa and Biroli, PRL 130, 138201 (2023) (main text and SI
 * "Model"): an L x L periodic lattice of scalar local stresses sigma_i, plastic strains gamma^p_i and Eshelby
 * orientations psi_i. Units: lattice spacing 1, sigma_c = K = z_0 = mu = 1, time in sweeps (L^2 attempts = 1).
 *
 * <p>One attempt (paper, main text): pick a site i uniformly; it yields with probability 1 if |sigma_i| >= 1, else
 * exp(-(1-|sigma_i|)^{3/2}/T) (Eq. 1). A yield draws z ~ Exp(mean z_0 = 1) (Eq. 1), drops the stress by
 * delta sigma = (z + |sigma_i| - sigma_c) sgn(sigma_i) (sgn(0) = +1, measure zero) and redistributes it as
 * sigma_j += G^{psi_i}_{r_j - r_i} delta sigma for all j (SI Eq. 5; G_0 = -1 does the drop itself), adds
 * delta sigma / mu to gamma^p_i and draws a new psi_i uniformly. Start: sigma_i ~ Gaussian(0, 1), gamma^p = 0
 * (SI "Model"). Without a kernel (the paper's "without elastic interactions" control, Fig. 1b) only sigma_i
 * changes.
 *
 * <p>Two samplers of the same process:
 * <ul>
 * <li>{@link Algorithm#LITERAL}: the attempts one by one, as in the paper (validation only: at low T almost
 * all attempts are rejected);
 * <li>{@link Algorithm#REJECTION_FREE} (default; "faster than the clock", Krauth, ref. [62]): stresses change only
 * at accepted events, so the number of attempts up to and including the next acceptance is geometric with success
 * probability P = (1/N) sum_i p_i, and the yielding site is i with probability p_i / sum p. Both are drawn exactly
 * (the geometric draw by inversion, the site from the row sums and one row), so the time of every event, counted in attempts, has
 * the same law as in the literal algorithm. Cost per event: O(L) selection plus one O(N) pass that adds the
 * precomputed kernel and refreshes the rates and row sums (no FFT after start-up); without a kernel, O(L).
 * </ul>
 * Psi is drawn uniformly among the kernel's table angles. Randomness: one {@link SplittableRandom} per trajectory;
 * same seed, same trajectory.
 */
public final class EpmDynamics {
    /** How the attempts are sampled. */
    public enum Algorithm { REJECTION_FREE, LITERAL }

    private final int L, n;
    private final EshelbyKernel kernel;
    private final ActivationRates rates;
    private final Algorithm algorithm;
    private final SplittableRandom rng;
    private final double[] sigma, gammaP;
    private final int[] psi;
    /** Rejection-free only: per-site yield probabilities and their row sums (a two-level sum tree: selection scans
     * L row sums then one row, O(L), negligible next to the O(L^2) kernel add; the row sums come out of the kernel
     * pass itself, so no separate tree rebuild is needed). */
    private final double[] rate, rowSum;
    private long attempts, events;
    private double initialStressSum;

    /**
     * @param kernel the Eshelby kernel table, or null for the model without elastic interactions
     */
    public EpmDynamics(int L, double temperature, EshelbyKernel kernel, Algorithm algorithm, long seed) {
        if (L < 2) throw glassdyn.InputException.parameter("L", "must be at least 2", L);
        if (kernel != null && kernel.size() != L)
            throw new IllegalArgumentException("kernel is for L = " + kernel.size() + ", lattice has L = " + L);
        this.L = L;
        this.n = L * L;
        this.kernel = kernel;
        this.rates = new ActivationRates(temperature);
        this.algorithm = algorithm;
        this.rng = new SplittableRandom(seed);
        this.sigma = new double[n];
        this.gammaP = new double[n];
        this.psi = new int[n];
        for (int i = 0; i < n; i++) sigma[i] = rng.nextGaussian();
        if (kernel != null) for (int i = 0; i < n; i++) psi[i] = rng.nextInt(kernel.angles());
        double s = 0;
        for (double v : sigma) s += v;
        initialStressSum = s;
        if (algorithm == Algorithm.REJECTION_FREE) {
            rate = new double[n];
            rowSum = new double[L];
            refreshAllRates();
        } else { rate = null; rowSum = null; }
    }

    /** A copy of this state (stresses, strains, orientations, clock) continued with another sampler and seed. */
    public EpmDynamics continueWith(Algorithm other, long seed) {
        EpmDynamics d = new EpmDynamics(L, rates.temperature(), kernel, other, seed);
        System.arraycopy(sigma, 0, d.sigma, 0, n);
        System.arraycopy(gammaP, 0, d.gammaP, 0, n);
        System.arraycopy(psi, 0, d.psi, 0, n);
        d.attempts = attempts;
        d.events = events;
        d.initialStressSum = initialStressSum;
        if (d.rate != null) d.refreshAllRates();
        return d;
    }

    public int size() { return L; }
    public int sites() { return n; }
    public double temperature() { return rates.temperature(); }
    public boolean elastic() { return kernel != null; }
    public EshelbyKernel kernel() { return kernel; }
    public Algorithm algorithm() { return algorithm; }
    /** Current time in sweeps (attempts / L^2). */
    public double time() { return (double) attempts / n; }
    public long attempts() { return attempts; }
    /** Plastic events so far. */
    public long events() { return events; }
    /** Local stresses (live array; do not modify). */
    public double[] sigma() { return sigma; }
    /** Local plastic strains (live array; do not modify). */
    public double[] plasticStrain() { return gammaP; }

    /**
     * Subtracts the sample mean of the stresses (spec 002 A14, optional; the paper does not say that it removes it,
     * and the default keeps it). The Gaussian start gives each trajectory a mean stress of standard deviation 1/L,
     * which the kernel conserves (SI Eq. 16), so it acts as a small applied stress for the whole run; this removes
     * it. Only before the first attempt.
     */
    public void removeMeanStress() {
        if (attempts != 0) throw new IllegalStateException("the mean stress can only be removed at the start");
        double m = 0;
        for (double v : sigma) m += v;
        m /= n;
        for (int i = 0; i < n; i++) sigma[i] -= m;
        double s = 0;
        for (double v : sigma) s += v;
        initialStressSum = s;
        if (rate != null) refreshAllRates();
    }

    /** The mean stress (1/N) sum_i sigma_i, conserved by the dynamics. */
    public double meanStress() {
        double s = 0;
        for (double v : sigma) s += v;
        return s / n;
    }

    /** |sum_i sigma_i - initial sum|: the total stress is conserved by the kernel (SI Eq. 16); a health check. */
    public double stressSumDrift() {
        double s = 0;
        for (double v : sigma) s += v;
        return Math.abs(s - initialStressSum);
    }

    /** Advances the clock to time {@code tEnd} (sweeps), telling the observer about every event. */
    public void run(double tEnd, EpmObserver observer) {
        long end = (long) Math.floor(tEnd * n + 1e-9);
        if (algorithm == Algorithm.LITERAL) runLiteral(end, observer);
        else runRejectionFree(end, observer);
        observer.advance((double) attempts / n, this);
    }

    private void runLiteral(long end, EpmObserver observer) {
        while (attempts < end) {
            attempts++;
            int i = rng.nextInt(n);
            double p = rates.rate(sigma[i]);
            if (p >= 1 || rng.nextDouble() < p) {
                observer.advance((double) attempts / n, this);
                yieldSite(i);
                observer.event(i, this);
            }
        }
    }

    private void refreshAllRates() {
        for (int x = 0; x < L; x++) {
            double rs = 0;
            for (int j = x * L; j < (x + 1) * L; j++) { rate[j] = rates.rate(sigma[j]); rs += rate[j]; }
            rowSum[x] = rs;
        }
    }

    /** The site whose cumulative interval holds u in [0, total): scan the row sums, then the row; never a zero rate. */
    private int select(double u) {
        int x = 0;
        while (x < L - 1 && (u >= rowSum[x] || rowSum[x] == 0)) { u -= rowSum[x]; x++; }
        while (rowSum[x] == 0 && x > 0) x--;                         // rounding at the very end
        int last = -1;
        for (int j = x * L; j < (x + 1) * L; j++) {
            if (rate[j] == 0) continue;
            if (u < rate[j]) return j;
            u -= rate[j];
            last = j;
        }
        return last;                                                  // rounding: u reached the row sum
    }

    private void runRejectionFree(long end, EpmObserver observer) {
        while (attempts < end) {
            double total = 0;
            for (int x = 0; x < L; x++) total += rowSum[x];
            if (!(total > 0)) { attempts = end; break; }
            double pbar = total / n;
            long k;
            if (pbar >= 1) k = 1;
            else {
                double u = 1 - rng.nextDouble();                     // in (0, 1]
                double g = Math.floor(Math.log(u) / Math.log1p(-pbar));
                k = g >= end - attempts ? Long.MAX_VALUE : 1 + (long) g;
            }
            if (k > end - attempts) { attempts = end; break; }      // memoryless: redraw after the window
            attempts += k;
            int i = select(rng.nextDouble() * total);
            observer.advance((double) attempts / n, this);
            yieldSite(i);
            observer.event(i, this);
        }
    }

    /** One plastic event at site i (paper Eq. 1 and SI Eq. 5). */
    private void yieldSite(int i) {
        double s = sigma[i] >= 0 ? 1 : -1;
        double z = -Math.log(1 - rng.nextDouble());                  // Exp(z_0 = 1), paper Eq. 1
        double d = (z + Math.abs(sigma[i]) - ActivationRates.SIGMA_C) * s;
        gammaP[i] += d;                                              // mu = 1
        events++;
        if (kernel == null) {
            sigma[i] -= d;
            if (rate != null) {
                rate[i] = rates.rate(sigma[i]);
                int x = i / L;
                double rs = 0;
                for (int j = x * L; j < (x + 1) * L; j++) rs += rate[j];
                rowSum[x] = rs;
            }
            return;
        }
        redistribute(i, d, kernel.table(psi[i]));
        psi[i] = rng.nextInt(kernel.angles());
    }

    /** sigma_j += G[(r_j - r_i) mod L] d for all j, refreshing the rate leaves in the same pass. */
    private void redistribute(int i, double d, double[] g) {
        int xi = i / L, yi = i % L, split = L - yi;
        if (rate == null) {
            for (int dx = 0; dx < L; dx++) {
                int row = ((xi + dx) % L) * L, grow = dx * L;
                for (int dy = 0; dy < split; dy++) sigma[row + yi + dy] += g[grow + dy] * d;
                for (int dy = split; dy < L; dy++) sigma[row + dy - split] += g[grow + dy] * d;
            }
            return;
        }
        double[] r = rate;
        for (int dx = 0; dx < L; dx++) {
            int x = (xi + dx) % L, row = x * L, grow = dx * L;
            double rs = 0;
            for (int dy = 0; dy < split; dy++) {
                int j = row + yi + dy;
                double v = sigma[j] + g[grow + dy] * d;
                sigma[j] = v;
                double p = rates.rate(v);
                r[j] = p;
                rs += p;
            }
            for (int dy = split; dy < L; dy++) {
                int j = row + dy - split;
                double v = sigma[j] + g[grow + dy] * d;
                sigma[j] = v;
                double p = rates.rate(v);
                r[j] = p;
                rs += p;
            }
            rowSum[x] = rs;
        }
    }
}
