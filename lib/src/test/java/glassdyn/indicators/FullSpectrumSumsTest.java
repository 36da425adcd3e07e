package glassdyn.indicators;

import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.protocols.GlassPreparation;
import glassdyn.stats.RankCorrelation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * VIB (B13) and c_alpha (B12) over the full spectrum: the exact route by 2N solves for the columns of M^+ (used at large
 * N) equals the dense diagonalisation; and the error of the low-mode truncation (the previous large-N fallback, still
 * used for naf mu, B16: the n_k = 2.56% of 2N lowest modes of {@link SoftModeField#modeCount}, 512 at N = 10^4) measured
 * against the dense spectrum on a POLY glass.
 */
class FullSpectrumSumsTest {
    static final PairPotential POLY = new PolydisperseSoftDisks();

    private static double relativeError(double[] a, double[] ref) {
        double num = 0, den = 0;
        for (int i = 0; i < a.length; i++) { num += (a[i] - ref[i]) * (a[i] - ref[i]); den += ref[i] * ref[i]; }
        return Math.sqrt(num / den);
    }

    /** N = 150: the columns of M^+ give VIB and c_alpha equal to the dense mode sums to 1e-8 (relative, whole field). */
    @Test
    void columnsOfThePseudoInverseEqualTheDenseModeSums() {
        Configuration c = GlassPreparation.poly(150, Double.POSITIVE_INFINITY, 0, 21);
        HarmonicAnalysis dense = new HarmonicAnalysis(c, POLY, 8, Integer.MAX_VALUE, 1);
        HarmonicAnalysis low = new HarmonicAnalysis(c, POLY, 8, 0, 1);
        assertTrue(dense.complete);
        assertFalse(low.complete);
        double[] vibDense = Vibrality.compute(dense), vibExact = Vibrality.compute(low);
        double[] caDense = LocalHeatCapacity.compute(dense), caExact = LocalHeatCapacity.compute(low);
        double ev = relativeError(vibExact, vibDense), ec = relativeError(caExact, caDense);
        System.out.printf("N = 150: VIB by columns vs dense, relative error %.2e; c_alpha %.2e%n", ev, ec);
        assertTrue(ev < 1e-8, "VIB " + ev);
        assertTrue(ec < 1e-8, "c_alpha " + ec);
        double truncated = relativeError(Vibrality.fromModes(low), vibDense);
        assertTrue(truncated > 1e-3, "8 modes are not the full spectrum: " + truncated);
    }

    /**
     * N = 560 (2N = 1120, above the dense limit of the default analysis): the n_k = 29 lowest modes (the pipeline's
     * large-N fallback) against the full dense spectrum for VIB, c_alpha and naf mu (Spearman of truncated vs full
     * field, relative L2 error; printed), and the exact VIB and c_alpha of the truncated analysis equal the dense ones.
     */
    @Test
    void truncationErrorOfTheLowModes() {
        int n = 560, modes = SoftModeField.modeCount(n);
        Configuration c = GlassPreparation.poly(n, Double.POSITIVE_INFINITY, 0, 23);
        HarmonicAnalysis dense = new HarmonicAnalysis(c, POLY, modes, Integer.MAX_VALUE, 1);
        HarmonicAnalysis low = HarmonicAnalysis.of(c, POLY, modes);
        assertFalse(low.complete);
        double[] vib = Vibrality.compute(dense), vibT = Vibrality.fromModes(low);
        double[] ca = LocalHeatCapacity.compute(dense), caT = LocalHeatCapacity.computeFromModes(low);
        double[] naf = NonaffineShearModulus.compute(dense), nafT = NonaffineShearModulus.compute(low);
        System.out.printf("N = 560, " + low.modeCount() + " of 1118 modes: VIB Spearman %.4f rel. error %.3f; c_alpha Spearman %.4f rel. error %.3f; "
                + "naf mu Spearman %.4f rel. error %.3f%n", RankCorrelation.spearman(vibT, vib), relativeError(vibT, vib),
            RankCorrelation.spearman(caT, ca), relativeError(caT, ca), RankCorrelation.spearman(nafT, naf), relativeError(nafT, naf));
        assertTrue(relativeError(Vibrality.compute(low), vib) < 1e-8);
        assertTrue(relativeError(LocalHeatCapacity.compute(low), ca) < 1e-8);
    }
}
