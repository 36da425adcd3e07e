package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

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
    public record Result(double[] perAtom, List<Event> events, int searches, int saddles, int connected, long evaluations) {
        /** The lowest barrier of each atom's cluster (infinite without an event). */
        public double[] lowestBarrier(int n) {
            double[] b = new double[n];
            Arrays.fill(b, Double.POSITIVE_INFINITY);
            for (Event e : events) b[e.centre()] = Math.min(b[e.centre()], e.barrier());
            return b;
        }
    }

    private final PairPotential potential;
    private final int eventsPerCluster, centreStride, threads;
    private final long seed;

    /**
     * @param eventsPerCluster events wanted per cluster ({@link #EVENTS_PER_CLUSTER} in the paper; fewer at small scales)
     * @param centreStride     clusters centred on every {@code centreStride}-th atom (1: every atom, the spec default;
     *                         larger only to keep the smoke scale cheap, the other atoms get {@link #NO_EVENT_STRAIN})
     * @param seed             random displacements
     */
    public SaddlePointSampling(PairPotential potential, int eventsPerCluster, int centreStride, long seed, int threads) {
        if (centreStride < 1) throw new IllegalArgumentException("centreStride must be >= 1, got " + centreStride);
        this.centreStride = centreStride;
        if (eventsPerCluster < 1) throw new IllegalArgumentException("eventsPerCluster must be >= 1, got " + eventsPerCluster);
        this.potential = potential;
        this.eventsPerCluster = eventsPerCluster;
        this.seed = seed;
        this.threads = Math.max(1, threads);
    }

    /** SPS of the 2D inherent structure {@code c} (not modified), clusters centred on every centre-stride-th atom. */
    public Result compute(Configuration c) {
        return compute(c, everyAtom(c.n, centreStride));
    }

    /** SPS with clusters centred on {@code centres} only (the other atoms get {@link #NO_EVENT_STRAIN}). */
    public Result compute(Configuration c, int[] centres) {
        if (c.box.dim() != 2) throw new IllegalArgumentException("saddle point sampling is 2D, got dim " + c.box.dim());
        List<List<Event>> found = new ArrayList<>();
        int[][] counts = new int[threads][4];
        for (int k = 0; k < centres.length; k++) found.add(null);
        Thread[] team = new Thread[threads];
        RuntimeException[] error = new RuntimeException[1];
        for (int t = 0; t < threads; t++) {
            int part = t;
            team[t] = new Thread(() -> {
                try (Particles surface = new Particles(c, potential)) {
                    ArtSaddleSearch art = new ArtSaddleSearch(surface, FORCE_TOLERANCE);
                    double[] x0 = surface.positions(), f0 = new double[x0.length];
                    double e0 = surface.evaluate(x0, f0), tau0 = surface.stress();
                    for (int k = part; k < centres.length; k += threads)
                        found.set(k, cluster(surface, art, x0, e0, tau0, centres[k], counts[part]));
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
        int[] sum = new int[4];
        for (int[] k : counts) for (int a = 0; a < 4; a++) sum[a] += k[a];
        return new Result(field, all, sum[0], sum[1], sum[2], sum[3]);
    }

    /** The events of the cluster centred on {@code centre}: ARTn activations until enough distinct connected saddles. */
    private List<Event> cluster(Particles surface, ArtSaddleSearch art, double[] x0, double e0, double tau0, int centre, int[] counts) {
        Configuration c = surface.c0;
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + centre);
        double[] push = new double[x0.length], d = new double[3];
        List<Event> events = new ArrayList<>();
        List<double[]> saddles = new ArrayList<>();
        double volume = c.box.volume();
        for (int attempt = 0; attempt < ATTEMPTS_PER_EVENT * eventsPerCluster && events.size() < eventsPerCluster; attempt++) {
            Arrays.fill(push, 0);
            for (int i = 0; i < c.n; i++) {
                d[0] = c.x[i] - c.x[centre]; d[1] = c.y[i] - c.y[centre]; d[2] = 0;
                c.box.minimumImage(d);
                if (d[0] * d[0] + d[1] * d[1] > CLUSTER_RADIUS * CLUSTER_RADIUS) continue;
                push[2 * i] = r.nextDouble(-1, 1);
                push[2 * i + 1] = r.nextDouble(-1, 1);
            }
            ArtSaddleSearch.Saddle s = art.search(x0, e0, push);
            counts[0]++;
            counts[3] += s.evaluations();
            if (!s.converged()) continue;
            counts[1]++;
            if (!s.connected()) continue;
            counts[2]++;
            boolean known = false;
            for (double[] other : saddles) known |= maxParticleDistance(other, s.x()) < SAME_SADDLE;
            if (known) continue;
            saddles.add(s.x());
            double[] f = new double[x0.length];
            surface.evaluate(s.x(), f);
            double q0 = s.energy() - e0, dtau = surface.stress() - tau0;
            if (!(q0 > 0)) continue; // a saddle below the start is not a barrier (pARTn's check)
            double strain = dtau < 0 ? -3 * q0 / (2 * volume * dtau) : Double.NaN; // B27
            events.add(new Event(centre, q0, dtau, strain));
        }
        return events;
    }

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
