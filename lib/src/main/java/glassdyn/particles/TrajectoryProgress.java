package glassdyn.particles;

import glassdyn.Progress;

/**
 * A progress bar for one pass over a {@link Trajectory}, driven by the fraction of the file read. It appears only
 * once the pass has run for {@link #DELAY_NANOS} (one second), so short passes (and their error messages) print
 * nothing else on standard error.
 */
public final class TrajectoryProgress implements AutoCloseable {
    /** A pass shorter than this shows no bar: one second is below what anyone waits for. */
    public static final long DELAY_NANOS = 1_000_000_000L;

    private final Trajectory trajectory;
    private final String label;
    private final long started = System.nanoTime();
    private Progress bar;

    public TrajectoryProgress(Trajectory trajectory, String label) {
        this.trajectory = trajectory;
        this.label = label + " " + trajectory.source();
    }

    /** Call after each frame. */
    public void update() {
        double f = trajectory.fractionRead();
        if (Double.isNaN(f)) return;
        if (bar == null) {
            if (System.nanoTime() - started < DELAY_NANOS) return;
            bar = new Progress(label, 1000);
        }
        bar.set((long) (1000 * f));
    }

    @Override
    public void close() {
        if (bar != null) { bar.set(1000); bar.close(); }
    }
}
