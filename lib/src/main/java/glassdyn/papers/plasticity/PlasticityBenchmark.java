package glassdyn.papers.plasticity;

import glassdyn.indicators.*;

import glassdyn.protocols.GlassPreparation;
import glassdyn.protocols.PlasticEvents;

import glassdyn.force.ForceField;
import glassdyn.dynamics.LeesEdwards;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

import java.util.Locale;
import java.util.Map;

/**
 * The benchmark of paper 003's pipeline (issue 9): for POLY glasses (random start, FIRE quench) of the given sizes,
 * AQS steps per second (strain step 1e-4, FIRE to 1e-10, after a warm-up step) and the seconds of one computation of
 * every indicator field. The frozen-matrix Delta tau_y is timed on {@link #YIELD_POINTS} grid points with the paper's
 * 9 directions and reported per grid point and as the field's cost (points x per-point time; extrapolated, stated as such).
 * The nonlinear modes pi are timed on at most {@link #NONLINEAR_SEEDS} of the paper's starting guesses (one per 4 x 4
 * cell) and their field cost extrapolated to every guess when there are more (stated as such).
 * SPS (ARTn, the paper's 5 events per cluster) is timed on {@link #SPS_CENTRES} cluster centres ({@link
 * #SPS_CENTRES_LARGE} above N = 1000) and its field cost extrapolated to a cluster on every atom (stated as such).
 * One line of text per measurement on standard output.
 *
 * <p>Usage: {@code PlasticityBenchmark N[,N...] [LANCZOS_MODES=64] [sps]} ({@code sps}: time SPS only)
 */
public final class PlasticityBenchmark {
    /** AQS steps timed per size. */
    static final int AQS_STEPS = 20;
    /** Grid points timed for Delta tau_y. */
    static final int YIELD_POINTS = 4;
    /** Starting guesses of the nonlinear modes timed per size. */
    static final int NONLINEAR_SEEDS = 64;
    /** Cluster centres timed for SPS up to N = 1000, and above. */
    static final int SPS_CENTRES = 8, SPS_CENTRES_LARGE = 2;

    private PlasticityBenchmark() {}

    public static void main(String[] args) {
        int modes = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        boolean spsOnly = args.length > 2 && args[2].equals("sps");
        PairPotential p = GlassPreparation.potential("poly");
        for (String s : args[0].split(",")) {
            int n = Integer.parseInt(s.trim());
            long t0 = System.nanoTime();
            Configuration c = GlassPreparation.poly(n, Double.POSITIVE_INFINITY, 0, 1);
            System.out.printf(Locale.ROOT, "N=%d: quench from random positions %.2f s%n", n, sec(t0));
            saddlePoints(c, p);
            if (spsOnly) continue;
            aqs(c, p);
            fields(c, modes);
            nonlinearModes(c, p, modes);
            yieldStress(c, p);
        }
    }


    /** AQS steps per second (step 1e-4, FIRE to 1e-10) after a warm-up step. */
    private static void aqs(Configuration c, PairPotential p) {
        int n = c.n;
        Configuration g = c.copy();
        try (ForceField ff = GlassPreparation.forceField(p, g, 1)) {
            Fire fire = new Fire();
            LeesEdwards.shearAffinely(g, 1e-4, ff.neighbors());
            fire.minimize(g, ff, GlassPreparation.FORCE_TOLERANCE, PlasticEvents.MAX_ITERATIONS);
            long t1 = System.nanoTime();
            long its = 0;
            for (int k = 0; k < AQS_STEPS; k++) {
                ff.neighbors().invalidate();
                LeesEdwards.shearAffinely(g, 1e-4, ff.neighbors());
                its += fire.minimize(g, ff, GlassPreparation.FORCE_TOLERANCE, PlasticEvents.MAX_ITERATIONS).iterations();
            }
            double t = sec(t1);
            System.out.printf(Locale.ROOT, "N=%d: AQS %.2f steps/s (step 1e-4, FIRE to 1e-10, %d FIRE iterations per step, 1 thread)%n",
                n, AQS_STEPS / t, its / AQS_STEPS);
        }
    }

