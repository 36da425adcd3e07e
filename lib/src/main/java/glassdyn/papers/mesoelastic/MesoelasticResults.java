package glassdyn.papers.mesoelastic;

import glassdyn.papers.StageResult;

import java.util.Map;

import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * The finished stages of one run of paper 004, by key ({@link MesoelasticPresets#dynKey}, {@code transKey},
 * {@code mobKey}), with the preset and seed they were run with: what the figures and the claims read.
 */
public record MesoelasticResults(Preset preset, long seed, Map<String, StageResult> stages) {
    /** The (system, T) liquid and its inherent structures. */
    public StageResult dyn(SystemSpec s, int k) { return require(dynKey(s, k)); }

    /** The IS transition count of a system. */
    public StageResult trans(SystemSpec s) { return require(transKey(s)); }

    /** The isoconfigurational mobility of a system, or null when the system has none (IPL). */
    public StageResult mob(SystemSpec s) { return stages.get(mobKey(s)); }

    /** The 2D IPL of Figs. 1-2, or null when the run has none (checkpoints made before the stage existed). */
    public StageResult ipl2d() { return stages.get(MesoelasticIpl2dPreset.KEY); }

    /** kappa at two N ({@link KappaSizeStage}), or null when the run has none (checkpoints made before the stage existed). */
    public StageResult kappaSize() { return stages.get(KappaSizeStage.KEY); }

    /** The state point of matched viscosity of a system ({@link MatchedViscosityStage}), or null when the run has none. */
    public StageResult matched(SystemSpec s) { return stages.get(MatchedViscosityStage.key(s)); }

    public SystemSpec system(String key) { return preset.system(key); }

    private StageResult require(String key) {
        StageResult r = stages.get(key);
        if (r == null) throw new IllegalStateException("stage " + key + " has not run");
        return r;
    }
}
