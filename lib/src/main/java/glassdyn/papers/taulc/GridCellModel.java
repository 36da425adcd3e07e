package glassdyn.papers.taulc;

import java.util.SplittableRandom;

/**
 * The start-up grid-cell model of paper 001 (Yu, Zeng and Wang 2025), Sec. III C, Fig. 14, compared with MD in Fig. 15.
 * Independent cells (no elasticity-mediated interaction, unlike an elastoplastic model), each running stress cycles:
 * <ol>
 *   <li>draw tau_LC from the equilibrium spectrum H_eq(tau_LC) (the measured per-particle tau_LC, drawn uniformly);
 *       the cycle is slow if Eq. 2 holds on the Eq. 4 curve, {@code tau_LC - tau_sh(tau_LC) >= tau_2}, else fast (the
 *       paper classifies at the draw of tau_LC, before the thermal time, exactly as the MD particles are classified by
 *       their ICE-mean tau_LC; spec 001 ambiguity 19 leaves tau or tau^th open);</li>
 *   <li>draw the thermal jump time tau_LC^th ~ Exp(mean tau_LC) (Eq. 7) and map it to tau_sh^th by Eq. 4,
 *       {@code tau_sh = c rate^-lambda [1 - exp(-tau_LC / (a / rate + b))]};</li>
 *   <li>load elastically, {@code d sigma / dt = G_eff rate}, for {@code c_el tau_sh^th} (slow, Eq. 8: c_el = tau_el /
 *       mean tau_sh,slow) or {@code tau_sh^th} (fast: the cage distortion-cage jump cycle of Fig. 14(c), same slope);</li>
 *   <li>yield and unload, {@code sigma = sigma_y exp(-(t - t_y) / t_str)}, while restructuring for tau_res ~
 *       Exp(mean gamma_res / rate); then the next cycle starts from the stress reached (spec 001 section 2.11 default:
 *       the paper does not say whether loading restarts at the residual stress or at 0; t_str &lt;&lt; tau_res makes the
 *       residual small).</li>
 * </ol>
 * Every cell starts at t = 0 with sigma = 0 (start-up from rest). The system stress is the mean over cells; "slow"
 * and "fast" are the cells by their label in the first cycle ("the classification at the beginning of shear").
 * gamma_res is the model's only free parameter ({@link #fitRestructuringStrain}).
 */
public final class GridCellModel {
    /** Eq. 4 with its material constants: tau_0 = a / rate + b, tau_sh_inf = c rate^-lambda. */
    public record MasterCurve(double a, double b, double c, double lambda) {
        public double tau0(double rate) { return a / rate + b; }
        public double tauShInf(double rate) { return c * Math.pow(rate, -lambda); }
        /** tau_sh at {@code tauLc} and {@code rate}: Eq. 4 un-rescaled, i.e. Eq. 3 with the rate's tau_sh_inf and tau_0. */
        public double tauSh(double tauLc, double rate) { return tauShInf(rate) * -Math.expm1(-tauLc / tau0(rate)); }
    }

    /** Mean stresses on a time grid: all cells, cells slow in their first cycle, cells fast in their first cycle. */
    public record Result(double[] t, double[] all, double[] slow, double[] fast, double slowFraction) {}

    private final double[] tauLcEq;
    private final MasterCurve eq4;
    private final double tau2, gEff, cEl, tStr;

    /**
     * @param tauLcEq equilibrium tau_LC of every particle (H_eq, sampled uniformly)
     * @param eq4     the Eq. 4 constants
     * @param tau2    the non-Gaussian time of Eq. 2
     * @param gEff    the loading modulus G_eff (both cell kinds)
     * @param cEl     c_el of Eq. 8 at the rate simulated
     * @param tStr    the unloading time t_str
     */
    public GridCellModel(double[] tauLcEq, MasterCurve eq4, double tau2, double gEff, double cEl, double tStr) {
        if (tauLcEq.length == 0) throw new IllegalArgumentException("empty tau_LC spectrum");
        if (!(tStr > 0)) throw new IllegalArgumentException("t_str must be > 0");
        this.tauLcEq = tauLcEq.clone();
        this.eq4 = eq4;
        this.tau2 = tau2;
        this.gEff = gEff;
        this.cEl = cEl;
        this.tStr = tStr;
    }

    /**
     * Whether the model is defined at {@code rate}: finite G_eff and c_el, and Eq. 4 with tau_0 &gt; 0 and tau_sh_inf &gt; 0
     * there (a fitted line tau_0 = a / rate + b can turn negative outside the fitted rates); otherwise every stress is NaN.
     */
    public boolean definedAt(double rate) {
        return Double.isFinite(gEff) && Double.isFinite(cEl) && cEl >= 0 && eq4.tau0(rate) > 0 && eq4.tauShInf(rate) > 0
            && Double.isFinite(eq4.tauShInf(rate));
    }

    /** One cycle's draws: slow flag, loading duration, restructuring time. */
    private record Cycle(boolean slow, double load, double restructure) {}

