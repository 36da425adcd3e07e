package glassdyn.cli;

import glassdyn.Scale;
import glassdyn.io.InputException;
import glassdyn.papers.EpmQ;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code reproduce PAPER --scale S --out DIR}: runs the figure pipelines of one paper, writes one CSV per figure
 * panel and report.json, and resumes from the checkpoints in DIR/checkpoints after an interruption.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
    description = "Reproduce one paper's figures: one CSV per panel plus report.json (checks against the paper).")
public final class ReproduceCommand implements Runnable {
    /** The paper names of CLI.md. */
    static final List<String> PAPERS = List.of("cage-jump-ler", "tau-lc-duality", "epm-q", "plasticity-indicators", "mesoelastic-kappa");

    @Parameters(index = "0", paramLabel = "PAPER", description = "one of cage-jump-ler, tau-lc-duality, epm-q, plasticity-indicators, mesoelastic-kappa") String paper;
    @Option(names = "--scale", defaultValue = "quick", description = "smoke, quick or paper (default quick)") String scale;
    @Option(names = "--out", required = true, description = "output directory") Path out;
    @Option(names = "--threads", description = "worker threads (default: min(2, cores))") Integer threads;

    @Override
    public void run() {
        Scale s = Scale.parse(scale);
        if (!PAPERS.contains(paper)) throw InputException.parameter("PAPER", "unknown paper, expected one of " + PAPERS, paper);
        Map<String, Object> rep = switch (paper) {
            case "epm-q" -> {
                EpmQ p = EpmQ.of(s, out);
                if (threads != null) {
                    if (threads < 1) throw InputException.parameter("--threads", "must be >= 1", threads);
                    p = new EpmQ(s, p.variant(), 2023, out.resolve("checkpoints"), threads);
                }
                yield p.writeAll(out);
            }
            case "mesoelastic-kappa" -> {
                if (threads != null && threads < 1) throw InputException.parameter("--threads", "must be >= 1", threads);
                yield new glassdyn.papers.MesoelasticKappa(s, 2021, out.resolve("checkpoints"),
                    threads != null ? threads : Math.min(2, Runtime.getRuntime().availableProcessors())).writeAll(out);
            }
            default -> throw new InputException("paper '" + paper + "' is not built yet");
        };
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> checks = (List<Map<String, Object>>) rep.get("checks");
        long passed = checks.stream().filter(c -> Boolean.TRUE.equals(c.get("pass"))).count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", paper);
        m.put("checks_passed", passed);
        m.put("checks_total", checks.size());
        Main.summary(m);
    }
}
