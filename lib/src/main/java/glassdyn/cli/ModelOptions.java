package glassdyn.cli;

import glassdyn.InputException;
import glassdyn.io.LammpsDataFile;
import glassdyn.potential.PairPotential;
import glassdyn.potential.Potentials;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options shared by the engine commands: potential, data file, dimension, threads. */
public final class ModelOptions {
    @Option(names = "--potential", required = true, description = "potential name (see the potentials command)")
    String potential;

    @Option(names = "--data", required = true, description = "LAMMPS data file (atom style atomic)")
    Path data;

    @Option(names = "--dim", defaultValue = "3", description = "dimension, 2 or 3 (default ${DEFAULT-VALUE}); a 2D file has z = 0")
    int dim;

    @Option(names = "--threads", description = "threads for the force loop (default: all available processors)")
    Integer threads;

    /** Checks the options and returns the pair potential (an InputException naming the bad value otherwise). */
    public PairPotential pairPotential() {
        if (dim != 2 && dim != 3) throw InputException.parameter("--dim", "must be 2 or 3", dim);
        return Potentials.pair(potential);
    }

    /** Checks the options and returns the named potential, pair or many-body (e.g. {@code StillingerWeber}). */
    public Object anyPotential() {
        if (dim != 2 && dim != 3) throw InputException.parameter("--dim", "must be 2 or 3", dim);
        return Potentials.create(potential);
    }

    /**
     * The force field of the named potential: a pair potential's, or a many-body style ({@code stillinger-weber}: the
     * engine's {@link glassdyn.force.StillingerWeberForce}) on a full list.
     */
    public glassdyn.force.ForceField forceField(double skin, int threads) {
        Object p = anyPotential();
        if (p instanceof glassdyn.potential.StillingerWeber sw)
            return new glassdyn.force.ForceField(new glassdyn.force.StillingerWeberForce(sw), skin, threads);
        if (p instanceof glassdyn.potential.PairPotential pair) return new glassdyn.force.ForceField(pair, skin, threads);
        throw InputException.parameter("--potential", "has no force field", potential);
    }

    public int threadCount() {
        if (threads == null) return Runtime.getRuntime().availableProcessors();
        if (threads < 1) throw InputException.parameter("--threads", "must be at least 1", threads);
        return threads;
    }

    public LammpsDataFile.Contents read() { return LammpsDataFile.readContents(data, dim); }
}
