package glassdyn.potential;

/**
 * A radially symmetric pair interaction u(r) between particles of species {@code ti, tj} with sizes
 * {@code si, sj} (the diameters of polydisperse models; monodisperse-by-species models ignore them).
 *
 * <p>All methods take the squared distance {@code r2} and are only called for {@code r2 < cutoff2(...)}; they must
 * not allocate. Units: the model's reduced units, stated by each implementation.
 *
 * <ul>
 *   <li>{@link #energy}: u(r), including any shift or smoothing that makes it vanish at the cutoff;</li>
 *   <li>{@link #forceOverR}: {@code -u'(r)/r}, so the force on i from j is {@code forceOverR * (r_i - r_j)};</li>
 *   <li>{@link #curvature}: {@code u''(r)}, which with {@code u'(r)} gives the pair's Hessian block
 *       {@code -[u'' n n + (u'/r)(I - n n)]} used by the elasticity package.</li>
 * </ul>
 */
public interface PairPotential {
    /** The name used on the command line, e.g. {@code kob-andersen}. */
    String name();

    /** Squared cutoff distance for this pair. */
    double cutoff2(int ti, int tj, double si, double sj);

    /** The largest cutoff over all pairs that can occur given the largest size {@code maxSize} (for neighbour lists). */
    double maxCutoff(double maxSize);

    double energy(double r2, int ti, int tj, double si, double sj);

    double forceOverR(double r2, int ti, int tj, double si, double sj);

    double curvature(double r2, int ti, int tj, double si, double sj);

    /** Number of species the parameters are given for (Integer.MAX_VALUE when sizes, not types, set the pair). */
    int speciesCount();
}
