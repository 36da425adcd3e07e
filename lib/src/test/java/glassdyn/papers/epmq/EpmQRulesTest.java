package glassdyn.papers.epmq;

import glassdyn.claims.Status;
import glassdyn.claims.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every decision rule of the EPM-Q report on a planted pass and a planted fail (and not-shown where it has one). */
class EpmQRulesTest {

    private static void is(Status s, Verdict v) { assertEquals(s, v.status(), v.reason()); }

    @Test
    void matches() {
        is(Status.PASS, EpmQRules.matches(0.112, 0.110, 0.05));
        is(Status.FAIL, EpmQRules.matches(0.130, 0.110, 0.05));
        is(Status.NOT_SHOWN, EpmQRules.matches(Double.NaN, 0.110, 0.05));
    }

    @Test
    void withinBand() {
        is(Status.PASS, EpmQRules.withinBand(0.13, new double[] {0.12, 0.14}, 0.125, 0.25, "x"));
        is(Status.FAIL, EpmQRules.withinBand(0.175, new double[] {0.165, 0.185}, 0.125, 0.25, "x"));
        is(Status.NOT_SHOWN, EpmQRules.withinBand(0.17, new double[] {0.12, 0.22}, 0.125, 0.25, "x"));
    }

    @Test
    void withinAbsolute() {
        is(Status.PASS, EpmQRules.withinAbsolute(0.76, new double[] {0.75, 0.77}, 0.749, 0.05, "x"));
        is(Status.FAIL, EpmQRules.withinAbsolute(0.687, new double[] {0.68, 0.69}, 0.76, 0.05, "x"));
        is(Status.NOT_SHOWN, EpmQRules.withinAbsolute(0.70, new double[] {0.6, 0.8}, 0.76, 0.05, "x"));
    }

    @Test
    void equivalent() {
        is(Status.PASS, EpmQRules.equivalent(0.02, new double[] {-0.05, 0.09}, 0.15, "x"));
        is(Status.FAIL, EpmQRules.equivalent(-0.5, new double[] {-0.7, -0.3}, 0.15, "x"));
        is(Status.NOT_SHOWN, EpmQRules.equivalent(-0.07, new double[] {-0.56, 0.41}, 0.15, "x"));
        is(Status.NOT_SHOWN, EpmQRules.equivalent(0.0, new double[] {Double.NaN, Double.NaN}, 0.15, "x"));
    }

    @Test
    void trajectoriesForEquivalence() {
        // half-width 0.3 with 2 trajectories, point 0, margin 0.15: (0.3 / 0.15)^2 x 2 = 8
        org.junit.jupiter.api.Assertions.assertEquals(8, EpmQRules.trajectoriesForEquivalence(0, new double[] {-0.3, 0.3}, 2, 0.15));
        // point 0.05: the half-width must reach 0.10: 2 x 9 = 18
        org.junit.jupiter.api.Assertions.assertEquals(18, EpmQRules.trajectoriesForEquivalence(0.05, new double[] {-0.25, 0.35}, 2, 0.15));
        org.junit.jupiter.api.Assertions.assertEquals(-1, EpmQRules.trajectoriesForEquivalence(0.2, new double[] {0.1, 0.3}, 4, 0.15));
        org.junit.jupiter.api.Assertions.assertEquals(4, EpmQRules.trajectoriesForEquivalence(0, new double[] {-0.05, 0.05}, 4, 0.15));
    }

    @Test
    void arrheniusOverVft() {
        is(Status.PASS, EpmQRules.arrheniusOverVft(10, 9.5, 6));
        is(Status.FAIL, EpmQRules.arrheniusOverVft(40, 8, 6));
        is(Status.NOT_SHOWN, EpmQRules.arrheniusOverVft(1, 1, 3));
    }

    @Test
    void bends() {
        is(Status.PASS, EpmQRules.bends(0.27, new double[] {0.15, 0.4}, "x"));
        is(Status.FAIL, EpmQRules.bends(1.3, new double[] {1.1, 1.5}, "x"));
        is(Status.NOT_SHOWN, EpmQRules.bends(0.8, new double[] {0.5, 1.1}, "x"));
    }

