package glassdyn.papers.plasticity;

import glassdyn.Scale;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;

/**
 * Estimated cost of one glass of paper 003 (one work unit of a plan: a training glass, a scored glass or a swap-MC
 * diagnostic). Bases (CPU user + sys on this project's 2-core machine, N = 324): a POLY glass to its first event with
 * its indicator fields about 10.5 CPU-s (quick: 820 CPU-s over 78 glasses), an LJ glass about 55 CPU-s (AQS to the first
 * event with the attractive tail); swap Monte Carlo 0.4 ms per sweep. A scored glass adds what its index carries
 * (session 9, from the long plan's unit times, means over 4 POLY protocols, and one LJ HTL glass): a strain path to
 * gamma = 0.08 about 15 CPU-s POLY and 480 LJ; Delta tau_y with 9 directions about 50 CPU-s POLY and 350 LJ (scaled
 * with the number of directions); SPS with one event per cluster on every atom about 110 CPU-s POLY (LJ not measured:
 * taken as 7 times POLY, the ratio of Delta tau_y). The session-8 plan counted the AQS glass only and priced an LJ
 * scored glass with Delta tau_y at 57 s against about 840 measured. The paper scale uses review 003's estimate (AQS
 * about 100 CPU-days and Delta tau_y about 17 over the paper's 7 x 120 glasses: 3.3 core-hours per glass, SPS
 * excluded) with the swap sweeps scaled as N.
 */
final class PlasticityUnitCost {
    private PlasticityUnitCost() {}

    static final double POLY_GLASS_SECONDS_324 = 10.5;
    static final double LJ_GLASS_SECONDS_324 = 55;
    static final double SWAP_SWEEP_SECONDS_324 = 4e-4;
    static final double POLY_PATH_SECONDS_324 = 15, LJ_PATH_SECONDS_324 = 480;
    static final double POLY_YIELD_SECONDS_324 = 50, LJ_YIELD_SECONDS_324 = 350;
    static final double POLY_SPS_SECONDS_324 = 110, LJ_OVER_POLY_SPS = 7;
    static final double POLY_APPROACH_SECONDS_324 = 5.5;
    static final double POLY_ELASTIC_SECONDS_324 = 2.8;
    /**
     * The first-event detector variant on every scored glass ({@link OnsetDetectors}: reversibility-tested AQS steps from
     * the default's onset to the first irreversible one, bisected, one mode search), measured at quick (session 11, the
     * 15 glasses of the Fig. 11 approach, thread CPU: 14.1 s in all, 0.46 to 3.0 s per glass, the long ones where
     * the default fires far below the instability; smoke: 2.8 s over 4 glasses).
     */
    static final double POLY_DETECTOR_SECONDS_324 = 0.94;
    static final double PAPER_GLASS_CORE_HOURS = 117.0 * 24 / (7 * 120);

    static String basis(Scale scale) {
        return scale == Scale.PAPER
            ? "review 003: AQS ~100 CPU-days + Delta tau_y ~17 over 7 x 120 glasses (3.3 core-h per glass, SPS excluded); swap sweeps ~ N"
            : "measured CPU at N = 324 (POLY / LJ): glass 10.5 / 55 s, path +15 / +480 s, Delta tau_y (9 dirs) +50 / +350 s, "
                + "SPS +110 / ~770 s (LJ estimated), detector variant +0.94 s per scored glass (LJ scaled as the glass), 0.4 ms per swap sweep; "
                + "Fig. 11 approach 5.5 s, Fig. 7(a) glass 2.8 s (+ swap); scaled as N";
    }

    /** One training glass of protocol {@code p} (its swap-MC parent included). */
    static double glassCoreHours(Scale scale, Preset preset, Protocol p) {
        double swap = p.sweeps() * SWAP_SWEEP_SECONDS_324 * preset.n() / 324.0;
        if (scale == Scale.PAPER) return PAPER_GLASS_CORE_HOURS + swap / 3600;
        double glass = p.model().equals("lj") ? LJ_GLASS_SECONDS_324 : POLY_GLASS_SECONDS_324;
        return (glass * preset.n() / 324.0 + swap + 2) / 3600;
    }

    /**
     * Scored glass {@code index} of protocol {@code p}: the glass plus the detector variant, and its strain path,
     * Delta tau_y and SPS where it has them.
     */
    static double scoredCoreHours(Scale scale, Preset preset, Protocol p, int index) {
        double base = glassCoreHours(scale, preset, p);
        if (scale == Scale.PAPER) return base;
        boolean lj = p.model().equals("lj");
        double k = preset.n() / 324.0, extra = POLY_DETECTOR_SECONDS_324 * (lj ? LJ_GLASS_SECONDS_324 / POLY_GLASS_SECONDS_324 : 1) * k;
        if (index < preset.pathSamples(p)) extra += (lj ? LJ_PATH_SECONDS_324 : POLY_PATH_SECONDS_324) * k;
        if (index < preset.yieldSamples(p))
            extra += (lj ? LJ_YIELD_SECONDS_324 : POLY_YIELD_SECONDS_324) * preset.yieldAngles().length / 9.0 * k;
        if (index < preset.spsSamples(p))
            extra += POLY_SPS_SECONDS_324 * (lj ? LJ_OVER_POLY_SPS : 1) * preset.spsEvents() * k / preset.spsCentreStride();
        return base + extra / 3600;
    }

    /**
     * One critical-mode approach of Fig. 11 ({@link CriticalModeConvergence}): the glass again, AQS to the first event,
     * the refinement to the saddle-node and the unloading with their mode searches, measured as units at quick
     * (session 10, run-unit of all 15 approach units on a loaded machine, JVM start included: mean CPU-s less the swap
     * sweeps 5.1 poly-inf, 6.8 poly-0.3, 4.5 poly-0.12, overall {@link #POLY_APPROACH_SECONDS_324}) plus the swap-MC
     * parent; LJ scaled by the LJ/POLY ratio of the AQS glass (not measured).
     */
    static double approachCoreHours(Scale scale, Preset preset, Protocol p) {
        if (scale == Scale.PAPER) return glassCoreHours(scale, preset, p);
        double lj = p.model().equals("lj") ? LJ_GLASS_SECONDS_324 / POLY_GLASS_SECONDS_324 : 1;
        return (POLY_APPROACH_SECONDS_324 * lj * preset.n() / 324.0 + p.sweeps() * SWAP_SWEEP_SECONDS_324 * preset.n() / 324.0) / 3600;
    }

    /**
     * One glass of Fig. 7(a) ({@link ElasticBranchTheta}): the glass again, AQS to the first event, one sparse solve and
     * four Theta fields, measured as units at quick (session 10, run-unit of the 20 poly-0.12 units on a loaded machine:
     * mean 6.3 CPU-s with JVM start, of which its 10^4 swap sweeps about 4; {@link #POLY_ELASTIC_SECONDS_324} from the
     * first unit alone) plus the swap-MC parent.
     */
    static double elasticCoreHours(Scale scale, Preset preset, Protocol p) {
        if (scale == Scale.PAPER) return glassCoreHours(scale, preset, p);
        return (POLY_ELASTIC_SECONDS_324 * preset.n() / 324.0 + p.sweeps() * SWAP_SWEEP_SECONDS_324 * preset.n() / 324.0) / 3600;
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
