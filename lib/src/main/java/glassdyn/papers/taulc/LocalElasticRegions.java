package glassdyn.papers.taulc;

import glassdyn.analysis.ConvectiveClusters;
import glassdyn.analysis.ParticleClusters;
import glassdyn.analysis.ShearRecord;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import glassdyn.stats.LineFit;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Figs. 10 and 12 of paper 001 (Sec. II C and III A): the locally elastic regions (LERs) of the recorded steady-shear
 * trajectory ({@link LerTrajectory}) found by paper 000's detector (the authors' Ref. [83]: {@link ConvectiveClusters},
 * cage jumps, regions of high jump density per window of t_chi, convective traceback, regional stress sigma_c(t) and
 * its life cycle t0 &lt; t1 &lt; t2 &lt; t3, run unchanged on the KA record), against tau_LC per particle at each
 * reference time t_r (the cessation ensemble {@code ice-ler-cessation-k}) and the Eq. 2 slow/fast classes.
 *
 * <p>Definitions (the paper gives no more detail):
 * <ul>
 * <li>t_LER,0, t_LER,1, t_LER,2 are paper 000's t0, t1, t2 (start of elastic deformation, of plastic yielding, of the
 *     disintegration, which ends at t3). An LER "at t_r" is a complete, untruncated cluster with t0 &lt;= t_r &lt;= t3,
 *     its particles those inside the traced region at t_r; its stage is elastic (t_r &lt; t1), plastic (t1 &lt;= t_r &lt; t2)
 *     or disintegrating.</li>
 * <li>Slow (solid-like) particles: tau_LC &gt;= tau_LC,c, the Eq. 2 boundary on the fitted steady tau_sh(tau_LC) curve at
 *     the LER rate (spec 001 ambiguity 11 default, as {@link TauShRelation#slowByCurve}); fast clusters: connected
 *     fast A particles within {@link #FAST_CLUSTER_CUTOFF}, at least {@link #MIN_FAST_CLUSTER} of them.</li>
 * <li>The stress of a particle set (LER particles at t_r, a fast cluster) follows those particles:
 *     {@code sigma_S(t) = -sum_{i in S} s_i(t) / (|S| V / N_A)} with paper 000's A-A virial s_i, so LERs, fast clusters
 *     and the null regions are measured alike; the LER's own convected-region stress sigma_c(t) is drawn beside it.</li>
 * <li>R_cj(t) (Fig. 12): the fraction of a set's particles that have cage-jumped (paper 000's detector) in (t_in, t];
 *     for an LER the set is its particles at t_in = t_LER,0 and the split is t_LER,1; for a fast cluster t_in, the split
 *     and the end are t_r minus the median elastic duration, t_r, and t_r plus the median plastic duration of the
 *     run's LERs.</li>
 * <li>The null of every comparison: {@link #NULL_DRAWS} random regions of the same size, the |S| A particles nearest
 *     to a randomly chosen A particle at the frame that defines S, measured over the same times.</li>
 * </ul>
 */
final class LocalElasticRegions {
    /** Neighbour distance of a fast cluster: the first minimum of g_AA(r) of the KA liquid (sigma_AA). */
    static final double FAST_CLUSTER_CUTOFF = 1.4;
    /** Smallest fast cluster (particles). */
    static final int MIN_FAST_CLUSTER = 5;
    /** Same-size random regions per comparison. */
    static final int NULL_DRAWS = 200;
    /** Seed of the random regions. */
    static final long NULL_SEED = 1012;
    /** Fewest frames in a slope window. */
    static final int MIN_WINDOW_FRAMES = 5;
    /** Fewest elastic-stage LER particles for the tau_LC comparison. */
    static final int MIN_LER_PARTICLES = 10;
    /** Life-cycle stage codes at t_r. */
    static final int NONE = 0, ELASTIC = 1, PLASTIC = 2, DISINTEGRATING = 3;

    /** A particle set: global LER id (index + 1 in the detector's cluster list) or fast-cluster label, its A particles. */
    record Set(int reference, int ler, int fast, int[] members, int stage) {}

    /** One reference time: frame, tau_LC of the A particles, the Eq. 2 boundary, classes and the sets alive at t_r. */
    record Reference(int k, int frame, double[] tau, double tauLcC, boolean[] slow, int[] fastLabel, int[] lerId, int[] lerStage,
                     List<Set> lers, List<Set> fasts) {}

    private final TauLcDuality d;
    private ShearRecord rec;
    private ConvectiveClusters.Result clusters;
    private int[][] jumpFrames;
    private List<Reference> references;

    LocalElasticRegions(TauLcDuality d) { this.d = d; }

    /** Runs the detector on the record and classifies the particles at every reference time. */
    synchronized void compute() {
        if (references != null) return;
        rec = d.lerTrajectory().record();
        clusters = ConvectiveClusters.analyse(rec);
        jumpFrames = jumpFrames(clusters.jumpRows, rec.bigCount);
        double tauC = d.steadyRelation(d.lerRate()).criticalTauLc(d.tau2());
        List<Reference> out = new ArrayList<>();
        for (int k = 0; k < d.lerTrajectory().preset().references(); k++) out.add(reference(k, tauC));
        references = out;
    }

    private Reference reference(int k, double tauC) {
        int nb = rec.bigCount, fr = Math.min(rec.frames() - 1, d.lerTrajectory().referenceFrame(k));
        double[] tau = Arrays.copyOf(d.lerCessation(k).tau(), nb);
        boolean[] slow = new boolean[nb], fast = new boolean[nb];
        for (int i = 0; i < nb; i++) { slow[i] = tau[i] >= tauC; fast[i] = !slow[i]; }
        int[] fastLabel = new ParticleClusters(FAST_CLUSTER_CUTOFF).labels(aParticles(rec, fr), fast);
        int[] lerId = new int[nb], lerStage = new int[nb];
        List<Set> lers = new ArrayList<>(), fasts = new ArrayList<>();
        for (int c = 0; c < clusters.clusters.size(); c++) {
            ConvectiveClusters.Cluster cl = clusters.clusters.get(c);
            if (!cl.complete() || cl.truncated || fr < cl.f0 || fr > cl.f3 || fr < cl.from || fr > cl.to) continue;
            int stage = fr < cl.f1 ? ELASTIC : fr < cl.f2 ? PLASTIC : DISINTEGRATING;
            int[] m = cl.members[fr - cl.from];
            if (m.length == 0) continue;
            lers.add(new Set(k, c + 1, 0, m, stage));
            for (int i : m) if (lerId[i] == 0) { lerId[i] = c + 1; lerStage[i] = stage; }
        }
        int labels = Arrays.stream(fastLabel).max().orElse(0);
        for (int l = 1; l <= labels; l++) {
            final int lab = l;
            int[] m = java.util.stream.IntStream.range(0, nb).filter(i -> fastLabel[i] == lab).toArray();
            if (m.length >= MIN_FAST_CLUSTER) fasts.add(new Set(k, 0, l, m, NONE));
        }
        for (int i = 0; i < nb; i++) if (fastLabel[i] > 0 && !containsLabel(fasts, fastLabel[i])) fastLabel[i] = 0;
        return new Reference(k, fr, tau, tauC, slow, fastLabel, lerId, lerStage, lers, fasts);
    }

    private static boolean containsLabel(List<Set> sets, int label) {
        for (Set s : sets) if (s.fast() == label) return true;
        return false;
    }

    List<Reference> references() { compute(); return references; }
    ShearRecord record() { compute(); return rec; }
    ConvectiveClusters.Result clusters() { compute(); return clusters; }
    double tChi() { compute(); return clusters.tChi; }
    /** Window of t_chi in frames (paper 000's). */
    int window() { compute(); return Math.max(ConvectiveClusters.MIN_WINDOW_FRAMES, (int) Math.round(clusters.tChi / rec.sampling)); }

    /** Complete, untruncated LERs of the whole recording. */
    int completeLers() {
        compute();
        return (int) clusters.clusters.stream().filter(cl -> cl.complete() && !cl.truncated).count();
    }

    /** Mean number of complete LERs alive (t_LER,0 &lt;= t &lt;= t_LER,3) at a frame of the recording. */
    double meanAlive() {
        compute();
        double life = 0;
        for (ConvectiveClusters.Cluster cl : clusters.clusters) if (cl.complete() && !cl.truncated) life += cl.f3 - cl.f0 + 1;
        return life / rec.frames();
    }

    /** The A particles of frame k as a configuration (for the fast-cluster neighbour search). */
    static Configuration aParticles(ShearRecord rec, int k) {
        Configuration c = new Configuration(rec.bigCount, rec.boxAt(k));
        for (int i = 0; i < rec.bigCount; i++) { c.x[i] = rec.x[k][i]; c.y[i] = rec.y[k][i]; c.z[i] = rec.z[k][i]; c.id[i] = i + 1; }
        return c;
    }

    /** Sorted jump frames of every particle from the detector's rows {frame, particle, ...}. */
    static int[][] jumpFrames(double[][] rows, int n) {
        List<List<Integer>> by = new ArrayList<>();
        for (int i = 0; i < n; i++) by.add(new ArrayList<>());
        for (double[] r : rows) by.get((int) r[1]).add((int) r[0]);
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) out[i] = by.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        return out;
    }

    // ---- measures of a particle set ------------------------------------------------------------------------------

    /** sigma_S at frame f: {@code -sum s_i / (|S| V / N_A)}. */
    static double setStress(ShearRecord rec, int[] set, int f) {
        double s = 0;
        for (int i : set) s += rec.virial[f][i];
        return -s / (set.length * rec.volume / rec.bigCount);
    }

    /** Slope of sigma_S over frames [a, b] against time (NaN with fewer than {@link #MIN_WINDOW_FRAMES}). */
    static double stressSlope(ShearRecord rec, int[] set, int a, int b) {
        if (b - a + 1 < MIN_WINDOW_FRAMES) return Double.NaN;
        double[] t = new double[b - a + 1], s = new double[b - a + 1];
        for (int f = a; f <= b; f++) { t[f - a] = rec.time[f]; s[f - a] = setStress(rec, set, f); }
        return LineFit.of(t, s).slope();
    }

    /** R_cj at frame f: the fraction of the set with a jump frame in (from, f]. */
    static double jumpRatio(int[][] jumpFrames, int[] set, int from, int f) {
        int k = 0;
        for (int i : set) {
            int[] j = jumpFrames[i];
            int p = Arrays.binarySearch(j, from + 1);
            int q = p >= 0 ? p : -p - 1;
            if (q < j.length && j[q] <= f) k++;
        }
        return (double) k / set.length;
    }

    /** R_cj slope after the split minus before: {@code (R(c) - R(b)) / (t_c - t_b) - (R(b) - R(a)) / (t_b - t_a)}. */
    static double crossover(ShearRecord rec, int[][] jumpFrames, int[] set, int a, int b, int c) {
        double ra = 0, rb = jumpRatio(jumpFrames, set, a, b), rc = jumpRatio(jumpFrames, set, a, c);
        return (rc - rb) / (rec.time[c] - rec.time[b]) - (rb - ra) / (rec.time[b] - rec.time[a]);
    }

    /** The {@code size} A particles nearest (minimum image at frame f) to a random A particle. */
    static int[] randomRegion(ShearRecord rec, int f, int size, SplittableRandom rng) {
        int nb = rec.bigCount, c = rng.nextInt(nb);
        Box b = rec.boxAt(f);
        double[] r2 = new double[nb], dd = new double[3];
        Integer[] idx = new Integer[nb];
        for (int i = 0; i < nb; i++) {
            dd[0] = rec.x[f][i] - rec.x[f][c]; dd[1] = rec.y[f][i] - rec.y[f][c]; dd[2] = rec.z[f][i] - rec.z[f][c];
            b.minimumImage(dd);
            r2[i] = dd[0] * dd[0] + dd[1] * dd[1] + dd[2] * dd[2];
            idx[i] = i;
        }
        Arrays.sort(idx, (p, q) -> r2[p] != r2[q] ? Double.compare(r2[p], r2[q]) : Integer.compare(p, q));
        int[] out = new int[Math.min(size, nb)];
        for (int q = 0; q < out.length; q++) out[q] = idx[q];
        return out;
    }

    // ---- the statistics of the three checks ----------------------------------------------------------------------

    /** Fig. 10(a,b): {observed pooled mean ln tau_LC of elastic-LER particles, particles} and the null means per draw. */
    record TauLcComparison(double observed, int particles, double[] nullMeans, double[] perReference, double slowInElastic, double elasticCoverage) {}

    TauLcComparison tauLcComparison() {
        compute();
        double sum = 0;
        int count = 0, slowTotal = 0, slowIn = 0, total = 0, covered = 0;
        double[] per = new double[references.size()];
        double[] nullSum = new double[NULL_DRAWS];
        SplittableRandom rng = new SplittableRandom(NULL_SEED);
        for (Reference r : references) {
            double s = 0;
            int c = 0;
            for (Set l : r.lers()) {
                if (l.stage() != ELASTIC) continue;
                for (int i : l.members()) { s += Math.log(r.tau()[i]); c++; }
                for (int q = 0; q < NULL_DRAWS; q++)
                    for (int i : randomRegion(rec, r.frame(), l.members().length, rng)) nullSum[q] += Math.log(r.tau()[i]);
            }
            per[r.k()] = c == 0 ? Double.NaN : s / c;
            sum += s; count += c;
            for (int i = 0; i < r.tau().length; i++) {
                total++;
                boolean inElastic = r.lerStage()[i] == ELASTIC;
                if (inElastic) covered++;
                if (r.slow()[i]) { slowTotal++; if (inElastic) slowIn++; }
            }
        }
        double[] nullMeans = new double[NULL_DRAWS];
        for (int q = 0; q < NULL_DRAWS; q++) nullMeans[q] = count == 0 ? Double.NaN : nullSum[q] / count;
        return new TauLcComparison(count == 0 ? Double.NaN : sum / count, count, nullMeans, per,
            slowTotal == 0 ? Double.NaN : (double) slowIn / slowTotal, total == 0 ? Double.NaN : (double) covered / total);
    }

    /** Slopes of sets against the 95% quantile of their same-size null; sets whose window is shorter than {@link #MIN_WINDOW_FRAMES} are counted, not compared. */
    record SlopeComparison(double[] slopes, double[] null95, int[] sizes, int shortWindows) {}

    /**
     * Fig. 10(c): stress slopes of the particles of the LERs in their elastic stage at t_r over their loading stage
     * [t_LER,0, t_LER,2] (the detector ends it at the region's stress maximum, so the LER side is partly selected; the
     * falsifiable side is the fast clusters), and of the fast clusters over the LERs' median loading duration before t_r.
     */
    SlopeComparison[] stressComparison() {
        compute();
        SplittableRandom rng = new SplittableRandom(NULL_SEED + 1);
        List<double[]> ler = new ArrayList<>(), fast = new ArrayList<>();
        for (Reference r : references) {
            List<Integer> spans = new ArrayList<>();
            for (Set l : r.lers()) {
                if (l.stage() != ELASTIC) continue;
                ConvectiveClusters.Cluster cl = clusters.clusters.get(l.ler() - 1);
                spans.add(cl.f2 - cl.f0);
                ler.add(slopeAndNull(l.members(), cl.f0, cl.f2, r.frame(), rng));
            }
            int span = spans.isEmpty() ? window() : median(spans);
            for (Set s : r.fasts()) fast.add(slopeAndNull(s.members(), Math.max(0, r.frame() - span), r.frame(), r.frame(), rng));
        }
        return new SlopeComparison[] {collect(ler), collect(fast)};
    }

    private double[] slopeAndNull(int[] set, int a, int b, int defining, SplittableRandom rng) {
        double[] nul = new double[NULL_DRAWS];
        for (int q = 0; q < NULL_DRAWS; q++) nul[q] = stressSlope(rec, randomRegion(rec, defining, set.length, rng), a, b);
        return new double[] {stressSlope(rec, set, a, b), TauLcLerRules.quantile(nul, 0.95), set.length};
    }

    private static SlopeComparison collect(List<double[]> rows) {
        List<double[]> ok = rows.stream().filter(r -> Double.isFinite(r[0])).toList();
        return new SlopeComparison(ok.stream().mapToDouble(r -> r[0]).toArray(), ok.stream().mapToDouble(r -> r[1]).toArray(),
            ok.stream().mapToInt(r -> (int) r[2]).toArray(), rows.size() - ok.size());
    }

    private static int median(List<Integer> v) {
        int[] s = v.stream().mapToInt(Integer::intValue).sorted().toArray();
        return s[s.length / 2];
    }

    /** The complete, untruncated LERs with elastic and plastic stages of at least 2 frames each (Fig. 12). */
    List<ConvectiveClusters.Cluster> rcjLers() {
        compute();
        List<ConvectiveClusters.Cluster> out = new ArrayList<>();
        for (ConvectiveClusters.Cluster cl : clusters.clusters)
            if (cl.complete() && !cl.truncated && cl.f1 - cl.f0 >= 2 && cl.f2 - cl.f1 >= 2 && cl.members[cl.f0 - cl.from].length >= MIN_FAST_CLUSTER)
                out.add(cl);
        return out;
    }

    /** Frames {t_in, split, end} of the fast clusters' R_cj at reference frame fr (medians of the LERs' stages). */
    int[] fastRcjFrames(int fr) {
        List<ConvectiveClusters.Cluster> l = rcjLers();
        int el = l.isEmpty() ? window() : median(l.stream().map(c -> c.f1 - c.f0).toList());
        int pl = l.isEmpty() ? window() : median(l.stream().map(c -> c.f2 - c.f1).toList());
        return new int[] {Math.max(0, fr - el), fr, Math.min(rec.frames() - 1, fr + pl)};
    }

    /** Fig. 12: R_cj crossover statistic of every LER and every fast cluster against the 95% quantile of its null. */
    SlopeComparison[] rcjComparison() {
        compute();
        SplittableRandom rng = new SplittableRandom(NULL_SEED + 2);
        List<double[]> ler = new ArrayList<>(), fast = new ArrayList<>();
        for (ConvectiveClusters.Cluster cl : rcjLers())
            ler.add(crossoverAndNull(cl.members[cl.f0 - cl.from], cl.f0, cl.f1, cl.f2, cl.f0, rng));
        for (Reference r : references) {
            int[] f = fastRcjFrames(r.frame());
            if (f[1] - f[0] < 2 || f[2] - f[1] < 2) continue;
            for (Set s : r.fasts()) fast.add(crossoverAndNull(s.members(), f[0], f[1], f[2], r.frame(), rng));
        }
        return new SlopeComparison[] {collect(ler), collect(fast)};
    }

    private double[] crossoverAndNull(int[] set, int a, int b, int c, int defining, SplittableRandom rng) {
        double[] nul = new double[NULL_DRAWS];
        for (int q = 0; q < NULL_DRAWS; q++) nul[q] = crossover(rec, jumpFrames, randomRegion(rec, defining, set.length, rng), a, b, c);
        return new double[] {crossover(rec, jumpFrames, set, a, b, c), TauLcLerRules.quantile(nul, 0.95), set.length};
    }

    /** R_cj at t_LER,1 of every Fig. 12 LER (the paper: about 10% at the crossover). */
    double[] rcjAtSplit() {
        return rcjLers().stream().mapToDouble(cl -> jumpRatio(jumpFrames, cl.members[cl.f0 - cl.from], cl.f0, cl.f1)).toArray();
    }

    // ---- figure tables -------------------------------------------------------------------------------------------

    /**
     * Fig. 10(a,b): every A particle at every reference time: position, tau_LC, the Eq. 2 class, its fast cluster and
     * LER (0 = none) and the LER's stage at t_r (1 elastic, 2 plastic, 3 disintegrating).
     */
    Table tauLcMap() {
        compute();
        Rows t = new Rows("reference", "t_r_tau_LJ", "particle", "x_sigma", "y_sigma", "z_sigma", "tau_LC_tau_LJ", "tau_LC_c_tau_LJ", "slow",
            "fast_cluster", "ler", "ler_stage");
        for (Reference r : references)
            for (int i = 0; i < r.tau().length; i++)
                t.add(r.k(), rec.time[r.frame()], i, rec.x[r.frame()][i], rec.y[r.frame()][i], rec.z[r.frame()][i], r.tau()[i], r.tauLcC(),
                    r.slow()[i] ? 1 : 0, r.fastLabel()[i], r.lerId()[i], r.lerStage()[i]);
        return t.table("fig10(a,b): tau_LC at t_r with LERs and fast clusters");
    }

    /**
     * Fig. 10(c): the stress history of every LER alive at t_r and of every fast cluster, over [t_r - 3 t_chi, t_r + t_chi]:
     * the set's stress (its particles at t_r) and, for an LER, its convected-region stress sigma_c (smoothed, paper
     * 000's) and t_LER,0/1/2 (NaN for a fast cluster); stresses in epsilon / sigma^3.
     */
    Table regionStress() {
        compute();
        int w = window();
        Rows t = new Rows("reference", "t_r_tau_LJ", "ler", "fast_cluster", "t_tau_LJ", "sigma_set_eps_per_sigma3", "sigma_region_eps_per_sigma3",
            "t_ler0_tau_LJ", "t_ler1_tau_LJ", "t_ler2_tau_LJ");
        for (Reference r : references) {
            int a = Math.max(0, r.frame() - 3 * w), b = Math.min(rec.frames() - 1, r.frame() + w);
            List<Set> sets = new ArrayList<>(r.lers());
            sets.addAll(r.fasts());
            for (Set s : sets) {
                ConvectiveClusters.Cluster cl = s.ler() > 0 ? clusters.clusters.get(s.ler() - 1) : null;
                for (int f = a; f <= b; f++) {
                    double region = cl != null && f >= cl.from && f <= cl.to ? cl.sigmaSmooth[f - cl.from] : Double.NaN;
                    t.add(r.k(), rec.time[r.frame()], s.ler(), s.fast(), rec.time[f], setStress(rec, s.members(), f), region,
                        cl == null ? Double.NaN : cl.time(cl.f0), cl == null ? Double.NaN : cl.time(cl.f1), cl == null ? Double.NaN : cl.time(cl.f2));
                }
            }
        }
        if (t.size() == 0) t.add(0, Double.NaN, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return t.table("fig10(c): stress of LERs and fast clusters");
    }

    /**
     * Fig. 12: the stress and R_cj(t) of every Fig. 12 LER (from t_LER,0 to t_LER,3, its particles at t_LER,0) and of
     * every fast cluster (from t_r minus the median elastic duration), with t_in, the split (t_LER,1, resp. t_r) and the
     * end (t_LER,2, resp. t_r plus the median plastic duration).
     */
    Table jumpRatio() {
        compute();
        Rows t = new Rows("reference", "ler", "fast_cluster", "t_tau_LJ", "R_cj", "sigma_set_eps_per_sigma3", "t_in_tau_LJ", "t_split_tau_LJ",
            "t_end_tau_LJ");
        for (ConvectiveClusters.Cluster cl : rcjLers()) {
            int[] set = cl.members[cl.f0 - cl.from];
            int id = clusters.clusters.indexOf(cl) + 1;
            for (int f = cl.f0; f <= Math.min(cl.to, cl.f3); f++)
                t.add(-1, id, 0, rec.time[f], jumpRatio(jumpFrames, set, cl.f0, f), setStress(rec, set, f), cl.time(cl.f0), cl.time(cl.f1), cl.time(cl.f2));
        }
        for (Reference r : references) {
            int[] fr = fastRcjFrames(r.frame());
            for (Set s : r.fasts())
                for (int f = fr[0]; f <= fr[2]; f++)
                    t.add(r.k(), 0, s.fast(), rec.time[f], jumpRatio(jumpFrames, s.members(), fr[0], f), setStress(rec, s.members(), f),
                        rec.time[fr[0]], rec.time[fr[1]], rec.time[fr[2]]);
        }
        if (t.size() == 0) t.add(-1, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return t.table("fig12: R_cj of LERs and fast clusters");
    }

    /** Rows of named double columns. */
    private static final class Rows {
        private final String[] names;
        private final List<double[]> rows = new ArrayList<>();

        Rows(String... names) { this.names = names; }

        void add(double... v) { rows.add(v); }

        int size() { return rows.size(); }

        Table table(String title) {
            Object[] cols = new Object[2 * names.length];
            for (int c = 0; c < names.length; c++) {
                double[] col = new double[rows.size()];
                for (int r = 0; r < col.length; r++) col[r] = rows.get(r)[c];
                cols[2 * c] = names[c];
                cols[2 * c + 1] = col;
            }
            return Tables.of(title, cols);
        }
    }
}
