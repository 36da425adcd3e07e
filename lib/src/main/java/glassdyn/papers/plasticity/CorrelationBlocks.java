package glassdyn.papers.plasticity;

import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.indicators.Indicator;
import glassdyn.papers.Reports;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.stats.Bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Blocks of the Spearman matrix C_s of Fig. 4(a) (Sec. III): how much more a block of fields correlates within itself
 * than with the other fields, against every block of the same size drawn from the same fields (the null). The block
 * contrast of one glass is {@code mean |C_s| over pairs inside the block - mean |C_s| over pairs with one field inside
 * and one outside}; the interval is over glasses, the null p the fraction of same-size blocks whose contrast on the
 * glass-averaged |C_s| reaches the block's.
 */
final class CorrelationBlocks {
    /** Class (i) of Sec. II, "purely structural" (Fig. 2(a)). */
    static final Set<Indicator> PURELY_STRUCTURAL = EnumSet.of(Indicator.DENSITY, Indicator.FREE_VOLUME, Indicator.EXCESS_ENTROPY,
        Indicator.CONTACTS, Indicator.ANISOTROPY, Indicator.ANISOTROPY_DIVERGENCE, Indicator.HEXATIC, Indicator.THETA);
    /** Classes (iii) and (iv): harmonic modes and the linear response to shear. */
    static final Set<Indicator> LINEAR_RESPONSE = EnumSet.of(Indicator.SOFT_MODES, Indicator.HEAT_CAPACITY, Indicator.VIBRALITY,
        Indicator.NONAFFINE_MODULUS, Indicator.NONAFFINE_VELOCITY, Indicator.LOCAL_MODULUS);
    /** The yellow box of Fig. 4(a): Theta, S and the soft modes M. */
    static final Set<Indicator> YELLOW_BOX = EnumSet.of(Indicator.THETA, Indicator.SOFTNESS, Indicator.SOFT_MODES);

    private final PlasticitySamples samples;
    private final long seed;

    CorrelationBlocks(PlasticitySamples samples, long seed) {
        this.samples = samples;
        this.seed = seed;
    }

    /** Block contrast of {@code inBlock} among {@code fields} (indices into the square matrix {@code c}, |C_s| taken). */
    static double contrast(double[][] c, int[] fields, IntPredicate inBlock) {
        double[] m = means(c, fields, inBlock);
        return m[0] - m[1];
    }

    /** Mean |C_s| over the pairs inside the block and over the pairs with one field inside (NaN where there is none). */
    static double[] means(double[][] c, int[] fields, IntPredicate inBlock) {
        double w = 0, x = 0;
        int nw = 0, nx = 0;
        for (int a = 0; a < fields.length; a++)
            for (int b = a + 1; b < fields.length; b++) {
                boolean ia = inBlock.test(fields[a]), ib = inBlock.test(fields[b]);
                double v = Math.abs(c[fields[a]][fields[b]]);
                if (ia && ib) { w += v; nw++; } else if (ia || ib) { x += v; nx++; }
            }
        return new double[] {nw == 0 ? Double.NaN : w / nw, nx == 0 ? Double.NaN : x / nx};
    }

