package glassdyn.indicators;

import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

import java.util.Arrays;

/**
 * The second stage of the local-force saddle searches of {@link SaddlePointSampling}: a saddle found on a narrow
 * {@link ActiveRegion} is continued (ARTn activation iterations, {@link ArtSaddleSearch#refine}) on a wide region about
 * the same centre, whose frozen far field is far enough for the barrier to be that of the whole system. This is the
 * scheme of kinetic ART (F. El-Mellouhi, N. Mousseau and L. J. Lewis, PRB 78, 153202 (2008); N. Mousseau et al.,
 * J. At. Mol. Opt. Phys. 2012, 925278, paper 003 reference [83]): cheap local searches, each saddle reconverged on a
 * larger domain. The frozen shell raises a barrier by the elastic energy it cannot release; measured on a quenched POLY
 * glass (N = 3600, {@code ActiveRegionConvergenceTest}): continuing global saddles on regions of moving-shell width 8,
 * 12, 16 and 22 sigma gave barrier errors of +4 to +50%, +1 to +16%, +0.3 to +7% and +0.1 to +2.8% (falling about as
 * R^-3) for barriers above 0.3 epsilon, with the cluster atoms within 0.005 sigma of the global saddle at width 22.
 * Buffers are allocated once: one object per cluster.
 */
public final class RegionContinuation {
    private final ActiveRegion wide;
    private final ArtSaddleSearch art;
    private final double[] x0, start, mode, force;
    private final double e0, tau0, volume;
    /** Index in the wide region of each global atom (-1 outside its active disk). */
    private final int[] slot;
    private ArtSaddleSearch.Saddle last;

    /** The wide region of radius {@code activeRadius} about {@code centre} of {@code c}. */
    public RegionContinuation(Configuration c, PairPotential potential, int centre, double activeRadius, double forceTolerance) {
        wide = new ActiveRegion(c, potential, centre, activeRadius);
        art = new ArtSaddleSearch(wide, forceTolerance);
        x0 = wide.positions();
        force = new double[x0.length];
        start = new double[x0.length];
        mode = new double[x0.length];
        e0 = wide.evaluate(x0, force);
        volume = c.box.volume();
        tau0 = -wide.virialXy() / volume;
        slot = new int[c.n];
        Arrays.fill(slot, -1);
        for (int k = 0; k < wide.activeCount(); k++) slot[wide.atom(k)] = k;
    }

    /**
     * {Q_0, Delta tau_0} of the saddle {@code s} of the narrow region {@code narrow} (starting coordinates
     * {@code narrowX0}) continued on the wide region, or null when the continuation did not converge on a saddle
     * connected to the minimum (or an atom left the frozen shell's reach).
     */
    public double[] barrierAndStressChange(ActiveRegion narrow, double[] narrowX0, ArtSaddleSearch.Saddle s) {
        System.arraycopy(x0, 0, start, 0, x0.length);
        Arrays.fill(mode, 0);
        for (int k = 0; k < narrow.activeCount(); k++) {
            int w = slot[narrow.atom(k)];
            if (w < 0) throw new IllegalArgumentException("narrow region is not inside the wide one");
            start[2 * w] += s.x()[2 * k] - narrowX0[2 * k];
            start[2 * w + 1] += s.x()[2 * k + 1] - narrowX0[2 * k + 1];
            mode[2 * w] = s.mode()[2 * k];
            mode[2 * w + 1] = s.mode()[2 * k + 1];
        }
        wide.resetEscaped();
        ArtSaddleSearch.Saddle t = art.refine(x0, start, mode);
        last = t;
        if (!t.converged() || !t.connected() || wide.escaped()) return null;
        double e = wide.evaluate(t.x(), force);
        return new double[] {e - e0, -wide.virialXy() / volume - tau0};
    }

    /** The outcome of the last continuation (converged or not), in the coordinates of {@link #region()}. */
    public ArtSaddleSearch.Saddle lastSaddle() { return last; }

    /** The wide region (its block k is atom {@code region().atom(k)}). */
    public ActiveRegion region() { return wide; }

    /** Force calls of the last continuation. */
    public int evaluations() { return art.lastEvaluations(); }
}
