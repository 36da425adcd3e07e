package glassdyn.papers.cagejump;

import glassdyn.analysis.ConvectiveTraceback;
import glassdyn.analysis.ConvectiveClusters;
import glassdyn.analysis.ShearRecord;
import static glassdyn.papers.cagejump.PanelColumns.col;
import static glassdyn.papers.cagejump.PanelColumns.cols;
import static glassdyn.papers.cagejump.PanelColumns.relative;

import glassdyn.elastic.IsolatedRegionModes;
import glassdyn.particles.Configuration;

import java.util.ArrayList;
import java.util.List;

/**
 * Paper 000 Fig. 4(a): the pseudo-harmonic modes (PHM) of a convective cluster isolated at t0 and the coincidence of
 * their loci with the early cage-jump spots of [t0, t1], pooled over the complete clusters with the most jumps.
 */
public final class PseudoHarmonicLoci {
    /** PHM searches start from the dipole responses of the 24 softest near-neighbour dipoles of the cluster (not stated, SM; spec 000 section 2.14). */
    public static final int PHM_SEEDS = 24;
    /** PHM loci: the core centres of the 5 softest distinct modes (not stated; Fig. 4(a) shows a handful of modes). */
    public static final int PHM_LOCI = 5;
    /**
     * The coincidence test pools the complete clusters with the most cage jumps at the highlighted rate (the paper shows
     * one; pooling gives the test power): 5 at N = 1600, more in proportion to N (review 000 recommendation 8), see
     * {@link #clusters(int)}.
     */
    public static final int PHM_CLUSTERS = 5;
    /** Particles at which {@link #PHM_CLUSTERS} clusters are pooled (the quick preset). */
    public static final int PHM_CLUSTERS_AT_N = 1600;

    /**
     * Clusters pooled by the coincidence test at N particles: max(5, round(5 N / 1600)), i.e. 5 at smoke and quick, 25 at
     * long (N = 8000), 62 at the paper's N = 20000 (each isolated cluster of a few hundred free particles costs seconds).
     */
    public static int clusters(int n) { return Math.max(PHM_CLUSTERS, (int) Math.round((double) PHM_CLUSTERS * n / PHM_CLUSTERS_AT_N)); }
    /** Random draws of the spot null and its seed. */
    public static final int PHM_NULL_DRAWS = 2000;
    public static final long PHM_NULL_SEED = 4;

    private PseudoHarmonicLoci() {}

    /** One cluster isolated at t0: its modes, the loci (core centres of the softest modes), early-jump spots and candidates. */
    record IsolatedCluster(IsolatedRegionModes.Result modes, double[] centre, double[][] loci, double[][] spots, double[][] candidates) {}

    /**
     * The cluster isolated at t0 ({@link IsolatedRegionModes}: the big and small particles inside the traced boundary
     * at t0 are free, all others clamped, inherent structure by FIRE), the core centres of its {@link #PHM_LOCI} softest
     * modes, the inherent-structure positions of the particles that jump inside it during [t0, t1] (the early
     * cage-jump spots of Fig. 2(f) and 4(a)) and of its free big particles (the null's candidates); null when the
     * isolated region has no stable minimum.
     */
    static IsolatedCluster isolate(ConvectiveClusters.Cluster cl, ShearRecord rec, double range, int threads) {
        double y0 = rec.box.ylo() + 0.5 * rec.box.ly(), t0 = rec.time[cl.f0];
        ConvectiveTraceback tb = new ConvectiveTraceback(cl.map, cl.region, rec.time[cl.refFrame], rec.rate, y0);
        Configuration c = rec.configurationAt(cl.f0);
        boolean[] free = new boolean[c.n];
        double[] scratch = new double[3];
        for (int i = 0; i < c.n; i++) free[i] = tb.contains(c.box, t0, c.x[i], c.y[i], c.z[i], scratch);
        IsolatedRegionModes.Result res;
        try {
            res = IsolatedRegionModes.compute(c, free, ShearedYukawaRun.potential(range), PHM_SEEDS, threads);
        } catch (IllegalStateException | IllegalArgumentException e) { // no stable minimum of the isolated region, or too few particles
            return null;
        }
        Configuration is = res.inherent();
        double[][] loci = new double[Math.min(PHM_LOCI, res.modes().size())][];
        for (int m = 0; m < loci.length; m++) loci[m] = res.modes().get(m).centre();
        java.util.Set<Integer> jumpers = new java.util.LinkedHashSet<>();
        for (double[] j : cl.jumps) if (j[0] >= cl.f0 && j[0] <= cl.f1) jumpers.add((int) j[1]);
        double[][] spots = new double[jumpers.size()][];
        int q = 0;
        for (int i : jumpers) spots[q++] = new double[] {is.x[i], is.y[i], is.z[i]};
        List<double[]> cand = new ArrayList<>();
        for (int i : res.free()) if (is.type[i] == 0) cand.add(new double[] {is.x[i], is.y[i], is.z[i]});
        return new IsolatedCluster(res, tb.centroidAt(t0), loci, spots, cand.toArray(double[][]::new));
    }

