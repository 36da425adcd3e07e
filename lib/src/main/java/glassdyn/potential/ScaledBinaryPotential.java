package glassdyn.potential;

/**
 * A binary mixture whose pair potential is one dimensionless function of {@code X = r / lambda_ij}:
 * {@code phi_ij(r) = epsilon f(X)} for {@code X < x_c}, zero beyond (the form of the Lerner-group models of paper
 * 004: IPL, 2DIPL, SS). Subclasses give {@code f}, {@code f'(X)/X} and {@code f''} as functions of {@code X^2}
 * so the force loop needs no square root. Types: 0 = small (S), 1 = large (L).
 */
abstract class ScaledBinaryPotential implements PairPotential {
    private final double[] lambda2 = new double[4];
    private final double[] cut2 = new double[4];
    private final double maxLambda;
    private final double xc;

    /** {@code lambdaSS, lambdaSL, lambdaLL} size parameters and the dimensionless cutoff {@code xc}. */
    ScaledBinaryPotential(double lambdaSS, double lambdaSL, double lambdaLL, double xc) {
        double[] l = {lambdaSS, lambdaSL, lambdaSL, lambdaLL};
        for (int p = 0; p < 4; p++) {
            lambda2[p] = l[p] * l[p];
            cut2[p] = xc * xc * lambda2[p];
        }
        this.maxLambda = Math.max(lambdaSS, Math.max(lambdaSL, lambdaLL));
        this.xc = xc;
    }

    /** f(X) for {@code x2 = X^2 < xc^2}. */
    abstract double f(double x2);
    /** f'(X) / X. */
    abstract double fPrimeOverX(double x2);
    /** f''(X). */
    abstract double fSecond(double x2);

    public double dimensionlessCutoff() { return xc; }

    public double lambda(int ti, int tj) { return Math.sqrt(lambda2[2 * ti + tj]); }

    @Override public double cutoff2(int ti, int tj, double si, double sj) { return cut2[2 * ti + tj]; }

    @Override public double maxCutoff(double maxSize) { return xc * maxLambda; }

    @Override public double energy(double r2, int ti, int tj, double si, double sj) {
        return f(r2 / lambda2[2 * ti + tj]);
    }

    @Override public double forceOverR(double r2, int ti, int tj, double si, double sj) {
        double l2 = lambda2[2 * ti + tj];
        return -fPrimeOverX(r2 / l2) / l2;
    }

    @Override public double curvature(double r2, int ti, int tj, double si, double sj) {
        double l2 = lambda2[2 * ti + tj];
        return fSecond(r2 / l2) / l2;
    }

    @Override public int speciesCount() { return 2; }
}
