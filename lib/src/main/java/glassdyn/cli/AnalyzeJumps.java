package glassdyn.cli;

import picocli.CommandLine.Option;

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
