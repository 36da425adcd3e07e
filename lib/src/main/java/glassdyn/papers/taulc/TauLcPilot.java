package glassdyn.papers.taulc;

import glassdyn.analysis.CageJumpDetector;
import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.SelfIntermediateScattering;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.protocols.IsoconfigurationalEnsemble;
import glassdyn.protocols.LiquidPreparation;
import glassdyn.space.Box;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The pilot that sizes paper 001's ensembles (issue 22; review 001 recommendation 1): at each temperature one
 * equilibrium origin of the Kob-Andersen liquid (N and rho of the preset), the MSD plateau, and one equilibrium
 * isoconfigurational ensemble per jump threshold (1x and 2x the plateau). Per row: the split-half reliability R of
 * tau_LC at the pilot's n_ICE, the single-replica reliability r1 = R / (n - (n - 1) R) (Spearman-Brown inverted), the
 * n_ICE at which the mean reaches R = 0.6 and 0.8, mean tau_LC, the censored fraction, tau_2, and tau_alpha.
 *
 * <p>tau_alpha here is the Gaussian estimate from the ensemble MSD, F_s(q*, t) ~ exp(-q*^2 MSD / 6) = 1/e at q* = 7.25
 * (the first peak of S(q) of KA at rho = 1.2), i.e. MSD(tau_alpha) = 6 / q*^2: it ignores the non-Gaussian tail and
 * so underestimates the true tau_alpha by a factor of order 1-2 near T = 0.6; labelled as such in the table.
 */
public final class TauLcPilot {
    /** Row of the pilot table. */
    public record Row(double temperature, double thresholdFactor, double threshold, int replicas, double reliability,
                      double singleReplica, double replicasFor06, double replicasFor08, double meanTauLc, double censored,
                      double tau2, double tauAlphaGaussian) {}

    private TauLcPilot() {}

    /**
     * Runs the pilot.
     *
     * @param n particles; @param rho density; @param temperatures temperatures; @param equilibration NVT time per T
     * @param factors threshold factors (x plateau); @param replicas n_ICE of the pilot; @param iceTimes run length per T
     */
    public static List<Row> run(int n, double rho, double[] temperatures, double[] equilibration, double[] factors,
                                int replicas, double[] iceTimes, long seed, int threads) {
        KobAndersen ka = new KobAndersen();
        Box box = Box.cubic(3, Math.cbrt(n / rho));
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < temperatures.length; t++) {
            double temp = temperatures[t];
            Configuration c = LiquidPreparation.liquid(ka, box, LiquidPreparation.kobAndersenCounts(n), temp, equilibration[t],
                seed + t, 1);
            c.time = 0;
            IsoconfigurationalEnsemble ice = new IsoconfigurationalEnsemble(ka, temp, 0, TauLcDuality.DT, TauLcDuality.TDAMP)
                .sampleInterval(TauLcDuality.SAMPLE);
            IsoconfigurationalEnsemble.Result pl = ice.run(c, IsoconfigurationalEnsembles.PLATEAU_REPLICAS,
                IsoconfigurationalEnsembles.PLATEAU_RUN, new CageJumpDetector(1.0), Seeds.of(seed, "pilot-plateau-" + t), threads, null);
            double plateau = IsoconfigurationalEnsembles.plateauOf(pl.time(), pl.msd());
            for (double f : factors) {
                IsoconfigurationalEnsemble.Result r = ice.run(c, replicas, iceTimes[t], new CageJumpDetector(f * plateau),
                    Seeds.of(seed, "pilot-" + t + "-" + f), threads, null);
                rows.add(row(temp, f, plateau, replicas, r));
            }
        }
        return rows;
    }

    static Row row(double temp, double f, double plateau, int replicas, IsoconfigurationalEnsemble.Result r) {
        PropensityReliability rel = PropensityReliability.of(List.<double[][]>of(r.tauReplica()), false);
        double big = rel.reliability();
        double single = big / (replicas - (replicas - 1) * big);
        double level = 6 / (SelfIntermediateScattering.KOB_ANDERSEN_Q * SelfIntermediateScattering.KOB_ANDERSEN_Q);
        double tauAlpha = RelaxationTime.firstCrossing(r.time(), negate(r.msd()), -level);
        return new Row(temp, f, f * plateau, replicas, big, single, TauLcRelations.replicasFor(0.6, big, replicas),
            TauLcRelations.replicasFor(0.8, big, replicas), TauLcRelations.mean(r.tau()), r.censored(),
            RelaxationTime.peak(r.time(), r.alpha2()), tauAlpha);
    }

    private static double[] negate(double[] a) {
        double[] o = new double[a.length];
        for (int i = 0; i < a.length; i++) o[i] = -a[i];
        return o;
    }

    /** The rows as a table (units: times in LJ time units tau, threshold in sigma^2). */
    public static Table table(List<Row> rows) {
        int m = rows.size();
        double[][] c = new double[12][m];
        for (int i = 0; i < m; i++) {
            Row r = rows.get(i);
            double[] v = {r.temperature(), r.thresholdFactor(), r.threshold(), r.replicas(), r.reliability(), r.singleReplica(),
                r.replicasFor06(), r.replicasFor08(), r.meanTauLc(), r.censored(), r.tau2(), r.tauAlphaGaussian()};
            for (int k = 0; k < 12; k++) c[k][i] = v[k];
        }
        return Tables.of("pilot: tau_LC reliability vs T and jump threshold", "T", c[0], "threshold_factor", c[1],
            "threshold_sigma2", c[2], "n_ICE", c[3], "split_half_R", c[4], "single_replica_r1", c[5], "n_ICE_for_R0.6", c[6],
            "n_ICE_for_R0.8", c[7], "mean_tau_LC_tau", c[8], "censored_fraction", c[9], "tau_2_tau", c[10],
            "tau_alpha_gaussian_tau", c[11]);
    }
}
