package glassdyn.indicators;

import glassdyn.elastic.Displacements;
import glassdyn.elastic.InteractingPairs;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Nonlinear (quasi-localized) modes and the indicator pi (paper 003 Appendix B.13, Eqs. B24-B26; Lerner et al., refs.
 * [30, 57, 61, 82]). A nonlinear mode solves (B24)
 * <pre>  M.pi = [(M:pi pi) / (U^(n).pi^n)] U^(n).pi^(n-1),</pre>
 * n = 4 for POLY and n = 3 for LJ (whose U^(4) is ill-defined), which is the stationarity condition of the
 * scale-free cost {@code b_4(z) = (M:zz)^2 / U4::zzzz} or {@code b_3(z) = (M:zz)^3 / (U3:.zzz)^2} (spec 003 section
 * 2.14). Each mode is found by minimising b_n with limited-memory BFGS preconditioned by {@code M^+} (the leading part
 * of b_n's Hessian), from the paper's starting guesses: the box is cut into square cells of side l = 4 sigma
 * ({@link #CELL}), in each the pair alpha with the largest {@code |d phi_alpha/d x_alpha . xdot_alpha|} is picked and its
 * dipole response {@code d_alpha = M^+ f_alpha}, {@code f_alpha = d phi_alpha / dx} (B25), starts the minimisation.
 * Converged modes that overlap by more than {@link #MERGE_OVERLAP} are one mode (spec 003 ambiguity 20). The field is
 * (B26) {@code pi(i) = sum_k |U3:pi_k pi_k|_i^2 / kappa_k}, {@code kappa_k = M:pi_k pi_k}, |pi_k| = 1; large = soft.
 */
public final class NonlinearModes {
    /** Cell side of the starting-guess grid, l = 4 sigma (paper 003 B.13). */
    public static final double CELL = 4.0;
    /** Modes overlapping more than this are merged (spec 003 ambiguity 20 default). */
    public static final double MERGE_OVERLAP = 0.9;
    /** Convergence: relative residual of B24, |M pi - c U.pi^(n-1)| / |M pi| (the paper's tolerance is not stated). */
    public static final double RESIDUAL_TOLERANCE = 1e-6;
    /** Iteration cap of one minimisation (a run that does not converge is dropped and counted). */
    public static final int MAX_ITERATIONS = 2000;
    /** L-BFGS memory. */
    static final int MEMORY = 8;
    /** Largest step (norm) of one iteration on the unit sphere. */
    static final double MAX_STEP = 0.3;

    /** A converged mode: unit vector, stiffness kappa = M:pi pi, cost b_n, residual of B24, iterations. */
    public record Mode(double[] vector, double stiffness, double cost, double residual, int iterations) {}

    /** The distinct modes found and how many starting guesses there were and converged. */
    public record Result(List<Mode> modes, int seeds, int converged) {}

    private final HarmonicAnalysis h;
    private final int order;
    private final FourthOrderContraction quartic;
    private final double[] mz, w, tmp;

    /** @param order 3 or 4 (the n of B24) */
    public NonlinearModes(HarmonicAnalysis h, PairPotential p, int order) {
        if (order != 3 && order != 4) throw new IllegalArgumentException("nonlinear mode order must be 3 or 4 (got " + order + ")");
        this.h = h;
        this.order = order;
        this.quartic = order == 4 ? new FourthOrderContraction(h.contraction, h.configuration, p) : null;
        int m = 2 * h.n();
        mz = new double[m]; w = new double[m]; tmp = new double[m];
    }

    /** The paper's order: 4 for POLY, 3 for LJ. */
    public static int orderOf(String model) { return model.equals("lj") ? 3 : 4; }

    /** The indicator pi of a configuration (B26). */
    public static double[] compute(HarmonicAnalysis h, PairPotential p, String model) {
        return field(h, new NonlinearModes(h, p, orderOf(model)).find().modes());
    }

    /** {@code pi(i) = sum_k |U3:pi_k pi_k|_i^2 / kappa_k} (B26). */
    public static double[] field(HarmonicAnalysis h, List<Mode> modes) {
        double[] f = new double[h.n()], u3 = new double[2 * h.n()];
        for (Mode m : modes) {
            h.contraction.contract(m.vector(), u3);
            double[] s = ThirdOrderContraction.squaredNorms(u3);
            for (int i = 0; i < f.length; i++) f[i] += s[i] / m.stiffness();
        }
        return f;
    }

    /** Every starting guess minimised; converged modes merged by overlap, softest cost first. */
    public Result find() {
        List<double[]> seeds = startingGuesses();
        List<Mode> all = new ArrayList<>();
        for (double[] s : seeds) {
            Mode m = minimise(s);
            if (m != null) all.add(m);
        }
        all.sort(Comparator.comparingDouble(Mode::cost));
        List<Mode> distinct = new ArrayList<>();
        for (Mode m : all) {
            boolean dup = false;
            for (Mode d : distinct) dup |= Math.abs(Displacements.dot(m.vector(), d.vector())) > MERGE_OVERLAP;
            if (!dup) distinct.add(m);
        }
        return new Result(distinct, seeds.size(), all.size());
    }

    /** The dipole responses of B25, one per cell of side {@link #CELL} that holds a pair. */
    public List<double[]> startingGuesses() {
        Configuration c = h.configuration;
        InteractingPairs p = h.pairs;
        double[] xdot = NonaffineVelocity.velocity(h);
        int nx = Math.max(1, (int) Math.round(c.box.lx() / CELL)), ny = Math.max(1, (int) Math.round(c.box.ly() / CELL));
        int[] best = new int[nx * ny];
        double[] score = new double[nx * ny];
        java.util.Arrays.fill(best, -1);
        for (int k = 0; k < p.count; k++) {
            int i = p.i[k], j = p.j[k];
            double my = c.y[i] + 0.5 * p.ry[k] - c.box.ylo();
            double iy = Math.floor(my / c.box.ly());
            my -= iy * c.box.ly();
            double mx = c.x[i] + 0.5 * p.rx[k] - c.box.xlo() - iy * c.box.xy();
            mx -= Math.floor(mx / c.box.lx()) * c.box.lx();
            int cell = Math.min(ny - 1, (int) (my / c.box.ly() * ny)) * nx + Math.min(nx - 1, (int) (mx / c.box.lx() * nx));
            double r = p.r[k];
            double s = Math.abs(p.du[k] * (p.rx[k] * (xdot[2 * j] - xdot[2 * i]) + p.ry[k] * (xdot[2 * j + 1] - xdot[2 * i + 1])) / r);
            if (best[cell] < 0 || s > score[cell]) { best[cell] = k; score[cell] = s; }
        }
        List<double[]> seeds = new ArrayList<>();
        for (int k : best) {
            if (k < 0) continue;
            double[] f = dipole(k), d = new double[f.length];
            h.solver.solve(f, d);
            seeds.add(d);
        }
        return seeds;
    }

    /** {@code f_alpha = d phi_alpha / dx} of pair k: {@code u' n} on j, {@code -u' n} on i. */
    double[] dipole(int k) {
        InteractingPairs p = h.pairs;
        double[] f = new double[2 * h.n()];
        int i = p.i[k], j = p.j[k];
        double gx = p.du[k] * p.rx[k] / p.r[k], gy = p.du[k] * p.ry[k] / p.r[k];
        f[2 * j] = gx; f[2 * j + 1] = gy; f[2 * i] = -gx; f[2 * i + 1] = -gy;
        return f;
    }

    /**
     * The cost b_n(z) and its gradient (translations removed) into {@code grad}; NaN where b_n is undefined
     * ({@code U4::zzzz <= 0} for n = 4, {@code U3:.zzz = 0} for n = 3). Also leaves the relative residual of B24 in
     * {@link #lastResidual}.
     */
    public double cost(double[] z, double[] grad) {
        h.hessian.multiply(z, mz);
        double kappa = Displacements.dot(z, mz), b, c;
        if (order == 4) {
            double u = quartic.quartic(z);
            if (!(u > 0)) return Double.NaN;
            quartic.cubicGradient(z, w);
            b = kappa * kappa / u;
            c = kappa / u;
            // grad = 4 (kappa/U) [M z - (kappa/U) U4:zzz]
            for (int a = 0; a < z.length; a++) { tmp[a] = mz[a] - c * w[a]; grad[a] = 4 * c * tmp[a]; }
        } else {
            h.contraction.contract(z, w);
            double t = Displacements.dot(z, w);
            if (t == 0 || !Double.isFinite(t)) return Double.NaN;
            b = kappa * kappa * kappa / (t * t);
            c = kappa / t;
            // grad = 6 (kappa^2/T^2) [M z - (kappa/T) U3:zz]
            for (int a = 0; a < z.length; a++) { tmp[a] = mz[a] - c * w[a]; grad[a] = 6 * c * c * tmp[a]; }
        }
        lastResidual = Displacements.norm(tmp) / Displacements.norm(mz);
        Displacements.removeTranslation(grad, 2);
        return b;
    }

    /** Relative residual of B24 at the last {@link #cost} evaluation. */
    double lastResidual;

    /** Minimises b_n from {@code start} (L-BFGS, preconditioner M^+); null when it does not converge. */
    public Mode minimise(double[] start) {
        int m = start.length;
        double[] x = start.clone();
        Displacements.removeTranslation(x, 2);
        Displacements.normalize(x);
        double[] g = new double[m], gNew = new double[m], xNew = new double[m], d = new double[m], q = new double[m], r = new double[m];
        double f = cost(x, g);
        if (Double.isNaN(f)) return null;
        double[][] s = new double[MEMORY][m], y = new double[MEMORY][m];
        double[] rho = new double[MEMORY], alpha = new double[MEMORY];
        int stored = 0, head = 0;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            if (lastResidual < RESIDUAL_TOLERANCE) return mode(x, f, it);
            // two-loop recursion with H0 = gamma M^+
            System.arraycopy(g, 0, q, 0, m);
            for (int k = 0; k < stored; k++) {
                int e = Math.floorMod(head - 1 - k, MEMORY);
                alpha[e] = rho[e] * Displacements.dot(s[e], q);
                for (int a = 0; a < m; a++) q[a] -= alpha[e] * y[e][a];
            }
            h.solver.solve(q, r);
            if (stored > 0) {
                int e = Math.floorMod(head - 1, MEMORY);
                h.solver.solve(y[e], d);
                double gamma = Displacements.dot(s[e], y[e]) / Displacements.dot(y[e], d);
                for (int a = 0; a < m; a++) r[a] *= gamma;
            }
            for (int k = stored - 1; k >= 0; k--) {
                int e = Math.floorMod(head - 1 - k, MEMORY);
                double beta = rho[e] * Displacements.dot(y[e], r);
                for (int a = 0; a < m; a++) r[a] += s[e][a] * (alpha[e] - beta);
            }
            for (int a = 0; a < m; a++) d[a] = -r[a];
            double slope = Displacements.dot(g, d);
            if (!(slope < 0)) {                   // not a descent direction: restart from the preconditioned gradient
                stored = 0;
                h.solver.solve(g, d);
                for (int a = 0; a < m; a++) d[a] = -d[a];
                slope = Displacements.dot(g, d);
                if (!(slope < 0)) return null;
            }
            double t = Math.min(1, MAX_STEP / Displacements.norm(d)), fNew = Double.NaN;
            boolean accepted = false;
            for (int ls = 0; ls < 40; ls++) {
                for (int a = 0; a < m; a++) xNew[a] = x[a] + t * d[a];
                Displacements.normalize(xNew);
                fNew = cost(xNew, gNew);
                if (!Double.isNaN(fNew) && fNew <= f + 1e-4 * t * slope) { accepted = true; break; }
                t *= 0.5;
            }
            if (!accepted) {
                cost(x, g);
                return lastResidual < 10 * RESIDUAL_TOLERANCE ? mode(x, f, it) : null;
            }
            double sy = 0;
            for (int a = 0; a < m; a++) {
                s[head][a] = xNew[a] - x[a];
                y[head][a] = gNew[a] - g[a];
                sy += s[head][a] * y[head][a];
            }
            if (sy > 0) {
                rho[head] = 1 / sy;
                head = (head + 1) % MEMORY;
                stored = Math.min(stored + 1, MEMORY);
            }
            System.arraycopy(xNew, 0, x, 0, m);
            System.arraycopy(gNew, 0, g, 0, m);
            f = fNew;
        }
        return lastResidual < RESIDUAL_TOLERANCE ? mode(x, f, MAX_ITERATIONS) : null;
    }

    private Mode mode(double[] x, double f, int iterations) {
        return new Mode(x.clone(), h.hessian.quadraticForm(x), f, lastResidual, iterations);
    }
}
