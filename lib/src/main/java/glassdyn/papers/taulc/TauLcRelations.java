package glassdyn.papers.taulc;

import glassdyn.protocols.IsoconfigurationalEnsemble;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-particle relations of paper 001 built from the ensembles: tau_2 (spec 001 section 2.4), the pooled
 * equilibrium tau_LC, tau_sh(tau_LC) in steady flow (Figs. 3, 7), at start-up and after a rate switch (Fig. 8), and
 * the split-half reliability of tau_LC.
 */
final class TauLcRelations {
    private final TauLcDuality d;

    TauLcRelations(TauLcDuality d) { this.d = d; }

    /** tau_2: time of the alpha_2 maximum at equilibrium (spec 001 section 2.4; all particles), mean over origins. */
    double tau2() {
        int origins = d.preset().origins();
        double s = 0;
        for (int k = 0; k < origins; k++) {
            IsoconfigurationalEnsemble.Result r = d.equilibrium(k);
            s += glassdyn.analysis.RelaxationTime.peak(r.time(), r.alpha2());
        }
        return s / origins;
    }

    /** Pooled equilibrium tau_LC over all origins. */
    double[] tauLcEquilibrium() {
        List<double[]> parts = new ArrayList<>();
        for (int k = 0; k < d.preset().origins(); k++) parts.add(d.equilibrium(k).tau());
        return concat(parts);
    }

    static double[] concat(List<double[]> parts) {
        int n = 0;
        for (double[] a : parts) n += a.length;
        double[] out = new double[n];
        int i = 0;
        for (double[] a : parts) { System.arraycopy(a, 0, out, i, a.length); i += a.length; }
        return out;
    }

    /** Steady-flow tau_LC (cessation) vs tau_sh (continuation) at {@code rate}. */
    TauShRelation steady(double rate) {
        return new TauShRelation(d.cessation(rate).tau(), d.continuation(rate).tau());
    }

    /** Start-up tau_LC (equilibrium) vs tau_sh (start-up) at {@code rate}, pooled over origins. */
    TauShRelation startup(double rate) {
        List<double[]> lc = new ArrayList<>(), sh = new ArrayList<>();
        for (int k = 0; k < d.preset().origins(); k++) { lc.add(d.equilibrium(k).tau()); sh.add(d.startup(k, rate).tau()); }
        return new TauShRelation(concat(lc), concat(sh));
    }

    /**
     * tau_sh(tau_LC) after a switch {@code from -> to}: from 0 it is start-up (tau_LC at equilibrium), from
     * {@code to} itself steady shear, otherwise tau_LC from cessation at {@code from} and tau_sh from the switch ensemble.
     */
    TauShRelation rateSwitch(double from, double to) {
        if (from == 0) return startup(to);
        if (from == to) return steady(to);
        return new TauShRelation(d.cessation(from).tau(), d.rateSwitch(from, to).tau());
    }

    /** Initial rates of the rate-switch panel, ascending: 0 (start-up), the preset's switches, and the final rate (steady). */
    double[] switchInitialRates() {
        TauLcPreset p = d.preset();
        return java.util.stream.DoubleStream.concat(java.util.stream.DoubleStream.of(0, p.switchRate()),
            Arrays.stream(p.switchFrom())).sorted().toArray();
    }

    /**
     * Split-half reliability of the equilibrium tau_LC (or of ln tau_LC), pooled over the equilibrium origins: the
     * fraction of its variance that is the configuration's propensity rather than trajectory noise at this n_ICE.
     */
    PropensityReliability reliability(boolean log) {
        List<double[][]> e = new ArrayList<>();
        for (int k = 0; k < d.preset().origins(); k++) e.add(d.equilibrium(k).tauReplica());
        return PropensityReliability.of(e, log);
    }

    /** Split-half reliability of ln tau_LC pooled over the equilibrium and cessation ensembles (the ridge target's). */
    PropensityReliability pooledLogReliability() {
        List<double[][]> e = new ArrayList<>();
        for (int k = 0; k < d.preset().origins(); k++) e.add(d.equilibrium(k).tauReplica());
        for (double r : d.preset().iceRates()) e.add(d.cessation(r).tauReplica());
        return PropensityReliability.of(e, true);
    }

    /**
     * 90% interval of lambda_tau (Fig. 11c,d) by a bootstrap over the replicas (the independent units): each replicate
     * resamples the replicas of every cessation and continuation ensemble, recomputes tau_LC and tau_sh per particle,
     * the Eq. 3 fits and the power law of tau_sh_inf.
     */
    double[] lambdaTauInterval(int replicates, long seed) {
        double[] rates = d.preset().iceRates(), out = new double[replicates], lr = new double[rates.length];
        for (int i = 0; i < rates.length; i++) lr[i] = Math.log(rates[i]);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        for (int b = 0; b < replicates; b++) {
            double[] li = new double[rates.length];
            for (int i = 0; i < rates.length; i++) {
                double[] lc = resampledMean(d.cessation(rates[i]).tauReplica(), rng), sh = resampledMean(d.continuation(rates[i]).tauReplica(), rng);
                li[i] = Math.log(new TauShRelation(lc, sh).fit().tauShInf());
            }
            out[b] = -glassdyn.stats.LineFit.of(lr, li).slope();
        }
        return glassdyn.stats.Bootstrap.percentiles90(out);
    }

    private static double[] resampledMean(double[][] rep, java.util.SplittableRandom rng) {
        int m = rep.length, n = rep[0].length;
        double[] out = new double[n];
        for (int k = 0; k < m; k++) {
            double[] r = rep[rng.nextInt(m)];
            for (int i = 0; i < n; i++) out[i] += r[i] / m;
        }
        return out;
    }

    /** n_ICE at which the reliability of a mean reaches {@code target}, from its value {@code r} at {@code n} replicas (Spearman-Brown). */
    static double replicasFor(double target, double r, int n) {
        if (!(r > 0)) return Double.POSITIVE_INFINITY;
        double single = r / (n - (n - 1) * r);
        return target * (1 - single) / (single * (1 - target));
    }

    /**
     * Deviation of a binned curve from a reference Eq. 3 curve: the mean over bins of ((tau_sh - ref(tau_LC)) /
     * standard error)^2, i.e. a reduced chi^2 (1 when the bins scatter about the reference by their own errors).
     */
    static double reducedChi2(Table bins, TauShRelation.Fit ref) {
        double s = 0;
        int m = 0;
        for (int i = 0; i < bins.rowCount(); i++) {
            double e = bins.doubleColumn("tau_sh_error").getDouble(i);
            if (!(e > 0)) continue;
            double x = (bins.doubleColumn("tau_sh").getDouble(i) - ref.at(bins.doubleColumn("tau_LC").getDouble(i))) / e;
            s += x * x; m++;
        }
        return m == 0 ? Double.NaN : s / m;
    }

    static double mean(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s / a.length;
    }
}
