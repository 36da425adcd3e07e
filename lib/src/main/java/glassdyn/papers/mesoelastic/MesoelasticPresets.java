package glassdyn.papers.mesoelastic;

import glassdyn.Scale;
import glassdyn.force.ForceField;
import glassdyn.force.StillingerWeberForce;
import glassdyn.potential.InversePowerLaw;
import glassdyn.potential.StillingerWeber;
import glassdyn.potential.PairPotential;
import glassdyn.potential.StickySpheres;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What paper 004 (Kapteijns et al. 2021) runs at each scale: the systems with the paper's density, time step, tau_NH
 * and q_max (Tables I, III) and our N, temperatures and run lengths (spec 004 A2), the ensemble sizes, the constants of
 * the methods, the stage keys and seeds, and the names of the files the LAMMPS import writes beside the checkpoints.
 */
public final class MesoelasticPresets {
    private MesoelasticPresets() {}

    /** N0 = 1000 of the reduced transition rate Gamma t_ballistic N0 / N (paper 004 Fig. 5). */
    public static final int N0 = 1000;
    /** t_ballistic = 0.1 t0, where the ballistic regime ends in all models (paper 004 Appendix D1, Fig. 9). */
    public static final double BALLISTIC_T0 = 0.1;
    /** F_s(tau_alpha) = 0.2 defines tau_alpha (paper 004 "Methods"). */
    public static final double FS_LEVEL = 0.2;
    /** The ballistic regime is taken to end where MSD first falls 20% below 3 (t/t0)^2 a0^2 (the paper gives no criterion). */
    public static final double BALLISTIC_DEPARTURE = 0.8;
    /** FIRE force tolerance of the inherent structures for G and kappa (spec 004 A7). */
    public static final double IS_FORCE_TOLERANCE = 1e-10;
    /**
     * FIRE force tolerance of the quenches of the transition count: the energy error of a quench is about
     * |F|^2 / (2 k_min), below 1e-10 here, far under the 1e-5 threshold (spec 004 A7 suggests 1e-8; looser is faster).
     */
    public static final double TRANSITION_FORCE_TOLERANCE = 1e-6;
    /** FIRE iteration cap per quench. */
    public static final long FIRE_MAX_ITERATIONS = 200_000;
    /** Isoconfigurational runs last tau_alpha / 10 (paper 004 "Local analysis"). */
    public static final double MOBILITY_TIME_TAU = 0.1;
    /** Most / least mobile large particles kept per IS (paper 004 "Local analysis": 5 of each). */
    public static final int EXTREMES_PER_IS = 5;
    /** Activated regime from tau_alpha/t0 = 10 (paper 004 "Results"): the Eq. 3 and Stokes-Einstein fit range. */
    public static final double ACTIVATED_TAU_T0 = 10;
    /** Bootstrap resamples of the 90% confidence intervals (spec 004 A19). */
    public static final int BOOTSTRAP = glassdyn.stats.Bootstrap.REPLICAS;
    /** Sampling interval of the short-time window, in MD steps: every step resolves the ballistic regime. */
    static final int FINE_EVERY = 1;
    /**
     * Up to this many degrees of freedom every interacting pair's kappa comes from one dense inverse
     * ({@link glassdyn.elastic.LocalStiffness}, about 1 s at 1200 dof) and the IS mean is over all pairs; above it, a
     * random sample of {@link Preset#dipolesPerIS} dipoles is solved one by one (paper 004 Table II samples randomly too).
     */
    static final int ALL_PAIRS_MAX_DOF = 3000;
    /** Frames of the coarse production sampling. */
    static final int COARSE_FRAMES = 300;
    /**
     * Lags averaged over fewer (origin, frame) pairs are dropped before tau_alpha, D, the ballistic end and the
     * F_s/MSD panels: the first frame of the coarse production sampling lies off its sampling grid, so it adds lags
     * seen from that one origin, interleaved with the averaged ones (one of them set tau_alpha of IPL T = 0.75 to 9.4
     * instead of 24.9 at the quick scale); 10 keeps the averaged lags up to about 95% of the production run.
     */
    public static final int MIN_TIME_ORIGINS = 10;
    /**
     * D enters the Stokes-Einstein fit only where its window is diffusive: |d ln MSD / d ln t - 1| at most this over
     * the lags with MSD &gt; a0^2 (a cage plateau of 0.05 a0^2 alone lowers the log slope there by under 0.05).
     */
    public static final double DIFFUSIVE_TOLERANCE = 0.1;
    /**
     * The Stokes-Einstein exponent is judged only when its 90% interval has at most this half-width: the paper's
     * 0.74-0.79 is 0.21-0.26 below the Stokes-Einstein value 1, so a wider interval cannot tell the two apart.
     */
    public static final double SE_HALF_WIDTH_MAX = 0.1;
    /** Fewer independent blocks than this give no interval (NaN): a bootstrap over one or two blocks is no estimate. */
    public static final int MIN_BLOCKS = glassdyn.stats.Bootstrap.MIN_UNITS;
    /** S(q) is computed up to this q in shells of {@link #SQ_SHELL} (paper 004 Table I q_max: 5.47 to 6.40). */
    static final double SQ_MAX = 10, SQ_SHELL = 0.1;
    /** The first peak of S(q) is searched in [3, 9] (two times the Table I range either way). */
    static final double FIRST_PEAK_FROM = 3, FIRST_PEAK_TO = 9;
    /** Seed of {@code reproduce} and of the LAMMPS export's starting configurations. */
    public static final long SEED = 2021;
    /** Neighbour skin of the pipeline's force fields (and of the exported LAMMPS decks). */
    public static final double SKIN = 0.3;
    /**
     * Neighbour skin of SW: its time step 0.065 (Table I) moves a particle about 0.03 sigma per step at T ~ 0.06, so
     * the pair models' 0.3 rebuilt the list every 3 steps; 0.5 (about LAMMPS's usual 1 A for SW silicon) halves that.
     */
    public static final double SW_SKIN = 0.5;

