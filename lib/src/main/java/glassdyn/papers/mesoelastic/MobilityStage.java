package glassdyn.papers.mesoelastic;

import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.LocalStiffness;
import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.protocols.IsoconfigurationalPropensity;
import glassdyn.stats.RankCorrelation;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.mesoelastic.MesoelasticObservables.index;
import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * Isoconfigurational mobility from IS of the lowest-T liquid, local kappa_i from all pairs, mobile and immobile
 * extremes among the large particles, and the Spearman correlation C_s(1/kappa, mobility) (paper 004 "Local
 * analysis", Figs. 6-7, spec 004 section 2.9).
 */
public final class MobilityStage {
    private static final String[] COLUMNS = {"is", "id", "type", "x", "y", "z", "mobility", "kappa_i", "rank_kappa", "rank_mobility", "class"};

    private final Preset preset;
    private final SystemSpec s;
    private final long seed;

    /** @param seed the stage's seed ({@link MesoelasticPresets#seedOf} of its key) */
    public MobilityStage(Preset preset, SystemSpec s, long seed) {
        this.preset = preset;
        this.s = s;
        this.seed = seed;
    }

    /**
     * @param c   the equilibrated liquid at the lowest T
     * @param tau tau_alpha there: IS are quenched every tau_alpha, the isoconfigurational runs last tau_alpha/10
     */
    public StageResult compute(Configuration c, double tau) {
        double t = s.lowestT();
        PairPotential pot = s.potential();
        List<double[]> rows = new ArrayList<>();
        double[] cs = new double[preset.mobilityIS()];
        double rcutLL = Math.sqrt(pot.cutoff2(1, 1, 1, 1));
        try (ForceField ff = new ForceField(pot, SKIN, 1); ForceField qf = new ForceField(pot, SKIN, 1)) {
            MolecularDynamics md = new MolecularDynamics(c, new NoseHooverChain(ff, s.dt(), t, s.tauNH()));
            for (int is = 0; is < preset.mobilityIS(); is++) {
                md.run(Double.isFinite(tau) ? tau : s.production()[s.lowestIndex()] / 10);
                Configuration q = c.copy();
                qf.neighbors().invalidate();
                new Fire().minimize(q, qf, IS_FORCE_TOLERANCE, FIRE_MAX_ITERATIONS);
                InteractingPairs pairs = InteractingPairs.of(q, pot);
                double[] kappa = LocalStiffness.compute(pairs, Hessian.of(pairs)).particles();
                double dur = MOBILITY_TIME_TAU * (Double.isFinite(tau) ? tau : 1);
                double[] mu = IsoconfigurationalPropensity.propensity(q, pot, t, s.dt(), s.tauNH(), dur,
                    preset.mobilityRuns(), seed + 1000L * is, 1);
                cs[is] = ranks(q, is, mu, kappa, extremes(q, mu, rcutLL), rows);
            }
        }
        Object[] spec = new Object[2 * COLUMNS.length];
        for (int cIdx = 0; cIdx < COLUMNS.length; cIdx++) {
            double[] col = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) col[r] = rows.get(r)[cIdx];
            spec[2 * cIdx] = COLUMNS[cIdx]; spec[2 * cIdx + 1] = col;
        }
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("T", t); v.put("tau_alpha", tau);
        v.put("C_s", Arrays.stream(cs).average().orElse(Double.NaN));
        Map<String, Table> tb = new LinkedHashMap<>();
        tb.put("particles", Tables.of("mobility", spec));
        tb.put("cs", Tables.of("cs", "is", index(cs.length), "C_s", cs));
        return StageResult.of(tb, v);
    }

    /**
     * Per-species ranks in [0, 1] of kappa_i and mobility appended as one row per particle of IS {@code is}; returns
     * the species average of Spearman C_s(1/kappa_i, mu_i).
     */
    private static double ranks(Configuration q, int is, double[] mu, double[] kappa, int[] cls, List<double[]> rows) {
        double[] rk = new double[q.n], rm = new double[q.n];
        double sum = 0;
        for (int sp = 0; sp < 2; sp++) {
            int cnt = q.countOfType(sp);
            double[] inv = new double[cnt], m = new double[cnt];
            int[] idx = new int[cnt];
            int a = 0;
            for (int i = 0; i < q.n; i++) if (q.type[i] == sp) { idx[a] = i; inv[a] = 1 / kappa[i]; m[a] = mu[i]; a++; }
            sum += RankCorrelation.spearman(inv, m);
            double[] kk = new double[cnt];
            for (int b = 0; b < cnt; b++) kk[b] = kappa[idx[b]];
            double[] r1 = RankCorrelation.ranks(kk), r2 = RankCorrelation.ranks(m);
            for (int b = 0; b < cnt; b++) { rk[idx[b]] = (r1[b] - 1) / (cnt - 1); rm[idx[b]] = (r2[b] - 1) / (cnt - 1); }
        }
        for (int i = 0; i < q.n; i++)
            rows.add(new double[] {is, q.id[i], q.type[i] + 1, q.x[i], q.y[i], q.z[i], mu[i], kappa[i], rk[i], rm[i], cls[i]});
        return sum / 2;
    }

    /**
     * +1 for the {@link MesoelasticPresets#EXTREMES_PER_IS} most mobile local maxima, -1 for the least mobile local
     * minima, 0 otherwise; maxima and minima of mu among the large particles within {@code radius} (spec 004 section
     * 2.9 step 3).
     */
    static int[] extremes(Configuration c, double[] mu, double radius) {
        int n = c.n;
        List<Integer> large = new ArrayList<>();
        for (int i = 0; i < n; i++) if (c.type[i] == 1) large.add(i);
        List<Integer> maxima = new ArrayList<>(), minima = new ArrayList<>();
        double[] d = new double[3];
        double r2 = radius * radius;
        for (int i : large) {
            boolean isMax = true, isMin = true;
            for (int j : large) {
                if (j == i) continue;
                d[0] = c.x[j] - c.x[i]; d[1] = c.y[j] - c.y[i]; d[2] = c.z[j] - c.z[i];
                c.box.minimumImage(d);
                if (d[0] * d[0] + d[1] * d[1] + d[2] * d[2] >= r2) continue;
                if (mu[j] > mu[i]) isMax = false;
                if (mu[j] < mu[i]) isMin = false;
            }
            if (isMax) maxima.add(i);
            if (isMin) minima.add(i);
        }
        maxima.sort((a, b) -> Double.compare(mu[b], mu[a]));
        minima.sort((a, b) -> Double.compare(mu[a], mu[b]));
        int[] cls = new int[n];
        for (int k = 0; k < Math.min(EXTREMES_PER_IS, maxima.size()); k++) cls[maxima.get(k)] = 1;
        for (int k = 0; k < Math.min(EXTREMES_PER_IS, minima.size()); k++) cls[minima.get(k)] = -1;
        return cls;
    }
}
