package glassdyn.cli;

import glassdyn.analysis.CollectiveIntermediateScattering;
import glassdyn.analysis.RelaxationTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

import java.util.Map;

@Command(name = "fqt", mixinStandardHelpOptions = true,
    description = "Collective intermediate scattering F(q,t) over the cell's wavevectors in |q| +- dq/2, all origins; CSV t,F,F_over_S,pairs; JSON S(q) and tau_c (F/S = 1/e, null with a reason outside the window).")
final class AnalyzeFqt implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Option(names = "--q", defaultValue = "7.25", description = "wavenumber (default ${DEFAULT-VALUE}, Kob-Andersen first peak)") double q;
    @Option(names = "--dq", defaultValue = "0.2", description = "shell width (default ${DEFAULT-VALUE})") double dq;
    @Option(names = "--lags-per-decade", defaultValue = "10", description = "log-spaced lags per decade (default ${DEFAULT-VALUE})") int lagsPerDecade;

    @Override public void run() {
        CollectiveIntermediateScattering f = new CollectiveIntermediateScattering(q, dq).lagsPerDecade(lagsPerDecade);
        Table t = in.compute(tr -> f.compute(tr));
        Map<String, Object> s = AnalyzeSupport.summary(f.frames(), f.particles());
        s.put("vectors", f.vectors());
        s.put("S_q", t.doubleColumn("F").getDouble(0));
        Table later = t.where(t.doubleColumn("t").isGreaterThan(0));
        AnalyzeSupport.time(s, "tau_c", RelaxationTime.crossingWithin(later, "F_over_S", RelaxationTime.ONE_OVER_E));
        Main.summary(s);
    }
}
