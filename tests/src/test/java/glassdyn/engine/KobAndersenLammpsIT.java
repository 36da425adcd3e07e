package glassdyn.engine;

import glassdyn.protocols.LiquidPreparation;
import glassdyn.io.LammpsDataFile;
import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The {@code forces} command against LAMMPS on the same Kob-Andersen configuration: per-particle forces and energies,
 * total energy and the virial pressure tensor agree to 1e-10 relative, in 3D with a tilted (Lees-Edwards) box and in
 * 2D. LAMMPS: {@code pair_style lj/cut 2.5}, {@code pair_modify shift yes}, cutoffs 2.5, 2.0, 2.2.
 */
class KobAndersenLammpsIT {
    static final double TOL = 1e-10;

    @TempDir Path dir;

    @Test void tiltedBox3d() throws Exception {
        double l = Math.cbrt(500 / 1.2);
        Box box = new Box(3, -1.5, 0.25, 3.0, l, l, l, 0.37 * l);
        compare(box, 500, 3);
    }

    @Test void box2d() throws Exception {
        double l = Math.sqrt(600 / 1.2);
        Box box = new Box(2, 0.5, -2.0, 0, l, 1.1 * l, 1, -0.21 * l);
        compare(box, 600, 2);
    }

    private void compare(Box box, int n, int dim) throws Exception {
        Configuration c = LiquidPreparation.liquid(new KobAndersen(), box, LiquidPreparation.kobAndersenCounts(n),
            1.0, 0.5, 42 + dim, 2);
        Path data = dir.resolve("config.data");
        LammpsDataFile.write(data, c, false, "Kob-Andersen test configuration");

        String input = String.join("\n",
            "units lj", "dimension " + dim, "boundary p p p", "atom_style atomic",
            "read_data config.data",
            "pair_style lj/cut 2.5", "pair_modify shift yes",
            "pair_coeff 1 1 1.0 1.0 2.5", "pair_coeff 1 2 1.5 0.8 2.0", "pair_coeff 2 2 0.5 0.88 2.2",
            "compute p all pressure NULL virial", "compute peatom all pe/atom",
            "thermo_style custom step pe c_p[1] c_p[2] c_p[3] c_p[4] c_p[5] c_p[6]",
            "thermo_modify norm no",
            "dump d all custom 1 forces.dump id type fx fy fz c_peatom",
            "dump_modify d format float %.17g sort id",
            "run 0",
            "print \"RESULT $(pe:%.17g) $(c_p[1]:%.17g) $(c_p[2]:%.17g) $(c_p[3]:%.17g) $(c_p[4]:%.17g) $(c_p[5]:%.17g) $(c_p[6]:%.17g)\"",
            "");
        Processes.Result r = Processes.lammps(dir, input, 1);
        String result = r.stdout().lines().filter(s -> s.startsWith("RESULT ")).reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("no RESULT line from LAMMPS:\n" + r.stdout()));
        String[] t = result.split("\\s+");
        double peL = Double.parseDouble(t[1]);
        double[] pL = new double[6];
        for (int k = 0; k < 6; k++) pL[k] = Double.parseDouble(t[2 + k]);
        // the scalar loop (plain java -jar: no Vector API module) and the SIMD kernel (with the module), 2 threads
        check(dim, n, peL, pL, "scalar", List.of());
        check(dim, n, peL, pL, "vector", List.of("--add-modules", "jdk.incubator.vector", "-Dglassdyn.pairKernel=vector"));
    }

    private void check(int dim, int n, double peL, double[] pL, String kernel, List<String> jvm) throws Exception {
        Path data = dir.resolve("config.data");
        Processes.Result g = Processes.glassdyn(dir, jvm, "forces", "--potential", "kob-andersen", "--data",
            data.toString(), "--dim", Integer.toString(dim), "--out", "forces.csv", "--threads", "2");
        assertEquals(0, g.exit(), g.stderr());
        String json = g.lastLine();
        assertTrue(json.contains("\"pair_kernel\":\"" + kernel + "\""), "pair kernel " + kernel + ": " + json);

        double e = Processes.jsonNumber(json, "energy");
        assertEquals(peL, e, TOL * Math.abs(peL), "total energy");
        assertEquals(n, (int) Processes.jsonNumber(json, "n"));
        double[] p = Processes.jsonArray(json, "pressure_tensor");
        double pscale = Math.max(Math.abs(pL[0]), Math.max(Math.abs(pL[1]), Math.abs(pL[2])));
        for (int k = 0; k < 6; k++) {
            // diagonal: relative; off-diagonal (about zero in a liquid): relative to the diagonal's scale
            double tol = TOL * (k < 3 ? Math.abs(pL[k]) : pscale);
            if (dim == 2 && (k == 2 || k == 4 || k == 5)) tol = 1e-300;
            assertEquals(pL[k], p[k], tol, "pressure tensor component " + k);
        }

        Map<Integer, double[]> lammps = new HashMap<>();
        List<String> dump = Files.readAllLines(dir.resolve("forces.dump"));
        int start = dump.indexOf("ITEM: ATOMS id type fx fy fz c_peatom") + 1;
        assertTrue(start > 0, "dump header");
        for (String line : dump.subList(start, dump.size())) {
            String[] f = line.strip().split("\\s+");
            lammps.put(Integer.parseInt(f[0]), new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                Double.parseDouble(f[4]), Double.parseDouble(f[5])});
        }
        List<String> csv = Files.readAllLines(dir.resolve("forces.csv"));
        assertEquals("id,type,fx,fy,fz,pe", csv.get(0));
        assertEquals(n + 1, csv.size());
        double worstF = 0, worstPe = 0;
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            double[] ref = lammps.get(Integer.parseInt(f[0]));
            assertNotNull(ref, "id " + f[0] + " in the LAMMPS dump");
            double dx = Double.parseDouble(f[2]) - ref[0], dy = Double.parseDouble(f[3]) - ref[1], dz = Double.parseDouble(f[4]) - ref[2];
            double fref = Math.sqrt(ref[0] * ref[0] + ref[1] * ref[1] + ref[2] * ref[2]);
            double rel = Math.sqrt(dx * dx + dy * dy + dz * dz) / fref;
            worstF = Math.max(worstF, rel);
            worstPe = Math.max(worstPe, Math.abs(Double.parseDouble(f[5]) - ref[3]) / Math.abs(ref[3]));
        }
        System.out.printf("%s %dD: energy %.17g (LAMMPS %.17g), worst per-particle force rel. error %.3g, pe/atom %.3g%n",
            kernel, dim, e, peL, worstF, worstPe);
        assertTrue(worstF < TOL, "worst per-particle relative force error " + worstF);
        assertTrue(worstPe < TOL, "worst per-particle relative energy error " + worstPe);
    }
}
