package glassdyn.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Online first-cage-jump detection (paper 001's persistence time, spec 001 sections 2.2 and 4.4 "online first-jump
 * detection"): positions arrive one frame at a time and each particle keeps only a ring buffer of the last {@code
 * window} frames, so the memory is 24 N window bytes, independent of the run length.
 *
 * <p>Definition (the same as {@link #offline}): windows of {@code W} frames start at frames 0, H, 2H, ... (hop
 * {@code H = W / 2}, half-overlapping), the last one cut at the end of the run; {@link CageJumpDetector#detect} runs on
 * each window in turn, and a particle's first jump is the earliest accepted split of the first window that accepts
 * one. A particle is decided as soon as that window has arrived and is then no longer processed. With {@code W} at
 * least the run's frame count there is one window, the whole trajectory, and the result is exactly the first jump of
 * the paper's recursive segmentation of the whole run (the default of paper 001's pipeline). A shorter window makes
 * the decision causal (it cannot depend on frames more than W after the window start), which the whole-run
 * recursion is not: its root split is the argmax of p over the entire run, so no bounded-memory detector can
 * reproduce it exactly for every trajectory. The window is a sensitivity parameter and is reported where used.
 */
public final class FirstJumpStream {
    private final CageJumpDetector detector;
    private final int n, window, hop;
    private final double[] bx, by, bz;          // ring buffers [particle * window + frame % window]
    private final double[] wx, wy, wz;          // one window of one particle, in time order
    private final int[] first;                  // first-jump frame, -1 undecided or none
    private final boolean[] decided;
    private int frames, start, lastEnd = -1, undecided;

    /**
     * @param detector the cage-jump detector (threshold and minimum cage length)
     * @param n        particles
     * @param window   frames per window W (at least 2); use the run's frame count for the whole-run definition
     */
    public FirstJumpStream(CageJumpDetector detector, int n, int window) {
        if (window < 2) throw new IllegalArgumentException("jump window must be at least 2 frames, got " + window);
        if (n < 1) throw new IllegalArgumentException("particles must be >= 1, got " + n);
        if ((double) n * window > Integer.MAX_VALUE) throw new IllegalArgumentException("jump window too long for "
            + n + " particles: " + window + " frames");
        this.detector = detector;
        this.n = n;
        this.window = window;
        this.hop = Math.max(1, window / 2);
        bx = new double[n * window]; by = new double[n * window]; bz = new double[n * window];
        wx = new double[window]; wy = new double[window]; wz = new double[window];
        first = new int[n];
        Arrays.fill(first, -1);
        decided = new boolean[n];
        undecided = n;
    }

    /** Bytes held per particle (the three ring buffers). */
    public static double bytesPerParticle(int window) { return 24.0 * window; }

    /** Appends the next frame's positions (unwrapped, non-affine under shear), particle order fixed. */
    public void add(double[] x, double[] y, double[] z) {
        int slot = frames % window;
        for (int i = 0; i < n; i++) {
            if (decided[i]) continue;
            int o = i * window + slot;
            bx[o] = x[i]; by[o] = y[i]; bz[o] = z[i];
        }
        frames++;
        if (frames == start + window) { process(start, frames); start += hop; }
    }

    /** Ends the run: processes the last, shorter window if the run did not end on a window boundary. */
    public void finish() {
        if (lastEnd < frames && start < frames) process(start, frames);
        lastEnd = frames;
    }

    /** Frames added so far. */
    public int frames() { return frames; }

    /** Particles without a decided first jump so far. */
    public int undecided() { return undecided; }

    /** The first-jump frame of particle i (the first frame in the new cage), or -1 if none was found. */
    public int firstFrame(int i) { return first[i]; }

    private void process(int s, int end) {
        lastEnd = end;
        int len = end - s;
        double[] x = len == window ? wx : new double[len], y = len == window ? wy : new double[len],
            z = len == window ? wz : new double[len];
        for (int i = 0; i < n; i++) {
            if (decided[i]) continue;
            int base = i * window;
            for (int k = 0; k < len; k++) {
                int o = base + (s + k) % window;
                x[k] = bx[o]; y[k] = by[o]; z[k] = bz[o];
            }
            List<CageJumpDetector.Jump> jumps = detector.detect(x, y, z);
            if (!jumps.isEmpty()) { first[i] = s + jumps.get(0).frame(); decided[i] = true; undecided--; }
        }
    }

    /**
     * The batch definition on a stored trajectory: the first-jump frame of one particle's positions with windows of
     * {@code window} frames (hop window / 2), or -1.
     */
    public static int offline(CageJumpDetector detector, double[] x, double[] y, double[] z, int window) {
        int m = x.length, hop = Math.max(1, window / 2);
        for (int s = 0; ; s += hop) {
            int end = Math.min(s + window, m);
            List<CageJumpDetector.Jump> jumps = detector.detect(Arrays.copyOfRange(x, s, end), Arrays.copyOfRange(y, s, end),
                Arrays.copyOfRange(z, s, end));
            if (!jumps.isEmpty()) return s + jumps.get(0).frame();
            if (end == m) return -1;
        }
    }
}
