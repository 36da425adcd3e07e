package glassdyn.plan;

import glassdyn.TestEnvironment;
import glassdyn.dynamics.Kinetic;
import glassdyn.dynamics.LeesEdwards;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.SllodIntegrator;
import glassdyn.force.ForceField;
import glassdyn.lammps.LammpsSllodReplicas;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.protocols.IsoconfigurationalEnsemble;
import glassdyn.protocols.LiquidPreparation;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Do LAMMPS ({@link LammpsSllodReplicas}: {@code fix deform ... remap v flip yes} + {@code fix nvt/sllod}, or
 * {@code fix nvt}) and glassdyn ({@link SllodIntegrator}) integrate the same equations of an isoconfigurational
 * replica? From one KA state (N = 200, T = 1) with identical velocities (glassdyn's draw plus the streaming profile),
 * both run 100 steps and the unwrapped positions are compared frame by frame, by atom id, over t = 0.5 (before the
 * chaotic growth of differences matters). The box tilt starts 4 steps short of the flip at +lx/2, so every sheared
 * comparison passes a tilt flip (LAMMPS's image-count correction versus glassdyn's).
 *
 * <p>Shear off: the same Nose-Hoover NVT, so the trajectories agree to round-off amplified by the dynamics
 * (measured 2e-13 at t = 0.5). Shear on: glassdyn shears the box in the drift, LAMMPS at the end of the step
 * ({@link SllodIntegrator} javadoc), so forces across the y faces see tilts one step apart and the trajectories differ
 * by O(dt): the test requires the difference to be small and to halve (ratio 1.6-2.5) when dt is halved at the same
 * physical time, i.e. both converge to the same solution. This is a check of the equations, not of the first-jump
 * statistics, which are compared only through the report schema ({@link PlanTauLcLammpsIT}).
 */
class LammpsSllodReplicaIT {
    static final int N = 200;
    static final double T = 1.0, RATE = 0.2, TDAMP = 0.5, TIME = 0.5;

    @Test
    void shearOffAgreesToRoundOff(@TempDir Path tmp) {
        TestEnvironment.require("lmp", "apt-get install lammps (environment/test-packages)");
        double d = maxDeviation(tmp, 0, 0.005);
        System.out.printf("LAMMPS vs glassdyn NVT, N %d, t %.2f: max |dr| = %.3g%n", N, TIME, d);
        assertTrue(d < 1e-9, "NVT trajectories differ by " + d);
    }

    @Test
    void shearOnConvergesToTheSameTrajectory(@TempDir Path tmp) {
        TestEnvironment.require("lmp", "apt-get install lammps (environment/test-packages)");
        double coarse = maxDeviation(tmp.resolve("a"), RATE, 0.005), fine = maxDeviation(tmp.resolve("b"), RATE, 0.0025);
        System.out.printf("LAMMPS vs glassdyn SLLOD rate %.2f, N %d, t %.2f: max |dr| = %.3g (dt 0.005), %.3g (dt 0.0025), "
            + "ratio %.2f%n", RATE, N, TIME, coarse, fine, coarse / fine);
        assertTrue(coarse < 1e-2, "SLLOD trajectories differ by " + coarse);
        assertTrue(coarse / fine > 1.6 && coarse / fine < 2.5, "difference not first order in dt: " + coarse + " vs " + fine);
    }

    /** Largest distance between the two engines' unwrapped positions over the frames (every 10 steps) up to TIME. */
    static double maxDeviation(Path work, double rate, double dt) {
        Configuration start = start(rate);
        long stride = Math.round(0.05 / dt), steps = Math.round(TIME / dt);
        int frames = (int) (steps / stride) + 1;
        double[][] ours = new double[frames][], theirs = new double[frames][];
        Configuration c = start.copy();
        try (ForceField ff = new ForceField(new KobAndersen(), IsoconfigurationalEnsemble.SKIN, 1)) {
            SllodIntegrator integ = new SllodIntegrator(ff, dt, rate, T, TDAMP);
            MolecularDynamics md = new MolecularDynamics(c, integ);
            ours[0] = unwrapped(c);
            md.sampleEvery(stride * dt, (cc, step, f) -> { if (step % stride == 0) ours[(int) (step / stride)] = unwrapped(cc); });
            md.runSteps(steps);
        }
        Configuration l = start.copy();
        new LammpsSllodReplicas(work, KobAndersen.lammpsPairLines(), IsoconfigurationalEnsemble.SKIN)
            .run(l, rate, T, dt, TDAMP, SllodIntegrator.DEFAULT_CHAIN, stride, frames, k -> theirs[k] = unwrapped(l));
        double worst = 0;
        for (int k = 0; k < frames; k++) {
            assertNotNull(ours[k], "glassdyn frame " + k);
            assertNotNull(theirs[k], "LAMMPS frame " + k);
            for (int i = 0; i < N; i++) {
                double dx = ours[k][3 * i] - theirs[k][3 * i], dy = ours[k][3 * i + 1] - theirs[k][3 * i + 1],
                    dz = ours[k][3 * i + 2] - theirs[k][3 * i + 2];
                worst = Math.max(worst, Math.sqrt(dx * dx + dy * dy + dz * dz));
            }
        }
        if (rate > 0) assertTrue(start.box.xy() + rate * start.box.ly() * TIME > 0.5 * start.box.lx(), "no tilt flip in the window");
        return worst;
    }

    /** A KA liquid at T (glassdyn's preparation), velocities drawn (seed 7) plus the streaming profile, tilt near +lx/2. */
    static Configuration start(double rate) {
        Box box = Box.cubic(3, Math.cbrt(N / 1.2));
        KobAndersen ka = new KobAndersen();
        Configuration c = LiquidPreparation.liquid(ka, box, LiquidPreparation.kobAndersenCounts(N), T, 2.0, 11, 1);
        c.time = 0;
        if (rate > 0) {
            // an affine shear (positions with the tilt, so no overlaps across the y faces) to 4 steps before the flip
            LeesEdwards.shearAffinely(c, (0.5 * box.lx() - 4 * rate * box.ly() * 0.005) / box.ly(), null);
            for (int i = 0; i < c.n; i++) c.box.wrap(i, c.x, c.y, c.z, c.ix, c.iy, c.iz);
        }
        Kinetic.drawVelocities(c, T, 7);
        if (rate > 0) for (int i = 0; i < c.n; i++) c.vx[i] += rate * (c.y[i] - c.box.ylo());
        return c;
    }

    /** Unwrapped positions by atom id (x, y, z of id 1, then id 2, ...). */
    static double[] unwrapped(Configuration c) {
        double[] u = new double[3 * c.n];
        for (int i = 0; i < c.n; i++) {
            int k = 3 * (c.id[i] - 1);
            u[k] = c.box.unwrapX(c.x[i], c.ix[i], c.iy[i]);
            u[k + 1] = c.box.unwrapY(c.y[i], c.iy[i]);
            u[k + 2] = c.box.unwrapZ(c.z[i], c.iz[i]);
        }
        return u;
    }
}
