package glassdyn.io;

import glassdyn.InputException;
import glassdyn.analysis.MeanSquareDisplacement;
import glassdyn.analysis.RadialDistribution;
import glassdyn.particles.Frame;
import glassdyn.particles.Unwrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GSD files written at test time by the real {@code gsd} package (Debian python3-gsd, HOOMD schema), read by
 * {@link GsdReader} and analysed: a 3D cell with xy, xz and yz tilts and image flags whose later frames omit the
 * chunks equal to frame 0 (gsd does that itself), a 2D file, and a frame without positions. References are computed
 * by numpy in the same script: unwrapped positions {@code r + ix a1 + iy a2 + iz a3}, g(r) by the minimum over the
 * 27 nearest images (LAMMPS compute rdf normalisation), and the MSD over all origins.
 */
class GsdRealFilesTest {
    @TempDir static Path dir;
    static Map<String, double[]> ref;

    static final String WRITER = """
        import sys, numpy as np, gsd, gsd.hoomd, gsd.fl
        Frame = getattr(gsd.hoomd, 'Frame', None) or gsd.hoomd.Snapshot
        def open_w(name):
            try: return gsd.hoomd.open(name, mode='w')
            except Exception: return gsd.hoomd.open(name, mode='wb')
        out = []
        def put(key, values): out.append(key + ' ' + ' '.join(repr(float(v)) for v in np.ravel(values)))
        rng = np.random.default_rng(7)
        N = 60
        box = np.array([6.0, 7.0, 8.0, 0.3, -0.2, 0.15], dtype=np.float32)
        Lx, Ly, Lz, xy, xz, yz = [float(v) for v in box]
        H = np.array([[Lx, xy * Ly, xz * Lz], [0, Ly, yz * Lz], [0, 0, Lz]])   # columns a1 a2 a3
        typeid = (rng.random(N) < 0.3).astype(np.uint32)
        img0 = rng.integers(-2, 3, size=(N, 3)).astype(np.int32)
        frac = rng.random((N, 3)) - 0.5
        traj = open_w('tilt3d.gsd')
        steps = [0, 100, 200]
        unwrapped = []; positions = []
        for k, step in enumerate(steps):
            s = Frame()
            s.configuration.step = step
            s.configuration.box = box
            s.particles.N = N
            s.particles.types = ['A', 'B']
            s.particles.typeid = typeid
            if k > 0: frac = frac + 0.05 * (rng.random((N, 3)) - 0.5)
            img = img0.copy()
            if k == 2: img[:5, 0] += 1
            f = frac - np.floor(frac + 0.5)          # wrapped into [-1/2, 1/2)
            img = img + np.rint(frac - f).astype(np.int32)
            pos = (H @ f.T).T.astype(np.float32)
            s.particles.position = pos
            s.particles.image = img
            s.particles.velocity = (rng.random((N, 3)) - 0.5).astype(np.float32)
            traj.append(s)
            p64 = pos.astype(np.float64)
            positions.append(p64)
            unwrapped.append(p64 + (H @ img.T.astype(np.float64)).T)
            put('pos%d' % k, p64); put('img%d' % k, img); put('unwrapped%d' % k, unwrapped[-1])
        traj.close()
        put('box', box.astype(np.float64)); put('typeid', typeid)
        with gsd.fl.open('tilt3d.gsd', 'rb') as fl:
            put('frame1_has_typeid', [1.0 if fl.chunk_exists(1, 'particles/typeid') else 0.0])
            put('frame1_has_box', [1.0 if fl.chunk_exists(1, 'configuration/box') else 0.0])
        # g(r): minimum over the 27 nearest images, LAMMPS normalisation, averaged over frames
        a = H.T
        w = np.linalg.det(H) / np.array([np.linalg.norm(np.cross(a[1], a[2])), np.linalg.norm(np.cross(a[2], a[0])), np.linalg.norm(np.cross(a[0], a[1]))])
        rmax = 0.45 * w.min(); bins = 25; delr = rmax / bins
        shifts = np.array([[i, j, k] for i in (-1, 0, 1) for j in (-1, 0, 1) for k in (-1, 0, 1)], dtype=np.float64) @ a
        g = np.zeros(bins); cn = np.zeros(bins); V = np.linalg.det(H)
        for p in positions:
            d = p[None, :, :] - p[:, None, :]
            r = np.sqrt(((d[:, :, None, :] + shifts[None, None, :, :]) ** 2).sum(-1)).min(-1)
            iu = np.triu_indices(N, 1)
            rr = r[iu]
            b = (rr * (1.0 / delr)).astype(int)
            h = np.bincount(b[b < bins], minlength=bins) * 2
            rlo = np.arange(bins) * delr; rhi = rlo + delr
            vfrac = 4 * np.pi / (3 * V) * (rhi ** 3 - rlo ** 3)
            g += h / (vfrac * (N - 1) * N)
            cn += np.cumsum(h) / N
        put('rdf', [rmax, bins]); put('g', g / len(positions)); put('coord', cn / len(positions))
        u = np.array(unwrapped)
        put('msd', [((u[1] - u[0]) ** 2).sum(-1).mean() / 2 + ((u[2] - u[1]) ** 2).sum(-1).mean() / 2, ((u[2] - u[0]) ** 2).sum(-1).mean()])
        # 2D file
        t2 = open_w('flat2d.gsd')
        for k in range(2):
            s = Frame()
            s.configuration.step = 10 * k
            s.configuration.dimensions = 2
            s.configuration.box = np.array([5.0, 4.0, 1.0, 0.2, 0.0, 0.0], dtype=np.float32)
            s.particles.N = 4
            p = np.array([[0.1, 0.2, 0], [-1.0, 1.5, 0], [2.0, -1.75, 0], [0.5, 0.5 + k, 0]], dtype=np.float32)
            s.particles.position = p
            t2.append(s)
        t2.close()
        # N > 0 without positions (gsd omits the all-zero default chunk)
        t3 = open_w('nopos.gsd')
        s = Frame(); s.particles.N = 5; s.particles.typeid = np.zeros(5, dtype=np.uint32)
        s.configuration.box = np.array([3, 3, 3, 0, 0, 0], dtype=np.float32)
        t3.append(s); t3.close()
        print('\\n'.join(out))
        """;

