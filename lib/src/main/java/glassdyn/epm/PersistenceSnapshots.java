package glassdyn.epm;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps of the local persistence p_i(t0, t0 + t) from one time origin t0 at a list of lags (paper Figs. 2 and 10:
 * red p_i = 0 mobile, blue p_i = 1 immobile).
 */
public final class PersistenceSnapshots implements EpmObserver {
    private final double t0;
    private final double[] lags;
    private boolean[] moved;
    private final List<int[]> maps = new ArrayList<>();
    private final List<Double> taken = new ArrayList<>();

    public PersistenceSnapshots(double t0, double[] lags) {
        this.t0 = t0;
        this.lags = lags.clone();
    }

    @Override
    public void advance(double t, EpmDynamics s) {
        if (moved == null && t0 < t) moved = new boolean[s.sites()];
        while (moved != null && maps.size() < lags.length && t0 + lags[maps.size()] < t) {
            int[] p = new int[moved.length];
            for (int i = 0; i < p.length; i++) p[i] = moved[i] ? 0 : 1;
            taken.add(lags[maps.size()]);
            maps.add(p);
        }
    }

    @Override
    public void event(int site, EpmDynamics s) {
        if (moved != null) moved[site] = true;
    }

    /** The maps taken so far, each indexed x * L + y. */
    public List<int[]> maps() { return maps; }

    public List<Double> lagsTaken() { return taken; }
}
