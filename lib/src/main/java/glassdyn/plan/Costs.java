package glassdyn.plan;

import glassdyn.Scale;

/**
 * Cost of cage-jump-ler's whole-pipeline unit ({@link WholeRun}; the other papers are cut into units with their own
 * cost models). Every number states its basis: measured here ({@code /usr/bin/time}: user+sys CPU, max RSS, 2-core
 * machine) or, at the paper scale, review 000's estimate with the streamed analysis's measured memory scaling.
 */
final class Costs {
    private Costs() {}

    static WholeRun.Cost cageJump(Scale scale) {
        return switch (scale) {
            case SMOKE -> new WholeRun.Cost(22.0 / 3600, 0.28 * 1.5, "measured: smoke run with the 42.5% cluster rates and the KA/MD variant "
                + "(22.0 CPU-s, of which the KA stage 11.5; 0.28 GB)");
            case QUICK -> new WholeRun.Cost((432.0 + 400) / 3600, 0.50 * 1.5, "measured: quick run with the 42.5% cluster rates, 53cd658 (432 s CPU, "
                + "0.50 GB), plus the KA/MD variant (~400 CPU-s, estimate from its smoke rate of 2.6 us per particle-step)");
            case LONG -> new WholeRun.Cost((3786.0 + 6100 + 1400) / 3600, 2 * 3.36 * 1.25, "estimate: long run of session 5 (measured 3786 CPU-s, max RSS "
                + "3.36 GB, phi = 45% cluster rates only) plus the phi = 42.5% cluster rates (~6100 CPU-s; both chains hold a record at once) "
                + "plus the KA/MD variant (~1400 CPU-s, N = 4000, from its smoke rate)");
            case PAPER -> new WholeRun.Cost(10, glassdyn.papers.cagejump.CageJumpLer.PAPER_HEAP_GB + 1.0,
                "review 000: about 10 h; memory: the streamed analysis's heap (CageJumpLer.PAPER_HEAP_GB, scaled as N x frames "
                + "from quick's measured record and analysis) + 1 GB for the JVM");
        };
    }
}
