package glassdyn.papers.taulc;

/**
 * The steady state of paper 001's soft-glassy-rheology trap model (Sec. V B, Eqs. 19-32; spec 001 section 2.15) on the
 * basins of {@link PelBasinModel}: particles enter a basin at strain 0 with barrier E_b drawn from rho(E_b) ~ P_b(E_b)
 * exp(-E_b / T) (Eq. 21), are convected at the shear rate and escape at Gamma exp(-(E_b - E(gamma)) / T), so (Eq. 27)
 * <pre>  P_s(gamma, E_b) ~ rho(E_b) exp[-(1 / g(E_b)) int_0^gamma exp(E(gamma') / T) dgamma'],  g = rate exp(E_b / T) / Gamma.</pre>
 * P_b is the empirical distribution of the barriers of the equilibrium particles (one sample per particle). From P_s:
 * the mean strain gamma_bar (Eq. 24), the mean relaxation time tau_bar_LC = &lt;Gamma^-1 exp((E_b - E(gamma)) / T)&gt;
 * (Eqs. 28-29), the activation-strain density P_ac(gamma_ac) ~ &lt;(1 / g) exp(E(gamma_ac) / T) P_s&gt; (Eq. 30), and the
 * stress sigma ~ &lt;dE / dgamma&gt; (Eq. 32).
 *
 * <p>Numerics: per rate a uniform strain grid on [0, max gamma_b + 30 rate / Gamma] ({@link #STEPS} intervals); in each
 * interval the escape rate per strain is its trapezoid mean, so the survival and its integral are exact for that
 * piecewise-constant rate; gamma, tau_bar and dE/dgamma are taken at the interval midpoint.
 */
final class SgrSteadyState {
    /** Strain intervals per rate. */
    static final int STEPS = 2000;

    /** One rate's steady state: moments and the activation-strain density on {@code strain}. */
    record State(double rate, double meanStrain, double meanTauLc, double stress, double[] strain, double[] activation) {
        /** p_sd: the fraction of P_ac beyond {@code cut} (Eq. 31). */
        double beyond(double cut) {
            double all = 0, out = 0;
            for (int j = 0; j < strain.length; j++) { all += activation[j]; if (strain[j] >= cut) out += activation[j]; }
            return all > 0 ? out / all : Double.NaN;
        }

        /** The strain below which a fraction q of P_ac lies. */
        double quantile(double q) {
            double all = 0, acc = 0;
            for (double a : activation) all += a;
            for (int j = 0; j < strain.length; j++) { acc += activation[j]; if (acc >= q * all) return strain[j]; }
            return strain[strain.length - 1];
        }
    }

    private final PelBasinModel m;
    private final double[] barriers, weights;

    /** @param barriers E_b of the equilibrium particles (those &gt; 0 are used) */
    SgrSteadyState(PelBasinModel m, double[] barriers) {
        this.m = m;
        this.barriers = java.util.Arrays.stream(barriers).filter(e -> e > 0).toArray();
        if (this.barriers.length == 0) throw new IllegalArgumentException("no positive barrier");
        weights = new double[this.barriers.length];
        double ref = java.util.Arrays.stream(this.barriers).min().orElseThrow();
        for (int i = 0; i < weights.length; i++) weights[i] = Math.exp(-(this.barriers[i] - ref) / m.temperature());
    }

    /** The steady state at {@code rate} (&gt; 0). */
    State at(double rate) {
        double gmax = 0;
        for (double e : barriers) gmax = Math.max(gmax, m.gammaB(e));
        gmax += 30 * rate / m.gamma();
        double h = gmax / STEPS;
        double[] strain = new double[STEPS], act = new double[STEPS];
        for (int j = 0; j < STEPS; j++) strain[j] = (j + 0.5) * h;
        double z = 0, zg = 0, zt = 0, zs = 0;
        for (int i = 0; i < barriers.length; i++) {
            double eb = barriers[i], w = weights[i], s = 1, cPrev = m.rate(eb, 0) / rate;
            for (int j = 0; j < STEPS && s > 1e-300; j++) {
                double c = m.rate(eb, (j + 1) * h) / rate, cm = 0.5 * (cPrev + c), x = cm * h;
                double integral = s * (x > 1e-12 ? -Math.expm1(-x) / cm : h);   // int of S over the interval
                double mid = strain[j];
                z += w * integral;
                zg += w * mid * integral;
                zt += w * integral / m.rate(eb, mid);
                zs += w * m.stress(eb, mid) * integral;
                act[j] += w * s * -Math.expm1(-x);                                    // escapes in the interval
                s *= Math.exp(-x);
                cPrev = c;
            }
        }
        return new State(rate, zg / z, zt / z, zs / z, strain, act);
    }

    /** tau_bar_LC in the limit rate -&gt; 0: the P_b mean of Gamma^-1 exp(E_b / T) (Eq. 14 averaged). */
    double equilibriumMeanTauLc() {
        double s = 0;
        for (double e : barriers) s += m.tauLc(e);
        return s / barriers.length;
    }
}
