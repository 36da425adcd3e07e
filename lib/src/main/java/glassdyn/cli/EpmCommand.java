package glassdyn.cli;

import glassdyn.epm.Correlations;
import glassdyn.epm.DynamicCorrelations;
import glassdyn.epm.EpmDynamics;
import glassdyn.epm.EpmObserver;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KernelVariant;
import glassdyn.epm.StressHistogram;
import glassdyn.InputException;
import glassdyn.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code epm}: one EPM-Q trajectory (paper 002) from the Gaussian start: TEQ sweeps discarded, then TMAX sweeps
 * measured with the persistence averaged over time origins. Origins and lags: if TEQ &gt; 0 the yield rate Gamma of
 * the second half of the transient sets the origin spacing 0.2/Gamma and the longest lag min(TMAX/2, 50/Gamma);
 * otherwise TMAX/64 and TMAX/2 (at most 200 open origins).
 */
@Command(name = "epm", mixinStandardHelpOptions = true,
    description = "Thermal elastoplastic model EPM-Q of Ozawa & Biroli (PRL 2023): tau_alpha, chi_4, Gamma.")
public final class EpmCommand implements Runnable {
    @Option(names = "--L", required = true, description = "linear lattice size (even, >= 4)") int L;
    @Option(names = "--temperature", required = true, description = "temperature T (> 0)") double temperature;
    @Option(names = "--time", required = true, description = "measured duration in sweeps") double time;
    @Option(names = "--equilibrate", defaultValue = "0", description = "discarded transient in sweeps (default 0)") double equilibrate;
    @Option(names = "--kernel", defaultValue = "default",
        description = "none (no elastic interactions), default (= block, the literal reading of the SI fine grid) or one of naive, recv, block, stag, fitted") String kernel;
    @Option(names = "--algorithm", defaultValue = "rejection-free", description = "rejection-free (default) or literal") String algorithm;
    @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)") long seed;
    @Option(names = "--out", description = "directory for correlations.csv and stress_distribution.csv") Path out;

    @Override
    public void run() {
        if (L < 4 || L % 2 != 0) throw InputException.parameter("--L", "must be even and at least 4", L);
        if (!(temperature > 0) || !Double.isFinite(temperature)) throw InputException.parameter("--temperature", "must be positive", temperature);
        if (!(time > 0) || !Double.isFinite(time)) throw InputException.parameter("--time", "must be positive", time);
        if (!(equilibrate >= 0) || !Double.isFinite(equilibrate)) throw InputException.parameter("--equilibrate", "must be >= 0", equilibrate);
        EpmDynamics.Algorithm alg = switch (algorithm.toLowerCase()) {
            case "rejection-free" -> EpmDynamics.Algorithm.REJECTION_FREE;
            case "literal" -> EpmDynamics.Algorithm.LITERAL;
            default -> throw InputException.parameter("--algorithm", "must be rejection-free or literal", algorithm);
        };
        KernelVariant variant = switch (kernel.toLowerCase()) {
            case "none" -> null;
            case "default" -> KernelVariant.DEFAULT;
            default -> KernelVariant.parse(kernel);
        };
        long started = System.nanoTime();
        EshelbyKernel k = variant == null ? null : new EshelbyKernel(L, variant, EshelbyKernel.defaultAngles(L));
        EpmDynamics d = new EpmDynamics(L, temperature, k, alg, seed);
        double gamma = Double.NaN;
        if (equilibrate > 0) {
            d.run(equilibrate / 2, EpmObserver.NONE);
            long e0 = d.events();
            d.run(equilibrate, EpmObserver.NONE);
            gamma = (d.events() - e0) / (double) d.sites() / (equilibrate - equilibrate / 2);
        }
        double maxLag = time / 2, spacing = time / 64;
        if (gamma > 0) { maxLag = Math.min(maxLag, 50 / gamma); spacing = Math.min(spacing, 0.2 / gamma); }
        spacing = Math.max(spacing, maxLag / 200);
        double t0 = d.time();
        DynamicCorrelations dc = new DynamicCorrelations(d.sites(), t0, t0 + time, spacing,
            DynamicCorrelations.logLags(0.01, maxLag, 1.12), 4);
        StressHistogram hist = new StressHistogram(t0, t0 + time, Math.max(time / 200, 1e-3));
        long e0 = d.events();
        try (glassdyn.Progress p = new glassdyn.Progress("epm L=" + L + " T=" + temperature, 20)) {
            for (int q = 1; q <= 20; q++) { d.run(t0 + q * time / 20, EpmObserver.all(dc, hist)); p.step(1); }
        }
        Correlations c = dc.result();
        if (out != null) {
            Tables.writeCsv(Tables.of("epm_correlations", "t", c.t(), "P", c.p(), "chi4", c.chi4(), "C_s", c.cs(),
                "C_p", c.cp(), "origins", c.samples()), out.resolve("correlations.csv"));
            Tables.writeCsv(Tables.of("epm_stress_distribution", "sigma", StressHistogram.centres(), "P_sigma", hist.density()),
                out.resolve("stress_distribution.csv"));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tau_alpha", c.tauAlpha());
        m.put("alpha", k == null ? null : k.alpha());
        m.put("events", d.events() - e0);
        m.put("gamma", c.gamma());
        m.put("chi4_peak", c.chi4Peak());
        m.put("kernel", variant == null ? "none" : variant.name().toLowerCase());
        m.put("stress_sum_drift", d.stressSumDrift());
        m.put("seconds", (System.nanoTime() - started) * 1e-9);
        Main.summary(m);
    }
}