    private Cycle draw(SplittableRandom rng, double rate, double gammaRes) {
        double tauLc = tauLcEq[rng.nextInt(tauLcEq.length)];
        boolean slow = tauLc - eq4.tauSh(tauLc, rate) >= tau2;
        double th = -tauLc * Math.log1p(-rng.nextDouble());
        double sh = eq4.tauSh(th, rate);
        double res = -(gammaRes / rate) * Math.log1p(-rng.nextDouble());
        return new Cycle(slow, slow ? cEl * sh : sh, res);
    }

    /**
     * The start-up stress of {@code cells} independent cells at {@code rate} on the ascending time grid {@code t},
     * event by event (exact: each cycle's stress is evaluated at the grid times it covers).
     */
    public Result startup(double rate, double gammaRes, double[] t, int cells, long seed) {
        if (!(gammaRes > 0)) throw new IllegalArgumentException("gamma_res must be > 0");
        int nt = t.length;
        double[] all = new double[nt], slow = new double[nt], fast = new double[nt];
        if (!definedAt(rate)) {
            java.util.Arrays.fill(all, Double.NaN); java.util.Arrays.fill(slow, Double.NaN); java.util.Arrays.fill(fast, Double.NaN);
            return new Result(t.clone(), all, slow, fast, Double.NaN);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int nSlow = 0;
        double[] one = new double[nt];
        for (int cell = 0; cell < cells; cell++) {
            double t0 = 0, s0 = 0;
            int j = 0;
            boolean first = true, slowAtStart = false;
            while (j < nt) {
                Cycle c = draw(rng, rate, gammaRes);
                if (first) { slowAtStart = c.slow(); first = false; }
                double ty = t0 + c.load(), sy = s0 + gEff * rate * c.load();
                for (; j < nt && t[j] < ty; j++) one[j] = s0 + gEff * rate * (t[j] - t0);
                double tEnd = ty + c.restructure();
                for (; j < nt && t[j] < tEnd; j++) one[j] = sy * Math.exp(-(t[j] - ty) / tStr);
                s0 = sy * Math.exp(-c.restructure() / tStr);
                t0 = tEnd;
            }
            double[] part = slowAtStart ? slow : fast;
            if (slowAtStart) nSlow++;
            for (int k = 0; k < nt; k++) { all[k] += one[k]; part[k] += one[k]; }
        }
        int nFast = cells - nSlow;
        for (int k = 0; k < nt; k++) {
            all[k] /= cells;
            slow[k] = nSlow > 0 ? slow[k] / nSlow : Double.NaN;
            fast[k] = nFast > 0 ? fast[k] / nFast : Double.NaN;
        }
        return new Result(t.clone(), all, slow, fast, (double) nSlow / cells);
    }

    /**
     * The long-time (steady) stress of the model at {@code rate}: the renewal-reward mean over a chain of {@code cycles}
     * cycles of one cell, (sum of the stress integrals of the cycles) / (sum of their durations). A cycle from stress
     * s0 loading for D and restructuring for R contributes s0 D + G_eff rate D^2 / 2 + s_y t_str (1 - exp(-R / t_str)).
     * With a fixed seed the draws are common to every gamma_res, so the result falls monotonically with gamma_res.
     */
    public double steadyStress(double rate, double gammaRes, int cycles, long seed) {
        if (!definedAt(rate)) return Double.NaN;
        SplittableRandom rng = new SplittableRandom(seed);
        double s0 = 0, area = 0, time = 0;
        for (int k = 0; k < cycles; k++) {
            Cycle c = draw(rng, rate, gammaRes);
            double d = c.load(), sy = s0 + gEff * rate * d, decay = Math.exp(-c.restructure() / tStr);
            area += s0 * d + 0.5 * gEff * rate * d * d + sy * tStr * (1 - decay);
            time += d + c.restructure();
            s0 = sy * decay;
        }
        return area / time;
    }

    /** Search range of gamma_res (strain). */
    static final double GAMMA_RES_MIN = 1e-4, GAMMA_RES_MAX = 1e2;

    /** A fitted gamma_res and whether the target lay inside the range the model reaches. */
    public record Fit(double gammaRes, boolean reached) {}

    /**
     * gamma_res such that the model's steady stress at {@code rate} equals {@code target} (bisection in ln gamma_res
     * over [{@link #GAMMA_RES_MIN}, {@link #GAMMA_RES_MAX}], common random numbers); the bound nearest the target,
     * flagged not reached, when the target lies outside the stresses the model reaches there.
     */
    public Fit fitRestructuringStrain(double rate, double target, int cycles, long seed) {
        double lo = Math.log(GAMMA_RES_MIN), hi = Math.log(GAMMA_RES_MAX);
        if (!(target < steadyStress(rate, GAMMA_RES_MIN, cycles, seed))) return new Fit(GAMMA_RES_MIN, false);
        if (!(target > steadyStress(rate, GAMMA_RES_MAX, cycles, seed))) return new Fit(GAMMA_RES_MAX, false);
        for (int it = 0; it < 60; it++) {
            double m = 0.5 * (lo + hi);
            if (steadyStress(rate, Math.exp(m), cycles, seed) > target) lo = m; else hi = m;
        }
        return new Fit(Math.exp(0.5 * (lo + hi)), true);
    }
}
