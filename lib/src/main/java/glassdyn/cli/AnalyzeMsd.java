package glassdyn.cli;

import glassdyn.analysis.MeanSquareDisplacement;
import glassdyn.particles.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import java.util.Map;

@Command(name = "msd", mixinStandardHelpOptions = true,
    description = "Mean-square displacement, time-origin averaged on log-spaced lags (CSV t,msd; --by-type adds msd_k; --remove-drift subtracts the centre-of-mass motion).")
final class AnalyzeMsd implements Runnable {
    @Mixin AnalyzeInput in = new AnalyzeInput();
    @Mixin AnalyzeLags lags = new AnalyzeLags();
    @Option(names = "--by-type", description = "add one msd_k column per LAMMPS type") boolean byType;
    @Option(names = "--remove-drift", description = "subtract the centre-of-mass displacement (of the selected particles), as LAMMPS compute msd com yes") boolean removeDrift;

    @Override public void run() {
        MeanSquareDisplacement msd = new MeanSquareDisplacement().lagsPerDecade(lags.lagsPerDecade)
            .maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
        Table t;
        try (Trajectory tr = in.open()) { t = msd.compute(removeDrift ? new glassdyn.particles.CentreOfMassDrift(tr) : tr); }
        t.removeColumns("pairs");
        if (!byType) t = AnalyzeSupport.keep(t, "t", "msd");
        in.write(t);
        Map<String, Object> s = AnalyzeSupport.summary(msd.frames(), msd.particles());
        s.put("msd_last", t.doubleColumn("msd").getDouble(t.rowCount() - 1));
        Main.summary(s);
    }
}
