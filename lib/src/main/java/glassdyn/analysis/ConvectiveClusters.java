package glassdyn.analysis;

import glassdyn.analysis.CageJumpDetector;


import glassdyn.analysis.DynamicSusceptibility;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The cluster life-cycle analysis of paper 000 on one recorded shear run ({@link ShearRecord}):
 * chi_4 and t_chi (Sec. 2.2 of spec 000), cage jumps (2.3), dynamic regions from the cage-jump density in
 * consecutive windows of length t_chi (2.4, Fig. 1(b)), their convective traceback (2.5, Fig. 1(c)), the cluster
 * stress sigma_c(t) (2.6, Fig. 2(a)), the moments t0-t3 (2.8), n_cj, P_ext and R (2.9-2.10, Fig. 2(b-d)), the
 * occupancy P_c and eta_c = P_c sigma_c,y / (2 gamma_dot) (2.11, Fig. 3(a,b)), the radius xi_c (2.12, Fig. 3(c))
 * and the yield time t_y (Fig. 3(d)). All parameters that the paper leaves to its Supplemental Material are the
 * named constants below (spec 000 defaults).
 */
public final class ConvectiveClusters {
    /** chi_4 overlap length a = 0.3 d_b (not stated; Lacevic et al.'s value, spec 000 section 2.2). */
    public static final double OVERLAP_LENGTH = 0.3;
    /** Cage-size criterion l_c = 0.3 d_b between the two cage centroids (not stated, SM; spec 000 section 2.3). */
    public static final double CAGE_SIZE = 0.3;
    /**
     * Candelier indicator threshold 0.02 d_b^2 (not stated; of the order of the non-affine cage plateau (0.1-0.15 d_b)^2,
     * so that l_c is the criterion that decides).
     */
    public static final double P_THRESHOLD = 0.02;
    /** Traceback depth before the reference time: 3 t_chi (not stated; spec 000 section 2.5). */
    public static final double TRACEBACK_DEPTH = 3;
    /** Traceback beyond the reference time: 1 t_chi, to reach t3 when it falls after t_ref (spec 000 section 2.5). */
    public static final double TRACE_FORWARD = 1;
    /** Smoothing of sigma_c(t): 5-point moving average (spec 000 section 2.8). */
    public static final int SMOOTHING = 5;
    /** Random copies of every region for the null (same shape, volume and detection window, translated uniformly). */
    public static final int NULL_COPIES = 3;
    /** Seed of the random translations of the null. */
    public static final long NULL_SEED = 11;
    /** Shortest window in frames: windows shorter than this cannot hold a cage (2 x the detector's n_min). */
    public static final int MIN_WINDOW_FRAMES = 2 * CageJumpDetector.DEFAULT_MIN_FRAMES;

    /** One traced cluster: its region at t_ref and the time series over the traced frames [from, to]. */
    public static final class Cluster {
        public CageJumpRegions.Region region;
        public CageJumpRegions.Map map;
        public int window, refFrame, from, to;
        /** Whether the traceback was cut by the start of the run (such regions are left out of the claims' units). */
        public boolean truncated;
        public double[] t, sigma, sigmaSmooth, inside, ncj, ext, residentFraction;
        /** Falk-Langer shear strain of the resident set since t0 (NaN before t0), spec 000 section 2.7 option (a). */
        public double[] strain;
        /** Moments as frame indices (-1 when not found) and times. */
        public int f0 = -1, f1 = -1, f2 = -1, f3 = -1;
        public double sigmaYield = Double.NaN;
        /** The paper's life cycle (sets the moments above) and the baseline-relative one (sensitivity study). */
        public ClusterLifeCycles.LifeCycle cycle = ClusterLifeCycles.LifeCycle.NONE, baselineCycle = ClusterLifeCycles.LifeCycle.NONE;
        /** Membership (big-particle indices) at each traced frame. */
        public int[][] members;
        /** Jumps of inside particles: frame, particle, dx, dy and the position mapped to t_ref. */
        public List<double[]> jumps = new ArrayList<>();

        public boolean complete() { return f0 >= 0 && f2 > f0 && f3 > f2 && sigmaYield > 0; }