    @BeforeAll
    static void write() throws Exception {
        PythonTool.require("python3-gsd", "gsd.hoomd", "numpy");
        ref = new HashMap<>();
        for (String line : PythonTool.run(dir, "write_gsd.py", WRITER).split("\\R")) {
            String[] t = line.strip().split("\\s+");
            double[] v = new double[t.length - 1];
            for (int k = 1; k < t.length; k++) v[k - 1] = Double.parseDouble(t[k]);
            ref.put(t[0], v);
        }
    }

    @Test
    void tiltedCellWithImagesAndOmittedChunks() {
        assertEquals(0.0, ref.get("frame1_has_typeid")[0], "gsd omits frame-1 chunks equal to frame 0, so the default-from-frame-0 rule is exercised");
        assertEquals(0.0, ref.get("frame1_has_box")[0]);
        double[] bx = ref.get("box");
        double lx = bx[0], ly = bx[1], lz = bx[2], xy = bx[3] * ly, xz = bx[4] * lz, yz = bx[5] * lz;
        int[] typeid = java.util.Arrays.stream(ref.get("typeid")).mapToInt(d -> (int) d).toArray();
        try (GsdReader r = new GsdReader(dir.resolve("tilt3d.gsd"), 0.005)) {
            assertEquals(3, r.frameCount());
            assertEquals(List.of("A", "B"), r.typeNames());
            Unwrapper u = new Unwrapper();
            for (int k = 0; k < 3; k++) {
                Frame f = r.next();
                var c = f.config();
                assertEquals(100L * k, f.step());
                assertEquals(0.5 * k, c.time, 1e-15);
                assertEquals(lx, c.box.lx(), 0); assertEquals(xy, c.box.xy(), 0); assertEquals(xz, c.box.xz(), 0); assertEquals(yz, c.box.yz(), 0);
                assertEquals(-(lx + xy + xz) / 2, c.box.xlo(), 0); assertEquals(-(ly + yz) / 2, c.box.ylo(), 0); assertEquals(-lz / 2, c.box.zlo(), 0);
                double[] p = ref.get("pos" + k), im = ref.get("img" + k), uw = ref.get("unwrapped" + k);
                double[][] w = u.advance(f);
                for (int i = 0; i < c.n; i++) {
                    assertEquals(p[3 * i], c.x[i], 0); assertEquals(p[3 * i + 1], c.y[i], 0); assertEquals(p[3 * i + 2], c.z[i], 0);
                    assertEquals((int) im[3 * i], c.ix[i]); assertEquals((int) im[3 * i + 1], c.iy[i]); assertEquals((int) im[3 * i + 2], c.iz[i]);
                    assertEquals(typeid[i], c.type[i], "typeid of frame " + k + " (from frame 0 when omitted)");
                    for (int d = 0; d < 3; d++) assertEquals(uw[3 * i + d], w[d][i], 1e-12 * (1 + Math.abs(uw[3 * i + d])));
                }
            }
            assertNull(r.next());
        }
        double[] rdf = ref.get("rdf"), g = ref.get("g");
        Table t;
        try (GsdReader r = new GsdReader(dir.resolve("tilt3d.gsd"))) { t = new RadialDistribution(rdf[0], (int) rdf[1]).threads(1).coordination(true).compute(r); }
        double[] coord = ref.get("coord"), cj = t.doubleColumn("coord").asDoubleArray();
        for (int k = 0; k < coord.length; k++) assertEquals(coord[k], cj[k], 1e-12 * Math.max(1, coord[k]), "coordination number bin " + k);
        assertTrue(coord[coord.length - 1] > 1);
        double[] gj = t.doubleColumn("g").asDoubleArray();
        double nonzero = 0;
        for (int k = 0; k < g.length; k++) { assertEquals(g[k], gj[k], 1e-10 * Math.max(1, g[k]), "g bin " + k); nonzero += g[k]; }
        assertTrue(nonzero > 0);
        Table m;
        try (GsdReader r = new GsdReader(dir.resolve("tilt3d.gsd"))) { m = new MeanSquareDisplacement().compute(r); }
        double[] msd = ref.get("msd");
        assertEquals(msd[0], m.doubleColumn("msd").getDouble(m.rowCount() - 2), 1e-10 * msd[0]);
        assertEquals(msd[1], m.doubleColumn("msd").getDouble(m.rowCount() - 1), 1e-10 * msd[1]);
    }

