package glassdyn.elastic;

import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.ForceShifted;
import glassdyn.potential.PairPotential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pseudo-harmonic modes of an isolated region (paper 000 Fig. 4(a): "we isolate the cluster ... and calculate the
 * pseudoharmonic modes (PHM) [60] with reference to its inherent structure at t0"; the isolation is in the unavailable
 * Supplemental Material, so spec 000 section 2.14's defaults are used): the region's particles are free, every
 * other particle of the configuration is held fixed (the caller passes the region plus its surroundings; only the
 * particles interacting with a free one matter). The free particles are brought to their inherent structure by FIRE
 * with the rest clamped, under the force-shifted potential ({@link ForceShifted}; the truncated potential's force jump
 * at the cutoff stalls the minimiser), the clamped Hessian of the free particles is built ({@link InteractingPairs#clamped}), and
 * pseudo-harmonic modes (Richard et al., PRL 126, 015501 (2021), paper 000 Ref. [60]: local minima of
 * {@code C(z) = (M:zz)^2 / sum (z_ij.z_ij)^2}) are found by {@link PseudoHarmonicModes} from the dipole responses of
 * up to {@code seeds} near-neighbour dipoles among the free particles, the softest ones at least {@link #SEED_SPACING}
 * apart (spec 000 section 2.14: "seeds at each particle"; spacing them keeps the cost affordable).
 *
 * <p>Per mode: stiffness {@code kappa = M:zz}, per-particle weight {@code a_i = |z_i|^2} (sum 1), participation ratio
 * {@code 1 / (N_free sum a_i^2)}, and the centre of its core, weighted by {@code a_i^2}, in the box of the
 * configuration (minimum image about the particle of largest weight).
 */
public final class IsolatedRegionModes {
    /** Pairs of the PHM cost's denominator: r &lt; 1.4 d_ij (spec 000 section 2.14: the long Yukawa tail is cut to near neighbours). */
    public static final double NEIGHBOUR_RATIO = 1.4;
    /** Seed dipoles are at least 1.5 d_b apart (about one neighbour shell; not stated), so the searches cover the region. */
    public static final double SEED_SPACING = 1.5;
    /** FIRE stops when the largest force on a free particle is below this (k_B T / d_b); not stated. */
    public static final double FORCE_TOLERANCE = 1e-9;
    /** FIRE iteration cap. */
    public static final long MAX_ITERATIONS = 50_000;
    /** FIRE time step (start) and cap, and the largest move per step (d_b): stable for the Yukawa curvature at contact (~230 k_B T/d_b^2). */
    static final double DT = 0.01, DT_MAX = 0.05, MAX_STEP = 0.05;

    /** One mode: stiffness, participation ratio, core centre, weights {@code |z_i|^2} over the free particles, the vector. */
    public record Mode(double stiffness, double participation, double[] centre, double[] weight, double[] vector) {}

    /**
     * Outcome: the inherent structure (whole configuration), the free particles' indices, the modes softest first, FIRE's
     * iterations and final largest force, and the overlaps r &lt; d_ij among pairs with a free particle and the smallest
     * r / d_ij (the Yukawa continued inside the core stands in for the hard core, spec 000 section 2.14).
     */
    public record Result(Configuration inherent, int[] free, List<Mode> modes, long fireIterations, double maxForce, int overlaps, double closest) {}

    private IsolatedRegionModes() {}

    /**
     * The modes of the region {@code free} of configuration {@code c} (not modified) under pair potential {@code p},
     * seeded from the {@code seeds} softest near-neighbour dipoles of the region.
     */
    public static Result compute(Configuration c, boolean[] free, PairPotential potential, int seeds, int threads) {
        PairPotential p = new ForceShifted(potential); // a force continuous at the cutoff, so FIRE converges (see ForceShifted)
        Configuration is = c.copy();
        int n = c.n, dim = c.dim();
        int[] index = new int[n];
        int nf = 0;
        for (int a = 0; a < n; a++) index[a] = free[a] ? nf++ : -1;
        if (nf < 2) throw new IllegalArgumentException("a region needs at least 2 free particles, got " + nf);
        int[] freeIds = new int[nf];
        for (int a = 0; a < n; a++) if (index[a] >= 0) freeIds[index[a]] = a;
        long[] iterations = new long[1];
        double fmax;
        try (ForceField ff = new ForceField(p, 0.3, threads)) {
            fmax = minimise(is, free, ff, iterations);
        }
        InteractingPairs all = InteractingPairs.of(is, p);
        int overlaps = 0;
        double closest = Double.POSITIVE_INFINITY;
        for (int q = 0; q < all.count; q++) {
            if (!free[all.i[q]] && !free[all.j[q]]) continue;
            double ratio = all.r[q] / (0.5 * (is.diameter[all.i[q]] + is.diameter[all.j[q]]));
            closest = Math.min(closest, ratio);
            if (ratio < 1) overlaps++;
        }
        InteractingPairs stiff = all.clamped(index, nf, is.diameter, Double.POSITIVE_INFINITY);
        InteractingPairs near = all.clamped(index, nf, is.diameter, NEIGHBOUR_RATIO);
        Hessian h = Hessian.of(stiff);
        HessianSolver solver = new ClampedCholeskySolver(h);
        DipoleStiffness dipoles = new DipoleStiffness(near, solver);
        List<double[]> kappa = new ArrayList<>();
        for (int q = 0; q < near.count; q++) if (near.j[q] >= 0) kappa.add(new double[] {dipoles.kappa(q), q});
        kappa.sort(Comparator.comparingDouble(v -> v[0]));
        // seeds spread over the region: the softest dipoles, skipping any within SEED_SPACING of one already taken
        // (the softest dipoles crowd around the softest spot and would all converge to its mode)
        List<double[]> mids = new ArrayList<>();
        int[] picked = new int[Math.min(seeds, kappa.size())];
        int taken = 0;
        double[] dv = new double[3];
        for (double[] kq : kappa) {
            if (taken == picked.length) break;
            int q = (int) kq[1], i = freeIds[near.i[q]];
            double[] mid = {is.x[i] + 0.5 * near.rx[q], is.y[i] + 0.5 * near.ry[q], dim == 3 ? is.z[i] + 0.5 * near.rz[q] : 0};
            boolean close = false;
            for (double[] o : mids) {
                dv[0] = mid[0] - o[0]; dv[1] = mid[1] - o[1]; dv[2] = mid[2] - o[2];
                is.box.minimumImage(dv);
                if (dv[0] * dv[0] + dv[1] * dv[1] + dv[2] * dv[2] < SEED_SPACING * SEED_SPACING) { close = true; break; }
            }
            if (close) continue;
            mids.add(mid);
            picked[taken++] = q;
        }
        int[] chosen = Arrays.copyOf(picked, taken);
        List<Mode> modes = new ArrayList<>();
        for (PseudoHarmonicModes.Mode m : new PseudoHarmonicModes(h, near, solver).fromDipoles(chosen))
            modes.add(describe(is, freeIds, m));
        return new Result(is, freeIds, modes, iterations[0], fmax, overlaps, closest);
    }

    private static Mode describe(Configuration c, int[] freeIds, PseudoHarmonicModes.Mode m) {
        int nf = freeIds.length, dim = c.dim();
        double[] z = m.vector(), w = new double[nf];
        double sum = 0, sum2 = 0;
        int top = 0;
        for (int k = 0; k < nf; k++) {
            for (int a = 0; a < dim; a++) w[k] += z[k * dim + a] * z[k * dim + a];
            sum += w[k];
            if (w[k] > w[top]) top = k;
        }
        for (int k = 0; k < nf; k++) { w[k] /= sum; sum2 += w[k] * w[k]; }
        double[] centre = new double[3], d = new double[3];
        int o = freeIds[top];
        for (int k = 0; k < nf; k++) {
            int i = freeIds[k];
            d[0] = c.x[i] - c.x[o]; d[1] = c.y[i] - c.y[o]; d[2] = dim == 3 ? c.z[i] - c.z[o] : 0;
            c.box.minimumImage(d);
            for (int a = 0; a < 3; a++) centre[a] += w[k] * w[k] / sum2 * d[a];
        }
        centre[0] += c.x[o]; centre[1] += c.y[o]; centre[2] += dim == 3 ? c.z[o] : 0;
        return new Mode(m.stiffness(), 1 / (nf * sum2), centre, w, z);
    }

    /** FIRE (Bitzek et al. 2006) on the free particles only; returns the final largest force on a free particle. */
    static double minimise(Configuration c, boolean[] free, ForceField ff, long[] iterations) {
        int n = c.n;
        double[] vx = new double[n], vy = new double[n], vz = new double[n];
        double dt = DT, alpha = 0.1;
        int positive = 0;
        ff.compute(c);
        double fmax = maxForce(ff, free);
        long it = 0;
        while (fmax >= FORCE_TOLERANCE && it < MAX_ITERATIONS) {
            it++;
            double[] fx = ff.fx(), fy = ff.fy(), fz = ff.fz();
            double power = 0, vv = 0, f2 = 0;
            for (int i = 0; i < n; i++) {
                if (!free[i]) continue;
                power += fx[i] * vx[i] + fy[i] * vy[i] + fz[i] * vz[i];
                vv += vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i];
                f2 += fx[i] * fx[i] + fy[i] * fy[i] + fz[i] * fz[i];
            }
            if (power > 0) {
                double a = 1 - alpha, b = f2 > 0 ? alpha * Math.sqrt(vv / f2) : 0;
                for (int i = 0; i < n; i++) {
                    if (!free[i]) continue;
                    vx[i] = a * vx[i] + b * fx[i]; vy[i] = a * vy[i] + b * fy[i]; vz[i] = a * vz[i] + b * fz[i];
                }
                if (++positive > 5) { dt = Math.min(1.1 * dt, DT_MAX); alpha *= 0.99; }
            } else {
                positive = 0;
                dt *= 0.5;
                alpha = 0.1;
                Arrays.fill(vx, 0); Arrays.fill(vy, 0); Arrays.fill(vz, 0);
            }
            double vmax2 = 0;
            for (int i = 0; i < n; i++) {
                if (!free[i]) continue;
                vx[i] += dt * fx[i]; vy[i] += dt * fy[i]; vz[i] += dt * fz[i];
                vmax2 = Math.max(vmax2, vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
            }
            double step = dt * Math.sqrt(vmax2) > MAX_STEP ? MAX_STEP / Math.sqrt(vmax2) : dt;
            for (int i = 0; i < n; i++) {
                if (!free[i]) continue;
                c.x[i] += step * vx[i]; c.y[i] += step * vy[i]; c.z[i] += step * vz[i];
            }
            ff.compute(c);
            fmax = maxForce(ff, free);
        }
        iterations[0] = it;
        return fmax;
    }

    private static double maxForce(ForceField ff, boolean[] free) {
        double[] fx = ff.fx(), fy = ff.fy(), fz = ff.fz();
        double m = 0;
        for (int i = 0; i < free.length; i++)
            if (free[i]) m = Math.max(m, fx[i] * fx[i] + fy[i] * fy[i] + fz[i] * fz[i]);
        return Math.sqrt(m);
    }
}
