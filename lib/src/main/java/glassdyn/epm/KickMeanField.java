package glassdyn.epm;

import java.util.SplittableRandom;

/**
 * The single-site problem of the EPM-Q mean field (SI Eqs. 20-26), simulated directly instead of truncated: N sites
 * with the lattice model's yield rule (paper Eq. 1, stress drop delta sigma = (z + |sigma| - 1) sgn sigma, z ~ Exp(1))
 * and the same clock (attempts, rejection-free, time in sweeps), but every event's stress goes to the other N - 1
 * sites without any spatial structure, so each site sees an independent stream of kicks and the population is the
 * self-consistent bath of the mean-field theory (the yield rate Gamma that sets the kick rate is the population's own).
 * Three kick laws separate the approximations of the theory:
 * <ul>
 * <li>{@link Kicks#LATTICE}: the lattice's own kicks: the table G^psi_r of the kernel (psi uniform among its angles)
 * dealt to the other sites by a fresh random permutation of the offsets r != 0 at every event, times delta sigma:
 * the broad (Levy-like, ~1/r^2) kick distribution of the lattice with the drop it comes with, no space;
 * <li>{@link Kicks#GAUSSIAN_DROP}: Gaussian kicks with the lattice's mean d/(N-1) and variance 2 alpha d^2/(N-1), so
 * the diffusion is D = alpha Gamma &lt;delta sigma^2&gt; with this model's &lt;delta sigma^2&gt; = 1 + sigma^2: the
 * diffusive (second-order) truncation of SI Eq. 24 without the &lt;delta sigma^2&gt; = 1 of Eq. 26;
 * <li>{@link Kicks#GAUSSIAN_UNIT}: the same with variance 2 alpha / (N-1) whatever the drop: D = alpha Gamma, the
 * theory exactly as the SI writes it (Eq. 26); its barrier tends to Delta E(sigma-bar(alpha)) as T -> 0.
 * </ul>
 * In every case the kicks of one event sum to the drop (the total stress is conserved as on the lattice; the Gaussian
 * kicks are centred over the N - 1 receivers). alpha = (1/2) mean_psi sum_{r != 0} (G^psi_r)^2, the kernel's
 * {@link EshelbyKernel#alpha()}. Start: sigma_i ~ Gaussian(0, 1) with the sample mean removed (the theory's P(sigma)
 * is symmetric; a conserved non-zero mean would act as an applied stress of order 1/sqrt(N), which at N = 1024
 * changes Gamma by a large factor at low T). Cost per event O(N); no allocation in the event loop.
 */
public final class KickMeanField {
    /** The kick law (see the class comment). */
    public enum Kicks { LATTICE, GAUSSIAN_DROP, GAUSSIAN_UNIT }

    private final int n;
    private final EshelbyKernel kernel;
    private final Kicks kicks;
    private final ActivationRates rates;
    private final SplittableRandom rng;
    private final double[] sigma, rate, noise;
    private final int[] offsets;
    private final double kickScale;
    private long attempts, events;
    private double dropSquares;

    public KickMeanField(EshelbyKernel kernel, double temperature, Kicks kicks, long seed) {
        this(kernel, temperature, kicks, seed, 1);
    }

    /**
     * @param noiseScale factor on the fluctuating part of the Gaussian kicks (1: the law; 0: only the mean kick
     *                   d/(N-1), i.e. nearly independent sites, the limit {@link NoElasticExact} solves exactly)
     */
    public KickMeanField(EshelbyKernel kernel, double temperature, Kicks kicks, long seed, double noiseScale) {
        if (kicks == Kicks.LATTICE && noiseScale != 1) throw new IllegalArgumentException("noise scale applies to Gaussian kicks only");
        this.kernel = kernel;
        this.n = kernel.size() * kernel.size();
        this.kicks = kicks;
        this.rates = new ActivationRates(temperature);
        this.rng = new SplittableRandom(seed);
        this.sigma = new double[n];
        this.rate = new double[n];
        this.noise = new double[n];
        this.offsets = new int[n - 1];
        for (int r = 1; r < n; r++) offsets[r - 1] = r;
        this.kickScale = noiseScale * Math.sqrt(2 * kernel.alpha() / (n - 1));
        double mean = 0;
        for (int i = 0; i < n; i++) { sigma[i] = rng.nextGaussian(); mean += sigma[i] / n; }
        for (int i = 0; i < n; i++) { sigma[i] -= mean; rate[i] = rates.rate(sigma[i]); }
    }

    public int sites() { return n; }
    /** Time in sweeps (attempts / N). */
    public double time() { return (double) attempts / n; }
    public long events() { return events; }
    /** Sum of delta sigma^2 over all events so far. */
    public double dropSquares() { return dropSquares; }
    /** Local stresses (live; do not modify). */
    public double[] sigma() { return sigma; }

    /** Runs {@code count} more events. */
    public void run(long count) {
        for (long e = 0; e < count; e++) step();
    }

    private void step() {
        double total = 0;
        for (double p : rate) total += p;
        double pbar = total / n;
        if (pbar >= 1) attempts++;
        else attempts += 1 + (long) Math.floor(Math.log(1 - rng.nextDouble()) / Math.log1p(-pbar));
        int i = select(rng.nextDouble() * total);
        double s = sigma[i] >= 0 ? 1 : -1;
        double d = (-Math.log(1 - rng.nextDouble()) + Math.abs(sigma[i]) - ActivationRates.SIGMA_C) * s;
        events++;
        dropSquares += d * d;
        sigma[i] -= d;
        if (kicks == Kicks.LATTICE) latticeKicks(i, d);
        else gaussianKicks(i, d, kicks == Kicks.GAUSSIAN_DROP ? Math.abs(d) : 1);
        for (int j = 0; j < n; j++) rate[j] = rates.rate(sigma[j]);
    }

    /** The site whose cumulative rate interval holds u; never a zero-rate site. */
    private int select(double u) {
        int last = -1;
        for (int j = 0; j < n; j++) {
            if (rate[j] == 0) continue;
            if (u < rate[j]) return j;
            u -= rate[j];
            last = j;
        }
        return last;
    }

    /** Site j != i gets G^psi at a random offset (a fresh permutation of the offsets) times d. */
    private void latticeKicks(int i, double d) {
        double[] g = kernel.table(rng.nextInt(kernel.angles()));
        int k = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) continue;
            int pick = k + rng.nextInt(n - 1 - k);                      // Fisher-Yates, one step per receiver
            int r = offsets[pick];
            offsets[pick] = offsets[k];
            offsets[k] = r;
            sigma[j] += g[r] * d;
            k++;
        }
    }

    /** Centred Gaussian kicks of standard deviation kickScale * amplitude plus the mean d / (N - 1). */
    private void gaussianKicks(int i, double d, double amplitude) {
        double mean = 0;
        for (int j = 0; j < n; j++) { noise[j] = j == i ? 0 : rng.nextGaussian(); mean += noise[j]; }
        mean /= n - 1;
        double a = kickScale * amplitude, m = d / (n - 1);
        for (int j = 0; j < n; j++) if (j != i) sigma[j] += m + a * (noise[j] - mean);
    }
}
