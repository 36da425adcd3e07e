package glassdyn.cli;

import glassdyn.protocols.LiquidPreparation;
import glassdyn.InputException;
import glassdyn.io.LammpsDataFile;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.potential.Potentials;
import glassdyn.space.Box;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code prepare}: an equilibrated liquid written as a LAMMPS data file (random start, push-off, Nose-Hoover). */
@Command(name = "prepare", mixinStandardHelpOptions = true,
    description = "Writes an equilibrated liquid configuration (random start, FIRE push-off, Nose-Hoover NVT) as a LAMMPS data file.")
public final class PrepareCommand implements Runnable {
    @Option(names = "--potential", required = true) String potential;
    @Option(names = "--n", required = true, description = "number of particles") int n;
    @Option(names = "--density", defaultValue = "1.2", description = "number density (default ${DEFAULT-VALUE})") double density;
    @Option(names = "--dim", defaultValue = "3") int dim;
    @Option(names = "--fraction-b", defaultValue = "0.2", description = "fraction of species 2 (default ${DEFAULT-VALUE}, Kob-Andersen 80:20)") double fractionB;
    @Option(names = "--temperature", required = true) double temperature;
    @Option(names = "--time", defaultValue = "10", description = "equilibration time in time units (default ${DEFAULT-VALUE})") double time;
    @Option(names = "--seed", defaultValue = "1") long seed;
    @Option(names = "--threads", description = "threads (default: all processors)") Integer threads;
    @Option(names = "--out", required = true, description = "LAMMPS data file to write (with velocities)") Path out;

    @Override
    public void run() {
        PairPotential p = Potentials.pair(potential);
        if (dim != 2 && dim != 3) throw InputException.parameter("--dim", "must be 2 or 3", dim);
        if (n < 2) throw InputException.parameter("--n", "must be at least 2", n);
        if (!(density > 0)) throw InputException.parameter("--density", "must be positive", density);
        if (!(fractionB >= 0 && fractionB <= 1)) throw InputException.parameter("--fraction-b", "must be in [0, 1]", fractionB);
        if (!(temperature > 0)) throw InputException.parameter("--temperature", "must be positive", temperature);
        if (!(time >= 0)) throw InputException.parameter("--time", "must be non-negative", time);
        int k = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (k < 1) throw InputException.parameter("--threads", "must be at least 1", k);
        double l = Math.pow(n / density, 1.0 / dim);
        int nb = (int) Math.round(fractionB * n);
        Configuration c = LiquidPreparation.liquid(p, Box.cubic(dim, l), nb > 0 ? new int[] {n - nb, nb} : new int[] {n},
            temperature, time, seed, k);
        LammpsDataFile.write(out, c, true, "glassdyn prepare " + potential + " n=" + n + " density=" + density + " T=" + temperature);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("n", n);
        s.put("box_length", l);
        s.put("out", out.toString());
        Main.summary(s);
    }
}
