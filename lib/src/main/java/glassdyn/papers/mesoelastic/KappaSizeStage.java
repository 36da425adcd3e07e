package glassdyn.papers.mesoelastic;

import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.elastic.DipoleStiffness;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.HessianSolver;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.ShearModulus;
import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * The system-size check of kappa (review 004 section 6 item 11; not a paper claim): the IPL liquid at its hottest T
 * with the scale's N and with {@link #SIZE_FACTOR} times N (box {@code SIZE_FACTOR^(1/3)} times wider), each equilibrated
 * as a {@link LiquidStage} is, then {@link #inherentStructures} IS quenched at equal spacing over the production, each
 * with the mean of a random sample of {@link Preset#dipolesPerIS} dipole stiffnesses (Eqs. A2-A4, the same estimator
 * at both N) and G (Eq. A1). A stage of its own (key {@link #KEY}): the liquid stages are not touched.
 */
public final class KappaSizeStage {
    /** Stage key. */
    public static final String KEY = "kappa-size-ipl";
    /** The larger system has this many times the scale's N. */
    public static final int SIZE_FACTOR = 4;

    private final Preset preset;
    private final SystemSpec s;
    private final long seed;

    public KappaSizeStage(Preset preset, SystemSpec ipl, long seed) {
        this.preset = preset;
        this.s = ipl;
        this.seed = seed;
    }

    /** IS per N: a third of the scale's IS per temperature, at least 3 (the bootstrap's minimum). */
    static int inherentStructures(Preset p) { return Math.max(3, p.isPerT() / 3); }

    /** The stage's parameter string (what its checkpoint is keyed by). */
    static String params(Preset p, SystemSpec s, long seed) {
        int k = s.hottestIndex();
        return String.format(Locale.ROOT, "kappa-size %s n=%d,%d T=%s eq=%s prod=%s is=%d dipoles=%d seed=%d", s.key(), s.n(),
            SIZE_FACTOR * s.n(), s.temperatures()[k], s.equilibration()[k], s.production()[k], inherentStructures(p), p.dipolesPerIS(), seed);
    }

    /** The system with {@code n} particles, otherwise the same. */
    static SystemSpec withN(SystemSpec s, int n) {
        return new SystemSpec(s.key(), s.model(), s.density(), s.dt(), s.tauNH(), s.qmax(), n, s.temperatures(),
            s.equilibration(), s.production(), s.transitionDt());
    }

    /** Table {@code kappa_size}: one row per IS with N, the IS index, its kappa sample mean and G. */
    public StageResult compute() {
        int m = inherentStructures(preset);
        double[] n = new double[2 * m], is = new double[2 * m], kappa = new double[2 * m], g = new double[2 * m];
        int row = 0;
        for (int size : new int[] {s.n(), SIZE_FACTOR * s.n()}) {
            SystemSpec sys = withN(s, size);
            int k = sys.hottestIndex();
            double t = sys.temperatures()[k];
            Configuration c = LiquidStage.startingLiquid(sys, k, seed + size);
            long eq = Math.max(1, Math.round(sys.equilibration()[k] / sys.dt()));
            long spacing = Math.max(1, Math.round(sys.production()[k] / sys.dt()) / m);
            try (ForceField ff = sys.forceField(1); ForceField qf = sys.forceField(1)) {
                MolecularDynamics md = new MolecularDynamics(c, new NoseHooverChain(ff, sys.dt(), t, sys.tauNH()));
                md.runSteps(eq);
                for (int i = 0; i < m; i++, row++) {
                    md.runSteps(spacing);
                    Configuration q = c.copy();
                    qf.neighbors().invalidate();
                    new Fire().minimize(q, qf, IS_FORCE_TOLERANCE, FIRE_MAX_ITERATIONS);
                    InteractingPairs pairs = InteractingPairs.of(q, sys.potential());
                    int kd = Math.min(preset.dipolesPerIS(), pairs.count);
                    HessianSolver solver = HessianSolver.forSolves(Hessian.of(pairs), kd + 3);
                    n[row] = size;
                    is[row] = i;
                    kappa[row] = DipoleStiffness.mean(new DipoleStiffness(pairs, solver).sample(kd, seed + 100L * size + i, null));
                    g[row] = ShearModulus.averaged(pairs, solver, q.box.volume())[0];
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("kappa_size", Tables.of("kappa_size", "N", n, "is", is, "kappa_mean", kappa, "G", g));
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("T", s.temperatures()[s.hottestIndex()]);
        return StageResult.of(tables, v);
    }
}
