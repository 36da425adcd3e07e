package glassdyn.papers.mesoelastic;

import glassdyn.analysis.DiffusionCoefficient;
import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.TimeOriginAverage;
import glassdyn.elastic.InteractingPairs;
import glassdyn.papers.StageResult;
import glassdyn.stats.Bootstrap;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.SplittableRandom;

import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * The small computes of paper 004 on a finished stage: the merged F_s/MSD lag table, tau_alpha (F_s = 0.2), D and the
 * end of the ballistic regime (Appendix D1), the attractive-pair fraction (Fig. 12), and the block bootstraps over
 * independent inherent structures behind the intervals of Figs. 3, 6 and 7.
 */
public final class MesoelasticObservables {
    private MesoelasticObservables() {}

    /**
     * Fine-window rows up to the fine window's longest lag, then the coarse rows beyond it; lags from fewer than
     * {@link MesoelasticPresets#MIN_TIME_ORIGINS} origins dropped from both.
     */
    static Table merge(Table fine, Table coarse) {
        fine = TimeOriginAverage.withMinimumPairs(fine, MIN_TIME_ORIGINS);
        coarse = TimeOriginAverage.withMinimumPairs(coarse, MIN_TIME_ORIGINS);
        double cut = col(fine, "t")[fine.rowCount() - 1];
        Table c = coarse.where(coarse.doubleColumn("t").isGreaterThan(cut));
        Table out = fine.copy();
        out.append(c);
        return out;
    }

    static double[] col(Table t, String name) { return ((NumericColumn<?>) t.column(name)).asDoubleArray(); }

    /** The rows of {@code t} whose {@code system} column is {@code system}. */
    static Table rows(Table t, String system) { return t.where(t.stringColumn("system").isEqualTo(system)); }

    /** D = slope/6 of MSD(t) over MSD &gt; a0^2 (spec 004 A18); NaN when the MSD never gets there in two samples. */
    static double diffusion(double[] t, double[] msd, double a0) {
        return DiffusionCoefficient.of(t, msd, a0 * a0, 3).d();
    }

    /** The F_s/MSD lag table of a (system, T) stage without its under-sampled lags. */
    static Table selfDynamics(StageResult u) {
        return TimeOriginAverage.withMinimumPairs(u.table("self"), MIN_TIME_ORIGINS);
    }

    /**
     * The column of the large species (type 2, suffix {@code _2} or {@code _2_2}) of a self-dynamics or S(q) table, or
     * the total for a one-species model (SW), whose only species is the largest.
     */
    static String large(Table t, String name) {
        String partial = name.equals("S") ? "S_2_2" : name + "_2";
        return t.columnNames().contains(partial) ? partial : name;
    }

    /** tau_alpha: F_s(q_max, tau_alpha) = 0.2 of the large species, from the well-averaged lags. */
    static double tauAlpha(StageResult u) {
        Table s = selfDynamics(u);
        return RelaxationTime.firstCrossing(col(s, "t"), col(s, large(s, "fs")), FS_LEVEL);
    }

    /** D of the large species with its window and log slope, from the well-averaged lags (spec 004 A18). */
    static DiffusionCoefficient diffusionOf(StageResult u) {
        Table s = selfDynamics(u);
        double a0 = u.value("a0");
        return DiffusionCoefficient.of(col(s, "t"), col(s, large(s, "msd")), a0 * a0, 3);
    }

    /** First lag (in units of t0) where MSD / (3 (t/t0)^2 a0^2) drops below {@link MesoelasticPresets#BALLISTIC_DEPARTURE}. */
    static double ballisticEnd(double[] t, double[] msd, double a0, double t0) {
        for (int i = 0; i < t.length; i++) {
            if (t[i] <= 0) continue;
            double x = t[i] / t0, ballistic = 3 * x * x * a0 * a0;
            if (msd[i] / ballistic < BALLISTIC_DEPARTURE) return x;
        }
        return Double.NaN;
    }

    /**
     * Fraction of the interacting pairs of an IS that sit where the pair force is attractive (u'(r) &gt; 0): the
     * measure behind paper 004 Fig. 12 (IPL: purely repulsive; SS: many pairs in the attractive well).
     */
    static double attractiveFraction(InteractingPairs pairs) {
        int a = 0;
        for (int p = 0; p < pairs.count; p++) if (pairs.du[p] > 0) a++;
        return pairs.count == 0 ? Double.NaN : (double) a / pairs.count;
    }

    /**
     * IS per bootstrap block of a (system, T) stage: the IS are quenched at equal spacing along the production run, so
     * those within one tau_alpha are correlated; a block spans at least tau_alpha (spec 004 section 1.9: IS spacing
     * &gt;= tau_alpha for independent samples), ceil(n_IS tau_alpha / production).
     */
    static int isBlock(StageResult u) {
        int n = u.table("is").rowCount();
        double b = Math.ceil(n * tauAlpha(u) / u.value("production"));
        return Double.isFinite(b) ? (int) Math.max(1, Math.min(n, b)) : n;
    }

