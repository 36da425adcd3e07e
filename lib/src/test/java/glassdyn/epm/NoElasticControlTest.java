package glassdyn.epm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The model without elastic interactions against its exact stationary solution (derivation in {@link NoElasticExact}):
 * P_ss = Gamma y / nu with the lattice reset density y(sigma) = (1/2)[e^{sigma-1} theta(1-sigma) + e^{-sigma-1}
 * theta(1+sigma)], and &lt;P(t)&gt; = int P_ss e^{-nu t}. The test evaluates it with its own quadrature (composite
 * Simpson directly in sigma), checks the issue's numbers 34.25 (T = 0.2) and 5632 (T = 0.1), then compares the
 * rejection-free simulation within 3%.
 */
class NoElasticControlTest {

    private static double nu(double s, double T) { return Math.abs(s) >= 1 ? 1 : Math.exp(-Math.pow(1 - Math.abs(s), 1.5) / T); }

    private static double y(double s) { return 0.5 * ((s <= 1 ? Math.exp(s - 1) : 0) + (s >= -1 ? Math.exp(-s - 1) : 0)); }

    /** int y e^{-nu t} / nu d sigma by composite Simpson on [-30,-1], [-1,0], [0,1], [1,30]. */
    private static double integral(double t, double T) {
        double[][] pieces = {{-30, -1}, {-1, 0}, {0, 1}, {1, 30}};
        double total = 0;
        for (double[] p : pieces) {
            int m = 20000;
            double h = (p[1] - p[0]) / m, s = 0;
            for (int i = 0; i <= m; i++) {
                double x = p[0] + i * h, f = y(x) * Math.exp(-nu(x, T) * t) / nu(x, T);
                s += (i == 0 || i == m ? 1 : i % 2 == 1 ? 4 : 2) * f;
            }
            total += s * h / 3;
        }
        return total;
    }

    static double exactTau(double T) {
        double z = integral(0, T), lo = 0, hi = 30;
        for (int it = 0; it < 60; it++) {
            double mid = 0.5 * (lo + hi);
            if (integral(Math.exp(mid), T) / z > 0.5) lo = mid; else hi = mid;
        }
        return Math.exp(0.5 * (lo + hi));
    }

    @Test
    void exactValuesOfTheIssue() {
        assertEquals(34.25, exactTau(0.2), 0.01);
        assertEquals(5632, exactTau(0.1), 1);
        assertEquals(exactTau(0.1), NoElasticExact.tauAlpha(0.1), 1e-3 * 5632, "library quadrature");
        assertEquals(8.853e-4, 1 / integral(0, 0.1), 1e-7, "Gamma at T = 0.1");
    }

    @Test
    void simulationMatchesExactStationaryResult() {
        for (double T : new double[] {0.2, 0.1}) {
            double exact = exactTau(T);
            EpmRun.Config c = new EpmRun.Config(64, T, null, EpmDynamics.Algorithm.REJECTION_FREE, 7, 10, 30, 1, 10, 0, null);
            EpmRun.Result r = EpmRun.run(c, null, null);
            double tau = r.first().tauAlpha();
            assertEquals(1, tau / exact, 0.03, "tau_alpha at T = " + T + ": simulated " + tau + " vs exact " + exact);
            assertEquals(1, r.first().gamma() * integral(0, T), 0.03, "Gamma at T = " + T);
            assertEquals(0.25, r.first().chi4Peak(), 0.05, "independent sites: chi_4 peak = P(1-P) at P = 1/2");
        }
    }
}
