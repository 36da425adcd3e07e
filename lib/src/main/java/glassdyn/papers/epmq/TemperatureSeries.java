package glassdyn.papers.epmq;

import glassdyn.epm.Correlations;

import java.util.List;

/**
 * Per-temperature values of one lattice size with their standard errors over independent trajectories (the unit of
 * every interval in the EPM-Q report): tau_alpha and the chi_4 peak of the pooled correlations, and the standard
 * errors of ln tau_alpha, ln chi_4^peak and ln Gamma from the trajectories' own values.
 */
final class TemperatureSeries {
    final double[] T, tau, lnTauSe, chi4, lnChi4Se, chi4Se, peakTime, tauCs, tauCp, invGamma, lnGammaSe;
    final int[] trajectories;

    TemperatureSeries(EpmQ q, int L, double[] ts, boolean elastic) {
        int n = ts.length;
        T = ts.clone();
        tau = new double[n]; lnTauSe = new double[n]; chi4 = new double[n]; lnChi4Se = new double[n]; chi4Se = new double[n];
        peakTime = new double[n]; tauCs = new double[n]; tauCp = new double[n]; invGamma = new double[n]; lnGammaSe = new double[n];
        trajectories = new int[n];
        for (int i = 0; i < n; i++) {
            Correlations c = q.pooled(L, ts[i], elastic, 0);
            List<Correlations> each = q.each(L, ts[i], elastic, 0);
            tau[i] = c.tauAlpha();
            chi4[i] = c.chi4Peak();
            peakTime[i] = c.chi4PeakTime();
            tauCs[i] = c.tauStress();
            tauCp[i] = c.tauPlastic();
            invGamma[i] = 1 / c.gamma();
            double[] lt = new double[each.size()], lc = new double[each.size()], pc = new double[each.size()], lg = new double[each.size()];
            for (int k = 0; k < lt.length; k++) {
                lt[k] = Math.log(each.get(k).tauAlpha());
                pc[k] = each.get(k).chi4Peak();
                lc[k] = Math.log(pc[k]);
                lg[k] = Math.log(each.get(k).gamma());
            }
            trajectories[i] = lt.length;
            lnTauSe[i] = TrajectoryStats.standardError(lt);
            lnChi4Se[i] = TrajectoryStats.standardError(lc);
            chi4Se[i] = TrajectoryStats.standardError(pc);
            lnGammaSe[i] = TrajectoryStats.standardError(lg);
        }
    }

    /** Indices with lo &lt;= T &lt;= hi. */
    double[] select(double[] y, double lo, double hi) {
        double[] o = y.clone();
        for (int i = 0; i < T.length; i++) if (T[i] < lo || T[i] > hi) o[i] = Double.NaN;
        return o;
    }

    static double[] log(double[] v) { return TrajectoryStats.log(v); }
}
