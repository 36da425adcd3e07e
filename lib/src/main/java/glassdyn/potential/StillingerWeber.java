package glassdyn.potential;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;

/**
 * The Stillinger-Weber (SW) network glassformer of paper 004 (Kapteijns et al. 2021, "Models"): the original silicon
 * model of Stillinger &amp; Weber, PRB 31, 5262 (1985) (paper 004 Ref. 70) with the three-body strength changed to
 * {@code lambda = 18.75} (paper 004 "Models", after its Ref. 71, Russo, Romano &amp; Tanaka, PRX 8, 021040 (2018)):
 * <pre>
 *   E = sum_{i&lt;j} phi2(r_ij) + sum_i sum_{j&lt;k} phi3(r_ij, r_ik, theta_jik)
 *   phi2(r) = A eps [B (sigma/r)^p - (sigma/r)^q] exp[sigma / (r - a sigma)]
 *   phi3    = lambda eps (cos theta_jik - cos theta0)^2 exp[gamma sigma/(r_ij - a sigma)] exp[gamma sigma/(r_ik - a sigma)]
 * </pre>
 * with A = 7.049556277, B = 0.6022245584, p = 4, q = 0, a = 1.80, gamma = 1.20, cos theta0 = -1/3 (Stillinger &amp;
 * Weber 1985, as in LAMMPS's {@code Si.sw}). Paper 004 gives its SW density 0.52 and time step 0.065 without units;
 * we work in reduced SW units {@code sigma = eps = m = 1} (spec 004 A15, unverified).
 *
 * <p>Three-body, so it is not a {@link PairPotential}: {@link #compute} sums over a FULL neighbour list (every
 * neighbour j of i within the cutoff {@code a sigma} listed for i, and i for j). Per-atom energies follow LAMMPS
 * ({@code compute pe/atom}): half of a pair term to each partner, a third of a triplet term to each of the three.
 * The virial is {@code W_ab = sum r_a f_b} over pairs ({@code r_ij (x) f_j}) and triplets
 * ({@code r_ij (x) f_j + r_ik (x) f_k}), LAMMPS's convention.
 */
public final class StillingerWeber {
    /** Stillinger &amp; Weber (1985) silicon parameters (reduced units eps = sigma = 1). */
    public static final double A = 7.049556277, B = 0.6022245584, P = 4, Q = 0, CUT = 1.80, GAMMA = 1.20, COS0 = -1.0 / 3;
    /** Three-body strength lambda = 18.75, paper 004 "Models" (original silicon: 21.0). */
    public static final double LAMBDA = 18.75;

    public static final Potentials.Entry ENTRY = new Potentials.Entry("stillinger-weber",
        "Kapteijns et al. 2021 (paper 004); Stillinger & Weber, PRB 31, 5262 (1985)",
        "one species, silicon parameters in reduced units with lambda = 18.75 (three-body; not a pair potential)",
        StillingerWeber::new);

    private final double lambda;

    public StillingerWeber() { this(LAMBDA); }

    public StillingerWeber(double lambda) { this.lambda = lambda; }

    public String name() { return "stillinger-weber"; }

    public double lambda() { return lambda; }

    /** Cutoff a sigma = 1.8. */
    public double cutoff() { return CUT; }

    /** Pair energy phi2(r), r &lt; a. */
    public static double pairEnergy(double r) {
        return A * (B * Math.pow(r, -P) - Math.pow(r, -Q)) * Math.exp(1 / (r - CUT));
    }

    /** d phi2 / dr, r &lt; a. */
    public static double pairDerivative(double r) {
        double e = Math.exp(1 / (r - CUT));
        double rp = Math.pow(r, -P), rq = Math.pow(r, -Q);
        double s = r - CUT;
        return A * e * ((-P * B * rp + Q * rq) / r - (B * rp - rq) / (s * s));
    }

    /** d^2 phi2 / dr^2, r &lt; a. */
    public static double pairCurvature(double r) {
        double s = r - CUT, h = Math.exp(1 / s);
        double g = B * Math.pow(r, -P) - Math.pow(r, -Q);
        double g1 = -P * B * Math.pow(r, -P - 1) + Q * Math.pow(r, -Q - 1);
        double g2 = P * (P + 1) * B * Math.pow(r, -P - 2) - Q * (Q + 1) * Math.pow(r, -Q - 2);
        double h1 = -h / (s * s), h2 = h * (1 / (s * s * s * s) + 2 / (s * s * s));
        return A * (g2 * h + 2 * g1 * h1 + g * h2);
    }

