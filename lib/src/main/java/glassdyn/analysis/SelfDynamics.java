package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Trajectory;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/**
 * The self part of the dynamics in one streaming pass, time-origin averaged (see {@link TimeOriginAverage}), total
 * and per species (LAMMPS type {@code k} gives the column suffix {@code _k}):
 * <ul>
 *   <li>{@code msd} = &lt;|dr|^2&gt;;</li>
 *   <li>{@code alpha2} = d &lt;|dr|^4&gt; / ((d+2) &lt;|dr|^2&gt;^2) - 1 (the non-Gaussian parameter; 3/5 in 3D,
 *       1/2 in 2D), Rahman, Phys. Rev. 136, A405 (1964);</li>
 *   <li>{@code fs} = F_s(q,t), the self intermediate scattering function averaged over directions exactly:
 *       &lt;sin(q|dr|)/(q|dr|)&gt; in 3D, &lt;J0(q|dr|)&gt; in 2D;</li>
 *   <li>{@code Q} = &lt;(1/N) sum_i theta(a - |dr_i|)&gt; the overlap with cutoff a, and
 *       {@code chi4} = N (&lt;Q^2&gt; - &lt;Q&gt;^2) over (origin, frame) pairs, the dynamic susceptibility
 *       (Lacevic et al., J. Chem. Phys. 119, 7372 (2003)).</li>
 * </ul>
 * Displacements are unwrapped, or non-affine under shear when {@link #nonAffine(boolean)} is set.
 */
public class SelfDynamics extends TimeOriginAverage {
    /** Default overlap cutoff a = 0.3 (in units of the large-particle diameter; Lacevic et al. 2003 use 0.3 sigma_AA). */
    public static final double DEFAULT_OVERLAP_CUTOFF = 0.3;

    private final double q;
    private final double a;
    // [slot][species + 1]: index `types` is the total
    private double[][] r2, r4, fs, qs, qq;

    /**
     * @param q wavenumber of F_s (e.g. the first peak of S(q), 7.25 for Kob-Andersen A particles); non-positive to skip F_s
     * @param a overlap cutoff
     */
    public SelfDynamics(double q, double a) {
        if (!Double.isFinite(q)) throw InputException.parameter("q", "must be finite", q);
        if (!(a > 0)) throw InputException.parameter("a", "overlap cutoff must be positive", a);
        this.q = q;
        this.a = a;
    }

    @Override
    protected void begin() {
        r2 = new double[0][]; r4 = r2; fs = r2; qs = r2; qq = r2;
    }

    @Override
    protected void ensureSlots(int cap) {
        if (r2.length >= cap) return;
        int old = r2.length;
        r2 = grow(r2, cap, old); r4 = grow(r4, cap, old); fs = grow(fs, cap, old); qs = grow(qs, cap, old); qq = grow(qq, cap, old);
    }

    private double[][] grow(double[][] m, int cap, int old) {
        double[][] g = Arrays.copyOf(m, cap);
        for (int k = old; k < cap; k++) g[k] = new double[types + 1];
        return g;
    }

    @Override
    protected void accumulate(int s, double[] ox, double[] oy, double[] oz, double[] x, double[] y, double[] z) {
        double[] s2 = new double[types], s4 = new double[types], sf = new double[types];
        int[] over = new int[types];
        boolean doFs = q > 0;
        double a2 = a * a;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - ox[i], dy = y[i] - oy[i], dz = z[i] - oz[i];
            double d2 = dx * dx + dy * dy + dz * dz;
            int t = type[i];
            s2[t] += d2;
            s4[t] += d2 * d2;
            if (doFs) {
                double qr = q * Math.sqrt(d2);
                sf[t] += dim == 3 ? (qr < 1e-8 ? 1 - qr * qr / 6 : Math.sin(qr) / qr) : Bessel.j0(qr);
            }
            if (d2 < a2) over[t]++;
        }
        int totalOver = 0;
        for (int t = 0; t < types; t++) {
            r2[s][t] += s2[t]; r4[s][t] += s4[t]; fs[s][t] += sf[t];
            r2[s][types] += s2[t]; r4[s][types] += s4[t]; fs[s][types] += sf[t];
            if (typeCount[t] > 0) {
                double f = (double) over[t] / typeCount[t];
                qs[s][t] += f; qq[s][t] += f * f;
            }
            totalOver += over[t];
        }
        double f = (double) totalOver / n;
        qs[s][types] += f; qq[s][types] += f * f;
    }

    /** Streams the trajectory and returns one row per lag: {@code t, msd, alpha2, fs, Q, chi4} (+ per species), {@code pairs}. */
    public Table compute(Trajectory trajectory) {
        run(trajectory);
        int[] order = slotsByLag();
        int m = order.length;
        double[] t = lagTimes(order);
        java.util.List<Object> cols = new java.util.ArrayList<>();
        cols.add("t"); cols.add(t);
        String[] names = {"msd", "alpha2", "fs", "Q", "chi4"};
        for (String name : names) {
            if (name.equals("fs") && !(q > 0)) continue;
            for (int k0 = 0; k0 <= types; k0++) {
                int sp = k0 == 0 ? types : k0 - 1;
                if (sp < types && types == 1) continue;
                if (sp < types && typeCount[sp] == 0) continue;
                double cnt = sp == types ? n : typeCount[sp];
                double[] v = new double[m];
                for (int k = 0; k < m; k++) {
                    int s = order[k];
                    double np = pairs[s];
                    double msd = r2[s][sp] / (np * cnt);
                    v[k] = switch (name) {
                        case "msd" -> msd;
                        case "alpha2" -> msd > 0 ? dim * (r4[s][sp] / (np * cnt)) / ((dim + 2) * msd * msd) - 1 : 0;
                        case "fs" -> fs[s][sp] / (np * cnt);
                        case "Q" -> qs[s][sp] / np;
                        default -> cnt * (qq[s][sp] / np - (qs[s][sp] / np) * (qs[s][sp] / np));
                    };
                }
                cols.add(sp == types ? name : name + "_" + (sp + 1));
                cols.add(v);
            }
        }
        cols.add("pairs"); cols.add(pairCounts(order));
        return Tables.of("self dynamics", cols.toArray());
    }
}
