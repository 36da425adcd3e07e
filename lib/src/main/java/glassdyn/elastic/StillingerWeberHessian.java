package glassdyn.elastic;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.potential.StillingerWeber;

/**
 * The Hessian of the three-body Stillinger-Weber model ({@link StillingerWeber}; paper 004 SW glass former), analytic:
 * the two-body term gives the pair blocks of {@link Hessian#addPairs}, and each triplet term
 * {@code E3 = lambda e(r_a) e(r_b) (cos theta - cos theta0)^2} with {@code e(r) = exp[gamma / (r - a)]},
 * {@code A = r_j - r_i}, {@code B = r_k - r_i}, gives the blocks {@code H_AA, H_AB, H_BB} of its second derivatives in the
 * two bond vectors, mapped to particles by {@code d/dr_j = d/dA}, {@code d/dr_k = d/dB}, {@code d/dr_i = -(d/dA + d/dB)}.
 * With {@code u = lambda e_a e_b}, {@code D = cos theta - cos theta0}, {@code L = d ln e / dr = -gamma/(r - a)^2}:
 * <pre>
 *   grad_A u = u L_a A^,   grad_A grad_A u = u [(L_a^2 + L_a') A^A^ + L_a (I - A^A^) / r_a],   grad_A grad_B u = u L_a L_b A^B^
 *   grad_A c = (B^ - c A^) / r_a,   grad_A grad_A c = -[B^A^ + A^B^ + c I - 3 c A^A^] / r_a^2,
 *   grad_A grad_B c = [I - B^B^ - A^A^ + c A^B^] / (r_a r_b),
 *   H_XY = D^2 grad_X grad_Y u + 2 D (grad_X u grad_Y c + grad_X c grad_Y u) + 2 u grad_X c grad_Y c + 2 u D grad_X grad_Y c.
 * </pre>
 */
public final class StillingerWeberHessian {
    private StillingerWeberHessian() {}

    /** The Hessian of {@code sw} at configuration {@code c} (any tilt; every image within the cutoff counts). */
    public static Hessian of(Configuration c, StillingerWeber sw) {
        int n = c.n, dim = c.dim();
        Shells sh = new Shells(c);
        int[] jj = sh.j;
        double[][] vec = sh.vec;
        double[] rr = sh.r;
        HessianAssembly asm = new HessianAssembly(n, dim);
        double[] k = new double[dim * dim];
        Triplet t = new Triplet(dim, sw.lambda());
        for (int i = 0; i < n; i++) {
            int m = sh.gather(i);
            for (int p = 0; p < m; p++) {
                int j = jj[p];
                if (i < j) {   // the two-body term once per pair and image (the full list holds it from both sides)
                    double r = rr[p], r2 = r * r, d1 = StillingerWeber.pairDerivative(r), d2 = pairCurvature(r);
                    for (int a = 0; a < dim; a++)
                        for (int b = 0; b < dim; b++)
                            k[a * dim + b] = (d2 - d1 / r) * vec[p][a] * vec[p][b] / r2 + (a == b ? d1 / r : 0);
                    asm.addPair(i, j, k);
                }
            }
            for (int a = 0; a < m; a++)
                for (int b = a + 1; b < m; b++) t.add(asm, i, jj[a], jj[b], vec[a], vec[b], rr[a], rr[b]);
        }
        return new Hessian(n, dim, asm.build());
    }

