package glassdyn.cli;

import picocli.CommandLine.Option;

/** Options of the time-origin averaged analyses. */
final class AnalyzeLags {
    @Option(names = "--lags-per-decade", defaultValue = "10", description = "log-spaced lags per decade (default ${DEFAULT-VALUE})")
    int lagsPerDecade;

    @Option(names = "--max-origins", defaultValue = "128", description = "time origins held in memory (default ${DEFAULT-VALUE})")
    int maxOrigins;

    @Option(names = "--non-affine", description = "subtract the affine shear flow (sheared runs)")
    boolean nonAffine;
}
