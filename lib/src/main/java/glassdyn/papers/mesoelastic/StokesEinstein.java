package glassdyn.papers.mesoelastic;

import glassdyn.stats.LineFit;

/**
 * The Stokes-Einstein breakdown exponent of paper 004 Fig. 9 b (Appendix D1): D ~ tau_alpha^-xi, fitted as the
 * least-squares slope of ln D against ln tau_alpha (xi = 1 where Stokes-Einstein holds; the paper finds 0.74-0.79
 * in all its models). The fit uses the points with tau_alpha at or above {@code activatedFrom} whose D is reliable
 * (a diffusive MSD); {@link #xiAll} is the same over every reliable point, whatever tau_alpha (a diagnostic: where the
 * normal liquid is included it pulls xi towards 1).
 *
 * @param xi          the exponent over the activated points, NaN with fewer than two
 * @param halfWidth90 half-width of its 90% interval (Student t with points - 2 degrees of freedom), NaN below three
 * @param points      activated reliable points used
 * @param tauMin      smallest tau_alpha used
 * @param tauMax      largest tau_alpha used
 * @param xiAll       the exponent over every reliable point
 * @param used        per input point, whether it entered the activated fit
 */
public record StokesEinstein(double xi, double halfWidth90, int points, double tauMin, double tauMax, double xiAll,
                             boolean[] used) {

    public static StokesEinstein fit(double[] tau, double[] d, boolean[] reliable, double activatedFrom) {
        int n = tau.length;
        boolean[] use = new boolean[n], ok = new boolean[n];
        int m = 0, all = 0;
        double lo = Double.NaN, hi = Double.NaN;
        for (int i = 0; i < n; i++) {
            ok[i] = reliable[i] && tau[i] > 0 && d[i] > 0 && Double.isFinite(tau[i]) && Double.isFinite(d[i]);
            use[i] = ok[i] && tau[i] >= activatedFrom;
            if (ok[i]) all++;
            if (use[i]) {
                m++;
                lo = Double.isNaN(lo) ? tau[i] : Math.min(lo, tau[i]);
                hi = Double.isNaN(hi) ? tau[i] : Math.max(hi, tau[i]);
            }
        }
        LineFit f = line(tau, d, use, m), a = line(tau, d, ok, all);
        double half = m >= 3 ? new smile.stat.distribution.TDistribution(m - 2).quantile(0.95) * f.slopeError() : Double.NaN;
        return new StokesEinstein(m >= 2 ? -f.slope() : Double.NaN, half, m, lo, hi, all >= 2 ? -a.slope() : Double.NaN, use);
    }

    private static LineFit line(double[] tau, double[] d, boolean[] use, int m) {
        double[] x = new double[m], y = new double[m];
        int k = 0;
        for (int i = 0; i < tau.length; i++) if (use[i]) { x[k] = Math.log(tau[i]); y[k] = Math.log(d[i]); k++; }
        return LineFit.of(x, y);
    }
}