    /**
     * The strain derivatives of the simple shear {@code x_flow += gamma x_gradient} (affine, at gamma = 0), two- and
     * three-body: {@code born = d^2U/dgamma^2}, {@code dudg = dU/dgamma} and the affine force field
     * {@code xi = d^2U/dgamma dx} (length dim N), as {@link ShearModulus} defines them for pair potentials. Per term
     * with bond vectors X, Y in {A, B} (A = r_j - r_i, B = r_k - r_i; for a pair only A):
     * <pre>
     *   born += sum_XY X_b Y_b (H_XY)_aa,   dudg += sum_X X_b (grad_X E)_a,
     *   xi_(end of X) += sum_Y Y_b (H_XY)_(., a) + e_b (grad_X E)_a,   xi_i -= the sum over the ends,
     * </pre>
     * a the flow, b the gradient direction (the pair case reduces to the formulas of {@link ShearModulus}).
     */
    public static ShearModulus.StrainTerms strain(Configuration c, StillingerWeber sw, int flow, int gradient) {
        int n = c.n, dim = c.dim();
        if (flow == gradient || flow >= dim || gradient >= dim || flow < 0 || gradient < 0)
            throw new IllegalArgumentException("bad shear plane (" + flow + ", " + gradient + ") in " + dim + "D");
        Shells sh = new Shells(c);
        int[] jj = sh.j;
        double[][] vec = sh.vec;
        double[] rr = sh.r, xi = new double[dim * n];
        double born = 0, dudg = 0;
        int a = flow, b = gradient;
        Triplet t = new Triplet(dim, sw.lambda());
        for (int i = 0; i < n; i++) {
            int m = sh.gather(i);
            for (int p = 0; p < m; p++) {
                int j = jj[p];
                if (i < j) {   // two-body term once per pair and image
                    double[] v = vec[p];
                    double r = rr[p], d1 = StillingerWeber.pairDerivative(r), d2 = pairCurvature(r), inv = 1 / r;
                    double ra = v[a], rb = v[b], sg = ra * rb * inv;
                    born += d2 * sg * sg + d1 * (rb * rb * inv - ra * ra * rb * rb * inv * inv * inv);
                    dudg += d1 * sg;
                    for (int q = 0; q < dim; q++) {
                        double g = d2 * sg * v[q] * inv - d1 * ra * rb * v[q] * inv * inv * inv;
                        if (q == a) g += d1 * rb * inv;
                        if (q == b) g += d1 * ra * inv;
                        xi[j * dim + q] += g; xi[i * dim + q] -= g;
                    }
                }
            }
            for (int p = 0; p < m; p++)
                for (int q = p + 1; q < m; q++) {
                    double[] va = vec[p], vb = vec[q];
                    t.blocks(va, vb, rr[p], rr[q]);
                    double[] aa = t.aa, ab = t.ab, bb = t.bb, ga = t.gradA, gb = t.gradB;
                    born += va[b] * va[b] * aa[a * dim + a] + 2 * va[b] * vb[b] * ab[a * dim + a] + vb[b] * vb[b] * bb[a * dim + a];
                    dudg += va[b] * ga[a] + vb[b] * gb[a];
                    int j = jj[p], k = jj[q];
                    for (int r = 0; r < dim; r++) {
                        double xj = va[b] * aa[r * dim + a] + vb[b] * ab[r * dim + a] + (r == b ? ga[a] : 0);
                        double xk = va[b] * ab[a * dim + r] + vb[b] * bb[r * dim + a] + (r == b ? gb[a] : 0);
                        xi[j * dim + r] += xj; xi[k * dim + r] += xk; xi[i * dim + r] -= xj + xk;
                    }
                }
        }
        return new ShearModulus.StrainTerms(born, dudg, xi);
    }

    /**
     * G of an inherent structure of the SW model averaged over the three shear planes (as
     * {@link ShearModulus#averaged}), from its analytic Hessian's solver: {@code [G_mean, G_xy, G_xz, G_yz]}.
     */
    public static double[] shearModulus(Configuration c, StillingerWeber sw, HessianSolver solver) {
        double v = c.box.volume();
        double gxy = ShearModulus.of(strain(c, sw, 0, 1), solver, v, 0, 1).g();
        if (c.dim() == 2) return new double[] {gxy, gxy, Double.NaN, Double.NaN};
        double gxz = ShearModulus.of(strain(c, sw, 0, 2), solver, v, 0, 2).g();
        double gyz = ShearModulus.of(strain(c, sw, 1, 2), solver, v, 1, 2).g();
        return new double[] {(gxy + gxz + gyz) / 3, gxy, gxz, gyz};
    }

    /** d^2 phi2 / dr^2 of the Stillinger-Weber pair term (r &lt; a). */
    static double pairCurvature(double r) { return StillingerWeber.pairCurvature(r); }

    /** Second derivatives of one triplet term, reused buffers. */
    private static final class Triplet {
        final int dim;
        final double lambda;
        final double[] aa, ab, bb, tmp;
        final double[] ah = new double[3], bh = new double[3], gua = new double[3], gub = new double[3],
            gca = new double[3], gcb = new double[3];

        Triplet(int dim, double lambda) {
            this.dim = dim; this.lambda = lambda;
            aa = new double[dim * dim]; ab = new double[dim * dim]; bb = new double[dim * dim]; tmp = new double[dim * dim];
        }

        /** The energy gradients in the two bond vectors of the last {@link #blocks} call. */
        final double[] gradA = new double[3], gradB = new double[3];

        void add(HessianAssembly asm, int i, int j, int k, double[] va, double[] vb, double ra, double rb) {
            blocks(va, vb, ra, rb);
            assemble(asm, i, j, k);
        }

