package glassdyn.papers.taulc;

import glassdyn.Progress;
import glassdyn.Scale;
import glassdyn.analysis.ConvectiveClusters;
import glassdyn.analysis.ShearRecord;
import glassdyn.dynamics.Kinetic;
import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.protocols.KaShearRun;
import glassdyn.space.Box;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The recorded steady-shear trajectory of Figs. 10 and 12 (paper 001 Sec. II C: "sample A under steady state with
 * gamma_dot = 0.003 at a reference time t_r"; the LERs are found "with the method given in Ref. [83]", paper 000 of
 * this library): one SLLOD run at the LER rate ({@link #rate}) from the steady state of that rate
 * ({@link SteadyShearStates#origin}), fresh Maxwell-Boltzmann velocities (seed {@code Seeds.of(seed, "ler-trajectory")},
 * independent of every ensemble), {@link LerPreset#equilibration} discarded, then {@link LerPreset#production} recorded
 * by {@link KaShearRun} every {@link TauLcDuality#SAMPLE}: the A particles' non-affine displacements, positions and A-A
 * virials (paper 000's {@link ShearRecord}, what its cage-jump cluster detector reads). The reference times
 * t_r,k, k = 0 .. references - 1 (their number fixed before the run, so the plan can list their cessation ensembles),
 * are chosen in the stage where the most particles are in elastic-stage LERs ({@link #referenceFrames}); the whole
 * configuration at each is stored for the cessation ensemble
 * {@code ice-ler-cessation-k} that gives tau_LC per particle at t_r (Fig. 10(a,b)). The MD runs on one thread (the
 * trajectory is chaotic; thread-dependent force summation would make a plan's unit differ from a local run).
 *
 * <p>The stage {@code ler-trajectory} holds the record flattened [frame][A particle] and the reference configurations
 * under {@code ref0.}, {@code ref1.}, ...
 */
final class LerTrajectory {
    /**
     * Per scale: equilibration after the fresh velocities (time units), recorded production (time units), number of
     * reference times. The paper states none of them; the production must hold the 3 t_chi traceback before a
     * reference and t_chi after it (paper 000's life cycle). Quick measured (2026-12-07) t_chi = 1.23 at rate 0.1,
     * T = 0.7, N = 300, and 4 complete LERs in the 100 time units. Cost at quick: 300 x 110 / 0.005 = 6.6e6
     * atom-steps (8 CPU-s measured, with the detector), plus two cessation ensembles of ~92 CPU-s each.
     */
    record LerPreset(double equilibration, double production, int references) {
        static LerPreset of(Scale s) {
            return switch (s) {
                case SMOKE -> new LerPreset(1, 12, 1);
                case QUICK -> new LerPreset(10, 100, 2);
                case LONG -> new LerPreset(20, 300, 3);
                case PAPER -> new LerPreset(200, 2000, 3);
            };
        }
    }

    /** Global stress samples per frame spacing (every 0.05 time units). */
    static final double STRESS_INTERVAL = 0.05;
    static final String KEY = "ler-trajectory";
    /** The MD of the recorded trajectory runs on one thread (see the class comment). */
    static final int MD_THREADS = 1;

    private final TauLcRun run;
    private final SteadyShearStates steady;
    private final LerPreset preset;
    private StageResult stage;

    LerTrajectory(TauLcRun run, SteadyShearStates steady) {
        this.run = run;
        this.steady = steady;
        this.preset = LerPreset.of(run.scale);
    }

    LerPreset preset() { return preset; }

    /**
     * The LER rate: the preset's rate-switch final rate, an ensemble rate with steady, cessation, continuation and
     * start-up ensembles (so the slow/fast boundary tau_LC,c of Eq. 2 at this rate is measured; quick 0.1, in the
     * thinning regime of Fig. 1; the paper's Fig. 10 is at 0.003 in sample A's).
     */
    static double rate(TauLcPreset p) { return p.switchRate(); }

    double rate() { return rate(run.p); }

    /** Reference time k (time units after the start of production), on the frame grid (selected in the stage). */
    double referenceTime(int k) { return stage().value("ref_time_" + k); }

    /** Frame index of reference k. */
    int referenceFrame(int k) { return (int) stage().value("ref_frame_" + k); }

    /**
     * The reference frames (paper 001 Fig. 10: a t_r at which nine LERs are found; how it was chosen is not stated):
     * the detector ({@link ConvectiveClusters#analyse}) runs on the record, and each frame is scored by the number of A
     * particles inside complete, untruncated LERs in their elastic stage (t_LER,0 &lt;= t &lt; t_LER,1), ties by those
     * inside LERs in any stage, then the earlier frame; the {@code count} best frames at least 4 t_chi apart within
     * [3 t_chi, end - t_chi] are taken in time order. Frames without any LER fill up (at the fixed fractions
     * {@code (k + 1) / (count + 1)} of the record, or the nearest admissible frame) when fewer score. tau_LC at t_r
     * comes from a cessation ensemble run after this choice, so choosing where LERs are does not bias the comparison
     * of LER particles with same-size random regions at the same t_r.
     */
    static int[] referenceFrames(ShearRecord rec, ConvectiveClusters.Result res, int count) {
        int frames = rec.frames(), w = Math.max(ConvectiveClusters.MIN_WINDOW_FRAMES, (int) Math.round(res.tChi / rec.sampling));
        int lo = Math.min(frames - 1, 3 * w), hi = Math.max(lo, frames - 1 - w);
        long[] score = new long[frames];
        for (ConvectiveClusters.Cluster cl : res.clusters) {
            if (!cl.complete() || cl.truncated) continue;
            for (int f = Math.max(cl.f0, cl.from); f <= Math.min(cl.f3, cl.to); f++)
                score[f] += (f < cl.f1 ? 1_000_000L : 1L) * cl.members[f - cl.from].length;
        }
        java.util.List<Integer> chosen = new java.util.ArrayList<>();
        Integer[] order = java.util.stream.IntStream.rangeClosed(lo, hi).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (a, b) -> score[a] != score[b] ? Long.compare(score[b], score[a]) : Integer.compare(a, b));
        for (int f : order) {
            if (chosen.size() == count || score[f] == 0) break;
            if (chosen.stream().allMatch(c -> Math.abs(c - f) >= 4 * w)) chosen.add(f);
        }
        for (int k = 0; chosen.size() < count && k < count; k++) {
            int f = Math.min(hi, Math.max(lo, (int) Math.round((frames - 1.0) * (k + 1) / (count + 1))));
            while (chosen.contains(f) && f < hi) f++;
            if (!chosen.contains(f)) chosen.add(f);
        }
        while (chosen.size() < count) chosen.add(hi);
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    static String params(TauLcPreset p, long seed, Scale s) {
        LerPreset l = LerPreset.of(s);
        return SteadyShearStates.params(p, seed, rate(p)) + String.format(Locale.ROOT,
            " ler: T=%s equilibration=%s production=%s references=%d (most elastic-LER particles) sample=%s dt=%s tdamp=%s stress=%s seed=%d", p.temperature(),
            l.equilibration(), l.production(), l.references(), TauLcDuality.SAMPLE, KaShearRun.DT, KaShearRun.TDAMP, STRESS_INTERVAL,
            Seeds.of(seed, KEY));
    }

    String params() { return params(run.p, run.seed, run.scale); }

    /** The stage, run if not stored. */
    synchronized StageResult stage() {
        if (stage == null) stage = run.store.get(KEY, params(), this::simulate);
        return stage;
    }

    /** The configuration at reference k (A particles first, in record order; velocities zero, drawn by the ensemble). */
    Configuration reference(int k) {
        Configuration c = StoredConfiguration.get("ref" + k + ".", stage());
        c.time = 0;
        return c;
    }

    private StageResult simulate() {
        TauLcPreset p = run.p;
        double rate = rate();
        Configuration c = steady.origin(rate);
        Kinetic.drawVelocities(c, p.temperature(), Seeds.of(run.seed, KEY));
        ShearRecord rec;
        long steps = Math.round((preset.equilibration() + preset.production()) / KaShearRun.DT);
        try (Progress bar = new Progress("tau-lc-duality ler trajectory rate " + TauLcRun.rateKey(rate), steps)) {
            rec = KaShearRun.run(c, rate, p.temperature(), TauLcDuality.SAMPLE, preset.equilibration(), preset.production(), STRESS_INTERVAL,
                MD_THREADS, bar);
        }
        run.countSimulated();
        return toStage(rec, this);
    }

    /** The record and the reference configurations as a stage result. */
    private static StageResult toStage(ShearRecord rec, LerTrajectory t) {
        Map<String, double[]> a = new LinkedHashMap<>();
        Map<String, Double> v = new LinkedHashMap<>();
        a.put("time", rec.time.clone());
        a.put("tilt", rec.tilt.clone());
        a.put("stress_time", rec.stressTime.clone());
        a.put("stress", rec.stress.clone());
        a.put("ux", flat(rec.ux)); a.put("uy", flat(rec.uy)); a.put("uz", flat(rec.uz));
        a.put("x", flat(rec.x)); a.put("y", flat(rec.y)); a.put("z", flat(rec.z));
        a.put("virial", flat(rec.virial));
        v.put("rate", rec.rate); v.put("temperature", rec.phi); v.put("dt", rec.dt); v.put("sampling", rec.sampling);
        v.put("big_count", (double) rec.bigCount); v.put("volume", rec.volume);
        Box b = rec.box;
        v.put("xlo", b.xlo()); v.put("ylo", b.ylo()); v.put("zlo", b.zlo()); v.put("lx", b.lx()); v.put("ly", b.ly()); v.put("lz", b.lz());
        int[] refs = referenceFrames(rec, ConvectiveClusters.analyse(rec), t.preset.references());
        for (int k = 0; k < refs.length; k++) {
            StoredConfiguration.put("ref" + k + ".", rec.configurationAt(refs[k]), a, v);
            v.put("ref_frame_" + k, (double) refs[k]);
            v.put("ref_time_" + k, rec.time[refs[k]]);
        }
        return new StageResult(Map.of(), a, v);
    }

    /** The stored record (without the small particles' positions, which the cluster analysis does not read). */
    ShearRecord record() { return record(stage()); }

    static ShearRecord record(StageResult s) {
        int nb = (int) s.value("big_count");
        ShearRecord rec = new ShearRecord(s.value("rate"), s.value("temperature"), s.value("dt"), s.value("sampling"), nb, s.value("volume"),
            new double[] {1.0, 0.88});
        rec.time = s.array("time").clone();
        rec.tilt = s.array("tilt").clone();
        rec.stressTime = s.array("stress_time").clone();
        rec.stress = s.array("stress").clone();
        int frames = rec.time.length;
        rec.ux = unflat(s.array("ux"), frames, nb); rec.uy = unflat(s.array("uy"), frames, nb); rec.uz = unflat(s.array("uz"), frames, nb);
        rec.x = unflat(s.array("x"), frames, nb); rec.y = unflat(s.array("y"), frames, nb); rec.z = unflat(s.array("z"), frames, nb);
        rec.virial = unflat(s.array("virial"), frames, nb);
        Box b = new Box(3, s.value("xlo"), s.value("ylo"), s.value("zlo"), s.value("lx"), s.value("ly"), s.value("lz"), 0);
        rec.box = b;
        return rec;
    }

    private static double[] flat(float[][] m) {
        int rows = m.length, cols = rows == 0 ? 0 : m[0].length;
        double[] out = new double[rows * cols];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) out[r * cols + c] = m[r][c];
        return out;
    }

    private static float[][] unflat(double[] a, int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) m[r][c] = (float) a[r * cols + c];
        return m;
    }
}
