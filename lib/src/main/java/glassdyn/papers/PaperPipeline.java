package glassdyn.papers;

import java.nio.file.Path;
import java.util.List;

/**
 * What every paper's entry class offers the command line: the figures and report ({@code reproduce}), and the same
 * work cut into independent units for a scheduler ({@code plan}, {@code run-unit}). Units write into the pipeline's
 * {@link StageStore}; {@link #writeAll} then loads every finished stage, so a report assembled from units equals the
 * report of a local run (same stages, same seeds).
 */
public interface PaperPipeline {
    /** The paper's name on the command line ({@code epm-q}, ...). */
    String paper();

    /** The units of this scale in an order where every unit comes after the units it depends on. */
    List<WorkUnit> units();

    /** Computes one unit's stages into the store (finished stages are loaded, not recomputed). */
    void runUnit(String id);

    /** Writes one CSV per figure panel and report.json into {@code out}; returns the report as written. */
    glassdyn.claims.Report writeAll(Path out);
}