        /** Exchanges the moments of the paper's life cycle with the baseline-relative ones (sensitivity study). */
        public void swapCycles() {
            ClusterLifeCycles.LifeCycle c = baselineCycle;
            baselineCycle = cycle;
            cycle = c;
            f0 = c.k0() < 0 ? -1 : from + c.k0(); f1 = c.k1() < 0 ? -1 : from + c.k1();
            f2 = c.k2() < 0 ? -1 : from + c.k2(); f3 = c.k3() < 0 ? -1 : from + c.k3();
            sigmaYield = c.yield();
        }
        public double time(int f) { return f < 0 ? Double.NaN : t[f - from]; }
    }

    /** Results of one rate. */
    public static final class Result {
        public double rate, phi, tChi, sampling;
        public Table chi4;
        public int jumps, windows;
        public List<Cluster> clusters = new ArrayList<>();
        /** Jumps of all particles: frame, particle, dx, dy, dz, x, y, z (LE position at the jump frame). */
        public double[][] jumpRows;
        public CageJumpRegions.Map firstMap;
        public int firstWindowRef;
        public double[] occupancyTime, occupancy;
        /** P_c(t) with the life taken as [t0, t3] (spec 000 section 2.11's sensitivity check). */
        public double[] occupancyToT3;
        /** Mean fraction of the box volume covered by the regions of one window (all regions, complete or not). */
        public double coveredFraction = Double.NaN;
        /** Whether the random-region null is traced (the default delineation only). */
        public boolean withNull;
        /** The random-region null: {@link #NULL_COPIES} copies of every region, same shape, volume and window, at random places. */
        public List<Cluster> nullClusters = new ArrayList<>();
        /** The time-shuffled null ({@link ClusterNulls#timeShuffled}): its jumps and the regions delineated from them. */
        public double[][] shuffledJumpRows;
        public List<Cluster> shuffledClusters = new ArrayList<>();
        /** Mean P_c with the baseline-relative life cycles (sensitivity study). */
        public double baselineOccupancy = Double.NaN;
    }

    private ConvectiveClusters() {}

    /** The whole analysis of one run. */
    public static Result analyse(ShearRecord rec) {
        Result out = new Result();
        out.rate = rec.rate; out.phi = rec.phi; out.sampling = rec.sampling;
        int frames = rec.frames(), nb = rec.bigCount;
        // chi_4 on the non-affine big-particle displacements, streamed one frame at a time
        DynamicSusceptibility chi = new DynamicSusceptibility(OVERLAP_LENGTH);
        chi.maxOrigins(CHI4_ORIGINS);
        out.chi4 = chi.compute(nonAffineFrames(rec));
        out.tChi = DynamicSusceptibility.tChi(out.chi4, "chi4");
        // cage jumps on the non-affine trajectories, particle by particle from the record
        out.jumpRows = cageJumps(rec);
        out.jumps = out.jumpRows.length;
        out.withNull = true;
        regionsAndTraceback(rec, out, new CageJumpRegions());
        return out;
    }

    /**
     * The same run's clusters delineated with other region parameters (the sensitivity of P_c, sigma_c,y and xi_c to
     * the delineation, which is in the unavailable Supplemental Material): reuses {@code base}'s t_chi and cage jumps.
     */
    public static Result withRegions(ShearRecord rec, Result base, CageJumpRegions regions) {
        Result out = new Result();
        out.rate = base.rate; out.phi = base.phi; out.sampling = base.sampling; out.tChi = base.tChi; out.chi4 = base.chi4;
        out.jumps = base.jumps; out.jumpRows = base.jumpRows;
        regionsAndTraceback(rec, out, regions);
        return out;
    }

