package glassdyn.papers.mesoelastic;

import glassdyn.analysis.TimeOriginAverage;
import glassdyn.papers.StageResult;
import glassdyn.stats.Bootstrap;
import glassdyn.table.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static glassdyn.papers.mesoelastic.MesoelasticObservables.*;
import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * The figure tables of the state points of matched viscosity (paper 004 Appendix D2, Figs. 10-11, and the Fig. 5 b-d
 * and Fig. 7 quantities there; {@link MatchedViscosityStage}): one summary row per matched system, and F_s and MSD in
 * reduced units at those state points (the collapse of Figs. 10-11 a-b).
 */
final class MatchedViscosityTables {
    private final MesoelasticResults r;
    private final Preset preset;
    private final long seed;

    MatchedViscosityTables(MesoelasticResults r) {
        this.r = r;
        this.preset = r.preset();
        this.seed = r.seed();
    }

    static final String[] NUMBERS = {"density", "target_tau_over_t0", "T_matched", "T_matched_error", "T_lowest", "reused", "ran",
        "runs", "tau_over_t0", "tau_ratio", "tau_ratio_ci90_lo", "tau_ratio_ci90_hi", "transitions", "scaled_rate",
        "scaled_rate_ci90_lo", "scaled_rate_ci90_hi", "scaled_rate_upper", "C_s", "C_s_ci90_lo", "C_s_ci90_hi",
        "scaled_rate_at_lowest_T", "C_s_at_lowest_T", "tau_over_t0_at_lowest_T", "cpu_s_estimated"};

    /**
     * One row per system of {@link MatchedViscosityStage#members}: the target, T_matched (with the linear-vs-quadratic
     * error), tau_alpha/t0 measured there over the target with its 90% interval over the independent liquids (Student
     * t on ln tau_alpha), Gamma t_ball N0/N pooled over the transition trajectories with its interval over them, C_s with its interval over
     * IS (SS), beside the same at the lowest T (rates pooled over trajectories there too); {@code note} says why a row has no measurement. A system that set the
     * target (reused = 1) has its lowest-T stages there, ratio 1 by construction. Empty without a target.
     */
    Table summary() {
        double target = MatchedViscosityStage.target(r);
        List<String> sys = new ArrayList<>(), note = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (String key : MatchedViscosityStage.members(preset)) {
            SystemSpec s = preset.system(key);
            StageResult m = r.matched(s);
            double[] v = new double[NUMBERS.length];
            Arrays.fill(v, Double.NaN);
            int lo = s.lowestIndex();
            double low = tauAlpha(r.dyn(s, lo)) / s.t0(s.lowestT());
            double[] tm = Double.isFinite(target) ? MesoelasticCoverage.temperatureAt(s.temperatures(), MatchedViscosityStage.tauOverT0(r, s), target)
                : new double[] {Double.NaN, Double.NaN};
            boolean sets = Double.isFinite(target) && MatchedViscosityStage.setsTarget(s.temperatures(), MatchedViscosityStage.tauOverT0(r, s), target);
            v[0] = s.density(); v[1] = target; v[2] = sets ? s.lowestT() : tm[0]; v[3] = sets ? 0 : Math.abs(tm[0] - tm[1]); v[4] = s.lowestT();
            v[5] = sets ? 1 : 0; v[6] = m != null && m.value("ran") == 1 ? 1 : 0;
            Table lowTr = r.trans(s).table("trajectories");
            v[20] = Arrays.stream(col(lowTr, "transitions")).sum() / Arrays.stream(col(lowTr, "duration")).sum() * BALLISTIC_T0 * s.t0(s.lowestT()) * N0 / s.n();
            StageResult mob = r.mob(s);
            if (mob != null) v[21] = mob.value("C_s");
            v[22] = low;
            v[23] = sets || !Double.isFinite(tm[0]) ? 0 : 3600 * MesoelasticUnitCost.matchedCoreHours(preset, s);
            String why = null;
            if (!Double.isFinite(target)) why = "no system reached tau_alpha/t0 >= " + ACTIVATED_TAU_T0;
            else if (sets) lowest(s, v);
            else if (!Double.isFinite(tm[0])) why = "the target lies outside its measured tau_alpha/t0 (deepest " + MesoelasticRules.f(low) + ")";
            else if (!MatchedViscosityStage.SYSTEMS.contains(key)) why = "no matched-viscosity unit for " + key;
            else if (m == null) why = "not run at this scale (its lowest T is at " + MesoelasticRules.f(low / target) + " x the target tau_alpha/t0): its matched unit (estimated " + MesoelasticRules.f(v[23]) + " CPU-s) runs at long and paper";
            else if (m.value("ran") == 1) measured(s, m, target, v);
            else why = "the stage ran nothing";
            sys.add(key);
            note.add(why == null ? "" : why);
            rows.add(v);
        }
        Table t = Table.create(MesoelasticFigure.MATCHED_VISCOSITY.file(), StringColumn.create("system", sys));
        for (int c = 0; c < NUMBERS.length; c++) {
            double[] col = new double[rows.size()];
            for (int i = 0; i < col.length; i++) col[i] = rows.get(i)[c];
            t.addColumns(DoubleColumn.create(NUMBERS[c], col));
        }
        t.addColumns(StringColumn.create("note", note));
        return t;
    }