    /** Imported trajectory files of a (system, T) stage beside the checkpoints (written by {@link MesoelasticKappaExport}). */
    public static final String FINE_DUMP = ".fine.dump", COARSE_DUMP = ".coarse.dump", END = ".end.ckpt", FRAMES_DUMP = ".frames.dump";

    /** One system: model, density, paper time step and tau_NH, q_max (Tables I/III), our N, temperatures and times. */
    public record SystemSpec(String key, String model, double density, double dt, double tauNH, double qmax,
                             int n, double[] temperatures, double[] equilibration, double[] production,
                             double transitionDt) {
        public double a0() { return Math.pow(density, -1.0 / 3); }
        public double t0(double t) { return a0() / Math.sqrt(t); }
        /** The pair potential of IPL and SS; throws for SW (three-body: see {@link #forceField}, {@link #interactions}). */
        public PairPotential potential() {
            return switch (model) {
                case "ipl" -> InversePowerLaw.threeD();
                case "ss" -> new StickySpheres();
                default -> throw new IllegalStateException(model + " is not a pair potential");
            };
        }

        /** Whether the model is the three-body Stillinger-Weber one. */
        public boolean stillingerWeber() { return model.equals("sw"); }

        /**
         * The pairs whose dipoles kappa_ij samples ("interactions i, j", paper 004 App. A): the pair potential's, or
         * for SW the pairs within the cutoff with the two-body term's u', u'' ({@link StillingerWeber#twoBody}).
         */
        public PairPotential interactions() { return stillingerWeber() ? StillingerWeber.twoBody() : potential(); }

        /** The model's force field (pair, or the SW many-body style) with the pipeline's skin. */
        public ForceField forceField(int threads) {
            return stillingerWeber() ? new ForceField(new StillingerWeberForce(), SW_SKIN, threads) : new ForceField(potential(), SKIN, threads);
        }

        /** Particles per species: SW has one species, IPL and SS are 50:50 binary mixtures. */
        public int[] counts() { return stillingerWeber() ? new int[] {n} : new int[] {n / 2, n - n / 2}; }
        public double lowestT() { return Arrays.stream(temperatures).min().orElseThrow(); }
        public int lowestIndex() {
            int k = 0;
            for (int i = 1; i < temperatures.length; i++) if (temperatures[i] < temperatures[k]) k = i;
            return k;
        }
        public int hottestIndex() {
            int hot = 0;
            for (int k = 1; k < temperatures.length; k++) if (temperatures[k] > temperatures[hot]) hot = k;
            return hot;
        }
    }

