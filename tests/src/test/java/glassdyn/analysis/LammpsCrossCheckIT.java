package glassdyn.analysis;

import glassdyn.io.LammpsDumpReader;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MSD and g(r) against LAMMPS's own computes on one LAMMPS run of the Kob-Andersen mixture at T = 2 (hot, so
 * particles cross the periodic boundaries many times): {@code compute msd} at the full-span lag for dumps written
 * wrapped + image flags, scaled + image flags and unwrapped, all unsorted; {@code compute rdf 50 cutoff 2.5} averaged
 * by {@code fix ave/time} over the same frames.
 */
class LammpsCrossCheckIT {
    static Path dir;
    static final int EVERY = 100, STEPS = 2000;

    @BeforeAll
    static void runLammps() throws Exception {
        dir = Files.createTempDirectory("glassdyn-lmp-xcheck");
        String script = LammpsRun.kobAndersen(4242, 2.0) + """
            run 500
            reset_timestep 0
            atom_modify sort 0 0.0
            compute msd all msd
            compute rdf all rdf 50 cutoff 2.5
            fix msdout all ave/time %1$d 1 %2$d c_msd[4] file msd.out format " %%.17g"
            fix rdfout all ave/time %1$d 20 %2$d c_rdf[*] file rdf.out mode vector format " %%.17g"
            dump wrapped all custom %1$d wrapped.dump id type x y z ix iy iz
            dump scaled all custom %1$d scaled.dump type ix iy iz id xs ys zs
            dump unwrapped all custom %1$d unwrapped.dump.gz zu id yu xu type
            dump_modify wrapped format float %%.17g
            dump_modify scaled format float %%.17g
            dump_modify unwrapped format float %%.17g
            run %2$d
            undump wrapped
            undump scaled
            undump unwrapped
            unfix msdout
            unfix rdfout
            write_data final.data
            compute s all stress/atom NULL virial
            compute pe all pe/atom
            dump st all custom 1 stress.dump id c_pe c_s[1] c_s[2] c_s[3] c_s[4] c_s[5] c_s[6]
            dump_modify st format float %%.17g
            run 0
            """.formatted(EVERY, STEPS);
        // "atom_modify sort 0" is ignored after the box exists in some versions; unsortedness is asserted below anyway
        script = script.replace("atom_modify sort 0 0.0\n", "");
        LammpsRun.run(dir, script);
    }

