package glassdyn.papers.mesoelastic;

import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.potential.PairPotential;
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

    /** From the equilibrated liquid at the lowest T (the end of that temperature's production). */
    public StageResult compute(Configuration c) {
        double t = s.lowestT();
        PairPotential pot = s.potential();
        c.time = 0;
        try (ForceField ff = new ForceField(pot, SKIN, 1); ForceField qf = new ForceField(pot, SKIN, 1)) {
            Path imported = dir == null ? null : dir.resolve(transKey(s) + FRAMES_DUMP);
            boolean fromLammps = imported != null && Files.isRegularFile(imported);
            InherentStructureTransitions.Result r;
            if (fromLammps) {
                List<Configuration> frames = new ArrayList<>();
                for (Frame f : DumpFrames.read(imported, s.transitionDt(), 0, 1, preset.transitionQuenches())) frames.add(f.config());
                r = InherentStructureTransitions.ofFrames(frames, qf, new Fire(), TRANSITION_FORCE_TOLERANCE, FIRE_MAX_ITERATIONS);
            } else {
                MolecularDynamics md = new MolecularDynamics(c, new NoseHooverChain(ff, s.transitionDt(), t, s.tauNH()));
                r = InherentStructureTransitions.sample(md, qf, new Fire(), TRANSITION_FORCE_TOLERANCE, FIRE_MAX_ITERATIONS,
                    preset.transitionQuenches());
            }
            Map<String, Double> v = new LinkedHashMap<>();
            double tb = BALLISTIC_T0 * s.t0(t);
            v.put("T", t); v.put("transitions", (double) r.transitions()); v.put("duration", r.duration());
            v.put("lammps_trajectory", fromLammps ? 1.0 : 0.0);
            v.put("rate", r.rate());
            v.put("scaled_rate", r.rate() * tb * N0 / s.n());
            v.put("scaled_rate_upper", Math.max(1, r.transitions()) / r.duration() * tb * N0 / s.n());
            return StageResult.of(Map.of("is_energy", Tables.of("is_energy", "t", r.time(), "U_IS", r.energy())), v);
        }
    }
}
