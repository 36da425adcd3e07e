package glassdyn.papers.mesoelastic;

import glassdyn.dynamics.Checkpoint;
import glassdyn.dynamics.Kinetic;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.elastic.DipoleStiffness;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.HessianSolver;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.LocalStiffness;
import glassdyn.elastic.ShearModulus;
import glassdyn.elastic.StillingerWeberHessian;
import glassdyn.potential.StillingerWeber;
import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.SelfDynamics;
import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.potential.PairPotential;
import glassdyn.protocols.LiquidPreparation;
import glassdyn.space.Box;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.mesoelastic.MesoelasticObservables.*;
import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * One (system, T) of paper 004: NVT equilibration and production at the paper's density, dt and tau_NH (Tables I,
 * III) with our N (or the imported LAMMPS trajectory of the same protocol), F_s(q_max, t) and MSD of the large species,
 * and the inherent structures (FIRE) quenched from the production with G (Eq. A1, three planes) and the dipole
 * stiffnesses kappa_ij (Eqs. A2-A4); S(q), g(r) of the liquid and its IS with u(r) (Fig. 12) and the displacement
 * distribution after tau_alpha/10 (Fig. 11 c).
 */
public final class LiquidStage {
    /** The MD protocol of one (system, T) in steps: equilibration, fine window, production, its sampling, IS spacing. */
    public record LiquidProtocol(long equilibration, long fine, long production, long every, long isEvery) {}

    /**
     * The trajectory of one (system, T): the fine window's frames, the production's frames (the first is the
     * configuration the production starts from), the IS parents among them and the final configuration.
     */
    public record LiquidRun(List<Frame> fine, List<Frame> coarse, List<Configuration> parents, Configuration end) {}

    /** What the stage produced: the stored result and the final configuration (the start of the later stages). */
    public record Output(StageResult result, Configuration end) {}

    private final Preset preset;
    private final SystemSpec s;
    private final int k;
    private final long seed;
    private final Path dir;

    /**
     * @param seed the stage's seed ({@link MesoelasticPresets#seedOf} of its key)
     * @param dir the checkpoint directory (imported trajectories are read from it, the lowest-T end state is written to
     *            it), or null
     */
    public LiquidStage(Preset preset, SystemSpec s, int k, long seed, Path dir) {
        this.preset = preset;
        this.s = s;
        this.k = k;
        this.seed = seed;
        this.dir = dir;
    }

    /** Equilibration, the short window sampled every step, the production sampled {@code COARSE_FRAMES} times, IS spacing. */
    public static LiquidProtocol protocol(Preset preset, SystemSpec s, int k) {
        long eq = Math.max(1, Math.round(s.equilibration()[k] / s.dt()));
        long fine = Math.max(10, Math.round(preset.fineWindow() * s.t0(s.temperatures()[k]) / s.dt()));
        long prod = Math.max(1, Math.round(s.production()[k] / s.dt()));
        return new LiquidProtocol(eq, fine, prod, Math.max(1, prod / COARSE_FRAMES), Math.max(1, prod / preset.isPerT()));
    }

    /** The starting liquid of (system, T): random positions, pushed off, Maxwell-Boltzmann velocities at T. */
    public static Configuration startingLiquid(SystemSpec s, int k, long seed) {
        Configuration c = LiquidPreparation.random(Box.cubic(3, Math.cbrt(s.n() / s.density())), s.counts(), seed);
        try (ForceField ff = s.forceField(1)) {
            LiquidPreparation.pushOff(c, ff);
        }
        Kinetic.drawVelocities(c, s.temperatures()[k], seed + 1);
        c.time = 0;
        return c;
    }

