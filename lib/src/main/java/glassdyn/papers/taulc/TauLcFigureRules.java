package glassdyn.papers.taulc;

import glassdyn.claims.Verdict;
import glassdyn.stats.RankCorrelation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The decision rules of paper 001's figure claims (review 001 claims #3, #7, #9, #10, #12, #20, #26, #32, #33) and the pure
 * statistics they decide on: small pure methods from numbers to a {@link Verdict}, each unit-tested with a planted
 * pass and a planted fail or not-shown in {@code TauLcFigureRulesTest}. {@link TauLcFigureClaims} measures.
 */
final class TauLcFigureRules {
    private TauLcFigureRules() {}

    private static String f(String format, Object... args) { return String.format(Locale.ROOT, format, args); }

    /**
     * A statistic exceeds its permutation null in every independent unit: {@code measured[u] > null95[u]} for every
     * unit u (origins, rates); not shown without a unit.
     */
    static Verdict aboveNull(double[] measured, double[] null95, String unit) {
        if (measured.length == 0) return Verdict.notShown("no " + unit, ">= 1 " + unit);
        for (int u = 0; u < measured.length; u++)
            if (!(measured[u] > null95[u])) return Verdict.fail(f("%s %d: %.3f does not exceed the 95%% quantile %.3f of its "
                + "permutation null", unit, u, measured[u], null95[u]));
        return Verdict.pass();
    }

    /**
     * Fig. 3(a,b), review 001 claim #5 (Sec. III A: "(1) At small rate, tau_sh is approximately equal to tau_LC for the
     * majority of tau_LC values ... (2) As rate increases, deviation from this alignment grows at large values of
     * tau_LC ... pronounced in the shear-thinning regime, manifested by the flattening"). {@code q[i]} is the slope of
     * binned tau_sh on tau_LC at ensemble rate i over the same slope of the zero-shear control (an independent
     * equilibrium ensemble against tau_LC: the regression-dilution baseline of an exact identity), with its 90% interval
     * {@code [lo[i], hi[i]]}; rates ascending.
     * <ul>
     * <li>Flattening grows with the rate: the highest rate's interval lies below the lowest rate's, and with 3 or more
     * rates Spearman(q, rate) &lt;= -0.8; it fails when the highest rate's interval lies above the lowest's or the Spearman
     * coefficient is positive.</li>
     * <li>Identity at small rate, judged only when the lowest ensemble rate is outside the shear-thinning regime of Fig. 1
     * ({@code lowestIsSmall}): passes when the lowest rate's interval lies within [minRatio, 1 / minRatio], fails when it
     * lies wholly outside.</li>
     * </ul>
     * Pass needs both parts to pass; a failed part fails the check; otherwise not shown.
     */
    static Verdict identityThenFlattening(double[] rates, double[] q, double[] lo, double[] hi, boolean lowestIsSmall, double minRatio) {
        int n = rates.length;
        if (n < 2) return Verdict.notShown(f("%d ensemble rate(s)", n), ">= 2 ensemble rates");
        int last = n - 1;
        double s = n >= 3 ? RankCorrelation.spearman(rates, q) : Double.NaN;
        if (lo[last] > hi[0] || s > 0)
            return Verdict.fail(f("no flattening with the rate: slope ratio %.3f [%.3f, %.3f] at the highest rate vs %.3f [%.3f, %.3f] "
                + "at the lowest, Spearman %.2f", q[last], lo[last], hi[last], q[0], lo[0], hi[0], s));
        if (lowestIsSmall && (hi[0] < minRatio || lo[0] > 1 / minRatio))
            return Verdict.fail(f("tau_sh not ~ tau_LC at the lowest rate %.4g (outside the thinning regime): slope ratio to the "
                + "zero-shear control %.3f [%.3f, %.3f] outside [%.2f, %.2f]", rates[0], q[0], lo[0], hi[0], minRatio, 1 / minRatio));
        boolean flattens = hi[last] < lo[0] && (n < 3 || s <= -0.8);
        boolean identity = lowestIsSmall && lo[0] >= minRatio && hi[0] <= 1 / minRatio;
        if (flattens && identity) return Verdict.pass();
        List<String> why = new ArrayList<>(), need = new ArrayList<>();
        if (!flattens) {
            why.add(f("flattening: slope ratio %.3f [%.3f, %.3f] at the highest rate vs %.3f [%.3f, %.3f] at the lowest, Spearman %.2f",
                q[last], lo[last], hi[last], q[0], lo[0], hi[0], s));
            need.add("more replicas (narrower intervals) or rates further apart");
        }
        if (!lowestIsSmall) {
            why.add(f("the lowest ensemble rate %.4g is in the shear-thinning regime, so identity is not tested", rates[0]));
            need.add("an ensemble rate outside the shear-thinning regime");
        } else if (!identity) {
            why.add(f("identity at the lowest rate: slope ratio %.3f [%.3f, %.3f] straddles %.2f", q[0], lo[0], hi[0], minRatio));
            need.add("more replicas at the lowest rate");
        }
        return Verdict.notShown(String.join("; ", why), String.join("; ", need));
    }

