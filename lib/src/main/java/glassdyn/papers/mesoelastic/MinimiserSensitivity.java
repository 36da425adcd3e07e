package glassdyn.papers.mesoelastic;

import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.minimize.SteepestDescent;
import glassdyn.particles.Configuration;
import glassdyn.protocols.InherentStructureTransitions;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * A labelled sensitivity study of the IS-transition count of paper 004 (Fig. 5, footnote 83; review 004 §3.10): along
 * one MD trajectory at the system's transition time step, every configuration is quenched twice, with FIRE (the
 * pipeline's minimiser) and with steepest descent (the gradient flow that defines a basin, Ref. 79), and the
 * transitions are counted for thresholds 1e-3 to 1e-7 (the paper: the count does not change over several orders of
 * magnitude). Not part of any preset: run on demand, at small N.
 */
public final class MinimiserSensitivity {
    private MinimiserSensitivity() {}

    /** Thresholds on |Delta U_IHS| (extensive) at which the transitions are counted. */
    static final double[] THRESHOLDS = {1e-3, 1e-4, 1e-5, 1e-6, 1e-7};

    /** Quench energies of both minimisers along one trajectory. */
    public record Run(double[] fire, double[] steepest, long fireIterations, long steepestIterations, int fireUnconverged,
                      int steepestUnconverged) {}

    /**
     * From the starting liquid of {@code s} at its lowest T ({@link LiquidStage#startingLiquid}), {@code equilibration}
     * time units of Nose-Hoover MD at dt, then {@code quenches} steps at the transition time step, each configuration
     * quenched by FIRE and by steepest descent to {@link MesoelasticPresets#TRANSITION_FORCE_TOLERANCE}.
     */
    public static Run run(SystemSpec s, double equilibration, int quenches, long seed) {
        Configuration c = LiquidStage.startingLiquid(s, s.lowestIndex(), seed);
        double[] uf = new double[quenches + 1], us = new double[quenches + 1];
        long itF = 0, itS = 0;
        int badF = 0, badS = 0;
        try (ForceField ff = s.forceField(1); ForceField qf = s.forceField(1)) {
            MolecularDynamics md = new MolecularDynamics(c, new NoseHooverChain(ff, s.dt(), s.lowestT(), s.tauNH()));
            md.runSteps(Math.round(equilibration / s.dt()));
            MolecularDynamics fine = new MolecularDynamics(c, new NoseHooverChain(ff, s.transitionDt(), s.lowestT(), s.tauNH()));
            Fire fire = new Fire();
            SteepestDescent sd = new SteepestDescent();
            for (int q = 0; q <= quenches; q++) {
                if (q > 0) fine.runSteps(1);
                Configuration a = c.copy(), b = c.copy();
                qf.neighbors().invalidate();
                Fire.Result rf = fire.minimize(a, qf, TRANSITION_FORCE_TOLERANCE, FIRE_MAX_ITERATIONS);
                qf.neighbors().invalidate();
                Fire.Result rs = sd.minimize(b, qf, TRANSITION_FORCE_TOLERANCE, 50 * FIRE_MAX_ITERATIONS);
                uf[q] = rf.energy(); us[q] = rs.energy();
                itF += rf.iterations(); itS += rs.iterations();
                if (!rf.converged()) badF++;
                if (!rs.converged()) badS++;
            }
        }
        return new Run(uf, us, itF, itS, badF, badS);
    }

    /**
     * Per threshold: transitions with FIRE and with steepest descent, and the quenches whose two IS energies differ by
     * more than the threshold (different basins or different depths of one basin).
     */
    public static Table summary(Run r) {
        int m = THRESHOLDS.length;
        double[] f = new double[m], sd = new double[m], differ = new double[m];
        for (int k = 0; k < m; k++) {
            f[k] = InherentStructureTransitions.count(r.fire(), THRESHOLDS[k]);
            sd[k] = InherentStructureTransitions.count(r.steepest(), THRESHOLDS[k]);
            for (int q = 0; q < r.fire().length; q++) if (Math.abs(r.fire()[q] - r.steepest()[q]) > THRESHOLDS[k]) differ[k]++;
        }
        return Tables.of("minimiser_sensitivity", "threshold", THRESHOLDS.clone(), "transitions_fire", f, "transitions_steepest_descent", sd,
            "quenches_with_different_IS_energy", differ);
    }
}
