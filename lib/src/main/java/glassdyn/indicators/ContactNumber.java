package glassdyn.indicators;

import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

/**
 * Contact number z (paper 003 Fig. 4 "contact force number"; not defined in Appendix B, spec 003 ambiguity 10):
 * the number of neighbours in the repulsive range of the pair potential, {@code u'(r) < 0} (POLY: all interacting pairs;
 * LJ: r &lt; 2^(1/6) sigma_ab). Low = soft.
 */
public final class ContactNumber {
    private ContactNumber() {}

    public static double[] compute(Configuration c, PairPotential p, NeighbourShells interacting) {
        double[] z = new double[c.n];
        for (int j = 0; j < c.n; j++)
            for (int q = interacting.start[j]; q < interacting.start[j + 1]; q++) {
                int k = interacting.index[q];
                double r2 = interacting.dist[q] * interacting.dist[q];
                if (r2 < p.cutoff2(c.type[j], c.type[k], c.diameter[j], c.diameter[k])
                    && p.forceOverR(r2, c.type[j], c.type[k], c.diameter[j], c.diameter[k]) > 0) z[j]++;
            }
        return z;
    }
}
