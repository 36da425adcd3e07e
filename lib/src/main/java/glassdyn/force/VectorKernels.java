package glassdyn.force;

/**
 * Loads the Vector API kernels only when the JVM has the {@code jdk.incubator.vector} module (started with
 * {@code --add-modules jdk.incubator.vector}, as {@code environment/glassdyn}, the Maven build and the notebook kernel
 * do) and 256-bit double vectors; otherwise (plain {@code java -jar}) the force loops stay scalar. The system property
 * {@code glassdyn.pairKernel=scalar} makes them unavailable; {@code glassdyn.pairKernel=vector} switches them on by
 * default (see {@link ForceField#vectorKernel()}).
 */
final class VectorKernels {
    private VectorKernels() {}

    /** Whether {@link #lennardJones()} returns a kernel (with the current value of {@code glassdyn.pairKernel}). */
    static boolean available() { return lennardJones() != null; }

    /** Whether new force fields use the kernels without being asked ({@code glassdyn.pairKernel=vector}). */
    static boolean onByDefault() { return "vector".equals(System.getProperty("glassdyn.pairKernel")); }

    /** The SIMD Lennard-Jones kernel, or null when unavailable. */
    static RowPairKernel lennardJones() {
        if ("scalar".equals(System.getProperty("glassdyn.pairKernel"))) return null;
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return null;
        try {
            return (RowPairKernel) Class.forName("glassdyn.force.LennardJonesRowKernel")
                .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
