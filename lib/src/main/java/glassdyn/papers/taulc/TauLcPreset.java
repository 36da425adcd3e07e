package glassdyn.papers.taulc;

import glassdyn.Scale;

/**
 * One scale's presets of paper 001's pipeline (long: see {@link #LONG_REPLICAS}) (the paper's run lengths, rates and ensemble sizes are not stated, spec
 * 001 section 1.5): {@code smoke} (N = 200, T = 1.0, seconds), {@code quick} (the spec's "tiny" version, section 4.3: a
 * B-like state scaled down to N = 300 ({@link #QUICK_N}), rho = 1.2 at T = 0.7 instead of 0.48 so that tau_alpha is ~ 10 and both the
 * Newtonian end and thinning fit in minutes), {@code paper} (sample B, N = 9000, rho = 1.2, T = 0.48, rates 1e-4 ..
 * 1e-2: days of CPU; whole trajectories would need ~43 GB per replica at 2 10^4 time units, so its first jumps are
 * detected online in windows of {@link #PAPER_JUMP_WINDOW}, 1.1 GB per replica; every smaller scale detects on the whole
 * run, the paper's definition).
 *
 * @param sample        sample name ("A" or "B" or a scaled-down label)
 * @param n             particles
 * @param rho           number density
 * @param temperature   temperature
 * @param equilibration NVT time before the first origin
 * @param origins       equilibrium origins (ICE configurations)
 * @param spacing       NVT time between origins
 * @param replicas      ICE size n_ICE
 * @param iceTime       run length of each replica
 * @param rates         steady-shear rates (the eta sweep)
 * @param iceRates      rates with cessation / continuation ensembles (a subset of {@code rates})
 * @param transientTime steady-shear transient (discarded)
 * @param average       steady-shear averaging time
 * @param startupRates  start-up rates (ensembles from the equilibrium origins)
 * @param lambdaPaper   the paper's shear-thinning exponent of this sample
 * @param lambdaTauPaper the paper's tau_sh_inf exponent of this sample
 * @param switchRate    final rate of the rate-switch protocol (Fig. 8): one of {@code iceRates} and of {@code startupRates}
 * @param switchFrom    initial rates switched from (ensemble rates other than {@code switchRate}); the start-up
 *                      (initial rate 0) and steady (initial = final) cases complete the set
 * @param jumpWindow    online first-jump window (time; {@link glassdyn.analysis.FirstJumpStream}), 0 = the whole run
 * @param fieldInterval interval of the per-particle stress and bond-retention fields (time), 0 = every sample
 */
