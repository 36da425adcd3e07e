package glassdyn.papers.taulc;

/**
 * The single-basin potential-energy-landscape model of paper 001 (Sec. V A, Eqs. 14-18, Figs. 21-24; spec 001
 * section 2.14). A particle sits in a basin of barrier E_b; shear tilts it by the deformation energy (Eq. 16)
 * <pre>  E(gamma) = k gamma^2 / 2                          0 &lt;= gamma &lt;= gamma_x
 *  E(gamma) = E_b - A (gamma_b - gamma)^(3/2)         gamma_x &lt; gamma &lt;= gamma_b   (3/2 catastrophe)
 *  E(gamma) = E_b                                     gamma &gt; gamma_b (barrier gone)</pre>
 * with k = G Omega, E(gamma_x) = alpha E_b and E, E' continuous: gamma_x = sqrt(2 alpha E_b / k), gamma_b - gamma_x =
 * (3/4)(1 - alpha) gamma_x / alpha, A = (1 - alpha) E_b / (gamma_b - gamma_x)^(3/2). The escape rate at strain
 * gamma = rate t is r(t) = Gamma exp(-(E_b - E(gamma)) / T) (Eq. 15); the first-passage density is f(t) = r(t) S(t),
 * S(t) = exp(-int_0^t r) (Eq. 17), and the mean escape time t_bar(E_b, rate) = int_0^inf S dt (Eq. 18):
 * t_bar(E_b, 0) = Gamma^-1 exp(E_b / T) is tau_LC (Eq. 14), t_bar(E_b, rate) is tau_sh.
 *
 * <p>Numerics: a uniform strain grid on [0, gamma_b] of {@link #STEPS} intervals; within an interval the rate is
 * replaced by its mean (trapezoid of r), so S and int S dt are exact for that piecewise-constant rate whatever
 * r dt is; past gamma_b the rate is Gamma and the tail adds S(t_b) / Gamma.
 *
 * @param gamma attempt rate Gamma (1 / time)
 * @param k     G Omega (energy per strain^2)
 * @param temperature k_B T
 * @param alpha E(gamma_x) / E_b, the model's one free parameter (0 &lt; alpha &lt; 1)
 */
public record PelBasinModel(double gamma, double k, double temperature, double alpha) {
    /** Strain intervals on [0, gamma_b]. */
    public static final int STEPS = 4000;

    public PelBasinModel {
        if (!(gamma > 0) || !(k > 0) || !(temperature > 0)) throw new IllegalArgumentException(
            "PEL model needs Gamma, G Omega and T > 0, got " + gamma + ", " + k + ", " + temperature);
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
    }

    /** gamma_x of barrier eb. */
    public double gammaX(double eb) { return Math.sqrt(2 * alpha * eb / k); }

    /** gamma_b of barrier eb: the strain at which the barrier vanishes. */
    public double gammaB(double eb) { double gx = gammaX(eb); return gx + 0.75 * (1 - alpha) * gx / alpha; }

    /** Deformation energy E(gamma) of barrier eb (Eq. 16). */
    public double energy(double eb, double g) {
        double gx = gammaX(eb), gb = gammaB(eb);
        if (g <= gx) return 0.5 * k * g * g;
        if (g >= gb) return eb;
        double a = (1 - alpha) * eb / Math.pow(gb - gx, 1.5);
        return eb - a * Math.pow(gb - g, 1.5);
    }

    /** dE/dgamma (the particle-level stress of Eq. 32). */
    public double stress(double eb, double g) {
        double gx = gammaX(eb), gb = gammaB(eb);
        if (g <= gx) return k * g;
        if (g >= gb) return 0;
        double a = (1 - alpha) * eb / Math.pow(gb - gx, 1.5);
        return 1.5 * a * Math.sqrt(gb - g);
    }

    /** Escape rate at strain g (Eq. 15). */
    public double rate(double eb, double g) { return gamma * Math.exp(-(eb - energy(eb, g)) / temperature); }

    /** Equilibrium escape time Gamma^-1 exp(E_b / T) (Eq. 14). */
    public double tauLc(double eb) { return Math.exp(eb / temperature) / gamma; }

    /** The barrier of equilibrium escape time tau: E_b = T ln(Gamma tau) (Eq. 14 inverted). */
    public double barrier(double tau) { return temperature * Math.log(gamma * tau); }

    /** Mean escape time under shear rate {@code shearRate} (Eq. 18); tau_LC at rate 0. */
    public double meanTime(double eb, double shearRate) {
        if (shearRate == 0) return tauLc(eb);
        double gb = gammaB(eb), dg = gb / STEPS, dt = dg / shearRate;
        double s = 1, mean = 0, rPrev = rate(eb, 0);
        for (int j = 1; j <= STEPS && s > 1e-300; j++) {
            double r = rate(eb, j * dg), rm = 0.5 * (rPrev + r);
            double x = rm * dt;
            mean += s * (x > 1e-12 ? -Math.expm1(-x) / rm : dt);
            s *= Math.exp(-x);
            rPrev = r;
        }
        return mean + s / gamma;
    }

    /**
     * The first-passage density f(t) (Eq. 17) and survival S(t) at the times {@code t} (ascending, from 0), computed on
     * the same piecewise-constant rate as {@link #meanTime}: {f, S}.
     */
    public double[][] density(double eb, double shearRate, double[] t) {
        double[] f = new double[t.length], surv = new double[t.length];
        double tb = shearRate > 0 ? gammaB(eb) / shearRate : Double.POSITIVE_INFINITY;
        double logS = 0, prevT = 0, prevR = rate(eb, 0);
        for (int j = 0; j < t.length; j++) {
            double r = t[j] >= tb ? gamma : rate(eb, shearRate * t[j]);
            int sub = 64;                           // sub-steps: trapezoid of the rate between grid times
            double h = (t[j] - prevT) / sub, rp = prevR;
            for (int q = 1; q <= sub; q++) {
                double tq = prevT + q * h, rq = tq >= tb ? gamma : rate(eb, shearRate * tq);
                logS -= 0.5 * (rp + rq) * h;
                rp = rq;
            }
            surv[j] = Math.exp(logS);
            f[j] = r * surv[j];
            prevT = t[j]; prevR = r;
        }
        return new double[][] {f, surv};
    }
}
