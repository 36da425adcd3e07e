package glassdyn.protocols;

import glassdyn.force.ForceField;
import glassdyn.protocols.LiquidPreparation;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.dynamics.SwapMonteCarlo;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.potential.SmoothedLennardJones2D;
import glassdyn.space.Box;

/**
 * The 2D glasses of paper 003 (Richard et al. 2020, Appendix A.2), each ending in an inherent structure (FIRE to
 * {@link #FORCE_TOLERANCE}, in place of the paper's conjugate gradient "to machine precision"):
 * <ul>
 *   <li>POLY (A.1.b): rho = 1, diameters from f(d) ~ d^-3; equilibrated by swap Monte Carlo at the parent temperature
 *       T_ini (P_swap = 0.2, A.2.b), then quenched. {@code T_ini = infinity} is the instantaneous quench of random
 *       positions (the HTL analogue; spec 003 section 5.3).</li>
 *   <li>LJ (A.1.a): rho = 1.02435 (L = 98.8045 at N = 10^4), N_L/N_S = (1+sqrt 5)/4; HTL = instantaneous quench from
 *       T = 9.62 T_g (2.982), ESL = from an equilibrated liquid at 1.13 T_g (0.3503), GQ = linear cooling from 1.13 T_g
 *       to 0.096 T_g (0.0298) (A.2.a, T_g = 0.31).</li>
 * </ul>
 */
public final class GlassPreparation {
    /** FIRE force tolerance of every quench (spec 003 ambiguity 5: |F|max &lt; 1e-10). */
    public static final double FORCE_TOLERANCE = 1e-10;
    /** FIRE iteration cap of a quench. */
    public static final long MAX_ITERATIONS = 2_000_000;
    /** LJ glass transition T_g^sim = 0.31 (paper 003 A.2.a). */
    public static final double LJ_TG = 0.31;
    /** HTL parent temperature 9.62 T_g (A.2.a). */
    public static final double LJ_HTL_T = 9.62 * LJ_TG;
    /** ESL parent temperature 1.13 T_g (A.2.a). */
    public static final double LJ_ESL_T = 1.13 * LJ_TG;
    /** GQ final temperature 0.096 T_g (A.2.a). */
    public static final double LJ_GQ_TFINAL = 0.096 * LJ_TG;
    /** LJ number density 10^4 / 98.8045^2 (A.1.a). */
    public static final double LJ_DENSITY = 1e4 / (98.8045 * 98.8045);
    /** N_L / N_S = (1 + sqrt 5)/4 (A.1.a). */
    public static final double LJ_LARGE_FRACTION = ((1 + Math.sqrt(5)) / 4) / (1 + (1 + Math.sqrt(5)) / 4);
    /** Staircase steps that approximate the GQ linear ramp (the paper's schedule shape is not stated, spec ambiguity 3). */
    public static final int GQ_STAGES = 20;
    /** MD time step 0.005 t_0 (not stated; spec ambiguity 3). */
    public static final double LJ_DT = 0.005;
    /** Nose-Hoover damping time, 100 steps (not stated; spec ambiguity 3). */
    public static final double LJ_TDAMP = 0.5;
    /** Largest swap-MC translation (not stated; spec ambiguity 4): gives ~30-40 % acceptance at T_ini = 0.1-0.3, rho = 1. */
    public static final double SWAP_MAX_DISPLACEMENT = 0.12;

    /** LJ preparation protocols, most ductile first. */
    public enum LjProtocol { HTL, ESL, GQ }

    private GlassPreparation() {}

    /** A POLY configuration of random positions (before any quench) with drawn diameters, rho = 1. */
    public static Configuration polyRandom(int n, long seed) {
        Configuration c = LiquidPreparation.random(Box.cubic(2, Math.sqrt(n)), new int[] {n}, seed);
        PolydisperseSoftDisks.drawDiameters(c, seed ^ 0x5DEECE66DL);
        return c;
    }

    /**
     * A POLY inherent structure from a swap-MC liquid at {@code tIni} equilibrated for {@code sweeps} sweeps
     * ({@code tIni} infinite or {@code sweeps = 0}: the quench of random positions).
     */
    public static Configuration poly(int n, double tIni, int sweeps, long seed) {
        PolydisperseSoftDisks p = new PolydisperseSoftDisks();
        Configuration c = polyRandom(n, seed);
        try (ForceField ff = forceField(p, c, 1)) {
            LiquidPreparation.pushOff(c, ff);
            if (Double.isFinite(tIni) && sweeps > 0) {
                SwapMonteCarlo mc = new SwapMonteCarlo(p, tIni, SWAP_MAX_DISPLACEMENT, seed + 17);
                mc.sweeps(c, sweeps);
                c.wrapAll();
                ff.neighbors().invalidate();
            }
            quench(c, ff);
        }
        return c;
    }

    /** An LJ inherent structure by one of the protocols; {@code time} is the equilibration (ESL) or ramp (GQ) length. */
    public static Configuration lj(int n, LjProtocol protocol, double time, long seed, int threads) {
        SmoothedLennardJones2D p = new SmoothedLennardJones2D();
        int nl = (int) Math.round(n * LJ_LARGE_FRACTION);
        Box box = Box.cubic(2, Math.sqrt(n / LJ_DENSITY));
        double t0 = protocol == LjProtocol.HTL ? LJ_HTL_T : LJ_ESL_T;
        // species 0 = S, 1 = L (SmoothedLennardJones2D's type order)
        Configuration c = LiquidPreparation.liquid(p, box, new int[] {n - nl, nl}, t0,
            protocol == LjProtocol.HTL ? Math.min(time, 10) : time, seed, threads);
        try (ForceField ff = forceField(p, c, threads)) {
            if (protocol == LjProtocol.GQ) {
                for (int s = 1; s <= GQ_STAGES; s++) {
                    double t = LJ_ESL_T + (LJ_GQ_TFINAL - LJ_ESL_T) * s / GQ_STAGES;
                    new MolecularDynamics(c, new NoseHooverChain(ff, LJ_DT, t, LJ_TDAMP)).run(time / GQ_STAGES);
                }
            }
            for (int i = 0; i < c.n; i++) { c.vx[i] = 0; c.vy[i] = 0; }
            c.time = 0;
            quench(c, ff);
        }
        return c;
    }

    /** Verlet skin of the force fields of this package. */
    public static final double SKIN = 0.3;

    /** A force field whose list range covers the largest pair cutoff of {@code c}'s diameters (POLY: 1.25 d_max). */
    public static ForceField forceField(PairPotential p, Configuration c, int threads) {
        double maxD = 1;
        for (int i = 0; i < c.n; i++) maxD = Math.max(maxD, c.diameter[i]);
        return new ForceField(p, p.maxCutoff(maxD), SKIN, threads);
    }

    /** FIRE to {@link #FORCE_TOLERANCE}; throws if it does not converge. */
    public static void quench(Configuration c, ForceField ff) {
        Fire.Result r = new Fire().minimize(c, ff, FORCE_TOLERANCE, MAX_ITERATIONS);
        if (!r.converged()) throw new IllegalStateException("quench did not converge: max force " + r.maxForce());
        c.wrapAll();
        ff.neighbors().invalidate();
    }

    /** The potential of a model name, "poly" or "lj". */
    public static PairPotential potential(String model) {
        return switch (model) {
            case "poly" -> new PolydisperseSoftDisks();
            case "lj" -> new SmoothedLennardJones2D();
            default -> throw new IllegalArgumentException("model must be poly or lj, got " + model);
        };
    }
}
