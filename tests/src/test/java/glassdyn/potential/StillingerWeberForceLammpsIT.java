package glassdyn.potential;

import glassdyn.TestEnvironment;
import glassdyn.dynamics.Kinetic;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.VelocityVerlet;
import glassdyn.force.ForceField;
import glassdyn.force.StillingerWeberForce;
import glassdyn.io.LammpsDumpReader;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The engine's Stillinger-Weber force field ({@link StillingerWeberForce} in {@link ForceField}: full list, gathered
 * forces, two threads) against LAMMPS {@code pair_style sw} with paper 004's parameters (lambda = 18.75, reduced
 * units) on a stored SW liquid (N = 400, rho = 0.52, written by glassdyn's own NVT MD): per-atom forces and energies,
 * total energy and the whole virial pressure tensor to 1e-10; then NVE velocity Verlet at the paper's dt = 0.065 from
 * the same positions and velocities in both codes: the total energy agrees step by step while the trajectories are
 * still identical, and the energy drift over 2000 steps is bounded and comparable to LAMMPS's.
 */
class StillingerWeberForceLammpsIT {
    static final double TOL = 1e-10;
    static final String PARAMS = String.format(Locale.ROOT,
        "Si Si Si 1.0 1.0 %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g 0.0%n", StillingerWeber.CUT, StillingerWeber.LAMBDA,
        StillingerWeber.GAMMA, StillingerWeber.COS0, StillingerWeber.A, StillingerWeber.B, StillingerWeber.P, StillingerWeber.Q);

    static Configuration storedLiquid() throws Exception {
        Path f = TestEnvironment.root().resolve("lib/src/test/resources/mesoelastic/liquid-sw.dump");
        try (LammpsDumpReader in = new LammpsDumpReader(f, 1).dimension(3)) {
            Frame fr = in.next();
            Configuration c = fr.config();
            if (fr.unwrapped()) c.wrapAll();
            c.mass = new double[] {1};
            return c;
        }
    }

    /** A LAMMPS data file with velocities (atomic style). */
    static void writeData(Configuration c, Path file) throws Exception {
        LammpsRun.writeData(c, file);
        StringBuilder s = new StringBuilder(Files.readString(file)).append("\nVelocities\n\n");
        for (int i = 0; i < c.n; i++)
            s.append(String.format(Locale.ROOT, "%d %.17g %.17g %.17g%n", c.id[i], c.vx[i], c.vy[i], c.vz[i]));
        Files.writeString(file, s.toString());
    }

    static List<String> lmp(Path dir, String... lines) throws Exception {
        Files.writeString(dir.resolve("glass.sw"), PARAMS);
        Files.writeString(dir.resolve("in.sw"), String.join("\n", lines) + "\n");
        Process p = new ProcessBuilder("nice", "-n", "19", "lmp", "-in", "in.sw", "-log", "log.sw", "-screen", "none")
            .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("lmp.out").toFile()).start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) { p.destroyForcibly(); fail("lmp timed out"); }
        assertEquals(0, p.exitValue(), () -> "lmp failed: " + read(dir.resolve("log.sw")));
        return Files.readAllLines(dir.resolve("log.sw"));
    }

    static String read(Path p) { try { return Files.readString(p); } catch (Exception e) { return e.toString(); } }

    /** The numeric rows after the thermo header that starts with {@code Step}. */
    static List<double[]> thermo(List<String> log) {
        List<double[]> rows = new ArrayList<>();
        boolean in = false;
        for (String l : log) {
            String t = l.trim();
            if (t.startsWith("Step")) { in = true; continue; }
            if (in && t.startsWith("Loop time")) in = false;
            if (in && !t.isEmpty() && Character.isDigit(t.charAt(0))) {
                String[] w = t.split("\\s+");
                double[] v = new double[w.length];
                for (int k = 0; k < w.length; k++) v[k] = Double.parseDouble(w[k]);
                rows.add(v);
            }
        }
        return rows;
    }

    static String[] header() {
        return new String[] {"units lj", "atom_style atomic", "boundary p p p", "atom_modify map array", "read_data conf.data",
            "pair_style sw", "pair_coeff * * glass.sw Si", "neighbor 0.5 bin", "neigh_modify every 1 delay 0 check yes"};
    }

    @Test
    void forcesEnergyAndPressureTensorMatchPairStyleSw() throws Exception {
        Configuration c = storedLiquid();
        Path dir = Files.createTempDirectory("glassdyn-sw-forces");
        LammpsRun.writeData(c, dir.resolve("conf.data"));
        List<String> script = new ArrayList<>(List.of(header()));
        script.addAll(List.of("compute pa all pe/atom", "dump d all custom 1 forces.dump id fx fy fz c_pa",
            "dump_modify d format float %.17g sort id", "thermo_style custom step pe pxx pyy pzz pxy pxz pyz",
            "thermo_modify format float %.17g norm no", "run 0"));
        double[] th = thermo(lmp(dir, script.toArray(String[]::new))).get(0);
        List<String> dump = Files.readAllLines(dir.resolve("forces.dump"));
        int first = dump.indexOf(dump.stream().filter(l -> l.startsWith("ITEM: ATOMS")).findFirst().orElseThrow()) + 1;
        try (ForceField ff = new ForceField(new StillingerWeberForce(), 0.5, 2)) {
            Configuration w = c.copy();
            ff.computePerParticle(w);
            double fErr = 0, fMax = 0, peErr = 0, peMax = 0;
            for (int k = first; k < dump.size(); k++) {
                String[] v = dump.get(k).trim().split("\\s+");
                int i = Integer.parseInt(v[0]) - 1;
                double[] ref = {Double.parseDouble(v[1]), Double.parseDouble(v[2]), Double.parseDouble(v[3])};
                double[] ours = {ff.fx()[i], ff.fy()[i], ff.fz()[i]};
                for (int a = 0; a < 3; a++) { fErr = Math.max(fErr, Math.abs(ours[a] - ref[a])); fMax = Math.max(fMax, Math.abs(ref[a])); }
                peErr = Math.max(peErr, Math.abs(ff.energyPerParticle()[i] - Double.parseDouble(v[4])));
                peMax = Math.max(peMax, Math.abs(Double.parseDouble(v[4])));
            }
            double[] p = ff.virialPressure(w.box);
            System.out.printf(Locale.ROOT, "SW liquid N=%d: max force error / max force %.3g, energy %.15g vs lmp %.15g, pxy %.15g vs %.15g%n",
                c.n, fErr / fMax, ff.energy(), th[1], p[3], th[5]);
            assertTrue(fErr < TOL * fMax, "forces " + fErr / fMax);
            assertTrue(peErr < TOL * peMax, "per-atom energy " + peErr / peMax);
            assertEquals(th[1], ff.energy(), TOL * Math.abs(th[1]), "energy");
            double scale = Math.abs(th[2]) + Math.abs(th[3]) + Math.abs(th[4]);
            // LAMMPS thermo columns pxx pyy pzz pxy pxz pyz (no kinetic part: zero velocities in this data file)
            for (int k = 0; k < 6; k++) assertEquals(th[2 + k], p[k], TOL * scale, "pressure component " + k);
        }
    }

    @Test
    void nveEnergyDriftMatchesLammps() throws Exception {
        Configuration c = storedLiquid();
        Kinetic.drawVelocities(c, 0.06, 5);
        double dt = 0.065;
        int steps = 2000, every = 10;
        Path dir = Files.createTempDirectory("glassdyn-sw-nve");
        writeData(c, dir.resolve("conf.data"));
        List<String> script = new ArrayList<>(List.of(header()));
        script.addAll(List.of("timestep " + dt, "fix nve all nve", "thermo_style custom step etotal pe ke",
            "thermo_modify format float %.17g norm no", "thermo " + every, "run " + steps));
        List<double[]> ref = thermo(lmp(dir, script.toArray(String[]::new)));
        assertEquals(steps / every + 1, ref.size());
        List<Double> ours = new ArrayList<>();
        try (ForceField ff = new ForceField(new StillingerWeberForce(), 0.5, 2)) {
            Configuration w = c.copy();
            ff.compute(w, true);
            ours.add(ff.energy() + Kinetic.kineticEnergy(w));
            MolecularDynamics md = new MolecularDynamics(w, new VelocityVerlet(ff, dt));
            md.sampleEvery(every * dt, (cc, st, f) -> { f.compute(cc, true); ours.add(f.energy() + Kinetic.kineticEnergy(cc)); });
            md.runSteps(steps);
        }
        assertEquals(ref.size(), ours.size());
        double e0 = ref.get(0)[1], scale = Math.abs(e0);
        // identical start: the first 100 steps are the same trajectory in both codes
        for (int k = 0; k <= 10; k++) assertEquals(ref.get(k)[1], ours.get(k), 1e-9 * scale, "etot at step " + k * every);
        double driftOurs = 0, driftLmp = 0;
        for (int k = 0; k < ref.size(); k++) {
            driftOurs = Math.max(driftOurs, Math.abs(ours.get(k) - ours.get(0)));
            driftLmp = Math.max(driftLmp, Math.abs(ref.get(k)[1] - e0));
        }
        System.out.printf(Locale.ROOT, "SW NVE dt %.3f, %d steps, N = %d: max |E - E0| per particle: glassdyn %.3g, LAMMPS %.3g (T = 0.06)%n",
            dt, steps, c.n, driftOurs / c.n, driftLmp / c.n);
        assertTrue(driftOurs / c.n < 2e-3, "drift per particle " + driftOurs / c.n);
        assertTrue(driftOurs < 3 * driftLmp + 1e-6 * scale && driftLmp < 3 * driftOurs + 1e-6 * scale,
            "drifts differ: glassdyn " + driftOurs + ", LAMMPS " + driftLmp);
    }
}