    /**
     * 90% percentile block-bootstrap interval of (kappa_cold/kappa_hot - 1) - (G_cold/G_hot - 1), resampling the IS of
     * each ensemble in blocks of one tau_alpha ({@link #isBlock}; spec 004 A19: resample IS, not dipoles); NaN when
     * either ensemble has fewer than {@link MesoelasticPresets#MIN_BLOCKS} blocks.
     */
    static double[] relativeGapInterval(StageResult hot, StageResult cold, long seed) {
        double[] kh = col(hot.table("is"), "kappa_mean"), gh = col(hot.table("is"), "G");
        double[] kc = col(cold.table("is"), "kappa_mean"), gc = col(cold.table("is"), "G");
        int bh = isBlock(hot), bc = isBlock(cold);
        if (kh.length < MIN_BLOCKS * bh || kc.length < MIN_BLOCKS * bc) return new double[] {Double.NaN, Double.NaN};
        SplittableRandom rng = new SplittableRandom(seed);
        double[] d = new double[BOOTSTRAP];
        for (int b = 0; b < BOOTSTRAP; b++) {
            double skh = 0, sgh = 0, skc = 0, sgc = 0;
            for (int j : Bootstrap.resample(kh.length, bh, rng)) { skh += kh[j]; sgh += gh[j]; }
            for (int j : Bootstrap.resample(kc.length, bc, rng)) { skc += kc[j]; sgc += gc[j]; }
            d[b] = (skc / kc.length) / (skh / kh.length) - (sgc / gc.length) / (sgh / gh.length);
        }
        return Bootstrap.percentiles90(d);
    }

    /** 90% block-bootstrap interval (blocks of one tau_alpha) of the IS-mean of column {@code column} of a stage. */
    static double[] isMeanInterval(StageResult u, String column, long seed) {
        return Bootstrap.meanInterval(col(u.table("is"), column), isBlock(u), seed);
    }

    /** {@code k} of the values drawn without replacement with the seed's stream (all when k &gt;= length). */
    static double[] randomSubset(double[] v, int k, long seed) {
        if (k >= v.length) return v.clone();
        double[] a = v.clone();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) { int j = i + rng.nextInt(a.length - i); double t = a[i]; a[i] = a[j]; a[j] = t; }
        return Arrays.copyOf(a, k);
    }

    /**
     * Bootstrap replicas of the separation mean(kappa_i/<kappa> of immobile) - mean(of mobile), resampling whole IS
     * ({@code is} labels each particle row, {@code cls} is +1 mobile, -1 immobile, 0 neither); NaN with fewer than
     * {@link MesoelasticPresets#MIN_BLOCKS} IS.
     */
    static double[] separationBootstrap(double[] k, double[] cls, double[] is, long seed) {
        int m = 0;
        for (double v : is) m = Math.max(m, (int) v + 1);
        double[] sm = new double[m], si = new double[m];
        int[] nm = new int[m], ni = new int[m];
        for (int i = 0; i < k.length; i++) {
            int s = (int) is[i];
            if (cls[i] == 1) { sm[s] += k[i]; nm[s]++; } else if (cls[i] == -1) { si[s] += k[i]; ni[s]++; }
        }
        return Bootstrap.replicas(m, idx -> {
            double a = 0, c = 0;
            int na = 0, nc = 0;
            for (int s : idx) { a += sm[s]; na += nm[s]; c += si[s]; nc += ni[s]; }
            return c / nc - a / na;
        }, BOOTSTRAP, seed);
    }

    /**
     * Position of the first peak of S(q): the maximum over {@code FIRST_PEAK_FROM <= q <= FIRST_PEAK_TO} (the liquid's
     * main peak; below, the low-q region, above, the second shell), NaN when no shell lies there.
     */
    static double firstPeak(double[] q, double[] s) {
        int best = -1;
        for (int i = 0; i < q.length; i++)
            if (q[i] >= FIRST_PEAK_FROM && q[i] <= FIRST_PEAK_TO && Double.isFinite(s[i]) && (best < 0 || s[i] > s[best])) best = i;
        return best < 0 ? Double.NaN : q[best];
    }

    static double mean(double[] v) { return Arrays.stream(v).average().orElse(Double.NaN); }

    static double[] constant(int n, double v) { double[] a = new double[n]; Arrays.fill(a, v); return a; }

    static double[] scaled(double[] v, double f) { double[] a = new double[v.length]; for (int i = 0; i < a.length; i++) a[i] = v[i] * f; return a; }

    static double[] index(int n) { double[] a = new double[n]; for (int i = 0; i < n; i++) a[i] = i; return a; }
}
