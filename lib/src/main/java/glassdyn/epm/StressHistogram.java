package glassdyn.epm;

/**
 * The distribution P(sigma) of the local stresses in a stationary window (paper Fig. 4): every site's sigma is
 * binned at regularly spaced sampling times. Default binning (spec 002 section 2.6; the paper is silent): 300 bins
 * on [-1.5, 1.5].
 */
public final class StressHistogram implements EpmObserver {
    public static final double RANGE = 1.5;
    public static final int BINS = 300;
    private final double tStart, tEnd, every;
    private final long[] counts = new long[BINS];
    private long samples, outside;
    private double next;

    public StressHistogram(double tStart, double tEnd, double every) {
        this.tStart = tStart;
        this.tEnd = tEnd;
        this.every = every;
        this.next = tStart;
    }

    @Override
    public void advance(double t, EpmDynamics s) {
        while (next < t && next <= tEnd) {
            for (double v : s.sigma()) {
                int b = (int) Math.floor((v + RANGE) / (2 * RANGE) * BINS);
                if (b >= 0 && b < BINS) counts[b]++; else outside++;
                samples++;
            }
            next += every;
        }
    }

    @Override public void event(int site, EpmDynamics s) { }

    /** Bin centres. */
    public static double[] centres() {
        double[] c = new double[BINS];
        for (int b = 0; b < BINS; b++) c[b] = -RANGE + (b + 0.5) * 2 * RANGE / BINS;
        return c;
    }

    /** Normalised density (integrates to the fraction of samples inside the range). */
    public double[] density() {
        double w = 2 * RANGE / BINS;
        double[] d = new double[BINS];
        for (int b = 0; b < BINS; b++) d[b] = samples == 0 ? 0 : counts[b] / (samples * w);
        return d;
    }

    public long samples() { return samples; }

    /**
     * The support edge of a symmetric density: the smallest s such that a fraction {@code tail} of the weight lies at
     * |sigma| &gt; s. With tail = 1e-3 this is the simulation's counterpart of the mean-field edge sigma-bar.
     */
    public static double edge(double[] centres, double[] density, double tail) {
        double w = centres[1] - centres[0], total = 0;
        for (double d : density) total += d * w;
        // accumulate |sigma| from outside in
        int m = centres.length;
        double acc = 0;
        for (int k = 0; k < m / 2; k++) {
            acc += (density[k] + density[m - 1 - k]) * w;
            if (acc > tail * total) return Math.abs(centres[k]) + 0.5 * w;
        }
        return 0;
    }
}