    /** glassdyn's own MD of {@link #protocol}: Nose-Hoover chain (3) at the paper's dt and tau_NH from {@link #startingLiquid}. */
    public LiquidRun simulate() {
        LiquidProtocol p = protocol(preset, s, k);
        Configuration c = startingLiquid(s, k, seed);
        try (ForceField ff = s.forceField(1)) {
            MolecularDynamics md = new MolecularDynamics(c, new NoseHooverChain(ff, s.dt(), s.temperatures()[k], s.tauNH()));
            md.runSteps(p.equilibration());
            List<Frame> fine = new ArrayList<>();
            md.sampleEvery(FINE_EVERY * s.dt(), (cc, st, f) -> fine.add(new Frame(st, cc.copy(), false, true)));
            fine.add(new Frame(md.step(), c.copy(), false, true));
            md.runSteps(p.fine());
            List<Frame> coarse = new ArrayList<>();
            coarse.add(new Frame(md.step(), c.copy(), false, true));
            md.sampleEvery(p.every() * s.dt(), (cc, st, f) -> coarse.add(new Frame(st, cc.copy(), false, true)));
            md.runSteps(p.production());
            if (dir != null && k == s.lowestIndex()) {
                try { Files.createDirectories(dir); } catch (IOException e) { throw new UncheckedIOException(e); }
                Checkpoint.write(dir.resolve(dynKey(s, k) + END), c, md.step(), md.integrator());
            }
            return withParents(fine, coarse, c, p, preset.isPerT());
        }
    }

    /**
     * The IS parents of a production: the sampled frames whose step since the production's start falls within
     * {@code every} after a multiple of {@code isEvery}, at most {@code count} of them (the first frame, the starting
     * configuration, is not one).
     */
    static LiquidRun withParents(List<Frame> fine, List<Frame> coarse, Configuration end, LiquidProtocol p, int count) {
        long start = coarse.get(0).step();
        List<Configuration> parents = new ArrayList<>();
        for (int f = 1; f < coarse.size() && parents.size() < count; f++)
            if ((coarse.get(f).step() - start) % p.isEvery() < p.every()) parents.add(coarse.get(f).config().copy());
        return new LiquidRun(fine, coarse, parents, end);
    }

    /** The trajectory from imported files in the checkpoint directory, or null when there are none. */
    LiquidRun imported() {
        if (dir == null) return null;
        String key = dynKey(s, k);
        Path fine = dir.resolve(key + FINE_DUMP), coarse = dir.resolve(key + COARSE_DUMP), end = dir.resolve(key + END);
        if (!Files.isRegularFile(fine) || !Files.isRegularFile(coarse)) return null;
        if (!Files.isRegularFile(end)) throw new glassdyn.InputException(end + ": missing beside the imported trajectory " + fine);
        LiquidProtocol p = protocol(preset, s, k);
        long start = p.equilibration() + p.fine();
        return withParents(DumpFrames.read(fine, s.dt(), p.equilibration(), 1, start),
            DumpFrames.read(coarse, s.dt(), start, p.every(), start + p.production()),
            Checkpoint.read(end).configuration(), p, preset.isPerT());
    }

    /** Liquid (glassdyn's MD, or an imported LAMMPS trajectory), F_s and MSD, IS ensemble with G and kappa. */
    public Output compute() {
        double t = s.temperatures()[k];
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Double> v = new LinkedHashMap<>();
        LiquidRun run = imported();
        boolean imported = run != null;
        if (!imported) run = simulate();
        Configuration end = run.end().copy();
        Table fineT = new SelfDynamics(s.qmax(), SelfDynamics.DEFAULT_OVERLAP_CUTOFF).compute(Trajectory.of(run.fine()));
        Table coarseT = new SelfDynamics(s.qmax(), SelfDynamics.DEFAULT_OVERLAP_CUTOFF).compute(Trajectory.of(run.coarse()));
        Table self = merge(fineT, coarseT);
        tables.put("self", self);
        double[] lag = col(self, "t"), fs2 = col(self, large(self, "fs")), msd2 = col(self, large(self, "msd"));
        double tau = RelaxationTime.firstCrossing(lag, fs2, FS_LEVEL);
        double a0 = s.a0(), t0 = s.t0(t);
        v.put("T", t); v.put("a0", a0); v.put("t0", t0); v.put("tau_alpha", tau);
        v.put("equilibration", s.equilibration()[k]); v.put("production", s.production()[k]);
        v.put("lammps_trajectory", imported ? 1.0 : 0.0);
        v.put("D", diffusion(lag, msd2, a0));
        v.put("t_ballistic_end", ballisticEnd(lag, msd2, a0, t0));
        Table sq = structureFactor(run.coarse());
        tables.put("sq", sq);
        v.put("q_peak", firstPeak(col(sq, "q"), col(sq, "S")));
        v.put("q_peak_large", firstPeak(col(sq, "q"), col(sq, large(sq, "S"))));
        tables.put("van_hove", MesoelasticStructure.displacements(run.fine(), run.coarse(), tau, a0));
        inherentStructures(run.parents(), tables);
        tables.put("gr", MesoelasticStructure.pairStructure(sqFrames(run.coarse()), run.parents(), s.interactions(), s.counts().length));
        return new Output(StageResult.of(tables, v), end);
    }

