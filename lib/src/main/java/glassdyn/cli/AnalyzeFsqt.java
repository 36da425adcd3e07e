package glassdyn.cli;

import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.SelfIntermediateScattering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "fsqt", mixinStandardHelpOptions = true,
    description = "Self intermediate scattering function F_s(q,t) and tau_alpha (F_s = 1/e). CSV t,fs,fs_k.")
final class AnalyzeFsqt implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Mixin AnalyzeLags lags = new AnalyzeLags();
    @Option(names = "--q", defaultValue = "7.25", description = "wavenumber (default ${DEFAULT-VALUE}, Kob-Andersen first peak)") double q;

    @Override public void run() {
        SelfIntermediateScattering fs = new SelfIntermediateScattering(q);
        fs.lagsPerDecade(lags.lagsPerDecade).maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
        Table t = in.compute(tr -> fs.compute(tr));
        Map<String, Object> s = AnalyzeSupport.summary(fs.frames(), fs.particles());
        AnalyzeSupport.time(s, "tau_alpha", RelaxationTime.crossingWithin(t, "fs", RelaxationTime.ONE_OVER_E));
        Main.summary(s);
    }
}
