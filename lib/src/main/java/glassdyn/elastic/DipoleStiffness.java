package glassdyn.elastic;

import java.util.SplittableRandom;

/**
 * Dipole responses and dipole stiffnesses (paper 004 Eqs. A2-A4; Lerner &amp; Bouchbinder, JCP 148, 214502 (2018);
 * spec 004 section 2.5). For an interacting pair ij with {@code n = (r_j - r_i)/r}, the unit force dipole is
 * {@code d = (1/sqrt 2) dr_ij/dx} (+n on j, -n on i, scaled to unit norm; Eq. A2), the response is
 * {@code z = M^-1 d} in the translation-free subspace (Eq. A3), and the stiffness
 * <pre>
 *   kappa_ij = (z . M . z) / (z . z) = (d . M^-1 . d) / (d . M^-2 . d)       (Eq. A4)
 * </pre>
 * is computed as {@code (d . z)/(z . z)} since {@code M z = d}: one linear solve per dipole.
 */
public final class DipoleStiffness {
    private final InteractingPairs pairs;
    private final HessianSolver solver;
    private final double[] d, z;

    public DipoleStiffness(InteractingPairs pairs, HessianSolver solver) {
        this.pairs = pairs;
        this.solver = solver;
        d = new double[pairs.dim * pairs.n];
        z = new double[d.length];
    }

    public HessianSolver solver() { return solver; }

    /** The unit force dipole of pair {@code p} (index into {@link InteractingPairs}), Eq. A2. */
    public double[] dipole(int p) {
        double[] out = new double[d.length];
        fillDipole(p, out);
        return out;
    }

    private void fillDipole(int p, double[] out) {
        java.util.Arrays.fill(out, 0);
        int dim = pairs.dim, i = pairs.i[p], j = pairs.j[p];
        double s = 1 / (Math.sqrt(2) * pairs.r[p]);
        for (int c = 0; c < dim; c++) {
            double v = pairs.component(p, c) * s;
            out[j * dim + c] += v;
            out[i * dim + c] -= v;
        }
    }

    /** The dipole response {@code z = M^-1 d} of pair {@code p} (Eq. A3), translation-free, not normalised. */
    public double[] response(int p) {
        double[] out = new double[d.length];
        fillDipole(p, d);
        solver.solve(d, out);
        return out;
    }

    /** kappa of pair {@code p} (Eq. A4). */
    public double kappa(int p) {
        fillDipole(p, d);
        solver.solve(d, z);
        return Displacements.dot(d, z) / Displacements.dot(z, z);
    }

    /**
     * kappa of {@code k} interacting pairs drawn uniformly without replacement (spec 004 A6), with the seed's stream;
     * the indices of the drawn pairs go into {@code chosen} when it is not null. Same seed, same pairs and values.
     */
    public double[] sample(int k, long seed, int[] chosen) {
        int m = pairs.count;
        if (k < 0 || k > m) throw new IllegalArgumentException("cannot draw " + k + " dipoles from " + m + " interacting pairs");
        int[] idx = new int[m];
        for (int a = 0; a < m; a++) idx[a] = a;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] kappa = new double[k];
        for (int a = 0; a < k; a++) {
            int b = a + rng.nextInt(m - a);          // partial Fisher-Yates shuffle
            int t = idx[a]; idx[a] = idx[b]; idx[b] = t;
            kappa[a] = kappa(idx[a]);
            if (chosen != null) chosen[a] = idx[a];
        }
        return kappa;
    }

    /**
     * {@link #sample} as a table, one row per dipole: the LAMMPS ids of the pair ({@code id_i}, {@code id_j}), its
     * length {@code r} and {@code kappa} (energy / length^2 in the model's units).
     */
    public tech.tablesaw.api.Table sampleTable(int k, long seed, int[] ids) {
        int[] chosen = new int[k];
        double[] kappa = sample(k, seed, chosen);
        double[] idI = new double[k], idJ = new double[k], r = new double[k];
        for (int a = 0; a < k; a++) {
            idI[a] = ids[pairs.i[chosen[a]]];
            idJ[a] = ids[pairs.j[chosen[a]]];
            r[a] = pairs.r[chosen[a]];
        }
        return glassdyn.table.Tables.of("dipole_stiffness", "id_i", idI, "id_j", idJ, "r", r, "kappa", kappa);
    }

    /** Mean of the values. */
    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }
}
