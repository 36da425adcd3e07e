package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;

/**
 * Saddle point sampling SPS (paper 003 Appendix B.14, Eqs. B27-B28; B. Xu, M. L. Falk, J. F. Li and L. T. Kong, PRB
 * 95, 144201 (2017) and PRL 120, 125503 (2018), references [52, 53]; spec 003 section 2.15).
 *
 * <p>For every atom (the cluster centre; spec default), ARTn searches ({@link ArtSaddleSearch}) start from a random
 * displacement of the atoms within {@link #CLUSTER_RADIUS} = 2 sigma of it, converge on saddles at the force tolerance
 * {@link #FORCE_TOLERANCE} = 5e-3 epsilon/sigma and keep those the push-back check connects to the initial minimum;
 * activations are repeated until {@link #EVENTS_PER_CLUSTER} = 5 distinct events are found (paper) or
 * {@link #ATTEMPTS_PER_EVENT} attempts per wanted event were made (a cap the paper does not state). For each event the
 * barrier {@code Q_0 = E_saddle - E_min} and the shear-stress change {@code Delta tau_0 = tau(x_s) - tau(0)}
 * ({@code tau = -W_xy / V}, the stress of the AQS loading, so that positive strain raises it) predict the triggering
 * strain (B27)
 * <pre>  Delta gamma_c = -3 Q_0 / (2 V Delta tau_0),</pre>
 * V the system volume (area in 2D; as written, spec ambiguity 21). The field is the local yield strain (B28)
 * {@code Delta gamma_c(i) = min} over the events of cluster i; events with {@code Delta tau_0 >= 0} are not triggered by
 * positive shear and are discarded (spec default). Small = soft.
 *
 * <p>Force evaluation: global by default (every force call on the whole system, O(N), so the field costs O(N^2)); with
 * a finite {@code buffer} each cluster's searches run on its own narrow {@link ActiveRegion} (local forces, frozen far
 * field) and every connected saddle is continued on a wide region ({@link RegionContinuation}, {@link #REFINE_BUFFER}),
 * as kinetic ART does; the cost per cluster does not depend on N and the barriers are within a few per cent of the
 * global ones (measured at {@link #REFINE_BUFFER}). A saddle lost in the continuation does not count as an event, and
 * about 45% are lost ({@link #BUFFER}): saddles of the narrow constrained surface that the whole system does not have
 * (the same continuation with global forces loses the same ones, {@code LocalForceSaddlesTest}), so a cluster needs
 * more searches per event than with global forces; global forces stay the default.
 *
 * <p>Each centre's searches use their own random stream (seed, centre): the same seed gives the same field on any
 * number of threads.
 */
public final class SaddlePointSampling {
    /** Radius of the initially displaced cluster, 2 sigma (paper 003 B.14). */
    public static final double CLUSTER_RADIUS = 2.0;
    /** Saddle convergence: largest force on a particle below 5e-3 epsilon/sigma (paper 003 B.14). */
    public static final double FORCE_TOLERANCE = 5e-3;
    /** Events harvested per cluster (paper 003 B.14: "until five events were found"). */
    public static final int EVENTS_PER_CLUSTER = 5;
    /** Attempts per wanted event before a cluster is given up (not stated; a cluster with fewer events keeps those). */
    public static final int ATTEMPTS_PER_EVENT = 3;
    /** Two saddles of one cluster are the same event when no particle differs by more than this (sigma). */
    public static final double SAME_SADDLE = 0.05;
    /**
     * Value of an atom whose cluster has no event triggered by positive shear: a strain of 1, far beyond any local yield
     * strain (the macroscopic yield strain is about 0.07, paper 003 Fig. 1), so such atoms rank hardest (tied).
     */
    public static final double NO_EVENT_STRAIN = 1.0;

    /** One connected event: its cluster centre, barrier Q_0, stress change Delta tau_0 and B27 strain (NaN if Delta tau_0 >= 0). */
    public record Event(int centre, double barrier, double stressChange, double strain) {}

