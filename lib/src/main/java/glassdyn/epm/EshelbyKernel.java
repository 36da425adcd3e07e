package glassdyn.epm;

import org.jtransforms.fft.DoubleFFT_2D;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The randomly oriented lattice Eshelby kernel G'^psi_r of Ozawa and Biroli, PRL 130, 138201 (2023), SI Eqs. 6-16,
 * tabulated at {@code nPsi} angles psi_k = k (pi/2)/nPsi (the kernel has period pi/2 in psi, SI after Eq. 7).
 *
 * <p>Recipe (per angle): the lattice Fourier kernel of SI Eq. 11, G_q = -4(1-cos q_x)(1-cos q_y)/(2-cos q_x-cos q_y)^2
 * (Laplacian correction q^2 -> 2-2cos q, SI Eq. 10), evaluated at the rotated wave vector of SI Eqs. 12-13 (giving
 * SI Eq. 14), with G_{q=0} = 0; inverse DFT (SI Eq. 15) on the fine 2L x 2L grid (the "fine grid method", SI text
 * after Eq. 16; see {@link KernelVariant} for the readings), coarse-grained to L x L, then normalised as SI Eq. 16
 * requires: G(0) = -1 and sum_r G = 0 (the total stress is conserved). Round-off in the sum is removed by spreading
 * it over the L^2 - 1 off-origin sites, so the table conserves sum_i sigma_i to machine precision.
 *
 * <p>Layout: {@code table(k)[dx * L + dy]} with dx, dy the displacement modulo L. FFTs (JTransforms) are done only
 * here, at construction; the dynamics adds tables directly.
 */
public final class EshelbyKernel {
    private final int L;
    private final KernelVariant variant;
    private final double exponent;
    private final double[][] tables;

    /** Table angles used by {@link #solveFittedExponent}: alpha converges to 1e-5 with 32 midpoint angles. */
    static final int ALPHA_SOLVE_ANGLES = 32;
    private static final Map<Integer, Double> FITTED_EXPONENTS = new ConcurrentHashMap<>();

    public EshelbyKernel(int L, KernelVariant variant, int nPsi) {
        if (L < 4 || L % 2 != 0) throw glassdyn.InputException.parameter("L", "must be even and at least 4", L);
        if (nPsi < 1) throw glassdyn.InputException.parameter("nPsi", "must be positive", nPsi);
        this.L = L;
        this.variant = variant;
        this.exponent = exponentOf(L, variant);
        this.tables = new double[nPsi][];
        for (int k = 0; k < nPsi; k++) tables[k] = build(L, variant, angle(k, nPsi), exponent);
    }

    /** Default number of table angles: L (64 at L = 64, 128 at L = 128; spec 002 section 1.6, not in the paper). */
    public static int defaultAngles(int L) { return Math.max(16, L); }

    public int size() { return L; }
    public KernelVariant variant() { return variant; }
    public int angles() { return tables.length; }
    /** The form-factor exponent p of the fine-grid coarse-graining (1 STAG, 2 BLOCK, solved for FITTED, 0 otherwise). */
    public double exponent() { return exponent; }
    public double angle(int k) { return angle(k, tables.length); }
    static double angle(int k, int nPsi) { return k * (Math.PI / 2) / nPsi; }
    /** The kernel at table angle k, indexed dx * L + dy (do not modify). */
    public double[] table(int k) { return tables[k]; }

    /**
     * The noise strength alpha of SI Eq. 26 with sigma_0 = 1: (1/pi) int_0^{pi/2} dpsi sum_{r != 0} (G^psi_r)^2,
     * evaluated as half the mean over the table angles.
     */
    public double alpha() { return alpha(tables); }

    static double alpha(double[][] kernels) {
        double s = 0;
        for (double[] g : kernels) {
            double q = 0;
            for (int r = 1; r < g.length; r++) q += g[r] * g[r];
            s += q;
        }
        return 0.5 * s / kernels.length;
    }

    private static double exponentOf(int L, KernelVariant v) {
        return switch (v) {
            case NAIVE, RECV -> 0;
            case STAG -> 1;
            case BLOCK -> 2;
            case FITTED -> FITTED_EXPONENTS.computeIfAbsent(L, EshelbyKernel::solveFittedExponent);
        };
    }