    /** A system that set the target: its lowest-T tau_alpha/t0 (ratio 1), transition and mobility stages. */
    private void lowest(SystemSpec s, double[] v) {
        v[7] = 1; v[8] = v[22]; v[9] = v[10] = v[11] = 1;
        rates(r.trans(s).table("trajectories"), BALLISTIC_T0 * s.t0(s.lowestT()) * N0 / s.n(), v);
        StageResult mob = r.mob(s);
        if (mob != null) cs(col(mob.table("cs"), "C_s"), v);
    }

    /** A measured matched state point. */
    private void measured(SystemSpec s, StageResult m, double target, double[] v) {
        double[] x = Arrays.stream(col(m.table("runs"), "tau_over_t0")).filter(d -> d > 0 && Double.isFinite(d)).map(Math::log).toArray();
        v[7] = x.length;
        double mean = Arrays.stream(x).average().orElse(Double.NaN);
        v[8] = Math.exp(mean); v[9] = v[8] / target;
        if (x.length >= 2) {
            double ss = 0;
            for (double d : x) ss += (d - mean) * (d - mean);
            double half = new smile.stat.distribution.TDistribution(x.length - 1).quantile(0.95) * Math.sqrt(ss / (x.length - 1) / x.length);
            v[10] = Math.exp(mean - half) / target; v[11] = Math.exp(mean + half) / target;
        }
        rates(m.table("trajectories"), BALLISTIC_T0 * m.value("t0") * N0 / s.n(), v);
        if (m.tables().containsKey("cs")) cs(col(m.table("cs"), "C_s"), v);
    }

    /**
     * Gamma t_ball N0/N pooled over the transition trajectories (all transitions over all time: the point estimate of
     * the interval's statistic, {@link MesoelasticFigures#pooledRate(Table, double)}, as in the unmatched checks), its bootstrap interval over
     * trajectories, the count and the one-transition upper bound.
     */
    private void rates(Table trajectories, double scale, double[] v) {
        MesoelasticFigures.PooledRate p = MesoelasticFigures.pooledRate(trajectories, scale);
        v[12] = p.transitions(); v[13] = p.scaledRate(); v[16] = p.scaledRateUpper();
        double[] ci = MesoelasticFigures.rateInterval(trajectories, scale, seed + 23);
        if (ci != null) { v[14] = ci[0]; v[15] = ci[1]; }
    }

    private void cs(double[] cs, double[] v) {
        double[] ci = Bootstrap.meanInterval(cs, seed + 7);
        v[17] = mean(cs); v[18] = ci[0]; v[19] = ci[1];
    }

    /**
     * Figs. 10-11 a-b at our matched state points: F_s(q_max, t) (large species and species-averaged) and MSD / a0^2
     * against t/t0, the first liquid at each measured T_matched, or the lowest-T liquid of the system that set the
     * target; under-sampled lags dropped as everywhere.
     */
    Table collapse() {
        List<Table> parts = new ArrayList<>();
        for (String key : MatchedViscosityStage.members(preset)) {
            SystemSpec s = preset.system(key);
            StageResult m = r.matched(s);
            Table self;
            double t, t0, a0 = s.a0();
            if (m != null && m.value("ran") == 1) {
                self = TimeOriginAverage.withMinimumPairs(m.table("self"), MIN_TIME_ORIGINS);
                t = m.value("T_matched"); t0 = m.value("t0");
            } else if (m != null && m.value("reused") == 1) {
                self = selfDynamics(r.dyn(s, s.lowestIndex()));
                t = s.lowestT(); t0 = s.t0(t);
            } else continue;
            double[] lag = col(self, "t");
            parts.add(MesoelasticFigures.withSystem(Tables.of("fs", "T", constant(lag.length, t), "t_over_t0", scaled(lag, 1 / t0),
                "fs", col(self, large(self, "fs")), "fs_species_averaged", col(self, "fs"),
                "msd_species_averaged_over_a0sq", scaled(col(self, "msd"), 1 / (a0 * a0))), key));
        }
        return MesoelasticFigures.stack(MesoelasticFigure.MATCHED_FS_MSD.file(), parts);
    }
}
