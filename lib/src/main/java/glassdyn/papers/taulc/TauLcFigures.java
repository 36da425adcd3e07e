package glassdyn.papers.taulc;

import glassdyn.Scale;
import glassdyn.particles.Configuration;
import glassdyn.stats.LineFit;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figure tables of paper 001 built from the stages and analyses: Figs. 2, 3/7, 4, 8, 11 and every panel by name. */
final class TauLcFigures {
    private final TauLcDuality d;

    private final TauLcFlowMaps maps;
    private final TauLcDescriptorFigures descriptors;

    TauLcFigures(TauLcDuality d) {
        this.d = d;
        maps = new TauLcFlowMaps(d);
        descriptors = new TauLcDescriptorFigures(d, d.structure());
    }

    /** Every panel's table by file name, in the order of {@link TauLcFigure}. */
    Map<String, Table> all() {
        Map<String, Table> m = new LinkedHashMap<>();
        for (TauLcFigure f : TauLcFigure.values()) m.put(f.file(), get(f));
        return m;
    }

    /** The table of figure {@code f}. */
    Table get(TauLcFigure f) {
        return switch (f) {
            case VISCOSITY -> viscosity();
            case SPECTRA -> spectra();
            case TAU_LC_MAP -> tauLcMap();
            case CLUSTER_GRID -> clusterGrid();
            case TAU_SH_VS_TAU_LC -> relation();
            case STARTUP_STRESS -> d.fig5StartupStress();
            case EQ3_PARAMETERS -> parameters();
            case MASTER_CURVE -> masterCurve();
            case RATE_SWITCH -> rateSwitch();
            case STRESS_MODEL -> d.fig13Model();
            case BOND_RETENTION -> d.fig31Retention();
            case RIDGE -> d.fig17Ridge();
            case HARDNESS -> d.fig20Hardness();
            case ZERO_SHEAR_CONTROL -> zeroShearControl();
            case STARTUP_SPECTRA -> maps.startupSpectra();
            case STARTUP_TAU_SH_VS_TAU_LC -> maps.startupRelation();
            case STARTUP_BOUNDARY -> maps.startupBoundary();
            case STARTUP_MAPS -> maps.startupMaps();
            case STEADY_MAPS -> maps.steadyMaps();
            case RIDGE_PER_RATE -> descriptors.ridgePerRate();
            case DESCRIPTOR_CORRELATION -> descriptors.correlation();
            case DESCRIPTOR_CUMULATIVE -> descriptors.cumulative();
            case DESCRIPTOR_TABLE -> descriptors.topElements();
            case HARDNESS_MAP -> descriptors.hardnessMap();
            case DISTORTION -> descriptors.distortion();
            case DISTORTION_PEAKS -> descriptors.distortionPeaks();
            case PEL_TAU_SH -> d.pel().inapplicable() != null ? pelEmpty(f) : d.pel().tauSh();
            case PEL_DENSITY -> d.pel().inapplicable() != null ? pelEmpty(f) : d.pel().density();
            case PEL_SLOW -> d.pel().inapplicable() != null ? pelEmpty(f) : d.pel().slow();
            case SGR_STEADY -> d.pel().inapplicable() != null ? pelEmpty(f) : d.sgr().steady();
            case SGR_ACTIVATION -> d.pel().inapplicable() != null ? pelEmpty(f) : d.sgr().activation();
            case OMEGA_FIT -> new TauLcOmegaFit(d).table();
            case TAU_ALPHA -> d.alpha().table();
            case FS_CURVES -> d.alpha().fsCurves();
            case GREEN_KUBO -> d.alpha().greenKuboTable();
            case STARTUP_CELL_MODEL -> d.startupModel().table();
            case FIG10_TAU_LC_MAP -> d.ler().tauLcMap();
            case FIG10_LER_STRESS -> d.ler().regionStress();
            case FIG12_RCJ -> d.ler().jumpRatio();
        };
    }

