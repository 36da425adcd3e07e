/**
 * Paper-scale runs on a cluster (issue 10): glassdyn writes a paper's MD protocols as LAMMPS input decks
 * ({@link glassdyn.lammps.LammpsDeck}), with job lists and a manifest ({@link glassdyn.lammps.ExportedRuns}); LAMMPS
 * runs them with MPI anywhere; glassdyn imports the finished runs into the paper pipeline's checkpoint files, so
 * {@code reproduce PAPER --from DIR} renders the figures from them.
 */
package glassdyn.lammps;
