package glassdyn.papers.mesoelastic;

import glassdyn.claims.Claim;
import glassdyn.papers.StageResult;
import glassdyn.stats.Bootstrap;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static glassdyn.papers.mesoelastic.MesoelasticClaims.num;
import static glassdyn.papers.mesoelastic.MesoelasticClaims.obj;
import static glassdyn.papers.mesoelastic.MesoelasticObservables.*;
import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * Claims of paper 004 that had no check (review 004 §2): the displacement distribution after tau_alpha/10 is almost
 * identical across SS densities (Fig. 11 c), the attraction-dominated models keep a two-step decay of F_s (Sec. IV),
 * their annealing-induced stiffening is suppressed ("inannealability", Sec. IV, Fig. 4 c3, d3); and the diagnostics
 * of the protocol: stationarity of each production, FIRE convergence of the inherent structures, the state points
 * matched in viscosity (Figs. 10-11) and the system-size check of kappa ({@link KappaSizeStage}, or its cost without it).
 */
final class MesoelasticCoverageClaims {
    private final MesoelasticResults r;
    private final MesoelasticFigures fig;
    private final Preset preset;
    private final long seed;

    /** Bins of P(|dr|) merged for the distance of Fig. 11 c (0.1 a0 wide): fewer bins, less sampling noise. */
    static final int TV_REBIN = 5;

    MesoelasticCoverageClaims(MesoelasticResults r, MesoelasticFigures fig) {
        this.r = r;
        this.fig = fig;
        this.preset = r.preset();
        this.seed = r.seed();
    }

