package glassdyn.lammps;

import glassdyn.io.AtomicFiles;
import glassdyn.potential.PairPotential;

import java.util.ArrayList;
import java.util.List;

/**
 * A glassdyn pair potential as a LAMMPS {@code pair_style table} (LAMMPS manual "pair_style table"): one section per
 * species pair {@code PAIR_I_J} with energy u(r) and force -u'(r) from the potential's own {@code energy} and
 * {@code forceOverR}, on {@link #POINTS} points evenly spaced in r^2 ({@code N n RSQ rlo rc}) from
 * {@code rlo = INNER * rc} to the pair's cutoff rc, where u and u' vanish for the smoothed models this serves.
 *
 * <p>The deck uses {@code pair_style table linear POINTS}: LAMMPS's internal table then has its nodes at exactly the
 * file's r^2 values (same count, same bounds), so its node values are the file's (the cubic spline LAMMPS fits to the
 * file passes through them) and the only approximation is the linear interpolation in r^2 between nodes. That error
 * is measured against the analytic forces by {@code MesoelasticKappaLammpsIT} (LAMMPS {@code run 0}) and stated in the
 * README. Sizes are not used: the table serves potentials set by species only ({@link PairPotential#speciesCount()}).
 */
public final class PairTable {
    /** Table points per species pair: spacing in r^2 of ~2e-4 sigma^2, linear-interpolation force error ~1e-6 relative at contact. */
    public static final int POINTS = 20_000;
    /**
     * Inner end of the table as a fraction of the pair cutoff: r = 0.4 r_c is 0.59 lambda (IPL, u ~ 190 epsilon) and
     * 0.54 lambda (sticky spheres, u ~ 6600 epsilon), never reached at the temperatures of the presets (LAMMPS stops
     * with "Pair distance < table inner cutoff" if it were).
     */
    public static final double INNER = 0.4;

    private final PairPotential potential;
    private final int species;

    public PairTable(PairPotential potential) {
        if (potential.speciesCount() > 9)
            throw new IllegalArgumentException(potential.name() + ": a pair table needs a potential set by species, not sizes");
        this.potential = potential;
        this.species = potential.speciesCount();
    }

    /** Section name of species pair (ti, tj), 0-based types. */
    static String section(int ti, int tj) { return "PAIR_" + (ti + 1) + "_" + (tj + 1); }

    private double cutoff(int ti, int tj) { return Math.sqrt(potential.cutoff2(ti, tj, 1, 1)); }

    /** The r of table point {@code k} (0-based) of pair (ti, tj), as LAMMPS computes it for {@code RSQ}. */
    double r(int ti, int tj, int k) {
        double rc = cutoff(ti, tj), lo = INNER * rc;
        return Math.sqrt(lo * lo + (rc * rc - lo * lo) * k / (POINTS - 1));
    }

    /** The table file's text. */
    public String text() {
        StringBuilder sb = new StringBuilder(species * (species + 1) / 2 * POINTS * 64);
        sb.append("# glassdyn pair table of '").append(potential.name()).append("': r, u(r), -u'(r) per species pair\n");
        for (int ti = 0; ti < species; ti++)
            for (int tj = ti; tj < species; tj++) {
                double rc = cutoff(ti, tj);
                sb.append('\n').append(section(ti, tj)).append('\n');
                sb.append("N ").append(POINTS).append(" RSQ ").append(LammpsDeck.num(INNER * rc)).append(' ').append(LammpsDeck.num(rc)).append("\n\n");
                for (int k = 0; k < POINTS; k++) {
                    double r = r(ti, tj, k), r2 = r * r;
                    double e = k == POINTS - 1 ? 0 : potential.energy(r2, ti, tj, 1, 1);
                    double f = k == POINTS - 1 ? 0 : potential.forceOverR(r2, ti, tj, 1, 1) * r;
                    sb.append(k + 1).append(' ').append(r).append(' ').append(e).append(' ').append(f).append('\n');
                }
            }
        return sb.toString();
    }

    /** Writes the table file atomically. */
    public void write(java.nio.file.Path file) { AtomicFiles.writeString(file, text()); }

    /** The deck lines: {@code pair_style table linear POINTS} and one {@code pair_coeff} per species pair. */
    public List<String> deckLines(String file) {
        List<String> l = new ArrayList<>();
        l.add("pair_style table linear " + POINTS);
        for (int ti = 0; ti < species; ti++)
            for (int tj = ti; tj < species; tj++)
                l.add("pair_coeff " + (ti + 1) + " " + (tj + 1) + " " + file + " " + section(ti, tj) + " " + LammpsDeck.num(cutoff(ti, tj)));
        return l;
    }
}
