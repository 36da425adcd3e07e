package glassdyn.epm;


import java.util.ArrayList;
import java.util.List;

/**
 * One EPM-Q trajectory from the paper's Gaussian start (SI "Model") with a transient discarded and one or more
 * consecutive stationary measurement windows (paper Fig. 8 uses two), and its results (pipelines keep them in
 * {@code glassdyn.papers.StageStore}).
 *
 * <p>Time scales (the paper states none except the T = 0.013 windows of 1e7): with elasticity the transient is
 * chosen adaptively as {@code equilibrationRates / Gamma}, with Gamma the yield rate over the second half of the
 * transient (see {@link #equilibrate}; tau_alpha Gamma is 1-2 in this model), at least {@link #MIN_EQUILIBRATION}; each window lasts
 * {@code windowRates / Gamma}. Without elasticity the slowest site relaxes at e^{-Delta E(0)/T} = e^{-1/T}, so the
 * transient is {@code equilibrationRates * e^{1/T}} and the window {@code windowRates * e^{1/T}} (the
 * exact tau_alpha of {@link NoElasticExact} is about e^{1/T}/4). Origins are spaced {@link #ORIGINS_PER_RATE}
 * per 1/Gamma (at most {@link #MAX_LIVE_ORIGINS} alive), lags are 0.01 * 1.12^m up to {@code maxLagRates / Gamma}.
 */
public final class EpmRun {
    /** Shortest transient (sweeps) from the Gaussian start, which holds many unstable sites. */
    public static final double MIN_EQUILIBRATION = 50;
    /** Origin density per 1/Gamma: tau_alpha/5 spacing as suggested in spec 002 section 2.1. */
    public static final double ORIGINS_PER_RATE = 5;
    /** Cap on simultaneously open origins (memory: L^2 bytes each, 17 L^2 with C_s). */
    public static final int MAX_LIVE_ORIGINS = 200;
    /** Smallest lag and lag ratio of the log grid (spec 002 section 2.1). */
    public static final double LAG_MIN = 0.01, LAG_RATIO = 1.12;

    /** What to simulate and measure. */
    public record Config(int L, double temperature, KernelVariant kernel, EpmDynamics.Algorithm algorithm, long seed,
                         double equilibrationRates, double windowRates, int windows, double maxLagRates,
                         int stressEvery, double[] mapLags) {
        public boolean elastic() { return kernel != null; }

        /** A file-name friendly key of the run. */
        public String key() {
            return String.format(java.util.Locale.ROOT, "L%d_T%.4f_%s_%s_s%d_w%d", L, temperature,
                kernel == null ? "none" : kernel.name().toLowerCase(), algorithm == EpmDynamics.Algorithm.LITERAL ? "lit" : "rf",
                seed, windows);
        }
    }

    /** Results: one {@link Correlations} per window, the stress density over all windows, maps from the first window. */
    public record Result(Config config, double alpha, double tEquilibrium, double windowLength, List<Correlations> windows,
                         double[] stressDensity, double[] mapLags, List<int[]> maps, long events, double stressDrift,
                         double seconds) {
        public Correlations first() { return windows.get(0); }
    }

    private EpmRun() {}

