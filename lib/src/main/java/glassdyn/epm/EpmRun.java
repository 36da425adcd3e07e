package glassdyn.epm;

import glassdyn.io.AtomicFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * One EPM-Q trajectory from the paper's Gaussian start (SI "Model") with a transient discarded and one or more
 * consecutive stationary measurement windows (paper Fig. 8 uses two), and its results; results can be saved to and
 * read from a checkpoint file (written atomically) so a pipeline resumes without redoing finished runs.
 *
 * <p>Time scales (the paper states none except the T = 0.013 windows of 1e7): with elasticity the transient is
 * chosen adaptively as {@code equilibrationRates / Gamma}, with Gamma the yield rate of the latest equilibration
 * block (tau_alpha Gamma is 1-2 in this model), at least {@link #MIN_EQUILIBRATION}; each window lasts
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
            double t = 0, block = 10;
            long e0 = 0;
            double inv = 1;
            while (true) {
                d.run(t + block, EpmObserver.NONE);
                double gamma = (d.events() - e0) / (double) d.sites() / block;
                e0 = d.events();
                t += block;
                inv = gamma > 0 ? 1 / gamma : Double.POSITIVE_INFINITY;
                if (t >= Math.max(MIN_EQUILIBRATION, c.equilibrationRates() * inv)) break;
                block = Math.min(Math.max(block, 2 * inv), Math.max(MIN_EQUILIBRATION, c.equilibrationRates() * inv) - t);
                block = Math.max(block, 1);
            }
            rateScale = inv;
            tEq = t;
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

    // ---- checkpoint (java.util.Properties, one file per run, written atomically) ----

    public static void save(Result r, Path file) {
        Properties p = new Properties();
        Config c = r.config();
        p.setProperty("key", c.key());
        p.setProperty("alpha", Double.toString(r.alpha()));
        p.setProperty("tEq", Double.toString(r.tEquilibrium()));
        p.setProperty("window", Double.toString(r.windowLength()));
        p.setProperty("events", Long.toString(r.events()));
        p.setProperty("drift", Double.toString(r.stressDrift()));
        p.setProperty("seconds", Double.toString(r.seconds()));
        p.setProperty("windows", Integer.toString(r.windows().size()));
        for (int k = 0; k < r.windows().size(); k++) {
            Correlations x = r.windows().get(k);
            String w = "w" + k + ".";
            p.setProperty(w + "t", join(x.t()));
            p.setProperty(w + "p", join(x.p()));
            p.setProperty(w + "chi4", join(x.chi4()));
            p.setProperty(w + "cs", join(x.cs()));
            p.setProperty(w + "cp", join(x.cp()));
            p.setProperty(w + "samples", join(x.samples()));
            p.setProperty(w + "gamma", Double.toString(x.gamma()));
            p.setProperty(w + "origins", Long.toString(x.origins()));
            p.setProperty(w + "tauError", Double.toString(x.tauAlphaError()));
            p.setProperty(w + "chi4Error", Double.toString(x.chi4PeakError()));
        }
        p.setProperty("density", join(r.stressDensity()));
        p.setProperty("mapLags", join(r.mapLags()));
        for (int k = 0; k < r.maps().size(); k++) {
            StringBuilder sb = new StringBuilder();
            for (int v : r.maps().get(k)) sb.append(v);
            p.setProperty("map" + k, sb.toString());
        }
        StringWriter sw = new StringWriter();
        try { p.store(sw, "EPM-Q run checkpoint"); } catch (IOException e) { throw new UncheckedIOException(e); }
        AtomicFiles.writeString(file, sw.toString());
    }

    /** Reads a checkpoint written by {@link #save} for this configuration, or null if absent or for another run. */
    public static Result load(Config c, Path file) {
        if (!Files.isRegularFile(file)) return null;
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) { p.load(in); }
        catch (IOException e) { return null; }
        if (!c.key().equals(p.getProperty("key"))) return null;
        try {
            int nw = Integer.parseInt(p.getProperty("windows"));
            List<Correlations> ws = new ArrayList<>();
            for (int k = 0; k < nw; k++) {
                String w = "w" + k + ".";
                ws.add(new Correlations(split(p, w + "t"), split(p, w + "p"), split(p, w + "chi4"), split(p, w + "cs"),
                    split(p, w + "cp"), split(p, w + "samples"), Double.parseDouble(p.getProperty(w + "gamma")),
                    Long.parseLong(p.getProperty(w + "origins")), Double.parseDouble(p.getProperty(w + "tauError")),
                    Double.parseDouble(p.getProperty(w + "chi4Error"))));
            }
            double[] mapLags = split(p, "mapLags");
            List<int[]> maps = new ArrayList<>();
            for (int k = 0; k < mapLags.length; k++) {
                String s = p.getProperty("map" + k);
                int[] m = new int[s.length()];
                for (int i = 0; i < m.length; i++) m[i] = s.charAt(i) - '0';
                maps.add(m);
            }
            return new Result(c, Double.parseDouble(p.getProperty("alpha")), Double.parseDouble(p.getProperty("tEq")),
                Double.parseDouble(p.getProperty("window")), ws, split(p, "density"), mapLags, maps,
                Long.parseLong(p.getProperty("events")), Double.parseDouble(p.getProperty("drift")),
                Double.parseDouble(p.getProperty("seconds")));
        } catch (RuntimeException e) {
            return null;                      // unreadable checkpoint: recompute
        }
    }

    private static String join(double[] a) {
        return Arrays.stream(a).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static double[] split(Properties p, String key) {
        String s = p.getProperty(key);
        if (s == null) throw new IllegalStateException("missing " + key);
        if (s.isEmpty()) return new double[0];
        return Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
