package glassdyn.force;

/**
 * A SIMD pair-force kernel over a {@link ClusterPairList} (implemented with the JDK's Vector API in
 * {@link ForceField}'s optional kernel; this interface has no dependency on the incubator module, so the library
 * loads and runs the scalar loop without it).
 */
interface ClusterPairKernel {
    /**
     * Adds the forces of the cluster rows {@code [c0, c1)} into {@code fx, fy, fz} (slot order), and when {@code eflag}
     * the energy and the virial {@code W_ab = sum d_a d_b f(r)/r} (xx, yy, zz, xy, xz, yz) into {@code acc[0..6]}.
     *
     * @param shiftX the image shifts per code (see {@link glassdyn.neighbors.NeighborList#shiftX})
     */
    void run(ClusterPairList cl, int c0, int c1, double[] shiftX, double[] shiftY, double[] shiftZ,
             double[] fx, double[] fy, double[] fz, boolean eflag, double[] acc);
}
