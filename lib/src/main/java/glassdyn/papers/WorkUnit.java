package glassdyn.papers;

import java.util.List;

/**
 * One independent unit of a paper's work for a scheduler ({@code glassdyn plan}): it computes one or more stages into
 * the pipeline's {@link StageStore}, after the units it depends on have finished.
 *
 * @param id         unique within the plan (letters, digits, _ . + -)
 * @param stage      the stage class or method it runs (for people reading units.tsv)
 * @param dependsOn  ids of the units whose stages it reads
 * @param coreHours  estimated cost, from measured per-unit costs and the stated scaling ({@link #basis})
 * @param memoryGb   estimated peak memory of the unit's JVM
 * @param threads    worker threads the unit uses (Slurm {@code --cpus-per-task})
 * @param basis      how the estimate was obtained (measured at which size, scaled how)
 */
public record WorkUnit(String id, String stage, List<String> dependsOn, double coreHours, double memoryGb, int threads,
                       String basis) {
    public WorkUnit {
        StageStore.checkName(id);
        dependsOn = List.copyOf(dependsOn);
        if (!(coreHours >= 0) || !(memoryGb > 0)) throw new IllegalArgumentException(id + ": estimates must be finite and positive");
        if (threads < 1) throw new IllegalArgumentException(id + ": threads must be >= 1");
    }
}
