package glassdyn.papers.mesoelastic;

import glassdyn.papers.mesoelastic.MesoelasticPresets.Preset;
import glassdyn.papers.mesoelastic.MesoelasticPresets.SystemSpec;

/**
 * Estimated cost of one stage of paper 004's pipeline (one work unit of a plan), from measured costs on this
 * project's 2-core machine (CPU time, N = 400): 0.85 us per atom-step of NVT dynamics (quick); about 1 CPU-s per
 * inherent structure with 150 dipole solves (FIRE quench, Born term, non-affine and dipole linear solves; quick);
 * 0.15 CPU-s per quench of the transition count (the session-7 long plan, 1000 x 10 quenches at each system's lowest
 * T: IPL 1443 CPU-s, SS rho 0.95 1530 CPU-s; quick's 0.05 s came from warmer liquids and priced those units at a
 * third); Stillinger-Weber {@link #SW_FACTOR} times the pair potentials in every stage (2.7 us per atom-step of MD,
 * about 80 CPU-s of IS and dipoles per temperature, over 3000 CPU-s for its 10^4 transition quenches, unfinished);
 * about 3 CPU-s per (IS, run) pair of the isoconfigurational mobility, plus the local kappa_i of each mobility IS
 * ({@link #localKappaSeconds}). Scaling with N: dynamics, quenches and mobility runs linear in N (neighbour lists;
 * FIRE iterations taken as N-independent), the linear solves of an IS as N^1.5 (conjugate gradients on a sparse
 * Hessian whose condition number grows like N^(1/3) to N^(2/3); for the paper's 200 dipoles + 3 per IS
 * {@link glassdyn.elastic.HessianSolver}'s AUTO now picks the sparse Cholesky from 3000 to 12000 dof, at most as
 * costly as CG by its measured crossover, so the CG scaling stays an upper bound). Memory:
 * one configuration per stored IS plus a sparse Hessian (about 60 KB per particle): 1 GB floor for the JVM plus
 * that, about 1.3 GB at N = 4000 (the sparse factor of the mobility stage's local kappa at N = 4000, 1.6e7 nonzeros,
 * measured 0.24 GB of heap in use, fits in that allowance).
 */
final class MesoelasticUnitCost {
    private MesoelasticUnitCost() {}

    static final double SECONDS_PER_ATOM_STEP = 0.85e-6;
    static final double SECONDS_PER_IS_400 = 1.0;
    static final double SECONDS_PER_QUENCH_400 = 0.15;
    static final double SW_FACTOR = 3;
    /**
     * SW quench (with the MD between quenches) relative to an IPL/SS quench: measured 2.17 CPU-s per quench at N = 400
     * (quick's trans-sw: 326 CPU-s for 150 quenches) against {@link #SECONDS_PER_QUENCH_400}; the three-body FIRE
     * minimisations, not the MD, make the difference (session 10: pricing SW quenches with {@link #SW_FACTOR} put the
     * long trans-sw unit at 0.63 core-h, and it ran past 51 CPU-min with 10 x 500 quenches).
     */
    static final double SW_QUENCH_FACTOR = 326.0 / 150 / SECONDS_PER_QUENCH_400;
    static final double SECONDS_PER_MOBILITY_RUN_400 = 3.0;

