package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Trajectory;
import glassdyn.table.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Cage-jump detection of Candelier, Dauchot and Biroli (PRL 102, 088001 (2009); used in PRL 105, 135702 (2010) and
 * PRE 81, 031101 (2010)), as specified for papers 000 (section 2.3) and 001 (section 2.2): a particle's trajectory
 * {r(t_k)} on a segment is split at every k into S1 = [start, k] and S2 = (k, end]; the indicator
 * <pre>  p(k) = xi(k) sqrt( &lt;|r - &lt;r&gt;_S1|^2&gt;_S2  &lt;|r - &lt;r&gt;_S2|^2&gt;_S1 ),   xi(k) = sqrt(n1 n2) / (n1 + n2)</pre>
 * measures how far each sub-trajectory lies from the other's centroid (xi removes the edge bias). The split
 * k* = argmax p is a cage jump when p(k*) exceeds {@code pThreshold} (units length^2; paper 001's default is the
 * MSD plateau, the Debye-Waller factor) and the two cage centroids are further apart than {@code minJump} (paper
 * 000's cage-size criterion l_c; 0 disables it) and both cages last at least {@code minFrames} frames; the
 * procedure recurses on both sub-segments until nothing is accepted. Prefix sums of r and |r|^2 make each segment
 * O(length).
 *
 * <p>Each jump is reported with the particle, the frame index of the first frame in the new cage, the time
 * midway between the last frame of the old cage and the first of the new, the displacement between the centroids
 * of the two final cages on either side (paper 000's jump vector {@code <r>_S2 - <r>_S1}), and the indicator value. Run it on non-affine positions under
 * shear ({@link PositionHistory#of(Trajectory, boolean)} with {@code nonAffine = true}).
 */
public final class CageJumpDetector {
    /** Default minimum cage duration in frames (paper 000 spec section 2.3: n_min = 5). */
    public static final int DEFAULT_MIN_FRAMES = 5;

    private final double pThreshold;
    private double minJump;
    private int minFrames = DEFAULT_MIN_FRAMES;

    /** @param pThreshold acceptance threshold on p (length^2), e.g. the plateau of the MSD */
    public CageJumpDetector(double pThreshold) {
        if (!(pThreshold > 0) || !Double.isFinite(pThreshold)) throw InputException.parameter("p-threshold", "must be positive", pThreshold);
        this.pThreshold = pThreshold;
    }

    /** Minimum distance between the two cage centroids (paper 000's l_c); default 0 (off). */
    public CageJumpDetector minJump(double l) {
        if (!(l >= 0)) throw InputException.parameter("min-jump", "must be non-negative", l);
        minJump = l;
        return this;
    }

    /** Minimum number of frames in each cage (default {@value #DEFAULT_MIN_FRAMES}). */
    public CageJumpDetector minFrames(int m) {
        if (m < 1) throw InputException.parameter("min-frames", "must be at least 1", m);
        minFrames = m;
        return this;
    }

    /** One detected jump of one particle: {@code frame} is the first frame of the new cage. */
    public record Jump(int frame, double p, double dx, double dy, double dz) {
        public double size() { return Math.sqrt(dx * dx + dy * dy + dz * dz); }
    }

    /** Jumps of one trajectory {@code (x[k], y[k], z[k])}, in time order. */
    public List<Jump> detect(double[] x, double[] y, double[] z) {
        int m = x.length;
        // prefix sums relative to the first point (avoids cancellation for far-travelled particles)
        double[] sx = new double[m + 1], sy = new double[m + 1], sz = new double[m + 1], s2 = new double[m + 1];
        for (int k = 0; k < m; k++) {
            double a = x[k] - x[0], b = y[k] - y[0], c = z[k] - z[0];
            sx[k + 1] = sx[k] + a; sy[k + 1] = sy[k] + b; sz[k + 1] = sz[k] + c; s2[k + 1] = s2[k] + a * a + b * b + c * c;
        }
        List<Jump> found = new ArrayList<>();
        split(0, m, sx, sy, sz, s2, found);
        found.sort((p, q) -> Integer.compare(p.frame, q.frame));
        // the jump vector joins the centroids of the two final cages on either side of the jump
        List<Jump> out = new ArrayList<>(found.size());
        for (int j = 0; j < found.size(); j++) {
            int a = j == 0 ? 0 : found.get(j - 1).frame, k = found.get(j).frame, b = j == found.size() - 1 ? m : found.get(j + 1).frame;
            int n1 = k - a, n2 = b - k;
            out.add(new Jump(k, found.get(j).p,
                (sx[b] - sx[k]) / n2 - (sx[k] - sx[a]) / n1,
                (sy[b] - sy[k]) / n2 - (sy[k] - sy[a]) / n1,
                (sz[b] - sz[k]) / n2 - (sz[k] - sz[a]) / n1));
        }
        return out;
    }

    /** Recursive segmentation of frames [from, to). */
    private void split(int from, int to, double[] sx, double[] sy, double[] sz, double[] s2, List<Jump> out) {
        int n = to - from;
        if (n < 2 * minFrames) return;
        double best = -1;
        int bestK = -1;
        for (int k = from + minFrames; k <= to - minFrames; k++) { // S1 = [from, k), S2 = [k, to)
            double p = indicator(from, k, to, sx, sy, sz, s2);
            if (p > best) { best = p; bestK = k; }
        }
        if (bestK < 0 || !(best > pThreshold)) return;
        int n1 = bestK - from, n2 = to - bestK;
        double dx = (sx[to] - sx[bestK]) / n2 - (sx[bestK] - sx[from]) / n1;
        double dy = (sy[to] - sy[bestK]) / n2 - (sy[bestK] - sy[from]) / n1;
        double dz = (sz[to] - sz[bestK]) / n2 - (sz[bestK] - sz[from]) / n1;
        if (Math.sqrt(dx * dx + dy * dy + dz * dz) <= minJump) return;
        out.add(new Jump(bestK, best, dx, dy, dz));
        split(from, bestK, sx, sy, sz, s2, out);
        split(bestK, to, sx, sy, sz, s2, out);
    }

    /** p for S1 = [a, k), S2 = [k, b). */
    private static double indicator(int a, int k, int b, double[] sx, double[] sy, double[] sz, double[] s2) {
        int n1 = k - a, n2 = b - k;
        double m1x = (sx[k] - sx[a]) / n1, m1y = (sy[k] - sy[a]) / n1, m1z = (sz[k] - sz[a]) / n1;
        double m2x = (sx[b] - sx[k]) / n2, m2y = (sy[b] - sy[k]) / n2, m2z = (sz[b] - sz[k]) / n2;
        double q1 = (s2[k] - s2[a]) / n1, q2 = (s2[b] - s2[k]) / n2;
        // <|r - m1|^2>_S2 = <r^2>_S2 - 2 m1.<r>_S2 + |m1|^2, and symmetrically
        double d1 = q2 - 2 * (m1x * m2x + m1y * m2y + m1z * m2z) + (m1x * m1x + m1y * m1y + m1z * m1z);
        double d2 = q1 - 2 * (m1x * m2x + m1y * m2y + m1z * m2z) + (m2x * m2x + m2y * m2y + m2z * m2z);
        double xi = Math.sqrt((double) n1 * n2) / (n1 + n2);
        return xi * Math.sqrt(Math.max(0, d1) * Math.max(0, d2));
    }

    /**
     * All jumps of all particles: one row per jump with {@code id, type, frame, t} (midway between the two cages),
     * {@code dx, dy, dz, size} (centroid displacement) and {@code p}. Particles are processed in parallel; the
     * result is in (id, frame) order whatever the thread count.
     */
    public Table compute(PositionHistory h) {
        int f = h.frames();
        @SuppressWarnings("unchecked")
        List<Jump>[] per = new List[h.n];
        java.util.stream.IntStream.range(0, h.n).parallel().forEach(i -> {
            double[] x = new double[f], y = new double[f], z = new double[f];
            for (int k = 0; k < f; k++) { x[k] = h.x[k][i]; y[k] = h.y[k][i]; z[k] = h.z[k][i]; }
            per[i] = detect(x, y, z);
        });
        int total = 0;
        for (List<Jump> l : per) total += l.size();
        int[] id = new int[total], type = new int[total], frame = new int[total];
        double[] t = new double[total], dx = new double[total], dy = new double[total], dz = new double[total], size = new double[total], p = new double[total];
        int r = 0;
        for (int i = 0; i < h.n; i++)
            for (Jump j : per[i]) {
                id[r] = h.id[i]; type[r] = h.type[i] + 1; frame[r] = j.frame;
                t[r] = 0.5 * (h.time[j.frame - 1] + h.time[j.frame]);
                dx[r] = j.dx; dy[r] = j.dy; dz[r] = j.dz; size[r] = j.size(); p[r] = j.p;
                r++;
            }
        Table out = Table.create("cage jumps");
        out.addColumns(IntColumn.create("id", id), IntColumn.create("type", type), IntColumn.create("frame", frame));
        Table rest = Tables.of("x", "t", t, "dx", dx, "dy", dy, "dz", dz, "size", size, "p", p);
        for (var c : rest.columns()) out.addColumns(c);
        return out;
    }

    /** Streams the trajectory into memory (non-affine under shear when asked) and detects all jumps. */
    public Table compute(Trajectory trajectory, boolean nonAffine) { return compute(PositionHistory.of(trajectory, nonAffine)); }
}