    /**
     * The two-body term phi2 alone as a {@link PairPotential}: the interacting pairs (r &lt; a) of the dipole
     * stiffnesses and of the attractive fraction (phi2' &lt; 0) of an SW inherent structure. Not the SW energy: the
     * three-body term is missing (forces and Hessians of the model come from {@code StillingerWeberForce} and
     * {@code StillingerWeberHessian}).
     */
    public static PairPotential twoBody() { return TwoBody.INSTANCE; }

    private static final class TwoBody implements PairPotential {
        static final TwoBody INSTANCE = new TwoBody();
        @Override public String name() { return "stillinger-weber-two-body"; }
        @Override public double cutoff2(int ti, int tj, double si, double sj) { return CUT * CUT; }
        @Override public double maxCutoff(double maxSize) { return CUT; }
        @Override public double energy(double r2, int ti, int tj, double si, double sj) { return pairEnergy(Math.sqrt(r2)); }
        @Override public double forceOverR(double r2, int ti, int tj, double si, double sj) {
            double r = Math.sqrt(r2);
            return -pairDerivative(r) / r;
        }
        @Override public double curvature(double r2, int ti, int tj, double si, double sj) { return pairCurvature(Math.sqrt(r2)); }
        @Override public int speciesCount() { return 1; }
    }

    /**
     * Energy, forces (assigned, not added), per-atom energies (may be null) and virial {@code w = [xx, yy, zz, xy,
     * xz, yz]} (may be null) of the configuration; {@code start[i]..start[i+1]} index the neighbours of i in
     * {@code neighbours} (a full list; entries beyond the cutoff are skipped). Returns the total energy.
     */
    public double compute(Box box, int n, double[] x, double[] y, double[] z, int[] start, int[] neighbours,
                          double[] fx, double[] fy, double[] fz, double[] peAtom, double[] w) {
        return compute(box, n, x, y, z, start, neighbours, null, fx, fy, fz, peAtom, w);
    }

    /**
     * The same over the engine's FULL {@link NeighborList} (updated here), with its image shifts instead of minimum
     * images; the configuration's positions may be wrapped by the list's rebuild.
     */
    public double compute(Configuration c, NeighborList full, double[] fx, double[] fy, double[] fz, double[] peAtom,
                          double[] w) {
        if (!full.isFull()) throw new IllegalArgumentException("Stillinger-Weber needs a full neighbour list");
        if (full.cutoff() < CUT) throw new IllegalArgumentException("neighbour cutoff below the SW range " + CUT);
        full.update(c);
        return compute(c.box, c.n, c.x, c.y, c.z, full.start(), full.pairs(), full, fx, fy, fz, peAtom, w);
    }