    /**
     * Presets of one scale: the systems, IS per temperature, dipoles per IS, quenches per transition trajectory and
     * the number of such trajectories (independent velocity draws from the equilibrated liquid; paper 004 Fig. 5 b uses
     * ten), isoconfigurational IS and runs, the fine window in t0.
     */
    public record Preset(List<SystemSpec> systems, int isPerT, int dipolesPerIS, int transitionQuenches,
                         int transitionTrajectories, int mobilityIS, int mobilityRuns, double fineWindow, int swTransitionQuenches) {
        /** Every system takes {@code transitionQuenches} per trajectory (SW the same). */
        public Preset(List<SystemSpec> systems, int isPerT, int dipolesPerIS, int transitionQuenches, int transitionTrajectories,
                      int mobilityIS, int mobilityRuns, double fineWindow) {
            this(systems, isPerT, dipolesPerIS, transitionQuenches, transitionTrajectories, mobilityIS, mobilityRuns, fineWindow, transitionQuenches);
        }

        /** Quenches per transition trajectory of system {@code s}: SW's own count (its quench costs ~15x a pair potential's). */
        public int quenches(SystemSpec s) { return s.model().equals("sw") ? swTransitionQuenches : transitionQuenches; }

        /** The system with this key; throws for an unknown one. */
        public SystemSpec system(String key) {
            for (SystemSpec s : systems) if (s.key().equals(key)) return s;
            throw new IllegalArgumentException("no system " + key);
        }

        public boolean has(String key) {
            for (SystemSpec s : systems) if (s.key().equals(key)) return true;
            return false;
        }
    }

    public static Preset preset(Scale s) {
        return switch (s) {
            case SMOKE -> new Preset(List.of(
                ipl(64, new double[] {1.0, 0.8}, new double[] {5, 5}, new double[] {10, 10}),
                ss("ss-0.6", 0.6, 0.005, 5.47, 64, new double[] {1.5}, new double[] {5}, new double[] {10}),
                ss("ss-0.95", 0.95, 0.002, 6.40, 64, new double[] {10}, new double[] {5}, new double[] {10}),
                sw(64, new double[] {0.1, 0.08}, new double[] {20, 20}, new double[] {40, 40})),
                2, 20, 10, 1, 1, 2, 0.3);
            // IPL T = 0.8 and 0.65 are the ends of the Eq. 3 fit range (tau_alpha/t0 >= 10): three times the production
            // there triples the independent IS blocks (about 6 at 0.65 with 700), so kappa at the two ends is resolved
            case QUICK -> new Preset(List.of(
                ipl(400, new double[] {1.0, 0.85, 0.8, 0.75, 0.7, 0.65}, new double[] {30, 60, 100, 150, 250, 500}, new double[] {60, 150, 600, 300, 400, 2100}),
                ss("ss-0.6", 0.6, 0.005, 5.47, 400, new double[] {1.5, 1.25, 1.17, 1.1}, new double[] {30, 60, 100, 200}, new double[] {80, 150, 250, 400}),
                ss("ss-0.7", 0.7, 0.003, 5.87, 400, new double[] {3.0, 2.4, 2.2, 2.0}, new double[] {30, 60, 60, 100}, new double[] {60, 150, 200, 250}),
                ss("ss-0.95", 0.95, 0.002, 6.40, 400, new double[] {10, 8, 7.5, 7}, new double[] {20, 40, 50, 60}, new double[] {40, 80, 100, 150}),
                swQuick()),
                30, 150, 150, 1, 6, 8, 1.0);
            case LONG -> longPreset();
            case PAPER -> new Preset(List.of(
                ipl(2000, new double[] {1.2, 1.0, 0.85, 0.75, 0.7, 0.65, 0.62, 0.6},
                    new double[] {20, 40, 100, 300, 600, 1500, 3000, 6000}, new double[] {100, 200, 400, 1000, 2000, 5000, 10000, 20000}),
                ss("ss-0.6", 0.6, 0.005, 5.47, 3000, new double[] {1.5, 1.25, 1.1, 1.0, 0.9}, new double[] {50, 100, 400, 1500, 6000}, new double[] {200, 400, 1500, 6000, 20000}),
                ss("ss-0.7", 0.7, 0.003, 5.87, 4000, new double[] {3.0, 2.4, 2.0, 1.8, 1.6}, new double[] {50, 100, 400, 1500, 6000}, new double[] {200, 400, 1500, 6000, 20000}),
                ss("ss-0.95", 0.95, 0.002, 6.40, 4000, new double[] {10, 8, 7, 6.5, 6}, new double[] {50, 100, 400, 1500, 6000}, new double[] {200, 400, 1500, 6000, 20000})),
                100, 200, 2000, 10, 240, 20, 2.0);
        };
    }