    /**
     * Fig. 1 with its regimes: the viscosity table plus {@code thinning_regime} = 1 for the rates in the fitted
     * shear-thinning regime ({@link FlowCurve#thinningRegime()}), 0 elsewhere (the notebook draws the boundary there).
     */
    Table viscosity() {
        Table t = d.fig1Viscosity().copy();
        boolean[] in = d.thinningRegime();
        double[] flag = new double[t.rowCount()];
        for (int i = 0; i < flag.length && i < in.length; i++) flag[i] = in[i] ? 1 : 0;
        t.addColumns(tech.tablesaw.api.DoubleColumn.create("thinning_regime", flag));
        return t;
    }

    /**
     * The zero-shear control (review 001, section 6.3): tau_LC of equilibrium origin 0 from two independent ensembles,
     * one binned against the other exactly as tau_sh against tau_LC; without shear the binned curve has slope ~R (the
     * split-half reliability), the baseline every tau_sh(tau_LC) curve must be compared with. Columns in time units.
     */
    Table zeroShearControl() {
        TauShRelation rel = new TauShRelation(d.equilibrium(0).tau(), d.control(0).tau());
        Table b = rel.bins();
        double[] x = b.doubleColumn("tau_LC").asDoubleArray(), y = b.doubleColumn("tau_sh").asDoubleArray(),
            e = b.doubleColumn("tau_sh_error").asDoubleArray();
        return Tables.of("zero-shear control: tau_LC (ensemble B) vs tau_LC (ensemble A), origin 0", "tau_LC_A_tau", x,
            "tau_LC_B_tau", y, "tau_LC_B_error_tau", e);
    }

    static double[] unbox(List<Double> l) { return l.stream().mapToDouble(Double::doubleValue).toArray(); }

    /** Fig. 2a,b / 6c: spectra H(log10 tau) with unit area (spec ambiguity 13), equilibrium tau_LC and each rate's tau_LC, tau_sh. */
    Table spectra() {
        List<double[]> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double lo = -1, hi = Math.log10(d.preset().iceTime()) + 0.1;
        int bins = 30;
        double[] centre = new double[bins];
        for (int b = 0; b < bins; b++) centre[b] = lo + (b + 0.5) * (hi - lo) / bins;
        names.add("log10_tau"); cols.add(centre);
        names.add("H_tau_LC_eq"); cols.add(histogram(d.tauLcEquilibrium(), lo, hi, bins));
        for (double r : d.preset().iceRates()) {
            names.add("H_tau_LC_rate_" + TauLcRun.rateKey(r)); cols.add(histogram(d.cessation(r).tau(), lo, hi, bins));
            names.add("H_tau_sh_rate_" + TauLcRun.rateKey(r)); cols.add(histogram(d.continuation(r).tau(), lo, hi, bins));
        }
        Object[] args = new Object[2 * cols.size()];
        for (int i = 0; i < cols.size(); i++) { args[2 * i] = names.get(i); args[2 * i + 1] = cols.get(i); }
        return Tables.of("fig2 spectra", args);
    }

    static double[] histogram(double[] tau, double lo, double hi, int bins) {
        double[] h = new double[bins];
        double w = (hi - lo) / bins;
        for (double t : tau) {
            int b = (int) Math.floor((Math.log10(Math.max(t, 1e-300)) - lo) / w);
            if (b >= 0 && b < bins) h[b] += 1.0 / (tau.length * w);
        }
        return h;
    }

    /** Fig. 2c-e: the tau_LC map of equilibrium origin 0 (positions wrapped into the box) for particle plots. */
    Table tauLcMap() {
        Configuration c = d.origins().get(0);
        double[] type = new double[c.n];
        for (int i = 0; i < c.n; i++) type[i] = c.type[i] + 1;
        return Tables.of("fig2 tau_LC map", "x", c.x.clone(), "y", c.y.clone(), "z", c.z.clone(), "type", type,
            "tau_LC", d.equilibrium(0).tau().clone());
    }

    /** Grid cells per side for the cluster maps: 20 (paper 001 App. A) at the paper scale, 8 below (spec 001 section 4.3: L/20 is meaningless at N = 500). */
    int gridCells() { return d.scale() == Scale.PAPER ? 20 : 8; }

