package glassdyn.force;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;

/**
 * The rows of a half {@link NeighborList} re-laid for a SIMD kernel that runs the neighbours {@code j} of one
 * particle {@code i} in vector lanes (the plain-Verlet-list vectorisation with gathers): each row starts at a
 * multiple of the vector width {@code w}; the gathers' index maps are separate arrays, {@code 4 j} (an index into the
 * interleaved coordinates {@link #xyzt}) and the image code; a row's last vector is filled with padding lanes
 * ({@code j = i}, image code {@link #FAR}, whose shift of 1e30 puts the lane out of range of every cutoff). Every
 * lane is then a listed pair except the padding of the row tails (about 3% of the lanes for Kob-Andersen at
 * N = 4096, rows of about 46 entries), against 21% of the lanes computing a pair within the cutoff for the 4 x 4
 * cluster pairs this layout replaced (issue 21, session 11's count).
 *
 * <p>Per force call {@link #pack} interleaves each particle's coordinates and species as {@code (x, y, z, type)}
 * (one cache line holds two particles, so the four gathers of a lane touch one line), which also carries species
 * changes between rebuilds (swap Monte Carlo).
 */
final class PaddedRows {
    /** Image code of the padding lanes (one past the 27 codes of {@link NeighborList}). */
    static final int FAR = 27;
    private static final double FAR_SHIFT = 1e30;

    final int width;
    int n = -1;
    /** Row offsets, each a multiple of {@link #width}. */
    int[] start = new int[1];
    /** Entries of each row in the list (without padding). */
    int[] length = new int[0];
    /** Per entry: {@code 4 j} and the image code. */
    int[] index4 = new int[0], code = new int[0];
    /** Image shifts per code, with the padding code {@link #FAR} at the end (refreshed from the list every call). */
    final double[] sx = new double[FAR + 1], sy = new double[FAR + 1], sz = new double[FAR + 1];
    /** Interleaved {@code x, y, z, type} per particle. */
    double[] xyzt = new double[0];
    /** The longest padded row. */
    int maxRow;

    /** @param width the vector width in doubles */
    PaddedRows(int width) {
        this.width = width;
        sx[FAR] = sy[FAR] = sz[FAR] = FAR_SHIFT;
    }

    /**
     * After a rebuild of {@code list} (of a configuration of {@code n} particles): the padded row offsets. The entries
     * are then filled per range of rows by {@link #fill} (each thread its own rows, in the force phase).
     */
    void layout(NeighborList list, int n) {
        if (n != this.n) {
            this.n = n;
            start = new int[n + 1];
            length = new int[n];
            xyzt = new double[4 * n];
        }
        int[] ls = list.start();
        int w = width, m = 0, longest = 0;
        for (int i = 0; i < n; i++) {
            start[i] = m;
            int len = ls[i + 1] - ls[i];
            length[i] = len;
            int padded = (len + w - 1) / w * w;
            longest = Math.max(longest, padded);
            m += padded;
        }
        start[n] = m;
        maxRow = longest;
        if (index4.length < m) { index4 = new int[m + (m >> 3)]; code = new int[index4.length]; }
    }

    /** The entries of rows {@code [i0, i1)} from the list (after {@link #layout}). */
    void fill(NeighborList list, int i0, int i1) {
        int[] ls = list.start(), pairs = list.pairs();
        int mask = NeighborList.INDEX_MASK, bits = NeighborList.INDEX_BITS;
        int[] index4 = this.index4, code = this.code;
        for (int i = i0; i < i1; i++) {
            int q = start[i];
            for (int p = ls[i], pe = ls[i + 1]; p < pe; p++, q++) {
                int e = pairs[p];
                index4[q] = (e & mask) << 2;
                code[q] = e >>> bits;
            }
            for (int qe = start[i + 1]; q < qe; q++) { index4[q] = i << 2; code[q] = FAR; }
        }
    }

    /** Every call: the image shifts of the current box and the interleaved coordinates and species. */
    void pack(NeighborList list, Configuration c) {
        System.arraycopy(list.shiftX, 0, sx, 0, FAR);
        System.arraycopy(list.shiftY, 0, sy, 0, FAR);
        System.arraycopy(list.shiftZ, 0, sz, 0, FAR);
        double[] x = c.x, y = c.y, z = c.z, p = xyzt;
        int[] type = c.type;
        for (int i = 0, k = 0; i < n; i++, k += 4) { p[k] = x[i]; p[k + 1] = y[i]; p[k + 2] = z[i]; p[k + 3] = type[i]; }
    }
}
