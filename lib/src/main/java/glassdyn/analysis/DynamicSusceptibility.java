package glassdyn.analysis;

import glassdyn.particles.Trajectory;
import tech.tablesaw.api.Table;

/**
 * The overlap Q(t) = &lt;(1/N) sum_i theta(a - |dr_i(t)|)&gt; and the four-point dynamic susceptibility
 * chi_4(t) = N (&lt;Q^2&gt; - &lt;Q&gt;^2) over time origins (Lacevic, Starr, Schroder and Glotzer, J. Chem. Phys. 119,
 * 7372 (2003); paper 000 section 2.2 with the 1/N-normalised Q), total and per species; t_chi is the time of the
 * chi_4 peak. Under shear use {@link #nonAffine(boolean)} (paper 000 uses the non-affine displacement).
 */
public final class DynamicSusceptibility {
    private final SelfDynamics self;

    /** @param a overlap cutoff (default {@link SelfDynamics#DEFAULT_OVERLAP_CUTOFF}) */
    public DynamicSusceptibility(double a) { self = new SelfDynamics(0, a); }

    public DynamicSusceptibility() { this(SelfDynamics.DEFAULT_OVERLAP_CUTOFF); }

    public DynamicSusceptibility nonAffine(boolean on) { self.nonAffine(on); return this; }
    public DynamicSusceptibility lagsPerDecade(int p) { self.lagsPerDecade(p); return this; }
    public DynamicSusceptibility maxOrigins(int m) { self.maxOrigins(m); return this; }

    /** Columns {@code t, Q, Q_k..., chi4, chi4_k..., pairs}. */
    public Table compute(Trajectory trajectory) { return Columns.select(self.compute(trajectory), "overlap and chi4", "Q", "chi4"); }

    /** t_chi: the time of the peak of {@code column} (e.g. "chi4"). */
    public static double tChi(Table chi4, String column) { return RelaxationTime.peak(chi4, column); }

    /** Frames and particles of the last computation. */
    public int frames() { return self.frames(); }
    public int particles() { return self.particles(); }
}
