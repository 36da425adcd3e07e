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

/** Options of the analyses on a whole trajectory held in memory. */
final class AnalyzeJumps {
    @Option(names = "--p-threshold", required = true, description = "acceptance threshold on Candelier's p (length^2), e.g. the MSD plateau")
    double pThreshold;
    @Option(names = "--min-jump", defaultValue = "0", description = "minimum distance between cage centroids (default ${DEFAULT-VALUE}: off)")
    double minJump;
    @Option(names = "--min-frames", defaultValue = "5", description = "minimum frames per cage (default ${DEFAULT-VALUE})")
    int minFrames;
    @Option(names = "--non-affine", description = "subtract the affine shear flow (sheared runs)")
    boolean nonAffine;

    glassdyn.analysis.CageJumpDetector detector() {
        return new glassdyn.analysis.CageJumpDetector(pThreshold).minJump(minJump).minFrames(minFrames);
    }
}
