package glassdyn.force;

/**
 * A SIMD pair-force kernel over the rows of a {@link PaddedRows} list (implemented with the JDK's Vector API; this
 * interface has no dependency on the incubator module, so the library loads and runs the scalar loop without it).
 */
interface RowPairKernel {
    /** The vector width in doubles (the row padding of the {@link PaddedRows} it runs on). */
    int width();

    /** The largest number of species the kernel handles (others run the scalar loop). */
    int maxSpecies();

    /**
     * Adds the forces of rows {@code [i0, i1)} into {@code f} (interleaved: {@code f[4 i + 0..2]}), with the scalar
     * loop's per-pair operations and summation order, so the forces equal the scalar loop's.
     *
     * @param cut2     squared cutoffs per species pair {@code a*species + b}
     * @param lj1      {@code 48 eps sigma^12} per species pair
     * @param lj2      {@code 24 eps sigma^6} per species pair
     * @param scratch  three arrays of at least {@link PaddedRows#maxRow} doubles (per thread)
     */
    void forces(PaddedRows rows, int i0, int i1, double[] cut2, double[] lj1, double[] lj2, int species,
                double[] f, double[][] scratch);
}
