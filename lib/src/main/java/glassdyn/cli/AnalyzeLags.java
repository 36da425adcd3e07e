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

/** Options of the time-origin averaged analyses. */
final class AnalyzeLags {
    @Option(names = "--lags-per-decade", defaultValue = "10", description = "log-spaced lags per decade (default ${DEFAULT-VALUE})")
    int lagsPerDecade;

    @Option(names = "--max-origins", defaultValue = "128", description = "time origins held in memory (default ${DEFAULT-VALUE})")
    int maxOrigins;

    @Option(names = "--non-affine", description = "subtract the affine shear flow (sheared runs)")
    boolean nonAffine;
}
