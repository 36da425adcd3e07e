package glassdyn.io;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a Python script with the Debian interpreter ({@code /usr/bin/python3}, where the {@code python3-*} packages
 * of {@code environment/test-packages} install) so test fixtures are written by the real tools (gsd, ASE, h5py,
 * numpy) at test time. A test is skipped only when a module is genuinely absent AND its Debian package is listed in
 * {@code environment/test-packages} (so {@code environment/test}, and CI, install it and the test runs there);
 * otherwise a missing module fails the test.
 */
public final class PythonTool {
    private PythonTool() {}

    public static String interpreter() { return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3"; }

    /** Skips (see class comment) unless every module imports; {@code debianPackage} names the package that provides them. */
    public static void require(String debianPackage, String... modules) {
        String imports = "import " + String.join(", ", modules);
        boolean ok;
        try {
            Process p = new ProcessBuilder(interpreter(), "-c", imports).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            ok = false;
        }
        if (ok) return;
        boolean listed = false;
        for (Path d = Path.of("").toAbsolutePath(); d != null && !listed; d = d.getParent()) {
            Path f = d.resolve("environment/test-packages");
            if (Files.exists(f)) {
                try {
                    listed = Files.readAllLines(f).stream().map(l -> l.replaceAll("#.*", "").strip()).anyMatch(debianPackage::equals);
                } catch (IOException e) { throw new AssertionError(e); }
                break;
            }
        }
        if (!listed) throw new AssertionError("'" + imports + "' failed and " + debianPackage + " is not in environment/test-packages");
        Assumptions.abort(debianPackage + " is not installed here (environment/test installs it): " + imports + " failed");
    }

    /** Runs {@code script} (written to {@code dir}) with arguments; returns stdout; fails with the output on error. */
    public static String run(Path dir, String name, String script, String... args) throws IOException, InterruptedException {
        Path f = dir.resolve(name);
        Files.writeString(f, script);
        List<String> cmd = new ArrayList<>(List.of(interpreter(), f.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve(name + ".out"), err = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int rc = p.waitFor();
        if (rc != 0) throw new AssertionError(name + " failed (" + rc + "):\n" + Files.readString(err) + Files.readString(out));
        return Files.readString(out);
    }
}
