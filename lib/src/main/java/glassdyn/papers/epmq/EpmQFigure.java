package glassdyn.papers.epmq;

import java.util.Arrays;
import java.util.Locale;

/**
 * The figure tables of paper 002 by typed name, shared by {@code reproduce epm-q} (file {@code file() + ".csv"}) and
 * notebook 03 ({@code epm.figure(EpmQFigure.FIG1A)}). {@link #of} throws on an unknown name.
 */
public enum EpmQFigure {
    /** Fig. 1(a): persistence at every T. */
    FIG1A("fig1a"),
    /** Fig. 1(b): tau_alpha vs 1/T with and without elasticity, the exact no-elastic result and the Arrhenius fit. */
    FIG1B("fig1b"),
    /** Fig. 2(a, b): persistence maps at tau_alpha, T = 0.04 and the lowest T. */
    FIG2("fig2"),
    /** Fig. 3(a): chi_4(t). */
    FIG3A("fig3a"),
    /** Fig. 3(b): chi_4 peak vs tau_alpha. */
    FIG3B("fig3b"),
    /** Fig. 4: P(sigma) with the mean-field curves. */
    FIG4("fig4"),
    /** Fig. 4 arrows: sigma-bar^act, the measured edge and the mean-field sigma-bar. */
    FIG4_MARKERS("fig4_markers"),
    /** SI Fig. 5(a-c): the kernel at psi = 0, 0.3, pi/4. */
    FIG5("fig5"),
    /** SI Fig. 6(a): P, C_s, C_p. */
    FIG6A("fig6a"),
    /** SI Fig. 6(b): relaxation times of the definitions. */
    FIG6B("fig6b"),
    /** SI Fig. 7: chi_4 peak vs 1/T. */
    FIG7("fig7"),
    /** SI Fig. 8: two windows at the lowest T (P and, inset, chi_4). */
    FIG8("fig8"),
    /** SI Fig. 9: tau_alpha and chi_4 peak at two sizes. */
    FIG9("fig9"),
    /** SI Fig. 10: persistence maps at the paper's lags. */
    FIG10("fig10"),
    /** SI Fig. 11(a): mean-field P(sigma). */
    FIG11A("fig11a"),
    /** SI Fig. 11(b): alpha vs sigma-bar (SI Eq. 33). */
    FIG11B("fig11b"),
    /** SI Fig. 11(b) points: the paper's (0.749, 0.110) and the kernel's (sigma-bar, alpha). */
    FIG11B_POINTS("fig11b_points"),
    /** The kernel-reading study: alpha, sigma-bar, Delta E, E_act, edge of every reading. */
    KERNEL_STUDY("kernel_study"),
    /** Fig. 2's growing length: mobile-cluster size at tau_alpha over random placement, per run, vs T. */
    DYNAMIC_LENGTH("dynamic_length"),
    /** Barrier diagnostic: each mean-field kick law's barrier beside the theory's and the lattice's. */
    BARRIER_MISMATCH("barrier_mismatch"),
    /** Barrier diagnostic: Gamma vs T of each mean-field kick law (Arrhenius plot). */
    BARRIER_MISMATCH_RATES("barrier_mismatch_rates"),
    /** Fig. 1(a)'s shape: KWW stretching exponent beta of &lt;P(t)&gt; per T with its interval over trajectories. */
    RELAXATION_SHAPE("relaxation_shape");

    private final String file;

    EpmQFigure(String file) { this.file = file; }

    /** The CSV file name without extension. */
    public String file() { return file; }

    /** The figure of a file name or enum name ("fig1a", "FIG1A"); throws listing the names when unknown. */
    public static EpmQFigure of(String name) {
        for (EpmQFigure f : values()) if (f.file.equals(name) || f.name().equals(name.toUpperCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown epm-q figure '" + name + "', expected one of "
            + Arrays.stream(values()).map(EpmQFigure::file).toList());
    }
}