    /**
     * The field (B28), every event, and the search counts: searches started, converged on a saddle, connected to the
     * initial minimum (push-back), and force evaluations.
     */
    public record Result(double[] perAtom, List<Event> events, int clusters, int searches, int saddles, int connected, long evaluations) {
        /** Distinct connected events per cluster, averaged over the clusters (the paper wants {@link #EVENTS_PER_CLUSTER}). */
        public double eventsPerCluster() { return clusters == 0 ? 0 : (double) events.size() / clusters; }

        /** Fraction of the clusters with at least {@code wanted} events (those that reached the target before the cap). */
        public double fullClusters(int wanted) {
            java.util.Map<Integer, Integer> per = new java.util.HashMap<>();
            for (Event e : events) per.merge(e.centre(), 1, Integer::sum);
            long full = per.values().stream().filter(k -> k >= wanted).count();
            return clusters == 0 ? 0 : (double) full / clusters;
        }

        /** The lowest barrier of each atom's cluster (infinite without an event). */
        public double[] lowestBarrier(int n) {
            double[] b = new double[n];
            Arrays.fill(b, Double.POSITIVE_INFINITY);
            for (Event e : events) b[e.centre()] = Math.min(b[e.centre()], e.barrier());
            return b;
        }
    }

    /**
     * Width of the moving shell around the displaced cluster in the local-force searches (sigma, 4 interaction ranges of
     * POLY): the search region is the disk of radius {@link #CLUSTER_RADIUS} + BUFFER about the centre, with a frozen
     * shell beyond it ({@link ActiveRegion}). Each connected saddle is then continued on a wide region of width
     * {@link #REFINE_BUFFER} ({@link RegionContinuation}), whose barrier and stress change are the event's. Why: a
     * narrow frozen shell raises the barriers of these soft 2D glasses (global saddles continued on width 8: barrier
     * +4 to +50%, cluster atoms up to 0.07 sigma away; {@code ActiveRegionConvergenceTest}), so the saddles of the
     * session-5 single-stage scheme did not match the global ones (3 of 7 within {@link #SAME_SADDLE}). Not the default:
     * the continuation loses narrow saddles (SaddlePointSamplingCostTest, N = 3600 and its tiling N = 32400, 5 events
     * wanted: 2.67 events per cluster and 33% of clusters at 5, against 4.8 and 83% for the single-stage scheme), at
     * 4.2-4.5 CPU-s per cluster independent of N (ratio 0.93; single stage 0.8). Cause of the losses (session 7, {@code
     * LocalForceSaddlesTest}): not the continuation. Of the narrow saddles continued both on the wide region and with
     * global forces from the same point (15, from two sets of pushes on one cluster), none was lost locally and kept
     * globally; one was kept locally only (Q_0 = 0.22, a false local event). Lost in both when the curvature turns
     * positive within 59-139 force calls (one or two activation iterations) after the frozen shell is released (a
     * saddle of the constrained surface only), or when the continued saddle is not connected to the minimum; kept in
     * both with barriers within 0.4-2.7% of the global ones and saddles within 0.014 sigma, but Delta tau_0 off by up
     * to 16% (a box-wide sum; the far field beyond the wide region stays frozen), so the local B27 strain is off by as
     * much. The losses are the narrow shell's, not a bug.
     */
    public static final double BUFFER = 8.0;
    /**
     * Width of the moving shell of the wide region on which every local saddle is continued (sigma): global saddles
     * continued on it kept their cluster atoms within 0.005 sigma and their barriers within 0.1-2.8% for barriers above
     * 0.3 epsilon ({@code ActiveRegionConvergenceTest}, N = 3600 quenched POLY). Local forces need a box of at least
     * about 2 (CLUSTER_RADIUS + REFINE_BUFFER + 2.5) = 53 sigma (N >= 2900 POLY); smaller boxes use global forces.
     */
    public static final double REFINE_BUFFER = 22.0;
    /** The buffer value that selects global forces (every force call on the whole system). */
    public static final double GLOBAL = Double.POSITIVE_INFINITY;

