package glassdyn.indicators;

import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.protocols.GlassPreparation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 acceptance: local-force ARTn gives the same saddles and barriers as global forces. The local scheme of
 * {@link SaddlePointSampling} (narrow {@link ActiveRegion} searches, moving shell {@link SaddlePointSampling#BUFFER},
 * each connected saddle continued on the wide region of {@link RegionContinuation}) is compared, saddle by saddle, with
 * the same continuation done with global forces (every force call on the whole system) from the same narrow saddle.
 * Each narrow saddle is either continued to a connected saddle (an event) or lost (the curvature turns positive once
 * the frozen shell is released, or the continued saddle is not connected to the minimum). A saddle lost by the local
 * continuation is a saddle of the constrained surface only: the global continuation loses it too. That is why the local
 * scheme keeps fewer events per search than the narrow stage alone (session 6: 2.67 events per cluster against 4.8).
 */
class LocalForceSaddlesTest {
    static final PairPotential POLY = new PolydisperseSoftDisks();

    /** One narrow saddle's fate with local (wide-region) and with global forces. */
    record Fate(double narrowBarrier, boolean localKept, boolean globalKept, double localBarrier, double globalBarrier,
                double localDtau, double globalDtau, double distance) {}

    /** The fates of the distinct connected narrow saddles of the cluster on {@code centre} from {@code attempts} pushes. */
    static List<Fate> fates(Configuration c, SaddlePointSampling.Particles global, int centre, int attempts) {
        ArtSaddleSearch gart = new ArtSaddleSearch(global, SaddlePointSampling.FORCE_TOLERANCE);
        double[] gx0 = global.positions();
        double ge0 = global.evaluate(gx0, new double[gx0.length]), gtau0 = global.stress();
        ActiveRegion narrow = new ActiveRegion(c, POLY, centre, SaddlePointSampling.CLUSTER_RADIUS + SaddlePointSampling.BUFFER);
        ArtSaddleSearch art = new ArtSaddleSearch(narrow, SaddlePointSampling.FORCE_TOLERANCE);
        double[] x0 = narrow.positions();
        double e0 = narrow.evaluate(x0, new double[x0.length]);
        RegionContinuation wide = new RegionContinuation(c, POLY, centre,
            SaddlePointSampling.CLUSTER_RADIUS + SaddlePointSampling.REFINE_BUFFER, SaddlePointSampling.FORCE_TOLERANCE);
        List<double[]> seen = new ArrayList<>();
        List<Fate> out = new ArrayList<>();
        for (int a = 0; a < attempts; a++) {
            narrow.resetEscaped();
            ArtSaddleSearch.Saddle s = art.search(x0, e0, ActiveRegionTest.clusterPush(c, centre, narrow.activeCount(), narrow::atom, 500 + a));
            if (!s.converged() || !s.connected() || narrow.escaped()) continue;
            boolean known = false;
            for (double[] o : seen) known |= distance(o, s.x()) < SaddlePointSampling.SAME_SADDLE;
            if (known) continue;
            seen.add(s.x());
            double[] local = wide.barrierAndStressChange(narrow, x0, s);
            double[] start = gx0.clone(), mode = new double[gx0.length];
            for (int k = 0; k < narrow.activeCount(); k++) {
                int i = narrow.atom(k);
                start[2 * i] += s.x()[2 * k] - x0[2 * k]; start[2 * i + 1] += s.x()[2 * k + 1] - x0[2 * k + 1];
                mode[2 * i] = s.mode()[2 * k]; mode[2 * i + 1] = s.mode()[2 * k + 1];
            }
            ArtSaddleSearch.Saddle g = gart.refine(gx0, start, mode);
            boolean globalKept = g.converged() && g.connected();
            global.evaluate(g.x(), new double[gx0.length]);
            double gq = g.energy() - ge0, gdt = global.stress() - gtau0, far = Double.NaN;
            if (local != null && globalKept) { // largest distance between the two saddles over the wide region's moving atoms
                ArtSaddleSearch.Saddle t = wide.lastSaddle();
                ActiveRegion w = wide.region();
                double[] wx0 = w.positions();
                far = 0;
                for (int k = 0; k < w.activeCount(); k++) {
                    int i = w.atom(k);
                    double dx = (t.x()[2 * k] - wx0[2 * k]) - (g.x()[2 * i] - gx0[2 * i]);
                    double dy = (t.x()[2 * k + 1] - wx0[2 * k + 1]) - (g.x()[2 * i + 1] - gx0[2 * i + 1]);
                    far = Math.max(far, Math.hypot(dx, dy));
                }
            }
            out.add(new Fate(s.energy() - e0, local != null, globalKept, local == null ? Double.NaN : local[0], globalKept ? gq : Double.NaN,
                local == null ? Double.NaN : local[1], globalKept ? gdt : Double.NaN, far));
        }
        return out;
    }

    private static double distance(double[] a, double[] b) {
        double m = 0;
        for (int p = 0; p < a.length; p += 2) m = Math.max(m, Math.hypot(a[p] - b[p], a[p + 1] - b[p + 1]));
        return m;
    }

    /**
     * A quenched POLY glass (N = 3600, the smallest box holding the wide region), the cluster on atom 5, 12 pushes. Asserted:
     * no narrow saddle is lost by the local continuation that global forces keep (the losses are not the continuation's),
     * and the saddles kept by both are the same saddle (largest atom distance over the wide region below
     * {@link SaddlePointSampling#SAME_SADDLE}) with barriers within 5%. Measured (session 7, 97 CPU-s): 7 distinct narrow
     * saddles; 5 kept by both (barrier error 0.9-2.7%, distance 0.007-0.014 sigma), 1 lost by both, 1 kept only with
     * local forces (Q_0 = 0.22: a false event of the local scheme); Delta tau_0 errors up to 16% on the kept ones (the
     * stress change is a sum over the whole box and the frozen far field beyond the wide region cannot relax), so the
     * B27 strain of a local event is off by up to about 16% while its barrier is within 3%. Not asserted: that extra
     * event and Delta tau_0.
     */
    @Test
    void localForceEventsAreTheGlobalSaddles() {
        Configuration c = GlassPreparation.poly(3600, Double.POSITIVE_INFINITY, 0, 7);
        c.wrapAll();
        List<Fate> fates;
        try (SaddlePointSampling.Particles global = new SaddlePointSampling.Particles(c, POLY)) {
            fates = fates(c, global, 5, 12);
        }
        int kept = 0, lost = 0, onlyLocal = 0, onlyGlobal = 0;
        double worstQ = 0, worstT = 0, worstD = 0;
        for (Fate f : fates) {
            System.out.printf("narrow Q %.4f: local %s Q %.4f dtau %.3e | global %s Q %.4f dtau %.3e | distance %.4f%n", f.narrowBarrier(),
                f.localKept() ? "kept" : "lost", f.localBarrier(), f.localDtau(), f.globalKept() ? "kept" : "lost", f.globalBarrier(), f.globalDtau(), f.distance());
            if (f.localKept() && !f.globalKept()) onlyLocal++;
            if (!f.localKept() && f.globalKept()) onlyGlobal++;
            if (f.localKept() != f.globalKept()) continue;
            if (!f.localKept()) { lost++; continue; }
            kept++;
            worstQ = Math.max(worstQ, Math.abs(f.localBarrier() / f.globalBarrier() - 1));
            worstT = Math.max(worstT, Math.abs(f.localDtau() / f.globalDtau() - 1));
            worstD = Math.max(worstD, f.distance());
        }
        System.out.printf("%d narrow saddles: %d kept by both, %d lost by both, %d kept only with local forces, %d only with global; "
                + "kept by both: barrier error max %.4f, dtau error max %.4f, distance max %.4f%n",
            fates.size(), kept, lost, onlyLocal, onlyGlobal, worstQ, worstT, worstD);
        assertTrue(kept >= 3, "too few kept saddles: " + kept);
        assertEquals(0, onlyGlobal, "narrow saddles lost by the local continuation but kept with global forces");
        assertTrue(worstD < SaddlePointSampling.SAME_SADDLE, "kept saddles differ by " + worstD + " sigma");
        assertTrue(worstQ < 0.05, "barrier error " + worstQ);
    }
}
