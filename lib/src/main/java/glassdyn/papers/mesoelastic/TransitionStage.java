package glassdyn.papers.mesoelastic;

import glassdyn.dynamics.Kinetic;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.protocols.InherentStructureTransitions;
import glassdyn.table.Tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * The IS-energy trajectory and transition count of one system at its lowest T (paper 004 Fig. 5, footnote 83): MD at
 * the system's transition time step (IPL: dt; SS: dt/10), a FIRE quench after every step, a transition wherever the
 * IS energy changes by more than 1e-5 (extensive); or the same quenches of an imported LAMMPS trajectory.
 */
public final class TransitionStage {
    private final Preset preset;
    private final SystemSpec s;
    private final Path dir;

    /** @param dir checkpoint directory holding an imported trajectory ({@code transKey + FRAMES_DUMP}), or null */
    public TransitionStage(Preset preset, SystemSpec s, Path dir) {
        this.preset = preset;
        this.s = s;
        this.dir = dir;
    }

    /**
     * From the equilibrated liquid at the lowest T (the end of that temperature's production): the first trajectory
     * continues it, each further one starts from it with Maxwell-Boltzmann velocities drawn with {@code seed + j}; the
     * table {@code trajectories} holds each one's count and duration (the independent units of the rate's interval).
     */
    public StageResult compute(Configuration c, long seed) {
        double t = s.lowestT();
        Configuration start = c.copy();
        c.time = 0;
        int m = preset.transitionTrajectories();
        double[] counts = new double[m], durations = new double[m];
        InherentStructureTransitions.Result r = null;
        boolean fromLammps = false;
        for (int j = 0; j < m; j++) {
            Configuration cj = c;
            if (j > 0) {
                cj = start.copy();
                Kinetic.drawVelocities(cj, t, seed + j);
                cj.time = 0;
            }
            Path imported = dir == null || j > 0 ? null : dir.resolve(transKey(s) + FRAMES_DUMP);
            fromLammps |= imported != null && Files.isRegularFile(imported);
            InherentStructureTransitions.Result rj = trajectory(cj, imported);
            counts[j] = rj.transitions();
            durations[j] = rj.duration();
            if (j == 0) r = rj;
        }
        return result(r, fromLammps, counts, durations);
    }

    /** One trajectory: MD from {@code c}, or the frames of an imported LAMMPS dump when {@code imported} exists. */
    private InherentStructureTransitions.Result trajectory(Configuration c, Path imported) {
        try (ForceField ff = s.forceField(1); ForceField qf = s.forceField(1)) {
            if (imported != null && Files.isRegularFile(imported)) {
                List<Configuration> frames = new ArrayList<>();
                for (Frame f : DumpFrames.read(imported, s.transitionDt(), 0, 1, preset.quenches(s))) frames.add(f.config());
                return InherentStructureTransitions.ofFrames(frames, qf, new Fire(), TRANSITION_FORCE_TOLERANCE, FIRE_MAX_ITERATIONS);
            }
            MolecularDynamics md = new MolecularDynamics(c, new NoseHooverChain(ff, s.transitionDt(), s.lowestT(), s.tauNH()));
            return InherentStructureTransitions.sample(md, qf, new Fire(), TRANSITION_FORCE_TOLERANCE, FIRE_MAX_ITERATIONS,
                preset.quenches(s));
        }
    }

    private StageResult result(InherentStructureTransitions.Result r, boolean fromLammps, double[] counts, double[] durations) {
        double t = s.lowestT();
        {
            Map<String, Double> v = new LinkedHashMap<>();
            double tb = BALLISTIC_T0 * s.t0(t);
            v.put("T", t); v.put("transitions", (double) r.transitions()); v.put("duration", r.duration());
            v.put("lammps_trajectory", fromLammps ? 1.0 : 0.0);
            v.put("rate", r.rate());
            v.put("scaled_rate", r.rate() * tb * N0 / s.n());
            v.put("scaled_rate_upper", Math.max(1, r.transitions()) / r.duration() * tb * N0 / s.n());
            Map<String, tech.tablesaw.api.Table> tables = new LinkedHashMap<>();
            tables.put("is_energy", Tables.of("is_energy", "t", r.time(), "U_IS", r.energy()));
            tables.put("trajectories", Tables.of("trajectories", "transitions", counts, "duration", durations));
            return StageResult.of(tables, v);
        }
    }
}