    private double compute(Box box, int n, double[] x, double[] y, double[] z, int[] start, int[] neighbours,
                           NeighborList images, double[] fx, double[] fy, double[] fz, double[] peAtom, double[] w) {
        java.util.Arrays.fill(fx, 0, n, 0); java.util.Arrays.fill(fy, 0, n, 0); java.util.Arrays.fill(fz, 0, n, 0);
        if (peAtom != null) java.util.Arrays.fill(peAtom, 0, n, 0);
        double[] v = new double[6];
        double[] d = new double[3];
        int maxNb = 0;
        for (int i = 0; i < n; i++) maxNb = Math.max(maxNb, start[i + 1] - start[i]);
        // neighbours of i inside the cutoff: separation, length, exp(gamma/(r-a)) and its r-derivative factor
        int[] jj = new int[maxNb];
        double[] dx = new double[maxNb], dy = new double[maxNb], dz = new double[maxNb], rr = new double[maxNb];
        double[] ex = new double[maxNb], dex = new double[maxNb];
        double cut2 = CUT * CUT, energy = 0;
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int s = start[i]; s < start[i + 1]; s++) {
                int j;
                if (images == null) {
                    j = neighbours[s];
                    d[0] = x[j] - x[i]; d[1] = y[j] - y[i]; d[2] = z[j] - z[i];
                    box.minimumImage(d);
                } else {
                    j = NeighborList.index(neighbours[s]);
                    int code = NeighborList.image(neighbours[s]);
                    d[0] = x[j] + images.shiftX[code] - x[i];
                    d[1] = y[j] + images.shiftY[code] - y[i];
                    d[2] = z[j] + images.shiftZ[code] - z[i];
                }
                double r2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
                if (r2 >= cut2) continue;
                double r = Math.sqrt(r2);
                jj[m] = j; dx[m] = d[0]; dy[m] = d[1]; dz[m] = d[2]; rr[m] = r;
                double sh = r - CUT;
                ex[m] = Math.exp(GAMMA / sh);
                dex[m] = -GAMMA / (sh * sh);      // d ln(ex) / dr
                m++;
                if (j > i) {                      // two-body term once per pair
                    double e2 = pairEnergy(r);
                    double fOverR = -pairDerivative(r) / r;   // force on j along +d is -phi2' d/r
                    energy += e2;
                    if (peAtom != null) { peAtom[i] += 0.5 * e2; peAtom[j] += 0.5 * e2; }
                    double gx = fOverR * d[0], gy = fOverR * d[1], gz = fOverR * d[2];
                    fx[j] += gx; fy[j] += gy; fz[j] += gz;
                    fx[i] -= gx; fy[i] -= gy; fz[i] -= gz;
                    tally(v, d[0], d[1], d[2], gx, gy, gz);
                }
            }
            for (int a = 0; a < m; a++) {
                double ra = rr[a], ia = 1 / ra;
                for (int b = a + 1; b < m; b++) {
                    double rb = rr[b], ib = 1 / rb;
                    double dot = dx[a] * dx[b] + dy[a] * dy[b] + dz[a] * dz[b];
                    double c = dot * ia * ib;
                    double dc = c - COS0;
                    double ee = lambda * ex[a] * ex[b];
                    double e3 = ee * dc * dc;
                    energy += e3;
                    if (peAtom != null) { peAtom[i] += e3 / 3; peAtom[jj[a]] += e3 / 3; peAtom[jj[b]] += e3 / 3; }
                    // dE/d(r_a vec) = e3 dex_a rhat_a + 2 ee dc (r_b/(ra rb) - c r_a/ra^2)
                    double radial = e3 * dex[a] * ia, ang = 2 * ee * dc;
                    double gax = -(radial * dx[a] + ang * (dx[b] * ia * ib - c * dx[a] * ia * ia));
                    double gay = -(radial * dy[a] + ang * (dy[b] * ia * ib - c * dy[a] * ia * ia));
                    double gaz = -(radial * dz[a] + ang * (dz[b] * ia * ib - c * dz[a] * ia * ia));
                    radial = e3 * dex[b] * ib;
                    double gbx = -(radial * dx[b] + ang * (dx[a] * ia * ib - c * dx[b] * ib * ib));
                    double gby = -(radial * dy[b] + ang * (dy[a] * ia * ib - c * dy[b] * ib * ib));
                    double gbz = -(radial * dz[b] + ang * (dz[a] * ia * ib - c * dz[b] * ib * ib));
                    int ja = jj[a], jb = jj[b];
                    fx[ja] += gax; fy[ja] += gay; fz[ja] += gaz;
                    fx[jb] += gbx; fy[jb] += gby; fz[jb] += gbz;
                    fx[i] -= gax + gbx; fy[i] -= gay + gby; fz[i] -= gaz + gbz;
                    tally(v, dx[a], dy[a], dz[a], gax, gay, gaz);
                    tally(v, dx[b], dy[b], dz[b], gbx, gby, gbz);
                }
            }
        }
        if (w != null) System.arraycopy(v, 0, w, 0, 6);
        return energy;
    }

    private static void tally(double[] v, double rx, double ry, double rz, double gx, double gy, double gz) {
        v[0] += rx * gx; v[1] += ry * gy; v[2] += rz * gz;
        v[3] += rx * gy; v[4] += rx * gz; v[5] += ry * gz;
    }
}
