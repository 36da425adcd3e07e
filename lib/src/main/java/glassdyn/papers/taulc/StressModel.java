package glassdyn.papers.taulc;

import glassdyn.elastic.ShearModulus;
import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.protocols.IsoconfigurationalEnsemble;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stress side of paper 001: start-up stresses of slow and fast particles (Fig. 5), the moduli G_ini / G_inf,
 * bond retention and w = G_eff / G_ini (App. B, Fig. 31), tau_el, and the Eq. 5 steady-shear stress model (Fig. 13).
 */
final class StressModel {
    /** Fraction of a start-up run at its end taken as the steady state sigma_ss. */
    static final double STEADY_TAIL = 0.4;

    /** Strain window of the start-up overshoot (Fig. 5: the slow-part peak lies near strain 0.1). */
    static final double OVERSHOOT_STRAIN_MIN = 0.05, OVERSHOOT_STRAIN_MAX = 0.3;

    private final TauLcDuality d;

    StressModel(TauLcDuality d) { this.d = d; }

    /**
     * Fig. 5: start-up shear stress of slow and fast particles at the highest start-up rate, normalised by the
     * steady value (mean of the last {@link #STEADY_TAIL} of the run): sigma_part(t) = sum_{i in part} s_i / (n_part / rho)
     * (spec 001 section 2.8; the mean over slow (fast) clusters weighted by their size, since every slow particle
     * belongs to a cluster), averaged over the ensemble and the origins.
     */
    Table startupStress() { return startupStress(Arrays.stream(d.preset().startupRates()).max().orElseThrow()); }

    /** {@link #startupStress()} at start-up rate {@code rate} (Figs. 5 and 15). */
    Table startupStress(double rate) {
        double tau2 = d.tau2();
        TauShRelation rel = d.startupRelation(rate);
        boolean[] slow = rel.slowByCurve(tau2);
        int f = d.startup(0, rate).fieldTime().length;
        double[] t = d.startup(0, rate).fieldTime().clone(), sSlow = new double[f], sFast = new double[f], sAll = new double[f];
        int nSlow = 0, nFast = 0, off = 0;
        for (int k = 0; k < d.preset().origins(); k++) {
            IsoconfigurationalEnsemble.Result res = d.startup(k, rate);
            int n = res.tau().length;
            for (int i = 0; i < n; i++) if (slow[off + i]) nSlow++; else nFast++;
            for (int j = 0; j < f; j++) {
                double[] a = res.atomStress()[j];
                for (int i = 0; i < n; i++) {
                    if (slow[off + i]) sSlow[j] += a[i]; else sFast[j] += a[i];
                    sAll[j] += a[i];
                }
            }
            off += n;
        }
        int total = nSlow + nFast;
        for (int j = 0; j < f; j++) {
            sSlow[j] = nSlow > 0 ? sSlow[j] * d.preset().rho() / nSlow : Double.NaN;
            sFast[j] = nFast > 0 ? sFast[j] * d.preset().rho() / nFast : Double.NaN;
            sAll[j] = sAll[j] * d.preset().rho() / total;
        }
        double[] strain = new double[f];
        for (int j = 0; j < f; j++) strain[j] = rate * t[j];
        return Tables.of("fig5 start-up stress, rate " + TauLcRun.rateKey(rate), "t", t, "strain", strain,
            "sigma_slow", sSlow, "sigma_fast", sFast, "sigma_all", sAll,
            "sigma_slow_norm", normalise(sSlow), "sigma_fast_norm", normalise(sFast), "sigma_all_norm", normalise(sAll));
    }

    private static double[] normalise(double[] s) {
        int from = (int) Math.floor(s.length * (1 - STEADY_TAIL));
        double ss = 0;
        for (int j = from; j < s.length; j++) ss += s[j] / (s.length - from);
        double[] out = new double[s.length];
        for (int j = 0; j < s.length; j++) out[j] = s[j] / ss;
        return out;
    }