    /** Frames of the production averaged for S(q): evenly spaced, the starting configuration excluded. */
    static final int SQ_FRAMES = 10;

    /** S(q) and its partials up to q = 10 in shells of 0.1, averaged over {@link #SQ_FRAMES} production frames. */
    static Table structureFactor(List<Frame> coarse) {
        return new glassdyn.analysis.StaticStructureFactor(SQ_MAX, SQ_SHELL).compute(Trajectory.of(sqFrames(coarse)));
    }

    /** The {@link #SQ_FRAMES} production frames of S(q) and the liquid g(r). */
    static List<Frame> sqFrames(List<Frame> coarse) {
        List<Frame> frames = new ArrayList<>();
        int m = coarse.size() - 1;
        for (int f = 1; f <= SQ_FRAMES && m > 0; f++) frames.add(coarse.get(Math.max(1, (int) Math.round((double) f * m / SQ_FRAMES))));
        return frames;
    }

    /** Paper 004's SW parameters (lambda = 18.75), for the analytic three-body Hessian and strain derivatives. */
    private static final StillingerWeber SW = new StillingerWeber();

    /** The IS of each parent (FIRE to {@code IS_FORCE_TOLERANCE}) with U, G, the mean kappa and a kappa sample. */
    private void inherentStructures(List<Configuration> parents, Map<String, Table> tables) {
        PairPotential pot = s.interactions();
        int n = s.n(), m = parents.size();
        double[] g = new double[m], gxy = new double[m], kap = new double[m], u = new double[m], fmax = new double[m], attr = new double[m];
        List<double[]> allKappa = new ArrayList<>();
        try (ForceField qf = s.forceField(1)) {
            Fire fire = new Fire();
            for (int p = 0; p < m; p++) {
                Configuration q = parents.get(p);
                qf.neighbors().invalidate();
                Fire.Result r = fire.minimize(q, qf, IS_FORCE_TOLERANCE, FIRE_MAX_ITERATIONS);
                InteractingPairs pairs = InteractingPairs.of(q, pot);
                Hessian h = s.stillingerWeber() ? StillingerWeberHessian.of(q, SW) : Hessian.of(pairs);
                HessianSolver solver = HessianSolver.forSolves(h, preset.dipolesPerIS() + 3);
                double[] gs = s.stillingerWeber() ? StillingerWeberHessian.shearModulus(q, SW, solver)
                    : ShearModulus.averaged(pairs, solver, q.box.volume());
                int kd = Math.min(preset.dipolesPerIS(), pairs.count);
                if (h.size() <= ALL_PAIRS_MAX_DOF) {
                    // every pair from one inverse; the kappa table keeps a random subset of them
                    double[] allPairs = LocalStiffness.of(pairs, h).pairs();
                    kap[p] = DipoleStiffness.mean(allPairs);
                    allKappa.add(randomSubset(allPairs, kd, seed + 100 + p));
                } else {
                    double[] ks = new DipoleStiffness(pairs, solver).sample(kd, seed + 100 + p, null);
                    kap[p] = DipoleStiffness.mean(ks);
                    allKappa.add(ks);
                }
                g[p] = gs[0]; gxy[p] = gs[1]; u[p] = r.energy() / n; fmax[p] = r.maxForce();
                attr[p] = attractiveFraction(pairs);
            }
        }
        tables.put("is", Tables.of("is", "U_per_N", u, "max_force", fmax, "G", g, "G_xy", gxy, "kappa_mean", kap, "attractive_fraction", attr));
        int total = allKappa.stream().mapToInt(a -> a.length).sum();
        double[] flat = new double[total];
        int o = 0;
        for (double[] a : allKappa) { System.arraycopy(a, 0, flat, o, a.length); o += a.length; }
        tables.put("kappa", Tables.of("kappa", "kappa", flat));
    }
}
