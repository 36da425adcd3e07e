package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;

/**
 * A cell list over one configuration for pair searches up to a cutoff, in the box's fractional coordinates so a
 * Lees-Edwards (xy-tilted) box, or a general triclinic one (xz, yz tilts), works like an orthogonal one. Cells are at least {@code rc} wide measured
 * perpendicular to their faces, so every pair closer than {@code rc} lies in the same or an adjacent cell; with at
 * least three cells along each axis the adjacent image is unique and is the minimum image. Periodic shifts come
 * from the cell wrap, so no rounding to the nearest image is needed per pair.
 *
 * <p>When a box is too small for three cells along some axis (or the cutoff exceeds half its width), the grid
 * degenerates to one cell and {@link #bruteForce()} is true: callers then loop over all pairs with
 * {@link Box#minimumImage}.
 */
public final class CellGrid {
    final int n, dim;
    final int ncx, ncy, ncz;
    /** Wrapped positions (equal to the input where it was inside the cell). */
    public final double[] x, y, z;
    /** Particles sorted by cell: cell c holds {@code atoms[start[c] .. start[c+1])}. */
    final int[] start, atoms;
    /** Wrapped positions in cell order ({@code sx[k]} is particle {@code atoms[k]}), for contiguous inner loops. */
    private final double[] sx, sy, sz;
    final Box box;
    final boolean bruteForce;
    /** Half stencil: neighbour-cell offsets with (oz, oy, ox) lexicographically positive. */
    final int[][] halfStencil;

    public CellGrid(Configuration c, double rc) {
        n = c.n;
        dim = c.dim();
        box = c.box.copy();
        box.flipTilt();
        double lx = box.lx(), ly = box.ly(), lz = box.lz(), xy = box.xy(), xz = box.xz(), yz = box.yz();
        boolean general = box.isGeneralTriclinic();
        double[] w = box.perpendicularWidths();
        double wx = general ? w[0] : lx * ly / Math.hypot(ly, xy), wy = general ? w[1] : ly;
        double minWidth = Math.min(wx, wy);
        if (dim == 3) minWidth = Math.min(minWidth, lz);
        if (!(rc > 0)) throw InputException.parameter("rmax", "must be positive", rc);
        if (rc > minWidth / 2)
            throw InputException.parameter("rmax", "must not exceed half the smallest box width " + minWidth / 2, rc);
        int cx = (int) Math.floor(wx / rc), cy = (int) Math.floor(ly / rc), cz = dim == 3 ? (int) Math.floor(lz / rc) : 1;
        bruteForce = cx < 3 || cy < 3 || (dim == 3 && cz < 3);
        ncx = bruteForce ? 1 : Math.min(cx, 1 << 10);
        ncy = bruteForce ? 1 : Math.min(cy, 1 << 10);
        ncz = bruteForce ? 1 : Math.min(cz, 1 << 10);
        x = new double[n]; y = new double[n]; z = new double[n];
        int[] cell = new int[n];
        int ncell = ncx * ncy * ncz;
        start = new int[ncell + 1];
        for (int i = 0; i < n; i++) {
            double px = c.x[i], py = c.y[i], pz = c.z[i];
            if (general) {
                // fractional coordinates of the upper-triangular cell: z first, then y, then x
                double sz = (pz - box.zlo()) / lz, kz = Math.floor(sz);
                if (kz != 0) { pz -= kz * lz; py -= kz * yz; px -= kz * xz; sz -= kz; }
                double sy = (py - box.ylo() - sz * yz) / ly, ky = Math.floor(sy);
                if (ky != 0) { py -= ky * ly; px -= ky * xy; sy -= ky; }
                double sx = (px - box.xlo() - sy * xy - sz * xz) / lx, kx = Math.floor(sx);
                if (kx != 0) { px -= kx * lx; sx -= kx; }
                x[i] = px; y[i] = py; z[i] = pz;
                int ix = Math.min((int) (sx * ncx), ncx - 1), iy = Math.min((int) (sy * ncy), ncy - 1), iz = Math.min((int) (sz * ncz), ncz - 1);
                cell[i] = (iz * ncy + iy) * ncx + ix;
                start[cell[i] + 1]++;
                continue;
            }
            double sy = (py - box.ylo()) / ly;
            double ky = Math.floor(sy);
            if (ky != 0) { py -= ky * ly; px -= ky * xy; sy -= ky; }
            double sx = (px - box.xlo() - sy * xy) / lx;
            double kx = Math.floor(sx);
            if (kx != 0) { px -= kx * lx; sx -= kx; }
            double sz = 0;
            if (dim == 3) {
                sz = (pz - box.zlo()) / lz;
                double kz = Math.floor(sz);
                if (kz != 0) { pz -= kz * lz; sz -= kz; }
            }
            x[i] = px; y[i] = py; z[i] = pz;
            int ix = Math.min((int) (sx * ncx), ncx - 1), iy = Math.min((int) (sy * ncy), ncy - 1), iz = Math.min((int) (sz * ncz), ncz - 1);
            cell[i] = (iz * ncy + iy) * ncx + ix;
            start[cell[i] + 1]++;
        }
        for (int k = 0; k < ncell; k++) start[k + 1] += start[k];
        atoms = new int[n];
        int[] fill = new int[ncell];
        for (int i = 0; i < n; i++) atoms[start[cell[i]] + fill[cell[i]]++] = i;
        sx = new double[n]; sy = new double[n]; sz = new double[n];
        for (int k = 0; k < n; k++) { sx[k] = x[atoms[k]]; sy[k] = y[atoms[k]]; sz[k] = z[atoms[k]]; }
        java.util.List<int[]> st = new java.util.ArrayList<>();
        for (int oz = dim == 3 ? -1 : 0; oz <= (dim == 3 ? 1 : 0); oz++)
            for (int oy = -1; oy <= 1; oy++)
                for (int ox = -1; ox <= 1; ox++)
                    if (oz > 0 || (oz == 0 && (oy > 0 || (oy == 0 && ox > 0)))) st.add(new int[] {ox, oy, oz});
        halfStencil = st.toArray(new int[0][]);
    }