    /**
     * Excess of a normalised start-up stress over its steady value in the strain window [{@link #OVERSHOOT_STRAIN_MIN},
     * {@link #OVERSHOOT_STRAIN_MAX}], and that excess in units of the noise of a window mean, estimated from windows of
     * the same length in the steady tail (the last {@link #STEADY_TAIL} of the run).
     */
    record Overshoot(double excess, double significance) {
        static Overshoot of(double[] strain, double[] s) {
            double m = 0;
            int k = 0;
            for (int j = 0; j < s.length; j++) if (strain[j] >= OVERSHOOT_STRAIN_MIN && strain[j] <= OVERSHOOT_STRAIN_MAX) { m += s[j]; k++; }
            if (k == 0) return new Overshoot(Double.NaN, Double.NaN);
            m /= k;
            int from = (int) Math.floor(s.length * (1 - STEADY_TAIL)), blocks = (s.length - from) / k;
            if (blocks < 2) return new Overshoot(m - 1, Double.NaN);
            double[] b = new double[blocks];
            double mb = 0;
            for (int q = 0; q < blocks; q++) {
                for (int j = from + q * k; j < from + (q + 1) * k; j++) b[q] += s[j] / k;
                mb += b[q] / blocks;
            }
            double var = 0;
            for (double v : b) var += (v - mb) * (v - mb);
            double sd = Math.sqrt(var / (blocks - 1));
            return new Overshoot(m - 1, (m - 1) / sd);
        }
    }

    /**
     * Fig. 13: the steady-shear stress model of Eq. 5, sigma = (1/2) p_slow G_eff rate tau_el + (1 - p_slow) eta_eq
     * (mean tau_sh,fast / mean tau_LC,eq) rate, vs the MD viscosity. tau_el = 10th percentile of tau_sh of slow particles
     * (spec ambiguity 17); eta_eq = the MD viscosity at the lowest rate (ambiguity 18); mean tau_sh,fast from the
     * continuation ensemble; G_eff = w G_ini with w measured per rate from the bond retention of slow particles
     * ({@link #retentionWeights()}, App. B) and G_ini the shear modulus of the solid-like regions
     * ({@link #initialLerModulus()}).
     */
    Table model() {
        double tau2 = d.tau2(), gIni = initialLerModulus();
        double[] w = retentionWeights();
        Table visc = d.fig1Viscosity();
        double etaEq = visc.doubleColumn("eta").getDouble(0);
        double tauLcEq = TauLcRelations.mean(d.tauLcEquilibrium());
        double[] r = d.preset().iceRates().clone();
        int m = r.length;
        double[] etaMd = new double[m], etaModel = new double[m], slowPart = new double[m], fastPart = new double[m], pslow = new double[m], tauEl = new double[m];
        for (int i = 0; i < m; i++) {
            TauShRelation rel = d.steadyRelation(r[i]);
            boolean[] slow = rel.slowByCurve(tau2);
            double[] sh = d.continuation(r[i]).tau();
            List<Double> shSlow = new ArrayList<>();
            double fastSum = 0;
            int nf = 0;
            for (int j = 0; j < sh.length; j++) if (slow[j]) shSlow.add(sh[j]); else { fastSum += sh[j]; nf++; }
            pslow[i] = TauShRelation.fraction(slow);
            double[] ss = TauLcFigures.unbox(shSlow);
            Arrays.sort(ss);
            tauEl[i] = ss.length == 0 ? 0 : ss[(int) Math.floor(0.1 * (ss.length - 1))];
            slowPart[i] = 0.5 * pslow[i] * w[i] * gIni * r[i] * tauEl[i];
            fastPart[i] = (1 - pslow[i]) * etaEq * (nf > 0 ? fastSum / nf : 0) / tauLcEq * r[i];
            etaModel[i] = (slowPart[i] + fastPart[i]) / r[i];
            etaMd[i] = d.steady(r[i]).meanStress() / r[i];
        }
        double[] gi = new double[m];
        Arrays.fill(gi, gIni);
        return Tables.of("fig13 Eq. 5 model", "rate", r, "p_slow", pslow, "tau_el", tauEl, "w", w.clone(), "G_ini", gi, "sigma_slow_model", slowPart,
            "sigma_fast_model", fastPart, "eta_model", etaModel, "eta_md", etaMd);
    }

    /** Strain range of the initial start-up slope G_ini (spec 001 ambiguity 16: gamma &lt; 0.02). */
    static final double G_INI_STRAIN = 0.02;

    /** G_ini: least-squares slope through the origin of the whole-system start-up stress vs strain for strain &lt; {@link #G_INI_STRAIN}. */
    double initialModulus() {
        Table t = startupStress();
        double sxy = 0, sxx = 0;
        for (int j = 0; j < t.rowCount(); j++) {
            double g = t.doubleColumn("strain").getDouble(j);
            if (g <= 0 || g > G_INI_STRAIN) continue;
            double s = t.doubleColumn("sigma_all").getDouble(j) - t.doubleColumn("sigma_all").getDouble(0);
            sxy += g * s; sxx += g * g;
        }
        return sxx > 0 ? sxy / sxx : Double.NaN;
    }