    /** Seconds of every field but pi. */
    private static void fields(Configuration c, int modes) {
        int n = c.n;
        IndicatorFields f = new IndicatorFields("poly", null, null, null, n <= 500 ? 0 : modes);
        java.util.Set<Indicator> which = IndicatorFields.all();
        which.remove(Indicator.NONLINEAR_MODES);
        IndicatorFields.Fields r = f.compute(c, which);
        for (Map.Entry<Indicator, Double> e : r.seconds().entrySet())
            System.out.printf(Locale.ROOT, "N=%d: %-12s %.3f s%s%n", n, e.getKey().label, e.getValue(),
                e.getKey().family == Indicator.Family.LINEAR_RESPONSE || e.getKey().family == Indicator.Family.SHEAR_RESPONSE
                    ? (2 * n <= HarmonicAnalysis.DENSE_LIMIT ? " (dense, all modes; shared diagonalisation split evenly)"
                        : " (Lanczos, " + modes + " lowest modes; shared factorisation and modes split evenly)") : "");
    }

    /** pi timed on at most NONLINEAR_SEEDS starting guesses, extrapolated to all. */
    private static void nonlinearModes(Configuration c, PairPotential p, int modes) {
        int n = c.n;
        long tn = System.nanoTime();
        HarmonicAnalysis h = HarmonicAnalysis.of(c, p, n <= 500 ? SoftModeField.modeCount(n) : modes);
        double setup = sec(tn);
        tn = System.nanoTime();
        NonlinearModes nm = new NonlinearModes(h, p, 4);
        java.util.List<double[]> seeds = nm.startingGuesses();
        double guesses = sec(tn);
        int timed = Math.min(NONLINEAR_SEEDS, seeds.size()), converged = 0;
        long iterations = 0;
        tn = System.nanoTime();
        for (int k = 0; k < timed; k++) {
            NonlinearModes.Mode m = nm.minimise(seeds.get(k));
            if (m != null) { converged++; iterations += m.iterations(); }
        }
        double perSeed = (guesses + sec(tn)) / timed;
        System.out.printf(Locale.ROOT, "N=%d: pi           %.3f s per starting guess (dipole solve + minimisation, %d timed, %d converged, "
                + "%.1f iterations each); field of %d guesses = %.1f s%s, plus the harmonic set-up %.2f s%n",
            n, perSeed, timed, converged, converged > 0 ? (double) iterations / converged : 0, seeds.size(), perSeed * seeds.size(),
            timed < seeds.size() ? " (extrapolated)" : "", setup);
    }

    /** Delta tau_y timed on YIELD_POINTS grid points with the 9 paper directions, extrapolated to the grid. */
    private static void yieldStress(Configuration c, PairPotential p) {
        int n = c.n;
        LocalYieldStress lys = new LocalYieldStress(p, LocalYieldStress.R_FREE, p.maxCutoff(glassdyn.potential.PolydisperseSoftDisks.D_MAX) + 0.3,
            LocalYieldStress.R_SAMPLING, LocalYieldStress.PAPER_ANGLES_DEG, LocalYieldStress.LOCAL_STRAIN_STEP);
        long t2 = System.nanoTime();
        for (int k = 0; k < YIELD_POINTS; k++) lys.thresholds(c, c.box.lx() * (k + 0.5) / YIELD_POINTS, 0.5 * c.box.ly());
        double per = sec(t2) / YIELD_POINTS;
        int points = (int) (Math.round(c.box.lx() / LocalYieldStress.R_SAMPLING) * Math.round(c.box.ly() / LocalYieldStress.R_SAMPLING));
        System.out.printf(Locale.ROOT, "N=%d: dtau_y      %.3f s per grid point (9 directions, measured on %d points); field of %d points = %.0f s on 1 thread (extrapolated)%n",
            n, per, YIELD_POINTS, points, per * points);
    }

    /** SPS timed on a few cluster centres spread over the box, extrapolated to every atom. */
    private static void saddlePoints(Configuration c, PairPotential p) {
        int n = c.n, k = n <= 1000 ? SPS_CENTRES : SPS_CENTRES_LARGE;
        int[] centres = new int[k];
        for (int i = 0; i < k; i++) centres[i] = (int) ((long) n * i / k);
        long t0 = System.nanoTime();
        SaddlePointSampling.Result r = new SaddlePointSampling(p, SaddlePointSampling.EVENTS_PER_CLUSTER, 1, 1, 1).compute(c, centres);
        double per = sec(t0) / k;
        System.out.printf(Locale.ROOT, "N=%d: sps          %.2f s per cluster (%d events wanted, %d centres timed: %d searches, %d saddles, "
                + "%d connected, %d events, %.0f force evaluations per search); field of %d clusters = %.0f s on 1 thread (extrapolated)%n",
            n, per, SaddlePointSampling.EVENTS_PER_CLUSTER, k, r.searches(), r.saddles(), r.connected(), r.events().size(),
            (double) r.evaluations() / r.searches(), n, per * n);
    }

    private static double sec(long t0) { return (System.nanoTime() - t0) * 1e-9; }
}