    int cellCount() { return ncx * ncy * ncz; }

    /**
     * Visits each unordered pair closer than {@code rc} once, for the particles of cell {@code cellIndex} against the
     * same cell (j after i) and the half stencil: {@code visitor.pair(i, j, r2)}.
     */
    void visitCell(int cellIndex, double rc2, PairVisitor visitor) {
        int ix = cellIndex % ncx, iy = (cellIndex / ncx) % ncy, iz = cellIndex / (ncx * ncy);
        double lx = box.lx(), ly = box.ly(), lz = box.lz(), xy = box.xy(), xz = box.xz(), yz = box.yz();
        int a0 = start[cellIndex], a1 = start[cellIndex + 1];
        for (int a = a0; a < a1; a++) {
            double xi = sx[a], yi = sy[a], zi = sz[a];
            for (int b = a + 1; b < a1; b++) {
                double dx = sx[b] - xi, dy = sy[b] - yi, dz = sz[b] - zi;
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 < rc2) visitor.pair(atoms[a], atoms[b], r2);
            }
        }
        for (int[] o : halfStencil) {
            int jx = ix + o[0], jy = iy + o[1], jz = iz + o[2];
            double shx = 0, shy = 0, shz = 0;
            if (jy < 0) { jy += ncy; shy -= ly; shx -= xy; } else if (jy >= ncy) { jy -= ncy; shy += ly; shx += xy; }
            if (jx < 0) { jx += ncx; shx -= lx; } else if (jx >= ncx) { jx -= ncx; shx += lx; }
            if (jz < 0) { jz += ncz; shz -= lz; shx -= xz; shy -= yz; } else if (jz >= ncz) { jz -= ncz; shz += lz; shx += xz; shy += yz; }
            int other = (jz * ncy + jy) * ncx + jx;
            int b0 = start[other], b1 = start[other + 1];
            for (int a = a0; a < a1; a++) {
                double xi = sx[a] - shx, yi = sy[a] - shy, zi = sz[a] - shz;
                for (int b = b0; b < b1; b++) {
                    double dx = sx[b] - xi, dy = sy[b] - yi, dz = sz[b] - zi;
                    double r2 = dx * dx + dy * dy + dz * dz;
                    if (r2 < rc2) visitor.pair(atoms[a], atoms[b], r2);
                }
            }
        }
    }

    /** All pairs by minimum image (small boxes). */
    void visitAll(int iFrom, int iTo, double rc2, PairVisitor visitor) {
        double[] d = new double[3];
        for (int i = iFrom; i < iTo; i++)
            for (int j = i + 1; j < n; j++) {
                d[0] = x[j] - x[i]; d[1] = y[j] - y[i]; d[2] = z[j] - z[i];
                box.minimumImage(d);
                double r2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
                if (r2 < rc2) visitor.pair(i, j, r2);
            }
    }

    /**
     * Visits every pair closer than {@code rc} exactly once, split over {@code chunks} independent work items
     * (cell ranges, or particle ranges when brute force); {@code visitorOf(chunk)} supplies the visitor of each.
     */
    public void visitPairs(double rc, int chunks, java.util.function.IntFunction<PairVisitor> visitorOf) {
        double rc2 = rc * rc;
        int items = bruteForce ? n : cellCount();
        int k = Math.max(1, Math.min(chunks, items));
        java.util.stream.IntStream.range(0, k).parallel().forEach(c -> {
            PairVisitor v = visitorOf.apply(c);
            int from = (int) ((long) items * c / k), to = (int) ((long) items * (c + 1) / k);
            if (bruteForce) {
                // balance the triangular loop: chunk c takes rows from both ends
                visitAll(from, to, rc2, v);
            } else {
                for (int cell = from; cell < to; cell++) visitCell(cell, rc2, v);
            }
        });
    }

    @FunctionalInterface
    public interface PairVisitor {
        void pair(int i, int j, double r2);
    }
}