    /**
     * Fig. 6(c): H(tau_LC) shifts left with the rate: the 90% lower bound of mean(tau_LC, lowest rate) - mean(tau_LC,
     * highest rate) above 0 and, with 3 or more rates, a Spearman coefficient of the means with the rate <= -0.5.
     */
    static Verdict shiftsLeft(double[] rates, double[] means, double lowerBoundEnds) {
        if (rates.length < 2) return Verdict.notShown(f("%d ensemble rate(s)", rates.length), ">= 2 ensemble rates");
        if (!(lowerBoundEnds > 0)) return Verdict.fail(f("90%% lower bound of the decrease from the lowest to the highest rate %.3f <= 0",
            lowerBoundEnds));
        if (rates.length < 3) return Verdict.pass();
        double s = RankCorrelation.spearman(rates, means);
        return Verdict.passIf(s <= -0.5, f("Spearman of mean tau_LC with the rate %.2f > -0.5", s));
    }

    /**
     * Fig. 7 (and Fig. 8's statistic): the curve under test coincides with the reference when its reduced chi^2
     * against it is at most {@code max}; not shown when a contrast curve (a different rate) is within {@code max} too,
     * or when there is no curve to compare.
     */
    static Verdict curvesCoincide(double worst, double contrast, double max, int compared) {
        if (compared == 0) return Verdict.notShown("no rate with both a start-up and a steady ensemble", "a start-up rate among the ensemble rates");
        if (!(contrast > max))
            return Verdict.notShown(f("the contrast curve (steady curve of a neighbouring rate) differs from the reference by a reduced "
                + "chi^2 of only %.2f, so the test cannot tell rates apart", contrast), "more replicas or rates further apart");
        return Verdict.passIf(worst <= max, f("worst reduced chi^2 %.2f > %.1f", worst, max));
    }

    /**
     * Fig. 4: slow clusters expand with the rate: in every origin the per-particle slow fraction (Eq. 2) at the
     * highest start-up rate exceeds the one at the lowest. {@code fraction[origin][rate]}, rates ascending.
     */
    static Verdict growsWithRate(double[][] fraction) {
        if (fraction.length == 0 || fraction[0].length < 2)
            return Verdict.notShown(f("%d start-up rate(s)", fraction.length == 0 ? 0 : fraction[0].length), ">= 2 start-up rates (long preset: 3)");
        for (int o = 0; o < fraction.length; o++) {
            double[] r = fraction[o];
            if (!(r[r.length - 1] > r[0])) return Verdict.fail(f("origin %d: slow fraction %.3f at the highest rate <= %.3f at the lowest",
                o, r[r.length - 1], r[0]));
        }
        return Verdict.pass();
    }

    /**
     * Fig. 29: Omega(rate) from Eq. 34 rises about linearly (slope > 0, R^2 >= {@code minR2} of Omega against the
     * rate, over at least 3 rates with a solution) and eta* with it is closer to MD's eta/eta_eq than with a constant
     * Omega (rms of ln ratios).
     */
    static Verdict omegaRises(int finite, double slope, double r2, double minR2, double rmsFitted, double rmsConstant) {
        if (finite < 3) return Verdict.notShown(f("Eq. 34 has a solution at %d rate(s) (the MD mean tau_sh lies outside the range "
            + "t_bar reaches)", finite), ">= 3 rates where the PEL model reaches the MD mean tau_sh");
        if (!(slope > 0 && r2 >= minR2)) return Verdict.fail(f("Omega vs rate: slope %.4g, R^2 %.3f (need > 0 and >= %.2f)", slope, r2, minR2));
        return Verdict.passIf(rmsFitted < rmsConstant, f("eta* with the fitted Omega (rms ln %.3f) no closer to MD than with a constant "
            + "Omega (%.3f)", rmsFitted, rmsConstant));
    }