    /** Runs the configuration (kernel built here; pass one to reuse it). */
    public static Result run(Config c, EshelbyKernel kernel, glassdyn.Progress progress) {
        long started = System.nanoTime();
        if (c.elastic() && kernel == null) kernel = new EshelbyKernel(c.L(), c.kernel(), EshelbyKernel.defaultAngles(c.L()));
        EpmDynamics d = new EpmDynamics(c.L(), c.temperature(), c.elastic() ? kernel : null, c.algorithm(), c.seed());
        double rateScale;            // an estimate of 1/Gamma in the stationary state
        double tEq;
        if (c.elastic()) {
            double[] eq = equilibrate(d, c.equilibrationRates());
            tEq = eq[0];
            rateScale = eq[1];
        } else {
            rateScale = Math.exp(1 / c.temperature());
            tEq = Math.max(MIN_EQUILIBRATION, c.equilibrationRates() * rateScale);
            d.run(tEq, EpmObserver.NONE);
        }
        if (progress != null) progress.step(1);
        double w = c.windowRates() * rateScale;
        double maxLag = Math.min(w, c.maxLagRates() * rateScale);
        double spacing = Math.max(rateScale / ORIGINS_PER_RATE, maxLag / MAX_LIVE_ORIGINS);
        double[] lags = DynamicCorrelations.logLags(LAG_MIN, maxLag, LAG_RATIO);
        List<DynamicCorrelations> dc = new ArrayList<>();
        List<EpmObserver> obs = new ArrayList<>();
        for (int k = 0; k < c.windows(); k++) {
            DynamicCorrelations x = new DynamicCorrelations(d.sites(), tEq + k * w, tEq + (k + 1) * w, spacing, lags, c.stressEvery());
            dc.add(x);
            obs.add(x);
        }
        StressHistogram hist = new StressHistogram(tEq, tEq + c.windows() * w, Math.max(rateScale, w / 200));
        obs.add(hist);
        PersistenceSnapshots snaps = c.mapLags() == null ? null : new PersistenceSnapshots(tEq, c.mapLags());
        if (snaps != null) obs.add(snaps);
        EpmObserver all = EpmObserver.all(obs.toArray(EpmObserver[]::new));
        for (int k = 0; k < c.windows(); k++) {
            int chunks = 10;
            for (int q = 1; q <= chunks; q++) d.run(tEq + k * w + q * w / chunks, all);
            if (progress != null) progress.step(1);
        }
        List<Correlations> res = dc.stream().map(DynamicCorrelations::result).toList();
        List<int[]> maps = snaps == null ? List.of() : snaps.maps();
        double[] mapLags = snaps == null ? new double[0] : snaps.lagsTaken().stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(c, c.elastic() ? kernel.alpha() : Double.NaN, tEq, w, res, hist.density(), mapLags, maps,
            d.events(), d.stressSumDrift(), (System.nanoTime() - started) * 1e-9);
    }

    /**
     * Runs the transient from the Gaussian start and returns {t_eq, 1/Gamma}. Blocks of at least 2/Gamma (latest
     * estimate) are run until t &gt;= max({@link #MIN_EQUILIBRATION}, rates/Gamma); Gamma is then estimated over the
     * last {@link #GAMMA_BLOCK_FRACTION} of the transient (a long block: a short one misjudged Gamma by up to 4x at
     * T = 0.015, review 002 section 3.4), and the transient is extended until it is at least rates/Gamma with that
     * long-block Gamma.
     */
    static double[] equilibrate(EpmDynamics d, double rates) {
        double t = 0, block = 10, inv = 1;
        long e0 = 0;
        List<double[]> marks = new ArrayList<>();          // {time, events} at every block end
        marks.add(new double[] {0, 0});
        while (true) {
            d.run(t + block, EpmObserver.NONE);
            double gamma = (d.events() - e0) / (double) d.sites() / block;
            e0 = d.events();
            t += block;
            marks.add(new double[] {t, d.events()});
            inv = gamma > 0 ? 1 / gamma : Double.POSITIVE_INFINITY;
            double target = Math.max(MIN_EQUILIBRATION, rates * inv);
            if (t >= target) {
                double longInv = longBlockInverseRate(marks, d.sites());
                if (t >= Math.max(MIN_EQUILIBRATION, rates * longInv) || !Double.isFinite(longInv)) { inv = longInv; break; }
                target = Math.max(MIN_EQUILIBRATION, rates * longInv);
            }
            block = Math.min(Math.max(block, 2 * inv), target - t);
            block = Math.max(block, 1);
        }
        return new double[] {t, inv};
    }

    /** Fraction of the transient (its end) over which Gamma is estimated for the window lengths. */
    public static final double GAMMA_BLOCK_FRACTION = 0.5;

    private static double longBlockInverseRate(List<double[]> marks, int sites) {
        double[] end = marks.get(marks.size() - 1);
        double from = end[0] * (1 - GAMMA_BLOCK_FRACTION);
        double[] start = marks.get(0);
        for (double[] m : marks) if (m[0] <= from) start = m;
        double events = end[1] - start[1], span = end[0] - start[0];
        return events > 0 ? span * sites / events : Double.POSITIVE_INFINITY;
    }
}