    /** Range and bins of g(r) for r_min (the first minimum lies near 1.4-1.6 sigma in KA). */
    static final double GR_RMAX = 3.0;
    static final int GR_BINS = 150;
    /** Affine strain of the high-frequency modulus G_inf (small enough for linear response, large enough for round-off). */
    static final double AFFINE_STRAIN = 1e-3;

    private Double rMinCache;

    /** r_min: first minimum of the total g(r) of equilibrium origin 0 (spec 001 section 2.4 default). */
    synchronized double rMin() {
        if (rMinCache != null) return rMinCache;
        glassdyn.analysis.RadialDistribution rdf = new glassdyn.analysis.RadialDistribution(Math.min(GR_RMAX, 0.5 * d.box().lx()), GR_BINS);
        Table g = rdf.compute(d.origins().get(0));
        rMinCache = glassdyn.analysis.RadialDistribution.firstMinimum(g, "g");
        return rMinCache;
    }

    /**
     * G_ini as the high-frequency (Born, affine) shear modulus G_inf of the equilibrium origins: the change of the
     * virial shear stress under an instantaneous affine strain +-{@link #AFFINE_STRAIN} (spec 001 ambiguity 16, the
     * Born-Green alternative; the start-up slope over strain &lt; 0.02 is only a few noisy samples at reduced N).
     */
    double highFrequencyModulus() {
        double s = 0;
        try (ForceField ff = new ForceField(d.potential(), IsoconfigurationalEnsemble.SKIN, 1)) {
            for (Configuration o : d.origins()) {
                double[] sig = new double[2];
                for (int k = 0; k < 2; k++) {
                    Configuration c = o.copy();
                    glassdyn.dynamics.LeesEdwards.shearAffinely(c, (k == 0 ? 1 : -1) * AFFINE_STRAIN, null);
                    ff.neighbors().invalidate();
                    ff.compute(c, true);
                    sig[k] = -ff.virial()[ForceField.XY] / c.box.volume();
                }
                s += (sig[0] - sig[1]) / (2 * AFFINE_STRAIN);
            }
        }
        return s / d.preset().origins();
    }

    /** FIRE force tolerance of the inherent structures for G_ini (as paper 004's pipeline, spec 004 A7). */
    static final double IS_FORCE_TOLERANCE = 1e-10;
    /** FIRE iteration cap (the quick origins need ~10^4). */
    static final long IS_MAX_ITERATIONS = 2_000_000;

    private Double lerModulus;

    /**
     * G_ini, "the initial shear modulus of LER" (paper 001 Sec. III B; its computation is not stated, spec ambiguity
     * 16): the shear modulus of the solid the equilibrium configurations are, i.e. of their inherent structures, Born
     * term minus the non-affine relaxation ({@link ShearModulus#ofInherentStructure}), averaged over the three shear
     * planes and the origins. An LER is solid-like and loads quasi-statically over tau_el, so its modulus includes the
     * non-affine relaxation; the affine {@link #highFrequencyModulus()} (G_inf) omits it and is ~3x larger here. The
     * start-up loading slope ({@link #startupLoadingModulus()}) is an independent check.
     */
    synchronized double initialLerModulus() {
        if (lerModulus != null) return lerModulus;
        double s = 0;
        for (Configuration o : d.origins())
            s += ShearModulus.ofInherentStructure(o, d.potential(), IS_FORCE_TOLERANCE, IS_MAX_ITERATIONS).mean();
        lerModulus = s / d.preset().origins();
        return lerModulus;
    }

    /** Strain window of the start-up loading slope: after the affine transient, before the overshoot (Fig. 5: peak near 0.1). */
    static final double LOADING_STRAIN_MIN = 0.03, LOADING_STRAIN_MAX = 0.08;

    /**
     * Slope of the start-up response at the highest start-up rate, least squares over strains [{@link
     * #LOADING_STRAIN_MIN}, {@link #LOADING_STRAIN_MAX}] of sigma_startup(t) - sigma_eq(t): the equilibrium ensemble of
     * the same origin runs with the same velocities (same seeds), so the difference removes the origin's own stress
     * fluctuation and leaves the response to the strain.
     */
    double startupLoadingModulus() {
        double rate = Arrays.stream(d.preset().startupRates()).max().orElseThrow();
        double[] t = d.startup(0, rate).time();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int m = 0;
        for (int k = 0; k < d.preset().origins(); k++) {
            double[] su = d.startup(k, rate).stress(), eq = d.equilibrium(k).stress();
            for (int j = 0; j < Math.min(su.length, eq.length); j++) {
                double g = rate * t[j];
                if (g < LOADING_STRAIN_MIN || g > LOADING_STRAIN_MAX) continue;
                double d = su[j] - eq[j];
                m++; sx += g; sy += d; sxx += g * g; sxy += g * d;
            }
        }
        return m < 2 ? Double.NaN : (m * sxy - sx * sy) / (m * sxx - sx * sx);
    }

