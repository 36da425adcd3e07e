package glassdyn.papers.plasticity;

import glassdyn.claims.Status;
import glassdyn.indicators.Indicator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The conclusion's "linear modes outperform all other methods" on planted r_x: every paired comparison must resolve. */
class RankingClaimsTest {
    static double[] ranks(int n, double centre, long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = Math.min(1, Math.max(0, centre + 0.3 * (rng.nextDouble() - 0.5)));
        return r;
    }

    /**
     * M at {@code m}; every other field at 0.6, except {@code strong} at {@code s} on {@code strongGlasses} glasses
     * ({@code s} NaN: M's own r_x in reverse glass order).
     */
    static Status modesBeatAll(double m, Indicator strong, double s, int strongGlasses) {
        List<RankingClaims.Comparison> cs = new ArrayList<>();
        for (Indicator b : RankingClaims.OUTSIDE_LINEAR_MODES) {
            int n = b == strong ? strongGlasses : 20;
            double[] rm = Arrays.copyOf(ranks(20, m, 1), n);
            double[] rb = ranks(n, b == strong ? s : 0.6, 2 + b.ordinal());
            if (b == strong && Double.isNaN(s)) for (int i = 0; i < n; i++) rb[i] = rm[n - 1 - i]; // M's own values, reordered: an exact tie in C
            cs.add(RankingClaims.compare(Indicator.SOFT_MODES, b, new double[][] {rm, rb}, 7));
        }
        return RankingClaims.beatsAll("linear_modes_beat_all_ductile_poly-inf", "c", "s", cs).status();
    }

    @Test
    void theOtherMethodsLeaveOutTheLinearModeFamily() {
        assertEquals(Indicator.values().length - 3, RankingClaims.OUTSIDE_LINEAR_MODES.length);
        for (Indicator i : RankingClaims.OUTSIDE_LINEAR_MODES) assertFalse(i.family == Indicator.Family.LINEAR_RESPONSE, i.label);
    }

    @Test
    void plantedPassFailAndNotShown() {
        assertEquals(Status.PASS, modesBeatAll(0.95, null, 0, 20));
        assertEquals(Status.FAIL, modesBeatAll(0.85, Indicator.NONAFFINE_MODULUS, 0.97, 20), "naf_mu above M, resolved");
        assertEquals(Status.NOT_SHOWN, modesBeatAll(0.95, Indicator.SADDLE_POINTS, 0.5, 1), "SPS on one glass only");
        assertEquals(Status.NOT_SHOWN, modesBeatAll(0.85, Indicator.NONAFFINE_MODULUS, Double.NaN, 20), "a tie leaves the claim open");
    }
}
