package glassdyn.force;

import glassdyn.neighbors.NeighborList;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Lennard-Jones pair loop (LAMMPS {@code lj/cut}: {@code f/r = r^-8 (lj1 r^-6 - lj2)}) with the JDK Vector API
 * on the rows of a {@link PaddedRows} list: for one particle {@code i}, {@code w} consecutive neighbours at a time in
 * the vector lanes, their coordinates and species gathered from the interleaved {@code (x, y, z, type)} array
 * ({@code vgatherdpd}); the image shifts are gathered only for vectors with a lane outside the central image
 * (subtracting the central image's zero shift changes nothing); the species-pair parameters are a blend of the two
 * values of {@code i}'s species (one or two species). The pair forces {@code d f(r)/r} of a row go to a small scratch
 * buffer (vector stores), and a scalar pass over the row then adds them to {@code i} and subtracts them from each
 * {@code j} (Newton's third law). A scatter instead of that pass was measured 1.3x slower on Zen 4 (its AVX-512
 * scatters are slow), and it would need rows without repeated {@code j} (small boxes have them).
 *
 * <p>Every pair is computed with the scalar loop's operations in its order (no fused multiply-add), pairs beyond the
 * cutoff get a force of zero, and the scalar pass sums in the list's order, so the forces are those of the scalar
 * loop of {@link ForceField} (adding a zero changes no sum; at most the sign of a zero force differs), not only
 * equal to summation-order rounding: a run does not depend on which kernel computed its forces. The width is 4
 * doubles (256 bits); {@code -Dglassdyn.pairVectorBits=512} selects 8. Loaded only when the
 * {@code jdk.incubator.vector} module is present (see {@link VectorKernels}).
 */
final class LennardJonesRowKernel implements RowPairKernel {
    private static final VectorSpecies<Double> S =
        "512".equals(System.getProperty("glassdyn.pairVectorBits")) ? DoubleVector.SPECIES_512 : DoubleVector.SPECIES_256;
    private static final int W = S.length();
    private static final VectorSpecies<Integer> IS = W == 4 ? IntVector.SPECIES_128 : IntVector.SPECIES_256;
    private static final int CENTER = NeighborList.CENTER;

    LennardJonesRowKernel() {
        if (DoubleVector.SPECIES_PREFERRED.length() < W)
            throw new UnsupportedOperationException("no " + S.vectorBitSize() + "-bit double vectors on this CPU");
    }

    @Override public int width() { return W; }

    @Override public int maxSpecies() { return 2; }

    @Override
    public void forces(PaddedRows rows, int i0, int i1, double[] cut2, double[] lj1, double[] lj2, int species,
                       double[] f, double[][] scratch) {
        if (species > 2) throw new IllegalArgumentException("the row kernel handles one or two species, got " + species);
        for (int i = i0; i < i1; i++)
            if (rows.length[i] > 0) row(rows, i, cut2, lj1, lj2, species, f, scratch[0], scratch[1], scratch[2]);
    }

    /** Row {@code i}: the pair forces by vectors into {@code tx, ty, tz}, then the scalar accumulation in list order. */
    private static void row(PaddedRows rows, int i, double[] cut2, double[] lj1, double[] lj2, int species,
                            double[] f, double[] tx, double[] ty, double[] tz) {
        final int q0 = rows.start[i], qe = rows.start[i + 1], len = rows.length[i];
        final int[] index4 = rows.index4, code = rows.code;
        final double[] p = rows.xyzt, sx = rows.sx, sy = rows.sy, sz = rows.sz;
        final int a = (int) p[4 * i + 3] * species, b = species - 1;
        final DoubleVector xi = DoubleVector.broadcast(S, p[4 * i]), yi = DoubleVector.broadcast(S, p[4 * i + 1]),
            zi = DoubleVector.broadcast(S, p[4 * i + 2]), one = DoubleVector.broadcast(S, 1.0), zero = DoubleVector.zero(S);
        // the parameters of i's species against species 0 and (when there are two) 1
        final DoubleVector c0 = DoubleVector.broadcast(S, cut2[a]), c1 = DoubleVector.broadcast(S, cut2[a + b]),
            p10 = DoubleVector.broadcast(S, lj1[a]), p11 = DoubleVector.broadcast(S, lj1[a + b]),
            p20 = DoubleVector.broadcast(S, lj2[a]), p21 = DoubleVector.broadcast(S, lj2[a + b]);
        for (int q = q0, k = 0; q < qe; q += W, k += W) {
            DoubleVector dx = xi.sub(DoubleVector.fromArray(S, p, 0, index4, q));
            DoubleVector dy = yi.sub(DoubleVector.fromArray(S, p, 1, index4, q));
            DoubleVector dz = zi.sub(DoubleVector.fromArray(S, p, 2, index4, q));
            if (!IntVector.fromArray(IS, code, q).compare(VectorOperators.EQ, CENTER).allTrue()) {
                dx = dx.sub(DoubleVector.fromArray(S, sx, 0, code, q));
                dy = dy.sub(DoubleVector.fromArray(S, sy, 0, code, q));
                dz = dz.sub(DoubleVector.fromArray(S, sz, 0, code, q));
            }
            final DoubleVector r2 = dx.mul(dx).add(dy.mul(dy)).add(dz.mul(dz));
            final VectorMask<Double> second = DoubleVector.fromArray(S, p, 3, index4, q).compare(VectorOperators.NE, 0.0);
            final VectorMask<Double> in = r2.lt(c0.blend(c1, second));
            final DoubleVector r2inv = one.div(r2);
            final DoubleVector r6inv = r2inv.mul(r2inv).mul(r2inv);
            final DoubleVector fpair = zero.blend(r6inv.mul(p10.blend(p11, second).mul(r6inv)
                .sub(p20.blend(p21, second))).mul(r2inv), in);
            dx.mul(fpair).intoArray(tx, k);
            dy.mul(fpair).intoArray(ty, k);
            dz.mul(fpair).intoArray(tz, k);
        }
        double fxi = 0, fyi = 0, fzi = 0;
        for (int k = 0; k < len; k++) {
            final int j = index4[q0 + k];
            final double ddx = tx[k], ddy = ty[k], ddz = tz[k];
            fxi += ddx; fyi += ddy; fzi += ddz;
            f[j] -= ddx; f[j + 1] -= ddy; f[j + 2] -= ddz;
        }
        f[4 * i] += fxi; f[4 * i + 1] += fyi; f[4 * i + 2] += fzi;
    }
}
