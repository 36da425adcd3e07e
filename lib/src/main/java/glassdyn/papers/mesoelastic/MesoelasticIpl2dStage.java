package glassdyn.papers.mesoelastic;

import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.SelfDynamics;
import glassdyn.analysis.StaticStructureFactor;
import glassdyn.dynamics.Kinetic;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.dynamics.RandomStream;
import glassdyn.elastic.DipoleStiffness;
import glassdyn.elastic.Displacements;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.HessianSolver;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.LocalStiffness;
import glassdyn.elastic.PseudoHarmonicModes;
import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.potential.InversePowerLaw;
import glassdyn.potential.PairPotential;
import glassdyn.protocols.IsoconfigurationalPropensity;
import glassdyn.protocols.LiquidPreparation;
import glassdyn.space.Box;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.mesoelastic.MesoelasticObservables.*;
import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * The 2D IPL of paper 004 Figs. 1-2 (Appendix B): an equilibrated 2D liquid at T, tau_alpha from F_s(q_peak) = 0.2 of
 * the large species (q_peak: first peak of its S(q), measured; spec 004 A25), and per sample (a liquid configuration):
 * its inherent structure (FIRE), kappa_ij of every interacting pair (Eq. A4, {@link LocalStiffness}), the pseudo-harmonic
 * modes seeded by dipole responses ({@link PseudoHarmonicModes}, Appendix B; the softest {@code modesShown} kept), and
 * the isoconfigurational average of the neighbour-relative displacement after tau_alpha/6 from the liquid configuration
 * (Fig. 2 left; {@link IsoconfigurationalPropensity#neighbourRelative}). Fig. 1: the softest mode of sample 0 and the
 * normalised dipole response of its core pair (the pair with the largest relative displacement in the mode).
 */
public final class MesoelasticIpl2dStage {
    private static final String[] PARTICLE_COLUMNS = {"sample", "id", "type", "x", "y", "propensity", "kappa_i"};
    private static final String[] BOND_COLUMNS = {"sample", "i", "j", "x_i", "y_i", "x_j", "y_j", "kappa_ij"};
    private static final String[] MODE_COLUMNS = {"sample", "rank", "stiffness", "cost", "seed_pair", "iterations",
        "core_id", "core_x", "core_y", "participation_ratio"};
    /** Frames of the production that measure F_s, and of it the S(q) frames. */
    static final int FRAMES = 200, SQ_FRAMES_2D = 10;

    private final MesoelasticIpl2dPreset p;
    private final long seed;

    /** @param seed the stage's seed ({@link MesoelasticPresets#seedOf} of its key) */
    public MesoelasticIpl2dStage(MesoelasticIpl2dPreset p, long seed) {
        this.p = p;
        this.seed = seed;
    }

    public StageResult compute() {
        PairPotential pot = InversePowerLaw.twoD();
        Map<String, Double> v = new LinkedHashMap<>();
        Map<String, Table> tables = new LinkedHashMap<>();
        List<double[]> particles = new ArrayList<>(), bonds = new ArrayList<>(), modes = new ArrayList<>();
        Configuration c = LiquidPreparation.random(Box.cubic(2, p.side()), p.counts(), seed);
        try (ForceField ff = new ForceField(pot, SKIN, 1)) {
            LiquidPreparation.pushOff(c, ff);
            Kinetic.drawVelocities(c, p.temperature(), seed + 1);
            c.time = 0;
            MolecularDynamics md = new MolecularDynamics(c, new NoseHooverChain(ff, p.dt(), p.temperature(), p.tauNH()));
            md.run(p.equilibration());
            List<Frame> frames = new ArrayList<>();
            frames.add(new Frame(md.step(), c.copy(), false, true));
            md.sampleEvery(p.production() / FRAMES, (cc, st, f) -> frames.add(new Frame(st, cc.copy(), false, true)));
            md.run(p.production());
            md.sampleEvery(p.production(), null);
            double tau = tauAlpha(frames, v, tables);
            double duration = p.tauFraction() * (Double.isFinite(tau) ? tau : p.production());
            v.put("propensity_time", duration);
            for (int s = 0; s < p.samples(); s++) {
                if (s > 0) md.run(p.spacingTau() * (Double.isFinite(tau) ? tau : p.production()));
                sample(s, c.copy(), pot, duration, particles, bonds, modes, s == 0 ? tables : null, v);
            }
        }
        tables.put("particles", table("particles", PARTICLE_COLUMNS, particles));
        tables.put("bonds", table("bonds", BOND_COLUMNS, bonds));
        tables.put("modes", table("modes", MODE_COLUMNS, modes));
        v.put("T", p.temperature()); v.put("n", (double) p.n()); v.put("density", p.density()); v.put("side", p.side());
        v.put("samples", (double) p.samples()); v.put("runs", (double) p.runs());
        return StageResult.of(tables, v);
    }

    /** tau_alpha (NaN when F_s does not reach 0.2 within the well-averaged lags of the production) and q_peak into {@code v}, F_s into "self". */
    private static double tauAlpha(List<Frame> frames, Map<String, Double> v, Map<String, Table> tables) {
        Table sq = new StaticStructureFactor(SQ_MAX, SQ_SHELL).compute(Trajectory.of(frames.subList(frames.size() - SQ_FRAMES_2D, frames.size())));
        double q = firstPeak(col(sq, "q"), col(sq, large(sq, "S")));
        // lags averaged over fewer than MIN_TIME_ORIGINS origins are dropped, as in the 3D liquids
        Table self = glassdyn.analysis.TimeOriginAverage.withMinimumPairs(
            new SelfDynamics(q, SelfDynamics.DEFAULT_OVERLAP_CUTOFF).compute(Trajectory.of(frames)), MIN_TIME_ORIGINS);
        double tau = RelaxationTime.firstCrossing(col(self, "t"), col(self, large(self, "fs")), FS_LEVEL);
        v.put("q_peak_large", q); v.put("tau_alpha", tau); v.put("tau_alpha_resolved", Double.isFinite(tau) ? 1.0 : 0.0);
        tables.put("self", self);
        tables.put("sq", sq);
        return tau;
    }

    /** One sample: IS, kappa_ij of all pairs, pseudo-harmonic modes, propensity; rows appended; Fig. 1 when {@code fig1}. */
    private void sample(int s, Configuration liquid, PairPotential pot, double duration, List<double[]> particles,
                        List<double[]> bonds, List<double[]> modes, Map<String, Table> fig1, Map<String, Double> v) {
        Configuration q = liquid.copy();
        try (ForceField qf = new ForceField(pot, SKIN, 1)) {
            Fire.Result r = new Fire().minimize(q, qf, IS_FORCE_TOLERANCE, FIRE_MAX_ITERATIONS);
            v.merge("is_max_force", r.maxForce(), Math::max);
        }
        q.wrapAll();
        InteractingPairs pairs = InteractingPairs.of(q, pot);
        Hessian h = Hessian.of(pairs);
        HessianSolver solver = HessianSolver.forSolves(h, p.modeSeeds() * 100);
        LocalStiffness ls = h.size() <= ALL_PAIRS_MAX_DOF ? LocalStiffness.of(pairs, h) : LocalStiffness.ofEachPair(pairs, solver);
        double[] kij = ls.pairs(), ki = ls.particles();
        for (int b = 0; b < pairs.count; b++) {
            int i = pairs.i[b], j = pairs.j[b];
            bonds.add(new double[] {s, i, j, q.x[i], q.y[i], q.x[i] + pairs.rx[b], q.y[i] + pairs.ry[b], kij[b]});
        }
        List<PseudoHarmonicModes.Mode> found = new PseudoHarmonicModes(h, pairs, solver).fromDipoles(uniformPairs(pairs.count, s));
        v.merge("modes_found", (double) found.size(), Double::sum);
        for (int m = 0; m < Math.min(p.modesShown(), found.size()); m++) {
            PseudoHarmonicModes.Mode mode = found.get(m);
            int core = core(mode.vector(), 2);
            modes.add(new double[] {s, m, mode.stiffness(), mode.cost(), mode.seedPair(), mode.iterations(), core,
                q.x[core], q.y[core], glassdyn.elastic.VibrationalModes.participationRatio(mode.vector(), 2)});
        }
        InteractingPairs liquidPairs = InteractingPairs.of(liquid, pot);
        double[] nr = IsoconfigurationalPropensity.neighbourRelative(liquid, pot, p.temperature(), p.dt(), p.tauNH(),
            duration, p.runs(), seed + 1000L * (s + 1), liquidPairs.i, liquidPairs.j);
        for (int i = 0; i < q.n; i++) particles.add(new double[] {s, q.id[i], q.type[i] + 1, q.x[i], q.y[i], nr[i], ki[i]});
        if (fig1 != null && !found.isEmpty()) {
            fig1.put("fig1", fig1(q, pairs, solver, found.get(0), v));
            fig1.put("fig1_null", randomOverlaps(pairs, solver, found.get(0).vector()));
        }
    }

    /**
     * Fig. 1: the softest mode and the normalised dipole response of its core pair (largest |pi_j - pi_i| among the
     * interacting pairs), per particle; their overlap |pi . z^| into {@code v}.
     */
    private static Table fig1(Configuration q, InteractingPairs pairs, HessianSolver solver, PseudoHarmonicModes.Mode mode,
                              Map<String, Double> v) {
        double[] pi = mode.vector();
        int best = 0;
        double bestD = -1;
        for (int b = 0; b < pairs.count; b++) {
            double dx = pi[2 * pairs.j[b]] - pi[2 * pairs.i[b]], dy = pi[2 * pairs.j[b] + 1] - pi[2 * pairs.i[b] + 1];
            if (dx * dx + dy * dy > bestD) { bestD = dx * dx + dy * dy; best = b; }
        }
        double[] z = new DipoleStiffness(pairs, solver).response(best);
        Displacements.normalize(z);
        v.put("fig1_dipole_i", (double) pairs.i[best]); v.put("fig1_dipole_j", (double) pairs.j[best]);
        v.put("fig1_overlap", Math.abs(Displacements.dot(pi, z)));
        v.put("fig1_mode_stiffness", mode.stiffness());
        int n = q.n;
        double[] x = new double[n], y = new double[n], t = new double[n], px = new double[n], py = new double[n], zx = new double[n], zy = new double[n];
        double[] fx = new double[n], fy = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = q.x[i]; y[i] = q.y[i]; t[i] = q.type[i] + 1;
            px[i] = pi[2 * i]; py[i] = pi[2 * i + 1]; zx[i] = z[2 * i]; zy[i] = z[2 * i + 1];
        }
        // the force dipole d^ij = (1/sqrt 2) dr_ij/dx (Eq. A2): +n/sqrt 2 on j, -n/sqrt 2 on i, n = (r_j - r_i)/r_ij
        double nx = pairs.rx[best] / pairs.r[best] / Math.sqrt(2), ny = pairs.ry[best] / pairs.r[best] / Math.sqrt(2);
        fx[pairs.j[best]] = nx; fy[pairs.j[best]] = ny; fx[pairs.i[best]] = -nx; fy[pairs.i[best]] = -ny;
        return Tables.of("fig1", "x", x, "y", y, "type", t, "qlm_x", px, "qlm_y", py, "dipole_response_x", zx, "dipole_response_y", zy,
            "dipole_force_x", fx, "dipole_force_y", fy);
    }

    /** Random dipoles of Fig. 1's null: the softest mode's overlap with their normalised responses. */
    static final int FIG1_NULL_DIPOLES = 20;

    /** |pi . z^| for the responses of {@link #FIG1_NULL_DIPOLES} uniformly drawn pairs (the null of Fig. 1's similarity). */
    private Table randomOverlaps(InteractingPairs pairs, HessianSolver solver, double[] pi) {
        DipoleStiffness ds = new DipoleStiffness(pairs, solver);
        RandomStream rnd = new RandomStream(seed + 99);
        int m = Math.min(FIG1_NULL_DIPOLES, pairs.count);
        double[] pair = new double[m], o = new double[m];
        for (int a = 0; a < m; a++) {
            int b = rnd.nextInt(pairs.count);
            double[] z = ds.response(b);
            Displacements.normalize(z);
            pair[a] = b; o[a] = Math.abs(Displacements.dot(pi, z));
        }
        return Tables.of("fig1_null", "pair", pair, "overlap", o);
    }

    /** {@code modeSeeds} distinct pair indices drawn uniformly (all pairs when there are fewer). */
    private int[] uniformPairs(int count, int s) {
        int m = Math.min(p.modeSeeds(), count);
        int[] idx = new int[count];
        for (int a = 0; a < count; a++) idx[a] = a;
        RandomStream rnd = new RandomStream(seed + 77 + s);
        for (int a = 0; a < m; a++) {
            int b = a + (int) (rnd.nextDouble() * (count - a));
            int t = idx[a]; idx[a] = idx[b]; idx[b] = t;
        }
        return java.util.Arrays.copyOf(idx, m);
    }

    /** The particle with the largest displacement in a mode. */
    static int core(double[] u, int dim) {
        int best = 0;
        double bestA = -1;
        for (int i = 0; i < u.length / dim; i++) {
            double a = 0;
            for (int c = 0; c < dim; c++) a += u[dim * i + c] * u[dim * i + c];
            if (a > bestA) { bestA = a; best = i; }
        }
        return best;
    }

    private static Table table(String name, String[] columns, List<double[]> rows) {
        Object[] spec = new Object[2 * columns.length];
        for (int c = 0; c < columns.length; c++) {
            double[] col = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) col[r] = rows.get(r)[c];
            spec[2 * c] = columns[c]; spec[2 * c + 1] = col;
        }
        return Tables.of(name, spec);
    }
}
