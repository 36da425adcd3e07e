package glassdyn.papers.cagejump;

import glassdyn.Scale;

import java.util.Locale;

/**
 * Cost of cage-jump-ler's plan units (one per Brownian phi chain, one for the KA/MD variant), each number with its
 * basis: measured on this 2-core machine ({@code /usr/bin/time}: user + sys CPU, max RSS) or scaled from a measured
 * run as stated. The KA/MD variant is priced by its work, particles x simulated time (liquid plus every rate's
 * equilibration and production strain over the rate), at the rate of its measured long unit.
 */
final class CageJumpUnitCost {
    private CageJumpUnitCost() {}

    /** An estimate: core-hours, peak memory (GB) and how it was obtained. */
    record Cost(double coreHours, double memoryGb, String basis) {}

    /**
     * Measured: session 10's long plan unit {@code ka} at 58b8a1a, 475.7 CPU-s (dynamics and analysis, max RSS 0.49 GB)
     * for {@link #kaWork} of the long preset (the smoke run's 11.5 CPU-s, JIT warm-up included, scaled to 1387).
     */
    static final double KA_LONG_CPU_SECONDS = 475.7;

    /** Work of the KA/MD variant: N x (liquid time + sum over rates of (equilibration + production strain) / rate), in particle-time units. */
    static double kaWork(KaClusterVariant.Preset p) {
        double t = p.liquidTime();
        for (double r : p.rates()) t += (p.equilibrationStrain() + p.productionStrain()) / r;
        return p.n() * t;
    }

    /** The KA/MD variant's unit. */
    static Cost ka(Scale scale) {
        KaClusterVariant.Preset p = KaClusterVariant.preset(scale);
        double seconds = KA_LONG_CPU_SECONDS * kaWork(p) / kaWork(KaClusterVariant.preset(Scale.LONG));
        double memory = switch (scale) {
            case SMOKE -> 0.3; case QUICK -> 0.5; case LONG -> 1.0; case PAPER -> 4.0;
        };
        return new Cost(seconds / 3600, memory, String.format(Locale.ROOT, "scaled from the long unit ka (%.1f CPU-s for "
            + "%.3g particle-time units, measured) to %.3g particle-time units; memory: a %d-particle record (estimate)",
            KA_LONG_CPU_SECONDS, kaWork(KaClusterVariant.preset(Scale.LONG)), kaWork(p), p.n()));
    }

    /** The Brownian chain at {@code CageJumpLer.PHIS[phiIndex]}. */
    static Cost chain(Scale scale, int phiIndex) {
        boolean at45 = phiIndex == 0;
        return switch (scale) {
            case SMOKE -> new Cost(10.5 / 2 / 3600, 0.28 * 1.5, "measured: smoke run, 22.0 CPU-s of which the KA stage 11.5; "
                + "the Brownian 10.5 CPU-s split evenly between the two chains (estimate); 0.28 GB");
            case QUICK -> new Cost(803.0 / 2 / 3600, 0.93 * 1.5, "measured: quick run with 6 tau_0 per cluster rate, session 11 "
                + "(803 CPU-s including the KA stage, max RSS 0.93 GB), split evenly between the two chains (an upper bound)");
            case LONG -> at45
                ? new Cost(3786.0 / 3600, 3.36 * 1.25, "measured: long run of session 5 (3786 CPU-s, max RSS 3.36 GB) when only "
                    + "phi = 45% had cluster rates (it included the 42.5% flow-curve chain: an upper bound)")
                : new Cost(1872.0 / 3600, 1.90 * 1.25, "measured: the phi = 42.5% chain with its cluster rates (5 tau_0 each), "
                    + "session 10's long plan unit bd-phi0.425 at 58b8a1a (1872 CPU-s, max RSS 1.90 GB; the earlier estimate was 6100)");
            case PAPER -> new Cost(10.0 / 2, CageJumpLer.PAPER_CHAIN_HEAP_GB + 1.0, "review 000: about 10 h for the Brownian runs, "
                + "split evenly between the chains; memory: one chain's streamed analysis heap (CageJumpLer.PAPER_CHAIN_HEAP_GB, "
                + "scaled as N x frames from quick's measured record and analysis) + 1 GB for the JVM");
        };
    }
}
