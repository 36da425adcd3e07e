package glassdyn.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code analyze} command line end to end: the CLI.md contract on the sample trajectory, and bad input. */
class AnalyzeCliIT {
    @TempDir Path dir;

    record Result(int exit, String stdout, List<String> errorLines) {
        String lastLine() { String[] l = stdout.strip().split("\\R"); return l[l.length - 1]; }
    }

    Result glassdyn(String... args) throws Exception {
        String jar = System.getProperty("glassdyn.jar");
        assertTrue(jar != null && Files.exists(Path.of(jar)), "glassdyn.jar must be built: " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt"), err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        // JVM and logging-library notices are not the command's output
        List<String> errors = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.startsWith("WARNING:") && !l.startsWith("SLF4J")).toList();
        return new Result(exit, Files.readString(out), errors);
    }

    static Path sample() { return Path.of(System.getProperty("glassdyn.root"), "data", "samples", "ka-sample.dump.gz"); }

    @Test
    void msdAndRdfFollowTheContract() throws Exception {
        Path msd = dir.resolve("msd.csv"), rdf = dir.resolve("rdf.csv");
        Result r = glassdyn("analyze", "msd", "--dump", sample().toString(), "--dt", "0.005", "--out", msd.toString());
        assertEquals(0, r.exit, String.join("\n", r.errorLines));
        assertTrue(r.lastLine().startsWith("{\"frames\":201,\"n\":500"), r.lastLine());
        List<String> lines = Files.readAllLines(msd);
        assertEquals("t,msd", lines.get(0));
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals(50.0, Double.parseDouble(last[0]), 1e-12, "full span 10000 steps x 0.005");
        r = glassdyn("analyze", "rdf", "--dump", sample().toString(), "--rmax", "3", "--bins", "60", "--out", rdf.toString());
        assertEquals(0, r.exit, String.join("\n", r.errorLines));
        assertTrue(r.lastLine().contains("\"frames\":201"), r.lastLine());
        lines = Files.readAllLines(rdf);
        assertEquals("r,g", lines.get(0), "CLI.md: analyze rdf writes CSV r,g");
        assertEquals(61, lines.size());
        // the KA liquid's first peak sits near r = 1 (A-A distance) with g well above 2
        double peak = 0, at = 0;
        for (String l : lines.subList(1, lines.size())) { String[] v = l.split(","); double g = Double.parseDouble(v[1]); if (g > peak) { peak = g; at = Double.parseDouble(v[0]); } }
        assertTrue(peak > 2 && at > 0.95 && at < 1.15, "peak " + peak + " at " + at);
    }

    @Test
    void tableOnStdoutSelectionsDriftAndUnresolvedTimes() throws Exception {
        // no --out: the CSV table on stdout, the JSON summary last
        Result r = glassdyn("analyze", "rdf", "--dump", sample().toString(), "--rmax", "2", "--bins", "8", "--stop", "3", "--coord");
        assertEquals(0, r.exit, String.join("\n", r.errorLines));
        String[] out = r.stdout.strip().split("\\R");
        assertEquals("r,g,coord", out[0], "--coord adds the coordination number column");
        assertEquals(10, out.length, r.stdout);
        assertTrue(r.lastLine().startsWith("{\"frames\":3,\"n\":500"), r.lastLine());
        // frame selection and type selection (type 2 of the KA sample: 100 particles), drift removal
        r = glassdyn("analyze", "msd", "--dump", sample().toString(), "--start", "100", "--stop", "150", "--step", "2", "--types", "2",
            "--remove-drift", "--out", dir.resolve("m.csv").toString());
        assertEquals(0, r.exit, String.join("\n", r.errorLines));
        assertTrue(r.lastLine().startsWith("{\"frames\":25,\"n\":100"), r.lastLine());
        // five frames: F_s never reaches 1/e, so tau_alpha is null with the reason
        r = glassdyn("analyze", "fsqt", "--dump", sample().toString(), "--stop", "5", "--out", dir.resolve("f.csv").toString());
        assertEquals(0, r.exit, String.join("\n", r.errorLines));
        assertTrue(r.lastLine().contains("\"tau_alpha\":null") && r.lastLine().contains("later than the sampled window"), r.lastLine());
        // the format comes from the content: a gzipped dump under a name that says nothing
        Path anon = dir.resolve("trajectory.bin");
        Files.copy(sample(), anon);
        r = glassdyn("analyze", "info", "--dump", anon.toString());
        assertEquals(0, r.exit, String.join("\n", r.errorLines));
        assertTrue(r.lastLine().contains("\"frames\":201") && r.lastLine().contains("\"format\":\"lammps-dump\""), r.lastLine());
        r = glassdyn("analyze", "info", "--dump", anon.toString(), "--format", "gsd");
        assertEquals(2, r.exit);
        assertTrue(r.errorLines.size() == 1 && r.errorLines.get(0).contains("magic"), r.errorLines.toString());
    }

