package glassdyn.io;

import glassdyn.analysis.MeanSquareDisplacement;
import glassdyn.analysis.RadialDistribution;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * H5MD files written at test time by h5py (Debian python3-h5py) following the H5MD 1.1 layout
 * ({@code /h5md} metadata, {@code /particles/all/box} with {@code dimension}, {@code boundary} and time-dependent
 * {@code edges}, {@code position}, {@code image}, {@code species} as elements with {@code step}, {@code time},
 * {@code value}), read through jhdf and analysed; g(r) and MSD against numpy in the same script.
 */
class H5mdReaderTest {
    @TempDir static Path dir;
    static Map<String, double[]> ref;

    static final String SCRIPT = """
        import numpy as np, h5py
        out = []
        def put(key, values): out.append(key + ' ' + ' '.join(repr(float(v)) for v in np.ravel(values)))
        rng = np.random.default_rng(5)
        N, T = 40, 3
        H = np.array([[5.5, 0, 0], [0.8, 6.0, 0], [-0.6, 0.5, 6.5]])   # rows: edge vectors (triclinic)
        un = [rng.random((N, 3)) @ H]
        for k in range(T - 1): un.append(un[-1] + 0.4 * (rng.random((N, 3)) - 0.5))
        pos = []; img = []
        for u in un:
            f = u @ np.linalg.inv(H); i = np.floor(f); pos.append((f - i) @ H); img.append(i.astype(np.int32))
        with h5py.File('traj.h5', 'w') as h:
            m = h.create_group('h5md'); m.attrs['version'] = np.array([1, 1], dtype=np.int32)
            m.create_group('author').attrs['name'] = 'test'
            c = m.create_group('creator'); c.attrs['name'] = 'h5py'; c.attrs['version'] = h5py.__version__
            p = h.create_group('particles/all')
            b = p.create_group('box'); b.attrs['dimension'] = np.int32(3)
            b.attrs['boundary'] = np.array([b'periodic'] * 3, dtype='S8')
            e = b.create_group('edges'); e['value'] = np.array([H] * T); e['step'] = np.arange(T) * 50; e['time'] = np.arange(T) * 0.25
            for name, data, dt in (('position', pos, np.float64), ('image', img, np.int32)):
                g = p.create_group(name)
                g['value'] = np.array(data, dtype=dt); g['step'] = np.arange(T) * 50; g['time'] = np.arange(T) * 0.25
            p['species'] = (np.arange(N) % 2).astype(np.int32)
        a = H; V = np.linalg.det(H)
        w = V / np.array([np.linalg.norm(np.cross(a[1], a[2])), np.linalg.norm(np.cross(a[2], a[0])), np.linalg.norm(np.cross(a[0], a[1]))])
        rmax = 0.45 * w.min(); bins = 15; delr = rmax / bins
        sh = np.array([[i, j, k] for i in (-1, 0, 1) for j in (-1, 0, 1) for k in (-1, 0, 1)], dtype=float) @ a
        g = np.zeros(bins)
        for q in pos:
            d = q[None, :, :] - q[:, None, :]
            r = np.sqrt(((d[:, :, None, :] + sh[None, None, :, :]) ** 2).sum(-1)).min(-1)[np.triu_indices(N, 1)]
            bb = (r * (1.0 / delr)).astype(int)
            hh = np.bincount(bb[bb < bins], minlength=bins) * 2
            rlo = np.arange(bins) * delr; rhi = rlo + delr
            g += hh / (4 * np.pi / (3 * V) * (rhi ** 3 - rlo ** 3) * (N - 1) * N)
        put('rdf', [rmax, bins]); put('g', g / T)
        u = np.array(un)
        put('msd', [(((u[1] - u[0]) ** 2).sum(-1).mean() + ((u[2] - u[1]) ** 2).sum(-1).mean()) / 2, ((u[2] - u[0]) ** 2).sum(-1).mean()])
        print('\\n'.join(out))
        """;

    @BeforeAll
    static void write() throws Exception {
        PythonTool.require("python3-h5py", "h5py", "numpy");
        ref = new HashMap<>();
        for (String line : PythonTool.run(dir, "write_h5md.py", SCRIPT).split("\\R")) {
            String[] t = line.strip().split("\\s+");
            double[] v = new double[t.length - 1];
            for (int k = 1; k < t.length; k++) v[k - 1] = Double.parseDouble(t[k]);
            ref.put(t[0], v);
        }
    }

    @Test
    void h5pyFileReadAndAnalysed() {
        Path f = dir.resolve("traj.h5");
        assertEquals(TrajectoryFiles.Format.H5MD, TrajectoryFiles.detect(f));
        try (Trajectory t = TrajectoryFiles.open(f, 1)) {
            assertEquals(3, t.frameCount());
            Frame a = t.next();
            assertEquals(0, a.step()); assertEquals(40, a.n()); assertEquals(1, a.config().type[1]);
            assertEquals(5.5, a.config().box.lx(), 1e-12); assertEquals(-0.6, a.config().box.xz(), 1e-12); assertEquals(0.5, a.config().box.yz(), 1e-12);
            Frame b = t.next();
            assertEquals(50, b.step()); assertEquals(0.25, b.time(), 0); assertTrue(b.hasImages());
            t.next();
            assertNull(t.next());
        }
        double[] spec = ref.get("rdf"), g = ref.get("g");
        double[] gj;
        try (Trajectory t = TrajectoryFiles.open(f, 1)) { gj = new RadialDistribution(spec[0], (int) spec[1]).threads(1).compute(t).doubleColumn("g").asDoubleArray(); }
        for (int k = 0; k < g.length; k++) assertEquals(g[k], gj[k], 1e-10 * Math.max(1, g[k]), "g bin " + k);
        double[] m;
        try (Trajectory t = TrajectoryFiles.open(f, 1)) { m = new MeanSquareDisplacement().compute(t).doubleColumn("msd").asDoubleArray(); }
        double[] msd = ref.get("msd");
        assertEquals(msd[0], m[0], 1e-10 * msd[0]);
        assertEquals(msd[1], m[1], 1e-10 * msd[1]);
    }
}
