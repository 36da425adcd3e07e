package glassdyn.plan;

import glassdyn.InputException;
import glassdyn.Scale;
import glassdyn.claims.BuildInfo;
import glassdyn.io.AtomicFiles;
import glassdyn.papers.PaperPipeline;
import glassdyn.papers.WorkUnit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A paper's work as independent units for a scheduler, in a plan directory:
 * <pre>
 *   DIR/plan.properties      paper, scale, threads per unit, commit, the jar that wrote it
 *   DIR/units.tsv            id, stage, depends_on, core_hours, memory_gb, threads, level, basis
 *   DIR/slurm/level-K.sh     one Slurm array per dependency level; task i runs "run-unit DIR ID_i"
 *   DIR/slurm/submit.sh      submits the levels in order, each after the previous one succeeded (afterok)
 *   DIR/store/               the pipeline's stage store, shared by every unit
 *   DIR/units/ID.done|failed a finished unit (seconds) or a failed one (one-line reason)
 * </pre>
 * A unit's level is the length of the longest chain of units it waits for (level 0 waits for none).
 */
public final class Plan {
    public final String paper;
    public final Scale scale;
    public final int threads;
    /** {@code glassdyn} or {@code lammps}: the engine of the units whose dynamics LAMMPS can run. */
    public final String engine;
    public final Path dir;
    public final List<WorkUnit> units;
    public final Map<String, Integer> level;

    private Plan(String paper, Scale scale, int threads, String engine, Path dir, List<WorkUnit> units) {
        this.paper = paper;
        this.scale = scale;
        this.threads = threads;
        this.engine = engine;
        this.dir = dir;
        this.units = List.copyOf(units);
        this.level = levels(units);
    }

    public Path store() { return dir.resolve("store"); }

    public Path marker(String id, boolean done) { return dir.resolve("units").resolve(id + (done ? ".done" : ".failed")); }

    /** The pipeline of this plan, its stages in {@link #store()}. */
    public PaperPipeline pipeline() { return Pipelines.open(paper, scale, store(), threads, engine, dir.resolve("lammps")); }

    public WorkUnit unit(String id) {
        for (WorkUnit u : units) if (u.id().equals(id)) return u;
        throw InputException.parameter("ID", "no such unit in " + dir.resolve("units.tsv"), id);
    }

    public int levels() { return level.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1; }

    /** Writes a new plan of {@code paper} at {@code scale} into {@code dir}. */
    public static Plan write(String paper, Scale scale, int threads, String engine, Path dir, Path jar) {
        Plan p = new Plan(paper, scale, threads, engine, dir,
            Pipelines.open(paper, scale, dir.resolve("store"), threads, engine, dir.resolve("lammps")).units());
        StringBuilder props = new StringBuilder();
        props.append("paper=").append(paper).append('\n').append("scale=").append(scale.label()).append('\n')
            .append("threads=").append(threads).append('\n').append("engine=").append(engine).append('\n').append("commit=").append(BuildInfo.commit()).append('\n');
        AtomicFiles.writeString(dir.resolve("plan.properties"), props.toString());
        StringBuilder tsv = new StringBuilder("id\tstage\tdepends_on\tcore_hours\tmemory_gb\tthreads\tlevel\tbasis\n");
        for (WorkUnit u : p.units)
            tsv.append(u.id()).append('\t').append(u.stage()).append('\t')
                .append(u.dependsOn().isEmpty() ? "-" : String.join(",", u.dependsOn())).append('\t')
                .append(String.format(Locale.ROOT, "%.4g", u.coreHours())).append('\t')
                .append(String.format(Locale.ROOT, "%.3g", u.memoryGb())).append('\t').append(u.threads()).append('\t')
                .append(p.level.get(u.id())).append('\t').append(u.basis().replace('\t', ' ')).append('\n');
        AtomicFiles.writeString(dir.resolve("units.tsv"), tsv.toString());
        SlurmScripts.write(p, jar);
        return p;
    }

    /** Reads the plan in {@code dir}; a missing or malformed plan is bad input naming the file. */
    public static Plan read(Path dir) {
        Path f = dir.resolve("plan.properties");
        if (!Files.isRegularFile(f)) throw InputException.parameter("DIR", "not a plan directory (no plan.properties)", dir);
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(f)));
            String paper = p.getProperty("paper");
            Scale scale = Scale.parse(p.getProperty("scale", ""));
            int threads = Integer.parseInt(p.getProperty("threads", "1"));
            String engine = p.getProperty("engine", Pipelines.GLASSDYN);
            List<WorkUnit> units = new ArrayList<>();
            Path tsv = dir.resolve("units.tsv");
            List<String> lines = Files.readAllLines(tsv);
            for (int i = 1; i < lines.size(); i++) {
                String[] c = lines.get(i).split("\t", -1);
                if (c.length < 8) throw new InputException(tsv + ":" + (i + 1) + ": expected 8 tab-separated fields, got " + c.length);
                units.add(new WorkUnit(c[0], c[1], c[2].equals("-") ? List.of() : List.of(c[2].split(",")),
                    Double.parseDouble(c[3]), Double.parseDouble(c[4]), Integer.parseInt(c[5]), c[7]));
            }
            return new Plan(paper, scale, threads, engine, dir, units);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan " + dir + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new InputException(f + ": malformed plan (" + e.getMessage() + ")");
        }
    }

    private static Map<String, Integer> levels(List<WorkUnit> units) {
        Map<String, Integer> level = new LinkedHashMap<>();
        Map<String, WorkUnit> byId = new HashMap<>();
        for (WorkUnit u : units) {
            if (byId.put(u.id(), u) != null) throw new IllegalArgumentException("two units named " + u.id());
        }
        for (WorkUnit u : units) {
            int l = 0;
            for (String d : u.dependsOn()) {
                Integer ld = level.get(d);
                if (ld == null) throw new IllegalArgumentException("unit " + u.id() + " depends on " + d + ", which is not listed before it");
                l = Math.max(l, ld + 1);
            }
            level.put(u.id(), l);
        }
        return level;
    }
}