    private final PairPotential potential;
    private final int eventsPerCluster, centreStride, threads;
    private final long seed;
    private final double buffer;

    /**
     * @param eventsPerCluster events wanted per cluster ({@link #EVENTS_PER_CLUSTER} in the paper; fewer at small scales)
     * @param centreStride     clusters centred on every {@code centreStride}-th atom (1: every atom, the spec default;
     *                         larger only to keep the smoke scale cheap, the other atoms get {@link #NO_EVENT_STRAIN})
     * @param seed             random displacements
     */
    public SaddlePointSampling(PairPotential potential, int eventsPerCluster, int centreStride, long seed, int threads) {
        this(potential, eventsPerCluster, centreStride, seed, threads, GLOBAL);
    }

    /**
     * As the default constructor (global forces, {@link #GLOBAL}) with local forces in a moving shell of width
     * {@code buffer} about each cluster ({@link #BUFFER} the documented choice; {@link #GLOBAL} for global forces).
     */
    public SaddlePointSampling(PairPotential potential, int eventsPerCluster, int centreStride, long seed, int threads, double buffer) {
        if (!(buffer >= 0)) throw new IllegalArgumentException("buffer must be >= 0, got " + buffer);
        this.buffer = buffer;
        if (centreStride < 1) throw new IllegalArgumentException("centreStride must be >= 1, got " + centreStride);
        this.centreStride = centreStride;
        if (eventsPerCluster < 1) throw new IllegalArgumentException("eventsPerCluster must be >= 1, got " + eventsPerCluster);
        this.potential = potential;
        this.eventsPerCluster = eventsPerCluster;
        this.seed = seed;
        this.threads = Math.max(1, threads);
    }

    /** Events wanted per cluster. */
    public int eventsPerCluster() { return eventsPerCluster; }

    /** SPS of the 2D inherent structure {@code c} (not modified), clusters centred on every centre-stride-th atom. */
    public Result compute(Configuration c) {
        return compute(c, everyAtom(c.n, centreStride));
    }

