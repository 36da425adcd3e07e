package glassdyn.papers.mesoelastic;

import glassdyn.claims.Claim;
import glassdyn.papers.StageResult;
import glassdyn.stats.RankCorrelation;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static glassdyn.papers.mesoelastic.MesoelasticClaims.num;
import static glassdyn.papers.mesoelastic.MesoelasticClaims.obj;
import static glassdyn.papers.mesoelastic.MesoelasticObservables.col;

/**
 * The checks of paper 004 Figs. 1-2 on the 2D IPL stage ({@link MesoelasticIpl2dStage}): soft kappa_ij bonds on the soft
 * pseudo-harmonic modes and on high propensity (Fig. 2, against torus-shift nulls of the same size,
 * {@link MesoelasticColocation}), a soft mode's similarity with the dipole response at its core (Fig. 1), and the
 * modes and the rank correlation as information. Empty when the run has no 2D stage (a checkpoint set made before it).
 */
final class MesoelasticIpl2dClaims {
    private final StageResult u;
    private final long seed;

    MesoelasticIpl2dClaims(StageResult u, long seed) {
        this.u = u;
        this.seed = seed;
    }

    List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        if (u == null) return out;
        Table bonds = u.table("bonds"), particles = u.table("particles"), modes = u.table("modes");
        int samples = (int) u.value("samples");
        double side = u.value("side");
        List<MesoelasticColocation.Points> soft = new ArrayList<>(), all = new ArrayList<>(), cores = new ArrayList<>(), pts = new ArrayList<>();
        List<double[]> prop = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            Table b = rows(bonds, s), p = rows(particles, s), m = rows(modes, s);
            double[] xi = col(b, "x_i"), yi = col(b, "y_i"), xj = col(b, "x_j"), yj = col(b, "y_j"), k = col(b, "kappa_ij");
            double[] mx = new double[xi.length], my = new double[xi.length];
            for (int a = 0; a < mx.length; a++) { mx[a] = (xi[a] + xj[a]) / 2; my[a] = (yi[a] + yj[a]) / 2; }
            int[] sel = MesoelasticColocation.softest(k);
            double[] sx = new double[sel.length], sy = new double[sel.length];
            for (int a = 0; a < sel.length; a++) { sx[a] = mx[sel[a]]; sy[a] = my[sel[a]]; }
            soft.add(new MesoelasticColocation.Points(sx, sy));
            all.add(new MesoelasticColocation.Points(mx, my));
            cores.add(new MesoelasticColocation.Points(col(m, "core_x"), col(m, "core_y")));
            pts.add(new MesoelasticColocation.Points(col(p, "x"), col(p, "y")));
            prop.add(col(p, "propensity"));
        }
        String unit = "unit: the " + samples + " sample(s) of one liquid; null: " + MesoelasticColocation.SHIFTS
            + " torus shifts of the same soft bonds (same count, same clustering)";
        String needs = "more independent samples (the long preset: 4 samples of N = 1000)";
        String state = "2D IPL at T = " + u.value("T") + " (paper: 0.48), N = " + (int) u.value("n");
        if (modes.rowCount() > 0) {
            MesoelasticColocation.Test q = MesoelasticColocation.qlmDistance(side, soft, all, cores, seed + 1);
            out.add(test(Claim.of("fig2_soft_kappa_on_qlm_ipl2d", "soft dipole stiffnesses are correlated with the loci of soft QLMs: the softest "
                    + (int) Math.round(100 * MesoelasticColocation.SOFT_FRACTION) + "% of kappa_ij bonds lie closer to the cores of the "
                    + "softest pseudo-harmonic modes than chance; " + state + "; " + unit, "Fig. 2 right, Appendix B"), q, true, needs));
        }
        MesoelasticColocation.Test pr = MesoelasticColocation.propensity(side, soft, all, pts, prop, seed + 2);
        out.add(test(Claim.of("fig2_soft_kappa_high_propensity_ipl2d", "the propensity map (isoconfigurational neighbour-relative "
                + "displacement after tau_alpha/6) is highly correlated with the kappa map: the softest bonds carry above-average "
                + "propensity (coarse-grained over r < " + MesoelasticColocation.FIELD_RADIUS + ", relative to the mean); " + state + "; " + unit,
                "Fig. 2, Sec. II"), pr, false, needs));
        out.add(fig1());
        out.add(modesInfo(modes));
        out.add(spearman(particles, samples));
        return out;
    }

    private static Claim test(Claim.Builder b, MesoelasticColocation.Test t, boolean smallerIsCloser, String needs) {
        return b.paper("visual (Fig. 2)").measured(obj("observed", num(t.observed()), "null_mean", num(t.nullMean()),
                "p_one_sided", num(t.p()), "random_pairs_mean", num(t.randomPairsMean()), "random_pairs_p", num(t.randomPairsP()),
                "soft_bonds", t.bonds(), "samples", t.samples()))
            .interval(t.nullLo(), t.nullHi())
            .status(MesoelasticIpl2dRules.colocated(t.observed(), t.nullMean(), t.p(), smallerIsCloser, needs));
    }

    private Claim fig1() {
        Claim.Builder b = Claim.of("fig1_qlm_resembles_dipole_response_ipl2d", "a soft QLM and the normalised response to a force "
            + "dipole are structurally similar: overlap of the softest pseudo-harmonic mode with the response to the dipole at its core "
            + "pair, against the responses of " + MesoelasticIpl2dStage.FIG1_NULL_DIPOLES + " random pairs of the same glass", "Fig. 1");
        if (!u.tables().containsKey("fig1_null"))
            return b.notShown("no pseudo-harmonic mode converged in sample 0", "more seeds");
        double[] nul = col(u.table("fig1_null"), "overlap");
        double ov = u.value("fig1_overlap");
        return b.paper("visual").measured(obj("overlap", num(ov), "random_median", num(median(nul))))
            .status(MesoelasticIpl2dRules.similarToDipole(ov, nul, "more random dipoles"));
    }

    private Claim modesInfo(Table modes) {
        double[] e = col(modes, "participation_ratio"), k = col(modes, "stiffness");
        return Claim.of("pseudo_harmonic_modes_ipl2d", "pseudo-harmonic modes seeded by dipole responses converge to quasilocalised soft "
                + "modes (the twelve softest are circled in Fig. 2)", "Appendix B")
            .paper("12 modes shown").measured(obj("distinct_modes", num(u.value("modes_found")), "kept", modes.rowCount(),
                "softest_stiffness", num(k.length > 0 ? k[0] : Double.NaN), "median_participation_ratio", num(median(e))))
            .informational("seeded from uniformly drawn pairs (the paper: every pair); participation ratio ~1/N is one particle, ~1 extended");
    }

    private static Claim spearman(Table particles, int samples) {
        double sum = 0;
        for (int s = 0; s < samples; s++) {
            Table p = rows(particles, s);
            double[] k = col(p, "kappa_i"), pr = col(p, "propensity"), inv = new double[k.length];
            for (int a = 0; a < k.length; a++) inv[a] = 1 / k[a];
            sum += RankCorrelation.spearman(inv, pr);
        }
        return Claim.of("kappa_propensity_rank_ipl2d", "per-particle rank correlation of 1/kappa_i with the propensity (the C_s of Fig. 7, "
                + "here in 2D)", "Fig. 2")
            .paper("highly correlated (visual)").measured(obj("C_s", num(sum / samples), "samples", samples))
            .informational("per-particle fields are noisy; the checks use the soft bonds against a torus-shift null");
    }

    static Table rows(Table t, int sample) {
        return t.where(t.numberColumn("sample").isEqualTo(sample));
    }

    private static double median(double[] v) {
        if (v.length == 0) return Double.NaN;
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
