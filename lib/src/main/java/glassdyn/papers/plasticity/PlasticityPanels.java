package glassdyn.papers.plasticity;

import glassdyn.indicators.Indicator;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The panels of paper 003 added in session 6 (Figs. 6(a-c), 8(c)), Fig. 11(a-c) (session 10), and the cost table of the
 * panels not drawn (Figs. 5, 7, 9, 10); column names carry their units (strain and C dimensionless: {@code _1}).
 */
final class PlasticityPanels {
    private PlasticityPanels() {}

    /** The three fields of Fig. 6(a-c). */
    static final List<Indicator> FIG6 = List.of(Indicator.YIELD_STRESS, Indicator.VIBRALITY, Indicator.THETA);
    /** Bins of P(Theta) over [0, THETA_MAX) rad. */
    static final int THETA_BINS = 30;
    static final double THETA_MAX = 0.6;

    /**
     * Fig. 6(a-c): C_gamma, the score of the gamma = 0 field against the n-th event of the strain paths, at the mean
     * strain of that event over the paths (the paper's x axis); {@code paths} = how many paths reached event n.
     */
    static Table cGamma(Preset preset, Table cVsEvent) {
        PanelRows t = new PanelRows("fig6abc_c_gamma", new String[] {"protocol", "indicator"},
            new String[] {"inv_T_ini", "event", "gamma_1", "C_gamma_1", "paths"});
        for (Protocol p : preset.protocols())
            for (Indicator ind : FIG6)
                for (int r = 0; r < cVsEvent.rowCount(); r++) {
                    if (!cVsEvent.stringColumn("protocol").get(r).equals(p.name()) || !cVsEvent.stringColumn("indicator").get(r).equals(ind.label)) continue;
                    t.add(p.name(), ind.label, p.stability(), cVsEvent.doubleColumn("event").getDouble(r), cVsEvent.doubleColumn("mean_strain").getDouble(r),
                        cVsEvent.doubleColumn("C").getDouble(r), cVsEvent.doubleColumn("samples").getDouble(r));
                }
        return t.table;
    }

    /**
     * Fig. 8(c): P(Theta) over the particles of every scored glass that stores its Theta field (checkpoints older than
     * that store it on the map glass, sample 0, only), Theta in rad.
     */
    static Table thetaHistogram(Preset preset, PlasticitySamples samples) {
        PanelRows t = new PanelRows("fig8c_theta_histogram", new String[] {"protocol"}, new String[] {"theta_rad", "density_per_rad", "particles"});
        double w = THETA_MAX / THETA_BINS;
        for (Protocol p : preset.protocols()) {
            List<double[]> fields = NearThresholdSites.theta(preset, samples, p); // orientation +1: the field itself
            if (fields.isEmpty()) continue;
            double[] h = new double[THETA_BINS];
            int n = 0;
            for (double[] theta : fields) {
                n += theta.length;
                for (double x : theta) {
                    int b = (int) Math.floor(x / w);
                    if (b >= 0 && b < THETA_BINS) h[b]++;
                }
            }
            for (int b = 0; b < THETA_BINS; b++) t.add(p.name(), (b + 0.5) * w, h[b] / (n * w), (double) n);
        }
        return t.table;
    }

    /**
     * Figs. 5, 7(b,c), 9 and 10 are not drawn (Fig. 7(a) is: {@link #thetaElasticBranch}; Fig. 11(b,c):
     * {@link #criticalModeApproach}): each needs configurations or runs this pipeline does not store. One row per
     * panel: what it needs, the unit of work it repeats and that unit's measured seconds (an indicator field: mean wall
     * seconds per field in this run, from {@code seconds}, NaN where not computed; an AQS glass: CPU seconds per N = 324
     * POLY glass measured at quick, {@link PlasticityUnitCost#POLY_GLASS_SECONDS_324}, scaled as N), how many units per
     * glass, the glasses, and their product in core-hours. Fig. 10 needs the paper's N = 10^4 (a shear band spans the
     * box): the Delta tau_y field seconds are scaled from this N as N^2 (N probes of O(N) each).
     */
    static Table panelCosts(Preset preset, Table seconds) {
        PanelRows t = new PanelRows("panel_costs", new String[] {"panel", "needs", "unit"},
            new String[] {"N", "unit_seconds_s", "units_per_glass", "glasses", "estimate_core_hours_h"});
        int paths = preset.protocols().stream().mapToInt(preset::pathSamples).sum(), scored = preset.testSamples() * preset.protocols().size();
        double aqs = PlasticityUnitCost.POLY_GLASS_SECONDS_324 * preset.n() / 324.0;
        row(t, "5", "shear reversal after the first event of a stable glass (a new AQS branch)", "aqs_glass", preset.n(), aqs, 2, 1);
        row(t, "7(b,c)", "7(b): transformed vs onset positions of one glass (drawn as rms distances only, fig7a); 7(c): xdot with the 8 softest nonlinear modes",
            Indicator.NONLINEAR_MODES.label, preset.n(), fieldSeconds(seconds, Indicator.NONLINEAR_MODES, preset.n()), 1, 1);
        row(t, "9", "Delta tau_y at states in 3 strain windows along each path (4-5%, 6-7%, >10%)", Indicator.YIELD_STRESS.label,
            preset.n(), fieldSeconds(seconds, Indicator.YIELD_STRESS, preset.n()), 3, paths);
        row(t, "10", "Delta tau_y and Theta profiles across a shear band of a brittle N = 10^4 glass, 10 states",
            Indicator.YIELD_STRESS.label, 10000, fieldSeconds(seconds, Indicator.YIELD_STRESS, 10000), 10, 1);
        row(t, "finite_size_check", "the cheap fields (all but SPS and Delta tau_y) at a second N: AQS glass ~N, dense-spectrum fields ~N^2",
            "cheap_fields_glass", PlasticityAbsentChecks.FINITE_SIZE_N, PlasticityAbsentChecks.finiteSizeSecondsPerGlass(preset, seconds), 1,
            PlasticityAbsentChecks.finiteSizeGlasses(preset));
        return t.table;
    }