    /** SPS with clusters centred on {@code centres} only (the other atoms get {@link #NO_EVENT_STRAIN}). */
    public Result compute(Configuration c, int[] centres) {
        if (c.box.dim() != 2) throw new IllegalArgumentException("saddle point sampling is 2D, got dim " + c.box.dim());
        List<List<Event>> found = new ArrayList<>();
        long[][] counts = new long[threads][4];
        for (int k = 0; k < centres.length; k++) found.add(null);
        Thread[] team = new Thread[threads];
        RuntimeException[] error = new RuntimeException[1];
        boolean local = isLocal(c);
        for (int t = 0; t < threads; t++) {
            int part = t;
            team[t] = new Thread(() -> {
                try {
                    if (local) {
                        for (int k = part; k < centres.length; k += threads) found.set(k, localCluster(c, centres[k], counts[part]));
                    } else {
                        try (Particles surface = new Particles(c, potential)) {
                            ArtSaddleSearch art = new ArtSaddleSearch(surface, FORCE_TOLERANCE);
                            double[] x0 = surface.positions(), f0 = new double[x0.length];
                            double e0 = surface.evaluate(x0, f0), tau0 = surface.stress();
                            Barrier global = s -> {
                                surface.evaluate(s.x(), new double[x0.length]);
                                return new double[] {s.energy() - e0, surface.stress() - tau0};
                            };
                            for (int k = part; k < centres.length; k += threads)
                                found.set(k, cluster(c, surface, art, k2 -> k2, x0, centres[k], counts[part], global));
                        }
                    }
                } catch (RuntimeException e) {
                    synchronized (error) { error[0] = e; }
                }
            });
            team[t].start();
        }
        for (Thread t : team) {
            try { t.join(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new IllegalStateException(e); }
        }
        if (error[0] != null) throw error[0];
        double[] field = new double[c.n];
        Arrays.fill(field, NO_EVENT_STRAIN);
        List<Event> all = new ArrayList<>();
        for (List<Event> l : found)
            for (Event e : l) {
                all.add(e);
                if (!Double.isNaN(e.strain())) field[e.centre()] = Math.min(field[e.centre()], e.strain());
            }
        long[] sum = new long[4];
        for (long[] k : counts) for (int a = 0; a < 4; a++) sum[a] += k[a];
        return new Result(field, all, centres.length, (int) sum[0], (int) sum[1], (int) sum[2], sum[3]);
    }

    /**
     * True when the searches use local forces: a finite buffer and an {@link ActiveRegion} that fits in half the box
     * (otherwise every force call is global, as for small boxes, where the region would be most of the box anyway) and so
     * does the wide region of the continuation ({@link #REFINE_BUFFER}).
     */
    public boolean isLocal(Configuration c) {
        if (!Double.isFinite(buffer)) return false;
        double cutoff = potential.maxCutoff(ActiveRegion.maxDiameter(c));
        return ActiveRegion.fits(c, ActiveRegion.outerRadius(CLUSTER_RADIUS + Math.max(buffer, REFINE_BUFFER), cutoff));
    }

    /**
     * The events of the cluster on {@code centre} with local forces: searches on its own narrow {@link ActiveRegion},
     * each connected saddle continued on the wide region ({@link RegionContinuation}), whose force calls are counted too.
     */
    private List<Event> localCluster(Configuration c, int centre, long[] counts) {
        ActiveRegion region = new ActiveRegion(c, potential, centre, CLUSTER_RADIUS + buffer);
        ArtSaddleSearch art = new ArtSaddleSearch(region, FORCE_TOLERANCE);
        double[] x0 = region.positions();
        RegionContinuation wide = new RegionContinuation(c, potential, centre, CLUSTER_RADIUS + Math.max(buffer, REFINE_BUFFER), FORCE_TOLERANCE);
        return cluster(c, region, art, region::atom, x0, centre, counts, s -> {
            double[] qt = wide.barrierAndStressChange(region, x0, s);
            counts[3] += wide.evaluations();
            return qt;
        });
    }

    /**
     * The events of the cluster centred on {@code centre}: ARTn activations on {@code surface} (whose block k is atom
     * {@code atomOf(k)} of {@code c}) until enough distinct connected saddles, each saddle's {Q_0, Delta tau_0} from
     * {@code barrier} (null: the saddle was lost in the continuation and does not count). With local forces a saddle at
     * which an atom left the frozen shell's reach counts as not converged.
     */
    private List<Event> cluster(Configuration c, ArtSaddleSearch.Surface surface, ArtSaddleSearch art, IntUnaryOperator atomOf,
                                double[] x0, int centre, long[] counts, Barrier barrier) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + centre);
        int blocks = x0.length / 2;
        double[] push = new double[x0.length], d = new double[3];
        List<Event> events = new ArrayList<>();
        List<double[]> saddles = new ArrayList<>();
        double volume = c.box.volume(), e0 = surface.evaluate(x0, new double[x0.length]);
        ActiveRegion region = surface instanceof ActiveRegion a ? a : null;
        for (int attempt = 0; attempt < ATTEMPTS_PER_EVENT * eventsPerCluster && events.size() < eventsPerCluster; attempt++) {
            Arrays.fill(push, 0);
            for (int k = 0; k < blocks; k++) {
                int i = atomOf.applyAsInt(k);
                d[0] = c.x[i] - c.x[centre]; d[1] = c.y[i] - c.y[centre]; d[2] = 0;
                c.box.minimumImage(d);
                if (d[0] * d[0] + d[1] * d[1] > CLUSTER_RADIUS * CLUSTER_RADIUS) continue;
                push[2 * k] = r.nextDouble(-1, 1);
                push[2 * k + 1] = r.nextDouble(-1, 1);
            }
            if (region != null) region.resetEscaped();
            ArtSaddleSearch.Saddle s = art.search(x0, e0, push);
            counts[0]++;
            counts[3] += s.evaluations();
            if (!s.converged() || region != null && region.escaped()) continue;
            counts[1]++;
            if (!s.connected()) continue;
            counts[2]++;
            boolean known = false;
            for (double[] other : saddles) known |= maxParticleDistance(other, s.x()) < SAME_SADDLE;
            if (known) continue;
            saddles.add(s.x());
            double[] qt = barrier.of(s);
            if (qt == null) continue;
            double q0 = qt[0], dtau = qt[1];
            if (!(q0 > 0)) continue; // a saddle below the start is not a barrier (pARTn's check)
            double strain = dtau < 0 ? -3 * q0 / (2 * volume * dtau) : Double.NaN; // B27
            events.add(new Event(centre, q0, dtau, strain));
        }
        return events;
    }

    /** {Q_0, Delta tau_0} of a connected saddle (null when it is lost). */
    private interface Barrier { double[] of(ArtSaddleSearch.Saddle s); }

    private static double maxParticleDistance(double[] a, double[] b) {
        double m = 0;
        for (int p = 0; p < a.length; p += 2) m = Math.max(m, Math.hypot(a[p] - b[p], a[p + 1] - b[p + 1]));
        return m;
    }

    private static int[] everyAtom(int n, int stride) {
        int[] a = new int[(n + stride - 1) / stride];
        for (int k = 0; k < a.length; k++) a[k] = k * stride;
        return a;
    }

    /**
     * A 2D particle system as an {@link ArtSaddleSearch.Surface}: coordinates {x0, y0, x1, y1, ...} (unwrapped, so that
     * displacements are differences), forces from a single-threaded {@link ForceField}, and the shear stress
     * {@code -W_xy / V} of the last evaluation. The uniform translations are its zero modes.
     */
    static final class Particles implements ArtSaddleSearch.Surface, AutoCloseable {
        final Configuration c0;
        private final Configuration work;
        private final ForceField ff;

        Particles(Configuration c, PairPotential potential) {
            this.c0 = c;
            this.work = c.copy();
            this.ff = GlassPreparation.forceField(potential, work, 1);
        }

        double[] positions() {
            double[] x = new double[2 * c0.n];
            for (int i = 0; i < c0.n; i++) { x[2 * i] = c0.x[i]; x[2 * i + 1] = c0.y[i]; }
            return x;
        }

        @Override public int size() { return 2 * c0.n; }

        @Override public int block() { return 2; }

        @Override
        public double evaluate(double[] x, double[] force) {
            for (int i = 0; i < work.n; i++) { work.x[i] = x[2 * i]; work.y[i] = x[2 * i + 1]; }
            ff.compute(work, true);
            double[] fx = ff.fx(), fy = ff.fy();
            for (int i = 0; i < work.n; i++) { force[2 * i] = fx[i]; force[2 * i + 1] = fy[i]; }
            return ff.energy();
        }

        /** Shear stress of the last evaluation, {@code -W_xy / V} (as {@link PlasticEvents}). */
        double stress() { return -ff.virial()[ForceField.XY] / work.box.volume(); }

        @Override
        public void removeZeroModes(double[] v) {
            double mx = 0, my = 0;
            int n = v.length / 2;
            for (int i = 0; i < n; i++) { mx += v[2 * i]; my += v[2 * i + 1]; }
            mx /= n; my /= n;
            for (int i = 0; i < n; i++) { v[2 * i] -= mx; v[2 * i + 1] -= my; }
        }

        @Override public void close() { ff.close(); }
    }
}
