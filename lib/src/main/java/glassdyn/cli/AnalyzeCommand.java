package glassdyn.cli;

import glassdyn.io.TrajectoryFiles;
import picocli.CommandLine.Command;

/**
 * {@code glassdyn analyze ...}: the analyses of {@code glassdyn.analysis} on a trajectory file (LAMMPS dump, extended
 * XYZ, GSD, H5MD; see {@link TrajectoryFiles}), one class per subcommand (as LAMMPS has one compute_*.cpp per
 * compute). Each subcommand writes its table as CSV with {@code --out} (atomically, only after the whole
 * computation succeeded) or to standard output, and ends with one JSON line.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyses of a trajectory: LAMMPS text dump, extended XYZ (ASE/OVITO), GSD (HOOMD) or H5MD, the format read from the content (--format forces it).",
        "Cells: orthogonal, triclinic with xy, xz, yz tilts, and general triclinic (extxyz Lattice in any orientation, LAMMPS 'abc origin', H5MD edges) rotated to LAMMPS form; 2D as LAMMPS, HOOMD and ASE (pbc T T F) write it.",
        "Without --out the table goes to standard output; the last line is a JSON summary."},
    subcommands = {
        AnalyzeMsd.class,
        AnalyzeRdf.class,
        AnalyzeFsqt.class,
        AnalyzeFqt.class,
        AnalyzeSteinhardt.class,
        AnalyzeAlpha2.class,
        AnalyzeChi4.class,
        AnalyzeSelf.class,
        AnalyzeVanHove.class,
        AnalyzeSq.class,
        AnalyzeCageJumps.class,
        AnalyzePersistence.class,
        AnalyzeD2min.class,
        AnalyzeRetention.class,
        AnalyzeClusters.class,
        AnalyzeStress.class,
        AnalyzeCoarseGrain.class,
        AnalyzeSpearman.class,
        AnalyzeInfo.class,
        AnalyzeTable.class,
        AnalyzeConvert.class,
    })
public final class AnalyzeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
