package glassdyn.papers.mesoelastic;

import glassdyn.Scale;
import glassdyn.claims.Claim;
import glassdyn.claims.Status;
import glassdyn.claims.Verdict;
import glassdyn.papers.StageResult;
import glassdyn.papers.mesoelastic.MesoelasticMatchedClaims.Point;
import glassdyn.papers.mesoelastic.MesoelasticPresets.Preset;
import glassdyn.papers.mesoelastic.MesoelasticPresets.SystemSpec;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * State points of matched viscosity (paper 004 Appendix D2, Figs. 10-11; {@link MatchedViscosityStage}): the target and
 * T_matched on a synthetic Arrhenius tau_alpha(T) with a known answer, the match and comparison rules on planted
 * matched and unmatched points, and the stage's runs at a tiny size.
 */
class MatchedViscosityTest {
    /** ln(tau/t0) = c + E/T is linear in 1/T: linear and quadratic interpolation both return T* exactly. */
    @Test void temperatureOfTheTargetOnArrhenius() {
        double c = -1, e = 3, tStar = 0.65;
        double[] temps = {1.0, 0.8, 0.7, 0.6};
        double[] tau = new double[temps.length];
        for (int i = 0; i < temps.length; i++) tau[i] = Math.exp(c + e / temps[i]);
        double target = Math.exp(c + e / tStar);
        double[] tm = MesoelasticCoverage.temperatureAt(temps, tau, target);
        assertEquals(tStar, tm[0], 1e-12);
        assertEquals(tStar, tm[1], 1e-9);
        // Vogel-Fulcher is curved in 1/T: the linear estimate then differs from the quadratic by the stated error
        double[] vf = new double[temps.length];
        for (int i = 0; i < temps.length; i++) vf[i] = Math.exp(0.5 / (temps[i] - 0.4));
        double tv = MesoelasticCoverage.temperatureAt(temps, vf, Math.exp(0.5 / (tStar - 0.4)))[0];
        assertTrue(Math.abs(tv - tStar) > 1e-4 && Math.abs(tv - tStar) < 0.02, "linear VF estimate " + tv);
    }

    @Test void targetIsTheShallowestDeepestActivatedPoint() {
        double[] a = {2, 8, 40}, b = {3, 25}, sw = {0.5, 1.2};       // sw never activated: it does not set the target
        assertEquals(25, MatchedViscosityStage.target(List.of(a, b, sw)), 1e-12);
        assertTrue(Double.isNaN(MatchedViscosityStage.target(List.of(sw))));
        assertTrue(MatchedViscosityStage.setsTarget(new double[] {1.5, 1.1}, b, 25));
        assertFalse(MatchedViscosityStage.setsTarget(new double[] {1.0, 0.8, 0.6}, a, 25));
    }

    @Test void matchedTauRule() {
        double f = MatchedViscosityStage.MATCH_FACTOR;
        assertEquals(Status.PASS, MesoelasticRules.matchedTau("ipl", 1.05, new double[] {0.92, 1.18}, f).status());
        assertEquals(Status.FAIL, MesoelasticRules.matchedTau("ipl", 2.0, new double[] {1.6, 2.5}, f).status());
        assertEquals(Status.NOT_SHOWN, MesoelasticRules.matchedTau("ipl", 1.2, new double[] {0.9, 1.6}, f).status());
        assertEquals(Status.NOT_SHOWN, MesoelasticRules.matchedTau("ipl", 1.0, null, f).status());
    }

    @Test void comparisonOnlyAtMatchedPoints() {
        double f = MatchedViscosityStage.MATCH_FACTOR;
        Map<String, Double> matched = Map.of("ipl", 1.1, "ss-0.6", 1.0), unmatched = Map.of("ipl", 4.4, "ss-0.6", 1.0);
        assertEquals(Status.PASS, MesoelasticRules.atMatchedViscosity(matched, f, Verdict.pass()).status());
        assertEquals(Status.FAIL, MesoelasticRules.atMatchedViscosity(matched, f, Verdict.fail("x")).status());
        Verdict v = MesoelasticRules.atMatchedViscosity(unmatched, f, Verdict.pass());
        assertEquals(Status.NOT_SHOWN, v.status());
        assertTrue(v.reason().contains("ipl at 4.4"), v.reason());
    }

    private static Point point(String s, double rho, double ratio, double rate, double lo, double hi, int n, double cs, double csLo, double csHi) {
        return new Point(s, rho, ratio, new double[] {ratio * 0.95, ratio * 1.05}, false, rate, new double[] {lo, hi}, rate, n, cs,
            new double[] {csLo, csHi}, null);
    }