    /** Bisection for the exponent p in [1, 2] at which alpha = {@link KernelVariant#PAPER_ALPHA} (alpha grows with p). */
    static double solveFittedExponent(int L) {
        int n = ALPHA_SOLVE_ANGLES;
        double[][] ghat = new double[n][];
        for (int k = 0; k < n; k++) ghat[k] = fineFourierKernel(2 * L, (k + 0.5) * (Math.PI / 2) / n);
        double lo = 1, hi = 2;
        for (int it = 0; it < 40; it++) {
            double mid = 0.5 * (lo + hi);
            double[][] g = new double[n][];
            for (int k = 0; k < n; k++) g[k] = coarseGrain(L, ghat[k], KernelVariant.FITTED, mid);
            if (alpha(g) < KernelVariant.PAPER_ALPHA) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** One normalised kernel at angle psi (used for the tables and for Fig. 5). */
    public static double[] single(int L, KernelVariant v, double psi) {
        return build(L, v, psi, exponentOf(L, v));
    }

    private static double[] build(int L, KernelVariant v, double psi, double p) {
        int m = v == KernelVariant.NAIVE ? L : 2 * L;
        return coarseGrain(L, fineFourierKernel(m, psi), v, p);
    }

    /** SI Eq. 14 on an M x M grid, q = 2 pi n / M in that grid's units, G_{q=0} = 0; row-major [nx * M + ny]. */
    static double[] fineFourierKernel(int m, double psi) {
        double c = Math.cos(psi), s = Math.sin(psi);
        double[] out = new double[m * m];
        for (int ix = 0; ix < m; ix++) {
            double qx = 2 * Math.PI * signed(ix, m) / m;
            for (int iy = 0; iy < m; iy++) {
                double qy = 2 * Math.PI * signed(iy, m) / m;
                double a = c * qx + s * qy, b = -s * qx + c * qy;
                double den = 2 - Math.cos(a) - Math.cos(b);
                out[ix * m + iy] = (ix == 0 && iy == 0) || den == 0 ? 0
                    : -4 * (1 - Math.cos(a)) * (1 - Math.cos(b)) / (den * den);
            }
        }
        return out;
    }

    /** FFT index to the signed wave number n in -M/2+1..M/2 (spec 002 Eq. 10 convention). */
    private static int signed(int i, int m) { return i <= m / 2 ? i : i - m; }

    /** Form factor, inverse DFT (1/M^2 normalisation), coarse-graining to L x L, normalisation of SI Eq. 16. */
    static double[] coarseGrain(int L, double[] ghat, KernelVariant v, double p) {
        int m = (int) Math.round(Math.sqrt(ghat.length));
        double[] a = new double[2 * m * m];
        boolean spread = v != KernelVariant.NAIVE && v != KernelVariant.RECV;
        for (int ix = 0; ix < m; ix++) {
            double fx = Math.cos(Math.PI * signed(ix, m) / m);          // cos(q_x / 2)
            for (int iy = 0; iy < m; iy++) {
                double form = spread ? Math.pow(Math.abs(fx * Math.cos(Math.PI * signed(iy, m) / m)), p) : 1;
                a[2 * (ix * m + iy)] = ghat[ix * m + iy] * form;
            }
        }
        new DoubleFFT_2D(m, m).complexInverse(a, true);
        double[] g = new double[L * L];
        for (int x = 0; x < L; x++)
            for (int y = 0; y < L; y++) {
                if (v == KernelVariant.NAIVE) g[x * L + y] = a[2 * (x * m + y)];
                else if (v == KernelVariant.RECV) {
                    double sum = 0;
                    for (int u = 0; u < 2; u++)
                        for (int w = 0; w < 2; w++) sum += a[2 * (((2 * x + u) % m) * m + (2 * y + w) % m)];
                    g[x * L + y] = sum / 4;
                } else g[x * L + y] = a[2 * ((2 * x) * m + 2 * y)];
            }
        double scale = -1 / g[0];
        double off = 0;
        for (int r = 0; r < g.length; r++) { g[r] *= scale; if (r > 0) off += g[r]; }
        double fix = (off - 1) / (g.length - 1);
        for (int r = 1; r < g.length; r++) g[r] -= fix;
        g[0] = -1;
        return g;
    }
}
