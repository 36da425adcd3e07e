package glassdyn.neighbors;

/**
 * The innermost loop of the half-list build: appends the particles of a run of cell-sorted slots that lie within the
 * species-pair list range of a point. {@link #SCALAR} is the reference; {@link #vector()} returns the SIMD version
 * ({@link VectorRangeScan}) when the JVM has the {@code jdk.incubator.vector} module and 512-bit double vectors with
 * a native compress (AVX-512), else the scalar one. Both append the same entries in the same order (the distances are
 * computed with the same operations, no fused multiply-add), so the neighbour list, and everything computed from it,
 * does not depend on which one ran.
 */
interface RangeScan {
    /** Slack the output buffer needs beyond the entries appended (a SIMD version stores whole vectors). */
    int SLACK = 16;

    /**
     * Appends {@code atoms[p] | packedCode} for every slot {@code p} of {@code [p, e)} with
     * {@code (xi - xs[p])^2 + (yi - ys[p])^2 + (zi - zs[p])^2 < rsq[row + ts[p]]}, in slot order, at {@code out[m..]};
     * returns the new entry count. The caller guarantees {@code out.length >= m + (e - p) + SLACK} and that the slot
     * arrays have {@link #SLACK} padding entries beyond the last particle (valid species indices in {@code ts}).
     */
    int scan(int p, int e, double xi, double yi, double zi, double[] xs, double[] ys, double[] zs, int[] ts,
             int[] atoms, double[] rsq, int row, int packedCode, int[] out, int m);

    /** The scalar loop: branch-free append (the distance test is unpredictable). */
    RangeScan SCALAR = (p, e, xi, yi, zi, xs, ys, zs, ts, atoms, rsq, row, packedCode, out, m) -> {
        for (; p < e; p++) {
            double dx = xi - xs[p], dy = yi - ys[p], dz = zi - zs[p];
            out[m] = atoms[p] | packedCode;
            m += dx * dx + dy * dy + dz * dz < rsq[row + ts[p]] ? 1 : 0;
        }
        return m;
    };

    /**
     * The SIMD scan when available (module present, 512-bit vectors, and not switched off with
     * {@code -Dglassdyn.listScan=scalar}), else {@link #SCALAR}.
     */
    static RangeScan vector() {
        if ("scalar".equals(System.getProperty("glassdyn.listScan"))) return SCALAR;
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return SCALAR;
        try {
            return (RangeScan) Class.forName("glassdyn.neighbors.VectorRangeScan").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return SCALAR;
        }
    }
}
