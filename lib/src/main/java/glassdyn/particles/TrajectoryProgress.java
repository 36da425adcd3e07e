package glassdyn.particles;

import glassdyn.Progress;

/**
 * A progress bar for one pass over a {@link Trajectory}, counted in frames when the trajectory knows its frame
 * count ({@link Trajectory#frameCount()}: GSD, H5MD), else driven by the fraction of the file read (text dumps). It appears only
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
    private long frames;

    public TrajectoryProgress(Trajectory trajectory, String label) {
        this.trajectory = trajectory;
        this.label = label + " " + trajectory.source();
    }

    /** Call after each frame. */
    public void update() {
        frames++;
        int total = trajectory.frameCount();
        if (total > 0) {
            // counted in frames when the trajectory knows how many it has
            if (bar == null) {
                if (System.nanoTime() - started < DELAY_NANOS) return;
                bar = new Progress(label + " (frames)", total);
            }
            bar.set(Math.min(frames, total));
            return;
        }
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
        if (bar != null) { bar.set(trajectory.frameCount() > 0 ? trajectory.frameCount() : 1000); bar.close(); }
    }
}
