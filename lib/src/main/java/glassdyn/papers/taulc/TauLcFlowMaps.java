package glassdyn.papers.taulc;

import glassdyn.particles.Configuration;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The start-up panels of paper 001 and the particle maps in flow, from the stored ensembles: Fig. 2(a,b) (equilibrium
 * tau_LC against the start-up tau_sh, the paper's own protocol; the steady-flow spectra of Fig. 6(c) are
 * {@link TauLcFigure#SPECTRA}), Fig. 3(a-d) (start-up tau_sh(tau_LC) with Eq. 3 and tau_LC,c per rate; also the lines
 * of Fig. 7), Fig. 4(a-d) (tau_LC at equilibrium and start-up tau_sh per particle with the Eq. 2 class) and Fig. 9
 * (tau_LC and tau_sh per particle of the steady configuration at each ensemble rate). All times in LJ time units.
 */
final class TauLcFlowMaps {
    private final TauLcDuality d;

    TauLcFlowMaps(TauLcDuality d) { this.d = d; }

    /** Fig. 2(a,b): H(log10 tau) with unit area of the equilibrium tau_LC (all origins) and of tau_sh per start-up rate. */
    Table startupSpectra() {
        double lo = -1, hi = Math.log10(d.preset().iceTime()) + 0.1;
        int bins = 30;
        double[] centre = new double[bins];
        for (int b = 0; b < bins; b++) centre[b] = lo + (b + 0.5) * (hi - lo) / bins;
        List<Object> cols = new ArrayList<>(List.of("log10_tau", centre, "H_tau_LC_eq", TauLcFigures.histogram(d.tauLcEquilibrium(), lo, hi, bins)));
        for (double r : d.preset().startupRates()) {
            List<double[]> sh = new ArrayList<>();
            for (int k = 0; k < d.preset().origins(); k++) sh.add(d.startup(k, r).tau());
            cols.add("H_tau_sh_startup_rate_" + TauLcRun.rateKey(r));
            cols.add(TauLcFigures.histogram(TauLcRelations.concat(sh), lo, hi, bins));
        }
        return Tables.of("fig2ab spectra: equilibrium tau_LC and start-up tau_sh", cols.toArray());
    }

    /**
     * Fig. 3(a-d): binned start-up tau_sh against the equilibrium tau_LC (pooled over origins) per start-up rate, with
     * the Eq. 3 fit and the boundary tau_LC,c (Eq. 2 on the fitted curve; NaN when the curve never leaves tau_2).
     */
    Table startupRelation() {
        List<Double> rate = new ArrayList<>(), lc = new ArrayList<>(), sh = new ArrayList<>(), err = new ArrayList<>(),
            fit = new ArrayList<>(), crit = new ArrayList<>();
        double tau2 = d.tau2();
        for (double r : d.preset().startupRates()) {
            TauShRelation rel = d.startupRelation(r);
            Table b = rel.bins();
            double c = rel.criticalTauLc(tau2);
            for (int i = 0; i < b.rowCount(); i++) {
                double x = b.doubleColumn("tau_LC").getDouble(i);
                rate.add(r); lc.add(x); sh.add(b.doubleColumn("tau_sh").getDouble(i));
                err.add(b.doubleColumn("tau_sh_error").getDouble(i)); fit.add(rel.fit().at(x)); crit.add(c);
            }
        }
        return Tables.of("fig3 start-up tau_sh vs tau_LC", "rate", TauLcFigures.unbox(rate), "tau_LC_tau", TauLcFigures.unbox(lc),
            "tau_sh_tau", TauLcFigures.unbox(sh), "tau_sh_error_tau", TauLcFigures.unbox(err),
            "tau_sh_fit_eq3_tau", TauLcFigures.unbox(fit), "tau_LC_c_tau", TauLcFigures.unbox(crit));
    }

    /** Fig. 3(c,d): per start-up rate, 1/rate, the start-up tau_LC,c (Eq. 2 on the Eq. 3 fit) and tau_0. */
    Table startupBoundary() {
        double[] r = d.preset().startupRates().clone(), inv = new double[r.length], crit = new double[r.length], t0 = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            TauShRelation rel = d.startupRelation(r[i]);
            inv[i] = 1 / r[i]; crit[i] = rel.criticalTauLc(d.tau2()); t0[i] = rel.fit().tau0();
        }
        return Tables.of("fig3cd start-up tau_LC,c vs 1/rate", "rate", r, "inverse_rate_tau", inv, "tau_LC_c_tau", crit, "tau_0_tau", t0);
    }

    /**
     * The rows of a per-particle map table ({@link #startupMaps()}, {@link #steadyMaps()}, the hardness map) at
     * {@code rate} in the slab |z - z_mid| &lt;= 1 around the box's mid-plane, for a 2-d particle plot.
     */
    static Table midSlab(Table map, double rate) {
        Table one = map.where(map.doubleColumn("rate").isEqualTo(rate));
        double zMid = 0.5 * (one.doubleColumn("z_sigma").min() + one.doubleColumn("z_sigma").max());
        return one.where(one.doubleColumn("z_sigma").isBetweenInclusive(zMid - 1, zMid + 1));
    }

    /**
     * Fig. 4(a-d): equilibrium origin 0, for each start-up rate one block of rows: positions, species, tau_LC at
     * equilibrium, start-up tau_sh, and slow = 1 where tau_LC - tau_sh &gt;= tau_2 (Eq. 2 per particle).
     */
    Table startupMaps() {
        Configuration c = d.origins().get(0);
        double[] lc = d.equilibrium(0).tau();
        MapRows m = new MapRows();
        for (double r : d.preset().startupRates()) m.add(r, c, lc, d.startup(0, r).tau(), d.tau2());
        return m.table("fig4 tau_LC and start-up tau_sh maps, origin 0");
    }

    /**
     * Fig. 9: the steady configuration at each ensemble rate: positions (Lees-Edwards box of that state), species,
     * tau_LC (cessation), tau_sh (continuation) and the Eq. 2 class per particle.
     */
    Table steadyMaps() {
        MapRows m = new MapRows();
        for (double r : d.preset().iceRates())
            m.add(r, d.steadyOrigin(r), d.cessation(r).tau(), d.continuation(r).tau(), d.tau2());
        return m.table("fig9 tau_LC and tau_sh maps in steady flow");
    }

    /** Rows of a per-particle map, one block per rate. */
    private static final class MapRows {
        final List<Double> rate = new ArrayList<>(), x = new ArrayList<>(), y = new ArrayList<>(), z = new ArrayList<>(),
            type = new ArrayList<>(), lc = new ArrayList<>(), sh = new ArrayList<>(), slow = new ArrayList<>();

        void add(double r, Configuration c, double[] tauLc, double[] tauSh, double tau2) {
            for (int i = 0; i < c.n; i++) {
                rate.add(r); x.add(c.x[i]); y.add(c.y[i]); z.add(c.z[i]); type.add((double) c.type[i] + 1);
                lc.add(tauLc[i]); sh.add(tauSh[i]); slow.add(tauLc[i] - tauSh[i] >= tau2 ? 1.0 : 0.0);
            }
        }

        Table table(String name) {
            return Tables.of(name, "rate", TauLcFigures.unbox(rate), "x_sigma", TauLcFigures.unbox(x), "y_sigma", TauLcFigures.unbox(y),
                "z_sigma", TauLcFigures.unbox(z), "type", TauLcFigures.unbox(type), "tau_LC_tau", TauLcFigures.unbox(lc),
                "tau_sh_tau", TauLcFigures.unbox(sh), "slow", TauLcFigures.unbox(slow));
        }
    }
}
