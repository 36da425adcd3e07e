package glassdyn.papers.mesoelastic;

import glassdyn.analysis.DiffusionCoefficient;
import glassdyn.papers.StageResult;
import glassdyn.stats.Bootstrap;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.mesoelastic.MesoelasticObservables.*;
import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/** The figure tables of paper 004 (one per panel, reduced units), computed from the finished stages. */
public final class MesoelasticFigures {
    private final MesoelasticResults r;
    private final Preset preset;
    private final long seed;

    public MesoelasticFigures(MesoelasticResults r) {
        this.r = r;
        this.preset = r.preset();
        this.seed = r.seed();
    }

    static Table withSystem(Table t, String system) {
        String[] v = new String[t.rowCount()];
        Arrays.fill(v, system);
        t.insertColumn(0, tech.tablesaw.api.StringColumn.create("system", v));
        return t;
    }

    /**
     * The parts one under the other. Parts of one-species models (SW) lack the partial columns of the binary ones
     * (S_1_1, fs_2, ...): the union of the columns is kept, in order of first appearance, and a missing numeric column
     * is NaN in that part's rows.
     */
    static Table stack(String name, List<Table> parts) {
        List<String> union = new ArrayList<>();
        for (Table p : parts) for (String c : p.columnNames()) if (!union.contains(c)) union.add(c);
        Table out = null;
        for (Table part : parts) {
            Table p = part.copy();
            for (String c : union)
                if (!p.columnNames().contains(c)) {
                    double[] nan = new double[p.rowCount()];
                    Arrays.fill(nan, Double.NaN);
                    p.addColumns(tech.tablesaw.api.DoubleColumn.create(c, nan));
                }
            p = p.selectColumns(union.toArray(String[]::new));
            if (out == null) out = p; else out.append(p);
        }
        if (out == null) out = Table.create(name);
        out.setName(name);
        return out;
    }

