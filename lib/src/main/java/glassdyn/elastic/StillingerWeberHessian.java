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
        Configuration w = c.copy();
        NeighborList list = new NeighborList(StillingerWeber.CUT, 0.0, true);
        list.build(w);
        int[] start = list.start(), entries = list.pairs();
        int maxNb = 0;
        for (int i = 0; i < n; i++) maxNb = Math.max(maxNb, start[i + 1] - start[i]);
        int[] jj = new int[maxNb];
        double[][] vec = new double[maxNb][3];
        double[] rr = new double[maxNb];
        HessianAssembly asm = new HessianAssembly(n, dim);
        double cut2 = StillingerWeber.CUT * StillingerWeber.CUT;
        double[] k = new double[dim * dim];
        Triplet t = new Triplet(dim, sw.lambda());
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int s = start[i]; s < start[i + 1]; s++) {
                int e = entries[s], j = NeighborList.index(e), code = NeighborList.image(e);
                double dx = w.x[j] + list.shiftX[code] - w.x[i];
                double dy = w.y[j] + list.shiftY[code] - w.y[i];
                double dz = w.z[j] + list.shiftZ[code] - w.z[i];
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 >= cut2) continue;
                double r = Math.sqrt(r2);
                jj[m] = j; vec[m][0] = dx; vec[m][1] = dy; vec[m][2] = dz; rr[m] = r;
                m++;
                if (i < j) {   // the two-body term once per pair and image (the full list holds it from both sides)
                    double d1 = StillingerWeber.pairDerivative(r), d2 = pairCurvature(r);
                    for (int a = 0; a < dim; a++)
                        for (int b = 0; b < dim; b++)
                            k[a * dim + b] = (d2 - d1 / r) * vec[m - 1][a] * vec[m - 1][b] / r2 + (a == b ? d1 / r : 0);
                    asm.addPair(i, j, k);
                }
            }
            for (int a = 0; a < m; a++)
                for (int b = a + 1; b < m; b++) t.add(asm, i, jj[a], jj[b], vec[a], vec[b], rr[a], rr[b]);
        }
        return new Hessian(n, dim, asm.build());
    }

    /** d^2 phi2 / dr^2 of the Stillinger-Weber pair term (r &lt; a). */
    static double pairCurvature(double r) {
        double A = StillingerWeber.A, B = StillingerWeber.B, P = StillingerWeber.P, Q = StillingerWeber.Q;
        double s = r - StillingerWeber.CUT, h = Math.exp(1 / s);
        double g = B * Math.pow(r, -P) - Math.pow(r, -Q);
        double g1 = -P * B * Math.pow(r, -P - 1) + Q * Math.pow(r, -Q - 1);
        double g2 = P * (P + 1) * B * Math.pow(r, -P - 2) - Q * (Q + 1) * Math.pow(r, -Q - 2);
        double h1 = -h / (s * s), h2 = h * (1 / (s * s * s * s) + 2 / (s * s * s));
        return A * (g2 * h + 2 * g1 * h1 + g * h2);
    }

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

        void add(HessianAssembly asm, int i, int j, int k, double[] va, double[] vb, double ra, double rb) {
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
}
