package glassdyn.bench;

import glassdyn.elastic.DipoleStiffness;
import glassdyn.elastic.ShearModulus;
import glassdyn.elastic.HessianSolver;
import glassdyn.elastic.ConjugateGradientSolver;
import glassdyn.elastic.SparseCholeskySolver;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;

import glassdyn.force.ForceField;
import glassdyn.io.AtomicFiles;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.space.Box;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The benchmark of {@code environment/benchmark-elastic}: for Kob-Andersen glasses (random start quenched by FIRE) of
 * the given sizes in 2D and 3D, times the Hessian assembly, G (with the solver {@link HessianSolver#forSolves} picks for one solve)
 * and dipole solves with each solver that fits (dense Cholesky, sparse Cholesky with nested dissection, CG), and
 * exports the pinned Hessian (Matrix Market), the dipole and the kappa of each solver, so that the script can solve
 * the same system with SciPy in the same run. One line of text per measurement on standard output.
 *
 * <p>Usage: {@code ElasticBenchmark OUTDIR N[,N...] [DIMS=2,3]}
 */
public final class ElasticBenchmark {
    /** Number density of the glasses (Kob-Andersen's 1.2). */
    static final double DENSITY = 1.2;
    /** FIRE force tolerance of the benchmark quench: a minimum to well within the solvers' needs, reached quickly. */
    static final double FORCE_TOLERANCE = 1e-8;
    /** Largest degrees of freedom tried with the dense solver (memory 8 (dN)^2 bytes, time (dN)^3/3 flops). */
    static final int DENSE_LIMIT = 4200;
    /** Largest degrees of freedom tried with the sparse Cholesky, 2D and 3D (3D fill grows much faster). */
    static final int SPARSE_LIMIT_2D = 50_000, SPARSE_LIMIT_3D = 12_000;

    /** Timed dipole solves per solver after the warm-up solve. */
    static final int SOLVES = 5;

    private ElasticBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        String[] sizes = args[1].split(",");
        String[] dims = (args.length > 2 ? args[2] : "2,3").split(",");
        KobAndersen ka = new KobAndersen();
        for (String ds : dims) {
            int dim = Integer.parseInt(ds);
            for (String ns : sizes) {
                int n = Integer.parseInt(ns);
                String tag = dim + "d-" + n;
                Configuration c = glass(dim, n, ka, 1000L * dim + n);
                long t = System.nanoTime();
                InteractingPairs pairs = InteractingPairs.of(c, ka);
                Hessian h = Hessian.of(pairs);
                double assembly = seconds(t);
                line(tag, "hessian_assembly", assembly, "dof=" + h.size() + " pairs=" + pairs.count + " nnz=" + h.nonZeros());

                t = System.nanoTime();
                HessianSolver auto = HessianSolver.forSolves(h, 1);
                double factor = seconds(t);
                t = System.nanoTime();
                double g = ShearModulus.xy(pairs, auto, c.box.volume()).g();
                line(tag, "G_xy", factor + seconds(t), String.format(Locale.ROOT, "G=%.10g solver=%s (factorisation %.3f s)", g, auto.name(), factor));

                int pair = new SplittableRandom(n + dim).nextInt(pairs.count);
                DipoleStiffness probe = new DipoleStiffness(pairs, auto);
                double[] d = probe.dipole(pair);
                StringBuilder kappas = new StringBuilder();
                if (h.size() <= DENSE_LIMIT) kappas.append(kappaTimed(tag, "dense", h, pairs, pair, HessianSolver.Kind.DENSE));
                if (h.size() <= (dim == 2 ? SPARSE_LIMIT_2D : SPARSE_LIMIT_3D)) kappas.append(kappaTimed(tag, "sparse", h, pairs, pair, HessianSolver.Kind.SPARSE));
                kappas.append(kappaTimed(tag, "cg", h, pairs, pair, HessianSolver.Kind.CG));
                h.writePinnedMatrixMarket(out.resolve(tag + ".mtx"));
                StringBuilder sb = new StringBuilder();
                sb.append(dim).append('\n');
                for (double v : d) sb.append(Double.toString(v)).append('\n');
                AtomicFiles.writeString(out.resolve(tag + ".dipole"), sb.toString());
                AtomicFiles.writeString(out.resolve(tag + ".kappa"), kappas.toString());
            }
        }
    }

    /**
     * Times one factorisation (if any), then one warm-up dipole solve (JIT), then {@link #SOLVES} more dipole solves
     * whose mean is the reported time per solve; returns "solver kappa setup+solve\n" for the first dipole.
     */
    private static String kappaTimed(String tag, String label, Hessian h, InteractingPairs pairs, int pair, HessianSolver.Kind kind) {
        long t = System.nanoTime();
        HessianSolver s = HessianSolver.of(h, kind);
        double setup = seconds(t);
        DipoleStiffness ds = new DipoleStiffness(pairs, s);
        t = System.nanoTime();
        double k = ds.kappa(pair);
        double first = seconds(t);
        SplittableRandom rng = new SplittableRandom(pair);
        t = System.nanoTime();
        for (int r = 0; r < SOLVES; r++) ds.kappa(rng.nextInt(pairs.count));
        double solve = seconds(t) / SOLVES;
        String extra = s instanceof SparseCholeskySolver sc ? " nnz(L)=" + sc.factorNonZeros()
            : s instanceof ConjugateGradientSolver cg ? " iterations=" + cg.lastIterations() : "";
        line(tag, "kappa_" + label, setup + solve, String.format(Locale.ROOT,
            "kappa=%.15g setup=%.3f s first_solve=%.4f s solve=%.4f s (mean of %d) solver=%s%s",
            k, setup, first, solve, SOLVES, s.name(), extra));
        return s.name() + " " + Double.toString(k) + " " + (setup + solve) + "\n";
    }

    private static Configuration glass(int dim, int n, KobAndersen ka, long seed) {
        double l = Math.pow(n / DENSITY, 1.0 / dim);
        Configuration c = new Configuration(n, Box.cubic(dim, l));
        c.mass = new double[] {1, 1};
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            c.x[i] = rng.nextDouble() * l;
            c.y[i] = rng.nextDouble() * l;
            if (dim == 3) c.z[i] = rng.nextDouble() * l;
            c.type[i] = i < (dim == 3 ? n * 80 / 100 : n * 65 / 100) ? 0 : 1;
        }
        long t = System.nanoTime();
        try (ForceField ff = new ForceField(ka, 0.3, Runtime.getRuntime().availableProcessors())) {
            Fire.Result r = new Fire().minimize(c, ff, FORCE_TOLERANCE, 5_000_000L);
            line(dim + "d-" + n, "quench", seconds(t), "max_force=" + r.maxForce() + " iterations=" + r.iterations());
        }
        return c;
    }

    private static double seconds(long t0) { return (System.nanoTime() - t0) / 1e9; }

    private static void line(String tag, String what, double seconds, String detail) {
        System.out.printf(Locale.ROOT, "%-9s %-18s %9.3f s  %s%n", tag, what, seconds, detail);
        System.out.flush();
    }
}