    static final String BOX = "ITEM: BOX BOUNDS pp pp pp\n0 5\n0 5\n0 5\n";

    static String frame(long step, String cols, String atoms) {
        return "ITEM: TIMESTEP\n" + step + "\nITEM: NUMBER OF ATOMS\n2\n" + BOX + "ITEM: ATOMS " + cols + "\n" + atoms;
    }

    void assertBadInput(Path file, String expectLocation, String expectValue, String... command) throws Exception {
        Path out = dir.resolve("out.csv");
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--out", out.toString()));
        Result r = glassdyn(args.toArray(new String[0]));
        assertEquals(2, r.exit, "exit code for bad input; stderr: " + r.errorLines);
        assertEquals(1, r.errorLines.size(), "one line of error: " + r.errorLines);
        String line = r.errorLines.get(0);
        assertTrue(line.contains(file.getFileName() + expectLocation), "names file and line: " + line);
        if (expectValue != null) assertTrue(line.contains("'" + expectValue + "'"), "names the value: " + line);
        assertFalse(Files.exists(out), "no partial output");
        try (var s = Files.list(dir)) { assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".out.csv")), "no temporary left behind"); }
    }

    @Test
    void badInputGivesOneLineNamingFileLineAndValue() throws Exception {
        Path truncated = dir.resolve("truncated.dump");
        Files.writeString(truncated, frame(0, "id type x y z", "1 1 1 1 1\n2 1 2 2 2\n") + frame(10, "id type x y z", "1 1 1 1 1\n"));
        assertBadInput(truncated, ":22", "end of file", "analyze", "msd", "--dump", truncated.toString());

        Path nan = dir.resolve("nan.dump");
        Files.writeString(nan, frame(0, "id type x y z", "1 1 1 1 1\n2 1 2 NaN 2\n"));
        assertBadInput(nan, ":11", "NaN", "analyze", "rdf", "--dump", nan.toString(), "--rmax", "2", "--bins", "10");

        Path nocoords = dir.resolve("nocoords.dump");
        Files.writeString(nocoords, frame(0, "id type vx vy vz", "1 1 1 1 1\n2 1 2 2 2\n"));
        assertBadInput(nocoords, ":9", "ITEM: ATOMS id type vx vy vz", "analyze", "msd", "--dump", nocoords.toString());

        Path missing = dir.resolve("missing.dump");
        assertBadInput(missing, "", null, "analyze", "chi4", "--dump", missing.toString());

        Path garbled = dir.resolve("garbled.data");
        Files.writeString(garbled, "LAMMPS data file\n\n2 atoms\n2 atom types\n\n0 5 xlo xhi\n0 5 ylo yhi\n0 5 zlo zhi\n\nAtoms # atomic\n\n1 1 0.5 0.5 0.5\n2 1 1.5 banana 0.5\n");
        assertBadInput(garbled, ":13", "banana", "analyze", "stress", "--potential", "kob-andersen", "--data", garbled.toString());
    }
}
