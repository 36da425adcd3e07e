package glassdyn.potential;

/**
 * Lennard-Jones pair interaction between species, truncated and shifted to zero at a per-pair cutoff:
 * {@code u(r) = 4 eps_ab [(sigma_ab/r)^12 - (sigma_ab/r)^6] - u_LJ(rc_ab)} for {@code r < rc_ab}, the same function
 * as LAMMPS {@code pair_style lj/cut} with {@code pair_modify shift yes}. Reduced units: energies in eps_AA, lengths
 * in sigma_AA, time in sqrt(m sigma_AA^2 / eps_AA).
 *
 * <p>The parameters are kept as flat {@code species x species} tables (LAMMPS's {@code lj1..lj4, offset}), which the
 * force loop reads directly ({@link #lj1}, {@link #lj2}, {@link #cut2}, ...), so the common case needs no virtual
 * call per pair.
 */
public class LennardJones implements PairPotential {
    private final String name;
    private final int species;
    /** Per species pair {@code a*species+b}: {@code 48 eps sigma^12}, {@code 24 eps sigma^6} (force, -u'/r = r^-8 (lj1 r^-6 - lj2)). */
    public final double[] lj1, lj2;
    /** Per species pair: {@code 4 eps sigma^12}, {@code 4 eps sigma^6} (energy) and the shift u_LJ(rc). */
    public final double[] lj3, lj4, offset;
    /** Per species pair: squared cutoff. */
    public final double[] cut2;
    private final double maxCutoff;

    /**
     * @param eps    symmetric {@code species x species} well depths
     * @param sigma  symmetric {@code species x species} diameters
     * @param cutoff symmetric {@code species x species} cutoff radii (absolute lengths)
     * @param shift  whether the energy is shifted to zero at the cutoff
     */
    public LennardJones(String name, double[][] eps, double[][] sigma, double[][] cutoff, boolean shift) {
        this.name = name;
        species = eps.length;
        int m = species * species;
        lj1 = new double[m]; lj2 = new double[m]; lj3 = new double[m]; lj4 = new double[m];
        offset = new double[m]; cut2 = new double[m];
        double max = 0;
        for (int a = 0; a < species; a++) {
            for (int b = 0; b < species; b++) {
                double e = eps[a][b], s = sigma[a][b], rc = cutoff[a][b];
                if (e != eps[b][a] || s != sigma[b][a] || rc != cutoff[b][a])
                    throw new IllegalArgumentException("Lennard-Jones parameters must be symmetric in the species");
                int k = a * species + b;
                double s6 = Math.pow(s, 6), s12 = s6 * s6;
                lj1[k] = 48 * e * s12;
                lj2[k] = 24 * e * s6;
                lj3[k] = 4 * e * s12;
                lj4[k] = 4 * e * s6;
                cut2[k] = rc * rc;
                if (shift) {
                    double ratio6 = Math.pow(s / rc, 6);
                    offset[k] = 4 * e * (ratio6 * ratio6 - ratio6);
                }
                max = Math.max(max, rc);
            }
        }
        maxCutoff = max;
    }

    @Override public String name() { return name; }
    @Override public int speciesCount() { return species; }
    @Override public double maxCutoff(double maxSize) { return maxCutoff; }
    @Override public double cutoff2(int ti, int tj, double si, double sj) { return cut2[ti * species + tj]; }

    @Override
    public double energy(double r2, int ti, int tj, double si, double sj) {
        int k = ti * species + tj;
        double r6inv = 1 / (r2 * r2 * r2);
        return r6inv * (lj3[k] * r6inv - lj4[k]) - offset[k];
    }

    @Override
    public double forceOverR(double r2, int ti, int tj, double si, double sj) {
        int k = ti * species + tj;
        double r2inv = 1 / r2;
        double r6inv = r2inv * r2inv * r2inv;
        return r6inv * (lj1[k] * r6inv - lj2[k]) * r2inv;
    }

    /** {@code u''(r) = 4 eps (156 sigma^12 r^-14 - 42 sigma^6 r^-8)}. */
    @Override
    public double curvature(double r2, int ti, int tj, double si, double sj) {
        int k = ti * species + tj;
        double r2inv = 1 / r2;
        double r6inv = r2inv * r2inv * r2inv;
        return r6inv * (156 * lj3[k] * r6inv - 42 * lj4[k]) * r2inv;
    }
}
