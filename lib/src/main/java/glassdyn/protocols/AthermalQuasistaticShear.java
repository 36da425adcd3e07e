package glassdyn.protocols;

import glassdyn.minimize.Fire;

import glassdyn.Progress;
import glassdyn.force.ForceField;
import glassdyn.dynamics.LeesEdwards;
import glassdyn.particles.Configuration;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Athermal quasistatic simple shear (AQS; C. E. Maloney and A. Lemaitre, PRE 74, 016118 (2006); the protocol of paper
 * 003, Richard et al. 2020, Appendix A.3): repeat {affine strain step {@code x += dgamma (y - ylo)}, Lees-Edwards
 * tilt {@code xy += dgamma ly}; relax to a local energy minimum with FIRE}, recording after each step the strain, the
 * shear stress {@code sigma = (1/V) dU/dgamma = -W_xy / V} (V the area in 2D) and the energy.
 *
 * <p>A plastic event is a stress drop: paper 003 A.3 detects an event "when the computed stress decreases"; here a
 * decrease larger than {@code dropThreshold} (default {@link #DEFAULT_DROP_THRESHOLD}) between consecutive
 * minimised states. The onset (last stable state) is the step before the drop.
 */
public final class AthermalQuasistaticShear {
    /** Stress decrease that counts as a plastic event: far above the stress noise left by a 1e-10 force tolerance. */
    public static final double DEFAULT_DROP_THRESHOLD = 1e-6;

    private final ForceField ff;
    private final Fire fire;
    private final double strainStep, forceTolerance, dropThreshold;
    private final long maxIterations;

    /** One plastic event: onset strain and stress (last stable state), the stress drop and the energy drop per particle. */
    public record Event(double strain, double stress, double stressDrop, double energyDrop) {}

    /** The stress-strain curve (columns strain, stress, energy_per_particle, max_force, fire_iterations) and the events. */
    public record Result(Table curve, List<Event> events) {
        public double[] strain() { return curve.doubleColumn("strain").asDoubleArray(); }
        public double[] stress() { return curve.doubleColumn("stress").asDoubleArray(); }
        public double[] energyPerParticle() { return curve.doubleColumn("energy_per_particle").asDoubleArray(); }

        /** Events as a table: strain, stress, stress_drop, energy_drop_per_particle. */
        public Table eventTable() {
            int m = events.size();
            double[] g = new double[m], s = new double[m], ds = new double[m], de = new double[m];
            for (int k = 0; k < m; k++) {
                Event e = events.get(k);
                g[k] = e.strain(); s[k] = e.stress(); ds[k] = e.stressDrop(); de[k] = e.energyDrop();
            }
            return Tables.of("aqs_events", "strain", g, "stress", s, "stress_drop", ds, "energy_drop_per_particle", de);
        }
    }

    /**
     * @param strainStep     dgamma per step (paper 003: 1e-5)
     * @param forceTolerance FIRE stops when the largest force is below this
     * @param maxIterations  FIRE iteration cap per step
     * @param dropThreshold  stress decrease counted as a plastic event
     */
    public AthermalQuasistaticShear(ForceField ff, Fire fire, double strainStep, double forceTolerance, long maxIterations,
                                    double dropThreshold) {
        if (!(strainStep != 0) || !Double.isFinite(strainStep)) throw new IllegalArgumentException("strain step must be non-zero, got " + strainStep);
        if (!(forceTolerance > 0)) throw new IllegalArgumentException("force tolerance must be positive, got " + forceTolerance);
        if (!(dropThreshold >= 0)) throw new IllegalArgumentException("drop threshold must be non-negative, got " + dropThreshold);
        this.ff = ff;
        this.fire = fire;
        this.strainStep = strainStep;
        this.forceTolerance = forceTolerance;
        this.maxIterations = maxIterations;
        this.dropThreshold = dropThreshold;
    }

    /** Shear stress of the last energy computation, {@code -W_xy / V}. */
    public double stress(Configuration c) { return -ff.virial()[ForceField.XY] / c.box.volume(); }

    /**
     * Minimises the starting state, then applies {@code steps} strain steps; returns the curve including the start.
     * Throws if a minimisation does not converge (an unconverged state would fake stress drops).
     */
    public Result run(Configuration c, int steps) {
        double[] g = new double[steps + 1], s = new double[steps + 1], e = new double[steps + 1];
        double[] fmax = new double[steps + 1], its = new double[steps + 1];
        List<Event> events = new ArrayList<>();
        double gamma = 0;
        try (Progress progress = new Progress("AQS", steps)) {
            for (int k = 0; k <= steps; k++) {
                if (k > 0) {
                    LeesEdwards.shearAffinely(c, strainStep, ff.neighbors());
                    gamma += strainStep;
                }
                Fire.Result r = fire.minimize(c, ff, forceTolerance, maxIterations);
                if (!r.converged())
                    throw new IllegalStateException("AQS: FIRE did not converge at strain " + gamma + " (max force "
                        + r.maxForce() + " after " + r.iterations() + " iterations)");
                g[k] = gamma; s[k] = stress(c); e[k] = r.energy() / c.n; fmax[k] = r.maxForce(); its[k] = r.iterations();
                if (k > 0 && s[k] < s[k - 1] - dropThreshold)
                    events.add(new Event(g[k - 1], s[k - 1], s[k - 1] - s[k], e[k - 1] - e[k]));
                progress.step(k > 0 ? 1 : 0);
            }
        }
        Table curve = Tables.of("aqs", "strain", g, "stress", s, "energy_per_particle", e, "max_force", fmax,
            "fire_iterations", its);
        return new Result(curve, events);
    }
}