    /**
     * Fig. 18 / Table I: a few top elements carry the prediction: the ridge on the top k reaches the whole vector's
     * test Pearson within {@code tol}, and beats k elements drawn at random (the null of the same size).
     */
    static Verdict topElementsSuffice(int k, double topK, double all, double randomK, double tol) {
        if (!Double.isFinite(topK) || !Double.isFinite(all)) return Verdict.notShown("the ridge gave no finite test Pearson",
            "more particles with a finite tau_LC");
        if (!(topK >= all - tol)) return Verdict.fail(f("top-k Pearson %.3f < whole vector %.3f - %.2f", topK, all, tol));
        return Verdict.passIf(topK > randomK, f("top-%d Pearson %.3f does not beat %d random elements (%.3f)", k, topK, k, randomK));
    }

    /**
     * Fig. 31(a,b): C-bar(slow) linear in phi at every rate (negative slope, R^2 >= {@code minR2}) and rate-insensitive
     * (largest over smallest slope magnitude at most {@code maxRatio}); not shown with fewer than 2 rates with a line.
     */
    static Verdict linearAndRateInsensitive(double[] slopes, double[] r2, double minR2, double maxRatio) {
        if (slopes.length < 2) return Verdict.notShown(f("%d rate(s) with slow particles and >= 3 retention frames", slopes.length),
            ">= 2 ensemble rates with slow particles");
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (int i = 0; i < slopes.length; i++) {
            if (!(slopes[i] < 0 && r2[i] >= minR2)) return Verdict.fail(f("rate %d: C_slow vs phi slope %.3f, R^2 %.3f (need < 0 and >= %.2f)",
                i, slopes[i], r2[i], minR2));
            lo = Math.min(lo, -slopes[i]); hi = Math.max(hi, -slopes[i]);
        }
        return Verdict.passIf(hi / lo <= maxRatio, f("slopes differ by a factor %.2f over the rates (need <= %.1f)", hi / lo, maxRatio));
    }

    /**
     * Fig. 25(c,d): every Y(r) peak below r = 3.5 grows with the SGR mean strain: Spearman of |Y| with gamma-bar over
     * the rates at least {@code min} at every such peak; not shown with fewer than 3 rates or no peak.
     */
    static Verdict tracksModel(double[] spearmanPerPeak, int rates, double min) {
        if (rates < 3 || spearmanPerPeak.length == 0)
            return Verdict.notShown(f("%d rate(s), %d peak(s) below r = 3.5", rates, spearmanPerPeak.length), ">= 3 ensemble rates");
        for (int k = 0; k < spearmanPerPeak.length; k++)
            if (!(spearmanPerPeak[k] >= min)) return Verdict.fail(f("peak %d: Spearman(|Y|, gamma-bar) %.2f < %.2f", k + 1, spearmanPerPeak[k], min));
        return Verdict.pass();
    }

    /**
     * Fig. 15 (Sec. III C): the cell model overestimates the yield strain of the slow particles in the shear-thinning
     * regime: at every start-up rate in that regime the model's peak strain lies above the MD peak's strain interval
     * (its upper end); not shown without a start-up rate in the regime or when the MD slow stress there has no peak
     * resolved above its steady value (significance below {@code minSignificance} noise sd).
     */
    static Verdict yieldStrainOverestimated(double[] modelPeak, double[] mdPeakUpper, double[] mdSignificance, boolean[] thinning,
                                            double minSignificance) {
        int in = 0;
        for (int i = 0; i < thinning.length; i++) {
            if (!thinning[i]) continue;
            in++;
            if (!(mdSignificance[i] >= minSignificance)) return Verdict.notShown(f("start-up rate %d: the MD slow-particle peak is "
                + "%.2f noise sd above its steady value (need >= %.1f)", i, mdSignificance[i], minSignificance), "more origins or replicas");
        }
        if (in == 0) return Verdict.notShown("no start-up rate in the shear-thinning regime", "a start-up rate in the thinning regime of Fig. 1");
        for (int i = 0; i < thinning.length; i++)
            if (thinning[i] && !(modelPeak[i] > mdPeakUpper[i])) return Verdict.fail(f("start-up rate %d: model peak strain %.3f within "
                + "or below the MD peak (upper end %.3f)", i, modelPeak[i], mdPeakUpper[i]));
        return Verdict.pass();
    }

