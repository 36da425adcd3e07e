package glassdyn.papers.cagejump;

import glassdyn.Progress;
import glassdyn.particles.Configuration;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Time-step convergence of the Brownian shear runs (review 000, section 3: "no convergence check against dt/2 is
 * recorded"): eta of the big-big Yukawa stress at phi = 45%, gamma_dot tau_0 = 10, N = 500, with the quick/long time step
 * dt = 2e-4 tau_0 and with dt/2 (the paper preset's 1e-4), each from the same lattice start melted by 0.5 tau_0 of shear
 * and averaged over 1 tau_0. The two must agree within 1.645 combined standard errors (from the stress correlation
 * time, {@link StressSteadyState}) plus 3% of eta (an allowance for a bias too small to matter for any check, whose
 * tolerances are 20% or more). Measured once (session 6): see the printed line.
 */
class TimeStepConvergenceIT {
    static StressSteadyState.Result eta(double dt) {
        Configuration c = ShearedYukawaRun.latticeStart(500, 0.45, 11);
        try (Progress bar = new Progress("dt " + dt, Math.round(1.5 / dt))) {
            ShearedYukawaRun.Record rec = ShearedYukawaRun.run(c, 0.45, 10, dt, 0.5, 1.0, 0.01, 0.002, 1.5, 1, 11, bar);
            return StressSteadyState.of(rec.stress);
        }
    }

    @Test
    void viscosityAtHalfTheTimeStepAgrees() {
        StressSteadyState.Result a = eta(2e-4), b = eta(1e-4);
        double d = a.mean() - b.mean(), allowed = 1.645 * Math.hypot(a.error(), b.error()) + 0.03 * Math.abs(b.mean());
        System.out.printf("sigma_xy dt=2e-4: %.5f +- %.5f, dt=1e-4: %.5f +- %.5f, difference %.5f (%.2f%%), allowed %.5f%n",
            a.mean(), a.error(), b.mean(), b.error(), d, 100 * d / b.mean(), allowed);
        assertTrue(Math.abs(d) <= allowed, "eta depends on the time step: difference " + d + " > " + allowed);
    }
}
