package glassdyn.papers.epmq;

import glassdyn.epm.Correlations;
import glassdyn.stats.LineFit;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The shape of the relaxation &lt;P(t)&gt; (Fig. 1a; main text: "the shape of the relaxation function is simpler than
 * the one of realistic liquid models", and the outlook names stretched-exponential relaxation as what the model
 * lacks): a Kohlrausch-Williams-Watts fit P(t) = exp(-(t / tau_K)^beta) of one trajectory, as the straight line
 * ln(-ln P) = beta ln t - beta ln tau_K over the lags with {@link #P_LOW} &lt;= P &lt;= {@link #P_HIGH} (the
 * alpha-relaxation part; the early decay P &gt; 0.9 and the noisy tail are left out). beta = 1 is a simple exponential,
 * beta &lt; 1 is stretched. One fit per trajectory, so that intervals are over independent trajectories.
 */
public final class RelaxationShape {
    /** Persistence range of the fit (the alpha relaxation). */
    public static final double P_LOW = 0.1, P_HIGH = 0.9;
    /**
     * beta threshold of the "not stretched" rule: midway between a simple exponential (1) and the beta of about 0.5
     * that supercooled liquids reach at low T (the stretched relaxation the paper's ref. [52] associates with dynamic
     * heterogeneity).
     */
    public static final double BETA_THRESHOLD = 0.75;

    private RelaxationShape() {}

    /** One KWW fit: beta, tau_K and the number of lags in the fit range. */
    public record Kww(double beta, double tauK, int points) {}

    /** Fewest lags in the fit range (the lag grid has about 20 between P = 0.9 and 0.1). */
    public static final int MIN_POINTS = 6;

    /**
     * KWW fit of P(t) over the lags with P in [{@link #P_LOW}, {@link #P_HIGH}]; NaN with fewer than
     * {@link #MIN_POINTS} such lags or when P never reaches 1/2 (a window too short to see the alpha relaxation).
     */
    public static Kww fit(double[] t, double[] p) {
        int n = 0;
        boolean half = false;
        for (int k = 0; k < t.length; k++) {
            if (inRange(p[k]) && t[k] > 0) n++;
            if (p[k] <= 0.5) half = true;
        }
        if (n < MIN_POINTS || !half) return new Kww(Double.NaN, Double.NaN, n);
        double[] x = new double[n], y = new double[n];
        int i = 0;
        for (int k = 0; k < t.length; k++) {
            if (!(inRange(p[k]) && t[k] > 0)) continue;
            x[i] = Math.log(t[k]);
            y[i++] = Math.log(-Math.log(p[k]));
        }
        LineFit f = LineFit.of(x, y);
        return new Kww(f.slope(), Math.exp(-f.intercept() / f.slope()), n);
    }

    private static boolean inRange(double p) { return p >= P_LOW && p <= P_HIGH; }

    /** beta of each trajectory. */
    public static double[] betas(List<Correlations> trajectories) {
        return trajectories.stream().mapToDouble(c -> fit(c.t(), c.p()).beta()).toArray();
    }

    /**
     * One row per temperature of the elastic runs at the preset L: mean beta and tau_K over the trajectories, the 90%
     * Student-t interval of beta over trajectories, and the number of trajectories with a fit.
     */
    static Table table(EpmQ q) {
        double[] ts = q.preset().temperatures();
        int n = ts.length;
        double[] beta = new double[n], lo = new double[n], hi = new double[n], tauK = new double[n], count = new double[n];
        for (int i = 0; i < n; i++) {
            List<Correlations> each = q.each(q.preset().L(), ts[i], true, 0);
            double[] b = betas(each), tk = each.stream().mapToDouble(c -> fit(c.t(), c.p()).tauK()).toArray();
            double[] iv = TrajectoryStats.interval90(b);
            beta[i] = TrajectoryStats.mean(b); lo[i] = iv[0]; hi[i] = iv[1];
            tauK[i] = TrajectoryStats.mean(tk); count[i] = TrajectoryStats.count(b);
        }
        return Table.create("relaxation_shape").addColumns(DoubleColumn.create("T", ts), DoubleColumn.create("beta_KWW", beta),
            DoubleColumn.create("beta_KWW_lo90", lo), DoubleColumn.create("beta_KWW_hi90", hi),
            DoubleColumn.create("tau_KWW_sweeps", tauK), DoubleColumn.create("trajectories", count));
    }
}
