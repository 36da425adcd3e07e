package glassdyn.bench;

import glassdyn.elastic.DipoleStiffness;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.HessianSolver;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.NestedDissection;
import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.InversePowerLaw;
import glassdyn.potential.KobAndersen;
import glassdyn.potential.PairPotential;
import glassdyn.space.Box;

import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.IGrowArray;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.ejml.sparse.csc.decomposition.chol.CholeskyUpLooking_DSCC;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The 3D solver crossover of {@code environment/benchmark-solver-crossover}: for one inherent structure per size
 * (paper 004's IPL at rho = 0.82, or Kob-Andersen at 1.2; random start quenched by FIRE), the fill of the
 * nested-dissection sparse Cholesky (nonzeros and flops of L from EJML's symbolic analysis, no numeric work), then
 * {@code REPEATS} interleaved rounds of: set up each solver (sparse Cholesky, block-Jacobi CG, dense Cholesky where it
 * fits) and time {@code SOLVES} dipole solves on the same random pairs. The order of the solvers rotates from round
 * to round so that a change of machine load hits all of them; the medians over rounds give the crossover
 * {@code setup_sparse / (t_cg - t_sparse)} in number of solves. One line of text per measurement.
 *
 * <p>Usage: {@code SolverCrossoverBenchmark ipl|ka N[,N...]|- REPEATS SOLVES [SYMBOLIC_ONLY_N,...]}
 */
public final class SolverCrossoverBenchmark {
    /** Largest degrees of freedom tried with the dense solver (8 (dN)^2 bytes). */
    static final int DENSE_LIMIT = 6000;
    /** Above this many factor nonzeros the numeric sparse factorisation is not attempted (12 bytes each). */
    static final long SPARSE_NNZ_LIMIT = 400_000_000L;

    private SolverCrossoverBenchmark() {}

    public static void main(String[] args) {
        String model = args[0];
        int[] sizes = args[1].equals("-") ? new int[0] : Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int repeats = Integer.parseInt(args[2]), solves = Integer.parseInt(args[3]);
        int[] symbolicOnly = args.length > 4 ? Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray() : new int[0];
        PairPotential pot = model.equals("ka") ? new KobAndersen() : InversePowerLaw.threeD();
        double density = model.equals("ka") ? 1.2 : 0.82;
        for (int n : symbolicOnly) {
            Configuration c = glass(pot, model, density, n, 3000L + n);
            symbolic(model + "-" + n, Hessian.of(InteractingPairs.of(c, pot)));
        }
        for (int n : sizes) {
            String tag = model + "-" + n;
            Configuration c = glass(pot, model, density, n, 3000L + n);
            InteractingPairs pairs = InteractingPairs.of(c, pot);
            Hessian h = Hessian.of(pairs);
            line(tag, "hessian", 0, "dof=" + h.size() + " pairs=" + pairs.count + " nnz(H)=" + h.nonZeros());
            long nnzL = symbolic(tag, h);
            List<HessianSolver.Kind> kinds = new ArrayList<>();
            if (nnzL <= SPARSE_NNZ_LIMIT) kinds.add(HessianSolver.Kind.SPARSE);
            kinds.add(HessianSolver.Kind.CG);
            if (h.size() <= DENSE_LIMIT) kinds.add(HessianSolver.Kind.DENSE);
            int[] chosen = new SplittableRandom(n).ints(solves, 0, pairs.count).toArray();
            // [solver][0 wall setup, 1 wall per solve, 2 CPU setup, 3 CPU per solve][round]
            double[][][] t = new double[kinds.size()][4][repeats];
            for (int r = 0; r < repeats; r++) {
                for (int k = 0; k < kinds.size(); k++) {
                    int s = (k + r) % kinds.size();
                    double[] m = timed(tag, kinds.get(s), h, pairs, chosen, r);
                    for (int q = 0; q < 4; q++) t[s][q][r] = m[q];
                }
            }
            double[][] med = new double[kinds.size()][4];
            for (int s = 0; s < kinds.size(); s++) {
                for (int q = 0; q < 4; q++) med[s][q] = median(t[s][q]);
                line(tag, "median_" + kinds.get(s), med[s][2], String.format(Locale.ROOT,
                    "wall: setup=%.3f s solve=%.4f s; cpu: setup=%.3f s solve=%.4f s (medians of %d)",
                    med[s][0], med[s][1], med[s][2], med[s][3], repeats));
            }
            int cg = kinds.indexOf(HessianSolver.Kind.CG);
            for (int s = 0; s < kinds.size(); s++)
                if (s != cg) line(tag, "crossover_" + kinds.get(s), 0, kinds.get(s) + " pays over CG from " + crossover(med[s], med[cg], 2)
                    + " solves by CPU time, " + crossover(med[s], med[cg], 0) + " by wall time (setup / (t_cg - t)); all-pairs local kappa = "
                    + pairs.count + " solves");
        }
    }

    /** {@code setup / (t_cg - t)} from the medians at offset {@code o} (0 wall, 2 CPU), or "never". */
    private static String crossover(double[] m, double[] cg, int o) {
        double gain = cg[o + 1] - m[o + 1];
        return gain > 0 ? String.format(Locale.ROOT, "%.0f", m[o] / gain) : "never (not faster per solve)";
    }

    /** Wall and thread-CPU setup and mean time per solve of one solver; logs kappa of the first chosen pair. */
    private static double[] timed(String tag, HessianSolver.Kind kind, Hessian h, InteractingPairs pairs, int[] chosen, int round) {
        System.gc();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t = System.nanoTime(), c = cpu.getCurrentThreadCpuTime();
        HessianSolver s = HessianSolver.of(h, kind);
        double setup = seconds(t), setupCpu = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
        DipoleStiffness ds = new DipoleStiffness(pairs, s);
        double k0 = ds.kappa(chosen[0]);
        t = System.nanoTime();
        c = cpu.getCurrentThreadCpuTime();
        for (int p : chosen) ds.kappa(p);
        double solve = seconds(t) / chosen.length, solveCpu = (cpu.getCurrentThreadCpuTime() - c) / 1e9 / chosen.length;
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        line(tag, kind + "_round" + round, setup + solve, String.format(Locale.ROOT,
            "setup=%.3f s solve=%.4f s (mean of %d) cpu: setup=%.3f s solve=%.4f s kappa=%.12g heap_used=%.0f MB solver=%s",
            setup, solve, chosen.length, setupCpu, solveCpu, k0, heap / 1e6, s.name()));
        return new double[] {setup, solve, setupCpu, solveCpu};
    }

    /**
     * Nonzeros of L and the flops of the factorisation, {@code sum_j c_j^2} over the column counts, of the
     * nested-dissection-ordered pinned Hessian, from EJML's symbolic analysis (elimination tree and column counts).
     */
    static long symbolic(String tag, Hessian h) {
        long t = System.nanoTime();
        DMatrixSparseCSC upper = h.pinnedUpper();
        int[] order = NestedDissection.pinnedOrder(h);
        double ordering = seconds(t);
        int[] inv = CommonOps_DSCC.permutationInverse(order, order.length);
        DMatrixSparseCSC perm = new DMatrixSparseCSC(upper.numRows, upper.numCols, 0);
        CommonOps_DSCC.permuteSymmetric(upper, inv, perm, new IGrowArray());
        CholeskyUpLooking_DSCC chol = new CholeskyUpLooking_DSCC();
        chol.performSymbolic(perm);
        int[] ci = chol.getL().col_idx;
        long nnz = 0;
        double flops = 0;
        int maxCol = 0;
        for (int j = 0; j < perm.numCols; j++) {
            long cj = ci[j + 1] - ci[j];
            nnz += cj;
            flops += (double) cj * cj;
            maxCol = (int) Math.max(maxCol, cj);
        }
        line(tag, "symbolic", seconds(t), String.format(Locale.ROOT,
            "dof=%d nnz(L)=%d (%.1f MB at 12 bytes) flops=%.3g largest column=%d ordering=%.2f s",
            h.size(), nnz, nnz * 12 / 1e6, flops, maxCol, ordering));
        return nnz;
    }

    private static Configuration glass(PairPotential pot, String model, double density, int n, long seed) {
        double l = Math.cbrt(n / density);
        Configuration c = new Configuration(n, Box.cubic(3, l));
        c.mass = new double[] {1, 1};
        SplittableRandom rng = new SplittableRandom(seed);
        int small = model.equals("ka") ? n * 80 / 100 : n / 2;
        for (int i = 0; i < n; i++) {
            c.x[i] = rng.nextDouble() * l;
            c.y[i] = rng.nextDouble() * l;
            c.z[i] = rng.nextDouble() * l;
            c.type[i] = i < small ? 0 : 1;
        }
        long t = System.nanoTime();
        try (ForceField ff = new ForceField(pot, 0.3, 1)) {
            Fire.Result r = new Fire().minimize(c, ff, 1e-8, 5_000_000L);
            line(model + "-" + n, "quench", seconds(t), "max_force=" + r.maxForce() + " iterations=" + r.iterations());
        }
        return c;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private static double seconds(long t0) { return (System.nanoTime() - t0) / 1e9; }

    private static void line(String tag, String what, double seconds, String detail) {
        System.out.printf(Locale.ROOT, "%-9s %-22s %9.3f s  %s%n", tag, what, seconds, detail);
        System.out.flush();
    }
}
