package glassdyn;

import java.io.PrintStream;

/**
 * A progress bar for long work, printed to standard error (the terminal, or a notebook cell's stream output).
 * On a terminal the bar redraws in place; elsewhere (notebooks, logs) it prints one line at each tenth so the
 * output stays small. Thread-safe; cheap to call in a loop (it redraws at most a few times a second).
 */
public final class Progress implements AutoCloseable {
    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean interactive;
    private final long started = System.nanoTime();
    private long done;
    private long lastDraw;
    private int lastTenth = -1;
    private boolean closed;

    public Progress(String label, long total) {
        this(label, total, System.err, System.console() != null && System.getenv("JPY_PARENT_PID") == null);
    }

    public Progress(String label, long total, PrintStream out, boolean interactive) {
        this.label = label;
        this.total = Math.max(total, 1);
        this.out = out;
        this.interactive = interactive;
    }

    /** Progress is globally silenced with {@code -Dglassdyn.quiet=true} or {@code GLASSDYN_QUIET=1}. */
    static boolean quiet() {
        return Boolean.getBoolean("glassdyn.quiet") || "1".equals(System.getenv("GLASSDYN_QUIET"));
    }

    public synchronized void step(long amount) { set(done + amount); }

    public synchronized void set(long value) {
        done = Math.min(value, total);
        if (quiet()) return;
        long now = System.nanoTime();
        int tenth = (int) (10 * done / total);
        if (interactive) {
            if (now - lastDraw > 200_000_000L || done == total) { draw(now); lastDraw = now; }
        } else if (tenth != lastTenth) {
            lastTenth = tenth;
            out.println(line(now));
        }
    }

    private void draw(long now) {
        out.print("\r" + line(now));
        out.flush();
    }

    private String line(long now) {
        double f = (double) done / total;
        int width = 30;
        int filled = (int) Math.round(f * width);
        double secs = (now - started) * 1e-9;
        String eta = done > 0 && done < total ? String.format(" eta %.0fs", secs * (1 - f) / f) : "";
        return String.format("%s [%s%s] %3.0f%% %d/%d %.1fs%s", label, "#".repeat(filled), ".".repeat(width - filled),
            100 * f, done, total, secs, eta);
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (quiet()) return;
        if (interactive) { draw(System.nanoTime()); out.println(); }
        else if (lastTenth != 10) out.println(line(System.nanoTime()));
    }
}