    /** The claims of the preset, in the order of the paper, then the diagnostics. */
    List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        Claim dh = displacementsAcrossDensity();
        if (dh != null) out.add(dh);
        for (SystemSpec s : preset.systems()) if (!s.model().equals("ipl")) out.add(twoStep(s));
        if (preset.has("ipl"))
            for (String k : new String[] {"ss-0.6", "sw"}) if (preset.has(k)) out.add(inannealability(preset.system(k)));
        out.add(stationarity());
        out.add(fireConvergence());
        out.add(matchedStatePoints());
        if (preset.has("ipl")) out.add(systemSizeCost());
        return out;
    }

    /**
     * Fig. 11 c: P(|dr|) after tau_alpha/10 almost identical across SS densities; the largest total-variation distance
     * between two densities, interval from multinomial redraws of each histogram with N x (production / tau_alpha)
     * independent units (particles x time windows one tau_alpha apart). Null with fewer than two densities' tables.
     */
    Claim displacementsAcrossDensity() {
        Table d = fig.fig11cDisplacements();
        if (d.rowCount() == 0) return null;
        List<double[]> p = new ArrayList<>();
        List<Integer> n = new ArrayList<>();
        Map<String, Object> meas = new LinkedHashMap<>();
        for (SystemSpec s : preset.systems()) {
            if (!s.model().equals("ss")) continue;
            Table t = rows(d, s.key());
            if (t.rowCount() == 0) continue;
            StageResult u = r.dyn(s, s.lowestIndex());
            int windows = (int) Math.max(1, Math.floor(u.value("production") / tauAlpha(u)));
            p.add(MesoelasticCoverage.rebin(col(t, "P_times_a0"), TV_REBIN));
            n.add(s.n() * windows);
            meas.put(s.key(), obj("T", s.lowestT(), "tau_over_t0", num(tauAlpha(u) / s.t0(s.lowestT())), "units", s.n() * windows,
                "lag_over_tau_alpha", num(col(t, "lag_over_tau_alpha")[0])));
        }
        if (p.size() < 2) return null;
        double[][] ps = p.toArray(double[][]::new);
        int[] units = n.stream().mapToInt(Integer::intValue).toArray();
        double bias = MesoelasticCoverage.nullMaxTotalVariation(ps, units, BOOTSTRAP, seed + 43);
        double tv = MesoelasticCoverage.maxTotalVariation(ps) - bias;
        double[] rep = MesoelasticCoverage.maxTotalVariationReplicas(ps, units, BOOTSTRAP, seed + 41);
        for (int b = 0; b < rep.length; b++) rep[b] -= bias;
        double[] ci = Bootstrap.percentiles90(rep);
        meas.put("max_total_variation_minus_sampling_null", num(tv));
        meas.put("sampling_null", num(bias));
        return Claim.of("displacements_across_density", "SS: the distribution of particle displacements after tau_alpha/10 is almost identical "
                + "across densities (largest total-variation distance between two densities, histograms in bins of " + TV_REBIN
                + " x 0.02 a0, minus the distance that sampling alone gives between identical distributions of the same sizes, below "
                + MesoelasticRules.TV_IDENTICAL + ", ours; each density at its lowest T, see matched_state_points; unit: particles x time windows one tau_alpha apart)",
                "Sec. III C, Appendix D2, Fig. 11 c")
            .paper("almost identical").measured(meas).interval(ci)
            .status(MesoelasticRules.almostIdentical(tv, ci, MesoelasticRules.TV_IDENTICAL));
    }

    /** Sec. IV: an attraction-dominated model keeps a conventional two-step decay of F_s at its lowest T. */
    Claim twoStep(SystemSpec s) {
        StageResult u = r.dyn(s, s.lowestIndex());
        Table self = selfDynamics(u);
        double t0 = u.value("t0");
        double[] shape = MesoelasticCoverage.twoStepShape(scaled(col(self, "t"), 1 / t0), col(self, large(self, "fs")), 0.02);
        boolean decayed = Double.isFinite(tauAlpha(u));
        return Claim.of("two_step_relaxation_" + s.key(), "F_s(q_max, t) of " + s.key() + " decays in two steps at the lowest T: "
                + "-dF_s/dln t has a beta and an alpha maximum with a minimum (plateau) at most half the lower one between them "
                + "(threshold ours; point estimate: F_s is stored as the particle and time-origin average, no independent units)",
                "Sec. IV")
            .paper("conventional two-step decay")
            .measured(obj("T", s.lowestT(), "beta_max", num(shape[0]), "plateau_min", num(shape[1]), "alpha_max", num(shape[2]),
                "ratio", num(shape[1] / Math.min(shape[0], shape[2]))))
            .status(MesoelasticRules.twoStep(decayed, shape[0], shape[1], shape[2]));
    }

    /**
     * Sec. IV, Fig. 4 c3, d3: the stiffening of kappa on annealing, per decade of tau_alpha over the measured range,
     * is strongly suppressed in SS (rho 0.6) and SW against IPL; interval: block bootstrap over the IS of the hottest and
     * the coldest T of both systems (blocks of one tau_alpha). G is reported beside it.
     */
    Claim inannealability(SystemSpec s) {
        SystemSpec ipl = r.system("ipl");
        double[] a = stiffeningReplicas(ipl, "kappa_mean", seed + 43), b = stiffeningReplicas(s, "kappa_mean", seed + 47);
        double ra = stiffening(ipl, "kappa_mean"), rb = stiffening(s, "kappa_mean");
        double[] diff = new double[a.length];
        for (int i = 0; i < a.length; i++) diff[i] = a[i] - b[i];
        double[] ci = Double.isFinite(a[0]) && Double.isFinite(b[0]) ? Bootstrap.percentiles90(diff) : new double[] {Double.NaN, Double.NaN};
        return Claim.of("inannealability_" + s.key(), "the annealing-induced stiffening of kappa per decade of tau_alpha is strongly "
                + "suppressed in " + s.key() + " against IPL (at most half, ours; relative change from the hottest to the lowest T over "
                + "log10 of the tau_alpha ratio; unit: IS blocks of one tau_alpha)", "Sec. IV, Fig. 4 c3, d3")
            .paper("strong suppression of the stiffening of G and kappa")
            .measured(obj("kappa_per_decade", obj("ipl", num(ra), s.key(), num(rb)),
                "G_per_decade", obj("ipl", num(stiffening(ipl, "G")), s.key(), num(stiffening(s, "G"))),
                "tau_decades", obj("ipl", num(decades(ipl)), s.key(), num(decades(s)))))
            .interval(ci).status(MesoelasticRules.suppressedStiffening(s.key(), ra, rb, ci));
    }

    private double decades(SystemSpec s) {
        return Math.log10(tauAlpha(r.dyn(s, s.lowestIndex())) / tauAlpha(r.dyn(s, s.hottestIndex())));
    }

    private double stiffening(SystemSpec s, String column) {
        double hot = mean(col(r.dyn(s, s.hottestIndex()).table("is"), column)), cold = mean(col(r.dyn(s, s.lowestIndex()).table("is"), column));
        return (cold / hot - 1) / decades(s);
    }

    /** Block-bootstrap replicas of {@link #stiffening}, tau_alpha held fixed; NaN replicas with fewer than 3 blocks. */
    private double[] stiffeningReplicas(SystemSpec s, String column, long sd) {
        StageResult hot = r.dyn(s, s.hottestIndex()), cold = r.dyn(s, s.lowestIndex());
        double[] h = col(hot.table("is"), column), c = col(cold.table("is"), column);
        int bh = isBlock(hot), bc = isBlock(cold);
        double[] out = new double[BOOTSTRAP];
        if (s.temperatures().length < 2 || h.length < MIN_BLOCKS * bh || c.length < MIN_BLOCKS * bc) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        SplittableRandom rng = new SplittableRandom(sd);
        double dec = decades(s);
        for (int b = 0; b < out.length; b++) {
            double sh = 0, sc = 0;
            for (int j : Bootstrap.resample(h.length, bh, rng)) sh += h[j];
            for (int j : Bootstrap.resample(c.length, bc, rng)) sc += c[j];
            out[b] = ((sc / c.length) / (sh / h.length) - 1) / dec;
        }
        return out;
    }

    /**
     * Diagnostic (the paper thermalizes "until MSD and F_s became time-translationally invariant", Sec. II B): the
     * drift of the IS energy between the two halves of each production, with standard errors from blocks of one
     * tau_alpha; MSD and F_s of the two halves are not stored by the liquid stage.
     */
    Claim stationarity() {
        Map<String, Object> worst = new LinkedHashMap<>();
        int flagged = 0, points = 0;
        double maxZ = 0, minEq = Double.POSITIVE_INFINITY;
        for (SystemSpec s : preset.systems())
            for (int k = 0; k < s.temperatures().length; k++) {
                StageResult u = r.dyn(s, k);
                double[] z = MesoelasticCoverage.halfDrift(col(u.table("is"), "U_per_N"), isBlock(u));
                points++;
                minEq = Math.min(minEq, u.value("equilibration") / tauAlpha(u));
                if (Double.isFinite(z[2]) && Math.abs(z[2]) > 2) {
                    flagged++;
                    worst.put(s.key() + " T=" + s.temperatures()[k], obj("drift_U_IS_per_N", num(z[0]), "z", num(z[2])));
                }
                if (Double.isFinite(z[2])) maxZ = Math.max(maxZ, Math.abs(z[2]));
            }
        return Claim.of("stationarity_productions", "each production is stationary: IS energy per particle of the second half against the "
                + "first (difference over its block standard error, blocks of one tau_alpha)", "Sec. II B (protocol)")
            .paper("thermalized until MSD and F_s are time-translationally invariant")
            .measured(obj("state_points", points, "with_abs_z_over_2", flagged, "max_abs_z", num(maxZ),
                "min_equilibration_over_tau_alpha", num(minEq), "flagged", worst))
            .informational("a diagnostic of our runs (about 1 in 20 state points exceeds |z| = 2 by chance); halves with fewer than "
                + "2 blocks have no z; MSD/F_s of the two halves would need the production frames, which the stage does not keep");
    }

    /** Diagnostic: IS minimisations that stopped above the force tolerance (never ignored: counted per system). */
    Claim fireConvergence() {
        Map<String, Object> meas = new LinkedHashMap<>();
        int bad = 0, all = 0;
        for (SystemSpec s : preset.systems()) {
            int b = 0, a = 0;
            for (int k = 0; k < s.temperatures().length; k++)
                for (double f : col(r.dyn(s, k).table("is"), "max_force")) { a++; if (!(f < IS_FORCE_TOLERANCE)) b++; }
            meas.put(s.key(), obj("unconverged", b, "of", a));
            bad += b; all += a;
        }
        meas.put("total_unconverged", bad);
        meas.put("total_IS", all);
        return Claim.of("fire_convergence", "every inherent structure is a minimum: FIRE reached max force < " + IS_FORCE_TOLERANCE
                + " within " + FIRE_MAX_ITERATIONS + " iterations", "Appendix A (protocol)")
            .paper("inherent structures").measured(meas)
            .informational(bad + " of " + all + " IS minimisations unconverged; the transition quenches (tolerance "
                + TRANSITION_FORCE_TOLERANCE + ") do not record convergence in the stage format of this session");
    }

    /** Figs. 10-11: the temperatures of matched tau_alpha/t0 and how far the measured Gamma, C_s points lie from them. */
    Claim matchedStatePoints() {
        Table m = fig.matchedStatePoints();
        Map<String, Object> meas = new LinkedHashMap<>();
        double cost = 0;
        for (int i = 0; i < m.rowCount(); i++) {
            String key = m.stringColumn("group").get(i) + " " + m.stringColumn("system").get(i);
            meas.put(key, obj("target_tau_over_t0", num(m.doubleColumn("target_tau_over_t0").getDouble(i)),
                "T_matched", num(m.doubleColumn("T_matched").getDouble(i)), "T_error", num(m.doubleColumn("T_matched_error").getDouble(i)),
                "T_lowest", num(m.doubleColumn("T_lowest").getDouble(i)), "mismatch_factor", num(m.doubleColumn("mismatch_factor").getDouble(i))));
            // a missing value (no group member reached the target, or no cost estimate) is NaN: reported as null, not summed
            double mismatch = m.doubleColumn("mismatch_factor").getDouble(i), runs = m.doubleColumn("cpu_s_estimated_new_runs").getDouble(i);
            if ((mismatch > 1.0001 || mismatch < 0.9999) && Double.isFinite(runs)) cost += runs;
        }
        meas.put("cpu_s_estimated_to_rerun_transitions_and_mobility_at_matched_T", num(cost));
        if (m.rowCount() == 0) meas.put("groups", "none: no member of either group reached tau_alpha/t0 >= " + ACTIVATED_TAU_T0);
        return Claim.of("matched_state_points", "state points of similar viscosity (matched tau_alpha/t0 of the large species' F_s, our "
                + "quantitative proxy for the paper's MSD/F_s collapse): Gamma and C_s compared there", "Appendix D2, Figs. 10-11")
            .paper("one deeply supercooled T per model / density, chosen by collapse")
            .measured(meas)
            .informational("Gamma (Fig. 5) and C_s (Fig. 7) of the checks without '_matched' are measured at each system's lowest T; "
                + "mismatch_factor = its tau_alpha/t0 over the matched value (one target for both groups; T_matched interpolated, error = "
                + "linear vs quadratic in 1/T). The runs at T_matched are the matched-viscosity units of long and paper (MatchedViscosityStage, "
                + "estimated CPU above), compared in the '_matched' checks; quick has no room for them");
    }

    /**
     * Review 004 §6.11: kappa at two N. Measured by {@link KappaSizeStage} when the run has it (the relative change of
     * the mean kappa from N to {@link KappaSizeStage#SIZE_FACTOR} N with a 90% interval over the IS of both sizes,
     * resampled independently); otherwise the cost of the IPL liquid at the hottest T with the paper's N = 2000
     * beside ours ({@link MesoelasticUnitCost}).
     */
    Claim systemSizeCost() {
        SystemSpec s = r.system("ipl");
        int k = s.hottestIndex();
        StageResult size = r.kappaSize();
        if (size != null) return systemSize(s, size.table("kappa_size"));
        SystemSpec big = new SystemSpec(s.key(), s.model(), s.density(), s.dt(), s.tauNH(), s.qmax(), 2000, s.temperatures(),
            s.equilibration(), s.production(), s.transitionDt());
        double small = 3600 * MesoelasticUnitCost.liquidCoreHours(preset, s, k), large = 3600 * MesoelasticUnitCost.liquidCoreHours(preset,
            big, k);
        return sizeClaim()
            .measured(obj("N", List.of(s.n(), 2000), "T", s.temperatures()[k], "cpu_s_estimated", java.util.Arrays.asList(num(small), num(large))))
            .informational("not measured: every stored IS has N = " + s.n() + "; a second N needs a new liquid stage (estimated CPU-s "
                + "above, " + MesoelasticUnitCost.BASIS + ")");
    }

    /** The measured comparison: mean kappa and G per N, and kappa(large N)/kappa(small N) - 1 with its 90% interval. */
    private Claim systemSize(SystemSpec s, Table t) {
        double[] n = col(t, "N"), kappa = col(t, "kappa_mean"), g = col(t, "G");
        int small = s.n(), large = KappaSizeStage.SIZE_FACTOR * s.n();
        double[] ks = pick(kappa, n, small), kl = pick(kappa, n, large);
        double ms = mean(ks), ml = mean(kl);
        double[] rs = Bootstrap.replicas(ks.length, idx -> meanAt(ks, idx), Bootstrap.REPLICAS, seed + 11),
            rl = Bootstrap.replicas(kl.length, idx -> meanAt(kl, idx), Bootstrap.REPLICAS, seed + 12), ratio = new double[rs.length];
        for (int i = 0; i < ratio.length; i++) ratio[i] = rl[i] / rs[i] - 1;
        double[] ci = Bootstrap.percentiles90(ratio);
        return sizeClaim()
            .measured(obj("N", List.of(small, large), "T", s.temperatures()[s.hottestIndex()], "kappa_mean", List.of(num(ms), num(ml)),
                "G_mean", List.of(num(mean(pick(g, n, small))), num(mean(pick(g, n, large)))), "IS_per_N", List.of(ks.length, kl.length),
                "relative_change", num(ml / ms - 1)))
            .interval(ci)
            .informational("kappa at N = " + large + " over N = " + small + " minus 1, " + MesoelasticRules.f(ml / ms - 1) + " [" + MesoelasticRules.f(ci[0])
                + ", " + MesoelasticRules.f(ci[1]) + "] (90%, IS resampled at each N); the same estimator (a random dipole sample per IS) at both N");
    }

    private static Claim.Builder sizeClaim() {
        return Claim.of("kappa_system_size", "kappa does not depend on N (a finite-size check the paper does not report; review 004 §6.11)",
                "review 004 §6.11 (not a paper claim)")
            .paper("not stated");
    }

    private static double[] pick(double[] v, double[] n, int size) {
        return java.util.stream.IntStream.range(0, v.length).filter(i -> n[i] == size).mapToDouble(i -> v[i]).toArray();
    }

    private static double mean(double[] v) { return java.util.Arrays.stream(v).average().orElse(Double.NaN); }

    private static double meanAt(double[] v, int[] idx) {
        double sum = 0;
        for (int i : idx) sum += v[i];
        return sum / idx.length;
    }
}
