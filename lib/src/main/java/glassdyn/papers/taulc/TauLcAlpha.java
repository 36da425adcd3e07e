package glassdyn.papers.taulc;

import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.SelfScatteringStream;
import glassdyn.protocols.IsoconfigurationalEnsemble;
import glassdyn.protocols.SteadyShear;
import glassdyn.stats.Bootstrap;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * tau_alpha at every state point of paper 001 (review 001 claim #2, "configurations &gt; 4 tau_alpha apart", the
 * Weissenberg numbers rate tau_alpha) and the Green-Kubo zero-shear viscosity eta_eq (review M17).
 *
 * <p>tau_alpha: F_s(q*, tau_alpha) = 1/e of the A particles at q* = 7.25, non-affine displacements. At equilibrium it
 * is the crossing of the replica-mean single-origin F_s of the shear-off ensembles (eq-k, control-0); its 90% interval
 * is a bootstrap over the replica trajectories (the unit; replicas of one origin share their start, so the interval is
 * of the F_s of those origins). At every swept rate it is the crossing of the steady run's time-origin averaged F_s
 * (one trajectory, no interval); the sheared ensembles do not record F_s (their ensemble column stays NaN unless a
 * stored ensemble has it). The pilot's Gaussian estimate MSD(tau_alpha) = 6 / q*^2 is listed beside it.
 *
 * <p>Green-Kubo: eta_k = V / T int_0^t_c C_k(t) dt per replica k of the shear-off equilibrium ensembles (eq-k and
 * control-0), C_k the off-diagonal stress autocorrelation of replica k ({@link
 * IsoconfigurationalEnsemble#stressAutocorrelation(double)}), t_c = a quarter of the run; eta_eq is the mean over
 * replicas with a 90% bootstrap interval over them.
 */
final class TauLcAlpha {
    private final TauLcDuality d;

    TauLcAlpha(TauLcDuality d) { this.d = d; }

    /** tau_alpha with its 90% interval over {@code units} replica trajectories (NaN interval without replicas). */
    record Estimate(double tau, double lo, double hi, int units) {}

    /** The shear-off equilibrium ensembles (all origins and the control): the Green-Kubo and eq tau_alpha units. */
    List<IsoconfigurationalEnsemble.Result> equilibriumEnsembles() {
        List<IsoconfigurationalEnsemble.Result> out = new ArrayList<>();
        for (int k = 0; k < d.preset().origins(); k++) out.add(d.equilibrium(k));
        out.add(d.control(0));
        return out;
    }

    /** Equilibrium tau_alpha from the F_s of every shear-off equilibrium replica. */
    Estimate equilibrium() { return ofReplicas(equilibriumEnsembles()); }

    /** Steady-flow tau_alpha at ensemble rate {@code rate} from the continuation ensemble's replicas. */
    Estimate steadyEnsemble(double rate) { return ofReplicas(List.of(d.continuation(rate))); }

    /** Steady-flow tau_alpha at any swept rate from the steady run's time-origin averaged F_s (NaN if not recorded). */
    double steadyRun(double rate) {
        SteadyShear.Result s = d.steady(rate);
        return s.fs() == null ? Double.NaN : SelfScatteringStream.tauAlpha(lagTimes(s.fs().length), s.fs());
    }

    /** The Gaussian estimate MSD(tau_alpha) = 6 / q*^2 from the mean MSD of the equilibrium ensembles (the pilot's). */
    double gaussianEquilibrium() {
        List<IsoconfigurationalEnsemble.Result> e = equilibriumEnsembles();
        double[] msd = new double[e.get(0).msd().length];
        for (IsoconfigurationalEnsemble.Result r : e) for (int j = 0; j < msd.length; j++) msd[j] -= r.msd()[j] / e.size();
        double q = IsoconfigurationalEnsembles.scatteringQ(d.preset().rho());
        return RelaxationTime.firstCrossing(e.get(0).time(), msd, -6 / (q * q));
    }

    static double[] lagTimes(int n) {
        double[] t = new double[n];
        for (int j = 0; j < n; j++) t[j] = j * TauLcDuality.SAMPLE;
        return t;
    }

    /** tau_alpha of the replica-mean F_s, interval by bootstrap over the replicas; NaN when F_s was not recorded. */
    static Estimate ofReplicas(List<IsoconfigurationalEnsemble.Result> ensembles) {
        List<double[]> curves = new ArrayList<>();
        for (IsoconfigurationalEnsemble.Result r : ensembles) if (r.fsReplica() != null) for (double[] f : r.fsReplica()) curves.add(f);
        if (curves.isEmpty()) return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        double[][] f = curves.toArray(new double[0][]);
        double[] t = lagTimes(f[0].length);
        int[] all = new int[f.length];
        for (int k = 0; k < all.length; k++) all[k] = k;
        double tau = SelfScatteringStream.tauAlpha(t, meanCurve(f, all));
        double[] ci = Bootstrap.interval(f.length, idx -> SelfScatteringStream.tauAlpha(t, meanCurve(f, idx)),
            Seeds.of(TauLcDuality.SEED, "bootstrap-tau-alpha"));
        return new Estimate(tau, ci[0], ci[1], f.length);
    }

    static double[] meanCurve(double[][] f, int[] idx) {
        double[] m = new double[f[0].length];
        for (int k : idx) for (int j = 0; j < m.length; j++) m[j] += f[k][j] / idx.length;
        return m;
    }

    /**
     * Green-Kubo eta per replica: {@code V / T} times the trapezoidal integral of the replica's stress autocorrelation
     * (sampled every {@code dt}) from 0 to its last lag.
     */
    static double greenKubo(double[] acf, double dt, double volume, double temperature) {
        double s = 0;
        for (int l = 1; l < acf.length; l++) s += 0.5 * (acf[l - 1] + acf[l]) * dt;
        return volume / temperature * s;
    }

    /** Green-Kubo eta of every shear-off equilibrium replica (empty when not recorded). */
    double[] greenKuboReplicas() {
        List<Double> v = new ArrayList<>();
        double vol = d.box().volume(), temp = d.preset().temperature();
        for (IsoconfigurationalEnsemble.Result r : equilibriumEnsembles())
            if (r.stressAcf() != null) for (double[] c : r.stressAcf()) v.add(greenKubo(c, TauLcDuality.SAMPLE, vol, temp));
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** eta_eq (Green-Kubo): {mean, 90% lo, 90% hi, replicas}; NaN without recorded autocorrelations. */
    double[] greenKuboEtaEq() {
        double[] v = greenKuboReplicas();
        if (v.length == 0) return new double[] {Double.NaN, Double.NaN, Double.NaN, 0};
        double m = 0;
        for (double x : v) m += x / v.length;
        double[] ci = Bootstrap.meanInterval(v, Seeds.of(TauLcDuality.SEED, "bootstrap-green-kubo"));
        return new double[] {m, ci[0], ci[1], v.length};
    }

    /** Running Green-Kubo integral eta(t) = V/T int_0^t C(t') dt' of the replica-mean autocorrelation, with C(t) itself. */
    Table greenKuboTable() {
        List<double[]> acfs = new ArrayList<>();
        for (IsoconfigurationalEnsemble.Result r : equilibriumEnsembles()) if (r.stressAcf() != null) for (double[] c : r.stressAcf()) acfs.add(c);
        int n = acfs.isEmpty() ? 0 : acfs.get(0).length;
        double[] t = lagTimes(n), c = new double[n], eta = new double[n];
        for (double[] a : acfs) for (int l = 0; l < n; l++) c[l] += a[l] / acfs.size();
        double vol = d.box().volume(), temp = d.preset().temperature();
        for (int l = 1; l < n; l++) eta[l] = eta[l - 1] + vol / temp * 0.5 * (c[l - 1] + c[l]) * TauLcDuality.SAMPLE;
        return Tables.of("green-kubo eta_eq (M17)", "t_tau", t, "stress_acf_eps2_per_sigma6", c, "eta_running_eps_tau_per_sigma3", eta);
    }

    /**
     * tau_alpha per state point: rate 0 (equilibrium ensembles), each swept rate (steady run), with the ensemble value
     * and interval where the rate has a continuation ensemble; the Weissenberg number rate tau_alpha(eq).
     */
    Table table() {
        double[] rates = d.preset().rates();
        int m = rates.length + 1;
        double[] rate = new double[m], run = new double[m], ens = new double[m], lo = new double[m], hi = new double[m],
            units = new double[m], gauss = new double[m], wi = new double[m];
        Estimate eq = equilibrium();
        rate[0] = 0; run[0] = Double.NaN; ens[0] = eq.tau(); lo[0] = eq.lo(); hi[0] = eq.hi(); units[0] = eq.units();
        gauss[0] = gaussianEquilibrium(); wi[0] = 0;
        for (int i = 0; i < rates.length; i++) {
            rate[i + 1] = rates[i];
            run[i + 1] = steadyRun(rates[i]);
            Estimate e = isEnsembleRate(rates[i]) ? steadyEnsemble(rates[i]) : new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
            ens[i + 1] = e.tau(); lo[i + 1] = e.lo(); hi[i + 1] = e.hi(); units[i + 1] = e.units();
            gauss[i + 1] = Double.NaN;
            wi[i + 1] = rates[i] * eq.tau();
        }
        return Tables.of("tau_alpha per state point (F_s(7.25, t) = 1/e, A particles)", "rate_per_tau", rate,
            "tau_alpha_steady_run_tau", run, "tau_alpha_ensemble_tau", ens, "tau_alpha_lo90_tau", lo, "tau_alpha_hi90_tau", hi,
            "replicas", units, "tau_alpha_gaussian_tau", gauss, "weissenberg_rate_x_tau_alpha_eq", wi);
    }

    /** F_s(t) curves: equilibrium (replica mean), each continuation ensemble, each steady run; long format. */
    Table fsCurves() {
        List<double[]> rows = new ArrayList<>();
        List<String> src = new ArrayList<>();
        addCurve(rows, src, 0, "equilibrium ensembles", mean(equilibriumEnsembles()));
        for (double r : d.preset().iceRates()) addCurve(rows, src, r, "steady ensemble", mean(List.of(d.continuation(r))));
        for (double r : d.preset().rates()) addCurve(rows, src, r, "steady run", d.steady(r).fs());
        double[] rate = new double[rows.size()], t = new double[rows.size()], fs = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) { rate[i] = rows.get(i)[0]; t[i] = rows.get(i)[1]; fs[i] = rows.get(i)[2]; }
        Table out = Tables.of("self intermediate scattering F_s(7.25, t), A particles", "rate_per_tau", rate, "t_tau", t, "fs", fs);
        out.addColumns(tech.tablesaw.api.StringColumn.create("curve", src));
        return out;
    }

    private static double[] mean(List<IsoconfigurationalEnsemble.Result> e) {
        List<double[]> c = new ArrayList<>();
        for (IsoconfigurationalEnsemble.Result r : e) if (r.fsReplica() != null) for (double[] f : r.fsReplica()) c.add(f);
        if (c.isEmpty()) return null;
        double[][] f = c.toArray(new double[0][]);
        int[] all = new int[f.length];
        for (int k = 0; k < f.length; k++) all[k] = k;
        return meanCurve(f, all);
    }

    /** Adds a curve thinned to at most ~200 points on a log-spaced lag grid. */
    private static void addCurve(List<double[]> rows, List<String> src, double rate, String source, double[] fs) {
        if (fs == null) return;
        int last = -1;
        for (int k = 0; k <= 200; k++) {
            int j = k == 0 ? 0 : (int) Math.round(Math.pow(fs.length - 1, k / 200.0));
            if (j == last || j >= fs.length) continue;
            last = j;
            rows.add(new double[] {rate, j * TauLcDuality.SAMPLE, fs[j]});
            src.add(rate == 0 ? source : source + ", rate " + rate);
        }
    }

    private boolean isEnsembleRate(double r) {
        for (double x : d.preset().iceRates()) if (x == r) return true;
        return false;
    }
}
