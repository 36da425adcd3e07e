package glassdyn.papers.taulc;

import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paper 001's PEL single-basin model ({@link PelBasinModel}) fed with this run's measurements (spec 001 section 2.14):
 * Gamma^-1 the time at which the equilibrium MSD of origin 0 first reaches 90% of its plateau (the paper's "plateau
 * entry"; the 90% level is this code's choice), G = G_eff = w G_ini (mean w over the ensemble rates, App. B), Omega =
 * (4/3) pi r_min^3, k_B T = T, barriers E_b = T ln(Gamma tau_LC) of the equilibrium particles (Eq. 14; tau_LC below
 * Gamma^-1 has no barrier and is dropped), and alpha, the one free parameter, fitted once by least squares of ln tau_sh
 * on the MD bins at the highest ensemble rate (spec default, ambiguity 26) and kept for the other rates.
 *
 * <p>Fig. 23: tau_sh(tau_LC) of the model at every ensemble rate. Fig. 24: at E'_b (the mode of the E_b histogram) the
 * first-passage density f(t) at rates 10^-4..1, the time t_c where f departs from f_eq by more than 5% (spec default)
 * and p'_slow = S(t_c), the probability to escape after t_c (Fig. 24(d)).
 */
final class PelAnalysis {
    /** Relative deviation of f from f_eq that defines t_c (spec 001 ambiguity 26 default). */
    static final double TC_DEVIATION = 0.05;
    /** Rates of the Fig. 24 sweep: 10^-4 .. 1, 3 per decade. */
    static final double[] SWEEP = {1e-4, 2.15e-4, 4.64e-4, 1e-3, 2.15e-3, 4.64e-3, 1e-2, 2.15e-2, 4.64e-2, 0.1, 0.215, 0.464, 1};
    /** Search range of alpha (the fit reports when it ends at a bound). */
    static final double ALPHA_MIN = 1e-4, ALPHA_MAX = 0.99;
    /** Histogram bins of E_b for the mode E'_b. */
    static final int EB_BINS = 30;

    private final TauLcDuality d;
    private PelBasinModel model;
    private double modeBarrier;

    PelAnalysis(TauLcDuality d) { this.d = d; }

    /** The model's measured inputs: Gamma = 1 / (plateau entry time), G_eff Omega, T. */
    double[] inputs() {
        double tEntry = plateauEntry(d.equilibrium(0).time(), d.equilibrium(0).msd(), d.plateau());
        double omega = 4.0 / 3 * Math.PI * Math.pow(d.rMin(), 3);
        return new double[] {1 / tEntry, weight() * d.initialLerModulus() * omega, d.preset().temperature()};
    }

    /**
     * Why the model cannot be built from this run's measurements (a non-positive G_eff Omega: the initial LER modulus
     * measured at this size is negative; or no plateau entry), or null when it can. The PEL/SGR panels are then empty
     * with this reason and their checks not shown.
     */
    String inapplicable() {
        double[] in = inputs();
        if (!(in[0] > 0) || !Double.isFinite(in[0])) return "no MSD plateau entry in the equilibrium ensemble (Gamma = " + in[0] + ")";
        if (!(in[1] > 0)) return String.format(java.util.Locale.ROOT, "G_eff Omega = %.4g <= 0: the initial LER modulus measured "
            + "at this size is %.4g", in[1], d.initialLerModulus());
        return null;
    }

    /** The model with alpha fitted (cached). */
    synchronized PelBasinModel model() {
        if (model != null) return model;
        double[] in = inputs();
        double g = in[0], k = in[1], t = in[2];
        double[] rates = d.preset().iceRates();
        Table bins = d.steadyRelation(rates[rates.length - 1]).bins();
        double[] lc = bins.doubleColumn("tau_LC").asDoubleArray(), sh = bins.doubleColumn("tau_sh").asDoubleArray();
        double top = rates[rates.length - 1];
        double a = Math.log(ALPHA_MIN), b = Math.log(ALPHA_MAX), phi = (Math.sqrt(5) - 1) / 2;   // golden section on ln alpha
        for (int it = 0; it < 60; it++) {
            double x1 = b - phi * (b - a), x2 = a + phi * (b - a);
            if (misfit(new PelBasinModel(g, k, t, Math.exp(x1)), lc, sh, top) < misfit(new PelBasinModel(g, k, t, Math.exp(x2)), lc, sh, top)) b = x2;
            else a = x1;
        }
        model = new PelBasinModel(g, k, t, Math.exp(0.5 * (a + b)));
        return model;
    }

    /**
     * w = G_eff / G_ini, the mean over the ensemble rates of the finite bond-retention weights (App. B); 1 (G_eff = G_ini)
     * when no rate has one (no slow particles, e.g. at smoke), reported with the model.
     */
    double weight() {
        double s = 0;
        int n = 0;
        for (double v : d.retentionWeights()) if (Double.isFinite(v)) { s += v; n++; }
        return n > 0 ? s / n : 1;
    }

    /** First time the MSD reaches 90% of the plateau value; NaN if never. */
    static double plateauEntry(double[] t, double[] msd, double plateau) {
        for (int j = 1; j < t.length; j++) if (msd[j] >= 0.9 * plateau) return t[j];
        return Double.NaN;
    }

    /** Sum of squared ln(tau_sh model / tau_sh MD) over the bins with a barrier. */
    static double misfit(PelBasinModel m, double[] lc, double[] sh, double rate) {
        double s = 0;
        for (int i = 0; i < lc.length; i++) {
            double eb = m.barrier(lc[i]);
            if (!(eb > 0) || !(sh[i] > 0)) continue;
            double r = Math.log(m.meanTime(eb, rate) / sh[i]);
            s += r * r;
        }
        return s;
    }

    /** Fig. 23: model tau_sh over a log grid of tau_LC spanning the equilibrium spectrum, per ensemble rate. */
    Table tauSh() {
        PelBasinModel m = model();
        double[] eq = d.tauLcEquilibrium();
        double lo = Math.max(Arrays.stream(eq).min().orElseThrow(), 1.05 / m.gamma()), hi = Arrays.stream(eq).max().orElseThrow();
        List<double[]> rows = new ArrayList<>();
        for (double r : d.preset().iceRates())
            for (int j = 0; j < 40; j++) {
                double lc = lo * Math.pow(hi / lo, j / 39.0);
                rows.add(new double[] {r, lc, m.meanTime(m.barrier(lc), r)});
            }
        return Tables.of("fig23 PEL tau_sh(tau_LC), alpha " + String.format(java.util.Locale.ROOT, "%.3f", m.alpha()),
            "rate", col(rows, 0), "tau_LC_tau", col(rows, 1), "tau_sh_pel_tau", col(rows, 2));
    }

    /** E'_b: the centre of the most populated of {@link #EB_BINS} bins of the equilibrium barriers. */
    synchronized double modeBarrier() {
        if (modeBarrier > 0) return modeBarrier;
        PelBasinModel m = model();
        double[] eb = Arrays.stream(d.tauLcEquilibrium()).map(m::barrier).filter(x -> x > 0).toArray();
        double lo = Arrays.stream(eb).min().orElseThrow(), hi = Arrays.stream(eb).max().orElseThrow(), h = (hi - lo) / EB_BINS;
        int[] count = new int[EB_BINS];
        for (double e : eb) count[Math.min(EB_BINS - 1, (int) ((e - lo) / h))]++;
        int best = 0;
        for (int i = 1; i < EB_BINS; i++) if (count[i] > count[best]) best = i;
        modeBarrier = lo + (best + 0.5) * h;
        return modeBarrier;
    }

    /** Log time grid for f(t) at barrier eb: 10^-3 .. 30 tau_LC(eb), 400 points. */
    static double[] timeGrid(PelBasinModel m, double eb) {
        double tau = m.tauLc(eb);
        double[] t = new double[401];
        for (int j = 1; j <= 400; j++) t[j] = 1e-3 * tau * Math.pow(3e4, (j - 1) / 399.0);
        return t;
    }

    /** Fig. 24(a-c): f(t) and f_eq(t) at E'_b for the sweep rates. */
    Table density() {
        PelBasinModel m = model();
        double eb = modeBarrier();
        double[] t = timeGrid(m, eb);
        List<double[]> rows = new ArrayList<>();
        for (double r : SWEEP) {
            double[] f = m.density(eb, r, t)[0], feq = m.density(eb, 0, t)[0];
            for (int j = 1; j < t.length; j++) rows.add(new double[] {r, t[j], f[j], feq[j]});
        }
        return Tables.of("fig24 PEL first-passage density at E'_b " + String.format(java.util.Locale.ROOT, "%.3f", eb),
            "rate", col(rows, 0), "t_tau", col(rows, 1), "f_per_tau", col(rows, 2), "f_eq_per_tau", col(rows, 3));
    }

    /** Fig. 24(d): t_c, t_c x rate and p'_slow = S(t_c) per sweep rate (t_c NaN if f never departs on the grid). */
    Table slow() {
        PelBasinModel m = model();
        double eb = modeBarrier();
        double[] t = timeGrid(m, eb), tc = new double[SWEEP.length], ps = new double[SWEEP.length], x = new double[SWEEP.length];
        for (int i = 0; i < SWEEP.length; i++) {
            double[][] fs = m.density(eb, SWEEP[i], t);
            double[] feq = m.density(eb, 0, t)[0];
            tc[i] = Double.NaN; ps[i] = 0;
            for (int j = 1; j < t.length; j++)
                if (Math.abs(fs[0][j] / feq[j] - 1) > TC_DEVIATION) { tc[i] = t[j]; ps[i] = fs[1][j]; break; }
            x[i] = tc[i] * SWEEP[i];
        }
        return Tables.of("fig24d PEL t_c and p'_slow", "rate", SWEEP.clone(), "t_c_tau", tc, "t_c_times_rate", x, "p_slow_pel", ps);
    }

    private static double[] col(List<double[]> rows, int c) {
        double[] o = new double[rows.size()];
        for (int i = 0; i < o.length; i++) o[i] = rows.get(i)[c];
        return o;
    }
}
