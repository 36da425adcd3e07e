package glassdyn.plan;

import glassdyn.InputException;
import glassdyn.Scale;
import glassdyn.papers.PaperPipeline;

import java.nio.file.Path;
import java.util.List;

/** The five papers' pipelines by their command-line names ({@code shared/CLI.md}). */
public final class Pipelines {
    private Pipelines() {}

    /** The paper names of CLI.md, in paper order. */
    public static final List<String> PAPERS = List.of("cage-jump-ler", "tau-lc-duality", "epm-q", "plasticity-indicators",
        "mesoelastic-kappa");

    /**
     * The pipeline of {@code paper} at {@code scale}, its stages stored in {@code checkpoints}, on {@code threads}
     * workers. Pipelines not cut into units yet run as one unit ({@link WholeRun}), whose figures go to
     * {@code checkpoints/../units/all.out}.
     */
    /** Engines of {@code plan --engine}. */
    public static final String GLASSDYN = "glassdyn", LAMMPS = "lammps";

    /**
     * As {@link #open(String, Scale, Path, int)}, with the units' engine: {@code lammps} runs the dynamics of the
     * units LAMMPS has the model for (mesoelastic-kappa's liquids, decks under {@code lammpsWork}); a paper with no
     * such unit is bad input.
     */
    public static PaperPipeline open(String paper, Scale scale, Path checkpoints, int threads, String engine, Path lammpsWork) {
        PaperPipeline p = open(paper, scale, checkpoints, threads);
        if (GLASSDYN.equals(engine)) return p;
        if (!LAMMPS.equals(engine)) throw InputException.parameter("--engine", "expected glassdyn or lammps", engine);
        if (p instanceof glassdyn.papers.mesoelastic.MesoelasticKappa m) return m.withLammps(lammpsWork);
        throw InputException.parameter("--engine", "no unit of " + paper + " runs on LAMMPS yet (only mesoelastic-kappa's liquids)", engine);
    }

    public static PaperPipeline open(String paper, Scale scale, Path checkpoints, int threads) {
        if (!PAPERS.contains(paper)) throw InputException.parameter("PAPER", "unknown paper, expected one of " + PAPERS, paper);
        Path scratch = checkpoints.resolveSibling("units").resolve("all.out");
        return switch (paper) {
            case "epm-q" -> new glassdyn.papers.epmq.EpmQ(scale, glassdyn.epm.KernelVariant.DEFAULT,
                glassdyn.papers.epmq.EpmQ.SEED, checkpoints, threads);
            case "tau-lc-duality" -> new glassdyn.papers.taulc.TauLcDuality(scale, glassdyn.papers.taulc.TauLcDuality.SEED,
                checkpoints, threads);
            case "plasticity-indicators" -> new glassdyn.papers.plasticity.PlasticityIndicators(scale,
                glassdyn.papers.plasticity.PlasticityIndicators.SEED, checkpoints, threads);
            case "cage-jump-ler" -> new WholeRun(paper, new glassdyn.papers.cagejump.CageJumpLer(scale,
                glassdyn.papers.cagejump.CageJumpLer.SEED, checkpoints, threads)::writeAll, scratch, Costs.cageJump(scale), threads);
            case "mesoelastic-kappa" -> new glassdyn.papers.mesoelastic.MesoelasticKappa(scale,
                glassdyn.papers.mesoelastic.MesoelasticPresets.SEED, checkpoints, threads);
            default -> throw new IllegalStateException(paper);
        };
    }
}