    /**
     * Fig. 2(c-e) / 4, App. A: the tau_LC field of equilibrium origin 0 coarse-grained on a grid (Eq. A1, l_cg = grid
     * spacing, minimum image), with its local maxima (+1, slow cluster centres) and minima (-1, fast centres).
     */
    Table clusterGrid() {
        Configuration c = d.origins().get(0);
        int g = gridCells();
        return glassdyn.analysis.ExponentialCoarseGraining.grid(c, d.equilibrium(0).tau(), g, c.box.lx() / g);
    }

    /** The mid-height slice (gz = cells/2) of {@link #clusterGrid()} as z[gy][gx], for a heatmap. */
    double[][] clusterGridSlice() {
        Table t = clusterGrid();
        int g = gridCells();
        double[][] z = new double[g][g];
        for (int r = 0; r < t.rowCount(); r++) {
            if (((Number) t.column("gz").get(r)).intValue() != g / 2) continue;
            z[((Number) t.column("gy").get(r)).intValue()][((Number) t.column("gx").get(r)).intValue()] = t.doubleColumn("value").getDouble(r);
        }
        return z;
    }

    /** Fig. 3 / 7: binned tau_sh(tau_LC) in steady flow with the Eq. 3 fit, one block of rows per rate. */
    Table relation() {
        List<Double> rate = new ArrayList<>(), lc = new ArrayList<>(), sh = new ArrayList<>(), err = new ArrayList<>(), fit = new ArrayList<>();
        for (double r : d.preset().iceRates()) {
            TauShRelation rel = d.steadyRelation(r);
            Table b = rel.bins();
            for (int i = 0; i < b.rowCount(); i++) {
                double x = b.doubleColumn("tau_LC").getDouble(i);
                rate.add(r); lc.add(x); sh.add(b.doubleColumn("tau_sh").getDouble(i)); err.add(b.doubleColumn("tau_sh_error").getDouble(i));
                fit.add(rel.fit().at(x));
            }
        }
        return Tables.of("fig3 tau_sh vs tau_LC (steady)", "rate", unbox(rate), "tau_LC", unbox(lc), "tau_sh", unbox(sh),
            "tau_sh_error", unbox(err), "tau_sh_fit_eq3", unbox(fit));
    }


    /**
     * Fig. 8: binned tau_sh(tau_LC) at the final rate of the switch for every initial rate (0 = start-up, equal =
     * steady shear), with each curve's Eq. 3 fit and the steady curve's fit at the same tau_LC (the reference).
     */
    Table rateSwitch() {
        double to = d.preset().switchRate();
        TauShRelation.Fit ref = d.steadyRelation(to).fit();
        List<Double> from = new ArrayList<>(), lc = new ArrayList<>(), sh = new ArrayList<>(), err = new ArrayList<>(), fit = new ArrayList<>(), rf = new ArrayList<>();
        for (double r : d.switchInitialRates()) {
            TauShRelation rel = d.switchRelation(r, to);
            Table b = rel.bins();
            for (int i = 0; i < b.rowCount(); i++) {
                double x = b.doubleColumn("tau_LC").getDouble(i);
                from.add(r); lc.add(x); sh.add(b.doubleColumn("tau_sh").getDouble(i)); err.add(b.doubleColumn("tau_sh_error").getDouble(i));
                fit.add(rel.fit().at(x)); rf.add(ref.at(x));
            }
        }
        double[] toCol = new double[from.size()];
        Arrays.fill(toCol, to);
        return Tables.of("fig8 rate switch to " + TauLcRun.rateKey(to), "rate_initial", unbox(from), "rate_final", toCol, "tau_LC", unbox(lc),
            "tau_sh", unbox(sh), "tau_sh_error", unbox(err), "tau_sh_fit_eq3", unbox(fit), "tau_sh_steady_fit", unbox(rf));
    }

