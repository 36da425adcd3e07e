package glassdyn.analysis;

import glassdyn.particles.Trajectory;
import tech.tablesaw.api.Table;

/**
 * The non-Gaussian parameter alpha_2(t) = d&lt;dr^4&gt;/((d+2)&lt;dr^2&gt;^2) - 1 (Rahman, Phys. Rev. 136, A405 (1964)),
 * total ({@code alpha2}) and per species, time-origin averaged; tau_2 is the time of its maximum.
 */
public final class NonGaussianParameter {
    private final SelfDynamics self = new SelfDynamics(0, SelfDynamics.DEFAULT_OVERLAP_CUTOFF);

    public NonGaussianParameter nonAffine(boolean on) { self.nonAffine(on); return this; }
    public NonGaussianParameter lagsPerDecade(int p) { self.lagsPerDecade(p); return this; }
    public NonGaussianParameter maxOrigins(int m) { self.maxOrigins(m); return this; }

    /** Columns {@code t, alpha2, alpha2_k..., pairs}. */
    public Table compute(Trajectory trajectory) { return Columns.select(self.compute(trajectory), "non-Gaussian parameter", "alpha2"); }

    /** tau_2: the time of the peak of {@code column} (e.g. "alpha2"). */
    public static double tau2(Table alpha2, String column) { return RelaxationTime.peak(alpha2, column); }

    /** Frames and particles of the last computation. */
    public int frames() { return self.frames(); }
    public int particles() { return self.particles(); }
}
