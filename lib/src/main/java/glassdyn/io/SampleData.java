package glassdyn.io;

import glassdyn.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The small data that ships in the checkout's {@code data/} folder (a sample Kob-Andersen trajectory written by
 * LAMMPS, the papers' reference values). Found through {@code $GLASSDYN_ROOT} (set by the notebook kernel), else the
 * working directory or its parent (notebooks run in {@code notebooks/}).
 */
public final class SampleData {
    private SampleData() {}

    /**
     * The Kob-Andersen sample trajectory, {@code data/samples/ka-sample.dump.gz}: N = 500, rho = 1.2, T = 0.8,
     * 201 frames 50 steps apart, written by {@code data/samples/ka-sample.in}.
     */
    public static Path kaTrajectory() { return file("samples/ka-sample.dump.gz"); }

    /** The MD time step of the sample trajectory (LJ units), from {@code data/samples/ka-sample.in}. */
    public static final double KA_SAMPLE_DT = 0.005;

    /** A file under {@code data/}, e.g. {@code samples/ka-sample.dump.gz}. */
    public static Path file(String relative) {
        List<Path> tried = new ArrayList<>();
        for (Path root : roots()) {
            Path p = root.resolve("data").resolve(relative);
            if (Files.isRegularFile(p)) return p;
            tried.add(p);
        }
        throw new InputException("data file " + relative + " not found (looked at " + tried
            + "); set GLASSDYN_ROOT to the glassdyn checkout");
    }

    private static List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        String env = System.getenv("GLASSDYN_ROOT");
        if (env != null && !env.isBlank()) roots.add(Path.of(env));
        Path cwd = Path.of("").toAbsolutePath();
        roots.add(cwd);
        if (cwd.getParent() != null) roots.add(cwd.getParent());
        return roots;
    }
}