    /** Fig. 11 + 3c,d + 13: per rate the Eq. 3 parameters, tau_LC,c, p_slow (curve and per particle), means. */
    Table parameters() {
        double tau2 = d.tau2();
        double[] r = d.preset().iceRates().clone();
        int m = r.length;
        double[] inf = new double[m], t0 = new double[m], r2 = new double[m], crit = new double[m], ps = new double[m],
            pp = new double[m], mlc = new double[m], msh = new double[m], cens = new double[m];
        for (int i = 0; i < m; i++) {
            TauShRelation rel = d.steadyRelation(r[i]);
            inf[i] = rel.fit().tauShInf(); t0[i] = rel.fit().tau0(); r2[i] = rel.fit().rSquared();
            crit[i] = rel.criticalTauLc(tau2);
            ps[i] = TauShRelation.fraction(rel.slowByCurve(tau2));
            pp[i] = TauShRelation.fraction(rel.slowPerParticle(tau2));
            mlc[i] = TauLcRelations.mean(d.cessation(r[i]).tau());
            msh[i] = TauLcRelations.mean(d.continuation(r[i]).tau());
            cens[i] = Math.max(d.cessation(r[i]).censored(), d.continuation(r[i]).censored());
        }
        return Tables.of("fig11 Eq. 3 parameters and p_slow", "rate", r, "tau_sh_inf", inf, "tau_0", t0, "fit_R2", r2,
            "tau_LC_c", crit, "p_slow", ps, "p_slow_per_particle", pp, "mean_tau_LC", mlc, "mean_tau_sh", msh,
            "censored_fraction", cens);
    }

    /**
     * Fig. 11(e,f), Eq. 4: the master curve tau*_sh = 1 - exp(-tau*_LC) with tau*_LC = tau_LC / (a / rate + b) and
     * tau*_sh = tau_sh / (c rate^-lambda_tau): a, b from the line tau_0 = a / rate + b and c, lambda_tau from the power law
     * of tau_sh_inf, both fitted over the ensemble rates; the steady-flow bins of every rate rescaled, with the curve.
     */
    Table masterCurve() {
        GridCellModel.MasterCurve eq4 = eq4Constants();
        double a = eq4.a(), b = eq4.b(), c = eq4.c(), lambda = eq4.lambda();
        Table rel = relation();
        int m = rel.rowCount();
        double[] rate = new double[m], xs = new double[m], ys = new double[m], curve = new double[m];
        for (int k = 0; k < m; k++) {
            rate[k] = rel.doubleColumn("rate").getDouble(k);
            xs[k] = rel.doubleColumn("tau_LC").getDouble(k) / (a / rate[k] + b);
            ys[k] = rel.doubleColumn("tau_sh").getDouble(k) / (c * Math.pow(rate[k], -lambda));
            curve[k] = TauShRelation.masterCurve(xs[k]);
        }
        double[] aa = new double[m], bb = new double[m], cc = new double[m], ll = new double[m];
        Arrays.fill(aa, a); Arrays.fill(bb, b); Arrays.fill(cc, c); Arrays.fill(ll, lambda);
        return Tables.of("fig11 master curve (Eq. 4)", "rate", rate, "tau_LC_star", xs, "tau_sh_star", ys, "eq4", curve,
            "a", aa, "b", bb, "c", cc, "lambda_tau", ll);
    }


    /** The Eq. 4 constants: the line tau_0 = a / rate + b and the power law tau_sh_inf = c rate^-lambda_tau over the ensemble rates. */
    GridCellModel.MasterCurve eq4Constants() {
        Table par = parameters();
        double[] r = par.doubleColumn("rate").asDoubleArray(), t0 = par.doubleColumn("tau_0").asDoubleArray(),
            inf = par.doubleColumn("tau_sh_inf").asDoubleArray();
        double[] inv = new double[r.length], lr = new double[r.length], li = new double[r.length];
        for (int i = 0; i < r.length; i++) { inv[i] = 1 / r[i]; lr[i] = Math.log(r[i]); li[i] = Math.log(inf[i]); }
        LineFit ab = LineFit.of(inv, t0), cl = LineFit.of(lr, li);
        return new GridCellModel.MasterCurve(ab.slope(), ab.intercept(), Math.exp(cl.intercept()), -cl.slope());
    }

    /** An empty PEL/SGR panel named with the reason the model cannot be built from this run. */
    private tech.tablesaw.api.Table pelEmpty(TauLcFigure f) {
        return tech.tablesaw.api.Table.create(f.name().toLowerCase(java.util.Locale.ROOT) + " (PEL model not built: "
            + d.pel().inapplicable() + ")");
    }
}
