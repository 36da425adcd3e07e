package glassdyn.cli;

import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.SelfDynamics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "self", mixinStandardHelpOptions = true,
    description = "All self dynamics in one pass: msd, alpha2, fs, Q, chi4 (total and per type).")
final class AnalyzeSelf implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Mixin AnalyzeLags lags = new AnalyzeLags();
    @Option(names = "--q", defaultValue = "7.25", description = "wavenumber of F_s (default ${DEFAULT-VALUE})") double q;
    @Option(names = "--a", defaultValue = "0.3", description = "overlap cutoff (default ${DEFAULT-VALUE})") double a;

    @Override public void run() {
        SelfDynamics d = new SelfDynamics(q, a);
        d.lagsPerDecade(lags.lagsPerDecade).maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
        Table t = in.compute(tr -> d.compute(tr));
        Map<String, Object> s = AnalyzeSupport.summary(d.frames(), d.particles());
        AnalyzeSupport.time(s, "tau_alpha", RelaxationTime.crossingWithin(t, "fs", RelaxationTime.ONE_OVER_E));
        AnalyzeSupport.time(s, "tau_2", RelaxationTime.peakWithin(t, "alpha2"));
        AnalyzeSupport.time(s, "t_chi", RelaxationTime.peakWithin(t, "chi4"));
        Main.summary(s);
    }
}
