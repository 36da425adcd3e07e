package glassdyn.indicators;

import glassdyn.elastic.InteractingPairs;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

/**
 * Local shear modulus mu (paper 003 Eq. B21, Appendix B.11; Tsamados et al. PRE 80, 026112): the response of the
 * coarse-grained local shear stress (B20) to the coarse-grained local shear strain (B18-B19) under a small athermal
 * quasistatic simple-shear step, {@code mu(r) = d sigma_xy(r) / d(2 eps_xy(r))}, with r_c = {@link GoldhirschCoarseGraining#R_C}
 * and the fields at the particle positions. The AQS step is taken in its linear-response limit, which is exact for a
 * step without plastic event: positions move by {@code dgamma (y e_x + xdot)} with {@code xdot = -M^+ Xi} the
 * non-affine velocity (Eq. B23), the strain is linear in it, and {@code d sigma_xy/d gamma} is a central difference of
 * B20 along that path (step {@link #STRESS_STEP}). Engineering strain 2 eps_xy (spec 003 ambiguity 18: the factor is not
 * stated and irrelevant for ranks), so a homogeneous solid gives mu = G. Small = soft (paper, section II.C).
 */
public final class LocalShearModulus {
    /** Strain step of the central difference of the stress: truncation ~1e-10 relative, round-off ~1e-16/1e-5. */
    public static final double STRESS_STEP = 1e-5;

    private LocalShearModulus() {}

    public static double[] compute(HarmonicAnalysis h, PairPotential p) {
        return compute(h, p, new GoldhirschCoarseGraining(GoldhirschCoarseGraining.R_C));
    }

    public static double[] compute(HarmonicAnalysis h, PairPotential p, GoldhirschCoarseGraining cg) {
        Configuration c = h.configuration;
        double[] v = NonaffineVelocity.velocity(h);
        double[] exy = cg.strain(c, v, 0, 1, 0, 0)[2];
        double[] sp = shearStress(c, p, h.pairs, cg, v, STRESS_STEP), sm = shearStress(c, p, h.pairs, cg, v, -STRESS_STEP);
        double[] mu = new double[c.n];
        for (int i = 0; i < c.n; i++) mu[i] = (sp[i] - sm[i]) / (2 * STRESS_STEP) / (2 * exy[i]);
        return mu;
    }

    /**
     * sigma_xy of B20 at every particle position after the displacement {@code t (y e_x + v)} (v periodic, length 2N;
     * t = 0: the configuration itself). Field points move with their particles; relative vectors follow
     * {@code a -> a + t (a_y e_x + v_b - v_a)}.
     */
    public static double[] shearStress(Configuration c, PairPotential p, InteractingPairs pairs, GoldhirschCoarseGraining cg, double[] v, double t) {
        double reach = 0;
        for (int k = 0; k < pairs.count; k++) reach = Math.max(reach, pairs.r[k]);
        NeighbourShells s = NeighbourShells.of(c, NeighbourShells.UNIT, cg.scale() + reach, 1);
        double[] out = new double[c.n];
        for (int k = 0; k < pairs.count; k++) {
            int i = pairs.i[k], j = pairs.j[k];
            double rx = pairs.rx[k] + t * (pairs.ry[k] + v[2 * j] - v[2 * i]);
            double ry = pairs.ry[k] + t * (v[2 * j + 1] - v[2 * i + 1]);
            double r2 = rx * rx + ry * ry;
            int ti = c.type[i], tj = c.type[j];
            double di = c.diameter[i], dj = c.diameter[j];
            if (r2 >= p.cutoff2(ti, tj, di, dj)) continue;
            // u'(r) x y / r = -forceOverR x y
            double f = -p.forceOverR(r2, ti, tj, di, dj) * rx * ry;
            out[i] += f * cg.bondIntegral(0, 0, rx, ry);
            for (int q = s.start[i]; q < s.start[i + 1]; q++) {
                int a = s.index[q];
                // r_i - r_a, displaced
                double qx = -s.dx[q] + t * (-s.dy[q] + v[2 * i] - v[2 * a]);
                double qy = -s.dy[q] + t * (v[2 * i + 1] - v[2 * a + 1]);
                out[a] += f * cg.bondIntegral(qx, qy, rx, ry);
            }
        }
        return out;
    }
}
