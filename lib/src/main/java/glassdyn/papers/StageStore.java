package glassdyn.papers;

import glassdyn.io.AtomicFiles;
import glassdyn.parallel.ParallelJobs;
import glassdyn.table.Tables;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The one checkpoint store of every paper pipeline: a stage's result ({@link StageResult}) is kept under its key,
 * tied to a description of the stage's parameters, so an interrupted run resumes with the finished stages and a stage
 * whose parameters changed is computed again.
 *
 * <p>On disk, a stage {@code key} is {@code DIR/key.csv.NAME} tables (CSV, doubles written round-trip exact),
 * {@code DIR/key.f64.NAME} arrays (big-endian doubles) and {@code DIR/key.stage} (Java properties: {@code format},
 * {@code params}, the table and array names, the scalars), written last: a stage without its {@code .stage} file is
 * unfinished. Every file is written atomically (write, then rename). Stages imported from LAMMPS runs arrive in the same
 * format ({@link #save}), so {@code reproduce --from} resumes like any interrupted run.
 */
public final class StageStore {
    /** Version of the file layout; a stage written with another format is computed again. */
    public static final int FORMAT = 1;
    /**
     * Where {@code import-runs} writes the stages and trajectory files converted from LAMMPS runs, under an export
     * directory; {@code reproduce --from} copies them into the run's checkpoint directory (every paper).
     */
    public static final String IMPORTED = "imported/checkpoints";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.+-]+");

    private final Path dir;
    private final Map<String, StageResult> memory = new ConcurrentHashMap<>();
    private final Map<String, String> memoryParams = new ConcurrentHashMap<>();

    /** A store in {@code dir} (created on first write); {@code null} keeps results in memory only. */
    public StageStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() { return dir; }

    /** One stage: key, parameter description and the computation. */
    public record Stage(String key, String params, Supplier<StageResult> compute) {
        public Stage {
            checkName(key);
        }
    }

    /** The stage's result: from memory, else from disk when its parameters match, else computed and saved. */
    public StageResult get(String key, String params, Supplier<StageResult> compute) {
        checkName(key);
        StageResult r = memory.get(key);
        if (r != null && params.equals(memoryParams.get(key))) return r;
        r = load(key, params);
        if (r == null) {
            r = compute.get();
            save(key, params, r);
        }
        memory.put(key, r);
        memoryParams.put(key, params);
        return r;
    }

    public StageResult get(Stage s) { return get(s.key(), s.params(), s.compute()); }

    /**
     * Every stage, finished ones loaded, the others computed on {@code threads} workers; results in the order of
     * {@code stages} whatever the thread count (each stage must be deterministic by itself).
     */
    public List<StageResult> getAll(List<Stage> stages, int threads) {
        List<Callable<StageResult>> jobs = new ArrayList<>();
        for (Stage s : stages) jobs.add(() -> get(s));
        return ParallelJobs.run(jobs, threads);
    }

    /** Drops a stage from memory (it stays on disk): for large stages read once, such as recorded trajectories. */
    public void forget(String key) {
        memory.remove(key);
        memoryParams.remove(key);
    }

    /** Whether a finished stage with these parameters is on disk (or in memory). */
    public boolean has(String key, String params) {
        if (params.equals(memoryParams.get(key))) return true;
        Properties p = properties(key);
        return p != null && matches(p, params);
    }

    /** The stored result of a stage with these parameters, or null when there is none (or other parameters). */
    public StageResult load(String key, String params) { return load(key, params, name -> true); }

    /**
     * Like {@link #load(String, String)}, reading only the arrays whose name passes {@code arrays} (the others stay on
     * disk, see {@link #readArray}): for stages too large to hold twice in memory, such as recorded runs.
     */
    public StageResult load(String key, String params, java.util.function.Predicate<String> arrays) {
        Properties p = properties(key);
        if (p == null || !matches(p, params)) return null;
        try {
            Map<String, Table> tables = new LinkedHashMap<>();
            for (String name : names(p.getProperty("tables"))) {
                Path f = dir.resolve(key + ".csv." + name);
                tables.put(name, readTable(f, name));
            }
            Map<String, double[]> read = new LinkedHashMap<>();
            for (String name : names(p.getProperty("arrays"))) if (arrays.test(name)) read.put(name, readArray(dir.resolve(key + ".f64." + name)));
            Map<String, Double> values = new LinkedHashMap<>();
            for (String name : names(p.getProperty("values"))) values.put(name, Double.parseDouble(p.getProperty("value." + name)));
            return new StageResult(tables, read, values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stage " + key + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A double array produced element by element (written without a copy of it in memory). */
    public interface ArraySource {
        int length();
        double get(int index);
    }

    /** Receives a stored array element by element: its length first. */
    public interface ArraySink {
        void start(int length);
        void put(int index, double value);
    }

    /**
     * Streams one array of a stored stage with these parameters into {@code sink} (from disk, or from memory for a store
     * without a directory); false when the stage, its parameters or the array do not match.
     */
    public boolean readArray(String key, String params, String name, ArraySink sink) {
        if (dir == null) {
            StageResult r = memory.get(key);
            if (r == null || !params.equals(memoryParams.get(key)) || !r.arrays().containsKey(name)) return false;
            double[] a = r.arrays().get(name);
            sink.start(a.length);
            for (int i = 0; i < a.length; i++) sink.put(i, a[i]);
            return true;
        }
        Properties p = properties(key);
        if (p == null || !matches(p, params) || !names(p.getProperty("arrays")).contains(name)) return false;
        Path f = dir.resolve(key + ".f64." + name);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            DataInputStream d = new DataInputStream(in);
            int n = d.readInt();
            sink.start(n);
            for (int i = 0; i < n; i++) sink.put(i, d.readDouble());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a stage like {@link #save} (the same files) with its arrays taken element by element from
     * {@code arrays}; the stage is not kept in memory (read it back with {@link #load} or {@link #readArray}), except
     * in a store without a directory, where the arrays are copied.
     */
    public void saveStreamed(String key, String params, Map<String, ArraySource> arrays, Map<String, Double> values) {
        checkName(key);
        for (String k : arrays.keySet()) checkName(k);
        if (dir == null) {
            Map<String, double[]> copy = new LinkedHashMap<>();
            for (Map.Entry<String, ArraySource> e : arrays.entrySet()) {
                double[] a = new double[e.getValue().length()];
                for (int i = 0; i < a.length; i++) a[i] = e.getValue().get(i);
                copy.put(e.getKey(), a);
            }
            save(key, params, new StageResult(Map.of(), copy, values));
            return;
        }
        forget(key);
        write(key, params, Map.of(), arrays, values);
    }

    /** Writes a stage's result (tables and arrays first, the {@code .stage} file last); in memory only without a dir. */
    public void save(String key, String params, StageResult r) {
        checkName(key);
        memory.put(key, r);
        memoryParams.put(key, params);
        if (dir == null) return;
        Map<String, ArraySource> arrays = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : r.arrays().entrySet()) {
            double[] a = e.getValue();
            arrays.put(e.getKey(), new ArraySource() {
                @Override public int length() { return a.length; }
                @Override public double get(int index) { return a[index]; }
            });
        }
        write(key, params, r.tables(), arrays, r.values());
    }

    private void write(String key, String params, Map<String, Table> tables, Map<String, ArraySource> arrays, Map<String, Double> values) {
        for (Map.Entry<String, Table> e : tables.entrySet())
            Tables.writeCsv(e.getValue(), dir.resolve(key + ".csv." + e.getKey()));
        for (Map.Entry<String, ArraySource> e : arrays.entrySet()) {
            ArraySource a = e.getValue();
            AtomicFiles.write(dir.resolve(key + ".f64." + e.getKey()), out -> {
                DataOutputStream d = new DataOutputStream(out);
                int n = a.length();
                d.writeInt(n);
                for (int i = 0; i < n; i++) d.writeDouble(a.get(i));
                d.flush();
            });
        }
        StringBuilder sb = new StringBuilder();
        sb.append("format=").append(FORMAT).append('\n');
        sb.append("params=").append(escape(params)).append('\n');
        sb.append("tables=").append(String.join(",", tables.keySet())).append('\n');
        sb.append("arrays=").append(String.join(",", arrays.keySet())).append('\n');
        sb.append("values=").append(escape(String.join(",", values.keySet()))).append('\n');
        for (Map.Entry<String, Double> e : values.entrySet())
            sb.append("value.").append(escape(e.getKey())).append('=').append(Double.toString(e.getValue())).append('\n');
        AtomicFiles.writeString(dir.resolve(key + ".stage"), sb.toString());
    }

    static void checkName(String name) {
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("stage or table name '" + name
            + "' must be letters, digits and _ . + -");
    }

    private Properties properties(String key) {
        if (dir == null) return null;
        Path f = dir.resolve(key + ".stage");
        if (!Files.exists(f)) return null;
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(f)));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static boolean matches(Properties p, String params) {
        return String.valueOf(FORMAT).equals(p.getProperty("format")) && params.equals(p.getProperty("params"));
    }

    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        for (String s : list.split(",")) if (!s.isEmpty()) out.add(s);
        return out;
    }

    /** Tables are read back with numeric columns as doubles and the rest as text, as they were written. */
    private static Table readTable(Path f, String name) throws IOException {
        String header;
        try (var lines = Files.lines(f)) {
            header = lines.findFirst().orElse("");
        }
        if (header.isEmpty()) return Table.create(name);
        Table t = Table.read().csv(CsvReadOptions.builder(f.toFile()).tableName(name)
            .missingValueIndicator("nan", "").maxCharsPerColumn(1 << 20).build());
        for (int c = 0; c < t.columnCount(); c++) {
            ColumnType type = t.column(c).type();
            if (type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.FLOAT || type == ColumnType.SHORT)
                t.replaceColumn(c, ((tech.tablesaw.api.NumericColumn<?>) t.column(c)).asDoubleColumn().setName(t.column(c).name()));
            else if (type == ColumnType.BOOLEAN || type == ColumnType.LOCAL_DATE || type == ColumnType.LOCAL_TIME
                || type == ColumnType.LOCAL_DATE_TIME || type == ColumnType.INSTANT)
                t.replaceColumn(c, t.column(c).asStringColumn().setName(t.column(c).name()));
        }
        return t;
    }

    private static double[] readArray(Path f) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            DataInputStream d = new DataInputStream(in);
            double[] a = new double[d.readInt()];
            for (int i = 0; i < a.length; i++) a[i] = d.readDouble();
            return a;
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!') b.append('\\');
            if (c == '\n') b.append("\\n");
            else b.append(c);
        }
        return b.toString();
    }
}
