package glassdyn.dynamics;

import glassdyn.force.ForceField;
import glassdyn.neighbors.SpatialSort;

import glassdyn.Progress;
import glassdyn.particles.Configuration;

import java.nio.file.Path;

/**
 * Runs an {@link Integrator} for a span of time with periodic sampling and checkpoints. Durations and intervals are
 * in the model's time unit and are rounded to whole steps.
 *
 * <p>Bit-identical resume: at every checkpoint step the neighbour list is rebuilt from scratch before the force
 * evaluation, so the state after that step depends only on what the checkpoint stores; a run resumed with
 * {@link #resume} (same integrator parameters, same thread count) reproduces the uninterrupted run bit for bit.
 */
public final class MolecularDynamics {
    /** Called on sample steps, after the step; the force field holds the energy and virial at the new positions. */
    @FunctionalInterface
    public interface Observer {
        void sample(Configuration c, long step, ForceField ff);
    }

    private final Configuration c;
    private final Integrator integ;
    private long step;
    private long sampleStride;
    private Observer observer;
    private Path checkpointFile;
    private long checkpointStride;
    private String progressLabel;
    private long sortStride;
    private boolean ready;

    /** A new run starting at step 0. */
    public MolecularDynamics(Configuration c, Integrator integ) { this(c, integ, 0); }

    private MolecularDynamics(Configuration c, Integrator integ, long step) {
        this.c = c;
        this.integ = integ;
        this.step = step;
    }

    /**
     * Resumes from a checkpoint: restores the integrator's state into {@code integ}, which must have been built on
     * {@code state.configuration()} with the parameters of the interrupted run.
     */
    public static MolecularDynamics resume(Checkpoint.State state, Integrator integ) {
        state.restore(integ);
        return new MolecularDynamics(state.configuration(), integ, state.step());
    }

    public Configuration configuration() { return c; }
    public Integrator integrator() { return integ; }
    /** Steps done so far (including those before a resume). */
    public long step() { return step; }

    /** Calls {@code observer} every {@code interval} time units. */
    public MolecularDynamics sampleEvery(double interval, Observer observer) {
        this.sampleStride = steps(interval);
        this.observer = observer;
        return this;
    }

    /** Writes a checkpoint to {@code file} every {@code interval} time units (at whole multiples of that interval). */
    public MolecularDynamics checkpointEvery(double interval, Path file) {
        this.checkpointStride = steps(interval);
        this.checkpointFile = file;
        return this;
    }

    /**
     * Reorders the particles in space before the first step of a new run and every {@code steps} steps
     * ({@link SpatialSort}; LAMMPS sorts in its setup and every 1000 steps by default) for cache locality. Only for runs whose observers identify particles by {@code id}, not by index.
     */
    public MolecularDynamics sortEvery(long steps) {
        if (steps < 1) throw new IllegalArgumentException("sort interval must be at least 1 step, got " + steps);
        this.sortStride = steps;
        return this;
    }

    /** Shows a progress bar with this label during runs. */
    public MolecularDynamics progress(String label) {
        this.progressLabel = label;
        return this;
    }

    /** Puts the particles in the neighbour list's cell order and recomputes the forces in that order. */
    private void sort() {
        if (integ.forces().neighbors().builds() == 0) return;
        SpatialSort.apply(c, integ.forces().neighbors().cellOrder());
        integ.forces().neighbors().invalidate();
        integ.forces().compute(c);
    }

    /** Steps in a time span (at least 1). */
    public long steps(double duration) {
        if (!(duration > 0) || !Double.isFinite(duration)) throw new IllegalArgumentException("time interval must be positive, got " + duration);
        return Math.max(1, Math.round(duration / integ.dt()));
    }

    /** Runs for {@code duration} time units. */
    public void run(double duration) { runSteps(steps(duration)); }

    /** Runs until the step counter reaches {@code lastStep} (counted from the start of the original run). */
    public void runUntilStep(long lastStep) { runSteps(Math.max(0, lastStep - step)); }

    /** Runs {@code count} steps. */
    public void runSteps(long count) {
        if (!ready) {
            integ.setup(c);
            ready = true;
            // a new run sorts once before its first step (as LAMMPS's Verlet::setup), not only after sortStride steps:
            // a configuration read in random order would otherwise run its first sortStride steps cache-hostile
            if (sortStride > 0 && step == 0) sort();
        }
        Progress bar = progressLabel == null ? null : new Progress(progressLabel, count);
        long progressStride = Math.max(1, count / 200);
        try {
            for (long k = 0; k < count; k++) {
                long next = step + 1;
                boolean sample = observer != null && next % sampleStride == 0;
                boolean checkpoint = checkpointFile != null && next % checkpointStride == 0;
                if (sortStride > 0 && next % sortStride == 0) sort();
                if (checkpoint) integ.forces().neighbors().invalidate();
                integ.step(c, sample);
                step = next;
                if (sample) observer.sample(c, step, integ.forces());
                if (checkpoint) Checkpoint.write(checkpointFile, c, step, integ);
                if (bar != null && (k + 1) % progressStride == 0) bar.set(k + 1);
            }
        } finally {
            if (bar != null) bar.close();
        }
    }
}
