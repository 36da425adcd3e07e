package glassdyn.papers.taulc;

import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paper 001's SGR steady state ({@link SgrSteadyState}) on this run's PEL model ({@link PelAnalysis}: the same Gamma,
 * G_eff Omega, T and fitted alpha) and the barriers of the equilibrium particles: Figs. 26 (tau_bar_LC vs rate), 27
 * (P_ac, p_sd) and 28 (eta*_SGR = eta_SGR / eta_SGR at the lowest rate, spec default). gamma_ac,c is the 99% quantile of
 * P_ac at the lowest sweep rate (spec 001 ambiguity 27 default). Fig. 25 (Y(r) against gamma_bar) needs the
 * g_2^-2 descriptors of the sheared configurations and is not built.
 */
final class SgrAnalysis {
    /** Quantile of P_ac at the lowest rate that defines gamma_ac,c. */
    static final double CUT_QUANTILE = 0.99;

    private final TauLcDuality d;
    private SgrSteadyState sgr;

    SgrAnalysis(TauLcDuality d) { this.d = d; }

    synchronized SgrSteadyState model() {
        if (sgr != null) return sgr;
        PelBasinModel m = d.pelModel();
        sgr = new SgrSteadyState(m, Arrays.stream(d.tauLcEquilibrium()).map(m::barrier).toArray());
        return sgr;
    }

    /** Figs. 26-28 over the sweep rates: gamma_bar, tau_bar_LC, eta*, p_sd; and MD mean tau_LC where an ensemble exists. */
    Table steady() {
        double[] r = PelAnalysis.SWEEP;
        SgrSteadyState.State[] s = new SgrSteadyState.State[r.length];
        for (int i = 0; i < r.length; i++) s[i] = model().at(r[i]);
        double cut = s[0].quantile(CUT_QUANTILE), eta0 = s[0].stress() / r[0];
        double[] g = new double[r.length], tau = new double[r.length], eta = new double[r.length], psd = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            g[i] = s[i].meanStrain(); tau[i] = s[i].meanTauLc(); eta[i] = s[i].stress() / r[i] / eta0; psd[i] = s[i].beyond(cut);
        }
        return Tables.of("fig26-28 SGR steady state, gamma_ac,c " + String.format(java.util.Locale.ROOT, "%.4f", cut), "rate", r.clone(),
            "gamma_bar", g, "tau_LC_mean_sgr_tau", tau, "eta_star_sgr", eta, "p_sd", psd);
    }

    /** Fig. 27(a,b): P_ac scaled by its maximum at the lowest sweep rate and at every ensemble rate. */
    Table activation() {
        List<Double> rate = new ArrayList<>(), strain = new ArrayList<>(), p = new ArrayList<>();
        double[] rates = new double[d.preset().iceRates().length + 1];
        rates[0] = PelAnalysis.SWEEP[0];
        System.arraycopy(d.preset().iceRates(), 0, rates, 1, rates.length - 1);
        for (double r : rates) {
            SgrSteadyState.State s = model().at(r);
            double max = Arrays.stream(s.activation()).max().orElse(1);
            for (int j = 0; j < s.strain().length; j += 4) { rate.add(r); strain.add(s.strain()[j]); p.add(s.activation()[j] / max); }
        }
        return Tables.of("fig27ab SGR activation-strain density", "rate", TauLcFigures.unbox(rate), "gamma_ac", TauLcFigures.unbox(strain),
            "P_ac_scaled", TauLcFigures.unbox(p));
    }

    /** SGR tau_bar_LC at the ensemble rates and the MD mean tau_LC of the cessation ensembles: {rates, sgr, md}. */
    double[][] meanTauLc() {
        double[] r = d.preset().iceRates(), sgrTau = new double[r.length], md = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            sgrTau[i] = model().at(r[i]).meanTauLc();
            md[i] = TauLcRelations.mean(d.cessation(r[i]).tau());
        }
        return new double[][] {r.clone(), sgrTau, md};
    }
}
