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
     * workers; every paper's pipeline is cut into units.
     */
    /** Engines of {@code plan --engine}. */
    public static final String GLASSDYN = "glassdyn", LAMMPS = "lammps";

    /**
     * As {@link #open(String, Scale, Path, int)}, with the units' engine: {@code lammps} runs the dynamics of the
     * units LAMMPS has the model for (mesoelastic-kappa's liquids; tau-lc-duality's isoconfigurational ensembles,
     * scratch under {@code lammpsWork}); a paper with no such unit is bad input ({@link #noLammps}).
     */
    public static PaperPipeline open(String paper, Scale scale, Path checkpoints, int threads, String engine, Path lammpsWork) {
        PaperPipeline p = open(paper, scale, checkpoints, threads);
        if (GLASSDYN.equals(engine)) return p;
        if (!LAMMPS.equals(engine)) throw InputException.parameter("--engine", "expected glassdyn or lammps", engine);
        if (p instanceof glassdyn.papers.mesoelastic.MesoelasticKappa m) return m.withLammps(lammpsWork);
        if (p instanceof glassdyn.papers.taulc.TauLcDuality t) return t.withLammps(lammpsWork);
        throw InputException.parameter("--engine", noLammps(paper), engine);
    }

    /**
     * Why a paper has no LAMMPS units, checked against the Debian build (LAMMPS 29 Sep 2021, {@code lmp -h}): paper
     * 000's overdamped Brownian dynamics under shear with a potential-free hard-core overlap removal has no fix there
     * (no {@code fix brownian}; {@code pair_style yukawa} with per-pair prefactors would give only the soft tail);
     * paper 002 is a lattice model; paper 003's POLY pair potential with non-additive per-pair diameters from
     * continuous diameters is no pair style (the per-atom-radius styles are colloid, granular and hydrodynamic ones),
     * so it needs one atom type per particle with N(N+1)/2 pair coefficients, either tabulated ({@code pair_style
     * table}: interpolated, not the potential) or a Python call per pair ({@code pair_style python}: exact, orders of
     * magnitude slower than glassdyn).
     */
    static String noLammps(String paper) {
        return switch (paper) {
            case "cage-jump-ler" -> "cage-jump-ler has no LAMMPS units: its overdamped Brownian dynamics under shear with a "
                + "potential-free hard-core overlap removal has no fix in LAMMPS 29Sep2021 (no fix brownian; pair yukawa is only the soft tail)";
            case "epm-q" -> "epm-q has no LAMMPS units: it is a lattice elastoplastic model, not molecular dynamics";
            case "plasticity-indicators" -> "plasticity-indicators has no LAMMPS units: POLY (d_ij/r)^12 + c0 + c1 (r/d_ij)^2 + "
                + "c2 (r/d_ij)^4 with non-additive d_ij from continuous diameters is no pair style of LAMMPS 29Sep2021; it would "
                + "need one atom type per particle and N(N+1)/2 pair_coeff lines (pair_style table interpolates; pair_style python "
                + "is exact but calls Python per pair)";
            default -> "no unit of " + paper + " runs on LAMMPS";
        };
    }

    public static PaperPipeline open(String paper, Scale scale, Path checkpoints, int threads) {
        if (!PAPERS.contains(paper)) throw InputException.parameter("PAPER", "unknown paper, expected one of " + PAPERS, paper);
        return switch (paper) {
            case "epm-q" -> new glassdyn.papers.epmq.EpmQ(scale, glassdyn.epm.KernelVariant.DEFAULT,
                glassdyn.papers.epmq.EpmQ.SEED, checkpoints, threads);
            case "tau-lc-duality" -> new glassdyn.papers.taulc.TauLcDuality(scale, glassdyn.papers.taulc.TauLcDuality.SEED,
                checkpoints, threads);
            case "plasticity-indicators" -> new glassdyn.papers.plasticity.PlasticityIndicators(scale,
                glassdyn.papers.plasticity.PlasticityIndicators.SEED, checkpoints, threads);
            case "cage-jump-ler" -> new glassdyn.papers.cagejump.CageJumpLer(scale, glassdyn.papers.cagejump.CageJumpLer.SEED,
                checkpoints, threads);
            case "mesoelastic-kappa" -> new glassdyn.papers.mesoelastic.MesoelasticKappa(scale,
                glassdyn.papers.mesoelastic.MesoelasticPresets.SEED, checkpoints, threads);
            default -> throw new IllegalStateException(paper);
        };
    }
}