    /** Planted tables: SS 50x IPL at matched viscosity passes, 3x fails, the same 50x with IPL 4.4x too viscous is not shown. */
    @Test void rateVsIplAtMatchedViscosity() {
        Point ss = point("ss-0.6", 0.6, 1.0, 60, 50, 70, 60, 0, 0, 0);
        Claim pass = MesoelasticMatchedClaims.rateVsIpl("n", "SS", ss, point("ipl", 0.82, 1.1, 1.2, 0.8, 1.6, 12, 0, 0, 0), 49);
        assertEquals(Status.PASS, pass.status(), String.valueOf(pass.reason()));
        Claim fail = MesoelasticMatchedClaims.rateVsIpl("n", "SS", ss, point("ipl", 0.82, 1.1, 20, 16, 24, 200, 0, 0, 0), 49);
        assertEquals(Status.FAIL, fail.status());
        Claim unmatched = MesoelasticMatchedClaims.rateVsIpl("n", "SS", ss, point("ipl", 0.82, 4.4, 1.2, 0.8, 1.6, 12, 0, 0, 0), 49);
        assertEquals(Status.NOT_SHOWN, unmatched.status());
        Claim missing = MesoelasticMatchedClaims.rateVsIpl("n", "SW", Point.missing("sw", 0.52, "deepest 1.27"), ss, 49);
        assertEquals(Status.NOT_SHOWN, missing.status());
        assertTrue(missing.reason().contains("deepest 1.27"), missing.reason());
    }

    @Test void spearmanAndDensityRatesAtMatchedViscosity() {
        Point lo = point("ss-0.6", 0.6, 1.0, 60, 50, 70, 60, 0.07, 0.03, 0.10), hi = point("ss-0.95", 0.95, 0.9, 0.3, 0.1, 0.5, 3, 0.24, 0.21, 0.27);
        assertEquals(Status.PASS, MesoelasticMatchedClaims.spearman(lo, hi, 49).status());
        assertEquals(Status.FAIL, MesoelasticMatchedClaims.spearman(hi, lo, 49).status());
        assertEquals(Status.PASS, MesoelasticMatchedClaims.ssDensity(lo, hi, 49).status());
        Point mid = point("ss-0.95", 0.95, 1.0, 6, 5, 7, 30, 0.24, 0.21, 0.27);
        assertEquals(Status.FAIL, MesoelasticMatchedClaims.ssDensity(lo, mid, 49).status());
    }

    @Test void tauMatchedCheck() {
        Map<String, Point> ok = new LinkedHashMap<>(), off = new LinkedHashMap<>();
        Point reused = new Point("ss-0.6", 0.6, 1, new double[] {1, 1}, true, 60, null, 60, 60, Double.NaN, null, null);
        ok.put("ss-0.6", reused);
        ok.put("ipl", point("ipl", 0.82, 1.05, 1, 0.5, 2, 10, 0, 0, 0));
        off.putAll(ok);
        off.put("ss-0.95", new Point("ss-0.95", 0.95, 2.0, new double[] {1.7, 2.4}, false, 0, null, 1, 0, 0, null, null));
        assertEquals(Status.PASS, MesoelasticMatchedClaims.tauMatched(ok, 49).status());
        Claim c = MesoelasticMatchedClaims.tauMatched(off, 49);
        assertEquals(Status.FAIL, c.status());
        assertArrayEquals(new double[] {1.7, 2.4}, c.interval(), 1e-12);
    }

    /** The quick preset has no matched units; long prices one per system, SW excluded, within its budget share. */
    @Test void unitsAndPrices() {
        assertFalse(MatchedViscosityStage.runsAt(Scale.QUICK));
        Preset p = MesoelasticPresets.preset(Scale.LONG);
        double total = 0;
        for (String k : MatchedViscosityStage.SYSTEMS) total += MesoelasticUnitCost.matchedCoreHours(p, p.system(k));
        assertTrue(total > 0.3 && total < 1.0, "long matched units " + total + " core-hours");
        assertFalse(MatchedViscosityStage.SYSTEMS.contains("sw"));
    }

    /** The stage at a tiny size: three independent liquids at T_matched, the transition count and (SS) the mobility there. */
    @Test void stageRunsAtTinySize() {
        Preset smoke = MesoelasticPresets.preset(Scale.SMOKE);
        SystemSpec ss = MesoelasticPresets.ss("ss-0.6", 0.6, 0.005, 5.47, 64, new double[] {3.0}, new double[] {20}, new double[] {40});
        StageResult r = new MatchedViscosityStage(smoke, ss, 11).compute(1.0, new double[] {3.0, 3.0}, false);
        assertEquals(1, r.value("ran"));
        assertEquals(3.0, r.value("T_matched"));
        assertEquals(MatchedViscosityStage.RUNS, r.table("runs").rowCount());
        assertEquals(smoke.transitionTrajectories(), r.table("trajectories").rowCount());
        assertEquals(smoke.mobilityIS(), r.table("cs").rowCount());
        double tauTarget = ss.t0(3.0);
        assertEquals(MatchedViscosityStage.PRODUCTION_TAU * tauTarget, r.value("production"), 1e-9);
        assertTrue(r.value("tau_alpha") > 0, "tau_alpha " + r.value("tau_alpha"));
        StageResult none = new MatchedViscosityStage(smoke, ss, 11).compute(Double.NaN, new double[] {Double.NaN, Double.NaN}, false);
        assertEquals(0, none.value("ran"));
        assertTrue(none.tables().isEmpty());
    }
}
