package glassdyn.papers.taulc;

import glassdyn.protocols.SteadyShear;
import glassdyn.stats.LineFit;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Paper 001 Fig. 1: the steady-shear viscosity eta = sigma_xy / rate (Eq. 1) over the rate sweep, the
 * shear-thinning regime and its power law, and the Cross form (Sec. III B) as a diagnostic.
 */
final class FlowCurve {
    private final TauLcDuality d;

    FlowCurve(TauLcDuality d) { this.d = d; }

    /** Fig. 1: viscosity vs rate with standard errors (10 blocks). */
    Table viscosity() {
        double[] r = d.preset().rates().clone(), eta = new double[r.length], err = new double[r.length], sig = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            SteadyShear.Result s = d.steady(r[i]);
            sig[i] = s.meanStress();
            eta[i] = sig[i] / r[i];
            err[i] = s.stressError(10) / r[i];
        }
        return Tables.of("fig1 viscosity", "rate", r, "sigma_xy", sig, "eta", eta, "eta_error", err);
    }

    /**
     * eta / eta_eq below which a rate is in the shear-thinning (power-law) regime: the exponent tolerance / lambda of
     * the paper, where the local exponent lambda (1 - eta/eta_eq) of the paper's Cross form (Sec. III B) is within the
     * tolerance of lambda ({@link ShearThinning}).
     */
    double thinningRatio() { return TauLcClaims.EXPONENT_TOLERANCE / d.preset().lambdaPaper(); }

    /** eta_eq: the MD viscosity at the lowest rate (spec 001 ambiguity 18), as in Eq. 5. */
    double zeroShearViscosity() { return viscosity().doubleColumn("eta").getDouble(0); }

    /** The rates of the shear-thinning regime, eta &lt;= {@link #thinningRatio()} eta_eq (paper 001 Fig. 1). */
    boolean[] thinningRegime() {
        return ShearThinning.powerLawRegime(viscosity().doubleColumn("eta").asDoubleArray(), zeroShearViscosity(), thinningRatio());
    }

    /**
     * Shear-thinning exponent as the paper fits it (Fig. 1): -slope of ln eta vs ln rate over the rates of the
     * shear-thinning regime only ({@link #thinningRegime()}); NaN with fewer than two such rates.
     */
    LineFit thinningFit() {
        Table t = viscosity();
        return ShearThinning.powerLaw(t.doubleColumn("rate").asDoubleArray(), t.doubleColumn("eta").asDoubleArray(), thinningRegime());
    }

    /** The Cross form eta_eq / [1 + (tau_eta rate)^lambda] (paper 001 Sec. III B) fitted to every rate; null below 3 rates. */
    ShearThinning.Cross crossFit() {
        Table t = viscosity();
        return t.rowCount() < 3 ? null : ShearThinning.fitCross(t.doubleColumn("rate").asDoubleArray(), t.doubleColumn("eta").asDoubleArray());
    }

    /** -d ln eta / d ln rate between adjacent rates of the sweep. */
    double[] localThinningExponents() {
        Table t = viscosity();
        double[] r = t.doubleColumn("rate").asDoubleArray(), e = t.doubleColumn("eta").asDoubleArray(), out = new double[r.length - 1];
        for (int i = 0; i + 1 < r.length; i++) out[i] = -Math.log(e[i + 1] / e[i]) / Math.log(r[i + 1] / r[i]);
        return out;
    }
}
