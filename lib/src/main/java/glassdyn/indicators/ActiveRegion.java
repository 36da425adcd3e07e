package glassdyn.indicators;

import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

import java.util.Arrays;

/**
 * Local force evaluation for the saddle searches of {@link SaddlePointSampling}: a 2D pair-potential system restricted
 * to the disk of radius {@code activeRadius} about one atom, as an {@link ArtSaddleSearch.Surface}. The atoms inside
 * the disk (the active region: the displaced cluster plus a buffer) move; the atoms within a further
 * {@code cutoff + }{@link #FROZEN_MARGIN} hold them in place and do not move (a frozen matrix); all other atoms are left
 * out. This is the "local force" evaluation of ARTn (N. Mousseau et al., J. At. Mol. Opt. Phys. 2012, 925278, paper
 * 003 reference [83], section on local forces and kinetic ART): the events are localised, so the forces far from the
 * displaced cluster are not needed, and one force call costs O(active atoms) instead of O(N). The saddle found with
 * the far field frozen is that of the whole system up to the elastic relaxation of the frozen atoms; its error is
 * measured against global forces in {@code ActiveRegionConvergenceTest} (it falls about as R^-3 with the active
 * radius R) and stated at {@link SaddlePointSampling#REFINE_BUFFER}.
 *
 * <p>Energies and the virial are sums over the pairs with at least one active atom: they differ from the whole system's
 * by the constant frozen-frozen part, which cancels in the barrier {@code E_saddle - E_min} and the stress change
 * {@code Delta tau_0} of B27. Positions are the minimum images about the centre (so the region must fit in half the
 * box; {@link #fits}), with no periodic wrapping afterwards. Pairs come from a Verlet list over the region with skin
 * {@link #SKIN}, rebuilt when an active atom moved more than half the skin. There are no zero modes (the frozen atoms pin
 * the translations). Buffers are allocated once: one object per region.
 */
public final class ActiveRegion implements ArtSaddleSearch.Surface {
    /** Verlet skin of the region's pair list (sigma). */
    public static final double SKIN = 0.3;
    /**
     * Largest displacement of an active atom from its starting position for which the frozen shell is complete (sigma):
     * the shell reaches {@code activeRadius + cutoff + FROZEN_MARGIN}. An atom moving further sets {@link #escaped()}.
     */
    public static final double FROZEN_MARGIN = 1.0;

    private final PairPotential potential;
    /** Global indices: active atoms first (increasing index), then the frozen ones. */
    private final int[] atoms;
    private final int active;
    private final double[] px, py, size, startX, startY, buildX, buildY;
    private final int[] type;
    private final double listCut2;
    private int[] pi = new int[0], pj = new int[0];
    private int pairs;
    private double virialXy;
    private boolean escaped;
    private long rebuilds;

    /**
     * The region about atom {@code centre} of the 2D configuration {@code c} (not modified): active atoms closer than
     * {@code activeRadius}, frozen atoms closer than {@code activeRadius + cutoff + FROZEN_MARGIN}. Throws when that
     * outer radius does not fit in half the box ({@link #fits}); the caller then uses the whole system.
     */
    public ActiveRegion(Configuration c, PairPotential potential, int centre, double activeRadius) {
        if (c.box.dim() != 2) throw new IllegalArgumentException("active region is 2D, got dim " + c.box.dim());
        double cutoff = potential.maxCutoff(maxDiameter(c));
        double outer = outerRadius(activeRadius, cutoff);
        if (!fits(c, outer)) throw new IllegalArgumentException("region of radius " + outer + " does not fit in half the box");
        this.potential = potential;
        int[] inside = new int[c.n], shell = new int[c.n];
        double[] d = new double[3], rx = new double[c.n], ry = new double[c.n];
        int na = 0, nf = 0;
        for (int i = 0; i < c.n; i++) {
            d[0] = c.x[i] - c.x[centre]; d[1] = c.y[i] - c.y[centre]; d[2] = 0;
            c.box.minimumImage(d);
            double r2 = d[0] * d[0] + d[1] * d[1];
            rx[i] = c.x[centre] + d[0]; ry[i] = c.y[centre] + d[1];
            if (r2 < activeRadius * activeRadius) inside[na++] = i;
            else if (r2 < outer * outer) shell[nf++] = i;
        }
        active = na;
        atoms = new int[na + nf];
        System.arraycopy(inside, 0, atoms, 0, na);
        System.arraycopy(shell, 0, atoms, na, nf);
        int m = atoms.length;
        px = new double[m]; py = new double[m]; size = new double[m]; type = new int[m];
        startX = new double[na]; startY = new double[na]; buildX = new double[na]; buildY = new double[na];
        for (int k = 0; k < m; k++) {
            int i = atoms[k];
            px[k] = rx[i]; py[k] = ry[i]; size[k] = c.diameter[i]; type[k] = c.type[i];
        }
        for (int k = 0; k < na; k++) { startX[k] = px[k]; startY[k] = py[k]; }
        listCut2 = (cutoff + SKIN) * (cutoff + SKIN);
        build();
    }

