package glassdyn.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs LAMMPS ({@code lmp}) on an input script in a directory; fails (never skips) when lmp is missing or fails. */
final class LammpsRun {
    private LammpsRun() {}

    static void run(Path dir, String script) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("in.lmp"), script);
        Process p;
        try {
            p = new ProcessBuilder("lmp", "-in", "in.lmp", "-log", "log.lammps", "-screen", "none")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("lmp.out").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("LAMMPS (lmp) is required for this test and could not be started: " + e.getMessage(), e);
        }
        int rc = p.waitFor();
        if (rc != 0) {
            String log = Files.exists(dir.resolve("log.lammps")) ? Files.readString(dir.resolve("log.lammps")) : Files.readString(dir.resolve("lmp.out"));
            throw new AssertionError("lmp failed with exit code " + rc + ":\n" + log.substring(Math.max(0, log.length() - 2000)));
        }
    }

    /** Numeric rows of a LAMMPS fix ave/time output file (comment lines skipped). */
    static List<double[]> rows(Path file) throws IOException {
        List<double[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] t = line.split("\\s+");
            double[] v = new double[t.length];
            for (int k = 0; k < t.length; k++) v[k] = Double.parseDouble(t[k]);
            out.add(v);
        }
        return out;
    }

    /** The Kob-Andersen 80:20 mixture (N = 500, density 1.2) from an fcc start, as a LAMMPS input prologue. */
    static String kobAndersen(int seed, double temperature) {
        return """
            units lj
            atom_style atomic
            boundary p p p
            lattice fcc 1.2
            region box block 0 5 0 5 0 5
            create_box 2 box
            create_atoms 1 box
            set type 1 type/subset 2 100 %d
            mass * 1.0
            pair_style lj/cut 2.5
            pair_coeff 1 1 1.0 1.0 2.5
            pair_coeff 1 2 1.5 0.8 2.0
            pair_coeff 2 2 0.5 0.88 2.2
            pair_modify shift yes
            neighbor 0.3 bin
            neigh_modify every 1 delay 0 check yes
            velocity all create %s %d dist gaussian
            timestep 0.005
            fix nvt all nvt temp %s %s 0.5
            """.formatted(seed, temperature, seed, temperature, temperature);
    }
}
