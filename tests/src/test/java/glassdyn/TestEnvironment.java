package glassdyn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Where the checkout and the jar are, and a way to run commands with a time limit, for the integration tests. */
public final class TestEnvironment {
    private TestEnvironment() {}

    public static Path root() {
        String r = System.getProperty("glassdyn.root");
        Path p = r != null ? Path.of(r) : Path.of("..").toAbsolutePath().normalize();
        if (!Files.exists(p.resolve("environment/jdk.sh"))) p = Path.of("").toAbsolutePath().getParent();
        return p.toAbsolutePath().normalize();
    }

    public static Path jar() {
        String j = System.getProperty("glassdyn.jar");
        return j != null ? Path.of(j) : root().resolve("lib/target/glassdyn.jar");
    }

    /** The running JVM's java (JDK 25: the build enforces it). */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Output of a finished command: exit code, stdout, stderr. */
    public record Result(int exit, String out, String err) {
        public String lastLine() {
            String[] lines = out.strip().split("\\R");
            return lines.length == 0 ? "" : lines[lines.length - 1];
        }
    }

    /** Runs a command in {@code dir}, waits at most {@code seconds}, returns its exit code and output. */
    public static Result run(Path dir, long seconds, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("glassdyn-it", ".out");
        Path err = Files.createTempFile("glassdyn-it", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("command timed out after " + seconds + " s: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs the glassdyn command line ({@code java -jar glassdyn.jar ARGS}). */
    public static Result glassdyn(Path dir, long seconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return run(dir, seconds, cmd);
    }

    /** The command's absolute path on PATH, or fails the test saying what to install (never skips). */
    public static String require(String tool, String installHint) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) return p.toString();
        }
        throw new AssertionError(tool + " is not installed: " + installHint);
    }
}