public record TauLcPreset(String sample, int n, double rho, double temperature, double equilibration, int origins,
                          double spacing, int replicas, double iceTime, double[] rates, double[] iceRates,
                          double transientTime, double average, double[] startupRates, double lambdaPaper, double lambdaTauPaper,
                          double switchRate, double[] switchFrom, double jumpWindow,
                          double fieldInterval) {

    /**
     * First-jump detection window of the paper scale (time units): 500 = 5000 frames at the 0.1 sampling, 24 N W =
     * 1.1 GB of positions per running replica at N = 9000 instead of 43 GB for the whole 2 10^4 run. A particle's first
     * jump is then the first accepted split of the first half-overlapping 500-unit window that has one, not of the
     * whole run's segmentation (the two agree when W covers the run; FirstJumpStreamTest measures both).
     */
    public static final double PAPER_JUMP_WINDOW = 500;

    /**
     * Per-particle field interval of the paper scale (time units): 4001 field frames of 2 10^4, 0.29 GB per field and
     * running replica at N = 9000 (every 0.1 sample would be 14 GB). The start-up overshoot of sample B sits at strain
     * ~0.1, t ~ 100 at rate 1e-3 and ~900 at 1.1e-4, so a 5-unit grid resolves it.
     */
    public static final double PAPER_FIELD_INTERVAL = 5;

    /**
     * n_ICE of the quick scale, sized by the pilot ({@link TauLcPilot}; 2026-12-06, N = 500, rho = 1.2, T = 0.7, one
     * origin, 12 replicas of 40 time units): single-replica reliability r1 = 0.056 of tau_LC at the MSD-plateau
     * threshold (0.060 at twice the plateau, with 35% instead of 9% censored), so Spearman-Brown gives R = 0.6 at
     * n_ICE = 25. Cost: ~15 ensembles x 25 x 60 time units x 500 particles = 2.3e9 atom-steps, ~19 CPU-minutes at 2e6
     * atom-steps/s, about 10 minutes of wall time on 2 free cores. (At T = 0.6 the pilot gives r1 = 0.116, so n_ICE = 12
     * of 100 time units reaches R = 0.6 at a similar cost, with 17% censored; quick stays at T = 0.7, where the Newtonian
     * end and the crossover fit in the short sweep.)
     */
    public static final int QUICK_REPLICAS = 25;

    /**
     * N of the quick scale, chosen from measured cost (2026-12-06): at N = 500 one quick ensemble (25 x 60 time units)
     * costs 142 s CPU (1.06e6 atom-steps/s, jar of 513e912), the origins, plateau and steady runs ~160 s and the analysis
     * 39 s, so the 15 ensembles came to ~2330 s CPU, 19 min of wall on 2 free cores, over the 15-minute budget. The
     * reliability that gates the tau_LC checks is per particle (r1 = 0.063 at quick, N = 500), set by n_ICE and the run
     * length, not by N; cutting n_ICE or the run length lowers R below 0.6 (r1 0.056 at 40 time units gives R 0.597 at
     * n_ICE 25), and dropping ensembles drops claims, so quick keeps n_ICE 25 x 60 time units and all 15 ensembles and
     * scales N to 300. Measured at N = 300 (jar of 2cefe88, 2026-12-07): the two equilibrium ensembles cost 189 s CPU
     * (~92 s each) and give split-half reliability R = 0.694 (600 particles, R of ln tau_LC 0.755, 5.9% censored, mean
     * tau_LC 20.0), so the full quick is ~15 x 92 + ~130 = ~1500 s CPU projected, ~12.5 min wall on 2 free cores (not
     * timed end to end). What quick gives up: 2/5 of the particles per origin (wider bin errors, fewer particles per
     * slow cluster, a 6.3 sigma box).
     */
    public static final int QUICK_N = 300;

    /**
     * n_ICE of the long scale, from the pilot at T = 0.6 (N = 500, rho = 1.2, one origin, 12 replicas of 100 time units,
     * 2026-12-06): single-replica reliability r1 = 0.116 at the plateau threshold (0.079 at twice the plateau), twice
     * that at T = 0.7 (0.056), so R = 0.8 needs n_ICE = 31 (at T = 0.7: 67); mean tau_LC 49, 17% censored at 100 time
     * units, tau_2 15, Gaussian tau_alpha 12. The long preset therefore moves to T = 0.6: stronger dynamic
     * heterogeneity, a thinning window that a sweep to rate 1 can reach (rate tau_alpha up to ~10), ensemble rates
     * 0.003-0.3 (two decades, for lambda_tau, tau_0 and tau_LC,c), runs of 150 time units, origins 100 apart (> 4
     * tau_alpha), start-up at three rates and a rate switch from below and above the final rate (Fig. 8a). Cost: ~24
     * ensembles x 31 x 150 time units x 500 particles = 1.1e10 atom-steps plus the sweep (~4e8), ~95 CPU-minutes at
     * 2e6 atom-steps/s as first estimated; at the 1.06e6 atom-steps/s measured on the quick ensembles (2026-12-06) ~180
     * CPU-minutes, ~90 minutes of wall time on 2 free cores; memory ~40 MB per running replica. Not run yet.
     */
    public static final int LONG_REPLICAS = 31;

    /**
     * Sample A of the paper (Sec. II A: N = 10976, rho = 1.38, T = 1.0; lambda 0.67, lambda_tau 0.70) at the paper's
     * scale: a named preset beside the scales (not run by any of them; {@link TauLcDuality#of(TauLcPreset, Scale,
     * java.nio.file.Path)} runs it). The paper states no run lengths or rates per sample, so the protocol times, rates,
     * n_ICE and online windows are sample B's paper preset. Cost: the work units of {@link TauLcDuality#sampleAUnits()}
     * (N / 9000 = 1.22 times sample B's, ~10^4 core-hours at sample B's rate; see {@link #SAMPLE_A_ATOM_STEPS_PER_CPU_S}).
     */
    public static TauLcPreset sampleA() {
        TauLcPreset b = of(Scale.PAPER);
        return new TauLcPreset("A", 10976, 1.38, 1.0, b.equilibration(), b.origins(), b.spacing(), b.replicas(), b.iceTime(),
            b.rates(), b.iceRates(), b.transientTime(), b.average(), b.startupRates(), TauLcClaims.PAPER_LAMBDA_A,
            TauLcClaims.PAPER_LAMBDA_TAU_A, b.switchRate(), b.switchFrom(), b.jumpWindow(), b.fieldInterval());
    }

    /**
     * Sample A's MD cost per atom-step relative to sample B's, measured (session 12, 2026-12-08, jar of b48432d, one
     * thread, Nose-Hoover, dt 0.005, skin 0.3; CPU time, the machine shared with a long run): 1000- and 4000-step {@code md}
     * runs of a prepared sample A (N 10976, rho 1.38, T 1.0) and of a KA liquid at sample B's density (N 9000, rho 1.2,
     * T 0.6), two of each, interleaved; the steady-state CPU per step is the difference of the two lengths over 3000
     * steps: A 7.40 ms (1.48e6 atom-steps per CPU-s), B 5.23 ms (1.72e6): A / B = 0.86 per atom-step (the denser state
     * has more neighbours per particle).
     */
    public static final double SAMPLE_A_RATE_OVER_B = 0.86;

    /**
     * KA atom-steps per CPU-second of sample A inside the pipeline: sample B's pipeline rate
     * ({@link TauLcUnits#ATOM_STEPS_PER_CPU_SECOND}, measured with the ensembles' own overheads) times the measured
     * {@link #SAMPLE_A_RATE_OVER_B} of bare MD.
     */
    public static final double SAMPLE_A_ATOM_STEPS_PER_CPU_S = TauLcUnits.ATOM_STEPS_PER_CPU_SECOND * SAMPLE_A_RATE_OVER_B;

    /** The preset of {@code s}. */
    public static TauLcPreset of(Scale s) {
        double lb = TauLcClaims.PAPER_LAMBDA_B, ltb = TauLcClaims.PAPER_LAMBDA_TAU_B;
        return switch (s) {
            case SMOKE -> new TauLcPreset("B-smoke", 200, 1.2, 1.0, 5, 1, 0, 2, 8, new double[] {0.05, 0.2},
                new double[] {0.05, 0.2}, 3, 6, new double[] {0.2}, lb, ltb, 0.2, new double[] {0.05}, 0, 0);
            case QUICK -> new TauLcPreset("B-quick", QUICK_N, 1.2, 0.7, 100, 2, 20, QUICK_REPLICAS, 60,
                new double[] {0.003, 0.01, 0.03, 0.1, 0.3}, new double[] {0.003, 0.01, 0.03, 0.1}, 40, 160, new double[] {0.1},
                lb, ltb, 0.1, new double[] {0.01, 0.03}, 0, 0);
            case LONG -> new TauLcPreset("B-long", 500, 1.2, 0.6, 300, 2, 100, LONG_REPLICAS, 150,
                new double[] {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0}, new double[] {0.003, 0.01, 0.03, 0.1, 0.3}, 100, 400,
                new double[] {0.01, 0.03, 0.1}, lb, ltb, 0.03, new double[] {0.01, 0.1}, 0, 0);
            case PAPER -> new TauLcPreset("B", 9000, 1.2, 0.48, 20000, 10, 2000, 20, 20000,
                new double[] {1e-4, 3e-4, 1e-3, 3e-3, 1e-2}, new double[] {1e-4, 3e-4, 1e-3, 3e-3, 1e-2}, 5000, 20000,
                new double[] {1.1e-4, 1e-3}, lb, ltb, 1e-3, new double[] {1e-4, 3e-4, 3e-3}, PAPER_JUMP_WINDOW,
                PAPER_FIELD_INTERVAL);
        };
    }
}
