package glassdyn.papers.mesoelastic;

import glassdyn.analysis.RadialDistribution;
import glassdyn.analysis.TimeOriginAverage;
import glassdyn.analysis.VanHoveSelf;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.potential.PairPotential;
import glassdyn.table.Tables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

import static glassdyn.papers.mesoelastic.MesoelasticObservables.col;

/**
 * The structure tables of one (system, T) stage behind paper 004's Figs. 11 c and 12: g(r) of the liquid and of its
 * inherent structures with the pair potential u(r) (Fig. 12, Appendix D3), and the distribution of particle
 * displacements after tau_alpha/10 (Fig. 11 c, Appendix D2). Lengths in the model's microscopic units.
 */
public final class MesoelasticStructure {
    private MesoelasticStructure() {}

    /** g(r) is binned up to this r, or just below half the box when that is smaller (smoke boxes). */
    static final double GR_MAX = 3.0;
    /** g(r) bin width. */
    static final double GR_BIN = 0.02;
    /** Displacements are binned up to this many a0. */
    static final double VAN_HOVE_MAX_A0 = 2.0;
    static final int VAN_HOVE_BINS = 100;

    /**
     * g(r), total and per species pair, of the liquid frames ({@code g}, {@code g_a_b}) and of the inherent structures
     * ({@code g_IS}, {@code g_IS_a_b}), with the pair potential {@code u_a_b(r)} of {@code pot} (the two-body term for SW;
     * 0 beyond the cutoff).
     */
    static Table pairStructure(List<Frame> liquid, List<Configuration> inherent, PairPotential pot, int species) {
        glassdyn.space.Box box = liquid.get(0).config().box;
        double rmax = Math.min(GR_MAX, 0.4999 * Math.min(box.lx(), Math.min(box.ly(), box.lz())));
        int bins = (int) Math.floor(rmax / GR_BIN);
        rmax = bins * GR_BIN;
        Table gl = new RadialDistribution(rmax, bins).threads(1).compute(Trajectory.of(liquid));
        List<Frame> isFrames = new ArrayList<>();
        for (int i = 0; i < inherent.size(); i++) isFrames.add(new Frame(i, inherent.get(i), false, true));
        Table out = gl.copy();
        out.setName("gr");
        if (!isFrames.isEmpty()) {
            Table gi = new RadialDistribution(rmax, bins).threads(1).compute(Trajectory.of(isFrames));
            for (String c : gi.columnNames())
                if (!c.equals("r")) out.addColumns(gi.doubleColumn(c).copy().setName(c.replaceFirst("^g", "g_IS")));
        }
        double[] r = col(out, "r");
        for (int a = 0; a < species; a++)
            for (int b = a; b < species; b++) {
                double[] u = new double[r.length];
                for (int i = 0; i < r.length; i++) {
                    double r2 = r[i] * r[i];
                    u[i] = r2 < pot.cutoff2(a, b, 1, 1) ? pot.energy(r2, a, b, 1, 1) : 0;
                }
                out.addColumns(tech.tablesaw.api.DoubleColumn.create("u_" + (a + 1) + "_" + (b + 1), u));
            }
        return out;
    }

    /**
     * P(|dr|) of all particles at the lag closest (in log) to {@code tau/10}, from whichever of the fine and coarse
     * trajectories has the closer well-averaged lag (at least {@link MesoelasticPresets#MIN_TIME_ORIGINS} origins):
     * columns {@code lag}, {@code r}, {@code P} (integrates to 1 over r). Empty when tau is not finite.
     */
    static Table displacements(List<Frame> fine, List<Frame> coarse, double tau, double a0) {
        Table best = null;
        double bestGap = Double.POSITIVE_INFINITY;
        if (Double.isFinite(tau) && tau > 0)
            for (List<Frame> frames : List.of(fine, coarse)) {
                if (frames.size() < 2) continue;
                VanHoveSelf vh = new VanHoveSelf(VAN_HOVE_MAX_A0 * a0, VAN_HOVE_BINS);
                Table t = TimeOriginAverage.withMinimumPairs(vh.compute(Trajectory.of(frames)), MesoelasticPresets.MIN_TIME_ORIGINS);
                double[] lags = col(t, "t");
                for (int i = 0; i < lags.length; i += VAN_HOVE_BINS) {
                    if (!(lags[i] > 0)) continue;
                    double gap = Math.abs(Math.log(lags[i] / (tau / 10)));
                    if (gap < bestGap) { bestGap = gap; best = t.where(t.doubleColumn("t").isEqualTo(lags[i])); }
                }
            }
        if (best == null) return Tables.of("van_hove", "lag", new double[0], "r", new double[0], "P", new double[0]);
        return Tables.of("van_hove", "lag", col(best, "t"), "r", col(best, "r"), "P", col(best, "P"));
    }
}
