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

/**
 * {@code glassdyn analyze ...}: the analyses of {@code glassdyn.analysis} on a trajectory file (LAMMPS dump, extended
 * XYZ, GSD; see {@link TrajectoryFiles}). Each subcommand writes its table as CSV with {@code --out} (atomically,
 * only after the whole computation succeeded) and ends with one JSON line.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyses of a trajectory (LAMMPS dump, extended XYZ or GSD).",
    subcommands = {
        AnalyzeMsd.class,
        AnalyzeRdf.class,
        AnalyzeFsqt.class,
        AnalyzeFqt.class,
        AnalyzeSteinhardt.class,
        AnalyzeAlpha2.class,
        AnalyzeChi4.class,
        AnalyzeSelf.class,
        AnalyzeVanHove.class,
        AnalyzeSq.class,
        AnalyzeCageJumps.class,
        AnalyzePersistence.class,
        AnalyzeD2min.class,
        AnalyzeRetention.class,
        AnalyzeClusters.class,
        AnalyzeStress.class,
        AnalyzeCoarseGrain.class,
        AnalyzeSpearman.class,
        AnalyzeInfo.class,
        AnalyzeTable.class,
        AnalyzeConvert.class,
    })
public final class AnalyzeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