    /**
     * The long scale (at most 2 h wall on 2 cores, estimated from the quick run's 0.85 us per atom-step at N = 400): the
     * claims quick cannot show. Stokes-Einstein needs at least 5 diffusive activated points with productions of at least
     * 30 tau_alpha (IPL down to T = 0.6, tau_alpha/t0 ~ 10-250; each SS density with a fifth, deeper T); the transition
     * rates of Fig. 5 b take 10 trajectories per system for an interval over trajectories, of 500 quenches each (0.95:
     * 500 quenches = 1 reduced time unit); the Eq. 3 fit then has 6 IPL points. Cost: the session-7 run of this preset
     * with 1000 quenches per trajectory measured 0.15 CPU-s per quench at the lowest temperatures (IPL 1443, SS 0.95
     * 1530 CPU-s per system, SW over 3000), which put the whole plan at about 4 core-hours, over the 2 h wall on 2
     * cores of this scale; 500 quenches per trajectory (a budget choice, the issue asks for 1000) halves the transition
     * stages. `plan mesoelastic-kappa --scale long` prints the estimate from {@link MesoelasticUnitCost}; the longest
     * stages are IPL T = 0.6 (14,000 time units) and the SW transition count. The added SS temperatures (1.05, 1.9, 6.7)
     * are ours, one step below quick's lowest. SW (added with the three-body force field) goes two steps deeper than
     * quick (0.047, 0.045, ours) with productions doubling per step: about 19,000 time units, 290,000 steps at N = 400
     * (estimated 3 us per atom-step: about 350 CPU-s, plus 180 IS with the three-body Hessian, about 600 CPU-s; not run).
     */
    static Preset longPreset() {
        return new Preset(List.of(
            ipl(400, new double[] {1.0, 0.85, 0.8, 0.75, 0.7, 0.65, 0.62, 0.6}, new double[] {30, 60, 100, 150, 250, 500, 1000, 2000},
                new double[] {60, 150, 600, 750, 1600, 3600, 7200, 12000}),
            ss("ss-0.6", 0.6, 0.005, 5.47, 400, new double[] {1.5, 1.25, 1.17, 1.1, 1.05}, new double[] {30, 60, 100, 200, 400},
                new double[] {150, 300, 600, 1300, 2500}),
            ss("ss-0.7", 0.7, 0.003, 5.87, 400, new double[] {3.0, 2.4, 2.2, 2.0, 1.9}, new double[] {30, 60, 60, 100, 200},
                new double[] {100, 250, 400, 700, 1400}),
            ss("ss-0.95", 0.95, 0.002, 6.40, 400, new double[] {10, 8, 7.5, 7, 6.7}, new double[] {20, 40, 50, 60, 120},
                new double[] {40, 100, 200, 330, 700}),
            sw(400, new double[] {0.07, 0.06, 0.055, 0.05, 0.047, 0.045}, new double[] {100, 200, 400, 800, 1500, 2500},
                new double[] {300, 600, 1200, 2400, 4500, 7500})),
            30, 150, 500, 10, 12, 8, 1.0, SW_LONG_QUENCHES);
    }