    /** Mean seconds per field of {@code field} in this run, scaled as N^2 to {@code n} (NaN if not computed). */
    private static double fieldSeconds(Table seconds, Indicator field, int n) {
        for (int r = 0; r < seconds.rowCount(); r++)
            if (seconds.stringColumn("indicator").get(r).equals(field.label)) {
                double n0 = seconds.doubleColumn("n").getDouble(r);
                return seconds.doubleColumn("seconds_per_field").getDouble(r) * (n / n0) * (n / n0);
            }
        return Double.NaN;
    }

    private static void row(PanelRows t, String panel, String needs, String unit, int n, double s, int perGlass, int glasses) {
        t.add(panel, needs, unit, (double) n, s, (double) perGlass, (double) glasses, s * perGlass * glasses / 3600);
    }
    /**
     * Fig. 11(a-c): one row per approach state of each approach glass ({@link CriticalModeConvergence}; {@code glass}
     * = protocol-k) and one for its onset gamma_x ({@code point} = onset): gamma_c - gamma, 1 - |Psi_c . Psi_gamma| (the paper's y axis of (b)),
     * r_c - r_gamma (c), the index of the best-matching mode among the lowest {@link CriticalModeConvergence#MODES}
     * (0 = the lowest), the lowest eigenvalue (energy per length^2) and (sigma - sigma_c) (a; sigma_c the stress at the
     * refined bracket, energy per area).
     */
    static Table criticalModeApproach(Preset preset, PlasticitySamples samples) {
        PanelRows t = new PanelRows("fig11bc_critical_mode_approach", new String[] {"protocol", "glass", "point"},
            new String[] {"sample", "gamma_c_minus_gamma_1", "one_minus_overlap_1", "rank_shift_r_c_minus_r_gamma", "best_mode_index",
                "lambda_min", "sigma_minus_sigma_c"});
        for (Protocol p : preset.protocols()) {
            List<GlassRecord> l = samples.approaches(p);
            for (int k = 0; k < l.size(); k++) {
                GlassRecord r = l.get(k);
                double sc = r.scalar("stress_c");
                double[] d = r.get("approach.delta"), o = r.get("approach.overlap"), s = r.get("approach.rank_shift"), b = r.get("approach.best_mode"),
                    lam = r.get("approach.lambda"), sig = r.get("approach.stress");
                String glass = p.name() + "-" + k;
                for (int q = 0; q < d.length; q++) t.add(p.name(), glass, "approach", (double) k, d[q], 1 - o[q], s[q], b[q], lam[q], sig[q] - sc);
                t.add(p.name(), glass, "onset", (double) k, r.scalar("onset.delta"), 1 - r.scalar("onset.overlap"), r.scalar("onset.rank_shift"),
                    r.scalar("onset.best_mode"), r.scalar("onset.lambda"), r.scalar("onset.stress") - sc);
            }
        }
        return t.table;
    }
    /**
     * Fig. 7(a): C of Theta (Eq. 1 over the glasses) on the four configurations of {@link ElasticBranchTheta#STATES},
     * in the paper's order, with the 90% bootstrap interval over glasses and the mean rms distance of the configuration
     * from the onset positions (mean diameters; 0 for the onset itself, NaN for the as-cast glass: not recorded).
     */
    static Table thetaElasticBranch(PlasticitySamples samples) {
        PanelRows t = new PanelRows("fig7a_theta_elastic_branch", new String[] {"protocol", "configuration"},
            new String[] {"order", "C_1", "C_lo90_1", "C_hi90_1", "glasses", "rms_to_onset_d"});
        List<GlassRecord> l = samples.elasticBranch();
        if (l.isEmpty()) return t.table;
        String p = samples.elasticProtocol().name();
        for (int s = 0; s < ElasticBranchTheta.STATES.length; s++) {
            double[] rx = ElasticBranchClaims.rx(l, s), ci = ScoreIntervals.c(rx, PlasticityIndicators.SEED + 31 + s);
            double rms = switch (s) {
                case 1 -> l.stream().mapToDouble(r -> r.scalar("rms_affine_to_onset")).average().orElse(Double.NaN);
                case 2 -> l.stream().mapToDouble(r -> r.scalar("rms_affine_nonaffine_to_onset")).average().orElse(Double.NaN);
                case 3 -> 0;
                default -> Double.NaN;
            };
            t.add(p, ElasticBranchTheta.STATES[s], (double) s, ScoreIntervals.c(rx), ci[0], ci[1], (double) l.size(), rms);
        }
        return t.table;
    }
}
