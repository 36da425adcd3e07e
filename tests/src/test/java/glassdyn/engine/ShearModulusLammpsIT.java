package glassdyn.engine;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code elastic} command's G_xy (Born minus non-affine, paper 004 Eq. A1) against LAMMPS: the slope of the
 * relaxed shear stress {@code -pxy} under strains of +-1e-6 ({@code change_box all xy delta ... remap}, each state
 * re-minimised with {@code min_style cg}, {@code minimize 0 1e-14}), on a Kob-Andersen glass quenched by
 * {@code glassdyn minimize}; 2D and 3D, to 1e-4 relative. Also exercises the CLI contract (last line JSON with G,
 * kappa, energy; kappa null without --dipoles; the energy equal to LAMMPS's; kappa reproducible by seed and equal for
 * the dense and CG solvers; a one-line error and exit 2 for an unquenched liquid).
 * (In this package to share {@link Processes} with the engine's LAMMPS checks.)
 */
class ShearModulusLammpsIT {
    static final double STRAIN = 1e-6;

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void gEqualsLammpsRelaxedStressSlope(int dim) throws Exception {
        String d = Integer.toString(dim);
        int n = dim == 2 ? 256 : 200;
        Processes.Result prep = Processes.glassdyn(dir, "prepare", "--potential", "kob-andersen", "--n", Integer.toString(n),
            "--dim", d, "--temperature", "1.0", "--time", "0.5", "--seed", "5", "--out", "liquid.data", "--threads", "1",
            "--fraction-b", dim == 2 ? "0.35" : "0.2");
        assertEquals(0, prep.exit(), prep.stderr());
        Processes.Result min = Processes.glassdyn(dir, "minimize", "--potential", "kob-andersen", "--data", "liquid.data",
            "--dim", d, "--force-tolerance", "1e-11", "--out", "glass.data", "--threads", "1");
        assertEquals(0, min.exit(), min.stderr());
        Processes.Result el = Processes.glassdyn(dir, "elastic", "--potential", "kob-andersen", "--data", "glass.data",
            "--dim", d, "--threads", "1");
        assertEquals(0, el.exit(), el.stderr());
        String json = el.lastLine();
        assertTrue(json.startsWith("{\"G\":") && json.contains("\"kappa\":null,\"energy\":"), json);
        double g = Processes.jsonNumber(json, "G_xy");
        // kappa: same seed, same pairs; the dense and the CG solves agree; G does not depend on the solver
        double[] kappa = new double[2];
        String[] solvers = {"dense", "cg"};
        for (int s = 0; s < 2; s++) {
            Processes.Result k = Processes.glassdyn(dir, "elastic", "--potential", "kob-andersen", "--data", "glass.data",
                "--dim", d, "--threads", "1", "--dipoles", "10", "--seed", "3", "--solver", solvers[s]);
            assertEquals(0, k.exit(), k.stderr());
            kappa[s] = Processes.jsonNumber(k.lastLine(), "kappa");
            assertEquals(g, Processes.jsonNumber(k.lastLine(), "G_xy"), 1e-9 * g);
        }
        assertTrue(kappa[0] > 0);
        assertEquals(kappa[0], kappa[1], 1e-9 * kappa[0], "mean kappa, dense vs CG");
        Processes.Result bad = Processes.glassdyn(dir, "elastic", "--potential", "kob-andersen", "--data", "liquid.data",
            "--dim", d, "--threads", "1");
        assertEquals(2, bad.exit(), "an unquenched liquid is bad input: " + bad.stdout());
        assertTrue(bad.stderr().strip().lines().count() == 1 && bad.stderr().contains("--minimize"), bad.stderr());

        String input = String.join("\n",
            "units lj", "dimension " + dim, "boundary p p p", "atom_style atomic",
            "read_data glass.data",
            "change_box all triclinic",
            "pair_style lj/cut 2.5", "pair_modify shift yes",
            "pair_coeff 1 1 1.0 1.0 2.5", "pair_coeff 1 2 1.5 0.8 2.0", "pair_coeff 2 2 0.5 0.88 2.2",
            "neighbor 0.3 bin", "neigh_modify every 1 delay 0 check yes",
            "compute p all pressure NULL virial",
            "thermo_style custom step pe fmax c_p[4]", "thermo_modify norm no",
            "min_style cg",
            "minimize 0 1e-14 100000 1000000",
            "print \"BASE $(pe:%.17g) $(fmax:%.6g) $(c_p[4]:%.17g)\"",
            "variable dxy equal " + STRAIN + "*ly",
            "change_box all xy delta ${dxy} remap units box",
            "minimize 0 1e-14 100000 1000000",
            "print \"PLUS $(c_p[4]:%.17g) $(fmax:%.6g)\"",
            "variable dxy2 equal -2*" + STRAIN + "*ly",
            "change_box all xy delta ${dxy2} remap units box",
            "minimize 0 1e-14 100000 1000000",
            "print \"MINUS $(c_p[4]:%.17g) $(fmax:%.6g)\"",
            "");
        Processes.Result r = Processes.lammps(dir, input, 1);
        String[] base = line(r, "BASE "), plus = line(r, "PLUS "), minus = line(r, "MINUS ");
        double slope = -(Double.parseDouble(plus[1]) - Double.parseDouble(minus[1])) / (2 * STRAIN);
        System.out.printf("%dD N=%d: glassdyn G_xy = %.10g, LAMMPS relaxed stress slope = %.10g (fmax %s, %s, %s),"
                + " relative difference %.2e%n", dim, n, g, slope, base[2], plus[2], minus[2], Math.abs(g - slope) / Math.abs(slope));
        assertEquals(slope, g, 1e-4 * Math.abs(slope));
        double e = Processes.jsonNumber(json, "energy");
        assertEquals(Double.parseDouble(base[1]), e, 1e-8 * Math.abs(e), "energy of the inherent structure");
    }

    private static String[] line(Processes.Result r, String prefix) {
        return r.stdout().lines().filter(s -> s.startsWith(prefix)).reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("no " + prefix + "line from LAMMPS:\n" + r.stdout())).split("\\s+");
    }
}