    @org.junit.jupiter.api.AfterAll
    static void clean() throws Exception {
        try (var s = Files.walk(dir)) { s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
    }

    static double lammpsMsd() throws Exception {
        List<double[]> rows = LammpsRun.rows(dir.resolve("msd.out"));
        double[] last = rows.get(rows.size() - 1);
        assertEquals(STEPS, (long) last[0], "last msd row step");
        return last[1];
    }

    void checkMsd(String dump) throws Exception {
        double reference = lammpsMsd();
        Table t;
        try (Trajectory tr = new LammpsDumpReader(dir.resolve(dump), 0.005)) { t = new MeanSquareDisplacement().compute(tr); }
        int last = t.rowCount() - 1;
        assertEquals(STEPS * 0.005, t.doubleColumn("t").get(last), 1e-12, "full-span lag");
        double msd = t.doubleColumn("msd").get(last);
        assertTrue(reference > 1, "particles must travel (got LAMMPS msd " + reference + ")");
        System.out.printf("msd %s: glassdyn %.15g LAMMPS %.15g relative difference %.2e%n", dump, msd, reference, Math.abs(msd / reference - 1));
        assertEquals(reference, msd, 1e-6 * reference, dump + ": msd at the full-span lag vs LAMMPS compute msd");
    }

    @Test void msdWrappedWithImageFlags() throws Exception { checkMsd("wrapped.dump"); }

    @Test void msdScaledWithImageFlags() throws Exception { checkMsd("scaled.dump"); }

    @Test void msdUnwrappedGzipped() throws Exception { checkMsd("unwrapped.dump.gz"); }

    @Test
    void dumpsAreUnsortedAndCrossBoundaries() throws Exception {
        // the dumps exercise the id sort: LAMMPS writes atoms in memory order, which its spatial sort scrambles
        List<String> lines = Files.readAllLines(dir.resolve("wrapped.dump"));
        int outOfOrder = 0, images = 0, prev = 0;
        for (String l : lines) {
            String[] t = l.strip().split("\\s+");
            if (t.length != 8 || l.startsWith("ITEM")) { prev = 0; continue; }
            int id = Integer.parseInt(t[0]);
            if (id < prev) outOfOrder++;
            prev = id;
            if (!t[5].equals("0") || !t[6].equals("0") || !t[7].equals("0")) images++;
        }
        assertTrue(outOfOrder > 100, "dump atoms should be unsorted, out-of-order lines: " + outOfOrder);
        assertTrue(images > 1000, "atoms should have crossed boundaries, non-zero image lines: " + images);
    }

    @Test
    void atomicStressMatchesLammpsStressAtom() throws Exception {
        glassdyn.particles.Configuration c = glassdyn.io.LammpsDataFile.read(dir.resolve("final.data"), 3);
        Table t = new AtomicStress(glassdyn.potential.Potentials.pair("kob-andersen"), 2).compute(c);
        java.util.Map<Integer, Integer> row = new java.util.HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) row.put(t.intColumn("id").get(r), r);
        double omega = c.box.volume() / c.n;
        String[] cols = {"pe", "sigma_xx", "sigma_yy", "sigma_zz", "sigma_xy", "sigma_xz", "sigma_yz"};
        List<String> lines = Files.readAllLines(dir.resolve("stress.dump"));
        double worst = 0, scale = 0;
        int atoms = 0;
        for (String l : lines.subList(9, lines.size())) {
            String[] v = l.strip().split("\\s+");
            int r = row.get(Integer.parseInt(v[0]));
            for (int k = 0; k < 7; k++) {
                double lammps = Double.parseDouble(v[1 + k]);
                double ours = k == 0 ? t.doubleColumn("pe").get(r) : -t.doubleColumn(cols[k]).get(r) * omega;
                worst = Math.max(worst, Math.abs(ours - lammps));
                scale = Math.max(scale, Math.abs(lammps));
            }
            atoms++;
        }
        assertEquals(500, atoms);
        System.out.printf("atomic stress vs LAMMPS stress/atom and pe/atom: worst absolute difference %.2e (largest value %.2e)%n", worst, scale);
        assertTrue(worst < 1e-9 * scale, "worst " + worst + " of " + scale);
    }

    @Test
    void rdfMatchesLammpsComputeRdf() throws Exception {
        List<double[]> rows = LammpsRun.rows(dir.resolve("rdf.out"));
        // fix ave/time mode vector: a "step nrows" line, then rows "bin r g coord"
        assertEquals(STEPS, (long) rows.get(0)[0]);
        List<Frame> frames = new ArrayList<>();
        try (Trajectory tr = new LammpsDumpReader(dir.resolve("wrapped.dump"))) {
            // fix ave/time 100 20 2000 averages steps 100, 200, ..., 2000
            for (Frame f : tr) if (f.step() > 0) frames.add(f);
        }
        assertEquals(20, frames.size());
        Table g = new RadialDistribution(2.5, 50).threads(2).compute(Trajectory.of(frames));
        double worst = 0;
        for (int k = 0; k < 50; k++) {
            double[] ref = rows.get(1 + k);
            if (ref[2] > 0) worst = Math.max(worst, Math.abs(g.doubleColumn("g").get(k) / ref[2] - 1));
            assertEquals(ref[1], g.doubleColumn("r").get(k), 1e-12, "bin centre " + k);
            assertEquals(ref[2], g.doubleColumn("g").get(k), 1e-6 * Math.max(ref[2], 1e-3), "g at bin " + k);
        }
        System.out.printf("g(r) vs LAMMPS compute rdf: worst relative difference over 50 bins %.2e%n", worst);
    }
}
