package glassdyn.cli;

import glassdyn.force.ForceField;
import glassdyn.InputException;
import glassdyn.io.LammpsDataFile;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code minimize}: FIRE 2.0 to an inherent structure. */
@Command(name = "minimize", mixinStandardHelpOptions = true,
    description = "FIRE 2.0 energy minimisation to an inherent structure.")
public final class MinimizeCommand implements Runnable {
    @Mixin ModelOptions model;

    @Option(names = "--out", description = "the minimised configuration as a LAMMPS data file")
    Path out;

    @Option(names = "--force-tolerance", defaultValue = "1e-10", description = "stop when the largest force is below this (default ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--max-iterations", defaultValue = "1000000", description = "iteration cap (default ${DEFAULT-VALUE})")
    long maxIterations;

    @Override
    public void run() {
        int threads = model.threadCount();
        if (!(tolerance > 0)) throw InputException.parameter("--force-tolerance", "must be positive", tolerance);
        if (maxIterations < 1) throw InputException.parameter("--max-iterations", "must be at least 1", maxIterations);
        Configuration c = model.read().configuration();
        Map<String, Object> summary = new LinkedHashMap<>();
        try (ForceField ff = model.forceField(0.3, threads)) {
            Fire.Result r = new Fire().minimize(c, ff, tolerance, maxIterations);
            c.requireFinite("minimize");
            if (out != null) LammpsDataFile.write(out, c, false, "glassdyn minimize (FIRE 2.0), max force " + r.maxForce());
            summary.put("energy", r.energy());
            summary.put("max_force", r.maxForce());
            summary.put("iterations", r.iterations());
            summary.put("converged", r.converged());
        }
        Main.summary(summary);
    }
}