    /**
     * c_el of Eq. 8 at an ensemble rate: tau_el ({@link #elasticTime}) over the mean tau_sh of the slow particles of
     * the same continuation ensemble (steady flow, as tau_el and Eq. 5); NaN without slow particles.
     */
    double elasticRatio(double rate) {
        boolean[] slow = d.steadyRelation(rate).slowByCurve(d.tau2());
        double[] sh = d.continuation(rate).tau();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < sh.length; i++) if (slow[i]) { sum += sh[i]; n++; }
        return n == 0 ? Double.NaN : elasticTime(rate) / (sum / n);
    }

    /** tau_el at a rate: the 10th percentile of tau_sh among slow particles (spec 001 ambiguity 17). */
    double elasticTime(double rate) {
        boolean[] slow = d.steadyRelation(rate).slowByCurve(d.tau2());
        double[] sh = d.continuation(rate).tau();
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < sh.length; i++) if (slow[i]) v.add(sh[i]);
        if (v.isEmpty()) return 0;
        double[] a = TauLcFigures.unbox(v);
        Arrays.sort(a);
        return a[(int) Math.floor(0.1 * (a.length - 1))];
    }

    /**
     * Fig. 31 / App. B: bond retention of slow particles C_slow(t) in steady flow (continuation ensembles) per rate,
     * and the weight w = (1/tau_el) int_0^tau_el (C_slow(t) - 0.5) / 0.5 dt = G_eff / G_ini (Eqs. B1-B3).
     */
    Table retention() {
        List<Double> rate = new ArrayList<>(), t = new ArrayList<>(), cs = new ArrayList<>(), ca = new ArrayList<>(), phi = new ArrayList<>();
        for (double r : d.preset().iceRates()) {
            boolean[] slow = d.steadyRelation(r).slowByCurve(d.tau2());
            IsoconfigurationalEnsemble.Result res = d.continuation(r);
            for (int j = 0; j < res.fieldTime().length; j++) {
                double s = 0, a = 0;
                int ns = 0;
                for (int i = 0; i < slow.length; i++) { a += res.retention()[j][i]; if (slow[i]) { s += res.retention()[j][i]; ns++; } }
                rate.add(r); t.add(res.fieldTime()[j]); cs.add(ns > 0 ? s / ns : Double.NaN); ca.add(a / slow.length);
                phi.add(jumpedFraction(res.tauReplica(), res.fieldTime()[j], res.time()[res.time().length - 1]));
            }
        }
        return Tables.of("fig31 bond retention", "rate", TauLcFigures.unbox(rate), "t", TauLcFigures.unbox(t), "C_slow", TauLcFigures.unbox(cs),
            "C_all", TauLcFigures.unbox(ca), "phi_jumped", TauLcFigures.unbox(phi));
    }

    /**
     * Fig. 31(a,b): phi(t), the fraction of (replica, particle) pairs whose first jump came at or before t; pairs
     * censored at the run end {@code tEnd} (no jump) never count.
     */
    static double jumpedFraction(double[][] tauReplica, double t, double tEnd) {
        long jumped = 0, all = 0;
        for (double[] row : tauReplica)
            for (double tau : row) { all++; if (tau <= t && tau < tEnd) jumped++; }
        return all == 0 ? Double.NaN : (double) jumped / all;
    }

    /** w = G_eff / G_ini per ice rate (App. B, Eq. B3), trapezoid over the sampling grid up to tau_el. */
    double[] retentionWeights() {
        Table f = retention();
        double[] r = d.preset().iceRates(), w = new double[r.length];
        for (int k = 0; k < r.length; k++) {
            double tel = elasticTime(r[k]);
            double rk = r[k];
            Table one = f.where(f.doubleColumn("rate").isEqualTo(rk));
            double[] t = one.doubleColumn("t").asDoubleArray(), c = one.doubleColumn("C_slow").asDoubleArray();
            double integral = 0;
            for (int j = 1; j < t.length && t[j - 1] < tel; j++) {
                double t1 = Math.min(t[j], tel), c1 = t[j] <= tel ? c[j] : c[j - 1] + (c[j] - c[j - 1]) * (tel - t[j - 1]) / (t[j] - t[j - 1]);
                integral += 0.5 * ((c[j - 1] - 0.5) / 0.5 + (c1 - 0.5) / 0.5) * (t1 - t[j - 1]);
            }
            w[k] = tel > 0 ? integral / tel : Double.NaN;
        }
        return w;
    }
}
