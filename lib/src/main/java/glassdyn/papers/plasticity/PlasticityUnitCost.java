package glassdyn.papers.plasticity;

import glassdyn.Scale;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;

/**
 * Estimated cost of one glass of paper 003 (one work unit of a plan: a training glass, a scored glass or a swap-MC
 * diagnostic). Bases, by scale: smoke and quick measured here (whole runs, CPU user + sys, divided over their
 * glasses: smoke 22.1 CPU-s over 8 glasses, quick 820 CPU-s over 78 glasses, about 10.5 CPU-s per N = 324 POLY
 * glass with its indicator fields); an N = 324 LJ glass costs about 55 CPU-s (AQS to the first event with the
 * attractive tail, measured, {@link PlasticityIndicators#preset}); swap Monte Carlo adds 0.4 ms per sweep at N = 324
 * (10^4 sweeps in about 4 CPU-s, quick); the paper scale from review 003's estimate (AQS about 100 CPU-days and
 * Delta tau_y about 17 over the paper's 7 x 120 glasses: 3.3 core-hours per glass, SPS excluded) with the swap sweeps
 * scaled as N.
 */
final class PlasticityUnitCost {
    private PlasticityUnitCost() {}

    static final double POLY_GLASS_SECONDS_324 = 10.5;
    static final double LJ_GLASS_SECONDS_324 = 55;
    static final double SWAP_SWEEP_SECONDS_324 = 4e-4;
    static final double PAPER_GLASS_CORE_HOURS = 117.0 * 24 / (7 * 120);

    static String basis(Scale scale) {
        return scale == Scale.PAPER
            ? "review 003: AQS ~100 CPU-days + Delta tau_y ~17 over 7 x 120 glasses (3.3 core-h per glass, SPS excluded); swap sweeps ~ N"
            : "measured CPU at N = 324: ~10.5 s per POLY glass, ~55 s per LJ glass, 0.4 ms per swap sweep";
    }

    /** One glass of protocol {@code p} (its swap-MC parent included). */
    static double glassCoreHours(Scale scale, Preset preset, Protocol p) {
        double swap = p.sweeps() * SWAP_SWEEP_SECONDS_324 * preset.n() / 324.0;
        if (scale == Scale.PAPER) return PAPER_GLASS_CORE_HOURS + swap / 3600;
        double glass = p.model().equals("lj") ? LJ_GLASS_SECONDS_324 : POLY_GLASS_SECONDS_324;
        return (glass * preset.n() / 324.0 + swap + 2) / 3600;
    }

    /** The swap-MC equilibration diagnostic of a POLY parent. */
    static double equilibrationCoreHours(Preset preset, Protocol p) {
        return (p.sweeps() * SWAP_SWEEP_SECONDS_324 * preset.n() / 324.0 + 2) / 3600;
    }

    /** Peak memory: dense 3N x 3N matrices where the fields diagonalise (about 7 GB at N = 10^4), else small. */
    static double memoryGb(Preset preset) {
        double dense = 9.0 * preset.n() * preset.n() * 8 / 1e9;
        return 1.0 + 1.2 * dense;
    }
}