    /**
     * Fraction of the blocks of {@code k} fields among {@code fields} (every one of them, C(n, k)) whose contrast on
     * {@code c} reaches {@code observed}; the block itself is one of them, so the smallest value is 1 / C(n, k).
     */
    static double nullP(double[][] c, int[] fields, int k, double observed) {
        int n = fields.length, reach = 0, total = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) != k) continue;
            boolean[] in = new boolean[c.length];
            for (int a = 0; a < n; a++) if ((mask >> a & 1) == 1) in[fields[a]] = true;
            total++;
            if (contrast(c, fields, i -> in[i]) >= observed - 1e-12) reach++;
        }
        return (double) reach / total;
    }

    /** Fields (ordinals) with a C_s to every other such field in every glass of {@code l}, restricted to {@code allowed}. */
    private static int[] commonFields(List<GlassRecord> l, Set<Indicator> allowed) {
        int m = Indicator.values().length;
        List<Integer> f = new ArrayList<>();
        for (Indicator i : allowed) {
            boolean ok = !l.isEmpty();
            for (GlassRecord r : l) if (Double.isNaN(r.get("spearman")[i.ordinal() * m + i.ordinal()])) ok = false;
            if (ok) f.add(i.ordinal());
        }
        return f.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[][] matrix(double[] flat) {
        int m = Indicator.values().length;
        double[][] c = new double[m][m];
        for (int a = 0; a < m; a++) for (int b = 0; b < m; b++) c[a][b] = flat[a * m + b];
        return c;
    }

    /** The claim that {@code block} (within {@code fields}) is special in C_s, for the scored glasses of {@code p}. */
    private Claim blockClaim(String name, String claim, String source, String paper, Protocol p, Set<Indicator> block, Set<Indicator> fieldSet) {
        List<GlassRecord> l = samples.scored(p);
        int[] fields = commonFields(l, fieldSet);
        boolean[] in = new boolean[Indicator.values().length];
        int k = 0;
        for (int f : fields) if (block.contains(Indicator.values()[f])) { in[f] = true; k++; }
        double[] d = new double[l.size()];
        double[][] mean = new double[in.length][in.length];
        for (int g = 0; g < l.size(); g++) {
            double[][] c = matrix(l.get(g).get("spearman"));
            d[g] = contrast(c, fields, i -> in[i]);
            for (int a = 0; a < in.length; a++) for (int b = 0; b < in.length; b++) mean[a][b] += Math.abs(c[a][b]) / l.size();
        }
        double dm = Arrays.stream(d).average().orElse(Double.NaN);
        boolean complete = k == block.size() && fields.length > k;
        double[] ci = complete && l.size() >= Bootstrap.MIN_UNITS ? Bootstrap.meanInterval(d, seed + 53 + name.hashCode()) : new double[] {Double.NaN, Double.NaN};
        double pNull = complete ? nullP(mean, fields, k, contrast(mean, fields, i -> in[i])) : Double.NaN;
        List<String> labels = Arrays.stream(fields).mapToObj(f -> Indicator.values()[f].label).toList();
        Map<String, Object> m = Reports.object("protocol", p.name(), "glasses", l.size(), "block", block.stream().map(i -> i.label).toList(),
            "fields", labels, "contrast", round(dm), "interval90", Reports.round(ci), "null_p_same_size_blocks", round(pNull),
            "within_mean_abs_C_s", round(means(mean, fields, i -> in[i])[0]), "cross_mean_abs_C_s", round(means(mean, fields, i -> in[i])[1]));
        Claim.Builder b = Claim.of(name + "_" + p.name(), claim + " (" + p.name() + ")", source).paper(paper).measured(m).interval(ci);
        if (!complete) return b.notShown("the block's fields are not all computed on every glass: " + labels, "every field of the block on every scored glass");
        return b.status(PlasticityRules.specialBlock(dm, ci, pNull, l.size()));
    }

    /** Sec. III: "the majority of purely structural indicators correlate strongly with each other but are not strongly correlated with indicators based on linear response". */
    Claim structuralApartFromLinearResponse(Protocol p) {
        Set<Indicator> all = EnumSet.copyOf(PURELY_STRUCTURAL);
        all.addAll(LINEAR_RESPONSE);
        return blockClaim("structural_block_apart_from_linear_response", "the purely structural fields (class i) correlate more among themselves (|C_s|) than with "
                + "the linear-response fields (classes iii, iv), beyond blocks of the same size drawn from both", "Sec. III, Fig. 4(a)",
            "correlate strongly with each other, not strongly with linear response", p, PURELY_STRUCTURAL, all);
    }

    /** Sec. III.A: Theta and S "are highly correlated with each other and with soft modes" (the yellow box of Fig. 4(a)). */
    Claim yellowBoxSpecial(Protocol p) {
        Set<Indicator> all = EnumSet.copyOf(PURELY_STRUCTURAL);
        all.addAll(LINEAR_RESPONSE);
        all.add(Indicator.SOFTNESS);
        return blockClaim("theta_softness_modes_block_special", "Theta, S and M correlate more among themselves (|C_s|) than with the other structural and "
                + "linear-response fields, beyond every block of three of those fields", "Sec. III.A, Fig. 4(a) yellow box", "highly correlated", p, YELLOW_BOX, all);
    }
}
