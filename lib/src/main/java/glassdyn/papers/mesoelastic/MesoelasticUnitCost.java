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
 * about 3 CPU-s per (IS, run) pair of the isoconfigurational mobility. Scaling with N: dynamics, quenches and
 * mobility linear in N (neighbour lists; FIRE iterations taken as N-independent), the linear solves of an IS as
 * N^1.5 (conjugate gradients on a sparse Hessian whose condition number grows like N^(1/3) to N^(2/3)). Memory:
 * one configuration per stored IS plus a sparse Hessian (about 60 KB per particle): 1 GB floor for the JVM plus
 * that, about 1.3 GB at N = 4000.
 */
final class MesoelasticUnitCost {
    private MesoelasticUnitCost() {}

    static final double SECONDS_PER_ATOM_STEP = 0.85e-6;
    static final double SECONDS_PER_IS_400 = 1.0;
    static final double SECONDS_PER_QUENCH_400 = 0.15;
    static final double SW_FACTOR = 3;
    static final double SECONDS_PER_MOBILITY_RUN_400 = 3.0;

    static final String BASIS = "measured at quick, N = 400 (CPU): 0.85 us per atom-step, ~1 s per IS with 150 dipoles, "
        + "0.15 s per quench, ~3 s per mobility run, SW x3; dynamics and quenches scaled as N, IS solves as N^1.5";

    /** Liquid (system, T): equilibration and production, then the inherent structures with their dipole solves. */
    static double liquidCoreHours(Preset p, SystemSpec s, int k) {
        double steps = (s.equilibration()[k] + s.production()[k]) / s.dt();
        double md = steps * s.n() * SECONDS_PER_ATOM_STEP;
        double is = p.isPerT() * SECONDS_PER_IS_400 * Math.pow(s.n() / 400.0, 1.5) * p.dipolesPerIS() / 150.0;
        return ((md + is) * modelFactor(s) + 2) / 3600;
    }

    /** Transition count of a system: quenches x trajectories FIRE quenches. */
    static double transitionCoreHours(Preset p, SystemSpec s) {
        return ((double) p.transitionQuenches() * p.transitionTrajectories() * SECONDS_PER_QUENCH_400 * s.n() / 400.0 * modelFactor(s) + 2) / 3600;
    }

    /** Cost of the three-body SW force field relative to the pair potentials (1 for IPL and SS). */
    static double modelFactor(SystemSpec s) { return s.model().equals("sw") ? SW_FACTOR : 1; }

    /** Isoconfigurational mobility of a system. */
    static double mobilityCoreHours(Preset p, SystemSpec s) {
        return ((double) p.mobilityIS() * p.mobilityRuns() * SECONDS_PER_MOBILITY_RUN_400 * s.n() / 400.0 + 2) / 3600;
    }

    /** Peak memory of the JVM running one stage of this system. */
    static double memoryGb(SystemSpec s) { return 1.0 + 60e3 * s.n() / 1e9 * 1.25; }
}
