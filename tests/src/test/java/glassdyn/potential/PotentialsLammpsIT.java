package glassdyn.potential;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The potentials that LAMMPS has as pair styles, against {@code lmp} on the same configuration: per-atom forces and
 * energies, total energy and the virial shear stress. Tilted (Lees-Edwards) boxes throughout.
 */
class PotentialsLammpsIT {
    static final double TOL = 1e-10;

    /** Random positions with no pair of types (a, b) closer than {@code minDist[a][b]}. */
    static Configuration random(Box box, int[] types, double[][] minDist, long seed) {
        int n = types.length;
        Configuration c = new Configuration(n, box);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] d = new double[3];
        for (int i = 0; i < n; ) {
            c.type[i] = types[i];
            double y = rnd.nextDouble() * box.ly();
            double x = rnd.nextDouble() * box.lx() + y * box.xy() / box.ly();
            double z = box.dim() == 3 ? rnd.nextDouble() * box.lz() : 0;
            boolean ok = true;
            for (int j = 0; j < i && ok; j++) {
                d[0] = x - c.x[j]; d[1] = y - c.y[j]; d[2] = z - c.z[j];
                box.minimumImage(d);
                double m = minDist[types[i]][types[j]];
                ok = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] > m * m;
            }
            if (ok) { c.x[i] = x; c.y[i] = y; c.z[i] = z; i++; }
        }
        c.mass = new double[] {1, 1};
        return c;
    }

    static int[] binary(int n, double fractionOfType1, long seed) {
        int[] t = new int[n];
        int n1 = (int) Math.round(n * fractionOfType1);
        for (int i = 0; i < n1; i++) t[i] = 1;
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) { int k = r.nextInt(i + 1); int s = t[i]; t[i] = t[k]; t[k] = s; }
        return t;
    }

    static void compare(String what, LammpsRun.Result ours, LammpsRun.Result lmp) {
        double fErr = LammpsRun.maxRelativeForceError(ours, lmp);
        System.out.printf(Locale.ROOT, "%s: max force error / max force = %.3g, energy %.15g vs lmp %.15g, pxy %.15g vs lmp %.15g%n",
            what, fErr, ours.thermo()[0], lmp.thermo()[0], ours.thermo()[1], lmp.thermo()[1]);
        assertTrue(fErr < TOL, what + " forces: " + fErr);
        assertEquals(lmp.thermo()[0], ours.thermo()[0], TOL * Math.abs(lmp.thermo()[0]), what + " energy");
        double pScale = Math.abs(lmp.thermo()[2]) + Math.abs(lmp.thermo()[3]);
        assertEquals(lmp.thermo()[1], ours.thermo()[1], TOL * pScale, what + " pxy");
        assertEquals(lmp.thermo()[2], ours.thermo()[2], TOL * pScale, what + " pxx");
        double peErr = 0, peScale = 0;
        for (int i = 0; i < lmp.pe().length; i++) {
            peErr = Math.max(peErr, Math.abs(ours.pe()[i] - lmp.pe()[i]));
            peScale = Math.max(peScale, Math.abs(lmp.pe()[i]));
        }
        assertTrue(peErr < TOL * peScale, what + " per-atom energy: " + peErr / peScale);
    }

    static Path work(String name) throws Exception {
        return Files.createTempDirectory("glassdyn-" + name);
    }

    /**
     * Paper 000's Yukawa mixture (big d = 1, small d = 2/3, 20% small) as LAMMPS {@code pair_style yukawa} with
     * {@code A_ij = K d_ij exp(z d_ij)} and cutoff d_ij + 2, energy shifted.
     */
    @Test
    void hardCoreYukawaMatchesPairStyleYukawa() throws Exception {
        HardCoreYukawa u = new HardCoreYukawa();
        double[] d = {1, 2.0 / 3};
        Box box = new Box(3, 0, 0, 0, 8.0, 8.5, 7.5, 1.7);
        int n = 360;
        double[][] contact = new double[2][2];
        for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) contact[a][b] = HardCoreYukawa.contact(d[a], d[b]);
        Configuration c = random(box, binary(n, 0.2, 1), contact, 2);
        StringBuilder pair = new StringBuilder(String.format(Locale.ROOT, "pair_style yukawa %.17g 3.0%n", HardCoreYukawa.Z));
        for (int a = 0; a < 2; a++) for (int b = a; b < 2; b++) {
            double dij = contact[a][b];
            pair.append(String.format(Locale.ROOT, "pair_coeff %d %d %.17g %.17g%n", a + 1, b + 1,
                HardCoreYukawa.K * dij * Math.exp(HardCoreYukawa.Z * dij), dij + HardCoreYukawa.DEFAULT_RANGE));
        }
        pair.append("pair_modify shift yes");
        compare("hard-core-yukawa", LammpsRun.pairSum(c, u), LammpsRun.run(c, work("yukawa"), pair.toString()));
    }

    /** Paper 003's smoothed 2D LJ as LAMMPS {@code pair_style lj/smooth} (inner 2 sigma, outer 2.5 sigma, shifted). */
    @Test
    void smoothedLennardJones2DMatchesPairStyleLjSmooth() throws Exception {
        SmoothedLennardJones2D u = new SmoothedLennardJones2D();
        double[][] sig = {{SmoothedLennardJones2D.SIGMA_SS, 1}, {1, SmoothedLennardJones2D.SIGMA_LL}};
        double[][] eps = {{SmoothedLennardJones2D.EPSILON_SS, 1}, {1, SmoothedLennardJones2D.EPSILON_LL}};
        double[][] minD = new double[2][2];
        for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) minD[a][b] = 0.8 * sig[a][b];
        int n = 400;
        double l = Math.sqrt(n / 1.02);
        Box box = new Box(2, 0, 0, 0, l, l, 1, 0.37 * l);
        Configuration c = random(box, binary(n, 4472.0 / 10000, 3), minD, 4);
        StringBuilder pair = new StringBuilder("pair_style lj/smooth 2.0 2.5\n");
        for (int a = 0; a < 2; a++) for (int b = a; b < 2; b++)
            pair.append(String.format(Locale.ROOT, "pair_coeff %d %d %.17g %.17g %.17g %.17g%n", a + 1, b + 1,
                eps[a][b], sig[a][b], 2 * sig[a][b], 2.5 * sig[a][b]));
        pair.append("pair_modify shift yes");
        compare("lj-smooth-2d", LammpsRun.pairSum(c, u), LammpsRun.run(c, work("ljsmooth"), pair.toString()));
    }

    /** Paper 004's Stillinger-Weber (lambda = 18.75, reduced units) as LAMMPS {@code pair_style sw}. */
    @Test
    void stillingerWeberMatchesPairStyleSw() throws Exception {
        StillingerWeber sw = new StillingerWeber();
        int n = 300;
        double l = Math.cbrt(n / 0.52);
        Box box = new Box(3, 0, 0, 0, l, l, l, -0.3 * l);
        Configuration c = random(box, new int[n], new double[][] {{0.95}}, 5);
        c.mass = new double[] {1};
        Path dir = work("sw");
        Files.writeString(dir.resolve("glass.sw"), String.format(Locale.ROOT,
            "Si Si Si 1.0 1.0 %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g 0.0%n",
            StillingerWeber.CUT, sw.lambda(), StillingerWeber.GAMMA, StillingerWeber.COS0, StillingerWeber.A,
            StillingerWeber.B, StillingerWeber.P, StillingerWeber.Q));
        LammpsRun.Result lmp = LammpsRun.run(c, dir, "pair_style sw\npair_coeff * * glass.sw Si");
        int[] start = new int[n + 1], nb = new int[n * (n - 1)];
        for (int i = 0, s = 0; i < n; i++) {
            start[i] = s;
            for (int j = 0; j < n; j++) if (j != i) nb[s++] = j;
            start[i + 1] = s;
        }
        double[] fx = new double[n], fy = new double[n], fz = new double[n], pe = new double[n], w = new double[6];
        double e = sw.compute(box, n, c.x, c.y, c.z, start, nb, fx, fy, fz, pe, w);
        double v = box.volume();
        compare("stillinger-weber", new LammpsRun.Result(fx, fy, fz, pe, new double[] {e, w[3] / v, w[0] / v, w[1] / v}), lmp);
        // the same through the engine's full cell/Verlet list (which wraps the positions; LAMMPS's ids keep the order)
        double e2 = sw.compute(c, new NeighborList(sw.cutoff(), 0.3, true), fx, fy, fz, pe, w);
        compare("stillinger-weber (neighbour list)", new LammpsRun.Result(fx, fy, fz, pe, new double[] {e2, w[3] / v, w[0] / v, w[1] / v}), lmp);
        // and through the command line on the same data file LAMMPS read: glassdyn forces --potential stillinger-weber
        Path csv = dir.resolve("cli-forces.csv");
        glassdyn.TestEnvironment.Result cli = glassdyn.TestEnvironment.glassdyn(dir, 120, "forces", "--potential", "stillinger-weber",
            "--data", dir.resolve("conf.data").toString(), "--out", csv.toString(), "--threads", "1");
        org.junit.jupiter.api.Assertions.assertEquals(0, cli.exit(), cli.err());
        java.util.List<String> rows = Files.readAllLines(csv);
        double[] cfx = new double[n], cfy = new double[n], cfz = new double[n], cpe = new double[n];
        for (int r = 1; r < rows.size(); r++) {
            String[] f = rows.get(r).split(",");
            int i = Integer.parseInt(f[0]) - 1;
            cfx[i] = Double.parseDouble(f[2]); cfy[i] = Double.parseDouble(f[3]); cfz[i] = Double.parseDouble(f[4]); cpe[i] = Double.parseDouble(f[5]);
        }
        String json = cli.lastLine();
        double cliEnergy = Double.parseDouble(json.replaceAll(".*\"energy\":([-0-9.eE]+).*", "$1"));
        String[] p = json.replaceAll(".*\"pressure_tensor\":\\[([^\\]]*)\\].*", "$1").split(",");
        compare("stillinger-weber (forces command)", new LammpsRun.Result(cfx, cfy, cfz, cpe, new double[] {cliEnergy,
            Double.parseDouble(p[3]), Double.parseDouble(p[0]), Double.parseDouble(p[1])}), lmp);
    }
}