    /** Regions in consecutive windows of length t_chi, their traceback and life cycles, the nulls, and the occupancy P_c(t). */
    private static void regionsAndTraceback(ShearRecord rec, Result out, CageJumpRegions regions) {
        int frames = rec.frames();
        // windows of length t_chi, regions at each window's end, traceback
        int w = Math.max(MIN_WINDOW_FRAMES, (int) Math.round(out.tChi / rec.sampling));
        double y0 = rec.box.ylo() + 0.5 * rec.box.ly();
        List<List<double[]>> jumpsByFrame = byFrame(out.jumpRows, frames), shuffledByFrame = null;
        if (out.withNull) {
            out.shuffledJumpRows = ClusterNulls.timeShuffled(rec, out.jumpRows, ClusterNulls.SHUFFLE_SEED);
            shuffledByFrame = byFrame(out.shuffledJumpRows, frames);
        }
        for (int start = 0; start + w < frames; start += w) {
            int ref = start + w;
            CageJumpRegions.Map map = delineate(rec, regions, jumpsByFrame, start, ref, y0);
            if (out.windows == 0) { out.firstMap = map; out.firstWindowRef = ref; }
            out.windows++;
            for (CageJumpRegions.Region region : map.regions) {
                Cluster cl = trace(rec, map, region, ref, w, y0, jumpsByFrame);
                cl.window = out.windows - 1;
                out.clusters.add(cl);
                if (out.withNull) ClusterNulls.randomCopies(rec, map, region, ref, w, y0, jumpsByFrame, out);
            }
            if (out.withNull) ClusterNulls.shuffledRegions(rec, regions, shuffledByFrame, start, ref, w, y0, jumpsByFrame, out);
        }
        occupancy(rec, out);
    }

    /** The jump rows grouped by their frame. */
    public static List<List<double[]>> byFrame(double[][] rows, int frames) {
        List<List<double[]>> by = new ArrayList<>(frames);
        for (int k = 0; k < frames; k++) by.add(new ArrayList<>());
        for (double[] j : rows) by.get((int) j[0]).add(j);
        return by;
    }

    /** The regions of the jumps of frames (start, ref], carried to t_ref by the affine shear (paper 000 Fig. 1(b)). */
    public static CageJumpRegions.Map delineate(ShearRecord rec, CageJumpRegions regions, List<List<double[]>> jumpsByFrame,
                                         int start, int ref, double y0) {
        double tRef = rec.time[ref];
        List<double[]> in = new ArrayList<>();
        for (int k = start + 1; k <= ref; k++) in.addAll(jumpsByFrame.get(k));
        double[] x = new double[in.size()], y = new double[in.size()], z = new double[in.size()];
        for (int p = 0; p < in.size(); p++) {
            double[] j = in.get(p);
            y[p] = j[6]; z[p] = j[7];
            x[p] = j[5] + rec.rate * (tRef - rec.time[(int) j[0]]) * (j[6] - y0);
        }
        return regions.compute(rec.boxAt(ref), x, y, z);
    }

    /** Time origins of chi_4 held at once (each a copy of the big particles' displacements). */
    public static final int CHI4_ORIGINS = 64;

    /**
     * The recorded non-affine big-particle displacements as a trajectory built one frame at a time, so chi_4 streams
     * through the record without a per-frame copy of it (the copy of every frame took ~12 GB at the paper preset's
     * gamma_dot tau_0 = 20); frames carry ids 1..N_b, the record's times and the step index k.
     */
    public static Trajectory nonAffineFrames(ShearRecord rec) {
        return new Trajectory() {
            private int k;

            @Override
            public Frame next() {
                if (k >= rec.frames()) return null;
                int nb = rec.bigCount;
                Configuration c = new Configuration(nb, Box.cubic(3, 1e6));
                c.mass = new double[] {1};
                for (int i = 0; i < nb; i++) { c.x[i] = rec.ux[k][i]; c.y[i] = rec.uy[k][i]; c.z[i] = rec.uz[k][i]; c.id[i] = i + 1; }
                c.time = rec.time[k];
                return new Frame(k++, c, true, false);
            }

            @Override
            public String source() { return "recorded run phi " + rec.phi + " rate " + rec.rate; }

            @Override
            public int frameCount() { return rec.frames(); }
        };
    }

