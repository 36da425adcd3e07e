package glassdyn.analysis;

/**
 * Online self intermediate scattering function F_s(q, t) = &lt;sin(q|dr|)/(q|dr|)&gt; (3D) of a selected set of particles,
 * accumulated frame by frame without keeping the trajectory: memory O(N x active origins). Time origins are taken
 * every {@code originEvery} frames (the first at frame 0); each origin contributes to lags 0 .. {@code maxLag} frames
 * and is dropped once it is older than {@code maxLag}. With one origin ({@code originEvery > maxLag}) it is the
 * single-origin F_s of one trajectory from its start, as the isoconfigurational ensemble measures it. The structural
 * relaxation time is {@code F_s(q, tau_alpha) = 1/e} (Kob and Andersen, PRE 52, 4134 (1995)): {@link #tauAlpha}.
 *
 * <p>Positions handed to {@link #add} must be continuous (unwrapped; under shear, non-affine: the integrated streaming
 * displacement removed), so {@code dr} is the displacement between the origin's frame and the current one; it equals
 * {@link SelfIntermediateScattering} on the same frames ({@code SelfScatteringStreamTest}).
 */
public final class SelfScatteringStream {
    private final double q;
    private final int[] index;
    private final int maxLag, originEvery, slots;
    private final double[][] ox, oy, oz;
    private final int[] originFrame;
    private final double[] sum;
    private final long[] count;
    private int frame;

    /**
     * @param q           wavenumber (KA: {@link SelfIntermediateScattering#KOB_ANDERSEN_Q})
     * @param selected    particles included (e.g. species A), null for all of {@code n}
     * @param n           particles per frame
     * @param maxLag      largest lag (frames)
     * @param originEvery frames between two time origins
     */
    public SelfScatteringStream(double q, boolean[] selected, int n, int maxLag, int originEvery) {
        if (!(q > 0)) throw new IllegalArgumentException("q must be positive, got " + q);
        if (maxLag < 1 || originEvery < 1) throw new IllegalArgumentException("maxLag and originEvery must be >= 1");
        this.q = q;
        int m = 0;
        for (int i = 0; i < n; i++) if (selected == null || selected[i]) m++;
        index = new int[m];
        for (int i = 0, k = 0; i < n; i++) if (selected == null || selected[i]) index[k++] = i;
        this.maxLag = maxLag;
        this.originEvery = originEvery;
        slots = maxLag / originEvery + 1;
        ox = new double[slots][m]; oy = new double[slots][m]; oz = new double[slots][m];
        originFrame = new int[slots];
        java.util.Arrays.fill(originFrame, -1);
        sum = new double[maxLag + 1];
        count = new long[maxLag + 1];
    }

    /** Adds the next frame's continuous positions (all n particles, indexed as in the constructor). */
    public void add(double[] x, double[] y, double[] z) {
        if (frame % originEvery == 0) {
            int s = (frame / originEvery) % slots;
            for (int k = 0; k < index.length; k++) { int i = index[k]; ox[s][k] = x[i]; oy[s][k] = y[i]; oz[s][k] = z[i]; }
            originFrame[s] = frame;
        }
        for (int s = 0; s < slots; s++) {
            int lag = frame - originFrame[s];
            if (originFrame[s] < 0 || lag > maxLag) continue;
            double acc = 0;
            double[] a = ox[s], b = oy[s], c = oz[s];
            for (int k = 0; k < index.length; k++) {
                int i = index[k];
                double dx = x[i] - a[k], dy = y[i] - b[k], dz = z[i] - c[k];
                double qr = q * Math.sqrt(dx * dx + dy * dy + dz * dz);
                acc += qr < 1e-8 ? 1 - qr * qr / 6 : Math.sin(qr) / qr;
            }
            sum[lag] += acc / index.length;
            count[lag]++;
        }
        frame++;
    }

    /** F_s at lags 0 .. maxLag frames (NaN where no origin reached the lag yet). */
    public double[] fs() {
        double[] out = new double[maxLag + 1];
        for (int l = 0; l <= maxLag; l++) out[l] = count[l] == 0 ? Double.NaN : sum[l] / count[l];
        return out;
    }

    /** Frames added so far. */
    public int frames() { return frame; }

    /**
     * tau_alpha of a sampled F_s: the first time {@code t[j]} where F_s falls to 1/e, linearly interpolated between the
     * two bracketing samples; NaN when it never does (the run is shorter than tau_alpha) or the curve is empty.
     */
    public static double tauAlpha(double[] t, double[] fs) {
        double level = RelaxationTime.ONE_OVER_E;
        for (int j = 1; j < fs.length && j < t.length; j++) {
            if (Double.isNaN(fs[j]) || Double.isNaN(fs[j - 1])) continue;
            if (fs[j - 1] > level && fs[j] <= level)
                return t[j - 1] + (fs[j - 1] - level) / (fs[j - 1] - fs[j]) * (t[j] - t[j - 1]);
        }
        return Double.NaN;
    }
}
