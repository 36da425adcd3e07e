package glassdyn.plan;

import glassdyn.Scale;

/**
 * Cost of a whole pipeline run per paper and scale, for plans whose pipeline is one unit ({@link WholeRun}). Every
 * number states its basis: measured here ({@code /usr/bin/time}: user+sys CPU, max RSS, 2-core machine) or, where no
 * run was made, the estimate of the paper's review in {@code shared/reviews/} (the memory then with a factor 1.5
 * over the review's working-set estimate for the JVM).
 */
final class Costs {
    private Costs() {}

    static WholeRun.Cost whole(String paper, Scale scale) {
        return switch (scale) {
            case SMOKE -> smoke(paper);
            case QUICK -> quick(paper);
            case LONG -> new WholeRun.Cost(2 * 2.0, 4, "budget of the long scale: at most 2 h wall on 2 cores (not measured per unit)");
            case PAPER -> paper(paper);
        };
    }

    /** Measured 2026-12-06 20:15 UTC, jar 2b1303c, smoke scale, one run each (user+sys CPU; max RSS). */
    private static WholeRun.Cost smoke(String paper) {
        String b = "measured: smoke run of jar 2b1303c, 2026-12-06";
        return switch (paper) {
            case "cage-jump-ler" -> new WholeRun.Cost(11.4 / 3600, 0.22 * 1.5, b);
            case "tau-lc-duality" -> new WholeRun.Cost(15.6 / 3600, 0.24 * 1.5, b);
            case "epm-q" -> new WholeRun.Cost(5.1 / 3600, 0.21 * 1.5, b);
            case "plasticity-indicators" -> new WholeRun.Cost(22.1 / 3600, 0.36 * 1.5, b);
            default -> new WholeRun.Cost(9.4 / 3600, 0.18 * 1.5, b);
        };
    }

    /** Quick-scale whole runs as recorded in the README at session 3 (CPU seconds, peak memory). */
    private static WholeRun.Cost quick(String paper) {
        return switch (paper) {
            case "cage-jump-ler" -> new WholeRun.Cost(179.0 / 3600, 0.49 * 1.5, "measured: README, session 3 (179 s CPU, 0.49 GB)");
            case "epm-q" -> new WholeRun.Cost(146 * 1.52 / 3600, 0.5 * 1.5, "measured: README, session 3 (2 min 26 s wall at 152% CPU, 0.5 GB)");
            default -> new WholeRun.Cost(2 * 0.25, 2, "budget of the quick scale: at most 15 min wall on 2 cores (not measured per unit)");
        };
    }

    /** Paper-scale estimates of the reviews (shared/reviews/NNN-*.md), not measured here. */
    private static WholeRun.Cost paper(String paper) {
        return switch (paper) {
            case "cage-jump-ler" -> new WholeRun.Cost(10, glassdyn.papers.cagejump.CageJumpLer.PAPER_HEAP_GB + 1.0,
                "review 000: about 10 h; memory: the streamed analysis's heap (CageJumpLer.PAPER_HEAP_GB, scaled as N x frames "
                + "from quick's measured record and analysis) + 1 GB for the JVM");
            case "tau-lc-duality" -> new WholeRun.Cost(1.5e4, 2 * 1.7 + 1, "review 001: 1-2 x 10^4 CPU-h; memory: 1.7 GB per "
                + "running replica with online first-jump detection (IsoconfigurationalEnsemble.bytesPerReplica at the paper preset; "
                + "was 57 GB offline), two replicas at a time, + 1 GB for the JVM");
            case "plasticity-indicators" -> new WholeRun.Cost(117 * 24, 8, "review 003: AQS about 100 CPU-days + Delta tau_y about 17 (SPS excluded)");
            case "epm-q" -> new WholeRun.Cost(50, 2, "not measured at the paper scale: rough scaling of quick (10-40 trajectories per T)");
            default -> new WholeRun.Cost(500, 8, "not measured at the paper scale: rough scaling of quick (27 NVT runs, 1000 quenches per system)");
        };
    }
}
