package glassdyn.force;

import glassdyn.neighbors.NeighborList;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Lennard-Jones pair loop (LAMMPS {@code lj/cut}: {@code f/r = r^-8 (lj1 r^-6 - lj2)},
 * {@code u = r^-6 (lj3 r^-6 - lj4) - offset}) with the JDK Vector API on a {@link ClusterPairList}: for each particle i
 * of a cluster and each listed j cluster, the four j lanes are one 256-bit vector loaded from the packed coordinates
 * and the per-slot species tables (no gathers); the j forces (Newton's third law) are subtracted from the packed
 * force buffer as one contiguous vector, so the four lanes never collide; the i force is accumulated in a vector and
 * reduced once per cluster row. Pairs within a cluster (the central image) are done by the scalar formula.
 *
 * <p>Every per-pair quantity is computed with the same operations in the same order as the scalar loop of
 * {@link ForceField} (no fused multiply-add), so the two paths differ only in the order the pair terms are summed.
 * Loaded only when the {@code jdk.incubator.vector} module is present (see {@link ForceField}).
 */
final class LennardJonesVectorKernel implements ClusterPairKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;
    private static final int CENTER = NeighborList.CENTER;
    private static final int BITS = ClusterPairList.CODE_BITS, MASK = ClusterPairList.CODE_MASK;

    LennardJonesVectorKernel() {
        if (DoubleVector.SPECIES_PREFERRED.length() < S.length())
            throw new UnsupportedOperationException("no 256-bit double vectors on this CPU");
    }

    /**
     * Cluster rows {@code [c0, c1)}; with {@code eflag} also the energy and virial (thermo steps; the test is
     * loop-invariant, so the compiler unswitches it out of the forces-only loop of the integrator's steps).
     */
    @Override
    public void run(ClusterPairList cl, int c0, int c1, double[] sx, double[] sy, double[] sz,
                    double[] fx, double[] fy, double[] fz, boolean eflag, double[] acc) {
        if (eflag) withEnergy(cl, c0, c1, sx, sy, sz, fx, fy, fz, acc);
        else forces(cl, c0, c1, sx, sy, sz, fx, fy, fz);
    }

    /**
     * Forces only (the integrator's steps): per cluster row, each real i particle against the listed j clusters
     * ({@link #forceRow}). One copy of the pair arithmetic per compiled method: C2 inlines the Vector API calls only
     * while a method stays under its node-count limit (a 4x4 unrolled row, measured, exceeded it: three of its four
     * pair blocks ran out of line with boxed vectors, 3x slower than the scalar loop).
     */
    private static void forces(ClusterPairList cl, int c0, int c1, double[] sx, double[] sy, double[] sz,
                               double[] fx, double[] fy, double[] fz) {
        final int[] start = cl.cStart, ent = cl.entries;
        final int real = cl.particles();
        for (int ci = c0; ci < c1; ci++) {
            int q0 = start[ci];
            final int qe = start[ci + 1];
            if (q0 < qe && ent[q0] == (ci << BITS | CENTER)) {
                withinCluster(cl, ci, fx, fy, fz, null);
                q0++;
            }
            if (q0 == qe) continue;
            for (int i = ci << 2, end = Math.min(i + 4, real); i < end; i++) forceRow(cl, i, q0, qe, sx, sy, sz, fx, fy, fz);
        }
    }

    /** Slot {@code i} against the j clusters of entries {@code [q0, qe)}: i force reduced once, j forces as vectors. */
    private static void forceRow(ClusterPairList cl, int i, int q0, int qe, double[] sx, double[] sy, double[] sz,
                                 double[] fx, double[] fy, double[] fz) {
        final double[] px = cl.px, py = cl.py, pz = cl.pz, cut2 = cl.tables[0], lj1 = cl.tables[1], lj2 = cl.tables[2];
        final int[] ent = cl.entries;
        final int to = cl.ptype[i] * cl.slots();
        final DoubleVector xi = DoubleVector.broadcast(S, px[i]), yi = DoubleVector.broadcast(S, py[i]),
            zi = DoubleVector.broadcast(S, pz[i]), one = DoubleVector.broadcast(S, 1.0), zero = DoubleVector.zero(S);
        DoubleVector fxi = zero, fyi = zero, fzi = zero;
        for (int q = q0; q < qe; q++) {
            final int e = ent[q], jb = (e >>> BITS) << 2, code = e & MASK;
            final DoubleVector dx = xi.sub(DoubleVector.fromArray(S, px, jb)).sub(sx[code]);
            final DoubleVector dy = yi.sub(DoubleVector.fromArray(S, py, jb)).sub(sy[code]);
            final DoubleVector dz = zi.sub(DoubleVector.fromArray(S, pz, jb)).sub(sz[code]);
            final DoubleVector r2 = dx.mul(dx).add(dy.mul(dy)).add(dz.mul(dz));
            final VectorMask<Double> in = r2.lt(DoubleVector.fromArray(S, cut2, to + jb));
            if (!in.anyTrue()) continue;
            final DoubleVector r2inv = one.div(r2);
            final DoubleVector r6inv = r2inv.mul(r2inv).mul(r2inv);
            final DoubleVector fpair = zero.blend(r6inv.mul(DoubleVector.fromArray(S, lj1, to + jb).mul(r6inv)
                .sub(DoubleVector.fromArray(S, lj2, to + jb))).mul(r2inv), in);
            final DoubleVector ddx = dx.mul(fpair), ddy = dy.mul(fpair), ddz = dz.mul(fpair);
            fxi = fxi.add(ddx); fyi = fyi.add(ddy); fzi = fzi.add(ddz);
            DoubleVector.fromArray(S, fx, jb).sub(ddx).intoArray(fx, jb);
            DoubleVector.fromArray(S, fy, jb).sub(ddy).intoArray(fy, jb);
            DoubleVector.fromArray(S, fz, jb).sub(ddz).intoArray(fz, jb);
        }
        fx[i] += fxi.reduceLanes(VectorOperators.ADD);
        fy[i] += fyi.reduceLanes(VectorOperators.ADD);
        fz[i] += fzi.reduceLanes(VectorOperators.ADD);
    }

    /** Forces, energy and virial: the i particles of a cluster one at a time against each listed j cluster. */
    private static void withEnergy(ClusterPairList cl, int c0, int c1, double[] sx, double[] sy, double[] sz,
                                   double[] fx, double[] fy, double[] fz, double[] acc) {
        final boolean eflag = true;
        final double[] px = cl.px, py = cl.py, pz = cl.pz;
        final double[] cut2 = cl.tables[0], lj1 = cl.tables[1], lj2 = cl.tables[2], lj3 = cl.tables[3],
            lj4 = cl.tables[4], off = cl.tables[5];
        final int[] ptype = cl.ptype, start = cl.cStart, ent = cl.entries;
        final int m = cl.slots(), real = cl.particles();
        final DoubleVector one = DoubleVector.broadcast(S, 1.0), zero = DoubleVector.zero(S);
        DoubleVector ev = zero, wxx = zero, wyy = zero, wzz = zero, wxy = zero, wxz = zero, wyz = zero;
        for (int ci = c0; ci < c1; ci++) {
            int q0 = start[ci], qe = start[ci + 1];
            if (q0 < qe && ent[q0] == (ci << BITS | CENTER)) {
                withinCluster(cl, ci, fx, fy, fz, eflag ? acc : null);
                q0++;
            }
            for (int l = 0, ib = ci << 2; l < 4 && ib + l < real; l++) {
                final int i = ib + l, to = ptype[i] * m;
                final double xi = px[i], yi = py[i], zi = pz[i];
                DoubleVector fxi = zero, fyi = zero, fzi = zero;
                for (int q = q0; q < qe; q++) {
                    final int e = ent[q], jb = (e >>> BITS) << 2, code = e & MASK;
                    final DoubleVector dx = DoubleVector.broadcast(S, xi).sub(DoubleVector.fromArray(S, px, jb)).sub(sx[code]);
                    final DoubleVector dy = DoubleVector.broadcast(S, yi).sub(DoubleVector.fromArray(S, py, jb)).sub(sy[code]);
                    final DoubleVector dz = DoubleVector.broadcast(S, zi).sub(DoubleVector.fromArray(S, pz, jb)).sub(sz[code]);
                    final DoubleVector r2 = dx.mul(dx).add(dy.mul(dy)).add(dz.mul(dz));
                    final VectorMask<Double> in = r2.lt(DoubleVector.fromArray(S, cut2, to + jb));
                    if (!in.anyTrue()) continue;
                    final DoubleVector r2inv = one.div(r2);
                    final DoubleVector r6inv = r2inv.mul(r2inv).mul(r2inv);
                    final DoubleVector f = r6inv.mul(DoubleVector.fromArray(S, lj1, to + jb).mul(r6inv)
                        .sub(DoubleVector.fromArray(S, lj2, to + jb))).mul(r2inv);
                    final DoubleVector fpair = zero.blend(f, in);
                    final DoubleVector ddx = dx.mul(fpair), ddy = dy.mul(fpair), ddz = dz.mul(fpair);
                    fxi = fxi.add(ddx); fyi = fyi.add(ddy); fzi = fzi.add(ddz);
                    DoubleVector.fromArray(S, fx, jb).sub(ddx).intoArray(fx, jb);
                    DoubleVector.fromArray(S, fy, jb).sub(ddy).intoArray(fy, jb);
                    DoubleVector.fromArray(S, fz, jb).sub(ddz).intoArray(fz, jb);
                    if (eflag) {
                        final DoubleVector u = r6inv.mul(DoubleVector.fromArray(S, lj3, to + jb).mul(r6inv)
                            .sub(DoubleVector.fromArray(S, lj4, to + jb))).sub(DoubleVector.fromArray(S, off, to + jb));
                        ev = ev.add(zero.blend(u, in));
                        wxx = wxx.add(dx.mul(ddx)); wyy = wyy.add(dy.mul(ddy)); wzz = wzz.add(dz.mul(ddz));
                        wxy = wxy.add(dx.mul(ddy)); wxz = wxz.add(dx.mul(ddz)); wyz = wyz.add(dy.mul(ddz));
                    }
                }
                fx[i] += fxi.reduceLanes(VectorOperators.ADD);
                fy[i] += fyi.reduceLanes(VectorOperators.ADD);
                fz[i] += fzi.reduceLanes(VectorOperators.ADD);
            }
        }
        if (!eflag) return;
        acc[0] += ev.reduceLanes(VectorOperators.ADD);
        acc[1] += wxx.reduceLanes(VectorOperators.ADD); acc[2] += wyy.reduceLanes(VectorOperators.ADD);
        acc[3] += wzz.reduceLanes(VectorOperators.ADD); acc[4] += wxy.reduceLanes(VectorOperators.ADD);
        acc[5] += wxz.reduceLanes(VectorOperators.ADD); acc[6] += wyz.reduceLanes(VectorOperators.ADD);
    }

    /** The pairs {@code a < b} within cluster {@code ci} (central image), by the scalar formula; energy when acc != null. */
    private static void withinCluster(ClusterPairList cl, int ci, double[] fx, double[] fy, double[] fz, double[] acc) {
        final double[] px = cl.px, py = cl.py, pz = cl.pz;
        final double[] cut2 = cl.tables[0], lj1 = cl.tables[1], lj2 = cl.tables[2];
        final int m = cl.slots(), end = Math.min((ci + 1) << 2, cl.particles());
        for (int i = ci << 2; i < end; i++) {
            final int to = cl.ptype[i] * m;
            for (int j = i + 1; j < end; j++) {
                final double dx = px[i] - px[j], dy = py[i] - py[j], dz = pz[i] - pz[j];
                final double r2 = dx * dx + dy * dy + dz * dz;
                final int k = to + j;
                if (r2 >= cut2[k]) continue;
                final double r2inv = 1.0 / r2;
                final double r6inv = r2inv * r2inv * r2inv;
                final double fpair = r6inv * (lj1[k] * r6inv - lj2[k]) * r2inv;
                final double ddx = dx * fpair, ddy = dy * fpair, ddz = dz * fpair;
                fx[i] += ddx; fy[i] += ddy; fz[i] += ddz;
                fx[j] -= ddx; fy[j] -= ddy; fz[j] -= ddz;
                if (acc != null) {
                    acc[0] += r6inv * (cl.tables[3][k] * r6inv - cl.tables[4][k]) - cl.tables[5][k];
                    acc[1] += dx * ddx; acc[2] += dy * ddy; acc[3] += dz * ddz;
                    acc[4] += dx * ddy; acc[5] += dx * ddz; acc[6] += dy * ddz;
                }
            }
        }
    }
}