    /**
     * Fig. 4(a): the panels of the highlighted cluster isolated at t0 (its softest modes, loci and early jumps) and the
     * coincidence of PHM loci with early cage-jump spots ({@link SpotCoincidence}: mean distance from each early jumper
     * to the nearest locus of its cluster, against as many random big particles of the same cluster), pooled over the
     * {@link #clusters(int)} complete clusters with the most cage jumps (the highlighted one first).
     */
    static void pseudoHarmonicModes(RateData d, List<ConvectiveClusters.Cluster> byJumps, ShearRecord rec, double range, int threads) {
        List<SpotCoincidence.Case> cases = new ArrayList<>();
        IsolatedCluster hl = null;
        int pool = clusters(rec.bigCount + rec.smallCount());
        for (int a = 0; a < Math.min(pool, byJumps.size()); a++) {
            IsolatedCluster ic = isolate(byJumps.get(a), rec, range, threads);
            if (a == 0) hl = ic;
            if (ic != null) cases.add(new SpotCoincidence.Case(ic.modes().inherent().box, ic.loci(), ic.spots(), ic.candidates()));
        }
        if (hl == null) { d.scalars.put("phm_failed", 1.0); return; }
        Configuration is = hl.modes().inherent();
        List<double[]> rows = new ArrayList<>();
        for (int m = 0; m < hl.loci().length; m++) {
            IsolatedRegionModes.Mode mode = hl.modes().modes().get(m);
            for (int k = 0; k < hl.modes().free().length; k++) {
                int i = hl.modes().free()[k];
                double[] dv = {is.x[i] - hl.centre()[0], is.y[i] - hl.centre()[1], is.z[i] - hl.centre()[2]};
                is.box.minimumImage(dv);
                double[] z = mode.vector();
                rows.add(new double[] {m, mode.stiffness(), mode.participation(), is.type[i], dv[0], dv[1], dv[2], z[3 * k], z[3 * k + 1], z[3 * k + 2], mode.weight()[k]});
            }
        }
        d.panels.put("fig4a_modes", cols("mode", col(rows, 0), "kappa_kT_per_db2", col(rows, 1), "participation", col(rows, 2), "type", col(rows, 3),
            "dx", col(rows, 4), "dy", col(rows, 5), "dz", col(rows, 6), "ux", col(rows, 7), "uy", col(rows, 8), "uz", col(rows, 9), "weight", col(rows, 10)));
        List<double[]> pts = new ArrayList<>();
        for (int m = 0; m < hl.loci().length; m++) pts.add(relative(is.box, hl.loci()[m], hl.centre(), 1, m));
        for (double[] sp : hl.spots()) pts.add(relative(is.box, sp, hl.centre(), 0, -1));
        d.panels.put("fig4a_spots", cols("is_locus", col(pts, 0), "mode", col(pts, 1), "dx", col(pts, 2), "dy", col(pts, 3), "dz", col(pts, 4)));
        SpotCoincidence.Result one = SpotCoincidence.of(is.box, hl.loci(), hl.spots(), hl.candidates(), PHM_NULL_DRAWS, PHM_NULL_SEED);
        SpotCoincidence.Result all = SpotCoincidence.pooled(cases, PHM_NULL_DRAWS, PHM_NULL_SEED);
        d.scalars.put("phm_distance", all.distance()); d.scalars.put("phm_null_mean", all.nullMean());
        d.scalars.put("phm_null_std", all.nullStd()); d.scalars.put("phm_p_value", all.pValue());
        d.scalars.put("phm_spots", (double) all.spots()); d.scalars.put("phm_clusters", (double) cases.size());
        d.scalars.put("phm_highlighted_distance", one.distance()); d.scalars.put("phm_highlighted_null_mean", one.nullMean());
        d.scalars.put("phm_highlighted_p_value", one.pValue()); d.scalars.put("phm_highlighted_spots", (double) one.spots());
        d.scalars.put("phm_loci", (double) hl.loci().length);
        d.scalars.put("phm_free", (double) hl.modes().free().length); d.scalars.put("phm_modes", (double) hl.modes().modes().size());
        d.scalars.put("phm_overlaps", (double) hl.modes().overlaps()); d.scalars.put("phm_max_force", hl.modes().maxForce());
        d.scalars.put("phm_closest", hl.modes().closest());
        d.scalars.put("phm_softest_kappa", hl.modes().modes().isEmpty() ? Double.NaN : hl.modes().modes().get(0).stiffness());
        d.scalars.put("phm_softest_participation", hl.modes().modes().isEmpty() ? Double.NaN : hl.modes().modes().get(0).participation());
    }
}
