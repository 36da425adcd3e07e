package glassdyn.elastic;

import glassdyn.force.ForceField;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

/**
 * The athermal shear modulus of an inherent structure, Born term minus non-affine term (paper 004 Eq. A1; Lutsko, J.
 * Appl. Phys. 65, 2991 (1989); Maloney &amp; Lemaitre, PRE 74, 016118 (2006); spec 004 section 2.4):
 * <pre>
 *   G = (1/V) d^2U/dgamma^2 |_(f=0)  =  (1/V) [ d^2U/dgamma^2 - Xi . M^+ . Xi ],   Xi = d^2U / dgamma dx,
 * </pre>
 * for the simple shear {@code x_a -> x_a + gamma x_b} (a the flow, b the gradient direction; the box tilt of
 * {@link glassdyn.space.Box} is the plane (x, y)), V the volume (the area in 2D). For a pair potential, with
 * {@code r = r_j - r_i}:
 * <pre>
 *   Born = sum_pairs u''(r) (r_a r_b / r)^2 + u'(r) (r_b^2 / r - r_a^2 r_b^2 / r^3)
 *   g    = u'' (r_a r_b / r) n + u' [ (r_b e_a + r_a e_b) / r - r_a r_b r / r^3 ],   Xi_j += g, Xi_i -= g.
 * </pre>
 * {@code Xi} is translation-free, so {@code M^+ Xi} is one solve with any {@link HessianSolver}. Because G is the
 * second strain derivative of the energy, it includes the stress term; it equals the slope {@code d sigma/d gamma} of
 * the relaxed shear stress {@code sigma = (1/V) dU/dgamma} (LAMMPS: {@code sigma = -pxy}).
 */
public final class ShearModulus {
    /** The result for one shear plane: G, its Born and non-affine parts, and the stress (1/V) dU/dgamma. */
    public record Result(double g, double born, double nonAffine, double stress, int flow, int gradient) {}

    private ShearModulus() {}

    /** Strain derivatives of a potential at an IS: d^2U/dgamma^2 (affine), dU/dgamma and Xi = d^2U/dgamma dx. */
    public record StrainTerms(double born, double dudg, double[] xi) {}

    /**
     * G from strain derivatives computed elsewhere (a many-body potential, e.g.
     * {@link StillingerWeberHessian#strain}): {@code (born - Xi . M^+ . Xi) / V}.
     */
    public static Result of(StrainTerms t, HessianSolver solver, double volume, int flow, int gradient) {
        double[] z = new double[t.xi().length];
        solver.solve(t.xi(), z);
        double nonAffine = Displacements.dot(t.xi(), z);
        return new Result((t.born() - nonAffine) / volume, t.born() / volume, nonAffine / volume, t.dudg() / volume, flow, gradient);
    }

    /** G for the shear of component {@code flow} along {@code gradient} (0 = x, 1 = y, 2 = z). */
    public static Result compute(InteractingPairs pairs, HessianSolver solver, double volume, int flow, int gradient) {
        double[] xi = affineForce(pairs, flow, gradient);
        double born = 0, dudg = 0;
        for (int p = 0; p < pairs.count; p++) {
            double r = pairs.r[p], inv = 1 / r, inv3 = inv * inv * inv;
            double ra = pairs.component(p, flow), rb = pairs.component(p, gradient);
            double du = pairs.du[p], d2u = pairs.d2u[p];
            double s = ra * rb * inv;                      // dr/dgamma
            born += d2u * s * s + du * (rb * rb * inv - ra * ra * rb * rb * inv3);
            dudg += du * s;
        }
        double[] z = new double[xi.length];
        solver.solve(xi, z);
        double nonAffine = Displacements.dot(xi, z);
        return new Result((born - nonAffine) / volume, born / volume, nonAffine / volume, dudg / volume, flow, gradient);
    }

    /**
     * The affine force field {@code Xi = d^2U / dgamma dx} (length dim N) of the simple shear of component {@code flow}
     * along {@code gradient}: per pair {@code g} of the class comment, added to j and subtracted from i.
     */
    public static double[] affineForce(InteractingPairs pairs, int flow, int gradient) {
        int dim = pairs.dim;
        if (flow == gradient || flow >= dim || gradient >= dim || flow < 0 || gradient < 0)
            throw new IllegalArgumentException("bad shear plane (" + flow + ", " + gradient + ") in " + dim + "D");
        double[] xi = new double[dim * pairs.n];
        double[] g = new double[3];
        for (int p = 0; p < pairs.count; p++) {
            double r = pairs.r[p], inv = 1 / r, inv3 = inv * inv * inv;
            double ra = pairs.component(p, flow), rb = pairs.component(p, gradient);
            double du = pairs.du[p], d2u = pairs.d2u[p];
            double s = ra * rb * inv;
            for (int c = 0; c < dim; c++) {
                double rc = pairs.component(p, c);
                double v = d2u * s * rc * inv - du * ra * rb * rc * inv3;
                if (c == flow) v += du * rb * inv;
                if (c == gradient) v += du * ra * inv;
                g[c] = v;
            }
            int i = pairs.i[p], j = pairs.j[p];
            for (int c = 0; c < dim; c++) { xi[j * dim + c] += g[c]; xi[i * dim + c] -= g[c]; }
        }
        return xi;
    }

    /** G in the (x, y) plane, the plane of the box tilt. */
    public static Result xy(InteractingPairs pairs, HessianSolver solver, double volume) {
        return compute(pairs, solver, volume, 0, 1);
    }

    /**
     * G averaged over the shear planes xy, xz, yz in 3D (spec 004 A5: the paper does not name the plane), the xy
     * value in 2D. Returns {@code [G_mean, G_xy, G_xz, G_yz]} (the last two NaN in 2D).
     */
    public static double[] averaged(InteractingPairs pairs, HessianSolver solver, double volume) {
        double gxy = xy(pairs, solver, volume).g();
        if (pairs.dim == 2) return new double[] {gxy, gxy, Double.NaN, Double.NaN};
        double gxz = compute(pairs, solver, volume, 0, 2).g();
        double gyz = compute(pairs, solver, volume, 1, 2).g();
        return new double[] {(gxy + gxz + gyz) / 3, gxy, gxz, gyz};
    }

    /** Neighbour-list skin of the quench (the engine's usual 0.3 sigma). */
    public static final double QUENCH_SKIN = 0.3;

    /** An inherent structure (the FIRE quench of a configuration), its G from {@link #averaged} and the quench's largest force. */
    public record Inherent(Configuration structure, double[] g, double maxForce) {
        /** G averaged over the shear planes. */
        public double mean() { return g[0]; }
    }

    /**
     * Quenches a copy of {@code c} with FIRE to a largest force below {@code forceTolerance} (at most
     * {@code maxIterations}) and returns the inherent structure with its G (Born minus non-affine, {@link #averaged}):
     * the shear modulus of the solid that configuration would be, non-affine relaxation included.
     */
    public static Inherent ofInherentStructure(Configuration c, PairPotential p,
                                               double forceTolerance, long maxIterations) {
        Configuration q = c.copy();
        double fmax;
        try (ForceField ff = new ForceField(p, QUENCH_SKIN, 1)) {
            fmax = new Fire().minimize(q, ff, forceTolerance, maxIterations).maxForce();
        }
        InteractingPairs pairs = InteractingPairs.of(q, p);
        HessianSolver solver = HessianSolver.forSolves(Hessian.of(pairs), 3);
        return new Inherent(q, averaged(pairs, solver, q.box.volume()), fmax);
    }
}