    @Test
    void twoDimensionalFile() {
        try (GsdReader r = new GsdReader(dir.resolve("flat2d.gsd"))) {
            Frame a = r.next(), b = r.next();
            assertEquals(2, a.config().dim());
            assertEquals(5, a.config().box.lx(), 0); assertEquals(0.2f * 4.0, a.config().box.xy(), 1e-7);
            assertEquals(-1.75, a.config().y[2], 0); assertEquals(0, a.config().z[2], 0);
            assertEquals(1.5, b.config().y[3], 0); assertEquals(10, b.step());
            assertFalse(b.config().box.isGeneralTriclinic());
        }
    }

    @Test
    void missingPositionsAreRefusedNamingFileFrameAndValue() {
        InputException e = assertThrows(InputException.class, () -> { try (GsdReader r = new GsdReader(dir.resolve("nopos.gsd"))) { r.next(); } });
        assertTrue(e.getMessage().contains("nopos.gsd") && e.getMessage().contains("frame 0") && e.getMessage().contains("N=5")
            && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void formatToldByContentNotName() throws Exception {
        Path anon = dir.resolve("no-extension");
        Files.copy(dir.resolve("flat2d.gsd"), anon, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(TrajectoryFiles.Format.GSD, TrajectoryFiles.detect(anon));
        try (var t = TrajectoryFiles.open(anon, 1)) { assertEquals(2, t.frameCount()); assertEquals(4, t.next().n()); }
    }

    @Test
    void handWrittenFilesMatchTheRealLayout() throws Exception {
        // the namelist_allocated_entries of gsd's own file counts 64-byte entries: the block is a multiple of 64 bytes
        byte[] b = Files.readAllBytes(dir.resolve("tilt3d.gsd"));
        var h = java.nio.ByteBuffer.wrap(b, 0, 256).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long entries = h.getLong(32);
        assertTrue(entries > 0 && entries < 1000, "entries " + entries);
        assertEquals(2, h.getInt(44) >>> 16);
    }
}
