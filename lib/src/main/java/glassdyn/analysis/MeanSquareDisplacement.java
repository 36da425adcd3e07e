package glassdyn.analysis;

import glassdyn.particles.Trajectory;
import tech.tablesaw.api.Table;

/**
 * Mean-square displacement {@code <|r_i(t0+t) - r_i(t0)|^2>}, total ({@code msd}) and per species ({@code msd_k} for
 * LAMMPS type k), averaged over particles and time origins on log-spaced lags with the full-span lag included
 * (see {@link TimeOriginAverage}). Columns: {@code t} (time units of the trajectory), {@code msd} (length^2),
 * {@code pairs} (origin-frame pairs averaged). At the full-span lag this is exactly LAMMPS's {@code compute msd}
 * (com no) referenced to the first frame.
 */
public final class MeanSquareDisplacement {
    private final SelfDynamics self = new SelfDynamics(0, SelfDynamics.DEFAULT_OVERLAP_CUTOFF);

    public MeanSquareDisplacement nonAffine(boolean on) { self.nonAffine(on); return this; }
    public MeanSquareDisplacement lagsPerDecade(int p) { self.lagsPerDecade(p); return this; }
    public MeanSquareDisplacement maxOrigins(int m) { self.maxOrigins(m); return this; }

    public Table compute(Trajectory trajectory) { return Columns.select(self.compute(trajectory), "mean-square displacement", "msd"); }

    /** Frames and particles of the last computation. */
    public int frames() { return self.frames(); }
    public int particles() { return self.particles(); }
}
