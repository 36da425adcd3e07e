package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.particles.Unwrapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * One streaming pass over a trajectory that averages a two-time self quantity over time origins, on log-spaced
 * lags with the full-span lag included. Subclasses accumulate per lag "slot" from the unwrapped (or non-affine)
 * positions at an origin and at a later frame.
 *
 * <p>Lags: a lag of {@code L} frames is sampled when {@code L} is one of {@code round(10^(j/p))} ({@code p} lags per
 * decade), plus the full span (first to last frame). Origins: every {@code stride}-th frame is kept as a time
 * origin; when more than {@code maxOrigins} are held, the stride doubles and the origins off the new stride are
 * dropped (the first frame is always kept, so the full-span lag has its origin). Memory is therefore bounded by
 * {@code maxOrigins} copies of the positions whatever the trajectory length, and every (origin, frame) pair
 * sampled carries equal weight. Lags are keyed by their step difference, so unevenly spaced dumps average only
 * pairs with the same time separation.
 */
public abstract class TimeOriginAverage {
    /** Default lags per decade: 10 gives smooth curves on log axes at a small cost. */
    public static final int DEFAULT_LAGS_PER_DECADE = 10;
    /** Default origin budget: 128 copies of 10^4 positions are 30 MB. */
    public static final int DEFAULT_MAX_ORIGINS = 128;

    protected int lagsPerDecade = DEFAULT_LAGS_PER_DECADE;
    protected int maxOrigins = DEFAULT_MAX_ORIGINS;
    protected boolean nonAffine;

    /** Particle count, dimension, species (0-based) and species counts, set from the first frame. */
    protected int n, dim, types;
    protected int[] type;
    protected int[] typeCount;

    private final HashMap<Long, Integer> slotOfLag = new HashMap<>();
    private long[] lagSteps = new long[16];
    private double[] lagTime = new double[16];
    /** Number of (origin, frame) pairs accumulated in each slot. */
    protected long[] pairs = new long[16];
    private int slots;
    private int frames;
    private long firstStep, lastStep;

    private record Origin(int frame, long step, double time, double[] x, double[] y, double[] z) { }

    /** Lags per decade (at least 1). */
    public TimeOriginAverage lagsPerDecade(int p) {
        if (p < 1) throw InputException.parameter("lags-per-decade", "must be at least 1", p);
        lagsPerDecade = p;
        return this;
    }

    /** Maximum number of time origins held in memory (at least 1). */
    public TimeOriginAverage maxOrigins(int m) {
        if (m < 1) throw InputException.parameter("max-origins", "must be at least 1", m);
        maxOrigins = m;
        return this;
    }

    /** Use non-affine displacements (the affine shear flow removed, see {@link Unwrapper}). */
    public TimeOriginAverage nonAffine(boolean on) { nonAffine = on; return this; }

    /** Frames read by the last {@link #run}. */
    public int frames() { return frames; }
    public int particles() { return n; }

    /** What the progress bar says during the pass. */
    protected String progressLabel() { return "time-origin averages"; }

    /** Called once the first frame fixed {@link #n}, {@link #dim} and the species. */
    protected abstract void begin();

    /** Makes room for slot indices below {@code capacity}. */
    protected abstract void ensureSlots(int capacity);

    /** Adds one (origin, frame) pair to a slot. */
    protected abstract void accumulate(int slot, double[] ox, double[] oy, double[] oz, double[] x, double[] y, double[] z);

