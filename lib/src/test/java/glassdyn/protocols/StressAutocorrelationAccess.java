package glassdyn.protocols;

/** Test access to the package-private stress autocorrelation of {@link IsoconfigurationalEnsemble}. */
public final class StressAutocorrelationAccess {
    private StressAutocorrelationAccess() {}

    public static double[] of(double[][] p, int maxLag) { return IsoconfigurationalEnsemble.offDiagonalAutocorrelation(p, maxLag); }
}