    /** Outer radius of the region: active radius, one interaction range and the frozen margin. */
    public static double outerRadius(double activeRadius, double cutoff) { return activeRadius + cutoff + FROZEN_MARGIN; }

    /** True when a disk of radius {@code outer} holds no two images of one atom (it fits in half the box widths). */
    public static boolean fits(Configuration c, double outer) {
        double[] w = c.box.perpendicularWidths();
        return 2 * outer < Math.min(w[0], w[1]);
    }

    /** Largest diameter of {@code c} (at least 1: the unit of the monodisperse models). */
    public static double maxDiameter(Configuration c) {
        double m = 1;
        for (int i = 0; i < c.n; i++) m = Math.max(m, c.diameter[i]);
        return m;
    }

    /** Number of active (moving) atoms. */
    public int activeCount() { return active; }

    /** Number of frozen atoms. */
    public int frozenCount() { return atoms.length - active; }

    /** Global index of active atom {@code k}. */
    public int atom(int k) { return atoms[k]; }

    /** Starting coordinates {x0, y0, x1, y1, ...} of the active atoms (minimum images about the centre). */
    public double[] positions() {
        double[] x = new double[2 * active];
        for (int k = 0; k < active; k++) { x[2 * k] = startX[k]; x[2 * k + 1] = startY[k]; }
        return x;
    }

    /** The virial {@code W_xy} of the region's pairs at the last evaluation (LAMMPS convention, as {@code ForceField}). */
    public double virialXy() { return virialXy; }

    /** True when an active atom has moved further than {@link #FROZEN_MARGIN} since the last {@link #resetEscaped()}. */
    public boolean escaped() { return escaped; }

    public void resetEscaped() { escaped = false; }

    /** Pair-list builds so far (the first included). */
    public long rebuilds() { return rebuilds; }

    @Override public int size() { return 2 * active; }

    @Override public int block() { return 2; }

    @Override
    public double evaluate(double[] x, double[] force) {
        double drift = 0;
        for (int k = 0; k < active; k++) {
            px[k] = x[2 * k]; py[k] = x[2 * k + 1];
            double bx = px[k] - buildX[k], by = py[k] - buildY[k];
            drift = Math.max(drift, bx * bx + by * by);
            double sx = px[k] - startX[k], sy = py[k] - startY[k];
            if (sx * sx + sy * sy > FROZEN_MARGIN * FROZEN_MARGIN) escaped = true;
        }
        if (drift > 0.25 * SKIN * SKIN) build();
        Arrays.fill(force, 0, 2 * active, 0);
        double e = 0, w = 0;
        for (int p = 0; p < pairs; p++) {
            int i = pi[p], j = pj[p];
            double dx = px[i] - px[j], dy = py[i] - py[j], r2 = dx * dx + dy * dy;
            int ti = type[i], tj = type[j];
            double si = size[i], sj = size[j];
            if (r2 >= potential.cutoff2(ti, tj, si, sj)) continue;
            e += potential.energy(r2, ti, tj, si, sj);
            double fr = potential.forceOverR(r2, ti, tj, si, sj);
            double fx = fr * dx, fy = fr * dy;
            force[2 * i] += fx; force[2 * i + 1] += fy;
            if (j < active) { force[2 * j] -= fx; force[2 * j + 1] -= fy; }
            w += dx * dy * fr;
        }
        virialXy = w;
        return e;
    }

    /** Verlet list of the pairs with at least one active atom (active i, j > i active or frozen) within cutoff + skin. */
    private void build() {
        rebuilds++;
        int m = atoms.length;
        pairs = 0;
        for (int i = 0; i < active; i++) {
            buildX[i] = px[i]; buildY[i] = py[i];
            for (int j = i + 1; j < m; j++) {
                double dx = px[i] - px[j], dy = py[i] - py[j];
                if (dx * dx + dy * dy >= listCut2) continue;
                if (pairs == pi.length) { pi = Arrays.copyOf(pi, 2 * pairs + 64); pj = Arrays.copyOf(pj, 2 * pairs + 64); }
                pi[pairs] = i; pj[pairs] = j; pairs++;
            }
        }
    }
}
