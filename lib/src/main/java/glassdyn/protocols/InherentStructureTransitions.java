package glassdyn.protocols;

import glassdyn.force.ForceField;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;

/**
 * Inherent-structure (IS) transitions along an equilibrium trajectory, the measure of potential-energy-landscape
 * granularity of paper 004 (Fig. 5 and its footnote 83; Schroder et al., JCP 112, 9834 (2000)): the configuration is
 * quenched after every integration step, and a transition is counted whenever the extensive IS energy changes by more
 * than {@link #THRESHOLD} between consecutive quenches. Each quench starts from the current MD configuration (not
 * from the previous IS). FIRE is not a steepest descent, so basin assignment can differ slightly from the
 * steepest-descent definition (paper 004 Ref. 79); paper 004 reports the count to be insensitive to the threshold.
 */
public final class InherentStructureTransitions {
    /** |Delta U_IHS| &gt; 1e-5 (extensive energy, microscopic units), paper 004 footnote 83. */
    public static final double THRESHOLD = 1e-5;

    /** The IS energies at times {@code time}, and the number of transitions among them. */
    public record Result(double[] time, double[] energy, int transitions) {
        /** Observed duration: last minus first sample time. */
        public double duration() { return time[time.length - 1] - time[0]; }
        /** Transitions per unit time, Gamma. */
        public double rate() { return transitions / duration(); }
    }

    private InherentStructureTransitions() {}

    /** Number of consecutive pairs whose energies differ by more than {@code threshold} in absolute value. */
    public static int count(double[] energy, double threshold) {
        int k = 0;
        for (int s = 1; s < energy.length; s++) if (Math.abs(energy[s] - energy[s - 1]) > threshold) k++;
        return k;
    }

    /**
     * Runs {@code quenches} MD steps of {@code md} and quenches a copy of the configuration before the first step and
     * after each (FIRE to {@code forceTolerance}, at most {@code maxIterations} iterations, with {@code quenchForces}, a
     * force field of the same potential that is not the integrator's). Counts with {@link #THRESHOLD}.
     */
    public static Result sample(MolecularDynamics md, ForceField quenchForces, Fire fire, double forceTolerance,
                                long maxIterations, int quenches) {
        double[] t = new double[quenches + 1], u = new double[quenches + 1];
        Configuration c = md.configuration();
        for (int s = 0; s <= quenches; s++) {
            if (s > 0) md.runSteps(1);
            t[s] = c.time;
            u[s] = quench(c, quenchForces, fire, forceTolerance, maxIterations);
        }
        return new Result(t, u, count(u, THRESHOLD));
    }

    /**
     * The same count along a trajectory recorded elsewhere (an MD run of another engine, one frame per integration
     * step): each frame quenched as {@link #sample} quenches the live configuration; times are the frames' times.
     */
    public static Result ofFrames(java.util.List<Configuration> frames, ForceField quenchForces, Fire fire,
                                  double forceTolerance, long maxIterations) {
        double[] t = new double[frames.size()], u = new double[frames.size()];
        for (int s = 0; s < t.length; s++) {
            t[s] = frames.get(s).time;
            u[s] = quench(frames.get(s), quenchForces, fire, forceTolerance, maxIterations);
        }
        return new Result(t, u, count(u, THRESHOLD));
    }

    /** IS energy of a copy of {@code c}. */
    private static double quench(Configuration c, ForceField quenchForces, Fire fire, double forceTolerance, long maxIterations) {
        Configuration q = c.copy();
        quenchForces.neighbors().invalidate();
        return fire.minimize(q, quenchForces, forceTolerance, maxIterations).energy();
    }
}
