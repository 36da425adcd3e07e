package glassdyn.lammps;

import glassdyn.io.AtomicFiles;
import glassdyn.InputException;
import glassdyn.io.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A directory of exported LAMMPS runs: one deck {@code NAME.in} per independent run, grouped in stages (a run of
 * stage k reads only files written by stages before k), and for each stage a job list {@code jobs-stage-K.txt} with
 * one shell command per line (a scheduler array takes line {@code $SLURM_ARRAY_TASK_ID}); {@code runs.tsv} (read back
 * by the importer) and {@code manifest.json} (for people and other tools) describe them. Every run ends by writing
 * {@code NAME.done}; a run without it is unfinished.
 *
 * <p>Every file is written atomically; decks reference files relative to the directory, so it can be copied to a
 * cluster as it is and run from there with any number of MPI ranks ({@code mpirun -np P lmp -in NAME.in}).
 */
public final class ExportedRuns {
    /** Name of the machine-readable run table. */
    public static final String RUN_TABLE = "runs.tsv";

    /** One run: its name (the deck is NAME.in, the log NAME.log, the marker NAME.done), its stage and outputs. */
    public record Run(String name, int stage, List<String> outputs) {
        public String deck() { return name + ".in"; }
        public String log() { return name + ".log"; }
        public String marker() { return name + ".done"; }
    }

    /** Result of an import: runs listed, runs complete (and converted), files converted. */
    public record Imported(int runs, int complete, int files) {}

    private final Path dir;
    private final List<Run> runs = new ArrayList<>();
    private String paper, scale;

    private ExportedRuns(Path dir) { this.dir = dir; }

    /** A new export into {@code dir} (created if needed; existing decks of the same names are replaced). */
    public static ExportedRuns create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(dir + ": cannot create the export directory (" + e.getMessage() + ")");
        }
        return new ExportedRuns(dir);
    }

    public Path dir() { return dir; }
    /** The paper and scale of the export (set by {@link #finish} or read from the run table). */
    public String paper() { return paper; }
    public String scale() { return scale; }
    public List<Run> runs() { return runs; }

    /** Writes {@code NAME.in} and records the run. */
    public Run add(String name, int stage, LammpsDeck deck, List<String> outputs) {
        if (!name.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("run names are file names: " + name);
        Run r = new Run(name, stage, List.copyOf(outputs));
        deck.complete(r.marker());
        AtomicFiles.writeString(dir.resolve(r.deck()), deck.text());
        runs.add(r);
        return r;
    }

    /** Writes an auxiliary input file (a starting configuration) through {@code writer}. */
    public Path file(String name) { return dir.resolve(name); }

    /** Writes the run table, the job lists and the manifest; returns the number of decks. */
    public int finish(String paper, String scale, Map<String, Object> parameters) {
        this.paper = paper;
        this.scale = scale;
        StringBuilder tsv = new StringBuilder("# glassdyn export-lammps " + paper + " " + scale + "\nname\tstage\toutputs\n");
        Map<Integer, StringBuilder> jobs = new TreeMap<>();
        for (Run r : runs) {
            tsv.append(r.name()).append('\t').append(r.stage()).append('\t').append(String.join(",", r.outputs())).append('\n');
            jobs.computeIfAbsent(r.stage(), k -> new StringBuilder())
                .append("lmp -in ").append(r.deck()).append(" -log ").append(r.log()).append(" -nocite\n");
        }
        AtomicFiles.writeString(dir.resolve(RUN_TABLE), tsv.toString());
        for (var e : jobs.entrySet()) AtomicFiles.writeString(dir.resolve("jobs-stage-" + e.getKey() + ".txt"), e.getValue().toString());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", paper);
        m.put("scale", scale);
        m.put("engine", "LAMMPS (any version with fix nvt/sllod and fix deform; tested with 29 Sep 2021)");
        m.put("how", "run the job lists stage by stage from this directory: every line of jobs-stage-1.txt, then "
            + "jobs-stage-2.txt, ... (lines of one stage are independent; prefix 'mpirun -np P' as you like); then "
            + "'glassdyn import-runs DIR' and 'glassdyn reproduce " + paper + " --from DIR --out OUT'");
        m.put("parameters", parameters);
        List<Object> list = new ArrayList<>();
        for (Run r : runs) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", r.name());
            e.put("stage", r.stage());
            e.put("deck", r.deck());
            e.put("outputs", r.outputs());
            e.put("done_marker", r.marker());
            list.add(e);
        }
        m.put("runs", list);
        AtomicFiles.writeString(dir.resolve("manifest.json"), Json.pretty(m));
        return runs.size();
    }

    /** Reads an export's run table; a missing or malformed table is an {@link InputException} naming file and line. */
    public static ExportedRuns read(Path dir) {
        Path table = dir.resolve(RUN_TABLE);
        if (!Files.isRegularFile(table))
            throw new InputException(table + ": not an export directory of glassdyn export-lammps (no " + RUN_TABLE + ")");
        ExportedRuns ex = new ExportedRuns(dir);
        List<String> lines;
        try {
            lines = Files.readAllLines(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] first = lines.isEmpty() ? new String[0] : lines.get(0).split(" ");
        if (first.length != 5 || !lines.get(0).startsWith("# glassdyn export-lammps "))
            throw InputException.at(table, 1, "expected '# glassdyn export-lammps PAPER SCALE'", lines.isEmpty() ? "" : lines.get(0));
        ex.paper = first[3];
        ex.scale = first[4];
        if (lines.size() < 2 || !lines.get(1).equals("name\tstage\toutputs"))
            throw InputException.at(table, 2, "expected the header 'name<TAB>stage<TAB>outputs'", lines.size() < 2 ? "" : lines.get(1));
        for (int k = 2; k < lines.size(); k++) {
            String[] w = lines.get(k).split("\t", -1);
            if (w.length != 3 || !w[0].matches("[A-Za-z0-9._-]+") || !w[1].matches("[0-9]+"))
                throw InputException.at(table, k + 1, "expected NAME<TAB>STAGE<TAB>OUTPUTS", lines.get(k));
            ex.runs.add(new Run(w[0], Integer.parseInt(w[1]), w[2].isEmpty() ? List.of() : List.of(w[2].split(","))));
        }
        return ex;
    }

    /** True when the run wrote its completion marker and every declared output exists. */
    public boolean complete(Run r) {
        if (!Files.isRegularFile(dir.resolve(r.marker()))) return false;
        for (String o : r.outputs()) if (!Files.isRegularFile(dir.resolve(o))) return false;
        return true;
    }

    public Run run(String name) {
        for (Run r : runs) if (r.name().equals(name)) return r;
        return null;
    }
}
