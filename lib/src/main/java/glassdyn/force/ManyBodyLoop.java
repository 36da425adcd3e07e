package glassdyn.force;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;

/**
 * The loop of a {@link ManyBodyForce} in {@link ForceField}: on a full neighbour list, phase one runs the style's
 * {@link ManyBodyForce#centre} over each thread's rows (forces on a row's neighbours stay in that row's entry slots),
 * phase two gathers the force on each particle j as its own centre slot plus, in the order of j's row, the slots of
 * the reverse entries (the entry of i -&gt; j for each neighbour i of j). Every sum runs in an order fixed by the list,
 * which does not depend on the team, so forces, energy and virial are the same for every thread count, bit for bit.
 */
final class ManyBodyLoop {
    final ManyBodyForce style;
    final ManyBodyTally tally = new ManyBodyTally();
    /** For each list entry (i -&gt; j, image c), the index of the entry (j -&gt; i, image 26 - c) in row j. */
    private int[] reverse = new int[0];
    double[] fx = new double[0], fy = new double[0], fz = new double[0], pe = new double[0];
    final double[][] st = new double[6][0];

    ManyBodyLoop(ManyBodyForce style) { this.style = style; }

    /** After a rebuild: reverse entries over rows {@code [i0, i1)}. */
    void reverseRows(NeighborList list, int i0, int i1) {
        int[] start = list.start(), pairs = list.pairs();
        for (int i = i0; i < i1; i++)
            for (int p = start[i]; p < start[i + 1]; p++) {
                int e = pairs[p], j = NeighborList.index(e), want = 26 - NeighborList.image(e);
                int q = start[j], end = start[j + 1];
                while (q < end && (NeighborList.index(pairs[q]) != i || NeighborList.image(pairs[q]) != want)) q++;
                if (q == end) throw new IllegalStateException("full neighbour list not symmetric: " + i + " lists " + j + " but not back");
                reverse[p] = q;
            }
    }

    /** Sizes the buffers after a rebuild (the reverse map is then filled by {@link #reverseRows}). */
    void rebuilt(NeighborList list, int n, int parts) {
        int size = list.size(), maxRow = 0;
        int[] start = list.start();
        for (int i = 0; i < n; i++) maxRow = Math.max(maxRow, start[i + 1] - start[i]);
        if (reverse.length < size) reverse = new int[size];
        style.prepare(parts, maxRow);
    }

    void size(int n, int entries, boolean perParticle) {
        tally.size(n, entries, perParticle);
        if (fx.length != n) { fx = new double[n]; fy = new double[n]; fz = new double[n]; }
        if (perParticle && pe.length != n) { pe = new double[n]; for (int k = 0; k < 6; k++) st[k] = new double[n]; }
    }

    /** Phase one over rows {@code [i0, i1)} by thread part {@code part}. */
    void centres(int part, int i0, int i1, Configuration c, NeighborList list) {
        int[] start = list.start();
        for (int i = i0; i < i1; i++) {
            tally.clear(i, start[i], start[i + 1]);
            style.centre(part, i, c, list, tally);
        }
    }

    /** Phase two over particles {@code [lo, hi)}. */
    void gather(int lo, int hi, NeighborList list) {
        int[] start = list.start(), rev = reverse;
        ManyBodyTally t = tally;
        double[] ex = t.ex, ey = t.ey, ez = t.ez;
        for (int j = lo; j < hi; j++) {
            double gx = t.fx[j], gy = t.fy[j], gz = t.fz[j];
            for (int q = start[j], end = start[j + 1]; q < end; q++) {
                int p = rev[q];
                gx += ex[p]; gy += ey[p]; gz += ez[p];
            }
            fx[j] = gx; fy[j] = gy; fz[j] = gz;
            if (t.atoms) {
                double e = t.peSelf[j];
                for (int q = start[j], end = start[j + 1]; q < end; q++) e += t.peEntry[rev[q]];
                pe[j] = e;
                for (int k = 0; k < 6; k++) {
                    double[] from = t.stEntry[k];
                    double s = t.stSelf[k][j];
                    for (int q = start[j], end = start[j + 1]; q < end; q++) s += from[rev[q]];
                    st[k][j] = s;
                }
            }
        }
    }

    /** Total energy into the return value and the virial into {@code w}, summed in particle order. */
    double sum(int n, double[] w) {
        double e = 0;
        for (int i = 0; i < n; i++) e += tally.centreEnergy[i];
        for (int k = 0; k < 6; k++) {
            double[] v = tally.centreVirial[k];
            double s = 0;
            for (int i = 0; i < n; i++) s += v[i];
            w[k] = s;
        }
        return e;
    }

    /** Checks the configuration's species against the style's. */
    void checkSpecies(Configuration c) {
        if (c.typeCount() > style.speciesCount())
            throw new IllegalArgumentException(style.name() + " has parameters for " + style.speciesCount()
                + " species, the configuration has " + c.typeCount());
    }

}