    @Test
    void peakNearTauAlpha() {
        is(Status.PASS, EpmQRules.peakNearTauAlpha(new double[] {0.9, 1.4, 1.1}));
        is(Status.FAIL, EpmQRules.peakNearTauAlpha(new double[] {0.9, 3.0}));
    }

    @Test
    void grows() {
        is(Status.PASS, EpmQRules.grows(50, new double[] {30, 80}, 7.7));
        is(Status.FAIL, EpmQRules.grows(1.5, new double[] {1.1, 2}, 7.7));
        is(Status.NOT_SHOWN, EpmQRules.grows(5, new double[] {2, 12}, 7.7));
    }

    @Test
    void linearRise() {
        is(Status.PASS, EpmQRules.linearRise(3.6, new double[] {1.5, 5.7}, 1.2, 4));
        is(Status.FAIL, EpmQRules.linearRise(-1, new double[] {-2, -0.1}, 1, 4));
        is(Status.FAIL, EpmQRules.linearRise(3.6, new double[] {1.5, 5.7}, 9, 4));
        is(Status.NOT_SHOWN, EpmQRules.linearRise(3.6, new double[] {-1, 8}, 1, 4));
        is(Status.NOT_SHOWN, EpmQRules.linearRise(3.6, new double[] {1, 8}, 1, 2));
    }

    @Test
    void faster() {
        is(Status.PASS, EpmQRules.faster(new double[] {0.2, 0.5}));
        is(Status.FAIL, EpmQRules.faster(new double[] {0.2, 1.1}));
    }

    @Test
    void facilitates() {
        is(Status.PASS, EpmQRules.facilitates(2, new double[] {1.6, 2.4}, "x"));
        is(Status.FAIL, EpmQRules.facilitates(1.0, new double[] {0.9, 1.1}, "x"));
        is(Status.NOT_SHOWN, EpmQRules.facilitates(1.3, new double[] {0.9, 1.7}, "x"));
    }

    @Test
    void matchesExactAndSameBarrierAndWorst() {
        is(Status.PASS, EpmQRules.matchesExact(0.005, 1.015));
        is(Status.FAIL, EpmQRules.matchesExact(0.08, 1.0));
        is(Status.PASS, EpmQRules.sameBarrier(new double[] {0.175, 0.181, 0.169}, 0.2));
        is(Status.FAIL, EpmQRules.sameBarrier(new double[] {0.1, 0.2}, 0.2));
        is(Status.FAIL, EpmQRules.worst(List.of(Verdict.pass(), Verdict.notShown("a", "b"), Verdict.fail("c"))));
        is(Status.NOT_SHOWN, EpmQRules.worst(List.of(Verdict.pass(), Verdict.notShown("a", "b"))));
        is(Status.PASS, EpmQRules.worst(List.of(Verdict.pass(), Verdict.pass())));
    }

    @Test
    void exceeds() {
        is(Status.PASS, EpmQRules.exceeds(2.0, new double[] {1.6, 2.4}, 1.3, "x"));
        is(Status.FAIL, EpmQRules.exceeds(1.0, new double[] {0.9, 1.1}, 1.3, "x"));
        is(Status.NOT_SHOWN, EpmQRules.exceeds(1.3, new double[] {1.0, 1.6}, 1.3, "x"));
        is(Status.NOT_SHOWN, EpmQRules.exceeds(1.3, new double[] {1.0, 1.6}, Double.NaN, "x"));
    }

    @Test
    void insideRange() {
        is(Status.PASS, EpmQRules.insideRange(5549, new double[] {4000, 7700}, 2048, 2e5, "x"));
        is(Status.FAIL, EpmQRules.insideRange(1.06e6, new double[] {0.9e6, 1.2e6}, 2048, 2e5, "x"));
        is(Status.NOT_SHOWN, EpmQRules.insideRange(1.5e5, new double[] {0.8e5, 3e5}, 2048, 2e5, "x"));
        is(Status.NOT_SHOWN, EpmQRules.insideRange(5549, new double[] {Double.NaN, Double.NaN}, 2048, 2e5, "x"));
    }
}