    /**
     * Fig. 15 feature (i): "for slow particles, stress exhibits a pronounced overshoot before yielding. Both the
     * magnitude of the stress overshoot and the yielding strain increase with the rate", in MD and in the model: each
     * of the four (MD and model overshoot height, MD and model peak strain) higher at the highest than at the lowest
     * start-up rate (rates ascending); not shown with fewer than 2 start-up rates or an MD peak below
     * {@code minSignificance} noise sd at either end.
     */
    static Verdict overshootGrowsWithRate(double[] mdHeight, double[] mdPeak, double[] mdSignificance, double[] modelHeight, double[] modelPeak,
                                          double minSignificance) {
        int n = mdHeight.length, last = n - 1;
        if (n < 2) return Verdict.notShown(f("%d start-up rate(s)", n), ">= 2 start-up rates (long preset: 3)");
        if (!(mdSignificance[0] >= minSignificance && mdSignificance[last] >= minSignificance))
            return Verdict.notShown(f("MD slow-particle peaks %.2f and %.2f noise sd above steady at the lowest and highest rate (need >= %.1f)",
                mdSignificance[0], mdSignificance[last], minSignificance), "more origins or replicas");
        String[] names = {"MD overshoot", "MD peak strain", "model overshoot", "model peak strain"};
        double[][] v = {mdHeight, mdPeak, modelHeight, modelPeak};
        for (int k = 0; k < v.length; k++)
            if (!(v[k][last] > v[k][0])) return Verdict.fail(f("%s %.3f at the highest rate <= %.3f at the lowest", names[k], v[k][last], v[k][0]));
        return Verdict.pass();
    }

    // ---- pure statistics (unit-tested) -------------------------------------------------------------------------------

    /**
     * Pearson coefficient over particles of v_i with the mean of v over the neighbours of i (Moran-type spatial
     * correlation); particles without a neighbour or with a non-finite v are skipped. 0 for a field without
     * neighbour structure, 1 for a field constant within every neighbourhood and varying between them.
     */
    static double neighbourCorrelation(double[] v, int[][] neighbours) {
        int n = v.length, m = 0;
        double[] a = new double[n], b = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(v[i]) || neighbours[i].length == 0) continue;
            double s = 0;
            int c = 0;
            for (int j : neighbours[i]) if (Double.isFinite(v[j])) { s += v[j]; c++; }
            if (c == 0) continue;
            a[m] = v[i]; b[m] = s / c; m++;
        }
        return m < 3 ? Double.NaN : RankCorrelation.pearson(java.util.Arrays.copyOf(a, m), java.util.Arrays.copyOf(b, m));
    }

    /**
     * Reduced chi^2 of curve A against curve B: for each bin of A inside B's tau_LC range, (y_A - y_B)^2 /
     * (e_A^2 + e_B^2) with y_B and e_B linearly interpolated at x_A (both curves' standard errors), averaged over those
     * bins; NaN when no bin of A lies in B's range. x ascending in both.
     */
    static double twoCurveChi2(double[] xa, double[] ya, double[] ea, double[] xb, double[] yb, double[] eb) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < xa.length; i++) {
            double x = xa[i];
            if (x < xb[0] || x > xb[xb.length - 1]) continue;
            int k = 0;
            while (k + 1 < xb.length - 1 && xb[k + 1] < x) k++;
            double t = xb.length == 1 || xb[k + 1] == xb[k] ? 0 : (x - xb[k]) / (xb[k + 1] - xb[k]);
            int k1 = Math.min(k + 1, xb.length - 1);
            double y = yb[k] + t * (yb[k1] - yb[k]), e = eb[k] + t * (eb[k1] - eb[k]);
            double var = ea[i] * ea[i] + e * e;
            if (var > 0) { s += (ya[i] - y) * (ya[i] - y) / var; n++; }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
