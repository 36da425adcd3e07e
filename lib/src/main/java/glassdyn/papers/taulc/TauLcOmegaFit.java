package glassdyn.papers.taulc;

import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/**
 * Fig. 29 of paper 001 (Sec. V C): the basin-averaged mean escape time t_bar(rate) = int P_b(E_b) t_bar(E_b, rate) dE_b
 * (Eq. 33) of the PEL model ({@link PelBasinModel}, Eq. 18) against the MD mean tau_sh of the continuation ensembles,
 * with the constant activation volume of {@link PelAnalysis} and with Omega(rate) chosen per rate so that t_bar equals
 * the MD mean tau_sh (Eq. 34; G_eff fixed, so Omega / Omega_0 = k / k_0), and eta* of the SGR steady state (Eq. 32)
 * with either, both normalised by the constant-Omega eta at the lowest sweep rate. P_b is the empirical distribution of
 * the positive barriers E_b = T ln(Gamma tau_LC) of the equilibrium particles, binned in {@value #BINS} bins.
 *
 * <p>Eq. 34 makes t_bar equal the MD tau_sh by construction; what the figure can show is how Omega must vary with
 * the rate, and whether that Omega(rate) moves eta* toward the MD eta / eta_eq.
 */
final class TauLcOmegaFit {
    /** Barrier histogram bins for the Eq. 33 average. */
    static final int BINS = 60;
    /** Omega is searched within k_0 / SPAN .. k_0 SPAN. */
    static final double SPAN = 1e4;

    private final TauLcDuality d;

    TauLcOmegaFit(TauLcDuality d) { this.d = d; }

    Table table() {
        if (d.pel().inapplicable() != null)
            return Table.create("fig29 Omega(rate) (PEL model not built: " + d.pel().inapplicable() + ")");
        PelBasinModel m = d.pelModel();
        double[][] h = barrierHistogram(Arrays.stream(d.tauLcEquilibrium()).map(m::barrier).toArray(), BINS);
        double[] eb = h[0], w = h[1], r = d.preset().iceRates().clone();
        double[] barriers = Arrays.stream(d.tauLcEquilibrium()).map(m::barrier).toArray();
        double r0 = PelAnalysis.SWEEP[0], eta0 = d.sgr().model().at(r0).stress() / r0;
        int n = r.length;
        double[] md = new double[n], tConst = new double[n], tFit = new double[n], omega = new double[n], eConst = new double[n], eFit = new double[n];
        for (int i = 0; i < n; i++) {
            md[i] = TauLcRelations.mean(d.continuation(r[i]).tau());
            tConst[i] = basinMeanTime(m, eb, w, r[i]);
            double k = solveK(m, eb, w, r[i], md[i]);
            omega[i] = k / m.k();
            tFit[i] = Double.isNaN(k) ? Double.NaN : basinMeanTime(withK(m, k), eb, w, r[i]);
            eConst[i] = d.sgr().model().at(r[i]).stress() / r[i] / eta0;
            eFit[i] = Double.isNaN(k) ? Double.NaN : new SgrSteadyState(withK(m, k), barriers).at(r[i]).stress() / r[i] / eta0;
        }
        return Tables.of("fig29 Omega(rate) from Eq. 34", "rate", r, "tau_sh_mean_md_tau", md, "t_bar_constant_omega_tau", tConst,
            "t_bar_fitted_omega_tau", tFit, "omega_over_omega0", omega, "eta_star_constant_omega", eConst, "eta_star_fitted_omega", eFit);
    }

    static PelBasinModel withK(PelBasinModel m, double k) { return new PelBasinModel(m.gamma(), k, m.temperature(), m.alpha()); }

    /** {bin centres, weights summing to 1} of the positive values of {@code eb}. */
    static double[][] barrierHistogram(double[] eb, int bins) {
        double[] pos = Arrays.stream(eb).filter(e -> e > 0 && Double.isFinite(e)).toArray();
        if (pos.length == 0) throw new IllegalArgumentException("no positive barrier");
        double lo = Arrays.stream(pos).min().orElseThrow(), hi = Arrays.stream(pos).max().orElseThrow(), width = Math.max(hi - lo, 1e-12) / bins;
        double[] c = new double[bins], w = new double[bins];
        for (int b = 0; b < bins; b++) c[b] = lo + (b + 0.5) * width;
        for (double e : pos) w[Math.min(bins - 1, (int) ((e - lo) / width))] += 1.0 / pos.length;
        return new double[][] {c, w};
    }

    /** Eq. 33: sum_b w_b t_bar(E_b, rate). */
    static double basinMeanTime(PelBasinModel m, double[] eb, double[] w, double rate) {
        double s = 0;
        for (int b = 0; b < eb.length; b++) if (w[b] > 0) s += w[b] * m.meanTime(eb[b], rate);
        return s;
    }

    /**
     * Eq. 34: the k = G_eff Omega at which {@link #basinMeanTime} equals {@code target}, by bisection in ln k over
     * k_0 / {@value #SPAN} .. k_0 {@value #SPAN} (t_bar falls as k grows: a stiffer basin is tilted to its barrier at a
     * smaller strain); NaN when the target lies outside the range reached there.
     */
    static double solveK(PelBasinModel m, double[] eb, double[] w, double rate, double target) {
        double lo = Math.log(m.k() / SPAN), hi = Math.log(m.k() * SPAN);
        double fLo = basinMeanTime(withK(m, Math.exp(lo)), eb, w, rate) - target, fHi = basinMeanTime(withK(m, Math.exp(hi)), eb, w, rate) - target;
        if (!(fLo >= 0 && fHi <= 0)) return Double.NaN;
        for (int it = 0; it < 60 && hi - lo > 1e-9; it++) {
            double mid = 0.5 * (lo + hi), f = basinMeanTime(withK(m, Math.exp(mid)), eb, w, rate) - target;
            if (f > 0) lo = mid; else hi = mid;
        }
        return Math.exp(0.5 * (lo + hi));
    }
}