    /**
     * Local kappa_i of one IS by all pairs ({@link glassdyn.elastic.LocalStiffness#compute}): the dense inverse up to
     * {@link glassdyn.elastic.LocalStiffness#MAX_DOF}, about 1 CPU-s at 1200 dof ({@link MesoelasticPresets}'
     * ALL_PAIRS_MAX_DOF), scaled as dof^3.
     */
    static final double DENSE_INVERSE_SECONDS_1200 = 1.0;
    /**
     * Above it, one sparse Cholesky (AUTO picks it: tens of thousands of solves) and one solve per pair. Measured in
     * thread-CPU time with {@code environment/benchmark-solver-crossover} on IPL glasses (medians of 3 interleaved
     * rounds, 2026-12-07): setup 1.01 s, 7.7 s, 33 s and 0.0043 s, 0.0147 s, 0.050 s per solve at 3000, 6000, 12000
     * dof, so setup as dof^2.5 and a solve as dof^1.8 from 12000 dof.
     */
    static final double SPARSE_SETUP_SECONDS_12000 = 33, SPARSE_SOLVE_SECONDS_12000 = 0.050;
    /**
     * Interacting pairs per particle, the number of solves per particle: 7.5 for SS at rho 0.95 quenched from a random
     * start (5.8 at 0.6, 6.3 at 0.7; IPL 8.3), the densest SS taken for every density.
     */
    static final double PAIRS_PER_PARTICLE = 7.5;

    static final String BASIS = "measured at quick, N = 400 (CPU): 0.85 us per atom-step, ~1 s per IS with 150 dipoles, "
        + "0.15 s per quench, ~3 s per mobility run, SW x3; dynamics and quenches scaled as N, IS solves as N^1.5; "
        + "local kappa per mobility IS: dense inverse ~1 s at 1200 dof (x dof^3) up to 6000 dof, above it sparse Cholesky "
        + "33 s + 0.05 s per pair at 12000 dof (IPL, CPU; x dof^2.5, dof^1.8), 7.5 pairs per particle";

    /** Liquid (system, T): equilibration and production, then the inherent structures with their dipole solves. */
    static double liquidCoreHours(Preset p, SystemSpec s, int k) {
        double steps = (s.equilibration()[k] + s.production()[k]) / s.dt();
        double md = steps * s.n() * SECONDS_PER_ATOM_STEP;
        double is = p.isPerT() * SECONDS_PER_IS_400 * Math.pow(s.n() / 400.0, 1.5) * p.dipolesPerIS() / 150.0;
        return ((md + is) * modelFactor(s) + 2) / 3600;
    }

    /**
     * kappa at two N ({@link KappaSizeStage}): the hottest liquid's equilibration and production at N and at
     * {@link KappaSizeStage#SIZE_FACTOR} N, and its IS with their dipole solves at both N (priced as {@link #liquidCoreHours}).
     */
    static double sizeCoreHours(Preset p, SystemSpec s) {
        int k = s.hottestIndex();
        double steps = (s.equilibration()[k] + s.production()[k]) / s.dt(), seconds = 2;
        for (int n : new int[] {s.n(), KappaSizeStage.SIZE_FACTOR * s.n()})
            seconds += steps * n * SECONDS_PER_ATOM_STEP
                + KappaSizeStage.inherentStructures(p) * SECONDS_PER_IS_400 * Math.pow(n / 400.0, 1.5) * p.dipolesPerIS() / 150.0;
        return seconds / 3600;
    }

    /** Transition count of a system: quenches x trajectories FIRE quenches. */
    static double transitionCoreHours(Preset p, SystemSpec s) {
        double factor = s.model().equals("sw") ? SW_QUENCH_FACTOR : 1;
        return ((double) p.quenches(s) * p.transitionTrajectories() * SECONDS_PER_QUENCH_400 * s.n() / 400.0 * factor + 2) / 3600;
    }

    /** Cost of the three-body SW force field relative to the pair potentials (1 for IPL and SS). */
    static double modelFactor(SystemSpec s) { return s.model().equals("sw") ? SW_FACTOR : 1; }

    /** Isoconfigurational mobility of a system: the runs and the local kappa of each IS. */
    static double mobilityCoreHours(Preset p, SystemSpec s) {
        return ((double) p.mobilityIS() * (p.mobilityRuns() * SECONDS_PER_MOBILITY_RUN_400 * s.n() / 400.0 + localKappaSeconds(s)) + 2) / 3600;
    }