    /** Streams the trajectory once. */
    protected final void run(Trajectory trajectory) {
        Unwrapper unwrapper = new Unwrapper(nonAffine);
        List<Origin> origins = new ArrayList<>();
        int stride = 1;
        java.util.Set<Long> logLags = new java.util.HashSet<>();
        double[][] last = null;
        glassdyn.particles.TrajectoryProgress bar = trajectory.progressBar(progressLabel());
        for (Frame f = trajectory.next(); f != null; f = trajectory.next()) {
            bar.update();
            if (frames == 0) {
                n = f.n(); dim = f.config().dim();
                type = f.config().type.clone();
                types = 0;
                for (int t : type) types = Math.max(types, t + 1);
                typeCount = new int[types];
                for (int t : type) typeCount[t]++;
                firstStep = f.step();
                begin();
            } else if (f.step() <= lastStep) {
                throw new InputException(trajectory.source() + ": frame steps must increase, got " + f.step() + " after " + lastStep);
            }
            double[][] u = unwrapper.advance(f);
            for (Origin o : origins) {
                long lagFrames = frames - o.frame;
                if (isLogLag(lagFrames, logLags)) {
                    int s = slot(f.step() - o.step, f.time() - o.time);
                    accumulate(s, o.x, o.y, o.z, u[0], u[1], u[2]);
                    pairs[s]++;
                }
            }
            if (frames % stride == 0) {
                origins.add(new Origin(frames, f.step(), f.time(), u[0].clone(), u[1].clone(), u[2].clone()));
                if (origins.size() > maxOrigins) {
                    stride *= 2;
                    final int st = stride;
                    origins.removeIf(o -> o.frame % st != 0);
                }
            }
            last = u;
            lastStep = f.step();
            lastTime = f.time();
            frames++;
        }
        bar.close();
        if (frames == 0) throw new InputException(trajectory.source() + ": no frames");
        // the full-span lag, when the log-spaced set missed it
        long span = frames - 1;
        if (span > 0 && !isLogLag(span, logLags)) {
            Origin o = origins.get(0);
            int s = slot(lastStep - o.step, lastTime - o.time);
            accumulate(s, o.x, o.y, o.z, last[0], last[1], last[2]);
            pairs[s]++;
        }
    }

    private double lastTime;

    private long logLagsUpTo;
    private int logLagIndex;

    /** Lag L (in frames) is sampled when L = round(10^(j/p)) for some j (so 1, 2, 3, 4, 5, 6, 8, 10, 13, ... at p = 10). */
    private boolean isLogLag(long lag, java.util.Set<Long> cache) {
        if (lag <= 0) return false;
        while (logLagsUpTo < lag) {
            logLagsUpTo = Math.round(Math.pow(10, (double) logLagIndex++ / lagsPerDecade));
            cache.add(logLagsUpTo);
        }
        return cache.contains(lag);
    }

    private int slot(long steps, double time) {
        Integer s = slotOfLag.get(steps);
        if (s != null) return s;
        int k = slots++;
        if (k >= lagSteps.length) {
            int cap = 2 * lagSteps.length;
            lagSteps = Arrays.copyOf(lagSteps, cap);
            lagTime = Arrays.copyOf(lagTime, cap);
            pairs = Arrays.copyOf(pairs, cap);
        }
        ensureSlots(Math.max(slots, lagSteps.length));
        lagSteps[k] = steps;
        lagTime[k] = time;
        slotOfLag.put(steps, k);
        return k;
    }

    /** Slots ordered by increasing lag. */
    protected final int[] slotsByLag() {
        Integer[] idx = new Integer[slots];
        for (int i = 0; i < slots; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Long.compare(lagSteps[a], lagSteps[b]));
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    /** The lag of each slot in time units, in the given slot order. */
    protected final double[] lagTimes(int[] order) {
        double[] t = new double[order.length];
        for (int k = 0; k < order.length; k++) t[k] = lagTime[order[k]];
        return t;
    }

    /** Number of (origin, frame) pairs averaged in each slot, in the given slot order. */
    protected final double[] pairCounts(int[] order) {
        double[] c = new double[order.length];
        for (int k = 0; k < order.length; k++) c[k] = pairs[order[k]];
        return c;
    }

    /** The step span between first and last frame of the last run. */
    public long spanSteps() { return lastStep - firstStep; }

    /**
     * The rows of a lag table (a {@code pairs} column as written by the subclasses) averaged over at least
     * {@code minPairs} (origin, frame) pairs. A lag seen from one origin only (the full-span lag, or the lags from a
     * first frame off the sampling grid) is a single noisy sample; interleaved with well-averaged lags it can make
     * a threshold crossing such as tau_alpha jump to the wrong place.
     */
    public static tech.tablesaw.api.Table withMinimumPairs(tech.tablesaw.api.Table lags, long minPairs) {
        return lags.where(lags.numberColumn("pairs").isGreaterThanOrEqualTo(minPairs));
    }
}
