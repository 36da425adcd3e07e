package glassdyn.indicators;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * One saddle search of the activation-relaxation technique nouveau, ARTn (G. T. Barkema and N. Mousseau, PRL 77, 4358
 * (1996); R. Malek and N. Mousseau, PRE 62, 7723 (2000); N. Mousseau et al., J. At. Mol. Opt. Phys. 2012, 925278, the
 * paper 003 reference [83]; E. Machado-Charry, L. K. Beland, ... N. Mousseau and P. Pochet, J. Chem. Phys. 135, 034102
 * (2011) and M.-C. Marinica, F. Willaime and N. Mousseau, PRB 83, 094119 (2011) for the refinements used here), on any
 * {@link Surface}:
 * <ol>
 *   <li>leave the basin (from the {@code BASIN_STEPS_BEFORE_LANCZOS}-th push on, and again whenever the curvature turns
 *       positive during the activation): step along a fixed push direction (the random local displacement) by {@link #basinStep},
 *       relax perpendicular to it for at most {@link #perpendicularSteps} FIRE steps, and compute the lowest Hessian
 *       eigenpair by Lanczos, until that eigenvalue is below {@link #leaveBasinEigenvalue};</li>
 *   <li>activate: Lanczos (started from the previous eigenvector) gives the lowest eigenpair (lambda, v); step along v
 *       uphill by the Newton estimate {@code -(F.v)/|lambda|} capped at {@link #activationStep} (E. Cances, F. Legoll,
 *       M.-C. Marinica, K. Minoukadeh and F. Willaime, J. Chem. Phys. 130, 114711 (2009), as in the plugin-ARTn code
 *       of Poberznik, Gunde, Salles et al.), then relax the force perpendicular to v, {@code F - (F.v) v}, for at most
 *       {@link #perpendicularSteps} FIRE steps;</li>
 *   <li>converged when the largest force on any particle is below the tolerance (paper 003 B.14: 5e-3 epsilon/sigma),
 *       with lambda still negative (then a tightly converged Lanczos gives the reported eigenpair);</li>
 *   <li>push back (T. J. Rodney and C. A. Schuh, PRL 102, 235503 (2009), paper 003 reference [84]): displace the saddle
 *       by {@link #pushBack} along v towards the starting minimum and minimise; the event counts only if this returns to
 *       the starting minimum (no particle further than {@link #sameMinimum}).</li>
 * </ol>
 * The Lanczos matrix-vector product is the finite difference of forces {@code H w = -(F(x + h w) - F(x))/h}, as in ARTn,
 * on vectors with the surface's zero modes removed. Buffers are allocated once per search object: one object per thread.
 */
public final class ArtSaddleSearch {
    /** A potential energy surface in {@link #size()} coordinates, {@link #block()} per particle. */
    public interface Surface {
        int size();

        /** Coordinates per particle: the force tolerance and step caps apply to each particle's block. */
        int block();

        /** Energy at {@code x}; fills {@code force} with minus the gradient. */
        double evaluate(double[] x, double[] force);

        /** Removes the exact zero modes (uniform translations of a periodic system) from a direction. */
        default void removeZeroModes(double[] v) {}
    }

    /** The outcome of one search: the saddle, its energy and lowest eigenvalue, the force left, and the checks. */
    public record Saddle(double[] x, double energy, double eigenvalue, double[] mode, double maxForce, boolean converged,
                         boolean connected, int evaluations) {}

    /** Push increment while leaving the basin (sigma; ARTn's "increment size", 0.1 Angstrom in Si, about 0.04 bond). */
    public double basinStep = 0.05;
    /** Most basin steps before the search is abandoned (a push of 1.5 sigma, beyond any local barrier). */
    public int maxBasinSteps = 30;
    /** Lowest eigenvalue that counts as out of the harmonic basin (ARTn's eigenvalue threshold; epsilon/sigma^2). */
    public double leaveBasinEigenvalue = -0.05;
    /** Largest step along the negative-curvature direction (sigma). */
    public double activationStep = 0.05;
    /**
     * FIRE steps of each perpendicular relaxation (ARTn-new uses a few to about 10). 12 measured best of 4, 8, 12, 16, 20
     * on 10 clusters of a POLY T_ini = 0.3 glass (N = 324): 9 connected events in 18 searches against 5-6 in 21-24.
     */
    public int perpendicularSteps = 12;
    /** Most activation iterations before the search is abandoned. */
    public int maxActivationSteps = 300;
    /** Finite-difference step of the Lanczos products (sigma): error O(h) in lambda, far below any threshold. */
    public double lanczosStep = 1e-6;
    /** Largest Lanczos basis (at most {@link #MAX_LANCZOS_SIZE}, the vectors allocated per search object). */
    public int lanczosSize = 24;
    public static final int MAX_LANCZOS_SIZE = 64;
    /**
     * Lanczos stops when the lowest Ritz value changes by less than this (relative, or absolute in epsilon/sigma^2 below
     * 1): the Ritz value converges twice as fast as its vector, and the saddle itself is set by the force tolerance.
     */
    public double lanczosTolerance = 1e-3;
    /** Push-back displacement from the saddle towards the start (sigma). */
    public double pushBack = 0.05;
    /** Force tolerance of the push-back minimisation (epsilon/sigma). */
    public double minimumTolerance = 1e-6;
    /** Most FIRE iterations of the push-back minimisation. */
    public int maxMinimisationSteps = 20000;
    /** Largest particle displacement at which the push-back minimum is the starting one (sigma). */
    public double sameMinimum = 0.05;
    /** Largest FIRE displacement of a particle per iteration (sigma; LAMMPS dmax). */
    public double fireMaxStep = 0.05;

    private final Surface s;
    private final int n, block;
    private final double forceTolerance;
    private final double[] x, f, xt, ft, v, w, vel, push;
    private final double[][] q;
    private int evaluations, firePositive;
    private double fireDt, fireAlpha;
    /** FIRE parameters (Bitzek et al. 2006: N_min = 5, alpha_start = 0.1); time steps for unit masses (t_0). */
    private static final int FIRE_DELAY = 5;
    /** Basin pushes before the first Lanczos (ARTn's "KBASIN"): the first pushes stay inside the harmonic well. */
    private static final int BASIN_STEPS_BEFORE_LANCZOS = 3;
    /** Lanczos tolerance of the reported saddle eigenvalue and of the push-back direction (relative). */
    private static final double FINAL_LANCZOS_TOLERANCE = 1e-7;
    private static final double FIRE_ALPHA = 0.1, FIRE_DT_START = 0.02, FIRE_DT_MAX = 0.1;
    private double energy;

    /** A search on {@code surface}, converged at the largest per-particle force {@code forceTolerance}. */
    public ArtSaddleSearch(Surface surface, double forceTolerance) {
        this.s = surface;
        this.n = surface.size();
        this.block = surface.block();
        this.forceTolerance = forceTolerance;
        x = new double[n]; f = new double[n]; xt = new double[n]; ft = new double[n];
        v = new double[n]; w = new double[n]; vel = new double[n]; push = new double[n];
        q = new double[MAX_LANCZOS_SIZE][n];
    }

    /**
     * One ARTn search from the minimum {@code x0} (energy {@code e0}) with the initial push {@code direction} (any
     * length; normalised here).
     */
    public Saddle search(double[] x0, double e0, double[] direction) {
        evaluations = 0;
        System.arraycopy(direction, 0, push, 0, n);
        s.removeZeroModes(push);
        if (normalise(push) == 0) throw new IllegalArgumentException("zero push direction");
        System.arraycopy(x0, 0, x, 0, n);
        System.arraycopy(push, 0, v, 0, n);
        resetFire();
        double lambda = Double.POSITIVE_INFINITY;
        boolean active = false;
        int basin = 0;
        for (int k = 0; k < maxBasinSteps + maxActivationSteps; k++) {
            if (active && maxForce(f) < forceTolerance) return converged(x0, lambda);
            if (!active) { // 1. (back) in the harmonic basin: push along the initial direction, relax perpendicular to it
                if (++basin > maxBasinSteps) return failed(lambda);
                for (int a = 0; a < n; a++) x[a] += basinStep * push[a];
                energy = evaluate(x, f);
                relaxPerpendicular(push);
                if (basin < BASIN_STEPS_BEFORE_LANCZOS) continue;
                lambda = lowestMode();
                active = lambda < leaveBasinEigenvalue;
            } else { // 2. activation: Newton step uphill along the lowest mode, relax perpendicular to it
                lambda = activate(lambda);
                active = lambda < 0; // hysteresis: back to pushing only when the curvature turned positive
            }
        }
        return failed(lambda);
    }

    /**
     * Converges on the saddle near {@code start} (a point already past the basin, e.g. a saddle of a restricted surface
     * such as {@link ActiveRegion}, embedded in this one) by the activation iterations alone, starting the Lanczos from
     * {@code mode}; then the push-back check towards the minimum {@code x0}. Not converged when the curvature turns
     * positive or after {@link #maxActivationSteps}.
     */
    public Saddle refine(double[] x0, double[] start, double[] mode) {
        evaluations = 0;
        System.arraycopy(start, 0, x, 0, n);
        System.arraycopy(mode, 0, v, 0, n);
        resetFire();
        energy = evaluate(x, f);
        double lambda = lowestMode();
        for (int k = 0; k < maxActivationSteps && lambda < 0; k++) {
            if (maxForce(f) < forceTolerance) return converged(x0, lambda);
            lambda = activate(lambda);
        }
        return failed(lambda);
    }

    /** Force calls of the last {@link #search} or {@link #refine}. */
    public int lastEvaluations() { return evaluations; }

    /** One activation iteration at the curvature {@code lambda < 0}: Newton step along v, perpendicular relaxation, Lanczos. */
    private double activate(double lambda) {
        double step = -dot(f, v) / Math.abs(lambda), cap = activationStep / maxBlockNorm(v);
        step = Math.max(-cap, Math.min(cap, step));
        for (int a = 0; a < n; a++) x[a] += step * v[a];
        energy = evaluate(x, f);
        relaxPerpendicular(v);
        return lowestMode();
    }

    private Saddle failed(double lambda) {
        return new Saddle(x.clone(), energy, lambda, v.clone(), maxForce(f), false, false, evaluations);
    }

    /** The converged saddle, then the push-back check towards {@code x0}. */
    private Saddle converged(double[] x0, double lambda) {
        double loose = lanczosTolerance;
        lanczosTolerance = FINAL_LANCZOS_TOLERANCE;
        lambda = lowestMode();
        lanczosTolerance = loose;
        double[] xs = x.clone(), mode = v.clone();
        double es = energy, fmax = maxForce(f);
        double toward = 0;
        for (int a = 0; a < n; a++) toward += (x0[a] - xs[a]) * v[a];
        double sign = toward >= 0 ? 1 : -1, scale = pushBack / maxBlockNorm(v);
        for (int a = 0; a < n; a++) x[a] = xs[a] + sign * scale * v[a];
        energy = evaluate(x, f);
        resetFire();
        boolean relaxed = fire(null, maxMinimisationSteps, minimumTolerance);
        double far = 0;
        for (int p = 0; p < n / block; p++) {
            double d2 = 0;
            for (int b = 0; b < block; b++) { double d = x[p * block + b] - x0[p * block + b]; d2 += d * d; }
            far = Math.max(far, d2);
        }
        boolean connected = relaxed && Math.sqrt(far) < sameMinimum;
        return new Saddle(xs, es, lambda, mode, fmax, true, connected, evaluations);
    }

    /** Relaxes the force perpendicular to the unit vector {@code dir} at {@link #x} (updates x, f, energy). */
    private void relaxPerpendicular(double[] dir) {
        fire(dir, perpendicularSteps, forceTolerance);
    }

    /**
     * FIRE (Bitzek et al., PRL 97, 170201 (2006)) on {@link #x} with the force projected perpendicular to {@code dir}
     * (null: the full force), for at most {@code steps} iterations or until the largest (projected) per-particle force
     * is below {@code tolerance}; the FIRE state carries over between the perpendicular relaxations of one search (a
     * fresh FIRE of a few steps hardly moves). True if converged.
     */
    private boolean fire(double[] dir, int steps, double tolerance) {
        project(dir);
        if (dir != null) { // keep the FIRE state of the previous relaxation, without velocity along the new direction
            double c = dot(vel, dir);
            for (int a = 0; a < n; a++) vel[a] -= c * dir[a];
        }
        for (int it = 0; it < steps; it++) {
            if (maxForce(ft) < tolerance) return true;
            double power = dot(ft, vel);
            if (power > 0) {
                if (++firePositive > FIRE_DELAY) { fireDt = Math.min(fireDt * 1.1, FIRE_DT_MAX); fireAlpha *= 0.99; }
            } else {
                firePositive = 0;
                fireDt = Math.max(fireDt * 0.5, FIRE_DT_START * 0.02);
                fireAlpha = FIRE_ALPHA;
                java.util.Arrays.fill(vel, 0);
            }
            double vv = 0, ff = 0;
            for (int a = 0; a < n; a++) { vel[a] += fireDt * ft[a]; vv += vel[a] * vel[a]; ff += ft[a] * ft[a]; }
            if (ff > 0) {
                double c1 = 1 - fireAlpha, c2 = fireAlpha * Math.sqrt(vv / ff);
                for (int a = 0; a < n; a++) vel[a] = c1 * vel[a] + c2 * ft[a];
            }
            double vmax = maxBlockNorm(vel), step = fireDt;
            if (step * vmax > fireMaxStep) step = fireMaxStep / vmax;
            for (int a = 0; a < n; a++) x[a] += step * vel[a];
            energy = evaluate(x, f);
            project(dir);
        }
        return maxForce(ft) < tolerance;
    }

    /** Resets the FIRE state (zero velocity, initial time step and mixing). */
    private void resetFire() {
        java.util.Arrays.fill(vel, 0);
        fireDt = FIRE_DT_START;
        fireAlpha = FIRE_ALPHA;
        firePositive = 0;
    }

    /** ft = f without its component along dir (or f itself). */
    private void project(double[] dir) {
        System.arraycopy(f, 0, ft, 0, n);
        if (dir == null) return;
        double d = dot(f, dir);
        for (int a = 0; a < n; a++) ft[a] -= d * dir[a];
    }

    /**
     * The lowest eigenpair of the Hessian at {@link #x} by Lanczos with full reorthogonalisation, started from the
     * current {@link #v} (ARTn-new: the previous eigenvector makes the next Lanczos converge in a few products).
     * Leaves the eigenvector in {@link #v}; returns the eigenvalue.
     */
    private double lowestMode() {
        int m = Math.min(lanczosSize, Math.min(n, MAX_LANCZOS_SIZE));
        double[] alpha = new double[m], beta = new double[m];
        System.arraycopy(v, 0, q[0], 0, n);
        s.removeZeroModes(q[0]);
        if (normalise(q[0]) == 0) { randomise(q[0]); s.removeZeroModes(q[0]); normalise(q[0]); }
        double theta = Double.NaN, previous = Double.NaN;
        double[] y = null;
        int used = 0;
        for (int j = 0; j < m; j++) {
            used = j + 1;
            for (int a = 0; a < n; a++) xt[a] = x[a] + lanczosStep * q[j][a];
            evaluate(xt, w);
            for (int a = 0; a < n; a++) w[a] = -(w[a] - f[a]) / lanczosStep;
            alpha[j] = dot(q[j], w);
            for (int i = 0; i <= j; i++) { // full reorthogonalisation
                double c = dot(q[i], w);
                for (int a = 0; a < n; a++) w[a] -= c * q[i][a];
            }
            s.removeZeroModes(w);
            beta[j] = Math.sqrt(dot(w, w));
            double[] eig = tridiagonalLowest(alpha, beta, used);
            theta = eig[0];
            y = eig;
            if (j >= 2 && Math.abs(theta - previous) < lanczosTolerance * Math.max(1, Math.abs(theta))) break;
            if (beta[j] < 1e-10 || j + 1 == m) break;
            previous = theta;
            for (int a = 0; a < n; a++) q[j + 1][a] = w[a] / beta[j];
        }
        java.util.Arrays.fill(v, 0);
        for (int i = 0; i < used; i++)
            for (int a = 0; a < n; a++) v[a] += y[i + 1] * q[i][a];
        s.removeZeroModes(v);
        normalise(v);
        return theta;
    }

    /** {lowest eigenvalue, its eigenvector's m components} of the m x m Lanczos tridiagonal matrix. */
    private static double[] tridiagonalLowest(double[] alpha, double[] beta, int m) {
        DMatrixRMaj t = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            t.set(i, i, alpha[i]);
            if (i + 1 < m) { t.set(i, i + 1, beta[i]); t.set(i + 1, i, beta[i]); }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(t)) throw new IllegalStateException("Lanczos tridiagonal eigendecomposition failed");
        int lo = 0;
        for (int k = 1; k < m; k++) if (eig.getEigenvalue(k).real < eig.getEigenvalue(lo).real) lo = k;
        double[] out = new double[m + 1];
        out[0] = eig.getEigenvalue(lo).real;
        DMatrixRMaj vec = eig.getEigenVector(lo);
        for (int i = 0; i < m; i++) out[i + 1] = vec.get(i);
        return out;
    }

    private double evaluate(double[] at, double[] force) {
        evaluations++;
        return s.evaluate(at, force);
    }

    /** A deterministic start vector when the previous one vanished (no randomness: the result stays seed-free). */
    private void randomise(double[] u) {
        for (int a = 0; a < n; a++) u[a] = Math.sin(1.0 + 7.3 * a);
    }

    /** Largest per-particle norm of a force-like vector. */
    double maxForce(double[] g) { return maxBlockNorm(g); }

    private double maxBlockNorm(double[] g) {
        double m = 0;
        for (int p = 0; p < n; p += block) {
            double s2 = 0;
            for (int b = 0; b < block; b++) s2 += g[p + b] * g[p + b];
            m = Math.max(m, s2);
        }
        return Math.sqrt(m);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double normalise(double[] a) {
        double norm = Math.sqrt(dot(a, a));
        if (norm > 0) for (int i = 0; i < a.length; i++) a[i] /= norm;
        return norm;
    }
}
