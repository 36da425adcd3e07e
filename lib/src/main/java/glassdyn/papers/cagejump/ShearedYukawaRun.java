package glassdyn.papers.cagejump;

import glassdyn.analysis.ShearRecord;
import glassdyn.Progress;
import glassdyn.dynamics.BrownianShearDynamics;
import glassdyn.force.ForceField;
import glassdyn.dynamics.RandomStream;
import glassdyn.particles.Configuration;
import glassdyn.potential.HardCoreYukawa;
import glassdyn.space.Box;
import glassdyn.papers.StageResult;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One steady shear run of paper 000's Brownian hard-core + Yukawa mixture at one (phi, gamma_dot): equilibration,
 * then a production stretch that records, every sampling interval Delta t (paper 000 footnote [49]), for the big
 * particles: the non-affine unwrapped positions (cage jumps, chi_4), the Lees-Edwards positions and box (cluster
 * membership) and the per-particle big-big virial {@code s_i = (1/2) sum_j x_ij f_ij,y} (cluster stress, Egami
 * atomic stress times the atomic volume); and, every stress interval, the global big-big shear stress
 * {@code sigma = -(1/V) sum_pairs x_ij f_ij,y} (paper 000 Fig. 1(a): only big-big Yukawa pairs, "more than 80% of the
 * total viscosity"), from which {@code eta = sigma / gamma_dot}.
 *
 * <p>Units: d_b, k_B T, tau_0 = d_b^2 / D_0. Seeded: same seed, same run on any thread count.
 */
public final class ShearedYukawaRun {
    /** Number fraction of small particles, 4000 of 20000 (paper 000 p. 1). */
    public static final double SMALL_FRACTION = 0.2;
    /** Neighbour-list skin (d_b): a few hundred steps between rebuilds at the thermal step of ~0.017 d_b. */
    public static final double SKIN = 0.3;

    /**
     * The Yukawa potential with cutoff {@code d_ij + range} (paper 000 states no cutoff; spec 000 section 1.1:
     * {@link HardCoreYukawa#DEFAULT_RANGE} = 2 for production, 1.5 as the cheaper option, V = 2.6e-3 k_B T there).
     */
    public static HardCoreYukawa potential(double range) {
        return new HardCoreYukawa(HardCoreYukawa.K, HardCoreYukawa.Z, range, HardCoreYukawa.DIAMETERS);
    }

    /**
     * Frames of the production stretch ([frame][particle]): big particles (non-affine positions, Lees-Edwards
     * positions, virial) and the Lees-Edwards positions of the small particles (the whole configuration of a frame,
     * for the pseudo-harmonic modes of paper 000 Fig. 4(a)). Stored as a stage ({@link #toStage()}), so an analysis can rerun from a saved run.
     */
    public static final class Record extends ShearRecord {
        /** An empty record (filled by {@link #run} or, for tests, by hand). */
        Record(double rate, double phi, double dt, double sampling, int bigCount, double volume) {
            super(rate, phi, dt, sampling, bigCount, volume, HardCoreYukawa.DIAMETERS);
        }

        /** The record as a {@link StageResult}: per-frame float arrays flattened frame by frame into double arrays (exact). */
        public StageResult toStage() {
            Map<String, double[]> a = new LinkedHashMap<>();
            a.put("time", time); a.put("tilt", tilt); a.put("stress_time", stressTime); a.put("stress", stress);
            a.put("box", new double[] {box.lx(), box.ly(), box.lz(), box.xy()});
            String[] names = {"ux", "uy", "uz", "x", "y", "z", "virial", "sx", "sy", "sz"};
            float[][][] fields = {ux, uy, uz, x, y, z, virial, sx, sy, sz};
            for (int f = 0; f < names.length; f++) if (fields[f] != null) a.put(names[f], flatten(fields[f]));
            Map<String, Double> v = new LinkedHashMap<>();
            v.put("rate", rate); v.put("phi", phi); v.put("dt", dt); v.put("sampling", sampling);
            v.put("big_count", (double) bigCount); v.put("volume", volume);
            return new StageResult(Map.of(), a, v);
        }

        /** The record stored by {@link #toStage()}. */
        public static Record of(StageResult s) {
            Record r = new Record(s.value("rate"), s.value("phi"), s.value("dt"), s.value("sampling"), (int) s.value("big_count"), s.value("volume"));
            r.time = s.array("time"); r.tilt = s.array("tilt"); r.stressTime = s.array("stress_time"); r.stress = s.array("stress");
            int frames = r.time.length;
            r.ux = unflatten(s.array("ux"), frames); r.uy = unflatten(s.array("uy"), frames); r.uz = unflatten(s.array("uz"), frames);
            r.x = unflatten(s.array("x"), frames); r.y = unflatten(s.array("y"), frames); r.z = unflatten(s.array("z"), frames);
            r.virial = unflatten(s.array("virial"), frames);
            if (s.arrays().containsKey("sx")) { r.sx = unflatten(s.array("sx"), frames); r.sy = unflatten(s.array("sy"), frames); r.sz = unflatten(s.array("sz"), frames); }
            double[] b = s.array("box");
            r.box = Box.orthogonal(3, b[0], b[1], b[2]);
            r.box.setTilt(b[3]);
            return r;
        }

        private static final String[] FIELDS = {"ux", "uy", "uz", "x", "y", "z", "virial", "sx", "sy", "sz"};

        private float[][][] fields() { return new float[][][] {ux, uy, uz, x, y, z, virial, sx, sy, sz}; }

        /**
         * Saves the record as the stage of {@link #toStage()} (the same files, readable by {@link #of(StageResult)}),
         * streaming the per-frame fields to disk element by element: no double copy of the record in memory (at the
         * paper preset's gamma_dot tau_0 = 20 the record is ~5 GB of floats, its double copy would be ~10 GB).
         */
        public void save(glassdyn.papers.StageStore store, String key, String params) {
            StageResult small = toStageWithout();
            Map<String, glassdyn.papers.StageStore.ArraySource> a = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> e : small.arrays().entrySet()) {
                double[] v = e.getValue();
                a.put(e.getKey(), source(v.length, q -> v[q]));
            }
            float[][][] f = fields();
            for (int q = 0; q < FIELDS.length; q++) {
                float[][] field = f[q];
                if (field == null) continue;
                int m = field.length == 0 ? 0 : field[0].length;
                a.put(FIELDS[q], source(field.length * m, idx -> field[idx / m][idx % m]));
            }
            store.saveStreamed(key, params, a, small.values());
        }

        private static glassdyn.papers.StageStore.ArraySource source(int n, java.util.function.IntToDoubleFunction get) {
            return new glassdyn.papers.StageStore.ArraySource() {
                @Override public int length() { return n; }
                @Override public double get(int index) { return get.applyAsDouble(index); }
            };
        }

        /** The record saved by {@link #save} (or {@link #toStage()}), read field by field; null when the stage is missing. */
        public static Record load(glassdyn.papers.StageStore store, String key, String params) {
            java.util.Set<String> perFrame = java.util.Set.of(FIELDS);
            StageResult s = store.load(key, params, name -> !perFrame.contains(name));
            if (s == null) return null;
            Record r = ofSmall(s);
            int frames = r.time.length;
            float[][][] f = new float[FIELDS.length][][];
            for (int q = 0; q < FIELDS.length; q++) {
                final int fq = q;
                store.readArray(key, params, FIELDS[q], new glassdyn.papers.StageStore.ArraySink() {
                    int m;
                    @Override public void start(int length) { m = frames == 0 ? 0 : length / frames; f[fq] = new float[frames][m]; }
                    @Override public void put(int index, double value) { f[fq][index / m][index % m] = (float) value; }
                });
            }
            r.ux = f[0]; r.uy = f[1]; r.uz = f[2]; r.x = f[3]; r.y = f[4]; r.z = f[5]; r.virial = f[6]; r.sx = f[7]; r.sy = f[8]; r.sz = f[9];
            return r;
        }

        /** The stage without the per-frame fields: time, tilt, stress, box and the scalars. */
        private StageResult toStageWithout() {
            Map<String, double[]> a = new LinkedHashMap<>();
            a.put("time", time); a.put("tilt", tilt); a.put("stress_time", stressTime); a.put("stress", stress);
            a.put("box", new double[] {box.lx(), box.ly(), box.lz(), box.xy()});
            Map<String, Double> v = new LinkedHashMap<>();
            v.put("rate", rate); v.put("phi", phi); v.put("dt", dt); v.put("sampling", sampling);
            v.put("big_count", (double) bigCount); v.put("volume", volume);
            return new StageResult(Map.of(), a, v);
        }

        /** A record with the small arrays and scalars of a stage (per-frame fields null). */
        private static Record ofSmall(StageResult s) {
            Record r = new Record(s.value("rate"), s.value("phi"), s.value("dt"), s.value("sampling"), (int) s.value("big_count"), s.value("volume"));
            r.time = s.array("time"); r.tilt = s.array("tilt"); r.stressTime = s.array("stress_time"); r.stress = s.array("stress");
            double[] b = s.array("box");
            r.box = Box.orthogonal(3, b[0], b[1], b[2]);
            r.box.setTilt(b[3]);
            return r;
        }

        private static double[] flatten(float[][] f) {
            int m = f.length == 0 ? 0 : f[0].length;
            double[] d = new double[f.length * m];
            for (int k = 0; k < f.length; k++) for (int i = 0; i < m; i++) d[k * m + i] = f[k][i];
            return d;
        }

        private static float[][] unflatten(double[] d, int frames) {
            int m = frames == 0 ? 0 : d.length / frames;
            float[][] f = new float[frames][m];
            for (int k = 0; k < frames; k++) for (int i = 0; i < m; i++) f[k][i] = (float) d[k * m + i];
            return f;
        }

    }

    private ShearedYukawaRun() {}

    /** Box edge of a cubic box holding {@code bigs} big and {@code smalls} small particles at volume fraction phi. */
    public static double boxLength(int bigs, int smalls, double phi) {
        double ds = HardCoreYukawa.DIAMETERS[1];
        return Math.cbrt(Math.PI / 6 * (bigs + smalls * ds * ds * ds) / phi);
    }

    /**
     * A start without overlaps: the sites of the smallest fcc lattice with at least N sites (nearest-neighbour
     * distance L / (k sqrt 2) &gt; d_b at phi &lt;= 0.45 and N &gt;= 500), N of them chosen at random, 20% of those
     * made small, at random. Melted by the first (highest) shear rate of a chain.
     */
    public static Configuration latticeStart(int n, double phi, long seed) {
        int smalls = (int) Math.round(SMALL_FRACTION * n), bigs = n - smalls;
        double l = boxLength(bigs, smalls, phi);
        int k = (int) Math.ceil(Math.cbrt(n / 4.0) - 1e-9);
        int sites = 4 * k * k * k;
        double a = l / k;
        if (a / Math.sqrt(2) <= 1.0) throw new IllegalArgumentException("fcc start overlaps at phi " + phi + " with N " + n);
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        RandomStream r = new RandomStream(seed);
        int[] order = new int[sites];
        for (int s = 0; s < sites; s++) order[s] = s;
        for (int s = sites - 1; s > 0; s--) { int j = (int) (r.nextDouble() * (s + 1)); int t = order[s]; order[s] = order[j]; order[j] = t; }
        Configuration c = new Configuration(n, Box.cubic(3, l));
        c.mass = new double[] {1, 1};
        for (int i = 0; i < n; i++) {
            int s = order[i], cell = s / 4, b = s % 4;
            int cx = cell % k, cy = (cell / k) % k, cz = cell / (k * k);
            c.x[i] = (cx + basis[b][0] + 0.25) * a; c.y[i] = (cy + basis[b][1] + 0.25) * a; c.z[i] = (cz + basis[b][2] + 0.25) * a;
            c.type[i] = i < smalls ? 1 : 0;
            c.diameter[i] = HardCoreYukawa.DIAMETERS[c.type[i]];
        }
        return c;
    }

    /**
     * Runs at one rate from {@code c} (modified in place; its clock is reset to 0 at the start of production):
     * {@code equilibration} tau_0, then {@code production} tau_0 recording every {@code sampling} tau_0.
     */
    public static Record run(Configuration c, double phi, double rate, double dt, double equilibration, double production,
                             double sampling, double stressInterval, double range, int threads, long seed, Progress bar) {
        int n = c.n;
        int[] big = java.util.stream.IntStream.range(0, n).filter(i -> c.type[i] == 0).toArray();
        int[] small = java.util.stream.IntStream.range(0, n).filter(i -> c.type[i] != 0).toArray();
        int nb = big.length, ns = small.length;
        long eqSteps = Math.round(equilibration / dt), prodSteps = Math.round(production / dt);
        int every = Math.max(1, (int) Math.round(sampling / dt)), stressEvery = Math.max(1, (int) Math.round(stressInterval / dt));
        int frames = (int) (prodSteps / every) + 1, stresses = (int) (prodSteps / stressEvery);
        Record rec = new Record(rate, phi, dt, every * dt, nb, c.box.volume());
        rec.time = new double[frames]; rec.tilt = new double[frames];
        rec.ux = new float[frames][]; rec.uy = new float[frames][]; rec.uz = new float[frames][];
        rec.x = new float[frames][]; rec.y = new float[frames][]; rec.z = new float[frames][]; rec.virial = new float[frames][];
        rec.sx = new float[frames][]; rec.sy = new float[frames][]; rec.sz = new float[frames][];
        rec.stressTime = new double[stresses]; rec.stress = new double[stresses];
        HardCoreYukawa yukawa = potential(range);
        try (ForceField ff = new ForceField(yukawa, SKIN, threads)) {
            BrownianShearDynamics bd = new BrownianShearDynamics(ff, dt, rate, 1, BrownianShearDynamics.STOKES_EINSTEIN_DIFFUSION,
                HardCoreYukawa.DIAMETERS, seed);
            bd.requireNoOverlap(c);
            for (long s = 0; s < eqSteps; s++) {
                bd.step(c);
                if (bar != null && (s & 63) == 0) bar.step(64);
            }
            c.time = 0;
            double[] nax0 = new double[n];
            double[] nay0 = new double[n], naz0 = new double[n];
            if (eqSteps > 0) { nax0 = bd.nonAffineX().clone(); nay0 = bd.nonAffineY().clone(); naz0 = bd.nonAffineZ().clone(); }
            double[] virial = new double[n];
            int f = 0, st = 0;
            for (long s = 0; s <= prodSteps; s++) {
                if (s % every == 0 && f < frames) {
                    ShearRecord.bigVirial(c, ff, virial);
                    float[] ux = new float[nb], uy = new float[nb], uz = new float[nb], x = new float[nb], y = new float[nb], z = new float[nb], v = new float[nb];
                    double[] ax = s == 0 && eqSteps == 0 ? null : bd.nonAffineX();
                    for (int q = 0; q < nb; q++) {
                        int i = big[q];
                        if (ax != null) {
                            ux[q] = (float) (bd.nonAffineX()[i] - nax0[i]); uy[q] = (float) (bd.nonAffineY()[i] - nay0[i]);
                            uz[q] = (float) (bd.nonAffineZ()[i] - naz0[i]);
                        }
                        x[q] = (float) c.x[i]; y[q] = (float) c.y[i]; z[q] = (float) c.z[i]; v[q] = (float) virial[i];
                    }
                    float[] sx = new float[ns], sy = new float[ns], sz = new float[ns];
                    for (int q = 0; q < ns; q++) { int i = small[q]; sx[q] = (float) c.x[i]; sy[q] = (float) c.y[i]; sz[q] = (float) c.z[i]; }
                    rec.sx[f] = sx; rec.sy[f] = sy; rec.sz[f] = sz;
                    rec.time[f] = c.time; rec.tilt[f] = c.box.xy();
                    rec.ux[f] = ux; rec.uy[f] = uy; rec.uz[f] = uz; rec.x[f] = x; rec.y[f] = y; rec.z[f] = z; rec.virial[f] = v;
                    f++;
                }
                if (s > 0 && s % stressEvery == 0 && st < stresses) {
                    rec.stressTime[st] = c.time;
                    rec.stress[st++] = bd.softShearStress(c, 0);
                }
                if (s == prodSteps) break;
                bd.step(c);
                if (bar != null && (s & 63) == 0) bar.step(64);
            }
            if (f < frames) throw new IllegalStateException("recorded " + f + " of " + frames + " frames");
        }
        rec.box = c.box.copy();
        return rec;
    }
}
