package glassdyn.cli;

import glassdyn.analysis.DynamicSusceptibility;
import glassdyn.analysis.RelaxationTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "chi4", mixinStandardHelpOptions = true,
    description = "Overlap Q(t) and dynamic susceptibility chi_4(t) = N(<Q^2>-<Q>^2), with t_chi (its peak). CSV t,Q,chi4.")
final class AnalyzeChi4 implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Mixin AnalyzeLags lags = new AnalyzeLags();
    @Option(names = "--a", defaultValue = "0.3", description = "overlap cutoff (default ${DEFAULT-VALUE})") double a;

    @Override public void run() {
        DynamicSusceptibility d = new DynamicSusceptibility(a);
        d.lagsPerDecade(lags.lagsPerDecade).maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
        Table t = in.compute(tr -> d.compute(tr));
        Map<String, Object> s = AnalyzeSupport.summary(d.frames(), d.particles());
        AnalyzeSupport.time(s, "t_chi", RelaxationTime.peakWithin(t, "chi4"));
        s.put("chi4_max", t.doubleColumn("chi4").max());
        Main.summary(s);
    }
}
