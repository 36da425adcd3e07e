package glassdyn.cli;

import glassdyn.analysis.NonGaussianParameter;
import glassdyn.analysis.RelaxationTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "alpha2", mixinStandardHelpOptions = true,
    description = "Non-Gaussian parameter alpha_2(t) and tau_2 (its peak). CSV t,alpha2,alpha2_k.")
final class AnalyzeAlpha2 implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Mixin AnalyzeLags lags = new AnalyzeLags();

    @Override public void run() {
        NonGaussianParameter a = new NonGaussianParameter();
        a.lagsPerDecade(lags.lagsPerDecade).maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
        Table t = in.compute(tr -> a.compute(tr));
        Map<String, Object> s = AnalyzeSupport.summary(a.frames(), a.particles());
        AnalyzeSupport.time(s, "tau_2", RelaxationTime.peakWithin(t, "alpha2"));
        s.put("alpha2_max", t.doubleColumn("alpha2").max());
        Main.summary(s);
    }
}
