package glassdyn.plan;

import glassdyn.io.AtomicFiles;
import glassdyn.papers.WorkUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs one unit of a plan: skipped when its {@code .done} marker exists; failed (with a one-line reason in its
 * {@code .failed} marker) when a unit it waits for is not done or when it throws; else its stages are computed into
 * the plan's store (finished stages of an interrupted earlier attempt are loaded) and the {@code .done} marker is
 * written last, atomically. Rerunning a failed or killed unit resumes it.
 */
public final class UnitRunner {
    private UnitRunner() {}

    /** The outcome of {@link #run}. */
    public record Outcome(String unit, String status, double seconds, String reason) {}

    public static Outcome run(Plan plan, String id) {
        WorkUnit u = plan.unit(id);
        if (Files.exists(plan.marker(id, true))) return new Outcome(id, "skipped", 0, null);
        List<String> waiting = new ArrayList<>();
        for (String d : u.dependsOn()) if (!Files.exists(plan.marker(d, true))) waiting.add(d);
        if (!waiting.isEmpty()) return fail(plan, id, 0, "waits for units not done: " + String.join(", ", waiting));
        long t0 = System.nanoTime();
        try {
            plan.pipeline().runUnit(id);
        } catch (RuntimeException | Error e) {
            double s = (System.nanoTime() - t0) * 1e-9;
            String msg = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return fail(plan, id, s, msg);
        }
        double s = (System.nanoTime() - t0) * 1e-9;
        AtomicFiles.writeString(plan.marker(id, true), String.format(Locale.ROOT, "seconds=%.3f%n", s));
        try {
            Files.deleteIfExists(plan.marker(id, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(id, "done", s, null);
    }

    private static Outcome fail(Plan plan, String id, double seconds, String reason) {
        AtomicFiles.writeString(plan.marker(id, false), reason.replace('\n', ' ') + "\n");
        return new Outcome(id, "failed", seconds, reason);
    }

    /** Counts of done, failed and waiting units, and the failed units' reasons. */
    public record Status(List<String> done, List<String> failed, List<String> reasons, List<String> waiting) {}

    public static Status status(Plan plan) {
        List<String> done = new ArrayList<>(), failed = new ArrayList<>(), reasons = new ArrayList<>(), waiting = new ArrayList<>();
        for (WorkUnit u : plan.units) {
            if (Files.exists(plan.marker(u.id(), true))) done.add(u.id());
            else if (Files.exists(plan.marker(u.id(), false))) {
                failed.add(u.id());
                try {
                    reasons.add(Files.readString(plan.marker(u.id(), false)).strip());
                } catch (IOException e) {
                    reasons.add("(unreadable marker: " + e.getMessage() + ")");
                }
            } else waiting.add(u.id());
        }
        return new Status(done, failed, reasons, waiting);
    }
}
