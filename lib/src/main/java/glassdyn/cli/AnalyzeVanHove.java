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

@Command(name = "vanhove", mixinStandardHelpOptions = true,
    description = "Self van Hove function G_s(r,t), time-origin averaged on log-spaced lags. CSV t,r,Gs,P.")
final class AnalyzeVanHove implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Mixin AnalyzeLags lags = new AnalyzeLags();
    @Option(names = "--rmax", defaultValue = "3", description = "largest displacement binned (default ${DEFAULT-VALUE})") double rmax;
    @Option(names = "--bins", defaultValue = "150", description = "bins (default ${DEFAULT-VALUE})") int bins;

    @Override public void run() {
        glassdyn.analysis.VanHoveSelf v = new glassdyn.analysis.VanHoveSelf(rmax, bins);
        v.lagsPerDecade(lags.lagsPerDecade).maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
        Table t = in.compute(tr -> v.compute(tr));
        Main.summary(AnalyzeSupport.summary(v.frames(), v.particles()));
    }
}
