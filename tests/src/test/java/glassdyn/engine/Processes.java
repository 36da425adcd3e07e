package glassdyn.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/** Runs the glassdyn jar and LAMMPS as external processes for the integration tests. */
final class Processes {
    private Processes() {}

    record Result(int exit, String stdout, String stderr) {
        /** The last line of standard output (the command's JSON summary). */
        String lastLine() {
            String[] lines = stdout.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    static Path jar() {
        String p = System.getProperty("glassdyn.jar");
        if (p == null) fail("system property glassdyn.jar is not set (run through maven failsafe)");
        return Path.of(p);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code java -jar glassdyn.jar args...} in {@code dir}. */
    static Result glassdyn(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return run(dir, cmd);
    }

    /** Runs {@code java JVM-OPTIONS -jar glassdyn.jar args...} in {@code dir}. */
    static Result glassdyn(Path dir, List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return run(dir, cmd);
    }

    /** Runs LAMMPS ({@code lmp}) on an input script in {@code dir}; fails when lmp is missing or errs. */
    static Result lammps(Path dir, String input, int ranks) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("in.lmp"), input);
        List<String> cmd = new ArrayList<>();
        if (ranks > 1) cmd.addAll(List.of("mpirun", "--allow-run-as-root", "-np", Integer.toString(ranks)));
        cmd.addAll(List.of("lmp", "-in", "in.lmp", "-log", "log.lammps", "-nocite"));
        Result r;
        try {
            r = run(dir, cmd);
        } catch (IOException e) {
            fail("LAMMPS (lmp) is required for this test and could not be started: " + e.getMessage());
            throw e;
        }
        if (r.exit != 0) fail("lmp failed (exit " + r.exit + "):\n" + r.stdout + "\n" + r.stderr);
        return r;
    }

    static Result run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Path out = Files.createTempFile(dir, "stdout", ".txt"), err = Files.createTempFile(dir, "stderr", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        int exit = p.waitFor();
        return new Result(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A number field of a flat JSON object line. */
    static double jsonNumber(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.eE+-]+)").matcher(json);
        if (!m.find()) fail("no numeric field " + key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    /** A numeric array field of a flat JSON object line. */
    static double[] jsonArray(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\[([^\\]]*)\\]").matcher(json);
        if (!m.find()) fail("no array field " + key + " in " + json);
        String[] t = m.group(1).split(",");
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) v[i] = Double.parseDouble(t[i]);
        return v;
    }
}
