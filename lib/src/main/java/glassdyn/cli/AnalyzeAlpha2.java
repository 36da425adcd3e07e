package glassdyn.cli;

import glassdyn.analysis.DynamicSusceptibility;
import glassdyn.analysis.MeanSquareDisplacement;
import glassdyn.analysis.NonGaussianParameter;
import glassdyn.analysis.RadialDistribution;
import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.SelfDynamics;
import glassdyn.analysis.SelfIntermediateScattering;
import glassdyn.InputException;
import glassdyn.io.TrajectoryFiles;
import glassdyn.particles.Trajectory;
import glassdyn.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