    /**
     * The cage jumps of every big particle ({@link CageJumpDetector} with {@link #P_THRESHOLD} and {@link #CAGE_SIZE}) as
     * rows {frame, particle, dx, dy, dz, x, y, z} (Lees-Edwards position at the jump frame), in (particle, frame) order;
     * each particle's series is read from the record as it is needed (no double copy of the record).
     */
    public static double[][] cageJumps(ShearRecord rec) {
        int frames = rec.frames(), nb = rec.bigCount;
        CageJumpDetector det = new CageJumpDetector(P_THRESHOLD).minJump(CAGE_SIZE);
        @SuppressWarnings("unchecked")
        List<CageJumpDetector.Jump>[] per = new List[nb];
        java.util.stream.IntStream.range(0, nb).parallel().forEach(i -> {
            double[] x = new double[frames], y = new double[frames], z = new double[frames];
            for (int k = 0; k < frames; k++) { x[k] = rec.ux[k][i]; y[k] = rec.uy[k][i]; z[k] = rec.uz[k][i]; }
            per[i] = det.detect(x, y, z);
        });
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < nb; i++)
            for (CageJumpDetector.Jump j : per[i]) {
                int f = j.frame();
                rows.add(new double[] {f, i, j.dx(), j.dy(), j.dz(), rec.x[f][i], rec.y[f][i], rec.z[f][i]});
            }
        return rows.toArray(new double[0][]);
    }

    /** Traces one region over [ref - 3 w, ref + w] and finds its life cycle. */
    public static Cluster trace(ShearRecord rec, CageJumpRegions.Map map, CageJumpRegions.Region region, int ref, int w,
                         double y0, List<List<double[]>> jumpsByFrame) {
        return trace(rec, map, region, new ConvectiveTraceback(map, region, rec.time[ref], rec.rate, y0), ref, w, y0, jumpsByFrame, true);
    }

    /**
     * Traces a region with the traceback {@code tb} (the region's own, or a copy shifted at t_ref for the random-region
     * null) and finds its life cycle; the Falk-Langer strain only when {@code strain}.
     */
    public static Cluster trace(ShearRecord rec, CageJumpRegions.Map map, CageJumpRegions.Region region, ConvectiveTraceback tb,
                         int ref, int w, double y0, List<List<double[]>> jumpsByFrame, boolean strain) {
        Cluster cl = new Cluster();
        cl.region = region; cl.map = map; cl.refFrame = ref;
        cl.truncated = ref - (int) Math.round(TRACEBACK_DEPTH * w) < 0;
        cl.from = Math.max(0, ref - (int) Math.round(TRACEBACK_DEPTH * w));
        cl.to = Math.min(rec.frames() - 1, ref + (int) Math.round(TRACE_FORWARD * w));
        int m = cl.to - cl.from + 1, nb = rec.bigCount;
        cl.t = new double[m]; cl.sigma = new double[m]; cl.inside = new double[m]; cl.ncj = new double[m]; cl.ext = new double[m];
        cl.members = new int[m][];
        double[] d = new double[3];
        boolean[] in = new boolean[nb];
        for (int k = cl.from; k <= cl.to; k++) {
            Box b = rec.boxAt(k);
            int cnt = 0;
            double s = 0;
            for (int i = 0; i < nb; i++) {
                in[i] = tb.contains(b, rec.time[k], rec.x[k][i], rec.y[k][i], rec.z[k][i], d);
                if (in[i]) { cnt++; s += rec.virial[k][i]; }
            }
            int[] mem = new int[cnt];
            for (int i = 0, q = 0; i < nb; i++) if (in[i]) mem[q++] = i;
            int a = k - cl.from;
            cl.members[a] = mem;
            cl.t[a] = rec.time[k];
            cl.inside[a] = cnt;
            cl.sigma[a] = -s / region.volume();
            for (double[] j : jumpsByFrame.get(k)) {
                int i = (int) j[1];
                if (!in[i]) continue;
                cl.ncj[a]++;
                if (j[2] * j[3] > 0) cl.ext[a]++;
                double tRef = rec.time[ref];
                cl.jumps.add(new double[] {k, i, j[2], j[3], j[5] + rec.rate * (tRef - rec.time[k]) * (j[6] - y0), j[6], j[7]});
            }
        }
        cl.sigmaSmooth = movingAverage(cl.sigma, SMOOTHING);
        moments(cl, ref - w - cl.from, ref - cl.from);
        cl.residentFraction = new double[m];
        java.util.Arrays.fill(cl.residentFraction, Double.NaN);
        if (cl.f0 >= 0) {
            int[] base = cl.members[cl.f0 - cl.from];
            boolean[] was = new boolean[nb];
            for (int i : base) was[i] = true;
            for (int a = cl.f0 - cl.from; a < m; a++) {
                int res = 0;
                for (int i : cl.members[a]) if (was[i]) res++;
                // paper 000 p. 2: N_res(t) counts the big particles inside at t0 that are inside at t (re-entry allowed)
                cl.residentFraction[a] = base.length == 0 ? Double.NaN : (double) res / base.length;
            }
        }
        cl.strain = strain ? clusterStrain(rec, cl, tb) : null;
        return cl;
    }

    /**
     * The cluster shear strain gamma_c(t) = J_xy + J_yx of the best affine map J (Falk and Langer, PRE 57, 7192
     * (1998): {@code J = X Y^-1}, {@code X = sum d(t) (x) d(t0)}, {@code Y = sum d(t0) (x) d(t0)}) taking the resident
     * particles' separations from the convected centroid at t0 to those at t (paper 000 Fig. 2(a); the SM's definition is
     * unavailable). Separations are Lees-Edwards minimum images in the lab frame (affine part included) averaged over
     * {@link #SMOOTHING} frames (cage-centre positions, spec 000 section 2.7 option (a)); the set is the particles inside
     * at t0 and still inside at t. A purely affine region gives gamma_dot (t - t0).
     */
    public static double[] clusterStrain(ShearRecord rec, Cluster cl, ConvectiveTraceback tb) {
        int m = cl.t.length;
        double[] g = new double[m];
        java.util.Arrays.fill(g, Double.NaN);
        if (cl.f0 < 0) return g;
        int a0 = cl.f0 - cl.from;
        int[] base = cl.members[a0];
        int nb = rec.bigCount;
        boolean[] resident = new boolean[nb];
        for (int i : base) resident[i] = true;
        double[][] ref = new double[nb][];
        for (int i : base) ref[i] = separation(rec, cl, tb, cl.f0, i);
        for (int a = a0; a < m; a++) {
            boolean[] now = new boolean[nb];
            for (int i : cl.members[a]) if (resident[i]) now[i] = true;
            resident = now;
            double[] xm = new double[9], ym = new double[9];
            int count = 0;
            for (int i = 0; i < nb; i++) {
                if (!resident[i]) continue;
                double[] d = separation(rec, cl, tb, cl.from + a, i), d0 = ref[i];
                for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) { xm[3 * r + c] += d[r] * d0[c]; ym[3 * r + c] += d0[r] * d0[c]; }
                count++;
            }
            if (count < 4) break;
            // J = X Y^-1: row r of J solves Y^T j_r = x_r (Y symmetric)
            double[][] y = {{ym[0], ym[1], ym[2]}, {ym[3], ym[4], ym[5]}, {ym[6], ym[7], ym[8]}};
            double[] jx = ClusterLifeCycles.solve3(y, new double[] {xm[0], xm[1], xm[2]}), jy = ClusterLifeCycles.solve3(y, new double[] {xm[3], xm[4], xm[5]});
            if (jx == null || jy == null) continue;
            g[a] = jx[1] + jy[0];
        }
        return g;
    }

    /** Separation of particle i from the convected centroid at frame k, minimum image, averaged over SMOOTHING frames. */
    private static double[] separation(ShearRecord rec, Cluster cl, ConvectiveTraceback tb, int k, int i) {
        int h = SMOOTHING / 2, lo = Math.max(0, k - h), hi = Math.min(rec.frames() - 1, k + h);
        double[] s = new double[3], d = new double[3];
        for (int q = lo; q <= hi; q++) {
            double[] c = tb.centroidAt(rec.time[q]);
            d[0] = rec.x[q][i] - c[0]; d[1] = rec.y[q][i] - c[1]; d[2] = rec.z[q][i] - c[2];
            rec.boxAt(q).minimumImage(d);
            // carry the separation to frame k's time with the affine flow, so averaging does not smear the shear
            d[0] += rec.rate * (rec.time[k] - rec.time[q]) * d[1];
            for (int r = 0; r < 3; r++) s[r] += d[r] / (hi - lo + 1);
        }
        return s;
    }

    public static double[] movingAverage(double[] v, int width) { return ClusterLifeCycles.movingAverage(v, width); }

    /** The paper's life cycle ({@link ClusterLifeCycles#fromZero}) on the whole traced series. */
    public static void moments(Cluster cl) { moments(cl, 0, cl.sigmaSmooth.length - 1); }

    /**
     * The life cycle with t2 searched in the index range [lo, hi] of the traced series (the detection window
     * [t_ref - t_chi, t_ref]: the region was delineated from the jumps of that window, so its yield falls inside it):
     * the paper's from-zero definition sets the moments; the baseline-relative one is kept as a sensitivity study.
     */
    public static void moments(Cluster cl, int lo, int hi) {
        ClusterLifeCycles.LifeCycle c = ClusterLifeCycles.fromZero(cl.t, cl.sigmaSmooth, lo, hi);
        cl.cycle = c;
        cl.baselineCycle = ClusterLifeCycles.fromBaseline(cl.t, cl.sigmaSmooth, lo, hi);
        cl.f0 = cl.f1 = cl.f2 = cl.f3 = -1;
        if (c.k2() < 0) return;
        cl.f2 = cl.from + c.k2();
        cl.sigmaYield = c.yield();
        if (c.k0() < 0) return;
        cl.f0 = cl.from + c.k0();
        cl.f1 = cl.from + c.k1();
        if (c.k3() >= 0) cl.f3 = cl.from + c.k3();
    }

    /**
     * P_c(t) (spec 000 section 2.11): the fraction of big particles inside at least one complete cluster during its
     * deformation-yield life [t0, t2] (and, in {@code occupancyToT3}, [t0, t3]), over the frames where every cluster whose life can contain the frame has been
     * found and fully traced: from {@link #TRACEBACK_DEPTH} windows after the start (earlier windows' tracebacks are cut
     * by the start of the run) to before {@code lastRef + w - D}, where D is the longest reach {@code t_ref - t0} of a
     * complete cluster: a cluster of the first window beyond the run (t_ref &gt;= lastRef + w) cannot start earlier.
     * Also sets the mean fraction of the box volume covered by the regions of one window.
     */
    public static void occupancy(ShearRecord rec, Result out) { occupancy(rec, out, false); }

    private static void occupancy(ShearRecord rec, Result out, boolean baselineView) {
        int frames = rec.frames(), nb = rec.bigCount;
        int w = Math.max(MIN_WINDOW_FRAMES, (int) Math.round(out.tChi / rec.sampling));
        int lastRef = w, reach = 0;
        for (Cluster cl : out.clusters) {
            lastRef = Math.max(lastRef, cl.refFrame);
            if (cl.complete()) reach = Math.max(reach, cl.refFrame - cl.f0);
        }
        int a = Math.min(frames - 1, (int) Math.round(TRACEBACK_DEPTH * w)), b = Math.min(frames - 1, lastRef + w - reach - 1);
        int m = Math.max(0, b - a + 1);
        double[] t = new double[m], p = new double[m], p3 = new double[m];
        for (int k = a; k <= b; k++) {
            boolean[] in = new boolean[nb], in3 = new boolean[nb];
            for (Cluster cl : out.clusters) {
                if (!cl.complete() || k < cl.f0 || k > cl.f3 || k > cl.to) continue;
                for (int i : cl.members[k - cl.from]) { in3[i] = true; if (k <= cl.f2) in[i] = true; }
            }
            int c = 0, c3 = 0;
            for (int i = 0; i < nb; i++) { if (in[i]) c++; if (in3[i]) c3++; }
            t[k - a] = rec.time[k];
            p[k - a] = (double) c / nb;
            p3[k - a] = (double) c3 / nb;
        }
        out.occupancyTime = t;
        out.occupancy = p;
        out.occupancyToT3 = p3;
        if (!baselineView) {
            // sensitivity study: P_c with the baseline-relative life cycles (moments swapped in, then restored)
            for (Cluster cl : out.clusters) cl.swapCycles();
            Result view = new Result();
            view.clusters = out.clusters; view.tChi = out.tChi; view.windows = out.windows;
            occupancy(rec, view, true);
            for (Cluster cl : out.clusters) cl.swapCycles();
            out.baselineOccupancy = java.util.Arrays.stream(view.occupancy).average().orElse(Double.NaN);
        }
        double covered = 0;
        for (Cluster cl : out.clusters) covered += cl.region.volume();
        out.coveredFraction = out.windows > 0 ? covered / (out.windows * rec.volume) : Double.NaN;
    }
}