        /** H_AA, H_AB, H_BB and the gradients of one triplet term with bond vectors va (length ra), vb (rb). */
        void blocks(double[] va, double[] vb, double ra, double rb) {
            double sa = ra - StillingerWeber.CUT, sb = rb - StillingerWeber.CUT, gam = StillingerWeber.GAMMA;
            double la = -gam / (sa * sa), lb = -gam / (sb * sb);
            double la1 = 2 * gam / (sa * sa * sa), lb1 = 2 * gam / (sb * sb * sb);
            double u = lambda * Math.exp(gam / sa) * Math.exp(gam / sb);
            for (int p = 0; p < 3; p++) { ah[p] = va[p] / ra; bh[p] = vb[p] / rb; }
            double c = ah[0] * bh[0] + ah[1] * bh[1] + ah[2] * bh[2];
            double d = c - StillingerWeber.COS0;
            for (int p = 0; p < 3; p++) {
                gua[p] = u * la * ah[p]; gub[p] = u * lb * bh[p];
                gca[p] = (bh[p] - c * ah[p]) / ra; gcb[p] = (ah[p] - c * bh[p]) / rb;
            }
            for (int p = 0; p < dim; p++) {
                for (int q = 0; q < dim; q++) {
                    double id = p == q ? 1 : 0;
                    double uaa = u * ((la * la + la1) * ah[p] * ah[q] + la * (id - ah[p] * ah[q]) / ra);
                    double ubb = u * ((lb * lb + lb1) * bh[p] * bh[q] + lb * (id - bh[p] * bh[q]) / rb);
                    double uab = u * la * lb * ah[p] * bh[q];
                    double caa = -(bh[p] * ah[q] + ah[p] * bh[q] + c * id - 3 * c * ah[p] * ah[q]) / (ra * ra);
                    double cbb = -(ah[p] * bh[q] + bh[p] * ah[q] + c * id - 3 * c * bh[p] * bh[q]) / (rb * rb);
                    double cab = (id - bh[p] * bh[q] - ah[p] * ah[q] + c * ah[p] * bh[q]) / (ra * rb);
                    int e = p * dim + q;
                    aa[e] = d * d * uaa + 2 * d * (gua[p] * gca[q] + gca[p] * gua[q]) + 2 * u * gca[p] * gca[q] + 2 * u * d * caa;
                    bb[e] = d * d * ubb + 2 * d * (gub[p] * gcb[q] + gcb[p] * gub[q]) + 2 * u * gcb[p] * gcb[q] + 2 * u * d * cbb;
                    ab[e] = d * d * uab + 2 * d * (gua[p] * gcb[q] + gca[p] * gub[q]) + 2 * u * gca[p] * gcb[q] + 2 * u * d * cab;
                }
            }
            for (int p = 0; p < 3; p++) {
                gradA[p] = d * d * gua[p] + 2 * u * d * gca[p];
                gradB[p] = d * d * gub[p] + 2 * u * d * gcb[p];
            }
        }

        void assemble(HessianAssembly asm, int i, int j, int k) {
            // (i,i): AA + AB + BA + BB
            for (int p = 0; p < dim; p++)
                for (int q = 0; q < dim; q++) tmp[p * dim + q] = aa[p * dim + q] + ab[p * dim + q] + ab[q * dim + p] + bb[p * dim + q];
            asm.addBlock(i, i, tmp);
            asm.addBlock(j, j, aa);
            asm.addBlock(k, k, bb);
            addOffDiagonal(asm, j, k, ab);
            // (i,j) = -(AA + BA), (i,k) = -(AB + BB)
            for (int p = 0; p < dim; p++)
                for (int q = 0; q < dim; q++) tmp[p * dim + q] = -(aa[p * dim + q] + ab[q * dim + p]);
            addOffDiagonal(asm, i, j, tmp);
            for (int p = 0; p < dim; p++)
                for (int q = 0; q < dim; q++) tmp[p * dim + q] = -(ab[p * dim + q] + bb[p * dim + q]);
            addOffDiagonal(asm, i, k, tmp);
        }

        /** Block (p, q) and its transpose at (q, p); when p == q (two images of one particle) both land on the diagonal. */
        private void addOffDiagonal(HessianAssembly asm, int p, int q, double[] blk) {
            if (p != q) { asm.addBlock(p, q, blk); return; }
            double[] sym = new double[dim * dim];
            for (int a = 0; a < dim; a++) for (int b = 0; b < dim; b++) sym[a * dim + b] = blk[a * dim + b] + blk[b * dim + a];
            asm.addBlock(p, p, sym);
        }
    }

    /**
     * The neighbours of each particle within the SW cutoff, every image counted (a full list without skin, built once
     * on a copy): {@link #gather} fills the index, bond vector r_j - r_i and length of each, in list order.
     */
    private static final class Shells {
        private final Configuration w;
        private final NeighborList list = new NeighborList(StillingerWeber.CUT, 0.0, true);
        final int[] j;
        final double[][] vec;
        final double[] r;

        Shells(Configuration c) {
            w = c.copy();
            list.build(w);
            int[] start = list.start();
            int maxNb = 0;
            for (int i = 0; i < c.n; i++) maxNb = Math.max(maxNb, start[i + 1] - start[i]);
            j = new int[maxNb];
            vec = new double[maxNb][3];
            r = new double[maxNb];
        }

        /** The neighbours of {@code i} within the cutoff; returns their count. */
        int gather(int i) {
            int[] start = list.start(), entries = list.pairs();
            double cut2 = StillingerWeber.CUT * StillingerWeber.CUT;
            int m = 0;
            for (int s = start[i]; s < start[i + 1]; s++) {
                int e = entries[s], k = NeighborList.index(e), code = NeighborList.image(e);
                double[] v = vec[m];
                v[0] = w.x[k] + list.shiftX[code] - w.x[i];
                v[1] = w.y[k] + list.shiftY[code] - w.y[i];
                v[2] = w.z[k] + list.shiftZ[code] - w.z[i];
                double r2 = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
                if (r2 >= cut2) continue;
                j[m] = k;
                r[m] = Math.sqrt(r2);
                m++;
            }
            return m;
        }
    }
}
