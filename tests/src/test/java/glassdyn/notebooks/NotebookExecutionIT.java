package glassdyn.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import glassdyn.TestEnvironment;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Executes every notebook in {@code notebooks/} at the smoke scale through the real glassdyn-java kernel
 * ({@code environment/run-notebooks}), fails on any error output, keeps executed notebooks under 8 MB, and opens the
 * exported HTML in headless Chromium with the network cut off to check that every plot was drawn (plotly.js offline).
 * Jupyter and Chromium are installed by {@code environment/test} and {@code .ci/run}; without them this fails, it never skips.
 *
 * <p>No figure may be silently empty: a plot with no trace ({@code data-traces="0"}, or the text "plot with 0 traces")
 * or a table with no row ({@code data-rows="0"}) fails the notebook, unless the same cell's output says why with the
 * words {@value #EXPLAINED_EMPTY} (e.g. "empty at this scale: no complete cluster at N = 500").
 */
class NotebookExecutionIT {
    static final long MAX_NOTEBOOK_BYTES = 8_000_000L;
    static final String EXPLAINED_EMPTY = "empty at this scale";
    static final Pattern EMPTY_OUTPUT = Pattern.compile("data-traces=\"0\"|data-rows=\"0\"|plot with 0 traces");
    static final Pattern PLOT_CONTAINER = Pattern.compile("class=\"plot-container plotly\"");

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsAndPlotsOffline() throws Exception {
        Path root = TestEnvironment.root();
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(root.resolve("notebooks"))) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertTrue(!notebooks.isEmpty(), "no notebooks in " + root.resolve("notebooks"));
        return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> check(root, nb)));
    }

    private static void check(Path root, Path notebook) throws Exception {
        String name = notebook.getFileName().toString().replace(".ipynb", "");
        TestEnvironment.Result r = TestEnvironment.run(root, 1500,
            List.of(root.resolve("environment/run-notebooks").toString(), "--scale", "smoke", notebook.toString()));
        if (r.exit() != 0) fail("notebook " + name + " failed (exit " + r.exit() + "):\n" + tail(r.out() + r.err(), 40));

        Path executed = root.resolve("build/notebooks/" + name + ".ipynb");
        Path html = root.resolve("build/notebooks/" + name + ".html");
        assertTrue(Files.size(executed) < MAX_NOTEBOOK_BYTES, name + ".ipynb is " + Files.size(executed) + " bytes (limit 8 MB)");

        JsonNode nb = new ObjectMapper().readTree(executed.toFile());
        int figures = 0;
        List<String> problems = new ArrayList<>();
        int cellNo = 0;
        for (JsonNode cell : nb.get("cells")) {
            if (!"code".equals(cell.get("cell_type").asText())) continue;
            cellNo++;
            StringBuilder cellText = new StringBuilder();
            for (JsonNode out : cell.path("outputs"))
                cellText.append(join(out.path("text"))).append(join(out.path("data").path("text/plain")))
                    .append(join(out.path("data").path("text/html")));
            if (EMPTY_OUTPUT.matcher(cellText).find() && !cellText.toString().contains(EXPLAINED_EMPTY))
                problems.add("cell " + cellNo + ": an empty plot or table with no '" + EXPLAINED_EMPTY + "' explanation: "
                    + join(cell.path("source")).lines().findFirst().orElse(""));
            for (JsonNode out : cell.path("outputs")) {
                String type = out.path("output_type").asText();
                if ("error".equals(type)) problems.add("cell " + cellNo + ": " + out.path("ename").asText() + ": " + out.path("evalue").asText());
                if ("stream".equals(type) && "stderr".equals(out.path("name").asText())) {
                    String text = join(out.path("text"));
                    if (text.contains("Exception") || text.contains("Error:") || text.contains("SLF4J"))
                        problems.add("cell " + cellNo + " stderr: " + text.strip().lines().findFirst().orElse(""));
                }
                String htmlOut = join(out.path("data").path("text/html"));
                if (htmlOut.contains("Plotly.newPlot")) figures++;
            }
        }
        assertTrue(problems.isEmpty(), name + " has error output or empty figures: " + problems);

        if (figures > 0) {
            String dom = renderOffline(root, html);
            assertEquals(figures, countPlots(dom), name + ".html: plots drawn by plotly.js in headless Chromium without network");
            assertTrue(dom.contains("class=\"main-svg\""), name + ".html: no plot SVG in the rendered page");
            int live = countPlots(renderLive(root, executed));
            assertEquals(figures, live, name + ".ipynb opened in the live notebook page (require.js loaded): plots drawn");
        }
    }

    private static int countPlots(String dom) {
        Matcher m = PLOT_CONTAINER.matcher(dom);
        int drawn = 0;
        while (m.find()) drawn++;
        return drawn;
    }

    /**
     * The DOM of the executed notebook as the classic Jupyter notebook page shows it (a local server on a free port,
     * no token), where require.js is loaded: plotly.js must still define its global and draw.
     */
    static String renderLive(Path root, Path executed) throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) { port = s.getLocalPort(); }
        String jupyter = TestEnvironment.require("jupyter", "sudo apt-get install -y jupyter-notebook");
        Path log = Files.createTempFile("glassdyn-nbserver", ".log");
        Process server = new ProcessBuilder(jupyter, "notebook", "--no-browser", "--allow-root", "--port", String.valueOf(port),
            "--ip", "127.0.0.1", "--NotebookApp.token=", "--NotebookApp.password=", "--NotebookApp.port_retries=0")
            .directory(executed.getParent().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!Files.readString(log).contains(":" + port + "/")) {
                if (!server.isAlive() || System.currentTimeMillis() > deadline)
                    fail("jupyter notebook server did not start: " + tail(Files.readString(log), 10));
                Thread.sleep(200);
            }
            String chromium = TestEnvironment.require("chromium", "sudo apt-get install -y chromium");
            Path profile = Files.createTempDirectory("glassdyn-chromium");
            TestEnvironment.Result r = TestEnvironment.run(root, 180, List.of(chromium, "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--virtual-time-budget=30000", "--dump-dom",
                "http://127.0.0.1:" + port + "/notebooks/" + executed.getFileName()));
            assertEquals(0, r.exit(), "chromium failed: " + tail(r.err(), 10));
            return r.out();
        } finally {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        }
    }

    /** The DOM of the page after its scripts ran, in headless Chromium with no network (a fresh network namespace when possible). */
    static String renderOffline(Path root, Path html) throws Exception {
        String chromium = TestEnvironment.require("chromium", "sudo apt-get install -y chromium");
        Path profile = Files.createTempDirectory("glassdyn-chromium");
        List<String> cmd = new ArrayList<>();
        boolean netns = TestEnvironment.run(root, 30, List.of("unshare", "-n", "true")).exit() == 0;
        if (netns) cmd.addAll(List.of("unshare", "-n"));
        cmd.addAll(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
            // belt and braces when no network namespace is available: no name resolves, no proxy answers
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
            "--virtual-time-budget=20000", "--dump-dom", html.toUri().toString()));
        TestEnvironment.Result r = TestEnvironment.run(root, 180, cmd);
        assertEquals(0, r.exit(), "chromium failed: " + tail(r.err(), 10));
        return r.out();
    }

    private static String join(JsonNode n) {
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder();
            n.forEach(x -> sb.append(x.asText()));
            return sb.toString();
        }
        return n.asText("");
    }

    private static String tail(String s, int lines) {
        List<String> l = s.lines().toList();
        return String.join("\n", l.subList(Math.max(0, l.size() - lines), l.size()));
    }
}
