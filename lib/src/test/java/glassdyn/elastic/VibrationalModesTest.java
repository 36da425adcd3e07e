package glassdyn.elastic;

import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shift-invert Lanczos against the dense eigendecomposition. */
class VibrationalModesTest {
    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void lanczosEqualsDense(int dim) {
        KobAndersen ka = new KobAndersen();
        Configuration c = TestGlasses.random(dim, dim == 2 ? 200 : 150, 1.2, 0.0, 31 + dim);
        TestGlasses.fire(c, ka, 1e-10, 200_000);
        Hessian h = Hessian.of(c, ka);
        int k = 6;
        VibrationalModes.Modes dense = VibrationalModes.dense(h, k);
        VibrationalModes.Modes lanczos = VibrationalModes.lanczos(h, new SparseCholeskySolver(h, true), k, 7);
        for (int s = 0; s < k; s++) {
            assertTrue(dense.eigenvalues()[s] > 0, "stable glass: positive nonzero eigenvalues");
            assertEquals(dense.eigenvalues()[s], lanczos.eigenvalues()[s], 1e-9 * dense.eigenvalues()[s]);
            assertTrue(lanczos.residuals()[s] < 1e-6 * dense.eigenvalues()[s], "residual " + lanczos.residuals()[s]);
            double overlap = Math.abs(Displacements.dot(dense.vectors()[s], lanczos.vectors()[s]));
            // degenerate pairs may mix; the eigenvalue test is the strict one
            if (s + 1 < k && dense.eigenvalues()[s + 1] - dense.eigenvalues()[s] > 1e-3 * dense.eigenvalues()[s]
                && (s == 0 || dense.eigenvalues()[s] - dense.eigenvalues()[s - 1] > 1e-3 * dense.eigenvalues()[s]))
                assertEquals(1, overlap, 1e-6);
        }
    }
}