    /** CPU seconds of the local kappa_i (every interacting pair's kappa_ij) of one IS of the system. */
    static double localKappaSeconds(SystemSpec s) {
        int dof = 3 * s.n();
        if (dof <= glassdyn.elastic.LocalStiffness.MAX_DOF) return DENSE_INVERSE_SECONDS_1200 * Math.pow(dof / 1200.0, 3);
        double x = dof / 12000.0;
        return SPARSE_SETUP_SECONDS_12000 * Math.pow(x, 2.5) + PAIRS_PER_PARTICLE * s.n() * SPARSE_SOLVE_SECONDS_12000 * Math.pow(x, 1.8);
    }

    /**
     * The matched-viscosity unit ({@link MatchedViscosityStage}) is priced from session 10's long units of the same
     * stage code at N = 400 (CPU = user + sys, jar c78a45c, /work/long/meso-plan/unit-times.txt): the liquid
     * dyn-ipl-T0.600 took 253 CPU-s for 1.12e9 atom-steps with its 30 IS, {@link #LONG_SECONDS_PER_ATOM_STEP}
     * (quick's 0.85 us was measured with a larger share of IS work).
     */
    static final double LONG_SECONDS_PER_ATOM_STEP = 0.23e-6;
    /** Transition quench with its MD step, the largest per system at long: trans-ipl 550 CPU-s and trans-ss-0.95 526 for 5000 (SS 0.6 and 0.7: 0.033 and 0.042). */
    static final double LONG_SECONDS_PER_QUENCH_400 = 0.11;
    /** Isoconfigurational run of tau_alpha/10 with the MD between IS, long: mob-ss-* 38-45 CPU-s for 12 IS x 8 runs, less 12 s of local kappa. */
    static final double LONG_SECONDS_PER_MOBILITY_RUN_400 = 0.35;

    static final String MATCHED_BASIS = "measured at long, N = 400 (CPU, session 10's units of the same stages): 0.23 us per atom-step "
        + "with IS, 0.11 s per transition quench, 0.35 s per mobility run + local kappa; MD at most the lowest T's (the stage caps it), "
        + MatchedViscosityStage.RUNS + " x " + MesoelasticPresets.MIN_BLOCKS + " IS; dynamics and quenches scaled as N, IS solves as N^1.5";

    /**
     * One matched-viscosity state point ({@link MatchedViscosityStage}), an upper bound: the MD of its
     * {@link MatchedViscosityStage#RUNS} liquids is capped at the equilibration and production of the system's lowest
     * T, their few IS, the preset's transition quenches and (SS) its mobility IS and runs, at the long-scale rates
     * above. A system that set the target runs nothing (not known before its liquids have run).
     */
    static double matchedCoreHours(Preset p, SystemSpec s) {
        int k = s.lowestIndex();
        double x = s.n() / 400.0;
        double md = (s.equilibration()[k] + s.production()[k]) / s.dt() * s.n() * LONG_SECONDS_PER_ATOM_STEP * modelFactor(s);
        double is = MatchedViscosityStage.RUNS * MesoelasticPresets.MIN_BLOCKS * SECONDS_PER_IS_400
            * Math.pow(x, 1.5) * p.dipolesPerIS() / 150.0 * modelFactor(s);
        double q = (double) p.quenches(s) * p.transitionTrajectories() * LONG_SECONDS_PER_QUENCH_400 * x
            * (s.model().equals("sw") ? SW_QUENCH_FACTOR : 1);
        double mob = s.model().equals("ss") ? p.mobilityIS() * (p.mobilityRuns() * LONG_SECONDS_PER_MOBILITY_RUN_400 * x + localKappaSeconds(s)) : 0;
        return (md + is + q + mob + 2) / 3600;
    }

    /** Peak memory of the JVM running one stage of this system. */
    static double memoryGb(SystemSpec s) { return 1.0 + 60e3 * s.n() / 1e9 * 1.25; }
}
