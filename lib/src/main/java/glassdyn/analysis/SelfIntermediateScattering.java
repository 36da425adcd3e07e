package glassdyn.analysis;

import glassdyn.particles.Trajectory;
import tech.tablesaw.api.Table;

/**
 * The self intermediate scattering function F_s(q, t) = &lt;sin(q|dr|)/(q|dr|)&gt; (3D; &lt;J0(q|dr|)&gt; in 2D), total
 * ({@code fs}) and per species ({@code fs_k}), time-origin averaged (see {@link SelfDynamics}); and the structural
 * relaxation time tau_alpha defined by F_s(q, tau_alpha) = 1/e (Kob and Andersen, PRE 52, 4134 (1995)).
 */
public final class SelfIntermediateScattering {
    /** The first peak of S_AA(q) of the Kob-Andersen mixture at density 1.2, the customary q (Kob and Andersen 1995). */
    public static final double KOB_ANDERSEN_Q = 7.25;

    private final SelfDynamics self;

    /** @param q wavenumber in inverse length units */
    public SelfIntermediateScattering(double q) {
        if (!(q > 0)) throw glassdyn.InputException.parameter("q", "must be positive", q);
        self = new SelfDynamics(q, SelfDynamics.DEFAULT_OVERLAP_CUTOFF);
    }

    public SelfIntermediateScattering nonAffine(boolean on) { self.nonAffine(on); return this; }
    public SelfIntermediateScattering lagsPerDecade(int p) { self.lagsPerDecade(p); return this; }
    public SelfIntermediateScattering maxOrigins(int m) { self.maxOrigins(m); return this; }

    /** Columns {@code t, fs, fs_k..., pairs}. */
    public Table compute(Trajectory trajectory) { return Columns.select(self.compute(trajectory), "self intermediate scattering", "fs"); }

    /** tau_alpha from a table of {@link #compute}: the time where column {@code column} (e.g. "fs", "fs_1") reaches 1/e. */
    public static double tauAlpha(Table fs, String column) { return RelaxationTime.firstCrossing(fs, column, RelaxationTime.ONE_OVER_E); }

    /** Frames and particles of the last computation. */
    public int frames() { return self.frames(); }
    public int particles() { return self.particles(); }
}
