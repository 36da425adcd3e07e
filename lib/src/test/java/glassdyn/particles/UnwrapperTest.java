package glassdyn.particles;
import glassdyn.space.Box;

import glassdyn.particles.Unwrapper;

import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Unwrapping under Lees-Edwards shear against a trajectory generated in unbounded space: particles follow the affine
 * flow x += dgamma (y_mid - ylo) plus a random walk; each frame is wrapped into the sheared (and flipped) cell.
 * Minimum-image tracking without image flags, and image flags, must both recover the true path and, in
 * non-affine mode, exactly the random walk.
 */
class UnwrapperTest {
    static final int N = 60, FRAMES = 300;
    static final double L = 6, DGAMMA = 0.02, STEP = 0.15;

    @Test
    void tracksLeesEdwardsAndRemovesTheAffineFlow() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] tx = new double[N], ty = new double[N], tz = new double[N], wx = new double[N], wy = new double[N], wz = new double[N];
        for (int i = 0; i < N; i++) { tx[i] = wx[i] = rng.nextDouble() * L; ty[i] = wy[i] = rng.nextDouble() * L; tz[i] = wz[i] = rng.nextDouble() * L; }
        Unwrapper tracking = new Unwrapper(false), trackingNa = new Unwrapper(true), images = new Unwrapper(false), imagesNa = new Unwrapper(true);
        double gamma = 0;
        double worst = 0, worstImages = 0, worstNa = 0;
        for (int k = 0; k < FRAMES; k++) {
            if (k > 0) {
                gamma += DGAMMA;
                for (int i = 0; i < N; i++) {
                    double sx = STEP * rng.nextGaussian(), sy = STEP * rng.nextGaussian(), sz = STEP * rng.nextGaussian();
                    double ymid = ty[i] + 0.5 * sy;
                    tx[i] += DGAMMA * ymid + sx; ty[i] += sy; tz[i] += sz;
                    wx[i] += sx; wy[i] += sy; wz[i] += sz;
                }
            }
            Box box = new Box(3, 0, 0, 0, L, L, L, gamma * L);
            box.flipTilt();
            Configuration c = new Configuration(N, box);
            for (int i = 0; i < N; i++) { c.x[i] = tx[i]; c.y[i] = ty[i]; c.z[i] = tz[i]; }
            c.wrapAll();
            Frame withImages = new Frame(k, c, false, true);
            Frame without = new Frame(k, c, false, false);
            double[][] a = tracking.advance(without), b = images.advance(withImages);
            for (int i = 0; i < N; i++) {
                worst = Math.max(worst, Math.abs(a[0][i] - tx[i]) + Math.abs(a[1][i] - ty[i]) + Math.abs(a[2][i] - tz[i]));
                worstImages = Math.max(worstImages, Math.abs(b[0][i] - tx[i]) + Math.abs(b[1][i] - ty[i]) + Math.abs(b[2][i] - tz[i]));
            }
            double[][] na = trackingNa.advance(without), nb = imagesNa.advance(withImages);
            for (int i = 0; i < N; i++) {
                worstNa = Math.max(worstNa, Math.abs(na[0][i] - wx[i]) + Math.abs(na[1][i] - wy[i]) + Math.abs(na[2][i] - wz[i]));
                worstNa = Math.max(worstNa, Math.abs(nb[0][i] - wx[i]) + Math.abs(nb[1][i] - wy[i]) + Math.abs(nb[2][i] - wz[i]));
            }
        }
        // total strain 6 with tilt flips: particles crossed the sheared boundaries many times
        assertEquals(0, worstImages, 1e-9, "unwrapped from image flags = true path");
        assertEquals(0, worst, 1e-9, "unwrapped by tracking = true path");
        assertEquals(0, worstNa, 1e-9, "non-affine = random walk");
    }
}