    /**
     * SW quenches per transition trajectory at the long scale: a budget choice. An SW quench costs 2.2 CPU-s at N = 400
     * (quick's trans-sw: 326 CPU-s for 150 quenches, with the MD between them), 14.5 times an IPL/SS quench, so 10 x 500
     * would be ~3 core-hours for SW alone (session 10's long run stopped its trans-sw unit after 51 CPU-min); 10 x 100 is
     * ~0.6 core-h and keeps the ten trajectories of the interval.
     */
    static final int SW_LONG_QUENCHES = 100;

    /** 3D IPL: rho = 0.82, dt = 0.005, tau_NH = 0.2, q_max = 6.35 (paper 004 Table I); quenched every dt (Fig. 5). */
    static SystemSpec ipl(int n, double[] ts, double[] eq, double[] prod) {
        return new SystemSpec("ipl", "ipl", 0.82, 0.005, 0.2, 6.35, n, ts, eq, prod, 0.005);
    }

    /**
     * SW: rho = 0.52, dt = 0.065, tau_NH = 6.5, q_max = 6.28 (paper 004 Table I, reduced SW units sigma = epsilon = m = 1,
     * spec 004 A15); quenched every dt/10 (footnote 83). One species. The S(q) first peak of this liquid (ours and
     * LAMMPS pair_style sw, T = 0.1 to 0.04) lies at 5.25-5.55, not at Table I's 6.28 (= 2 pi to three digits); F_s is
     * still taken at the paper's 6.28 (its definition of tau_alpha), and sq_first_peak_sw reports the disagreement.
     */
    static SystemSpec sw(int n, double[] ts, double[] eq, double[] prod) {
        return new SystemSpec("sw", "sw", 0.52, 0.065, 6.5, 6.28, n, ts, eq, prod, 0.065 / 10);
    }

    /**
     * SW at the quick scale: N = 400 and four temperatures of ours (the paper gives none in its text; spec 004 A2). In a
     * short exploration at N = 400 (dt 0.065, tau_NH 6.5) the liquid relaxed within tau_alpha/t0 = 0.43 at T = 0.1 and
     * 0.47 at T = 0.08, far above the activated regime, so the quick range starts below SW silicon's melting point
     * (about 0.067 epsilon) and goes down to 0.05; whether it reaches tau_alpha/t0 &gt;= 10 is measured, not assumed.
     * Budget (measured): the quick run at 07c9db3 with four SW temperatures (0.07, 0.06, 0.055, 0.05; productions
     * 200-1600) took 15 min 22 s on two free cores, over the 15-minute quick budget; it measured tau_alpha/t0 = 0.59-0.81
     * (tau_alpha 2.8-4.5), no activated point, so Eq. 3 for SW cannot be decided at quick and the deeper temperatures
     * are long's. Quick keeps three temperatures with equilibrations of at least 20 and productions of at least 60 of
     * those measured tau_alpha (the diffusive-window rule needs 30); each SW temperature costs about 80 CPU-s of IS
     * and dipoles beside its MD (2.7 us per atom-step, measured in the long plan's units).
     */
    static SystemSpec swQuick() {
        return sw(400, new double[] {0.07, 0.06, 0.05}, new double[] {100, 100, 200}, new double[] {200, 200, 400});
    }

    /** SS at one density of Table III (tau_NH = 0.2); quenched every dt/10 (paper 004 Fig. 5 caption). */
    static SystemSpec ss(String key, double rho, double dt, double q, int n, double[] ts, double[] eq, double[] prod) {
        return new SystemSpec(key, "ss", rho, dt, 0.2, q, n, ts, eq, prod, dt / 10);
    }

    static String tKey(double t) { return String.format(Locale.ROOT, "T%.3f", t); }

    /** Stage key of the (system, T) liquid and its inherent structures. */
    public static String dynKey(SystemSpec s, int k) { return "dyn-" + s.key() + "-" + tKey(s.temperatures()[k]); }

    /** Stage key of the IS-transition count of a system. */
    public static String transKey(SystemSpec s) { return "trans-" + s.key(); }

    /** Stage key of the isoconfigurational mobility of a system. */
    public static String mobKey(SystemSpec s) { return "mob-" + s.key(); }

    /** The seed of one stage: the run's seed mixed with the stage key, so results do not depend on the thread count. */
    public static long seedOf(long seed, String key) { return seed * 1_000_003L + key.hashCode(); }
}
