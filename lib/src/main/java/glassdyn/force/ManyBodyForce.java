package glassdyn.force;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;

/**
 * A many-body potential as a force-field style (LAMMPS's {@code Pair} classes with {@code manybody_flag}, one class
 * per potential): {@link ForceField} gives it a FULL {@link NeighborList} and calls {@link #centre} for every particle;
 * the style writes the terms centred at that particle into a {@link ManyBodyTally} (the force on the centre into the
 * centre's slot, the forces on its neighbours into the slots of the row's list entries), and the force field gathers
 * them. Nothing is scattered across rows, so the result does not depend on the thread count.
 */
public interface ManyBodyForce {
    /** The name of the potential (as the command line and reports name it). */
    String name();

    /** The interaction range: terms involve neighbours closer than this. */
    double cutoff();

    /** Number of species with parameters. */
    int speciesCount();

    /**
     * Makes room for {@code parts} threads calling {@link #centre} at once on rows of up to {@code maxRow} entries
     * (called after each neighbour-list rebuild; the only place a style may allocate).
     */
    void prepare(int parts, int maxRow);

    /**
     * The terms centred at particle {@code i} (for a pair term, the pair once, from its lower index; for a three-body
     * term j-i-k, from the vertex i), tallied into {@code t}: its slots of row {@code i} have been zeroed.
     *
     * @param part the calling thread's part (its scratch space)
     */
    void centre(int part, int i, Configuration c, NeighborList full, ManyBodyTally t);
}
