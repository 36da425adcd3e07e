package glassdyn.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

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
