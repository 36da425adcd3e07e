package glassdyn.dynamics;

import glassdyn.force.ForceField;
import glassdyn.protocols.LiquidPreparation;

import glassdyn.io.LammpsDataFile;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A SLLOD run of the Kob-Andersen liquid reproduces LAMMPS {@code fix nvt/sllod} + {@code fix deform xy erate R remap
 * v flip yes} mean shear stress {@code -P_xy} within statistical error, from the same starting configuration.
 * State: N = 500, rho = 1.2, T = 1.0, shear rate 0.1, dt = 0.005, Tdamp = 0.5, chain 1 (nvt/sllod's default); 2000 steps of start-up
 * discarded, then 20000 steps with -P_xy sampled every 10 steps; standard errors from 20 block averages.
 */
class SllodLammpsIT {
    static final int N = 500, EQUIL = 2000, PROD = 20000, EVERY = 10, BLOCKS = 20;
    static final double RHO = 1.2, T = 1.0, RATE = 0.1, DT = 0.005, TDAMP = 0.5;

    /** Mean and standard error of the mean from block averages. */
    record Estimate(double mean, double error) {
        static Estimate of(double[] s) {
            int per = s.length / BLOCKS;
            double[] b = new double[BLOCKS];
            for (int k = 0; k < BLOCKS; k++) {
                for (int i = k * per; i < (k + 1) * per; i++) b[k] += s[i];
                b[k] /= per;
            }
            double m = 0;
            for (double v : b) m += v / BLOCKS;
            double var = 0;
            for (double v : b) var += (v - m) * (v - m) / (BLOCKS - 1);
            return new Estimate(m, Math.sqrt(var / BLOCKS));
        }
    }

    @Test
    void shearStressMatchesLammpsNvtSllod() throws Exception {
        assertTrue(SllodIntegrator.DEFAULT_CHAIN == 1, "the comparison is with nvt/sllod's default chain");
        double l = Math.cbrt(N / RHO);
        Configuration c = LiquidPreparation.liquid(new KobAndersen(), Box.cubic(3, l), LiquidPreparation.kobAndersenCounts(N),
            T, 5.0, 17, 1);
        Path dir = Files.createTempDirectory("glassdyn-sllod");
        LammpsDataFile.write(dir.resolve("start.data"), c, true, "KA liquid for the SLLOD cross-check");

        // glassdyn
        double[] ours = new double[PROD / EVERY];
        long t0 = System.nanoTime();
        try (ForceField ff = new ForceField(new KobAndersen(), 0.3, 1)) {
            SllodIntegrator sllod = new SllodIntegrator(ff, DT, RATE, T, TDAMP);
            sllod.addStreamingProfile(c);
            sllod.setup(c);
            for (int s = 0; s < EQUIL; s++) sllod.step(c, false);
            double tsum = 0;
            for (int s = 1; s <= PROD; s++) {
                boolean sample = s % EVERY == 0;
                sllod.step(c, sample);
                if (sample) {
                    ours[s / EVERY - 1] = -sllod.pressureTensor(c)[ForceField.XY];
                    tsum += sllod.peculiarTemperature(c);
                }
            }
            System.out.printf(Locale.ROOT, "glassdyn SLLOD: mean peculiar T %.4f, tilt flips %d, %.1f s%n",
                tsum / ours.length, sllod.flips(), (System.nanoTime() - t0) / 1e9);
        }

        // LAMMPS
        String in = String.join("\n",
            "units lj", "atom_style atomic", "boundary p p p", "read_data start.data", "change_box all triclinic",
            "pair_style lj/cut 2.5", "pair_coeff 1 1 1.0 1.0 2.5", "pair_coeff 1 2 1.5 0.8 2.0", "pair_coeff 2 2 0.5 0.88 2.2",
            "pair_modify shift yes", "neighbor 0.3 bin", "neigh_modify every 1 delay 0 check yes",
            "timestep " + DT,
            String.format(Locale.ROOT, "velocity all ramp vx 0.0 %.17g y 0.0 %.17g sum yes units box", RATE * l, l),
            String.format(Locale.ROOT, "fix shear all deform 1 xy erate %.17g remap v flip yes", RATE),
            String.format(Locale.ROOT, "fix nvt all nvt/sllod temp %s %s %s tchain %d", T, T, TDAMP, SllodIntegrator.DEFAULT_CHAIN),
            "compute tdef all temp/deform", "compute p all pressure tdef",
            "variable sxy equal -c_p[4]",
            "run " + EQUIL,
            "fix out all ave/time " + EVERY + " 1 " + EVERY + " v_sxy c_tdef file sxy.txt format \" %.17g\"",
            "run " + PROD, "");
        Files.writeString(dir.resolve("in.sllod"), in);
        long t1 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder("lmp", "-in", "in.sllod", "-log", "log.sllod", "-screen", "none", "-nocite")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("lmp.out").toFile()).start();
        } catch (java.io.IOException e) {
            fail("LAMMPS (lmp) is required for this test: " + e.getMessage());
            return;
        }
        if (!p.waitFor(600, TimeUnit.SECONDS)) { p.destroyForcibly(); fail("lmp timed out"); }
        if (p.exitValue() != 0) fail("lmp failed: " + Files.readString(dir.resolve("log.sllod")));
        List<Double> s = new ArrayList<>();
        double tl = 0;
        for (String line : Files.readAllLines(dir.resolve("sxy.txt"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] w = line.trim().split("\\s+");
            if (Long.parseLong(w[0]) == EQUIL) continue;   // the run's first output is the starting state
            s.add(Double.parseDouble(w[1]));
            tl += Double.parseDouble(w[2]);
        }
        double[] theirs = s.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(Locale.ROOT, "LAMMPS nvt/sllod: mean T %.4f, %.1f s%n", tl / theirs.length, (System.nanoTime() - t1) / 1e9);

        Estimate a = Estimate.of(ours), b = Estimate.of(theirs);
        double sigma = Math.hypot(a.error(), b.error());
        System.out.printf(Locale.ROOT, "-Pxy glassdyn %.5f +- %.5f, LAMMPS %.5f +- %.5f (%d samples each), difference %.2f sigma%n",
            a.mean(), a.error(), b.mean(), b.error(), theirs.length, Math.abs(a.mean() - b.mean()) / sigma);
        assertTrue(theirs.length == ours.length, "sample counts " + theirs.length + " vs " + ours.length);
        assertTrue(a.mean() > 5 * a.error() && b.mean() > 5 * b.error(), "the shear stress must be resolved above noise");
        assertTrue(Math.abs(a.mean() - b.mean()) < 3 * sigma, "means differ by more than 3 standard errors");
    }
}
