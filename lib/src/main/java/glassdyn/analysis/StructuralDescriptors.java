package glassdyn.analysis;

import glassdyn.particles.Configuration;

/**
 * Local structural descriptors of paper 001 Sec. IV A (after Boattini, Smallenburg and Filion 2021): for each
 * particle i, neighbour species s, radius r and real spherical harmonic Y_lm (Eq. 9)
 * <pre>  g_{l,i}^m(s, r) = (1/r^2) sum_{j in s} exp(-(r - r_ij)^2 / (2 delta^2)) Y_l^m(r_ij / |r_ij|)</pre>
 * restricted to (l, m) = (0, 0) (local packing) and (2, -2) (the xy-symmetric harmonic, local shear strain; spec 001
 * section 2.12: Y_00 = 1/(2 sqrt(pi)), Y_2,-2 = (1/2) sqrt(15/pi) x y / r^2) on the grid r = 0.3, 0.4, ... (Eq. 10),
 * then two generations of coarse-graining with {@link ExponentialCoarseGraining#particles} weights
 * {@code e^{-r_ij/r_c}} (Eqs. 11-12), giving X_i = (X^(0), X^(1), X^(2)) (Eq. 13). Columns are ordered
 * generation, (l, m), species, r.
 *
 * <p>The paper's r grid runs to 5.0 with r_c = 4; in a box narrower than 2 (5.0 + 4 delta) the grid stops at
 * {@code w/2 - 4 delta} and r_c at w/2 (w the smallest width of the box at the largest Lees-Edwards tilt) so the minimum image stays exact ({@link #maxRadius}, {@link #coarseRadius}).
 */
public final class StructuralDescriptors {
    /** Gaussian width delta (paper 001 Eq. 9). */
    public static final double DELTA = 0.1;
    /** First radius and spacing of the r grid (paper: r = 0.3 ... 5.0, 48 values). */
    public static final double R_FIRST = 0.3, R_STEP = 0.1, R_LAST = 5.0;
    /** Coarse-graining radius r_c (paper 001 Eq. 12). */
    public static final double COARSE_RADIUS = 4.0;
    /** Gaussians are cut at this many delta. */
    public static final double GAUSS_CUT = 4;
    /** Coarse-graining generations after X^(0) (Eq. 13: X^(1), X^(2)). */
    public static final int GENERATIONS = 2;

    private static final double Y00 = 0.5 / Math.sqrt(Math.PI), Y2M2 = 0.5 * Math.sqrt(15 / Math.PI);

    private StructuralDescriptors() {}

    /**
     * Half the smallest box width for ANY Lees-Edwards tilt |xy| &lt;= lx/2 (so a sheared and a quiescent configuration
     * of one system get the same r grid).
     */
    private static double halfWidth(Configuration c) {
        glassdyn.space.Box b = c.box;
        double wx = b.lx() * b.ly() / Math.hypot(b.ly(), 0.5 * b.lx());
        return 0.5 * Math.min(Math.min(wx, b.ly()), b.lz());
    }

    /** Largest grid radius usable in this box: min(5.0, L/2 - 4 delta), on the grid. */
    public static double maxRadius(Configuration c) {
        double r = Math.min(R_LAST, halfWidth(c) * 0.999 - GAUSS_CUT * DELTA);
        return R_FIRST + Math.floor((r - R_FIRST) / R_STEP + 1e-9) * R_STEP;
    }

    /** Coarse-graining radius in this box: min(r_c, L/2). */
    public static double coarseRadius(Configuration c) { return Math.min(COARSE_RADIUS, halfWidth(c) * 0.999); }

    /** Number of r grid values in this box. */
    public static int radii(Configuration c) { return (int) Math.round((maxRadius(c) - R_FIRST) / R_STEP) + 1; }

    /** X^(0) of every particle: [particle][feature], feature = ((lm * species) + s) * radii + k. */
    public static double[][] firstGeneration(Configuration c) {
        int nr = radii(c), types = 2, nf = 2 * types * nr;
        double rmax = maxRadius(c), cut = rmax + GAUSS_CUT * DELTA;
        double[][] g = new double[c.n][nf];
        double[] d = new double[3];
        CellGrid grid = new CellGrid(c, cut);
        grid.visitPairs(cut, 1, chunk -> (i, j, r2) -> {
            d[0] = c.x[j] - c.x[i]; d[1] = c.y[j] - c.y[i]; d[2] = c.z[j] - c.z[i];
            c.box.minimumImage(d);
            double r = Math.sqrt(r2), y2 = Y2M2 * d[0] * d[1] / r2;
            add(g[i], c.type[j], r, y2, nr);
            add(g[j], c.type[i], r, y2, nr);   // r_ji = -r_ij: x y is unchanged
        });
        return g;
    }

    private static void add(double[] row, int species, double rij, double y2, int nr) {
        int s = Math.min(species, 1), k0 = Math.max(0, (int) Math.ceil((rij - GAUSS_CUT * DELTA - R_FIRST) / R_STEP));
        for (int k = k0; k < nr; k++) {
            double r = R_FIRST + k * R_STEP;
            if (r > rij + GAUSS_CUT * DELTA) break;
            double e = Math.exp(-(r - rij) * (r - rij) / (2 * DELTA * DELTA)) / (r * r);
            row[s * nr + k] += e * Y00;
            row[(2 + s) * nr + k] += e * y2;
        }
    }

    /** The full vector X_i = (X^(0), X^(1), X^(2)) of every particle (Eq. 13). */
    public static double[][] compute(Configuration c) {
        double[][] x0 = firstGeneration(c);
        int nf = x0[0].length, n = c.n;
        double[][] out = new double[n][nf * (GENERATIONS + 1)];
        for (int i = 0; i < n; i++) System.arraycopy(x0[i], 0, out[i], 0, nf);
        double rc = coarseRadius(c);
        double[][] cur = x0;
        double[] field = new double[n];
        for (int gen = 1; gen <= GENERATIONS; gen++) {
            double[][] next = new double[n][nf];
            for (int f = 0; f < nf; f++) {
                for (int i = 0; i < n; i++) field[i] = cur[i][f];
                double[] cg = ExponentialCoarseGraining.particles(c, field, rc);
                for (int i = 0; i < n; i++) { next[i][f] = cg[i]; out[i][gen * nf + f] = cg[i]; }
            }
            cur = next;
        }
        return out;
    }
}
