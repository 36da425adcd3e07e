package glassdyn.plan;

import glassdyn.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code plan mesoelastic-kappa --engine lammps}: the liquid units run their decks through {@code lmp} one by one; the
 * figures that come from the liquids (F_s, tau_alpha, kappa, G, S(q), Eq. 3, mobility) must be byte-identical to the
 * export path ({@code export-lammps}, every deck through LAMMPS, {@code import-runs}, {@code reproduce --from}), which
 * runs the same decks; the transition figures differ by design (the plan runs transitions on glassdyn, the export
 * on LAMMPS).
 */
class PlanLammpsIT {
    static final List<String> LIQUID_FIGURES = List.of("fig3_ipl_relative_change.csv", "fig4_1_fs_msd.csv",
        "fig4_2_tau_alpha.csv", "fig4_3_kappa_G_relative.csv", "fig4_4_eq3.csv", "fig6_mobility_kappa.csv",
        "fig7_spearman.csv", "kappa_distribution.csv", "structure_factor.csv", "fig12_attractive_pairs.csv");

    @Test
    void liquidUnitsOnLammpsEqualTheExportPath(@TempDir Path tmp) throws Exception {
        TestEnvironment.require("lmp", "apt-get install lammps (environment/test-packages)");
        Path root = TestEnvironment.root();
        Path plan = tmp.resolve("plan"), fromPlan = tmp.resolve("from-plan"), export = tmp.resolve("export"), fromExport = tmp.resolve("from-export");
        TestEnvironment.Result p = TestEnvironment.glassdyn(root, 120, "plan", "mesoelastic-kappa", "--scale", "smoke",
            "--engine", "lammps", "--out", plan.toString());
        assertEquals(0, p.exit(), p.err());
        assertTrue(Files.readString(plan.resolve("units.tsv")).contains("LiquidStage (LAMMPS)"));
        for (String id : Files.readAllLines(plan.resolve("units.tsv")).stream().skip(1).map(l -> l.split("\t")[0]).toList()) {
            TestEnvironment.Result r = TestEnvironment.glassdyn(root, 300, "run-unit", plan.toString(), id);
            assertTrue(r.lastLine().contains("\"status\":\"done\""), id + ": " + r.out() + r.err());
        }
        assertEquals(0, TestEnvironment.glassdyn(root, 300, "reproduce", "mesoelastic-kappa", "--scale", "smoke", "--from",
            plan.toString(), "--out", fromPlan.toString()).exit());
        assertEquals(0, TestEnvironment.glassdyn(root, 120, "export-lammps", "mesoelastic-kappa", "--scale", "smoke", "--out",
            export.toString()).exit());
        TestEnvironment.Result jobs = TestEnvironment.run(root, 600, List.of(root.resolve("environment/run-lammps-jobs").toString(),
            export.toString(), "1"));
        assertEquals(0, jobs.exit(), jobs.out() + jobs.err());
        assertEquals(0, TestEnvironment.glassdyn(root, 120, "import-runs", export.toString()).exit());
        assertEquals(0, TestEnvironment.glassdyn(root, 300, "reproduce", "mesoelastic-kappa", "--scale", "smoke", "--from",
            export.toString(), "--out", fromExport.toString()).exit());
        for (String f : LIQUID_FIGURES)
            assertEquals(Files.readString(fromExport.resolve(f)), Files.readString(fromPlan.resolve(f)), f);
        // and the plan refuses a paper without LAMMPS units, in one line
        TestEnvironment.Result bad = TestEnvironment.glassdyn(root, 60, "plan", "epm-q", "--scale", "smoke", "--engine", "lammps",
            "--out", tmp.resolve("bad").toString());
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }
}
