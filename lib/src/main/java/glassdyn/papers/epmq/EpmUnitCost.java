package glassdyn.papers.epmq;

import glassdyn.epm.EpmRun;

/**
 * Estimated cost of one EPM-Q run (one work unit of a plan), from costs measured on this project's 2-core machine.
 *
 * <p>The rejection-free sampler moves time by one event per step; with elastic interactions every event adds the
 * Eshelby kernel to all L^2 sites, so a run costs {@code events x L^2 x c}, and the number of events is close to
 * one per site per unit of the rate scale 1/Gamma (the unit of the preset's equilibration and window lengths):
 * {@code events = f x L^2 x (equilibration + windows x window)}. Measured (CPU time, user + sys, 2-core machine):
 * f between 0.8 and 1.4 in the 62 runs of the session-4 quick run (stored {@code events}); c = 4.6 ns per
 * site-event for that whole quick run (1003 CPU-s over 2.18e11 site-events, kernel tables and analysis included)
 * and 7 ns in a single run at L = 128, T = 0.02 (55,346 events, 7.7 CPU-s with the JVM start, 2026-12-06 23:24,
 * load 13); without elasticity at most 4 us per event. The estimate takes f = 1.4 and c = 7 ns (conservative by
 * about 2x). Memory: the kernel table (L^2 doubles) and the maps; a run at L = 128 peaks at 0.25 GB resident,
 * the JVM is given 1 GB.
 */
final class EpmUnitCost {
    private EpmUnitCost() {}

    /** Events per site per 1/Gamma, upper end of the measured range. */
    static final double EVENTS_PER_SITE = 1.4;
    /** CPU seconds per site-event with elastic interactions (single L = 128 run). */
    static final double SECONDS_PER_SITE_EVENT = 7e-9;
    /** Seconds per event without elastic interactions (upper end of the measured range). */
    static final double SECONDS_PER_PLAIN_EVENT = 4e-6;

    /** Estimated core-hours of one run. */
    static double coreHours(EpmRun.Config c) {
        double sites = (double) c.L() * c.L();
        double events = EVENTS_PER_SITE * sites * (c.equilibrationRates() + c.windows() * c.windowRates());
        double seconds = c.elastic() ? events * sites * SECONDS_PER_SITE_EVENT : events * SECONDS_PER_PLAIN_EVENT;
        return (seconds + 2) / 3600;          // + JVM start and kernel table
    }

    /** Estimated peak memory (GB) of the JVM running one run. */
    static double memoryGb(EpmRun.Config c) { return 1.0; }

    static final String BASIS = "measured CPU: 7 ns per site-event (elastic; 4.6 over the whole quick run), "
        + "<= 4 us per event (no elasticity), <= 1.4 events per site per 1/Gamma; scaled by L^4 x run length";
}
