package glassdyn.potential;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The force-shifted Yukawa: energy and force vanish at the cutoff, the force is minus the energy's derivative (finite difference), u'' unchanged. */
class ForceShiftedTest {
    @Test
    void forceIsContinuousAndConsistent() {
        HardCoreYukawa y = new HardCoreYukawa(HardCoreYukawa.K, HardCoreYukawa.Z, 1.5, HardCoreYukawa.DIAMETERS);
        ForceShifted f = new ForceShifted(y);
        for (int ti = 0; ti < 2; ti++) for (int tj = 0; tj < 2; tj++) {
            double rc2 = f.cutoff2(ti, tj, 0, 0), rc = Math.sqrt(rc2);
            assertEquals(0, f.forceOverR(rc2, ti, tj, 0, 0), 1e-15);
            assertEquals(0, f.energy(rc2, ti, tj, 0, 0), 1e-15);
            for (double r = 0.7; r < rc; r += 0.137) {
                double h = 1e-6;
                double du = (f.energy((r + h) * (r + h), ti, tj, 0, 0) - f.energy((r - h) * (r - h), ti, tj, 0, 0)) / (2 * h);
                assertEquals(-du, f.forceOverR(r * r, ti, tj, 0, 0) * r, 1e-6 * Math.max(1, Math.abs(du)), "force at r = " + r);
                double d2 = (f.energy((r + h) * (r + h), ti, tj, 0, 0) - 2 * f.energy(r * r, ti, tj, 0, 0) + f.energy((r - h) * (r - h), ti, tj, 0, 0)) / (h * h);
                assertEquals(d2, f.curvature(r * r, ti, tj, 0, 0), 1e-3 * Math.max(1, Math.abs(d2)), "curvature at r = " + r);
            }
        }
    }
}
