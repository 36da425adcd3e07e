package glassdyn.neighbors;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RangeScan} with the JDK Vector API on 512-bit vectors: eight cell-sorted slots per iteration (contiguous
 * loads of the coordinates, no gathers for one or two species), the eight squared distances computed with the
 * scalar loop's operations in its order, and the entries of the slots in range appended in slot order by a lane
 * compress (AVX-512 {@code vpcompressd}) and one vector store. The list is therefore identical, entry for entry, to the
 * scalar scan's. Loaded only with the {@code jdk.incubator.vector} module and only where the preferred vector holds
 * eight doubles (on AVX2 the compress has no single instruction).
 */
final class VectorRangeScan implements RangeScan {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_512;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;

    VectorRangeScan() {
        if (DoubleVector.SPECIES_PREFERRED.length() < D.length())
            throw new UnsupportedOperationException("no 512-bit double vectors on this CPU");
    }

    @Override
    public int scan(int p, int e, double xi, double yi, double zi, double[] xs, double[] ys, double[] zs, int[] ts,
                    int[] atoms, double[] rsq, int row, int packedCode, int[] out, int m) {
        final DoubleVector vx = DoubleVector.broadcast(D, xi), vy = DoubleVector.broadcast(D, yi),
            vz = DoubleVector.broadcast(D, zi);
        final int species = rsq.length == 1 ? 1 : rsq.length == 4 ? 2 : 0;
        final DoubleVector r0 = DoubleVector.broadcast(D, rsq[row]),
            r1 = species == 2 ? DoubleVector.broadcast(D, rsq[row + 1]) : r0;
        for (; p < e; p += 8) {
            final DoubleVector dx = vx.sub(DoubleVector.fromArray(D, xs, p)), dy = vy.sub(DoubleVector.fromArray(D, ys, p)),
                dz = vz.sub(DoubleVector.fromArray(D, zs, p));
            final DoubleVector r2 = dx.mul(dx).add(dy.mul(dy)).add(dz.mul(dz));
            final DoubleVector range;
            if (species == 1) range = r0;
            else if (species == 2) {
                VectorMask<Integer> second = IntVector.fromArray(I, ts, p).compare(VectorOperators.NE, 0);
                range = r0.blend(r1, second.cast(D));
            } else range = DoubleVector.fromArray(D, rsq, row, ts, p);
            final VectorMask<Double> hit = r2.lt(range).and(D.indexInRange(p, e));
            final VectorMask<Integer> take = hit.cast(I);
            IntVector.fromArray(I, atoms, p).or(packedCode).compress(take).intoArray(out, m);
            m += take.trueCount();
        }
        return m;
    }
}
