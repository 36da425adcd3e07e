package glassdyn.papers.cagejump;

import glassdyn.analysis.CageJumpRegions;
import glassdyn.analysis.ConvectiveClusters;
import glassdyn.analysis.ShearRecord;
import static glassdyn.papers.cagejump.PanelColumns.col;
import static glassdyn.papers.cagejump.PanelColumns.cols;
import static glassdyn.papers.cagejump.PanelColumns.wrapped;

import glassdyn.space.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * The figure data of the highlighted cluster of paper 000 (the complete one with the most cage jumps at a rate):
 * the Fig. 1(b) projection of the window's jumps and the cluster mask, the Fig. 1(c) traceback of the mask, the
 * Fig. 2(a-d) time series (sigma_c, gamma_c, n_cj, P_ext, R) and the Fig. 2(e-h) jumps of the cluster.
 */
final class ClusterSnapshots {
    private ClusterSnapshots() {}

    /** Figure data of one cluster: Fig. 1(b) projection, Fig. 1(c) traceback, Fig. 2 series and snapshots. */
    static void highlight(RateData d, ConvectiveClusters.Result r, ConvectiveClusters.Cluster cl, ShearRecord rec) {
        double tRef = rec.time[cl.refFrame];
        d.scalars.put("hl_t0", cl.time(cl.f0)); d.scalars.put("hl_t1", cl.time(cl.f1));
        d.scalars.put("hl_t2", cl.time(cl.f2)); d.scalars.put("hl_t3", cl.time(cl.f3));
        d.scalars.put("hl_t_ref", tRef); d.scalars.put("hl_volume", cl.region.volume());
        d.scalars.put("hl_sigma_cy", cl.sigmaYield);
        int m = cl.t.length;
        double[] r1 = new double[m];
        for (int a = 0; a < m; a++) r1[a] = Double.isNaN(cl.residentFraction[a]) ? Double.NaN : 1 - cl.residentFraction[a];
        double[] pext = new double[m];
        for (int a = 0; a < m; a++) {
            double e = 0, c = 0;
            for (int q = Math.max(0, a - 2); q <= Math.min(m - 1, a + 2); q++) { e += cl.ext[q]; c += cl.ncj[q]; }
            pext[a] = c > 0 ? e / c : Double.NaN; // pooled over +-2 bins (spec 000 section 2.10)
        }
        d.panels.put("cluster_series", cols("t", cl.t, "sigma_c", cl.sigma, "sigma_c_smooth", cl.sigmaSmooth, "gamma_c", cl.strain, "n_cj", cl.ncj,
            "P_ext", pext, "R", r1, "n_inside", cl.inside));
        // Fig. 1(b): jumps of the window in a slab |z - z_c| < 2 around the cluster, and the cluster mask in that slab
        double zc = cl.region.cz(), y0 = rec.box.ylo() + 0.5 * rec.box.ly();
        int ws = Math.max(0, cl.refFrame - (int) Math.round(r.tChi / rec.sampling));
        List<double[]> pj = new ArrayList<>();
        Box b = rec.boxAt(cl.refFrame);
        for (double[] j : r.jumpRows) {
            int f = (int) j[0];
            if (f <= ws || f > cl.refFrame) continue;
            double x = j[5] + rec.rate * (tRef - rec.time[f]) * (j[6] - y0);
            double[] p = wrapped(b, x, j[6], j[7]);
            double dz = p[2] - zc;
            dz -= b.lz() * Math.rint(dz / b.lz());
            if (Math.abs(dz) < 2) pj.add(new double[] {p[0], p[1], cl.map.labelAt(p[0], p[1], p[2]) == cl.region.label() ? 1 : 0});
        }
        d.panels.put("fig1b_jumps", cols("x", col(pj, 0), "y", col(pj, 1), "in_cluster", col(pj, 2)));
        List<double[]> mask = new ArrayList<>();
        for (int v = 0; v < cl.map.voxels(); v++) {
            if (cl.map.label(v) != cl.region.label()) continue;
            double[] p = cl.map.centre(v);
            double dz = p[2] - zc;
            dz -= b.lz() * Math.rint(dz / b.lz());
            if (Math.abs(dz) < 0.5 * CageJumpRegions.GRID_SPACING + 1e-9) mask.add(new double[] {p[0], p[1]});
        }
        d.panels.put("fig1b_mask", cols("x", col(mask, 0), "y", col(mask, 1)));
        // Fig. 1(c): the mask slab carried back to t0 and to t_ref - 2 t_chi (relative to the convected centroid)
        List<double[]> tr = new ArrayList<>();
        double[] times = {tRef, cl.time(cl.f0), cl.time(cl.f0) - 0.5 * (tRef - cl.time(cl.f0))};
        for (double t : times) {
            if (!Double.isFinite(t)) continue;
            for (double[] p : mask) {
                double[] dv = {p[0] - cl.region.cx(), p[1] - cl.region.cy(), 0};
                b.minimumImage(dv);
                tr.add(new double[] {t, dv[0] - rec.rate * (tRef - t) * dv[1], dv[1]});
            }
        }
        d.panels.put("fig1c_traceback", cols("t", col(tr, 0), "dx", col(tr, 1), "dy", col(tr, 2)));
        // Fig. 2(e-h): jumps of inside particles, positions mapped to t_ref relative to the centroid, with time
        List<double[]> sn = new ArrayList<>();
        for (double[] j : cl.jumps) {
            double[] dv = {j[4] - cl.region.cx(), j[5] - cl.region.cy(), j[6] - zc};
            b.minimumImage(dv);
            sn.add(new double[] {rec.time[(int) j[0]], dv[0], dv[1], dv[2], j[2], j[3]});
        }
        d.panels.put("fig2_jumps", cols("t", col(sn, 0), "dx", col(sn, 1), "dy", col(sn, 2), "dz", col(sn, 3), "jump_x", col(sn, 4), "jump_y", col(sn, 5)));
    }
}
