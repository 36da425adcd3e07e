package glassdyn.papers.taulc;

import glassdyn.claims.Status;
import glassdyn.claims.Verdict;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every decision rule of paper 001 on a planted pass and a planted fail or not-shown. */
class TauLcRulesTest {
    private static void is(Status s, Verdict v) { assertEquals(s, v.status(), String.valueOf(v.reason())); }

    @Test
    void reliabilityGate() {
        assertNull(TauLcRules.reliabilityGate(0.7, 8, 0.6, "x"));
        Verdict v = TauLcRules.reliabilityGate(0.13, 4, 0.6, "x");
        is(Status.NOT_SHOWN, v);
        // Spearman-Brown: single-replica r1 = 0.13 / (4 - 3 * 0.13) = 0.036; R = 0.6 needs 1.5 (1 - r1) / r1 = 40.2 -> 41
        assertEquals(true, v.needs().startsWith("n_ICE >= 41"), v.needs());
    }

    @Test
    void thinningExponent() {
        is(Status.PASS, TauLcRules.thinningExponent(3, 0.7, true, 0.66, 0.15, 6, 4.4));
        is(Status.FAIL, TauLcRules.thinningExponent(3, 0.3, true, 0.66, 0.15, 6, 4.4));
        is(Status.FAIL, TauLcRules.thinningExponent(3, 0.66, false, 0.66, 0.15, 6, 4.4));
        is(Status.NOT_SHOWN, TauLcRules.thinningExponent(1, 0.66, true, 0.66, 0.15, 3.5, 4.4));
    }

    @Test
    void exponentAndLines() {
        is(Status.PASS, TauLcRules.exponent(0.6, 0.65, 0.15, 4));
        is(Status.FAIL, TauLcRules.exponent(0.2, 0.65, 0.15, 4));
        is(Status.NOT_SHOWN, TauLcRules.exponent(0.65, 0.65, 0.15, 2));
        is(Status.PASS, TauLcRules.linearInInverseRate(2, 0.95, 4, 0.9));
        is(Status.FAIL, TauLcRules.linearInInverseRate(-2, 0.95, 4, 0.9));
        is(Status.FAIL, TauLcRules.linearInInverseRate(2, 0.5, 4, 0.9));
    }

    @Test
    void slowFraction() {
        is(Status.PASS, TauLcRules.slowFraction(new double[] {0.01, 0.1, 0.3, 0.35}, 0.05));
        is(Status.FAIL, TauLcRules.slowFraction(new double[] {0.21, 0.3, 0.4, 0.45}, 0.05));
        is(Status.FAIL, TauLcRules.slowFraction(new double[] {0.01, 0.3, 0.2, 0.45}, 0.05));
    }

    @Test
    void overshootAndSwitch() {
        is(Status.PASS, TauLcRules.overshoot(3, 1, 2));
        is(Status.FAIL, TauLcRules.overshoot(1, 1, 2));
        is(Status.FAIL, TauLcRules.overshoot(3, 3, 2));
        is(Status.PASS, TauLcRules.rateSwitch(2, 10, 4));
        is(Status.FAIL, TauLcRules.rateSwitch(5.3, 10, 4));
        is(Status.NOT_SHOWN, TauLcRules.rateSwitch(2, 3, 4));
    }

    @Test
    void weightsModelAndLearning() {
        is(Status.PASS, TauLcRules.retentionWeight(0.85, 0.8, 0.15));
        is(Status.FAIL, TauLcRules.retentionWeight(0.99, 0.8, 0.15));
        is(Status.PASS, TauLcRules.stressModel(1.1, 1.7, 1.5));
        // within the factor but no better than a constant viscosity (review 001, finding 5.6)
        is(Status.FAIL, TauLcRules.stressModel(1.3, 1.2, 1.5));
        is(Status.FAIL, TauLcRules.stressModel(2, 3, 1.5));
        is(Status.PASS, TauLcRules.ridge(0.8, 0.82, 0.1, 0.95));
        is(Status.FAIL, TauLcRules.ridge(0.5, 0.82, 0.1, 0.95));
        is(Status.NOT_SHOWN, TauLcRules.ridge(0.5, 0.82, 0.1, 0.6));
        is(Status.PASS, TauLcRules.svm(0.82, 0.6, 0.55, 0.82, 0.1, 0.05));
        // 0.80 within the paper's tolerance but no better than knowing the rate (review 001, claim 27)
        is(Status.FAIL, TauLcRules.svm(0.80, 0.79, 0.55, 0.82, 0.1, 0.05));
        is(Status.FAIL, TauLcRules.svm(0.6, 0.5, 0.5, 0.82, 0.1, 0.05));
        is(Status.PASS, TauLcRules.shearSpeedsUp(new double[] {0.5, 1.2}));
        is(Status.FAIL, TauLcRules.shearSpeedsUp(new double[] {0.5, -0.1}));
    }

    @Test
    void pelRules() {
        is(Status.PASS, TauLcRules.inverseRate(new double[] {1.0, 1.3, 1.8, Double.NaN}, 2));
        is(Status.FAIL, TauLcRules.inverseRate(new double[] {0.3, 1.0, 3.0}, 2));   // t_c ~ rate^-0.5: product grows 10x
        is(Status.NOT_SHOWN, TauLcRules.inverseRate(new double[] {Double.NaN, 1.0}, 2));
        is(Status.PASS, TauLcRules.modelBeatsNull(0.2, 0.5, 3, "null"));
        is(Status.FAIL, TauLcRules.modelBeatsNull(0.6, 0.5, 3, "null"));
        is(Status.FAIL, TauLcRules.modelBeatsNull(Double.NaN, 0.5, 3, "null"));
        is(Status.NOT_SHOWN, TauLcRules.modelBeatsNull(0.2, 0.5, 0, "null"));
    }
}