    /** Figs. 4 a1-d1 and 9 a1-a4: F_s(q_max, t) and MSD of the large species, reduced units, every system and T. */
    public Table fig4Fs() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems())
            for (int k = 0; k < s.temperatures().length; k++) {
                StageResult u = r.dyn(s, k);
                Table self = selfDynamics(u);
                double t0 = u.value("t0"), a0 = u.value("a0");
                double[] t = col(self, "t"), x = new double[t.length], msd = col(self, large(self, "msd")), m = new double[t.length], b = new double[t.length];
                for (int i = 0; i < t.length; i++) { x[i] = t[i] / t0; m[i] = msd[i] / (a0 * a0); b[i] = 3 * x[i] * x[i]; }
                Table p = Tables.of("fs", "T", constant(t.length, s.temperatures()[k]), "lag", t, "t_over_t0", x,
                    "fs", col(self, large(self, "fs")), "fs_species_averaged", col(self, "fs"), "msd_over_a0sq", m,
                    "msd_species_averaged_over_a0sq", scaled(col(self, "msd"), 1 / (a0 * a0)), "ballistic_3_t_over_t0_sq", b);
                parts.add(withSystem(p, s.key()));
            }
        return stack("fig4_1_fs_msd", parts);
    }

    /**
     * Figs. 4 a2-d2 and 9 b: tau_alpha, D (with its fit window in tau_alpha, the MSD log slope there and whether that
     * is diffusive), ballistic end, run lengths in tau_alpha, per system and T; all from the well-averaged lags.
     */
    public Table fig4Tau() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems()) {
            int m = s.temperatures().length;
            double[][] c = new double[15][m];
            for (int k = 0; k < m; k++) {
                StageResult u = r.dyn(s, k);
                Table self = selfDynamics(u);
                double t = s.temperatures()[k], t0 = u.value("t0"), a0 = u.value("a0"), tau = tauAlpha(u);
                DiffusionCoefficient d = diffusionOf(u);
                c[0][k] = t; c[1][k] = 1 / t; c[2][k] = tau; c[3][k] = tau / t0; c[4][k] = t0; c[5][k] = a0;
                c[6][k] = d.d(); c[7][k] = d.d() * t0 / (a0 * a0); c[8][k] = ballisticEnd(col(self, "t"), col(self, large(self, "msd")), a0, t0);
                c[9][k] = u.value("equilibration") / tau; c[10][k] = u.value("production") / tau;
                c[11][k] = d.windowStart() / tau; c[12][k] = d.windowEnd() / tau; c[13][k] = d.logSlope();
                c[14][k] = d.diffusive(DIFFUSIVE_TOLERANCE) ? 1 : 0;
            }
            parts.add(withSystem(Tables.of("tau", "T", c[0], "inv_T", c[1], "tau_alpha", c[2], "tau_over_t0", c[3], "t0", c[4],
                "a0", c[5], "D", c[6], "D_t0_over_a0sq", c[7], "t_ballistic_end_over_t0", c[8],
                "equilibration_over_tau", c[9], "production_over_tau", c[10], "D_window_start_over_tau", c[11],
                "D_window_end_over_tau", c[12], "msd_log_slope_in_D_window", c[13], "D_diffusive", c[14]), s.key()));
        }
        return stack("fig4_2_tau_alpha", parts);
    }

    /** Figs. 3 and 4 a3-d3: kappa(T_p) and G(T_p) with 90% bootstrap intervals (resampling IS) and relative changes. */
    public Table fig4Relative() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems()) {
            int m = s.temperatures().length;
            double[][] c = new double[12][m];
            int hot = s.hottestIndex();
            double kHot = mean(col(r.dyn(s, hot).table("is"), "kappa_mean")), gHot = mean(col(r.dyn(s, hot).table("is"), "G"));
            for (int k = 0; k < m; k++) {
                StageResult u = r.dyn(s, k);
                double[] kis = col(u.table("is"), "kappa_mean"), g = col(u.table("is"), "G");
                double kap = mean(kis), gm = mean(g);
                double[] kci = Bootstrap.meanInterval(kis, isBlock(u), seed + k), gci = Bootstrap.meanInterval(g, isBlock(u), seed + 31 + k);
                c[0][k] = s.temperatures()[k]; c[1][k] = 1 / s.temperatures()[k]; c[2][k] = kap; c[3][k] = kci[0]; c[4][k] = kci[1];
                c[5][k] = gm; c[6][k] = gci[0]; c[7][k] = gci[1]; c[8][k] = kap / kHot - 1; c[9][k] = gm / gHot - 1; c[10][k] = kis.length;
                c[11][k] = isBlock(u);
            }
            parts.add(withSystem(Tables.of("relative", "T_p", c[0], "inv_T_p", c[1], "kappa", c[2], "kappa_ci90_lo", c[3],
                "kappa_ci90_hi", c[4], "G", c[5], "G_ci90_lo", c[6], "G_ci90_hi", c[7], "kappa_relative_change", c[8],
                "G_relative_change", c[9], "n_IS", c[10], "IS_per_bootstrap_block", c[11]), s.key()));
        }
        return stack("fig4_3_kappa_G_relative", parts);
    }

    /** Fig. 3: the IPL rows of {@link #fig4Relative}. */
    public Table fig3() {
        Table ipl = rows(fig4Relative(), "ipl");
        ipl.setName("fig3_ipl_relative_change");
        return ipl;
    }

    /** The Eq. 3 fit of one system over the points with tau_alpha/t0 &gt;= 10 (all points when fewer than two). */
    public MesoelasticFit eq3Fit(String system) {
        Table t = rows(fig4Eq3(), system);
        double[] x = col(t, "kappa_over_T"), y = col(t, "tau_over_t0");
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < x.length; i++) if (y[i] >= ACTIVATED_TAU_T0) keep.add(i);
        if (keep.size() < 2) { keep.clear(); for (int i = 0; i < x.length; i++) if (y[i] > 0 && Double.isFinite(x[i])) keep.add(i); }
        if (keep.size() < 2) return new MesoelasticFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, keep.size());
        double[] xs = keep.stream().mapToDouble(i -> x[i]).toArray(), ys = keep.stream().mapToDouble(i -> y[i]).toArray();
        return MesoelasticFit.of(xs, ys, r.system(system).a0());
    }

    /** Figs. 4 a4-d4 and 6 a1-a3: ln(tau_alpha/t0) against kappa(T)/T. */
    public Table fig4Eq3() {
        List<Table> parts = new ArrayList<>();
        Table rel = fig4Relative(), tau = fig4Tau();
        for (SystemSpec s : preset.systems()) {
            Table rr = rows(rel, s.key()), q = rows(tau, s.key());
            double[] kap = col(rr, "kappa"), t = col(rr, "T_p"), x = new double[t.length], y = col(q, "tau_over_t0"), ly = new double[t.length];
            for (int i = 0; i < t.length; i++) { x[i] = kap[i] / t[i]; ly[i] = Math.log(y[i]); }
            parts.add(withSystem(Tables.of("eq3", "T", t, "kappa_over_T", x, "tau_over_t0", y, "ln_tau_over_t0", ly), s.key()));
        }
        return stack("fig4_4_eq3", parts);
    }

    /** Fig. 5 a: IS energy trajectories, (U_IS - U_IS(0))/T against N t / (N0 t_ballistic). */
    public Table fig5a() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems()) {
            StageResult u = r.trans(s);
            double[] t = col(u.table("is_energy"), "t"), e = col(u.table("is_energy"), "U_IS");
            double tb = BALLISTIC_T0 * s.t0(u.value("T")), temp = u.value("T");
            double[] x = new double[t.length], y = new double[t.length];
            for (int i = 0; i < t.length; i++) { x[i] = s.n() * (t[i] - t[0]) / (N0 * tb); y[i] = (e[i] - e[0]) / temp; }
            parts.add(withSystem(Tables.of("is", "t", t, "U_IS", e, "scaled_time", x, "U_IS_shift_over_T", y), s.key()));
        }
        return stack("fig5a_is_energy", parts);
    }

    /**
     * Fig. 5 b-d: the reduced transition rate Gamma t_ballistic N0 / N per system (at its lowest T), pooled over the
     * trajectories, with its 90% bootstrap interval over trajectories (the independent units; NaN with fewer than
     * {@link Bootstrap#MIN_UNITS}) and the one-transition bound of a run without transitions.
     */
    public Table fig5b() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems()) {
            StageResult u = r.trans(s);
            double[] ci = rateInterval(s);
            PooledRate p = pooledRate(s);
            parts.add(withSystem(Tables.of("rate", "T", new double[] {u.value("T")}, "density", new double[] {s.density()},
                "transitions", new double[] {p.transitions()}, "duration", new double[] {p.duration()},
                "trajectories", new double[] {u.table("trajectories").rowCount()},
                "rate", new double[] {p.rate()}, "scaled_rate", new double[] {p.scaledRate()},
                "scaled_rate_ci90_lo", new double[] {ci == null ? Double.NaN : ci[0]},
                "scaled_rate_ci90_hi", new double[] {ci == null ? Double.NaN : ci[1]},
                "scaled_rate_upper", new double[] {p.scaledRateUpper()}), s.key()));
        }
        return stack("fig5b_transition_rate", parts);
    }

    /**
     * A system's transition count and rate pooled over its transition trajectories (all transitions over all time,
     * the statistic whose interval {@link #rateInterval(SystemSpec)} gives; the stage's own {@code transitions} and
     * {@code scaled_rate} values are its first trajectory's), and the one-transition upper bound of the pooled run.
     */
    public record PooledRate(double transitions, double duration, double rate, double scaledRate, double scaledRateUpper) {
        /** The pooled rate, or the one-transition bound when no trajectory had a transition. */
        public double rateOrBound() { return transitions > 0 ? scaledRate : scaledRateUpper; }
    }

    /** The pooled rate of {@code s} at its lowest T ({@link PooledRate}). */
    public PooledRate pooledRate(SystemSpec s) {
        return pooledRate(r.trans(s).table("trajectories"), BALLISTIC_T0 * s.t0(s.lowestT()) * N0 / s.n());
    }

    /** {@link PooledRate} of a {@code trajectories} table (columns transitions, duration), rates times {@code scale}. */
    static PooledRate pooledRate(Table trajectories, double scale) {
        double n = 0, d = 0;
        for (double x : col(trajectories, "transitions")) n += x;
        for (double x : col(trajectories, "duration")) d += x;
        return new PooledRate(n, d, n / d, n / d * scale, Math.max(1, n) / d * scale);
    }

    /**
     * 90% percentile-bootstrap interval of a system's scaled rate (pooled transitions over pooled duration) resampling
     * its transition trajectories; null with fewer than {@link Bootstrap#MIN_UNITS} trajectories.
     */
    public double[] rateInterval(SystemSpec s) {
        return rateInterval(r.trans(s).table("trajectories"), BALLISTIC_T0 * s.t0(s.lowestT()) * N0 / s.n(), seed + 23);
    }

    /**
     * 90% percentile-bootstrap interval of {@code scale} x pooled transitions over pooled duration of a
     * {@code trajectories} table, resampling its rows; null with fewer than {@link Bootstrap#MIN_UNITS} rows.
     */
    static double[] rateInterval(Table t, double scale, long seed) {
        double[] n = col(t, "transitions"), d = col(t, "duration");
        if (n.length < Bootstrap.MIN_UNITS) return null;
        return Bootstrap.interval(n.length, idx -> {
            double a = 0, b = 0;
            for (int i : idx) { a += n[i]; b += d[i]; }
            return a / b * scale;
        }, seed);
    }

    /**
     * Figs. 6 b-c and 7: per particle of every IS of the SS mobility stages: mobility, kappa_i, kappa_i over the mean
     * of the large particles (spec 004 A12), per-species ranks in [0, 1], class (+1 mobile, -1 immobile, 0 neither).
     */
    public Table fig6Particles() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems()) {
            StageResult u = r.mob(s);
            if (u == null) continue;
            Table t = u.table("particles").copy();
            double[] k = col(t, "kappa_i"), type = col(t, "type");
            double sum = 0;
            int cnt = 0;
            for (int i = 0; i < k.length; i++) if (type[i] == 2 && Double.isFinite(k[i])) { sum += k[i]; cnt++; }
            t.addColumns(tech.tablesaw.api.DoubleColumn.create("kappa_over_mean", scaled(k, cnt / sum)));
            parts.add(withSystem(t, s.key()));
        }
        return stack("fig6_mobility_kappa", parts);
    }

    /** Fig. 7 (right): the ensemble C_s(1/kappa, mobility) per SS density. */
    public Table fig7() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems()) {
            StageResult u = r.mob(s);
            if (u == null) continue;
            double[] cs = col(u.table("cs"), "C_s");
            double[] ci = Bootstrap.meanInterval(cs, seed + 7);
            double tau = tauAlpha(r.dyn(s, s.lowestIndex()));
            parts.add(withSystem(Tables.of("cs", "density", new double[] {s.density()}, "C_s", new double[] {mean(cs)},
                "C_s_ci90_lo", new double[] {ci[0]}, "C_s_ci90_hi", new double[] {ci[1]}, "n_IS", new double[] {cs.length},
                "T", new double[] {s.lowestT()}, "tau_over_t0", new double[] {tau / s.t0(s.lowestT())},
                "mobility_run_tau_alpha_used", new double[] {u.value("tau_alpha")}), s.key()));
        }
        return stack("fig7_spearman", parts);
    }

    /**
     * Fig. 12 in numbers: the fraction of interacting IS pairs on the attractive side of the pair potential
     * (u'(r) &gt; 0) per system and parent temperature (the g(r) curves themselves are not produced).
     */
    public Table fig12() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems()) {
            int m = s.temperatures().length;
            double[] f = new double[m];
            for (int k = 0; k < m; k++) f[k] = mean(col(r.dyn(s, k).table("is"), "attractive_fraction"));
            parts.add(withSystem(Tables.of("attractive", "T_p", s.temperatures().clone(), "attractive_pair_fraction", f), s.key()));
        }
        return stack("fig12_attractive_pairs", parts);
    }

    /**
     * Fig. 12: g(r) of the liquid ({@code g}, {@code g_a_b}) and of its inherent structures ({@code g_IS...}) at each
     * system's lowest T, with the pair potential {@code u_a_b} (SW: its two-body term), r in the model's microscopic
     * units; rows from the first r where the liquid's g exceeds {@link #GR_FROM} (so the core's steep u does not set
     * the scale of the potential axis). Systems whose checkpoints predate this table are left out.
     */
    static final double GR_FROM = 0.05;

    public Table fig12Gr() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems()) {
            StageResult u = r.dyn(s, s.lowestIndex());
            if (!u.tables().containsKey("gr")) continue;
            Table g = u.table("gr");
            double[] gv = col(g, "g");
            int from = 0;
            while (from < gv.length && !(gv[from] > GR_FROM)) from++;
            Table t = g.inRange(Math.min(from, g.rowCount()), g.rowCount()).copy();
            t.insertColumn(1, tech.tablesaw.api.DoubleColumn.create("T", constant(t.rowCount(), s.lowestT())));
            parts.add(withSystem(t, s.key()));
        }
        return stack(MesoelasticFigure.FIG12_GR.file(), parts);
    }

    /**
     * Fig. 11 c: P(|dr|) of all particles after the lag closest to tau_alpha/10 at each system's lowest T, in reduced
     * units ({@code dr_over_a0}, {@code P_times_a0}, {@code lag_over_tau_alpha}). Systems whose checkpoints predate this
     * table are left out.
     */
    public Table fig11cDisplacements() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems()) {
            StageResult u = r.dyn(s, s.lowestIndex());
            if (!u.tables().containsKey("van_hove") || u.table("van_hove").rowCount() == 0) continue;
            Table v = u.table("van_hove");
            double a0 = s.a0(), tau = tauAlpha(u);
            double[] lag = col(v, "lag"), rr = col(v, "r"), p = col(v, "P"), x = new double[rr.length], y = new double[rr.length], l = new double[rr.length];
            for (int i = 0; i < rr.length; i++) { x[i] = rr[i] / a0; y[i] = p[i] * a0; l[i] = lag[i] / tau; }
            parts.add(withSystem(Tables.of("disp", "density", constant(rr.length, s.density()), "T", constant(rr.length, s.lowestT()),
                "lag_over_tau_alpha", l, "dr_over_a0", x, "P_times_a0", y), s.key()));
        }
        return stack(MesoelasticFigure.FIG11C_DISPLACEMENTS.file(), parts);
    }

    /** P(kappa_ij / mean) per system and parent temperature (the distribution whose tail Appendix C discusses). */
    public Table kappaDistribution() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems())
            for (int k = 0; k < s.temperatures().length; k++) {
                double[] kap = col(r.dyn(s, k).table("kappa"), "kappa");
                double m = mean(kap);
                parts.add(withSystem(Tables.of("kappa", "T_p", constant(kap.length, s.temperatures()[k]), "kappa", kap,
                    "kappa_over_mean", scaled(kap, 1 / m)), s.key()));
            }
        return stack("kappa_distribution", parts);
    }

    /**
     * A particle map for notebooks: the mean of {@code value} over the particles of IS {@code is} in the slab
     * {@code |z - L/2| < L/4} binned on a {@code bins x bins} grid of (x, y); NaN where a cell is empty.
     */
    public static double[][] particleMap(Table particles, String system, int is, String value, int bins) {
        Table t = particles.where(particles.stringColumn("system").isEqualTo(system).and(particles.doubleColumn("is").isEqualTo(is)));
        double[] x = col(t, "x"), y = col(t, "y"), z = col(t, "z"), v = col(t, value);
        double lo = Arrays.stream(x).min().orElse(0), hi = Arrays.stream(x).max().orElse(1);
        double zlo = Arrays.stream(z).min().orElse(0), zhi = Arrays.stream(z).max().orElse(1);
        double zmid = 0.5 * (zlo + zhi), half = (zhi - zlo) / 4;
        double[][] sum = new double[bins][bins];
        int[][] cnt = new int[bins][bins];
        double ylo = Arrays.stream(y).min().orElse(0), yhi = Arrays.stream(y).max().orElse(1);
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(z[i] - zmid) > half) continue;
            int a = Math.min(bins - 1, (int) ((x[i] - lo) / (hi - lo + 1e-12) * bins));
            int b = Math.min(bins - 1, (int) ((y[i] - ylo) / (yhi - ylo + 1e-12) * bins));
            sum[b][a] += v[i]; cnt[b][a]++;
        }
        double[][] g = new double[bins][bins];
        for (int b = 0; b < bins; b++) for (int a = 0; a < bins; a++) g[b][a] = cnt[b][a] > 0 ? sum[b][a] / cnt[b][a] : Double.NaN;
        return g;
    }

    /**
     * Fig. 7 per particle: the rows of IS {@code is} of {@code system} in the slab {@code |z - z_mid| < (z_max - z_min)/4}
     * through the middle of the box (one marker per particle in the notebook's map).
     */
    public static Table particleSlab(Table particles, String system, int is) {
        Table t = particles.where(particles.stringColumn("system").isEqualTo(system).and(particles.doubleColumn("is").isEqualTo(is)));
        if (t.rowCount() == 0) return t;
        double zlo = t.doubleColumn("z").min(), zhi = t.doubleColumn("z").max();
        double mid = 0.5 * (zlo + zhi), half = (zhi - zlo) / 4;
        return t.where(t.doubleColumn("z").isBetweenInclusive(mid - half, mid + half));
    }

    /** S(q) (total and partials) of each system's lowest-T liquid (Table I q_max is its first peak). */
    public Table structureFactor() {
        List<Table> parts = new ArrayList<>();
        for (SystemSpec s : preset.systems()) parts.add(withSystem(r.dyn(s, s.lowestIndex()).table("sq").copy(), s.key()));
        return stack(MesoelasticFigure.STRUCTURE_FACTOR.file(), parts);
    }

    /**
     * Figs. 10-11, state points of similar viscosity: the deepest tau_alpha/t0 that every activated member of either
     * group reached ({@link MatchedViscosityStage#target}, one target for both groups), and per member the temperature
     * of that tau_alpha/t0 (ln(tau/t0) linear in 1/T between the bracketing T; the quadratic through the three nearest
     * T as the interpolation error), against the lowest T where Gamma and C_s were measured at every scale, with the
     * estimated CPU seconds of its matched unit ({@link MesoelasticUnitCost#matchedCoreHours}; 0 for the member that
     * set the target). The measurements there: {@link #matchedViscosity}.
     */
    public Table matchedStatePoints() {
        Table tau = fig4Tau();
        List<String> sys = new ArrayList<>(), group = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        double target = MatchedViscosityStage.target(r);
        for (String[] g : MatchedViscosityStage.MATCH_GROUPS) {
            if (!Double.isFinite(target)) continue;
            for (int i = 1; i < g.length; i++) {
                if (!preset.has(g[i])) continue;
                SystemSpec s = preset.system(g[i]);
                Table q = rows(tau, g[i]);
                double[] tm = MesoelasticCoverage.temperatureAt(col(q, "T"), col(q, "tau_over_t0"), target);
                double low = tauAlpha(r.dyn(s, s.lowestIndex())) / s.t0(s.lowestT());
                double cpu = Math.abs(low / target - 1) < 1e-9 ? 0 : !Double.isFinite(tm[0]) || !MatchedViscosityStage.SYSTEMS.contains(g[i]) ? Double.NaN
                    : 3600 * MesoelasticUnitCost.matchedCoreHours(preset, s);
                sys.add(g[i]); group.add(g[0]);
                rows.add(new double[] {target, tm[0], tm[1], Math.abs(tm[0] - tm[1]), s.lowestT(), low, low / target, cpu});
            }
        }
        String[] names = {"target_tau_over_t0", "T_matched", "T_matched_quadratic", "T_matched_error", "T_lowest",
            "tau_over_t0_at_lowest_T", "mismatch_factor", "cpu_s_estimated_new_runs"};
        Table t = Table.create(MesoelasticFigure.MATCHED_STATE_POINTS.file(), tech.tablesaw.api.StringColumn.create("system", sys),
            tech.tablesaw.api.StringColumn.create("group", group));
        for (int c = 0; c < names.length; c++) {
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) v[i] = rows.get(i)[c];
            t.addColumns(tech.tablesaw.api.DoubleColumn.create(names[c], v));
        }
        return t;
    }

    /** Figs. 5 b-d and 7 at the state points of matched viscosity ({@link MatchedViscosityTables#summary}). */
    public Table matchedViscosity() { return new MatchedViscosityTables(r).summary(); }

    /** The table of one figure. */
    public Table table(MesoelasticFigure f) {
        return switch (f) {
            case FIG3_IPL_RELATIVE_CHANGE -> fig3();
            case FIG4_FS_MSD -> fig4Fs();
            case FIG4_TAU_ALPHA -> fig4Tau();
            case FIG4_KAPPA_G_RELATIVE -> fig4Relative();
            case FIG4_EQ3 -> fig4Eq3();
            case FIG5A_IS_ENERGY -> fig5a();
            case FIG5B_TRANSITION_RATE -> fig5b();
            case FIG6_MOBILITY_KAPPA -> fig6Particles();
            case FIG7_SPEARMAN -> fig7();
            case FIG12_ATTRACTIVE_PAIRS -> fig12();
            case FIG11C_DISPLACEMENTS -> fig11cDisplacements();
            case FIG12_GR -> fig12Gr();
            case STRUCTURE_FACTOR -> structureFactor();
            case KAPPA_DISTRIBUTION -> kappaDistribution();
            case FIG1_QLM_DIPOLE, FIG2_PARTICLES, FIG2_KAPPA_BONDS, FIG2_QLM_CORES, FIG2_FS -> ipl2d(f);
            case MATCHED_STATE_POINTS -> matchedStatePoints();
            case MATCHED_VISCOSITY -> matchedViscosity();
            case MATCHED_FS_MSD -> new MatchedViscosityTables(r).collapse();
        };
    }

    /** The 2D IPL tables of Figs. 1-2 ({@link MesoelasticIpl2dStage}); empty when the run has no 2D stage. */
    Table ipl2d(MesoelasticFigure f) {
        StageResult u = r.ipl2d();
        String name = switch (f) {
            case FIG1_QLM_DIPOLE -> "fig1";
            case FIG2_PARTICLES -> "particles";
            case FIG2_KAPPA_BONDS -> "bonds";
            case FIG2_QLM_CORES -> "modes";
            default -> "self";
        };
        if (u == null || !u.tables().containsKey(name)) return Table.create(f.file());
        Table t = u.table(name).copy();
        t.setName(f.file());
        return t;
    }

    /** Every panel by file name. */
    public Map<String, Table> all() {
        Map<String, Table> m = new LinkedHashMap<>();
        for (MesoelasticFigure f : MesoelasticFigure.values()) m.put(f.file(), table(f));
        return m;
    }
}
